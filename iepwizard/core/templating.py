"""The sandboxed Jinja2 environment letters are written in."""

from __future__ import annotations

from functools import cache

from jinja2 import StrictUndefined, meta
from jinja2.sandbox import SandboxedEnvironment

#: Values the app computes for every letter; templates use them without declaring them.
COMPUTED_FIELDS = frozenset({"today", "earlier_requests", "cc", "clocks"})


@cache
def environment() -> SandboxedEnvironment:
    return SandboxedEnvironment(
        undefined=StrictUndefined,
        autoescape=False,
        keep_trailing_newline=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def variables_used(source: str) -> set[str]:
    """Top-level names a template reads (raises jinja2.TemplateSyntaxError)."""
    return set(meta.find_undeclared_variables(environment().parse(source)))
