"""The deadline rules file: what it says matches the regulations, and a broken one is refused
with FILE:LINE problems (by the loader and by `iepwizard check-content`)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from iepwizard.core.deadline_rules import FILE_NAME, check_rules, load_rules
from iepwizard.core.events import EVENTS
from iepwizard.core.problems import ContentError

CONTENT = Path(__file__).resolve().parent.parent / "content"

#: What the regulations say (checked against their text), as the shipped file must hold it.
LAW = {
    "evaluation": ("consent-received", 60, "calendar-days", "iep", "34 CFR 300.301(c)(1)"),
    "initial-iep-meeting": ("eligibility-decided", 30, "calendar-days", "iep",
                            "34 CFR 300.323(c)(1)"),
    "records": ("records-requested", 45, "calendar-days", "iep", "34 CFR 300.613(a)"),
    "records-504": ("records-requested", 45, "calendar-days", "504", "34 CFR 99.10(b)"),
    "annual-review": ("iep-meeting", 1, "years", "iep", "34 CFR 300.324(b)(1)(i)"),
    "reevaluation": ("evaluation-finished", 3, "years", "iep", "34 CFR 300.303(b)"),
    "transition-plan": ("date-of-birth", 16, "age", "iep", "34 CFR 300.320(b)"),
    "state-complaint-filing": ("problem-happened", 1, "years", "iep", "34 CFR 300.153(c)"),
    "state-complaint-decision": ("state-complaint-filed", 60, "calendar-days", "iep",
                                 "34 CFR 300.152(a), (b)(1)"),
    "due-process-filing": ("problem-learned", 2, "years", "iep",
                           "34 CFR 300.507(a)(2); 300.511(e)"),
    "resolution-meeting": ("due-process-filed", 15, "calendar-days", "iep", "34 CFR 300.510(a)"),
    "removal-threshold": ("removal-day", 10, "school-days", "iep",
                          "34 CFR 300.530(b)(2), (d)(4)"),
}


def test_the_shipped_rules_say_what_the_regulations_say() -> None:
    rules = load_rules(CONTENT)
    assert {r.id for r in rules.rules} == set(LAW)
    for rule in rules.rules:
        start, count, unit, track, citation = LAW[rule.id]
        assert (rule.starts[0], rule.count, rule.unit, rule.track, rule.citation) == (
            start, count, unit, track, citation), rule.id
        assert all(e in EVENTS for e in (*rule.starts, *rule.dones, *rule.before))
        assert "{period}" in rule.rule and rule.needs
    assert rules.default_label == "federal default; your state may set its own"
    assert rules.unknown_track_label == "if the IEP track applies"
    # Section 504 sets no 60-day evaluation clock.
    assert not [r for r in rules.rules if r.track in ("504", "both") and r.id == "evaluation"]


@pytest.fixture
def rules_copy(tmp_path: Path) -> Path:
    shutil.copy(CONTENT / FILE_NAME, tmp_path / FILE_NAME)
    return tmp_path


def _break(folder: Path, old: str, new: str, nth: int = 1) -> int:
    """Replace the nth occurrence of `old`; return the line it is on."""
    path = folder / FILE_NAME
    text = path.read_text()
    at = -1
    for _ in range(nth):
        at = text.index(old, at + 1)
    path.write_text(text[:at] + new + text[at + len(old):])
    return text[:at].count("\n") + 1


def test_each_kind_of_mistake_is_named_at_its_line(rules_copy: Path) -> None:
    path = rules_copy / FILE_NAME
    start = _break(rules_copy, 'start = "consent-received"', 'start = "consent-recieved"')
    unit = _break(rules_copy, 'unit = "calendar-days"', 'unit = "weeks"', nth=2)
    citation = _break(rules_copy, 'citation = "34 CFR 300.613(a)"\n', "")
    setting = _break(rules_copy, 'setting = "annual-review-years"', 'setting = "track"')
    track = _break(rules_copy, 'track = "iep"', 'track = "idea"', nth=5)
    blank = _break(rules_copy, "within {period} of its filing", "within {perod} of its filing")
    problems = [str(p) for p in check_rules(rules_copy)]
    expected = [
        f"{path}:{start}: deadline evaluation: unknown event 'consent-recieved' in 'start'",
        f"{path}:{unit}: deadline initial-iep-meeting: unknown unit 'weeks'",
        f"{path}:{setting}: deadline annual-review: unknown setting 'track'",
        f"{path}:{track}: deadline reevaluation: bad track 'idea'",
        f"{path}:{blank}: deadline state-complaint-decision: '{{perod}}' is not a blank",
    ]
    for wanted in expected:
        assert any(p.startswith(wanted) for p in problems), (wanted, problems)
    # A missing key points at its rule's [[deadline]] line.
    records_head = next(n for n, line in enumerate(path.read_text().splitlines(), 1)
                        if line == 'id = "records"') - 1
    assert f"{path}:{records_head}: deadline records: missing 'citation'" in problems
    assert citation > records_head
    assert len(problems) == 6
    with pytest.raises(ContentError):
        load_rules(rules_copy)


def test_structural_mistakes(rules_copy: Path, tmp_path: Path) -> None:
    path = rules_copy / FILE_NAME
    _break(rules_copy, "count = 15", "count = 0")
    _break(rules_copy, 'id = "annual-review"', 'id = "evaluation"')
    _break(rules_copy, 'citation = "34 CFR 300.152(a), (b)(1)"', 'citation = "the regulations"')
    problems = [p.message for p in check_rules(rules_copy)]
    assert "deadline resolution-meeting: 'count' must be a whole number from 1 to 3650" \
        in problems
    assert any("the id is also used on line" in p for p in problems)
    assert any("'citation' must name the paragraph" in p for p in problems)
    text = path.read_text()
    path.write_text(text.replace('default_label = "federal default; your state may set its own"',
                                 'default_lable = "federal default"'))
    problems = [str(p) for p in check_rules(rules_copy)]
    line = next(n for n, ln in enumerate(text.splitlines(), 1) if ln.startswith("default_label"))
    assert f"{path}:{line}: unknown key 'default_lable' (expected one of: deadline, " \
           f"default_label, unknown_track_label)" in problems
    # A missing top-level key points at the top of the file.
    assert f"{path}:1: 'default_label' must be a non-empty text in quotes" in problems
    path.write_text("[[deadline]\n")
    assert check_rules(rules_copy)[0].message.startswith("is not valid TOML")
    path.unlink()
    assert "is missing" in check_rules(rules_copy)[0].message


def test_check_content_lists_rule_problems(tmp_path: Path) -> None:
    folder = tmp_path / "content"
    shutil.copytree(CONTENT, folder)
    line = _break(folder, 'unit = "years"', 'unit = "decades"')
    result = subprocess.run([sys.executable, "-m", "iepwizard", "check-content", str(folder)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert result.stderr.startswith("iepwizard: the guide in")
    assert f"{folder / FILE_NAME}:{line}: deadline annual-review: unknown unit 'decades'" \
        in result.stderr
    assert "Traceback" not in result.stderr
    # With the guide broken as well, both lists are printed.
    (folder / "letters" / "iee-request.md").write_text("")
    result = subprocess.run([sys.executable, "-m", "iepwizard", "check-content", str(folder)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "iee-request.md:1: is empty" in result.stderr
    assert "unknown unit 'decades'" in result.stderr
