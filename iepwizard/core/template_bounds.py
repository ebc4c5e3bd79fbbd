"""The bounds a letter template is filled within: the size of each value and of all of them
together, the numbers and format widths passed to filters and calls, and the time (the
sandbox in `templating` calls these before and after each step that can make a value larger).
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from jinja2.exceptions import SecurityError, TemplateRuntimeError

from . import lazy_re

#: The longest value a template may make (a little more than a stored field may hold).
MAX_STRING = 21_000_000
#: All the characters one render may make, together.
MAX_CHARS = 50_000_000
#: The largest number a template may pass to a filter or a call (a width, a count, a range).
MAX_NUMBER = 10_000
MAX_SECONDS = 2.0
_WIDE_FORMAT = lazy_re.compile(r"[%:{][^a-zA-Z%}]*?\d{6,}")
#: The running render's deadline, the characters it made, and the template line it reached.
state = threading.local()


class TemplateBound(SecurityError):
    """A template went past a time or size bound."""

    #: The template line reached, when the bound was met outside the template's own code.
    at_line = 0


class TemplateFailed(TemplateRuntimeError):
    """Filling a template raised something other than a template error (e.g. adding a number
    to a text); raised as a template error, so callers handle one kind of failure."""


def size_of(value: Any) -> int:
    return len(value) if isinstance(value, str | bytes | list | tuple | dict) else 0


def charge(value: Any) -> Any:
    """Count a value made by the template against the render's bounds; return it."""
    size = size_of(value)
    if size > MAX_STRING:
        raise TemplateBound(f"the template makes a value of {size:,} characters (the bound is "
                            f"{MAX_STRING:,})")
    made = getattr(state, "made", 0) + size
    state.made = made
    if made > MAX_CHARS:
        raise TemplateBound(f"the template makes more than {MAX_CHARS:,} characters in all")
    return value


def refuse_if_over(estimate: int, what: str) -> None:
    if estimate > MAX_STRING:
        raise TemplateBound(f"{what} would make about {estimate:,} characters (the bound is "
                            f"{MAX_STRING:,})")


def check_number(value: Any) -> None:
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_NUMBER:
        raise TemplateBound(f"the number {value if abs(value) < 10**12 else 'given'} is larger "
                            f"than a template may use ({MAX_NUMBER:,})")


def check_format(text: Any) -> None:
    if isinstance(text, str) and _WIDE_FORMAT.search(text):
        raise TemplateBound("a format asks for a width or precision larger than a template "
                            "may use")


def check_call(name: str, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> None:
    """Before a filter or a call runs: no huge numbers or format widths, and the few that
    multiply text (indent, expandtabs, join, replace) estimated first."""
    values = (*args, *kwargs.values())
    for value in values:
        check_number(value)
        check_format(value)
    texts = [v for v in values if isinstance(v, str)]
    numbers = [abs(v) for v in values if isinstance(v, int) and not isinstance(v, bool)]
    if name in {"indent", "expandtabs", "do_indent"} and texts:
        mark = "\t" if name == "expandtabs" else "\n"
        lines = max(t.count(mark) for t in texts) + 1
        refuse_if_over(max(map(len, texts)) + lines * max(numbers, default=8), f"'{name}'")
    elif name in {"join", "do_join"}:
        items = next((v for v in values if isinstance(v, list | tuple)), ())
        glue = max(map(len, texts), default=0)
        refuse_if_over(sum(len(str(i)) for i in items) + glue * len(items), "'join'")
    elif name in {"replace", "do_replace"} and len(texts) >= 3:
        subject, old, new = texts[:3]
        count = subject.count(old) + 1 if old else len(subject) + 1
        refuse_if_over(len(subject) + count * len(new), "'replace'")


def bounded(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(func)
    def run(*args: Any, **kwargs: Any) -> Any:
        check_call(name, args, kwargs)
        return charge(func(*args, **kwargs))
    return run


def bounded_join(seq: Iterable[Any]) -> str:
    """`~`, a template's output, a macro's and a `{% set %}` block's: checked as they grow."""
    parts = []
    total = 0
    for part in seq:
        text = str(part)
        total += len(text)
        if total > MAX_STRING:
            refuse_if_over(total, "joining these texts")
        parts.append(text)
    joined = "".join(parts)
    charge(joined)
    return joined
