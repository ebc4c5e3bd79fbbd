"""Precision and recall of the decoder on tests/corpus (scores: label + test + type + value;
terms: glossary ids).

    .venv/bin/python -m tests.decoder_corpus [--real]   # --real: the shipped glossary as is

It also measures the held-out reports (corpus/heldout, heldout2 ... heldout10:
reviewers' excerpts, answered by hand, which no change is tuned on; their misses say what to
fix next, and their figures are the honest ones).

Scores are counted per report (a score the report repeats counts once). Terms: recall over the
`terms` every text must produce; precision over the paperwork lines, where `terms` and `may`
list every acceptable term; and the count of forbidden (`not_terms`) terms found.
"""

from __future__ import annotations

import sys
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from iepwizard.core.content import Content
from iepwizard.core.decode import decode
from iepwizard.core.glossary import Matcher

CORPUS = Path(__file__).resolve().parent / "corpus"

Key = tuple[str, str, str, float]
#: The held-out corpora, in the order they were written (each answered before the decoder ran).
HELD_OUT = ("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7",
            "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13",
            "heldout14", "heldout15", "heldout16", "heldout17", "heldout18",
            "heldout19")


def key(label: str, test: str, kind: str, value: float) -> Key:
    return (" ".join(label.split()).casefold(), test, kind, float(value))


@dataclass
class Tally:
    score_tp: int = 0
    score_fp: int = 0
    score_fn: int = 0
    term_must: int = 0
    term_found: int = 0
    paper_found: int = 0
    paper_ok: int = 0
    forbidden: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    @staticmethod
    def ratio(a: int, b: int) -> float:
        return a / b if b else 1.0

    @property
    def score_precision(self) -> float:
        return self.ratio(self.score_tp, self.score_tp + self.score_fp)

    @property
    def score_recall(self) -> float:
        return self.ratio(self.score_tp, self.score_tp + self.score_fn)

    @property
    def term_recall(self) -> float:
        return self.ratio(self.term_found, self.term_must)

    @property
    def term_precision(self) -> float:
        return self.ratio(self.paper_ok, self.paper_found)

    def summary(self) -> str:
        return (f"scores (label+test+type+value): precision {self.score_precision:.3f}, "
                f"recall {self.score_recall:.3f} (tp {self.score_tp}, fp {self.score_fp}, "
                f"fn {self.score_fn})\n"
                f"terms: recall {self.term_recall:.3f} ({self.term_found}/{self.term_must}), "
                f"precision on paperwork {self.term_precision:.3f} "
                f"({self.paper_ok}/{self.paper_found}), forbidden found "
                f"{len(self.forbidden)}")


def reports(folder: str = "reports") -> list[tuple[Path, dict[str, object]]]:
    """The texts of a corpus folder ("reports"; "heldout": never tuned on) and their answers."""
    return [(path, tomllib.loads(path.with_suffix(".toml").read_text(encoding="utf-8")))
            for path in sorted((CORPUS / folder).glob("*.txt"))]


def paperwork() -> list[dict[str, object]]:
    data = tomllib.loads((CORPUS / "paperwork.toml").read_text(encoding="utf-8"))
    cases = data["case"]
    assert isinstance(cases, list)
    return cases


def measure(content: Content, matcher: Matcher | None = None,
            folder: str = "reports") -> Tally:
    """The tally on a corpus folder's reports (and, for "reports", the paperwork)."""
    matcher = matcher or Matcher(content.terms.values())
    tally = Tally()
    for path, expected in reports(folder):
        result = decode(path.read_text(encoding="utf-8"), content, matcher)
        want = Counter(key(str(s["label"]), str(s["test"]), str(s["type"]), float(s["value"]))
                       for s in expected.get("score", []))  # type: ignore[attr-defined]
        got = Counter(key(s.label, s.test, s.type_name, s.value) for s in result.scores)
        tally.score_tp += sum((want & got).values())
        tally.score_fp += sum((got - want).values())
        tally.score_fn += sum((want - got).values())
        tally.misses += [f"{path.name}: missed {k}" for k in want - got]
        tally.misses += [f"{path.name}: extra {k}" for k in got - want]
        _terms(tally, path.name, {t.id for t in result.terms}, expected)
    for case in paperwork() if folder == "reports" else []:
        text = str(case["text"])
        result = decode(text, content, matcher)
        found = {t.id for t in result.terms}
        _terms(tally, text, found, case)
        allowed = set(_names(case, "terms")) | set(_names(case, "may"))
        tally.paper_found += len(found)
        tally.paper_ok += len(found & allowed)
        tally.misses += [f"{text!r}: unexpected term {t}" for t in found - allowed]
        tally.score_fp += len(result.scores)
        tally.misses += [f"{text!r}: false score {s.value:g}" for s in result.scores]
    return tally


def _terms(tally: Tally, where: str, found: set[str], expected: dict[str, object]) -> None:
    must = set(_names(expected, "terms"))
    tally.term_must += len(must)
    tally.term_found += len(must & found)
    tally.misses += [f"{where!r}: missed term {t}" for t in must - found]
    tally.forbidden += [f"{where!r}: forbidden term {t}" for t in
                        found & set(_names(expected, "not_terms"))]


def _names(case: dict[str, object], key: str) -> list[str]:
    value = case.get(key, [])
    return [str(v) for v in value] if isinstance(value, list) else []


def main() -> int:
    from iepwizard.core.loader import load_content

    from .decoder_glossary import reference_content

    shipped = load_content(Path(__file__).resolve().parent.parent / "content")
    content = shipped if "--real" in sys.argv else reference_content(shipped)
    tallies = [("corpus/reports", measure(content))] + [
        (f"corpus/{folder} (never tuned on; the shipped glossary)",
         measure(shipped, folder=folder)) for folder in HELD_OUT]
    for title, tally in tallies:
        print(f"{title}:\n{tally.summary()}")
        for line in tally.forbidden + tally.misses:
            print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
