"""Load glossary.toml into Terms, naming every problem by line."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from .content import Term
from .frontmatter import read_text, toml_error_line, toml_error_message
from .loader_fields import Fields, fixed_line
from .problems import Problem

TERM_KEYS = {"id", "term", "full_name", "definition", "acronyms", "synonyms", "caps_only",
             "source", "related", "context_acronyms", "context_words"}


def load_glossary(path: Path, problems: list[Problem]) -> dict[str, Term]:
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
    top = Fields(path, data, lambda key: 1, problems, {"term"})
    terms: dict[str, Term] = {}
    lines: list[tuple[int, Term]] = []
    owners: dict[str, str] = {}
    for nth, table in enumerate(top.tables("term")):
        line = heads[nth] if nth < len(heads) else 1
        f = Fields(path, table, fixed_line(line), problems, TERM_KEYS,
                   what=f"term {table.get('id', nth + 1)}: ")
        term = Term(
            id=f.ident("id"), term=f.text("term"), definition=f.text("definition"),
            full_name=f.text("full_name", False), acronyms=f.texts("acronyms"),
            synonyms=f.texts("synonyms"), caps_only=f.flag("caps_only"),
            source=f.text("source", False), related=f.texts("related"),
            context_acronyms=f.texts("context_acronyms"),
            context_words=f.texts("context_words"),
        )
        _check_context(term, f)
        if term.id in terms:
            problems.append(Problem(path, line, f"term id '{term.id}' is used twice"))
        for name in term.names:
            _claim(owners, name.casefold(), term.id, name, path, line, problems)
        for name in term.context_acronyms:
            _claim(owners, name.casefold(), term.id, name, path, line, problems)
        terms[term.id] = term
        lines.append((line, term))
    for line, term in lines:
        for other in term.related:
            if other not in terms:
                problems.append(Problem(path, line, f"term {term.id}: related term '{other}' "
                                                    f"is not in the glossary"))
    return terms


def _claim(owners: dict[str, str], key: str, term_id: str, name: str, path: Path, line: int,
           problems: list[Problem]) -> None:
    """A name (term, acronym, synonym, full name or context acronym) names one term only."""
    if key in owners and owners[key] != term_id:
        problems.append(Problem(path, line, f"'{name}' already names term '{owners[key]}'"))
    owners[key] = term_id


def _check_context(term: Term, f: Fields) -> None:
    if term.context_acronyms and not term.context_words:
        f.fail("context_acronyms", "'context_acronyms' needs 'context_words': the words near "
                                   "an acronym that make it mean this term")
    if term.context_words and not term.context_acronyms:
        f.fail("context_words", "'context_words' is only used with 'context_acronyms'")
    for name in term.context_acronyms:
        if not _is_caps(name):
            f.fail("context_acronyms", f"'{name}' in 'context_acronyms' is not an acronym "
                                       f"(capital letters)")
        if name in term.names:
            f.fail("context_acronyms", f"'{name}' is both an ordinary name and a context "
                                       f"acronym of this term: keep it in one list")
    if any(not word for word in term.context_words):
        f.fail("context_words", "'context_words' must be words, not empty texts")


def _is_caps(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)
