"""Citation markers: each sentence of a step that states the law ends with `[^N]`, N being the
step's source line it rests on. Every marker must name a source line, and every source line
must be used by a marker, so no claim floats free and no source is left unexplained."""

from __future__ import annotations

from .frontmatter import Document
from .loader_fields import line_of_value
from .markdown import CITATION_MARKER
from .problems import Problem


def markers(body: str, first_line: int) -> list[tuple[int, int]]:
    """(file line, source number) of every marker in a body that starts at `first_line`."""
    found = []
    for offset, line in enumerate(body.splitlines()):
        found += [(first_line + offset, int(m.group(1))) for m in CITATION_MARKER.finditer(line)]
    return found


def check_citations(doc: Document, sources: tuple[str, ...]) -> list[Problem]:
    """A problem, at its line, for a marker that names no source line and for a source line
    that no marker uses."""
    problems = []
    used: set[int] = set()
    for line, number in markers(doc.body, doc.body_line):
        if 1 <= number <= len(sources):
            used.add(number)
        else:
            problems.append(Problem(doc.path, line, f"the citation [^{number}] names no source "
                                                    f"line (this step has {len(sources)})"))
    for number, source in enumerate(sources, 1):
        if number not in used:
            problems.append(Problem(doc.path, line_of_value(doc, source, "sources"),
                                    f"source line {number} (\"{source}\") is not cited in the "
                                    f"text: end the sentence it supports with [^{number}]"))
    return problems
