"""Load letters/*.md into LetterTemplates; check their wiring (roles, steps, key dates,
follow-ups) and, on demand, compile their templates."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from .content import LetterField, LetterTemplate
from .events import EVENTS
from .frontmatter import Document, parse_document
from .loader_fields import FIELD_PATTERN, Fields, line_of_value, table_line
from .problems import Problem
from .roles import ROLES

FIELD_TYPES = ("text", "multiline", "date")
LETTER_KEYS = {"id", "title", "subject", "purpose", "fields", "to", "cc", "step", "fills",
               "follows", "track", "order"}
TRACKS = ("iep", "504", "both")


def load_letters(folder: Path, step_ids: set[str],
                 problems: list[Problem]) -> dict[str, LetterTemplate]:
    """Every letter; `step_ids` are the steps a letter's `step` may name (empty: not checked)."""
    letters: dict[str, LetterTemplate] = {}
    docs: dict[str, Document] = {}
    paths = sorted(folder.glob("*.md")) if folder.is_dir() else []
    for path in paths:
        loaded = _load_letter(path, step_ids, problems)
        if loaded is None:
            continue
        letter, doc = loaded
        if letter.id in letters:
            problems.append(Problem(path, doc.line_of("id"), f"letter id '{letter.id}' is used "
                                                             f"twice"))
        letters[letter.id] = letter
        docs[letter.id] = doc
    for letter in letters.values():
        for other in letter.follows:
            if other not in letters and other not in {p.stem for p in paths}:
                problems.append(Problem(letter.path,
                                        line_of_value(docs[letter.id], other, "follows"),
                                        f"follows = names the letter '{other}', which is not "
                                        f"in letters/"))
    return letters


def _load_letter(path: Path, step_ids: set[str],
                 problems: list[Problem]) -> tuple[LetterTemplate, Document] | None:
    doc = parse_document(path, problems)
    if doc is None:
        return None
    before = len(problems)
    f = Fields(path, doc.meta, doc.line_of, problems, LETTER_KEYS)
    letter_id = f.ident("id")
    if letter_id and letter_id != path.stem:
        f.fail("id", f"id '{letter_id}' must match the file name '{path.stem}'")
    declared = _fields(path, doc, f, problems)
    to = f.text("to", False)
    cc = f.texts("cc")
    for key, role in [("to", to)] * bool(to) + [("cc", r) for r in cc]:
        if role not in ROLES:
            f.fail(key, f"role '{role}' must be one of {', '.join(ROLES)}")
    if to and to in cc:
        f.fail("cc", f"'{to}' is the recipient (to = \"{to}\"); the cc line never repeats them")
    steps = f.text_or_texts("step")
    for step in steps:
        if step_ids and step not in step_ids:
            problems.append(Problem(path, line_of_value(doc, step, "step"),
                                    f"step = \"{step}\" names no step in steps/"))
    fills = f.text("fills", False)
    if fills and fills not in EVENTS:
        f.fail("fills", f"fills = \"{fills}\" is not a key date; use one of {', '.join(EVENTS)}")
    track = f.text("track", False) or "both"
    if track not in TRACKS:
        f.fail("track", f"track must be one of {', '.join(TRACKS)}")
    letter = LetterTemplate(id=letter_id, title=f.text("title"), subject=f.text("subject"),
                            body=doc.body, fields=tuple(declared), path=path,
                            purpose=f.text("purpose", False), to=to, cc=cc, steps=steps,
                            fills=fills, follows=f.texts("follows"), track=track,
                            order=f.integer("order", required=False),
                            subject_line=doc.line_of("subject"), body_line=doc.body_line)
    if not letter.body.strip():
        problems.append(Problem(path, doc.body_line, "the letter has no text below its front "
                                                     "matter"))
    return (letter, doc) if len(problems) == before else None


def _fields(path: Path, doc: Document, f: Fields,
            problems: list[Problem]) -> list[LetterField]:
    declared: list[LetterField] = []
    for nth, table in enumerate(f.tables("fields")):
        ff = Fields(path, table, table_line(doc, "fields", nth), problems,
                    {"name", "prompt", "example", "type", "optional"},
                    what=f"field {nth + 1}: ")
        kind = table.get("type", "text")
        if kind not in FIELD_TYPES:
            ff.fail("type", f"type must be one of {', '.join(FIELD_TYPES)}")
        declared.append(LetterField(ff.ident("name", FIELD_PATTERN), ff.text("prompt"),
                                    ff.text("example"), kind if kind in FIELD_TYPES else "text",
                                    ff.flag("optional")))
    names = [d.name for d in declared]
    for dup in sorted({n for n in names if names.count(n) > 1}):
        f.fail("fields", f"the field '{dup}' is declared twice")
    return declared


def check_templates(letters: Iterable[LetterTemplate]) -> list[Problem]:
    """Compile each letter's subject and body, naming undeclared fields and syntax errors;
    then fill each with its examples in the bounded sandbox, as the app will."""
    from jinja2 import TemplateSyntaxError

    from .template_check import COMPUTED_FIELDS, render_problems
    from .templating import variables_used

    letters = list(letters)
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
    return problems + render_problems(letters)
