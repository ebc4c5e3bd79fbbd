"""Read the content folder into `Content`, refusing it with every problem found."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from .content import ChecklistItem, Content, LetterField, LetterTemplate, Step, Term
from .events import EVENTS
from .frontmatter import (
    Document,
    parse_document,
    read_text,
    toml_error_line,
    toml_error_message,
)
from .problems import ContentError, Problem
from .roles import ROLES

ID_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
FIELD_PATTERN = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
STEP_FILE = re.compile(r"^(\d\d)-([a-z0-9-]+)\.md$")
FIELD_TYPES = ("text", "multiline", "date")

STEP_KEYS = {"id", "title", "short_title", "order", "checklist", "start_here", "challenge",
             "sources", "terms", "letters"}
TERM_KEYS = {"id", "term", "full_name", "definition", "acronyms", "synonyms", "caps_only",
             "source", "related", "context_acronyms", "context_words"}
LETTER_KEYS = {"id", "title", "subject", "purpose", "fields", "to", "cc", "step", "fills",
               "follows", "track"}
TRACKS = ("iep", "504", "both")


class _Fields:
    """Typed access to one TOML table, recording a problem for each bad or missing key."""

    def __init__(self, path: Path, table: dict[str, Any], line: Callable[[str], int],
                 problems: list[Problem], allowed: set[str], what: str = "") -> None:
        self.path, self.table, self.line, self.problems = path, table, line, problems
        self.what = what
        for key in table:
            if key not in allowed:
                self.fail(key, f"unknown key '{key}' (expected one of: "
                               f"{', '.join(sorted(allowed))})")

    def fail(self, key: str, message: str) -> None:
        self.problems.append(Problem(self.path, self.line(key), f"{self.what}{message}"))

    def text(self, key: str, required: bool = True) -> str:
        value = self.table.get(key)
        if value is None:
            if required:
                self.fail(key, f"missing '{key}'")
            return ""
        if not isinstance(value, str) or (required and not value.strip()):
            self.fail(key, f"'{key}' must be a non-empty text in quotes")
            return ""
        return value.strip()

    def ident(self, key: str, pattern: re.Pattern[str] = ID_PATTERN) -> str:
        value = self.text(key)
        if value and not pattern.match(value):
            self.fail(key, f"'{key}' = \"{value}\" must use only lower-case letters, digits "
                           f"and {'underscores' if pattern is FIELD_PATTERN else 'dashes'}")
        return value

    def texts(self, key: str, required: bool = False) -> tuple[str, ...]:
        value = self.table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.fail(key, f"'{key}' must be a list of texts, like [\"a\", \"b\"]")
            return ()
        if required and not value:
            self.fail(key, f"'{key}' must list at least one item")
        return tuple(v.strip() for v in value)

    def integer(self, key: str) -> int:
        value = self.table.get(key)
        if not isinstance(value, int) or isinstance(value, bool):
            self.fail(key, f"'{key}' must be a whole number")
            return 0
        return value

    def tables(self, key: str) -> list[dict[str, Any]]:
        value = self.table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.fail(key, f"'{key}' must be written as [[{key}]] tables")
            return []
        return value


def _table_line(doc: Document, key: str, nth: int) -> Callable[[str], int]:
    """Problems inside the nth [[key]] table point at that table's header line."""
    return lambda _field: doc.line_of(key, nth)


def _fixed_line(line: int) -> Callable[[str], int]:
    return lambda _field: line


def load_content(root: Path, templates: bool = True) -> Content:
    """Load and validate the whole content folder; raise ContentError listing every problem.

    With `templates=False` the letter templates are not compiled (Jinja is slow to import): the
    app checks them with `check_templates` just after its first frame.
    """
    problems: list[Problem] = []
    if not root.is_dir():
        raise ContentError([Problem(root, 0, "is not a folder of iepwizard content")])
    terms = _load_glossary(root / "glossary.toml", problems)
    letters = _load_letters(root / "letters", problems)
    steps = _load_steps(root / "steps", problems)
    _check_references(steps, terms, letters, problems)
    if templates:
        problems += check_templates(letters.values())
    footer = root / "footer.md"
    footer_text = (read_text(footer, problems) or "") if footer.exists() else ""
    if problems:
        raise ContentError(problems)
    return Content(root=root, steps=tuple(steps), terms=terms, letters=letters,
                   footer=footer_text.strip())


def _load_steps(folder: Path, problems: list[Problem]) -> list[Step]:
    paths = sorted(folder.glob("*.md")) if folder.is_dir() else []
    if not paths:
        problems.append(Problem(folder, 0, "holds no steps (files named like 01-some-id.md)"))
    steps: list[Step] = []
    seen: dict[str, Path] = {}
    orders: dict[int, Path] = {}
    for path in paths:
        step = _load_step(path, problems)
        if step is None:
            continue
        if step.id in seen:
            problems.append(Problem(path, 2, f"step id '{step.id}' is also used by "
                                             f"{seen[step.id]}"))
        if step.order in orders:
            problems.append(Problem(path, 2, f"order {step.order} is also used by "
                                             f"{orders[step.order]}"))
        seen[step.id] = path
        orders[step.order] = path
        steps.append(step)
    return sorted(steps, key=lambda s: s.order)


def _load_step(path: Path, problems: list[Problem]) -> Step | None:
    name = STEP_FILE.match(path.name)
    if name is None:
        problems.append(Problem(path, 1, "step files are named like 01-some-id.md"))
        return None
    doc = parse_document(path, problems)
    if doc is None:
        return None
    before = len(problems)
    fields = _Fields(path, doc.meta, doc.line_of, problems, STEP_KEYS)
    step_id = fields.ident("id")
    items: list[ChecklistItem] = []
    for nth, table in enumerate(fields.tables("checklist")):
        item = _Fields(path, table, _table_line(doc, "checklist", nth), problems,
                       {"id", "text"}, what=f"checklist item {nth + 1}: ")
        items.append(ChecklistItem(item.ident("id"), item.text("text")))
    if not items:
        problems.append(Problem(path, doc.line_of("checklist"), "a step needs at least one "
                                                                "[[checklist]] item"))
    duplicates = {i.id for i in items if [j.id for j in items].count(i.id) > 1 and i.id}
    for dup in sorted(duplicates):
        problems.append(Problem(path, doc.line_of("checklist"),
                                f"checklist id '{dup}' is used twice in this step"))
    if not doc.body.strip():
        problems.append(Problem(path, doc.body_line, "the step has no text below its front "
                                                     "matter"))
    step = Step(
        id=step_id, title=fields.text("title"), short_title=fields.text("short_title", False),
        order=fields.integer("order"), body=doc.body, checklist=tuple(items),
        start_here=fields.text("start_here"), challenge=fields.text("challenge"),
        sources=fields.texts("sources", required=True), terms=fields.texts("terms"),
        letters=fields.texts("letters"), path=path,
    )
    if step.order and int(name.group(1)) != step.order:
        problems.append(Problem(path, doc.line_of("order"), f"order = {step.order} does not "
                                f"match the file name's number {name.group(1)}"))
    return step if len(problems) == before else None


def _load_glossary(path: Path, problems: list[Problem]) -> dict[str, Term]:
    if not path.exists():
        problems.append(Problem(path, 0, "is missing: the glossary lives in glossary.toml"))
        return {}
    text = read_text(path, problems)
    if text is None:
        return {}
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        problems.append(Problem(path, toml_error_line(exc),
                                f"is not valid TOML: {toml_error_message(exc)}"))
        return {}
    heads = [n for n, line in enumerate(text.splitlines(), 1)
             if re.match(r"^\s*\[\[\s*term\s*\]\]", line)]
    top = _Fields(path, data, lambda key: 1, problems, {"term"})
    terms: dict[str, Term] = {}
    lines: list[tuple[int, Term]] = []
    owners: dict[str, str] = {}
    for nth, table in enumerate(top.tables("term")):
        line = heads[nth] if nth < len(heads) else 1
        f = _Fields(path, table, _fixed_line(line), problems, TERM_KEYS,
                    what=f"term {table.get('id', nth + 1)}: ")
        caps_only = table.get("caps_only", False)
        if not isinstance(caps_only, bool):
            f.fail("caps_only", "'caps_only' must be true or false")
        term = Term(
            id=f.ident("id"), term=f.text("term"), definition=f.text("definition"),
            full_name=f.text("full_name", False), acronyms=f.texts("acronyms"),
            synonyms=f.texts("synonyms"), caps_only=caps_only is True,
            source=f.text("source", False), related=f.texts("related"),
            context_acronyms=f.texts("context_acronyms"),
            context_words=f.texts("context_words"),
        )
        if term.context_acronyms and not term.context_words:
            f.fail("context_acronyms", "'context_acronyms' needs 'context_words': the words "
                                       "near an acronym that make it mean this term")
        for name in term.context_acronyms:
            if not _is_caps(name):
                f.fail("context_acronyms", f"'{name}' in 'context_acronyms' is not an acronym "
                                           f"(capital letters)")
        if term.id in terms:
            problems.append(Problem(path, line, f"term id '{term.id}' is used twice"))
        for name in term.names:
            key = name.casefold()
            if key in owners and owners[key] != term.id:
                problems.append(Problem(path, line, f"'{name}' already names term "
                                                    f"'{owners[key]}'"))
            owners[key] = term.id
        terms[term.id] = term
        lines.append((line, term))
    for line, term in lines:
        for other in term.related:
            if other not in terms:
                problems.append(Problem(path, line, f"term {term.id}: related term '{other}' "
                                                    f"is not in the glossary"))
    return terms


def _load_letters(folder: Path, problems: list[Problem]) -> dict[str, LetterTemplate]:
    letters: dict[str, LetterTemplate] = {}
    for path in sorted(folder.glob("*.md")) if folder.is_dir() else []:
        letter = _load_letter(path, problems)
        if letter is None:
            continue
        if letter.id in letters:
            problems.append(Problem(path, 2, f"letter id '{letter.id}' is used twice"))
        letters[letter.id] = letter
    return letters


def _load_letter(path: Path, problems: list[Problem]) -> LetterTemplate | None:
    doc = parse_document(path, problems)
    if doc is None:
        return None
    before = len(problems)
    f = _Fields(path, doc.meta, doc.line_of, problems, LETTER_KEYS)
    letter_id = f.ident("id")
    if letter_id and letter_id != path.stem:
        f.fail("id", f"id '{letter_id}' must match the file name '{path.stem}'")
    declared: list[LetterField] = []
    for nth, table in enumerate(f.tables("fields")):
        ff = _Fields(path, table, _table_line(doc, "fields", nth), problems,
                     {"name", "prompt", "example", "type", "optional"},
                     what=f"field {nth + 1}: ")
        kind = table.get("type", "text")
        if kind not in FIELD_TYPES:
            ff.fail("type", f"type must be one of {', '.join(FIELD_TYPES)}")
        optional = table.get("optional", False)
        if not isinstance(optional, bool):
            ff.fail("optional", "'optional' must be true or false")
        declared.append(LetterField(ff.ident("name", FIELD_PATTERN), ff.text("prompt"),
                                    ff.text("example"), kind if kind in FIELD_TYPES else "text",
                                    optional is True))
    names = [d.name for d in declared]
    for dup in sorted({n for n in names if names.count(n) > 1}):
        f.fail("fields", f"the field '{dup}' is declared twice")
    to = f.text("to", False)
    cc = f.texts("cc")
    for key, role in [("to", to)] * bool(to) + [("cc", r) for r in cc]:
        if role not in ROLES:
            f.fail(key, f"role '{role}' must be one of {', '.join(ROLES)}")
    if to and to in cc:
        f.fail("cc", f"'{to}' is the recipient (to = \"{to}\"); the cc line never repeats them")
    fills = f.text("fills", False)
    if fills and fills not in EVENTS:
        f.fail("fills", f"fills = \"{fills}\" is not a key date; use one of {', '.join(EVENTS)}")
    track = f.text("track", False) or "both"
    if track not in TRACKS:
        f.fail("track", f"track must be one of {', '.join(TRACKS)}")
    letter = LetterTemplate(id=letter_id, title=f.text("title"), subject=f.text("subject"),
                            body=doc.body, fields=tuple(declared), path=path,
                            purpose=f.text("purpose", False), to=to, cc=cc,
                            step=f.text("step", False), fills=fills,
                            follows=f.texts("follows"), track=track,
                            subject_line=doc.line_of("subject"), body_line=doc.body_line)
    if not letter.body.strip():
        problems.append(Problem(path, doc.body_line, "the letter has no text below its front "
                                                     "matter"))
    return letter if len(problems) == before else None


def _is_caps(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _check_references(steps: list[Step], terms: dict[str, Term],
                      letters: dict[str, LetterTemplate], problems: list[Problem]) -> None:
    step_ids = {s.id for s in steps}
    for letter in letters.values():
        if letter.step and steps and letter.step not in step_ids:
            problems.append(Problem(letter.path, 1, f"step = \"{letter.step}\" names no step "
                                                    f"in steps/"))
        for other in letter.follows:
            if other not in letters:
                problems.append(Problem(letter.path, 1, f"follows = names the letter '{other}', "
                                                        f"which is not in letters/"))
    for step in steps:
        text = step.path.read_text(encoding="utf-8")
        lines = text.splitlines()

        def line_of(value: str, lines: list[str] = lines) -> int:
            return next((n for n, ln in enumerate(lines, 1) if f'"{value}"' in ln), 1)

        for term_id in step.terms:
            if term_id not in terms:
                problems.append(Problem(step.path, line_of(term_id),
                                        f"names the glossary term '{term_id}', which is not in "
                                        f"glossary.toml"))
        for letter_id in step.letters:
            if letter_id not in letters:
                problems.append(Problem(step.path, line_of(letter_id),
                                        f"names the letter '{letter_id}', which is not in "
                                        f"letters/"))


def check_templates(letters: Iterable[LetterTemplate]) -> list[Problem]:
    """Compile each letter's subject and body; name undeclared fields and syntax errors."""
    from jinja2 import TemplateSyntaxError

    from .templating import COMPUTED_FIELDS, variables_used

    problems: list[Problem] = []
    for letter in letters:
        known = {d.name for d in letter.fields} | COMPUTED_FIELDS
        used_anywhere: set[str] = set()
        compiled = True
        for source, first_line in ((letter.subject, letter.subject_line),
                                   (letter.body, letter.body_line)):
            try:
                used = variables_used(source)
                used_anywhere |= used
            except TemplateSyntaxError as exc:
                compiled = False
                problems.append(Problem(letter.path, first_line + (exc.lineno or 1) - 1,
                                        f"template error: {exc.message}"))
                continue
            for name in sorted(used - known):
                offset = next((n for n, line in enumerate(source.splitlines())
                               if re.search(rf"\b{re.escape(name)}\b", line)), 0)
                problems.append(Problem(letter.path, first_line + offset, f"uses the field "
                                        f"'{name}', which is not declared in [[fields]]"))
        for field in letter.fields:
            if compiled and field.name not in used_anywhere:
                problems.append(Problem(letter.path, letter.subject_line, f"declares the field "
                                        f"'{field.name}' but never uses it"))
    return problems
