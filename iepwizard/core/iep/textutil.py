"""Small text helpers the finder shares: clean lines, dates in running text, sentences, words."""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from .. import lazy_re
from ..dates import MONTHS, parse_date

#: Control characters, and the bidirectional overrides that reorder what a terminal shows.
_CONTROL = lazy_re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_PAGE_LINE = lazy_re.compile(r"\s*(?:page\s+\d+(?:\s+of\s+\d+)?|-\s*\d+\s*-|\d+\s*/\s*\d+)\s*",
                             re.IGNORECASE)
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
DATE_RE = lazy_re.compile(
    rf"\b(?:\d{{4}}-\d{{1,2}}-\d{{1,2}}|\d{{1,2}}/\d{{1,2}}/(?:\d{{4}}|\d{{2}})"
    rf"|(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH})\.?,?\s+\d{{4}})\b", re.IGNORECASE)
MONTH_YEAR_RE = lazy_re.compile(rf"\b(?:{_MONTH})\.?,?\s+(?:of\s+)?\d{{4}}\b", re.IGNORECASE)
YEAR_RE = lazy_re.compile(r"\b(?:19|20)\d\d(?:\s*-\s*(?:19|20)?\d\d)?\b")
GRADE_RE = lazy_re.compile(r"\b(?:\d{1,2}(?:st|nd|rd|th)[- ]grade|grade[- ]?\d{1,2}"
                           r"|\d{1,2}(?:st|nd|rd|th)[- ]?grade[- ]level)\b", re.IGNORECASE)
WORD_RE = lazy_re.compile(r"[a-z][a-z']+")
_STOP_WORDS = """a an the and or of to in on for with by at from as is are was be will his her
their he she they it its this that when given during each per into than then more most less
about after before who which what while within across using use uses used can may must not
no any all also has have had do does student child skills skill goal goals annual area level
levels grade currently current improve ability"""
STOP = frozenset(_STOP_WORDS.split())


def clean_text(text: str) -> str:
    """One form for every source: LF line ends, no control characters, no page-number lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    text = text.replace("\u00a0", " ")  # tabs stay: they separate a grid's cells
    text = _CONTROL.sub("", text)
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(line for line in lines if not _PAGE_LINE.fullmatch(line))


def find_dates(text: str) -> list[dt.date]:
    found = []
    for match in DATE_RE.finditer(text):
        day = parse_date(match.group())
        if day is not None:
            found.append(day)
    return found


def first_date(text: str) -> dt.date | None:
    dates = find_dates(text)
    return dates[0] if dates else None


def mentions_date(text: str) -> bool:
    return bool(find_dates(text) or MONTH_YEAR_RE.search(text))


def strip_dates(text: str) -> str:
    """Text with its dates, years and grade references taken out (so their digits are not
    taken for a goal's numbers)."""
    text = DATE_RE.sub(" ", text)
    text = MONTH_YEAR_RE.sub(" ", text)
    text = GRADE_RE.sub(" ", text)
    return YEAR_RE.sub(" ", text)


def sentences(text: str) -> list[str]:
    flat = " ".join(text.split())
    return [s.strip() for s in re.split(r"(?<=[.;!?])\s+(?=[A-Z\"(])", flat) if s.strip()]


def words(text: str) -> set[str]:
    """Content words (lower case, no stop words)."""
    return {w.strip("'") for w in WORD_RE.findall(text.lower())} - STOP


def normal(text: str) -> str:
    """Lower case, single spaces, no punctuation: for comparing two names."""
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


@dataclass(frozen=True)
class Indexed:
    """A text's sentences with their words, and which sentences hold each word."""

    sentences: tuple[str, ...]
    words: tuple[frozenset[str], ...]
    where: dict[str, tuple[int, ...]]


@functools.lru_cache(maxsize=8)
def indexed(text: str) -> Indexed:
    """Built once per text (the present levels are asked about once per goal)."""
    found = tuple(sentences(text))
    word_sets = tuple(frozenset(words(s)) for s in found)
    where: dict[str, list[int]] = {}
    for index, word_set in enumerate(word_sets):
        for word in word_set:
            where.setdefault(word, []).append(index)
    return Indexed(found, word_sets, {w: tuple(ids) for w, ids in where.items()})
