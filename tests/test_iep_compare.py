"""Two years of an IEP compared, with the numbers."""

from __future__ import annotations

from fractions import Fraction

from iepwizard.core.iep.compare import compare
from iepwizard.core.iep.parts import find_parts

from .iep_scoring import CORPUS


def lines(old: str, new: str) -> list[str]:
    return [c.line() for c in compare(find_parts((CORPUS / old).read_text()),
                                      find_parts((CORPUS / new).read_text()))]


def test_service_minutes_with_their_numbers() -> None:
    found = lines("alex-2025.txt", "alex-2026.txt")
    assert "Specialized Reading Instruction: 150 -> 90 minutes a week (down 60)" in found
    assert "Specialized Math Instruction: 90 -> 60 minutes a week (down 30)" in found
    assert "Behavior Support Check-in: a new service, 50 minutes a week." in found
    assert "Time with children without disabilities: 70% -> 80% of the day." in found
    behind = ("Specialized Reading Instruction: less service while the present levels show the "
              "child still far from the benchmark")
    assert any(line.startswith(behind) for line in found)
    assert not any(line.startswith("Specialized Math Instruction: less service") for line in found)
    assert "Last year's Goal 2 (Math Calculation): gone; ask whether it was met (and where " \
           "that is shown) or dropped." in found


def test_as_needed_replacing_minutes_is_a_decrease() -> None:
    found = lines("maya-2025.txt", "maya-2026.txt")
    assert ("Counseling Services (individual): 30 minutes a month -> as needed (no amount "
            "stated)") in found
    assert any("Expressive Language): the same goal as last year" in line for line in found)
    assert "Accommodation weakened: Extended time (time and a half) -> Extended time (1.25)." \
        in found


def test_a_504_plans_accommodations() -> None:
    found = lines("jordan-504-2025.txt", "jordan-504-2026.txt")
    assert "Accommodation removed: Testing in a separate, quiet room." in found
    assert ("Accommodation weakened: Teacher check-in on the assignment planner at the end of "
            "each day -> Teacher check-in on the assignment planner once a week.") in found


def test_no_change_against_itself() -> None:
    doc = find_parts((CORPUS / "riley-2026.txt").read_text())
    changes = compare(doc, doc)
    assert {c.kind for c in changes} == {"goal-repeated"}


def test_units_a_month_against_a_week() -> None:
    old = find_parts("IEP\nSERVICES\nService: OT\nFrequency: weekly\nDuration: 30 minutes\n")
    new = find_parts("IEP\nSERVICES\nService: OT\nFrequency: monthly\nDuration: 60 minutes\n")
    [change] = compare(old, new)
    assert change.kind == "service-decreased" and change.per == "week"
    assert change.old == 30 and change.new == Fraction(60 * 12, 52)
    assert change.line() == "OT: 30 -> 13.8 minutes a week (down 16.2)"
