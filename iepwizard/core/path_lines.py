"""File paths in a message, each on a line of its own: a terminal wraps text at spaces, and a
path has none, so a path mid-sentence is cut mid-word at the edge of a narrow message box. On
its own line it is read (and copied with the mouse) whole wherever it fits."""

from __future__ import annotations

from . import lazy_re

#: An absolute path (or one from the home folder) with at least one folder in it, starting a
#: word: "/home/maria/.local/share/iepwizard/exports/notes-Sam.md", "~/letters/a.txt".
_PATH = lazy_re.compile(r"(?<![^\s(\"'“])(?:~|[A-Za-z]:)?[/\\](?:[^\s/\\]+[/\\])+[^\s]*")
_TRAILING = lazy_re.compile(r"[.,;:!?)\"'”]+$")


def paths_apart(message: str) -> str:
    """The message with a line break before and after each path (punctuation that closes the
    sentence stays with the path); its own line breaks are kept."""
    if "/" not in message and "\\" not in message:
        return message
    return "\n".join(_apart(line) for line in message.split("\n"))


def _apart(line: str) -> str:
    pieces = [piece.strip() for piece in _PATH.sub(lambda m: f"\n{m.group(0)}\n",
                                                    line).split("\n")]
    out: list[str] = []
    for piece in pieces:
        if out and _TRAILING.fullmatch(piece):
            out[-1] += piece  # "… notes-Sam.md" + "." stay one line
        elif piece:
            out.append(piece)
    return "\n".join(out)
