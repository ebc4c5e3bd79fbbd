"""Letter templates filled with their fields' examples before a parent meets them: every
failure (reaching into Python, an undefined value, a bound) named at FILE:LINE."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from jinja2 import TemplateError, TemplateSyntaxError

from .template_bounds import TemplateBound
from .templating import environment

if TYPE_CHECKING:
    from .content import LetterTemplate
    from .problems import Problem

#: Values the app computes for every letter; templates use them without declaring them.
COMPUTED_FIELDS = frozenset({"today", "earlier_requests", "cc", "clocks"})


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
