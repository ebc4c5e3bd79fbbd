"""What the deadlines say about the law, on a real store: a parent's own setting is never
credited to a regulation, and the transition plan is due when the law says it is."""

from __future__ import annotations

import datetime as dt
from typing import Any

from icalendar import Calendar

from iepwizard.core.content import Content
from iepwizard.core.date_settings import Count, apply_setting
from iepwizard.core.dates_report import dates_lines, rule_cell
from iepwizard.core.dates_view import deadline_detail
from iepwizard.core.deadline_rules import Rule, Rules, load_rules
from iepwizard.core.deadlines import Schedule
from iepwizard.core.ics import calendar_bytes
from iepwizard.core.store import Store

TODAY = dt.date(2026, 11, 30)


def rules_of(content: Content) -> Rules:
    return load_rules(content.root)


def child_with(store: Store, rules: Rules, *sets: tuple[str, str],
               settings: tuple[tuple[str, str], ...] = (("track", "iep"),)) -> str:
    child = store.add_child("Sam")
    for event, day in sets:
        store.record_event(child.id, event, day).result()
    chosen = store.date_settings(child.id, rules)
    for name, value in settings:
        chosen = apply_setting(chosen, rules, name, value)
    store.set_date_settings(child.id, chosen).result()
    return child.id


def other_value(rule: Rule) -> str:
    """A value a state might set, different from the federal default."""
    if rule.unit == "age":
        return "14"
    if rule.unit == "years":
        return str(rule.count + 1)
    return f"{rule.count + 5} school days"


# -- 1. the parent's setting is theirs, not the regulation's --------------------------------

def test_a_setting_is_never_worded_as_the_federal_rule(store: Store, content: Content) -> None:
    rules = rules_of(content)
    changed = tuple(dict.fromkeys((r.setting, other_value(r)) for r in rules.rules))
    starts = [(r.starts[0], "2026-09-03" if r.unit != "age" else "2014-03-01")
              for r in rules.rules]
    child_id = child_with(store, rules, *dict.fromkeys(starts),
                          settings=(("track", "iep"), *changed))
    schedule = store.schedule(child_id, rules, TODAY)
    assert schedule.deadlines
    for d in schedule.deadlines:
        default, own = Count(d.rule.count, d.rule.unit), d.count
        assert own != default, d.rule.id
        if "{period}" in d.rule.rule:  # the rule states the federal number, cited
            assert default.words() in d.text and own.words() not in d.text, d.text
        cell = rule_cell(d)
        assert f"{d.citation}. Your own setting for this child: {own.setting_words()} " \
               "(your state's or school's timeline as you entered it, not a federal number)" \
               in cell, cell
        assert f"{d.citation};" not in cell
        detail = deadline_detail(d).splitlines()
        assert detail[1] == f"{d.text} ({d.citation})"
        assert detail[2].startswith(f"Your own setting for this child: {own.setting_words()}")


def test_evaluation_in_45_school_days_says_60_days_federal_then_your_setting(
        store: Store, content: Content) -> None:
    rules = rules_of(content)
    child_id = child_with(store, rules, ("consent-received", "2026-09-03"),
                          settings=(("track", "iep"), ("evaluation-days", "45 school days")))
    [evaluation] = store.schedule(child_id, rules, TODAY).of("evaluation")
    detail = deadline_detail(evaluation)
    assert ("The initial evaluation must be finished within 60 days of the school receiving "
            "your written consent, or within your state's own timeline. "
            "(34 CFR 300.301(c)(1))") in detail
    assert "within 45 school days" not in detail
    assert ("Your own setting for this child: 45 school days (your state's or school's "
            "timeline as you entered it, not a federal number); the dates here use it.") \
        in detail


def ics_descriptions(schedule: Schedule) -> list[str]:
    cal: Any = Calendar.from_ical(calendar_bytes(schedule, "child-1"))
    return [str(e["DESCRIPTION"]) for e in cal.walk("VEVENT")]


def test_the_calendar_file_and_the_dates_lines_keep_the_setting_apart(
        store: Store, content: Content) -> None:
    rules = rules_of(content)
    child_id = child_with(store, rules, ("consent-received", "2026-09-03"),
                          settings=(("track", "iep"), ("evaluation-days", "45 school days")))
    schedule = store.schedule(child_id, rules, TODAY)
    [description] = [t for t in ics_descriptions(schedule) if "initial evaluation" in t]
    assert "within 60 days of the school receiving your written consent" in description
    assert "within 45 school days" not in description
    assert "34 CFR 300.301(c)(1). Your own setting for this child: 45 school days" in description
    [line] = [t for t in dates_lines(schedule) if "initial evaluation" in t]
    assert "within 45 school days" not in line
    assert "300.301(c)(1). Your own setting for this child: 45 school days" in line
