"""The parts finder's pieces: headings, grids, amounts, placement, dates, track."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

from iepwizard.core.iep.amounts import parse_amount
from iepwizard.core.iep.grid import Grid
from iepwizard.core.iep.lists import placement_percent
from iepwizard.core.iep.parts import find_parts
from iepwizard.core.iep.sections import heading_kind
from iepwizard.core.iep.textutil import clean_text


@pytest.mark.parametrize(("line", "kind"), [
    ("PRESENT LEVELS OF ACADEMIC ACHIEVEMENT AND FUNCTIONAL PERFORMANCE", "present-levels"),
    ("Section 3: Present Levels (PLAAFP)", "present-levels"),
    ("MEASURABLE ANNUAL GOALS", "goals"), ("Goals and Objectives:", "goals"),
    ("SCHEDULE OF SERVICES", "services"), ("Special Education and Related Services", "services"),
    ("TESTING ACCOMMODATIONS", "accommodations"),
    ("Supplementary Aids and Services", "accommodations"),
    ("LEAST RESTRICTIVE ENVIRONMENT (LRE)", "placement"),
    ("Instructional Arrangement", "placement"),
    ("Reporting Progress to Parents", "progress-reporting"), ("SIGNATURES", "other"),
    ("Goal 1", None), ("Annual Goal: By June, Sam will read.", None),
    ("Service | Provider | Location | Frequency", None), ("Reading:", None),
])
def test_headings(line: str, kind: str | None) -> None:
    assert heading_kind(line) == kind


@pytest.mark.parametrize(("frequency", "duration", "minutes", "per"), [
    ("5 times per week", "30 minutes per session", 150, "week"),
    ("150 minutes per week", "", 150, "week"),
    ("4x monthly", "30 min/session", 120, "month"),
    ("monthly", "60 min/month", 60, "month"),
    ("4 times per year", "45 min/session", 180, "year"),
    ("daily", "10 minutes", 50, "week"),
    ("twice a week", "1 hour", 120, "week"),
    ("every other week", "30 min", 15, "week"),
    ("quarterly", "30 min", 120, "year"),
    ("2 sessions per month, 45 minutes each", "", 90, "month"),
    ("120 minutes per week in 4 sessions", "", 120, "week"),
])
def test_amounts(frequency: str, duration: str, minutes: int, per: str) -> None:
    parsed = parse_amount(frequency, duration)
    assert parsed.amount is not None
    assert (parsed.amount.minutes, parsed.amount.per) == (Fraction(minutes), per)


def test_as_needed_and_missing_amounts() -> None:
    assert parse_amount("as needed", "30 minutes").amount is None
    assert parse_amount("as needed", "30 minutes").as_needed
    assert parse_amount("PRN", "").as_needed
    three = parse_amount("3 sessions", "")
    assert (three.amount, three.has_period, three.has_minutes) == (None, False, False)
    assert parse_amount("weekly", "").has_period and not parse_amount("weekly", "").has_minutes


def test_an_aligned_grid_keeps_blank_cells_blank() -> None:
    header = "Service        Provider     Location     Start"
    grid = Grid.detect(header)
    assert grid is not None and grid.mode == "aligned"
    assert grid.row("Speech         SLP                       09/08/2026") == {
        "name": "Speech", "provider": "SLP", "start": "09/08/2026"}
    assert Grid.detect("Reading | Special education teacher | Resource room") is None


@pytest.mark.parametrize(("text", "share"), [
    ("Percentage of time in the general education setting: 70%", 70),
    ("Time outside the general education setting: 42%", 58),
    ("Sam spends 225 of 2,250 minutes per week outside the general education classroom (10%).",
     90),
    ("Inside the regular class 80% or more of the day", 80),
    ("Removed from general education for 300 of 1,800 minutes a week.", 83),
    ("Maya leaves her general education class for speech only.", None),
])
def test_placement_percent(text: str, share: int | None) -> None:
    assert placement_percent(text) == share


def test_header_dates_draft_and_track() -> None:
    doc = find_parts("INDIVIDUALIZED EDUCATION PROGRAM - DRAFT\nIEP Meeting Date: 9/14/2026"
                     "      Annual Review Due: September 13, 2027\nIEP Start Date: 2026-09-15\n")
    assert (doc.meeting_date, doc.start_date, doc.end_date, doc.draft, doc.track) == (
        dt.date(2026, 9, 14), dt.date(2026, 9, 15), dt.date(2027, 9, 13), True, "iep")
    assert find_parts("Section 504 Plan\nACCOMMODATIONS\n- Breaks\n").track == "504"
    assert find_parts("Some notes\n").track == "unknown"


def test_clean_text_drops_page_lines_and_control_characters() -> None:
    text = "GOALS\r\nPage 2 of 5\r\nGoal 1\x1b[2J\x07\f- 3 -\nRead"
    assert clean_text(text) == "GOALS\nGoal 1[2J\nRead"


def test_goals_pasted_without_a_heading_are_found() -> None:
    doc = find_parts("Goal 1 (Reading): Sam will read 90 words a minute.\nGoal 2: Sam will add.")
    assert [(g.number, g.area) for g in doc.goals] == [(1, "Reading"), (2, "")]
    assert doc.goals[1].name == "Goal 2"


def test_headings_with_their_text_on_the_same_line() -> None:
    """A short IEP typed or pasted one part a line ("Services: ..."), as a parent might: each
    part is found, a goal ends where the next part starts, and a place listed on its own
    ("special education classroom", "resource room") is the service's location."""
    from iepwizard.core.iep.goal_checks import has_criterion

    doc = find_parts("Present Levels: Maya reads 40 words per minute.\n"
                     "Annual Goal 1: Maya will improve her reading.\n"
                     "Services: Specialized instruction in reading, 30 minutes, 3 times per "
                     "week, special education classroom.\n"
                     "Accommodations: extra time on tests.\n")
    assert "40 words per minute" in doc.present_levels
    assert [g.statement for g in doc.goals] == ["Maya will improve her reading."]
    assert not has_criterion(doc.goals[0])  # "40" is the present level, not a criterion
    assert [(s.name, s.location) for s in doc.services] == [
        ("Specialized instruction in reading", "special education classroom")]
    assert len(doc.accommodations) == 1
    grid = find_parts("SPECIAL EDUCATION SERVICES\n"
                      "Reading instruction, 30 minutes, 3 times per week, resource room\n")
    assert [s.location for s in grid.services] == ["resource room"]


def test_a_service_sentence_with_its_dates_and_provider_written_as_fields() -> None:
    """"start 01/05/2027, end 12/07/2027" and "provider: ..." on a service's own line were not
    read: the review said the start date, which federal law requires, was missing, and the
    ledger counted minutes owed before the services began."""
    doc = find_parts("Special Education and Related Services\n"
                     "Specialized reading instruction: 45 minutes, 4 times per week, special "
                     "education classroom, start 01/05/2027, end 12/07/2027\n"
                     "Counseling: 30 minutes weekly, counselor's office, start date: 1/12/2027, "
                     "provider: school counselor\n")
    reading, counseling = doc.services
    assert (reading.start_date, reading.end_date) == (dt.date(2027, 1, 5), dt.date(2027, 12, 7))
    assert counseling.start_date == dt.date(2027, 1, 12)
    assert counseling.provider == "school counselor"


def test_a_service_row_with_no_header_row() -> None:
    """"Reading instruction | 45 minutes | 4x weekly | resource room | 01/05/2027 - 12/07/2027 |
    special education teacher", with no header row above it, was dropped: the review said
    the IEP lists no services, which federal law requires."""
    doc = find_parts("Special Education and Related Services\n"
                     "Reading instruction | 45 minutes | 4x weekly | resource room | "
                     "01/05/2027 - 12/07/2027 | special education teacher\n"
                     "| Counseling | 30 minutes | weekly | counselor's office |\n"
                     "| What | How long | How often |\n|---|---|---|\n")
    reading, counseling = doc.services
    assert (reading.name, reading.provider, reading.location) == (
        "Reading instruction", "special education teacher", "resource room")
    assert (reading.start_date, reading.end_date) == (dt.date(2027, 1, 5), dt.date(2027, 12, 7))
    assert reading.amount is not None and counseling.name == "Counseling"
