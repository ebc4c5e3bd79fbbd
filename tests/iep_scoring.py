"""Precision and recall of the IEP review on tests/corpus/ieps (run: python -m tests.iep_scoring).

A finding is (file, goal or service, code); a change is (file, kind, item, old, new). The
expected ones were written by reading each text, before the parser existed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Any

from iepwizard.core.iep.compare import Change, compare
from iepwizard.core.iep.parts import find_parts
from iepwizard.core.iep.review import review_doc
from iepwizard.core.iep.textutil import normal

CORPUS = Path(__file__).resolve().parent / "corpus" / "ieps"
#: Written after the parser, and scored before any change to it: the out-of-sample figures.
HELD_OUT = CORPUS / "heldout"


@dataclass
class Tally:
    hits: int = 0
    produced: int = 0
    expected: int = 0
    false: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.hits / self.produced if self.produced else 1.0

    @property
    def recall(self) -> float:
        return self.hits / self.expected if self.expected else 1.0

    def __str__(self) -> str:
        return (f"precision {self.precision:.3f} ({self.hits}/{self.produced}), "
                f"recall {self.recall:.3f} ({self.hits}/{self.expected})")


@dataclass
class Scores:
    findings: Tally = field(default_factory=Tally)
    changes: Tally = field(default_factory=Tally)
    amounts: Tally = field(default_factory=Tally)
    parts: Tally = field(default_factory=Tally)
    files: int = 0


def expected(name: str, folder: Path = CORPUS) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((folder / f"{name}.expected.json").read_text())
    return data


def _expected_findings(name: str, data: dict[str, Any]) -> set[tuple[str, str, str]]:
    found = set()
    for goal in data["goals"]:
        for code in goal["missing"] + goal["flags"]:
            found.add((name, f"goal {goal['number']}", code))
    for service in data["services"]:
        for code in service["missing"]:
            found.add((name, normal(service["name"]), code))
    if data["track"] != "504":
        for part, present in data["parts"].items():
            if not present:
                found.add((name, "document", part))
    return found


def _same_number(a: Any, b: Fraction | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) < 0.5


def _change_matches(want: dict[str, Any], got: Change) -> bool:
    if want["kind"] != got.kind or not set(normal(want["item"]).split()) <= set(
            normal(got.item).split()):
        return False
    if "old" in want and not (_same_number(want["old"], got.old)
                              and _same_number(want["new"], got.new)):
        return False
    return "per" not in want or want["per"] == got.per


def score_corpus(folder: Path = CORPUS) -> Scores:
    scores = Scores()
    for path in sorted(folder.glob("*.txt")):
        name = path.stem
        data = expected(name, folder)
        doc = find_parts(path.read_text())
        scores.files += 1
        want = _expected_findings(name, data)
        got = {(name, f.key if f.kind == "goal" else "document" if f.kind == "document"
                else normal(f.key), f.code) for f in review_doc(doc).findings}
        tally = scores.findings
        tally.hits += len(want & got)
        tally.produced += len(got)
        tally.expected += len(want)
        tally.false += [" ".join(x) for x in sorted(got - want)]
        tally.missed += [" ".join(x) for x in sorted(want - got)]
        for service in data["services"]:
            scores.amounts.expected += 1
            mine = next((s for s in doc.services if normal(s.name) == normal(service["name"])),
                        None)
            scores.amounts.produced += mine is not None
            amount = mine.amount if mine else None
            if mine and ((amount is None and service["minutes"] is None) or (
                    amount and service["minutes"] is not None and service["per"] == amount.per
                    and _same_number(service["minutes"], amount.minutes))):
                scores.amounts.hits += 1
            else:
                scores.amounts.missed.append(f"{name} {service['name']}: {amount}")
        for part, present in data["parts"].items():
            scores.parts.expected += 1
            scores.parts.produced += 1
            if doc.found(part) == present:
                scores.parts.hits += 1
            else:
                scores.parts.missed.append(f"{name} {part}: expected {present}")
        placement = doc.placement.percent_with_peers if doc.placement else None
        scores.parts.expected += 1
        scores.parts.produced += 1
        if placement == data["placement_percent"]:
            scores.parts.hits += 1
        else:
            scores.parts.missed.append(f"{name} placement {placement}")
        if "against" in data:
            old = find_parts((folder / data["against"]).read_text())
            changes = compare(old, doc)
            left = list(changes)
            scores.changes.expected += len(data["changes"])
            scores.changes.produced += len(changes)
            for want_change in data["changes"]:
                hit = next((c for c in left if _change_matches(want_change, c)), None)
                if hit is None:
                    scores.changes.missed.append(f"{name} {want_change}")
                else:
                    left.remove(hit)
                    scores.changes.hits += 1
            scores.changes.false += [f"{name} {c.kind} {c.item} {c.old} {c.new}" for c in left]
    return scores


def main() -> None:
    for folder in (CORPUS, HELD_OUT):
        report(folder)


def report(folder: Path) -> None:
    scores = score_corpus(folder)
    print(f"{folder.name}: {scores.files} files")
    for label, tally in (("findings (goal or service, missing part)", scores.findings),
                         ("changes between two years", scores.changes),
                         ("service amounts (minutes per unit)", scores.amounts),
                         ("parts found and placement percent", scores.parts)):
        print(f"{label}: {tally}")
        for item in tally.false:
            print(f"  false: {item}")
        for item in tally.missed:
            print(f"  missed: {item}")


if __name__ == "__main__":
    main()
