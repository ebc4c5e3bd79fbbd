"""The sandboxed Jinja2 environment letters are written in, with time and memory bounds.

A letter template is content anyone may edit, so filling one must neither reach Python's
internals (Jinja's sandbox refuses `{{ name.__class__ }}`) nor exhaust the machine. Here every
way a template makes a value larger is checked before the value is made: `*`, `**`, `+`, `%`,
`~`, every filter and every call (numbers passed in at most MAX_NUMBER; `join`, `replace` and
the like estimated first), each value at most MAX_STRING characters, and all the values one
render makes together at most MAX_CHARS; a render stops after MAX_SECONDS. A template that
breaks a bound fails with `TemplateBound` (a Jinja SecurityError) naming its line, as a template
that reaches into Python does. `template_check.render_problems` fills every letter with its fields'
example values, so `check-content` finds these at FILE:LINE before a parent meets them.
"""

from __future__ import annotations

import math
import sys
import time
from collections.abc import Callable
from functools import cache, lru_cache
from types import FrameType
from typing import Any

from jinja2 import StrictUndefined, Template, TemplateError, meta, nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.sandbox import ImmutableSandboxedEnvironment, SandboxedEnvironment

from .template_bounds import (
    MAX_SECONDS,
    TemplateBound,
    TemplateFailed,
    bounded,
    bounded_join,
    charge,
    check_call,
    check_format,
    refuse_if_over,
    size_of,
    state,
)

__all__ = ["MAX_SECONDS", "BoundedSandbox", "compiled", "environment", "variables_used"]


class _Generator(CodeGenerator):
    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        self.write("environment.bounded_join((")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")


class BoundedTemplate(Template):
    def render(self, *args: Any, **kwargs: Any) -> str:
        """Render with the bounds (time through a trace of the template's own steps)."""
        outer = getattr(state, "deadline", None)
        if outer is not None:
            return str(super().render(*args, **kwargs))
        state.deadline = time.monotonic() + MAX_SECONDS
        state.made = 0
        state.where = None
        previous = sys.gettrace()
        if previous is None:
            sys.settrace(_tracer)
        try:
            return str(super().render(*args, **kwargs))
        except TemplateError:
            raise
        except Exception as exc:  # a number too large, a wrong type, a recursion: at use too
            raise TemplateFailed(f"{type(exc).__name__}: {exc}") from exc
        finally:
            if previous is None:
                sys.settrace(None)
            state.deadline = state.where = None


def _tracer(frame: FrameType, event: str, arg: Any) -> Callable[..., Any] | None:
    """Stop a render past its deadline, naming the template line it had reached."""
    deadline = getattr(state, "deadline", None)
    if deadline is None:
        return _tracer
    in_template = frame.f_code.co_filename == "<template>"
    if in_template:
        state.where = frame
    if time.monotonic() > deadline:
        error = TemplateBound(f"the template took longer than {MAX_SECONDS:g} seconds to fill")
        where = getattr(state, "where", None)
        template = where.f_globals.get("__jinja_template__") if where is not None else None
        if template is not None and where is not None:
            error.at_line = template.get_corresponding_lineno(where.f_lineno)
        state.where = None
        raise error
    return _tracer


class BoundedSandbox(ImmutableSandboxedEnvironment):
    """Jinja's sandbox with lists and tables read-only, and the bounds above."""

    code_generator_class = _Generator
    template_class = BoundedTemplate
    intercepted_binops = frozenset({"*", "**", "+", "%"})
    concat = staticmethod(bounded_join)
    bounded_join = staticmethod(bounded_join)

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        # `namespace` stays (letters group lines with it; what it holds is bounded like any
        # value); the generators of text and state that letters have no use for go.
        for name in ("lipsum", "cycler", "joiner"):
            self.globals.pop(name, None)
        self.filters = {name: bounded(name, f) for name, f in self.filters.items()}

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                if size_of(seq) and isinstance(times, int):
                    refuse_if_over(size_of(seq) * max(0, times), "this '*'")
        elif operator == "**":
            if isinstance(left, int | float) and isinstance(right, int | float) and \
                    abs(left) > 1 and right * math.log2(abs(left)) > 100_000:
                raise TemplateBound("this '**' would make a number too large to use")
        elif operator == "+":
            refuse_if_over(size_of(left) + size_of(right), "this '+'")
        elif operator == "%":
            check_format(left)
        return charge(super().call_binop(context, operator, left, right))

    def call(__self, __context: Any, __obj: Any, *args: Any,  # noqa: N805
             **kwargs: Any) -> Any:
        method = getattr(__obj, "__wrapped__", __obj)  # str.format comes wrapped by the sandbox
        check_call(getattr(method, "__name__", ""), (getattr(method, "__self__", None), *args),
                    kwargs)
        return charge(super().call(__context, __obj, *args, **kwargs))


@cache
def environment() -> SandboxedEnvironment:
    return BoundedSandbox(
        undefined=StrictUndefined,
        autoescape=False,
        keep_trailing_newline=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )


@lru_cache(maxsize=256)
def compiled(source: str) -> Template:
    """A template's source compiled once (a letter's preview is filled again at each key;
    compiling it is most of that work). Templates hold no state between renders."""
    return environment().from_string(source)


def variables_used(source: str) -> set[str]:
    """Top-level names a template reads (raises jinja2.TemplateSyntaxError)."""
    return set(meta.find_undeclared_variables(environment().parse(source)))
