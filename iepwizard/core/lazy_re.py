"""Regular expressions compiled on first use, not at import.

The decoder's modules hold about 200 patterns at module level. Compiling them all costs about
45 ms at every start of `iepwizard decode`, though a short text uses a quarter of them. A
pattern made here compiles the first time one of its methods is asked for; it then keeps the
compiled pattern's bound methods as its own attributes, so each later call costs what a call
on a compiled pattern costs (`bench/cli.py` measures the start; `bench/decode.py` the calls).

The same idea as bzrlib's lazy_regex. Only the methods the package uses are kept; any other
attribute is read from the compiled pattern.
"""

from __future__ import annotations

import re
from typing import Any, cast

#: The compiled pattern's methods a lazy pattern keeps as its own once compiled.
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class _Lazy:
    """Stands in for `re.compile(pattern, flags)` until a method is asked for."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self.flags = flags

    def __getattr__(self, name: str) -> Any:
        # Only called for names not yet set: the first use of a method (or a rare attribute).
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self.flags)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    def __reduce__(self) -> tuple[Any, tuple[str, int]]:
        return compile, (self.pattern, self.flags)

    def __repr__(self) -> str:
        return f"lazy_re.compile({self.pattern!r}, {self.flags!r})"


def compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:  # noqa: A001
    """`re.compile`, done the first time the pattern is used."""
    return cast("re.Pattern[str]", _Lazy(pattern, int(flags)))
