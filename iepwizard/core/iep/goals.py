"""Annual goals from the goals part: "Goal 1", "Annual Goal #2 - Social Skills", "1. Reading",
with labelled lines (Baseline:, Evaluative Criteria:, Measured by: ...) or parts inline."""

from __future__ import annotations

import re

from .. import lazy_re
from .model import MAX_FIELD, MAX_ITEMS, Goal
from .sections import heading_kind, inline_heading

#: The parts whose heading ends the goal before it (a goal's own "Progress reporting:" line
#: does not).
_ENDS_GOALS = frozenset({"present-levels", "services", "accommodations", "placement"})

_GOAL_START = lazy_re.compile(r"^\s*(?:measurable\s+)?(?:annual\s+)?goal\s*(?:#|no\.?|number)?\s*"
                              r"(?P<n>\d{1,2})\b\s*[:.\-–—)]?\s*(?P<rest>.*)$", re.IGNORECASE)
_NUMBERED = lazy_re.compile(r"^\s*(?P<n>\d{1,2})[.)]\s+(?P<rest>\S.*)$")
_OBJECTIVE = lazy_re.compile(r"^\s*(?:\d{1,2}[a-z][.):]|\d{1,2}\.\d{1,2}\b|[a-h][.)]\s|objective\b"
                             r"|benchmark\b|short[- ]term objective\b|sto\s*\d)", re.IGNORECASE)
_LABEL = lazy_re.compile(r"^\s*(?P<label>[A-Za-z][A-Za-z '’/()-]{1,120}?)\s*:\s*(?P<value>.*)$")
_LABELS: dict[str, tuple[str, ...]] = {
    "area": ("area", "area of need", "goal area", "domain", "skill area", "focus area",
             "area of concern", "priority area", "subject"),
    "statement": ("annual goal", "goal", "measurable annual goal", "goal statement",
                  "the goal", "annual goal statement"),
    "baseline": ("baseline", "current level", "present level", "baseline data",
                 "current performance", "present level of performance"),
    "criterion": ("evaluative criteria", "criteria", "criterion", "mastery criteria",
                  "mastery criterion", "performance criteria", "criteria for mastery"),
    "method": ("how progress will be measured", "measured by", "method of measurement",
               "evaluation method", "evaluation methods", "procedures to evaluate goal",
               "evaluation procedures", "evaluation procedure", "assessment method",
               "data collection", "how measured", "progress measured by", "method",
               "measurement", "how progress is measured", "procedures to evaluate"),
    "schedule": ("how often", "evaluation schedule", "schedule", "frequency",
                 "progress monitoring frequency", "monitoring schedule", "how often measured",
                 "schedule for evaluation"),
    "target": ("target date", "by when", "date of mastery", "anticipated completion date",
               "expected achievement date", "anticipated date of achievement", "goal end date"),
    "person": ("person responsible", "responsible", "provider", "responsible person",
               "implementer", "responsible staff", "person(s) responsible"),
    "objectives": ("short-term objectives", "short term objectives", "objectives",
                   "benchmarks", "short-term objectives/benchmarks",
                   "short-term objectives or benchmarks"),
}
_LABEL_OF = {name: key for key, names in _LABELS.items() for name in names}
#: Longer prompts some forms print ("Describe HOW the student's progress ... will be measured").
_PROMPTS = ((lazy_re.compile(r"\bhow\b.*\bmeasured\b|\bmethod\b|\bmeasured by\b"), "method"),
            (lazy_re.compile(r"\bwhen\b.*\breport|\bhow often\b|\bschedule\b"), "schedule"),
            (lazy_re.compile(r"\bbaseline\b"), "baseline"),
            (lazy_re.compile(r"\bcriteri"), "criterion"),
            (lazy_re.compile(r"\bresponsible\b"), "person"))


def label_key(label: str) -> str | None:
    text = " ".join(label.strip().lower().split())
    if text in _LABEL_OF:
        return _LABEL_OF[text]
    if len(text.split()) < 4:
        return None
    return next((key for pattern, key in _PROMPTS if pattern.search(text)), None)
_INLINE_BASELINE = lazy_re.compile(r"\bbaseline\s*:\s*", re.IGNORECASE)


def _title(rest: str) -> tuple[str, str]:
    """(area, statement) from what follows "Goal 1" on its line."""
    rest = rest.strip()
    found = re.match(r"^\((?P<area>[^)]{1,60})\)\s*[:.\-–—]?\s*(?P<more>.*)$", rest)
    if found:
        return found["area"].strip(), found["more"].strip()
    found = re.match(r"^[-–—:]?\s*(?P<area>[A-Z][A-Za-z/&,' -]{1,50}?)\s*$", rest)
    if found and " will " not in f" {rest} ":
        return found["area"].strip(" -–—:"), ""
    labelled = _LABEL.match(rest)
    if labelled and label_key(labelled["label"]) == "area":
        return labelled["value"].strip(), ""
    return "", rest.lstrip("-–—: ")


def _is_numbered_title(rest: str) -> bool:
    return len(rest.split()) <= 8 and " will " not in f" {rest} " and not rest.endswith(".")


def parse_goals(lines: list[str], first_line: int) -> tuple[Goal, ...]:
    goals: list[Goal] = []
    current: dict[str, list[str]] | None = None
    objectives: list[list[str]] = []
    field = "statement"
    start = 0

    def close() -> None:
        if current is None:
            return
        text = {key: " ".join(" ".join(parts)[:MAX_FIELD].split())
                for key, parts in current.items()}
        statement = text.get("statement", "")
        inline = _INLINE_BASELINE.search(statement)
        if inline:
            text["baseline"] = f"{text.get('baseline', '')} {statement[inline.end():]}".strip()
            statement = statement[:inline.start()].strip()
        number = int(text.get("number", "0")) or len(goals) + 1
        goals.append(Goal(
            number=number, area=text.get("area", ""), statement=statement,
            **{k: text.get(k, "") for k in
               ("baseline", "criterion", "method", "schedule", "target", "person")},
            objectives=tuple(" ".join(o)[:MAX_FIELD] for o in objectives[:MAX_ITEMS]),
            line=start))

    for offset, line in enumerate(lines):
        if len(goals) > MAX_ITEMS:
            break  # the finder keeps MAX_ITEMS; one more says there were more
        if not line.strip() or heading_kind(line) == "goals":
            continue  # a repeated "MEASURABLE ANNUAL GOAL" heading between goals
        if (heading_kind(line) or inline_heading(line)[0]) in _ENDS_GOALS:
            close()  # the next part of the IEP ("Services: ..."), pasted without a blank line
            current = None
            continue
        started = _GOAL_START.match(line)
        numbered = _NUMBERED.match(line)
        if numbered and field == "objectives" and not _is_numbered_title(numbered["rest"]):
            numbered = None
        if started or numbered:
            close()
            match = started or numbered
            assert match is not None
            area, statement = _title(match["rest"])
            current = {"number": [match["n"]], "area": [area], "statement": [statement]}
            objectives, field, start = [], "statement", first_line + offset
            continue
        if _OBJECTIVE.match(line) and current is not None:
            objectives.append([line.strip()])
            field = "objectives"
            continue
        labelled = _LABEL.match(line)
        key = label_key(labelled["label"]) if labelled else None
        if key == "area" and labelled and (current is None or "".join(
                current.get("statement", []))):
            close()  # "Goal Area: Math" starts a goal on forms that do not number them
            current = {"number": [str(len(goals) + 1)], "area": [labelled["value"].strip()]}
            objectives, field, start = [], "statement", first_line + offset
            continue
        if current is None:
            continue
        if labelled and key:
            field = key
            value = labelled["value"].strip()
            if key == "objectives":
                objectives.extend([[value]] if value else [])
            else:
                current.setdefault(key, []).append(value)
        elif field == "objectives":
            if objectives:
                objectives[-1].append(line.strip())
            else:
                objectives.append([line.strip()])
        else:
            current.setdefault(field, []).append(line.strip())
    close()
    return tuple(goals)
