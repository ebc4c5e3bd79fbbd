"""Letters: fill a template from the family's profile and logs, check it, render plain text."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .content import LetterField, LetterTemplate
from .dates import date_problem, grade_label, long_form, parse_date
from .records import FROM_SCHOOL, Contact, Entry


class LetterError(Exception):
    """The letter cannot be made yet; `fields` are the ones to fix, each with a reason."""

    def __init__(self, message: str, fields: list[tuple[LetterField | str, str]]) -> None:
        super().__init__(message)
        self.fields = fields

    def lines(self) -> list[str]:
        """For the command line: the name to use with --set, then the prompt."""
        out = []
        for field, reason in self.fields:
            if isinstance(field, LetterField):
                out.append(f"{field.name}: {field.prompt} (e.g. {field.example}){reason}")
            else:
                out.append(f"{field}: {reason}")
        return out

    def prompts(self) -> list[str]:
        """For the app: each field named by its prompt, the words the parent sees."""
        return [f"{field.prompt}{reason}" if isinstance(field, LetterField)
                else f"{field}{reason}" for field, reason in self.fields]

    @property
    def to_do(self) -> str:
        """What the parent is to do: "fill in", or "fill in or fix" where a value is wrong
        (a date that is no date), not missing."""
        return "fill in or fix" if any(reason for _, reason in self.fields) else "fill in"

    def listed(self) -> str:
        """The prompts in one line, "; " between them (a reason's own full stop dropped)."""
        return "; ".join(prompt.rstrip(".") for prompt in self.prompts())


@dataclass(frozen=True)
class Letter:
    template_id: str
    subject: str
    body: str


def earlier_dates(template: LetterTemplate, contacts: Sequence[Contact]) -> list[str]:
    """Dates of earlier letters this one follows (from the contact log), oldest first."""
    days = sorted({c.date for c in contacts if c.letter_id in template.follows and c.date})
    return [long_form(day) for day in days]


class Clocks(dict[str, str]):
    """Rule id -> the running deadline a letter cites (`core.dates_report.clock_sentences`);
    a clock that is not running reads as empty, so `{% if clocks.evaluation %}` works."""

    def __missing__(self, key: str) -> str:
        return ""


def check(template: LetterTemplate, values: Mapping[str, str]) -> None:
    """Refuse unknown fields, empty required fields and dates that are not dates."""
    declared = {f.name for f in template.fields}
    unknown = sorted(set(values) - declared)
    if unknown:
        raise LetterError(f"the letter '{template.id}' has no field called "
                          f"{', '.join(repr(u) for u in unknown)}; its fields are:",
                          [(f, "") for f in template.fields])
    problems: list[tuple[LetterField | str, str]] = []
    for field in template.fields:
        value = str(values.get(field.name, "")).strip()
        if not value:
            if not field.optional:
                problems.append((field, ""))
        elif field.type == "date" and parse_date(value) is None:
            problems.append((field, f": {value!r} is not a date. {date_problem(value)}"))
    if problems:
        raise LetterError("some fields of this letter are still empty or wrong; fill them in "
                          "(with --set FIELD=VALUE on the command line):", problems)


def printed(field: LetterField, value: str) -> str:
    """A value as the letter prints it: dates in the long form, a grade as "2nd grade"."""
    value = value.strip()
    if field.type == "date":
        return long_form(value)
    if field.name == "child_grade":
        return grade_label(value)
    return value


def render(template: LetterTemplate, values: Mapping[str, str],
           computed: Mapping[str, Any]) -> Letter:
    """The letter as plain text, ready to paste into an email; refuses while a field is empty."""

    check(template, values)
    context = {f.name: printed(f, str(values.get(f.name, ""))) for f in template.fields}
    return _fill(template, {**context, **computed})


def preview(template: LetterTemplate, values: Mapping[str, str],
            computed: Mapping[str, Any]) -> Letter:
    """The letter as it stands, each field still to fill shown as «its prompt»; once every
    field is filled it is exactly what `render` gives."""
    context: dict[str, Any] = {}
    for field in template.fields:
        value = printed(field, str(values.get(field.name, "")))
        context[field.name] = value if value or field.optional else f"«{field.prompt}»"
    return _fill(template, {**context, **computed})


def _fill(template: LetterTemplate, context: Mapping[str, Any]) -> Letter:
    """Subject on one line; body with no trailing spaces and at most one blank line in a row."""
    from .templating import compiled

    subject = " ".join(compiled(template.subject).render(context).split())
    body = compiled(template.body).render(context)
    body = re.sub(r"[ \t]+\n", "\n", body)
    body = re.sub(r"\n{3,}", "\n\n", body).strip() + "\n"
    return Letter(template.id, subject, body)


def follow_up_due(contacts: Sequence[Contact]) -> str | None:
    """The date of the last evaluation request if no reply from the school is logged since."""
    requests = [c for c in contacts if c.letter_id in {"evaluation-request", "follow-up-request"}]
    if not requests:
        return None
    last = max(requests, key=lambda c: (c.date, c.created))
    replied = any(c.direction == FROM_SCHOOL and c.date >= last.date for c in contacts)
    return None if replied else last.date


#: The stances a parent takes on each decision in the after-the-meeting summary; the letter
#: groups the decisions by the stance written in brackets at the start of each line.
STANCES = ("I agree", "still considering", "I disagree")
DEFAULT_STANCE = "still considering"


def meeting_values(entries: Sequence[Entry], meeting_date: str) -> dict[str, str]:
    """The after-the-meeting summary's fields, from the notes marked decision and action.

    Each decision starts as "- [still considering] …": the parent changes the bracket to
    "[I agree]" or "[I disagree]" before sending, and the letter asks for Prior Written Notice
    of the ones marked disagree."""
    decisions = [e.text for e in entries if e.mark == "decision"]
    actions = [e.text for e in entries if e.mark == "action"]
    values = {"meeting_date": meeting_date}
    if decisions:
        values["decisions"] = "\n".join(f"- [{DEFAULT_STANCE}] {text}" for text in decisions)
    if actions:
        values["open_actions"] = "\n".join(f"- {text}" for text in actions)
    return values
