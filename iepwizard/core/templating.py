"""The sandboxed Jinja2 environment letters are written in, with time and memory bounds.

A letter template is content anyone may edit, so filling one must neither reach Python's
internals (Jinja's sandbox refuses `{{ name.__class__ }}`) nor exhaust the machine. Here every
way a template makes a value larger is checked before the value is made: `*`, `**`, `+`, `%`,
`~`, every filter and every call (numbers passed in at most MAX_NUMBER; `join`, `replace` and
the like estimated first), each value at most MAX_STRING characters, and all the values one
render makes together at most MAX_CHARS; a render stops after MAX_SECONDS. A template that
breaks a bound fails with `TemplateBound` (a Jinja SecurityError) naming its line, as a template
that reaches into Python does. `render_problems` fills every letter with its fields' example
values, so `check-content` finds these at FILE:LINE before a parent meets them.
"""

from __future__ import annotations

import functools
import math
import re
import sys
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from functools import cache, lru_cache
from types import FrameType
from typing import TYPE_CHECKING, Any

from jinja2 import StrictUndefined, Template, TemplateError, TemplateSyntaxError, meta, nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.exceptions import SecurityError, TemplateRuntimeError
from jinja2.sandbox import ImmutableSandboxedEnvironment, SandboxedEnvironment

if TYPE_CHECKING:
    from .content import LetterTemplate
    from .problems import Problem

#: Values the app computes for every letter; templates use them without declaring them.
COMPUTED_FIELDS = frozenset({"today", "earlier_requests", "cc", "clocks"})
#: The longest value a template may make (a little more than a stored field may hold).
MAX_STRING = 21_000_000
#: All the characters one render may make, together.
MAX_CHARS = 50_000_000
#: The largest number a template may pass to a filter or a call (a width, a count, a range).
MAX_NUMBER = 10_000
MAX_SECONDS = 2.0
_WIDE_FORMAT = re.compile(r"[%:{][^a-zA-Z%}]*?\d{6,}")
_state = threading.local()


class TemplateBound(SecurityError):
    """A template went past a time or size bound."""

    #: The template line reached, when the bound was met outside the template's own code.
    at_line = 0


class TemplateFailed(TemplateRuntimeError):
    """Filling a template raised something other than a template error (e.g. adding a number
    to a text); raised as a template error, so callers handle one kind of failure."""


def _size(value: Any) -> int:
    return len(value) if isinstance(value, str | bytes | list | tuple | dict) else 0


def _charge(value: Any) -> Any:
    """Count a value made by the template against the render's bounds; return it."""
    size = _size(value)
    if size > MAX_STRING:
        raise TemplateBound(f"the template makes a value of {size:,} characters (the bound is "
                            f"{MAX_STRING:,})")
    made = getattr(_state, "made", 0) + size
    _state.made = made
    if made > MAX_CHARS:
        raise TemplateBound(f"the template makes more than {MAX_CHARS:,} characters in all")
    return value


def _refuse_if_over(estimate: int, what: str) -> None:
    if estimate > MAX_STRING:
        raise TemplateBound(f"{what} would make about {estimate:,} characters (the bound is "
                            f"{MAX_STRING:,})")


def _check_number(value: Any) -> None:
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_NUMBER:
        raise TemplateBound(f"the number {value if abs(value) < 10**12 else 'given'} is larger "
                            f"than a template may use ({MAX_NUMBER:,})")


def _check_format(text: Any) -> None:
    if isinstance(text, str) and _WIDE_FORMAT.search(text):
        raise TemplateBound("a format asks for a width or precision larger than a template "
                            "may use")


def _check_call(name: str, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> None:
    """Before a filter or a call runs: no huge numbers or format widths, and the few that
    multiply text (indent, expandtabs, join, replace) estimated first."""
    values = (*args, *kwargs.values())
    for value in values:
        _check_number(value)
        _check_format(value)
    texts = [v for v in values if isinstance(v, str)]
    numbers = [abs(v) for v in values if isinstance(v, int) and not isinstance(v, bool)]
    if name in {"indent", "expandtabs", "do_indent"} and texts:
        mark = "\t" if name == "expandtabs" else "\n"
        lines = max(t.count(mark) for t in texts) + 1
        _refuse_if_over(max(map(len, texts)) + lines * max(numbers, default=8), f"'{name}'")
    elif name in {"join", "do_join"}:
        items = next((v for v in values if isinstance(v, list | tuple)), ())
        glue = max(map(len, texts), default=0)
        _refuse_if_over(sum(len(str(i)) for i in items) + glue * len(items), "'join'")
    elif name in {"replace", "do_replace"} and len(texts) >= 3:
        subject, old, new = texts[:3]
        count = subject.count(old) + 1 if old else len(subject) + 1
        _refuse_if_over(len(subject) + count * len(new), "'replace'")


def _bounded(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(func)
    def run(*args: Any, **kwargs: Any) -> Any:
        _check_call(name, args, kwargs)
        return _charge(func(*args, **kwargs))
    return run


def bounded_join(seq: Iterable[Any]) -> str:
    """`~`, a template's output, a macro's and a `{% set %}` block's: checked as they grow."""
    parts = []
    total = 0
    for part in seq:
        text = str(part)
        total += len(text)
        if total > MAX_STRING:
            _refuse_if_over(total, "joining these texts")
        parts.append(text)
    joined = "".join(parts)
    _charge(joined)
    return joined


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
        outer = getattr(_state, "deadline", None)
        if outer is not None:
            return str(super().render(*args, **kwargs))
        _state.deadline = time.monotonic() + MAX_SECONDS
        _state.made = 0
        _state.where = None
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
            _state.deadline = _state.where = None


def _tracer(frame: FrameType, event: str, arg: Any) -> Callable[..., Any] | None:
    """Stop a render past its deadline, naming the template line it had reached."""
    deadline = getattr(_state, "deadline", None)
    if deadline is None:
        return _tracer
    in_template = frame.f_code.co_filename == "<template>"
    if in_template:
        _state.where = frame
    if time.monotonic() > deadline:
        error = TemplateBound(f"the template took longer than {MAX_SECONDS:g} seconds to fill")
        where = getattr(_state, "where", None)
        template = where.f_globals.get("__jinja_template__") if where is not None else None
        if template is not None and where is not None:
            error.at_line = template.get_corresponding_lineno(where.f_lineno)
        _state.where = None
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
        self.filters = {name: _bounded(name, f) for name, f in self.filters.items()}

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                if _size(seq) and isinstance(times, int):
                    _refuse_if_over(_size(seq) * max(0, times), "this '*'")
        elif operator == "**":
            if isinstance(left, int | float) and isinstance(right, int | float) and \
                    abs(left) > 1 and right * math.log2(abs(left)) > 100_000:
                raise TemplateBound("this '**' would make a number too large to use")
        elif operator == "+":
            _refuse_if_over(_size(left) + _size(right), "this '+'")
        elif operator == "%":
            _check_format(left)
        return _charge(super().call_binop(context, operator, left, right))

    def call(__self, __context: Any, __obj: Any, *args: Any,  # noqa: N805
             **kwargs: Any) -> Any:
        method = getattr(__obj, "__wrapped__", __obj)  # str.format comes wrapped by the sandbox
        _check_call(getattr(method, "__name__", ""), (getattr(method, "__self__", None), *args),
                    kwargs)
        return _charge(super().call(__context, __obj, *args, **kwargs))


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


def template_line(exc: BaseException) -> int:
    """The line of the template an error was raised at (1 if it cannot be told)."""
    line = 1
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, TemplateSyntaxError) and seen.lineno:
            return seen.lineno
        if isinstance(seen, TemplateBound) and seen.at_line:
            return seen.at_line
        tb = seen.__traceback__
        while tb is not None:
            if tb.tb_frame.f_code.co_filename == "<template>":
                line = tb.tb_lineno
            tb = tb.tb_next
        if line != 1:
            return line
        seen = seen.__cause__ or seen.__context__
    return line


def example_contexts(letter: LetterTemplate) -> list[dict[str, Any]]:
    """Two ways a letter is filled: every field with its example and the computed lists
    full; and the optional fields and computed lists empty."""
    from .letters import Clocks

    full: dict[str, Any] = {f.name: f.example for f in letter.fields}
    full |= {"today": "March 3, 2026", "earlier_requests": ["January 5, 2026"],
             "cc": ["Ms. Example (Principal)"],
             "clocks": Clocks(evaluation="the 60-day evaluation period ended on March 2, "
                                         "2026")}
    lean: dict[str, Any] = {f.name: "" if f.optional else f.example for f in letter.fields}
    lean |= {"today": "March 3, 2026", "earlier_requests": [], "cc": [], "clocks": Clocks()}
    return [full, lean]


def render_problems(letters: Iterable[LetterTemplate]) -> list[Problem]:
    """Fill each letter's subject and body with its examples, in the bounded sandbox, as the
    app and the CLI do: every failure (reaching into Python, an undefined value, a bound) is
    a Problem at FILE:LINE. Templates that do not compile are left to `check_templates`."""
    from .problems import Problem

    problems: list[Problem] = []
    env = environment()
    for letter in letters:
        for source, first_line in ((letter.subject, letter.subject_line),
                                   (letter.body, letter.body_line)):
            try:
                compiled = env.from_string(source)
            except TemplateSyntaxError:
                continue
            for context in example_contexts(letter):
                try:
                    compiled.render(context)
                except TemplateError as exc:
                    line = first_line + template_line(exc) - 1
                    message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                    problems.append(Problem(letter.path, line,
                                            f"the template fails when filled: {message}"))
                    break
    return problems
