"""A bracketed paste reaches the app whole and in order, escape sequences and all.

Textual 8.2's input parser reads an escape sequence inside a bracketed paste as keys, sent as
soon as they are read, while the paste itself is sent when it ends: "AAA \\x1b[31mBBB" pasted
arrived as the keys "^[31mBBB" (the ESC as a "^") typed before the paste "AAA ", and the words
were saved in that order. The parser is therefore given each ESC inside a paste as a stand-in
it has no meaning for (a private-use character), and each paste it hands on gets its ESCs back.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from .core import lazy_re

ESC = "\x1b"
START, END = "\x1b[200~", "\x1b[201~"
#: What the parser reads in place of an ESC inside a paste (private-use characters), and the
#: mark written before either of the two where the paste itself holds one.
STAND_IN, QUOTE = "\uf81b", "\uf81c"
_MARKED = lazy_re.compile(f"{QUOTE}.|{STAND_IN}", re.DOTALL)


class PasteGuard:
    """Marks the ESCs inside bracketed pastes, read by read. A marker may be cut across reads:
    the start of an end marker at the end of a read is held for the next (the rest of the
    paste is on its way); the start of a start marker is passed on at once (it may be the
    Escape key) and looked for again in the next read."""

    def __init__(self) -> None:
        self.in_paste = False
        self.held = ""
        self.begun = 0  # how much of a start marker ended the last read

    def guard(self, data: str) -> str:
        data, self.held = self.held + data, ""
        out: list[str] = []
        at = 0
        if self.begun and not self.in_paste:
            rest = START[self.begun:]
            if data.startswith(rest):
                out.append(rest)
                at, self.in_paste = len(rest), True
            elif rest.startswith(data):
                self.begun += len(data)
                return data
        self.begun = 0
        while at < len(data):
            if not self.in_paste:
                start = data.find(START, at)
                if start < 0:
                    out.append(data[at:])
                    self.begun = _begun(data[at:], START)
                    break
                out.append(data[at:start + len(START)])
                at, self.in_paste = start + len(START), True
                continue
            end = data.find(END, at)
            if end < 0:
                rest = data[at:]
                cut = len(rest) - _begun(rest, END)
                out.append(_mark(rest[:cut]))
                self.held = rest[cut:]
                break
            out.append(_mark(data[at:end]) + END)
            at, self.in_paste = end + len(END), False
        return "".join(out)


def _mark(pasted: str) -> str:
    if QUOTE in pasted or STAND_IN in pasted:
        pasted = pasted.replace(QUOTE, QUOTE * 2).replace(STAND_IN, QUOTE + STAND_IN)
    return pasted.replace(ESC, STAND_IN)


def _begun(text: str, marker: str) -> int:
    """How many characters at the end of `text` could begin `marker`."""
    for size in range(min(len(marker) - 1, len(text)), 0, -1):
        if text.endswith(marker[:size]):
            return size
    return 0


def restore(text: str) -> str:
    """A paste as it was sent: each stand-in an ESC again, each quoted character itself."""
    return _MARKED.sub(lambda hit: ESC if hit[0] == STAND_IN else hit[0][1], text)


def install() -> None:
    """Guard the pastes Textual's terminal input parser reads (once; pinned Textual only)."""
    from textual import events
    from textual._xterm_parser import XTermParser

    if getattr(XTermParser, "_pastes_guarded", False):
        return
    feed = XTermParser.feed

    def guarded_feed(self: Any, data: str) -> Iterator[Any]:
        guard = self.__dict__.setdefault("_paste_guard", PasteGuard())
        guarded = guard.guard(data)
        if data and not guarded:
            return  # all held (the start of an end marker): "" would tell the parser EOF
        events_: Iterable[Any] = feed(self, guarded)
        for event in events_:
            if isinstance(event, events.Paste) and (STAND_IN in event.text or
                                                    QUOTE in event.text):
                event = events.Paste(restore(event.text))
            yield event

    XTermParser.feed = guarded_feed  # type: ignore[method-assign]
    XTermParser._pastes_guarded = True  # type: ignore[attr-defined]
