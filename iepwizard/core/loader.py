"""Read the content folder into `Content`, refusing it with every problem found.

Steps, the glossary and letters load in their own modules; this one ties them together:
a letter names its step(s), and each step's letters are derived from that one wiring.
"""

from __future__ import annotations

from pathlib import Path

from . import lazy_re
from .citations import check_citations
from .content import ChecklistItem, Content, LetterTemplate, Step, Term
from .frontmatter import parse_document, read_text
from .loader_fields import Fields, table_line
from .loader_glossary import load_glossary
from .loader_letters import check_templates, load_letters
from .problems import ContentError, Problem
from .renamed import load_renamed

__all__ = ["check_templates", "load_content"]

STEP_FILE = lazy_re.compile(r"^(\d\d)-([a-z0-9-]+)\.md$")
STEP_KEYS = {"id", "title", "short_title", "order", "checklist", "start_here", "challenge",
             "sources", "terms"}


def load_content(root: Path, templates: bool = True) -> Content:
    """Load and validate the whole content folder; raise ContentError listing every problem.

    With `templates=False` the letter templates are not compiled (Jinja is slow to import): the
    app checks them with `check_templates` just after its first frame.
    """
    problems: list[Problem] = []
    if not root.is_dir():
        raise ContentError([Problem(root, 0, "is not a folder of iepwizard content")])
    terms = load_glossary(root / "glossary.toml", problems)
    named: set[str] = set()
    steps = _load_steps(root / "steps", problems, named)
    letters = load_letters(root / "letters", named, problems)
    steps = _with_letters(steps, letters)
    _check_terms(steps, terms, problems)
    renamed = load_renamed(root / "renamed.toml", steps, problems)
    if templates:
        problems += check_templates(letters.values())
    footer = root / "footer.md"
    footer_text = (read_text(footer, problems) or "") if footer.exists() else ""
    if problems:
        raise ContentError(problems)
    return Content(root=root, steps=tuple(steps), terms=terms, letters=letters,
                   footer=footer_text.strip(), renamed=renamed, term_spans={}, blocks={})


def _load_steps(folder: Path, problems: list[Problem], named: set[str]) -> list[Step]:
    """The valid steps, in order; `named` gathers every step id the files give, valid or not,
    so a problem in one step is not reported again in each letter that names it."""
    paths = sorted(folder.glob("*.md")) if folder.is_dir() else []
    if not paths:
        problems.append(Problem(folder, 0, "holds no steps (files named like 01-some-id.md)"))
    steps: list[Step] = []
    seen: dict[str, Path] = {}
    orders: dict[int, Path] = {}
    for path in paths:
        step = _load_step(path, problems, named)
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


def _load_step(path: Path, problems: list[Problem], named: set[str]) -> Step | None:
    name = STEP_FILE.match(path.name)
    if name is None:
        problems.append(Problem(path, 1, "step files are named like 01-some-id.md"))
        return None
    doc = parse_document(path, problems)
    if doc is None:
        return None
    before = len(problems)
    meta = dict(doc.meta)
    if isinstance(meta.get("id"), str):
        named.add(meta["id"].strip())
    if "letters" in meta:
        del meta["letters"]
        problems.append(Problem(path, doc.line_of("letters"), "a step does not list its "
                                "letters: each letter names its step in its own front matter "
                                "(step = \"...\")"))
    fields = Fields(path, meta, doc.line_of, problems, STEP_KEYS)
    step_id = fields.ident("id")
    items: list[ChecklistItem] = []
    for nth, table in enumerate(fields.tables("checklist")):
        item = Fields(path, table, table_line(doc, "checklist", nth), problems,
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
        letters=(), path=path,
    )
    problems += check_citations(doc, step.sources)
    if step.order and int(name.group(1)) != step.order:
        problems.append(Problem(path, doc.line_of("order"), f"order = {step.order} does not "
                                f"match the file name's number {name.group(1)}"))
    return step if len(problems) == before else None


def _with_letters(steps: list[Step], letters: dict[str, LetterTemplate]) -> list[Step]:
    """Each step with the letters that name it: by their `order` (unset last), then file name."""
    def rank(letter: LetterTemplate) -> tuple[int, str]:
        return (letter.order or 10_000, letter.path.name)

    ordered = sorted(letters.values(), key=rank)
    return [step._replace(letters=tuple(letter.id for letter in ordered
                                                    if step.id in letter.steps))
            for step in steps]


def _check_terms(steps: list[Step], terms: dict[str, Term], problems: list[Problem]) -> None:
    for step in steps:
        lines = step.path.read_text(encoding="utf-8").splitlines()
        for term_id in step.terms:
            if term_id not in terms:
                line = next((n for n, ln in enumerate(lines, 1) if f'"{term_id}"' in ln), 1)
                problems.append(Problem(step.path, line, f"names the glossary term "
                                                         f"'{term_id}', which is not in "
                                                         f"glossary.toml"))
