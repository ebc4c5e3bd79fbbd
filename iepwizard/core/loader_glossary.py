"""Load glossary.toml into Terms, naming every problem by line."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from .content import Term
from .frontmatter import read_text, toml_error_line, toml_error_message
from .loader_fields import Fields, fixed_line
from .not_in import acronym_of, only_acronym, unknown_blank
from .problems import Problem

TERM_KEYS = {"id", "term", "full_name", "definition", "acronyms", "synonyms", "caps_only",
             "source", "related", "context_acronyms", "context_words", "not_in"}


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
    lines_of_text = text.splitlines()
    heads = [n for n, line in enumerate(lines_of_text, 1)
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
            context_words=f.texts("context_words"), not_in=f.texts("not_in"),
        )
        _check_context(term, f)
        _check_not_in(term, f, lines_of_text[line - 1:heads[nth + 1] - 1
                                             if nth + 1 < len(heads) else None], line)
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


def _check_not_in(term: Term, f: Fields, block: list[str], head: int) -> None:
    """Each phrase holds one of the term's context acronyms as a whole word (where that
    acronym does not mean the term), and more than the acronym alone. A problem names the
    line the phrase stands on (the term's table is `block`, its first line `head`)."""
    if term.not_in and not term.context_acronyms:
        f.fail("not_in", "'not_in' is only used with 'context_acronyms': its phrases hold "
                         "one of them")
        return
    for phrase in term.not_in:
        problem = None
        acronym = acronym_of(phrase, term.context_acronyms)
        if (blank := unknown_blank(phrase)) is not None:
            problem = (f"'{phrase}' in 'not_in': {blank} is not a blank a phrase can use "
                       f"(only {{number}}, any number)")
        elif acronym is None:
            problem = (f"'{phrase}' in 'not_in' does not hold one of this term's context "
                       f"acronyms ({', '.join(term.context_acronyms)}) as a whole word")
        elif only_acronym(phrase, acronym):
            problem = (f"'{phrase}' in 'not_in' is only the acronym: it would never count "
                       f"(take it out of 'context_acronyms' instead)")
        if problem is not None:
            f.problems.append(Problem(f.path, _line_of(block, head, phrase),
                                      f"{f.what}{problem}"))


def _line_of(block: list[str], head: int, phrase: str) -> int:
    """The line, from `not_in` on, where the phrase stands in quotes; else that of `not_in`;
    else the table's first line."""
    key = next((n for n, text in enumerate(block) if re.match(r"\s*not_in\s*=", text)), None)
    if key is None:
        return head
    for offset, text in enumerate(block[key:], key):
        if f'"{phrase}"' in text or f"'{phrase}'" in text:
            return head + offset
    return head + key


def _is_caps(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)
