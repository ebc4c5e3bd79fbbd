"""What the deadlines say about the law, on a real store: a parent's own setting is never
credited to a regulation, and the transition plan is due when the law says it is."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from icalendar import Calendar

from iepwizard.core.content import Content
from iepwizard.core.date_settings import Count, Settings, apply_setting, describe
from iepwizard.core.dates_report import dates_lines, rule_cell
from iepwizard.core.dates_view import deadline_cells, deadline_detail
from iepwizard.core.deadline_rules import Rule, Rules, check_rules, load_rules
from iepwizard.core.deadlines import Schedule
from iepwizard.core.export import child_markdown
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


# -- 2. the transition plan: in the first IEP in effect at 16 --------------------------------

def transition(store: Store, content: Content, *sets: tuple[str, str]) -> tuple[Schedule, Any]:
    rules = rules_of(content)
    child_id = child_with(store, rules, ("date-of-birth", "2010-01-15"), *sets,
                          settings=(("track", "unknown"),))
    schedule = store.schedule(child_id, rules, TODAY)
    [plan] = schedule.of("transition-plan")
    return schedule, plan


def test_no_iep_at_16_so_the_plan_is_due_at_the_first_iep_meeting_not_overdue(
        store: Store, content: Content) -> None:
    schedule, plan = transition(store, content, ("meeting-scheduled", "2026-11-30"))
    assert (plan.status, plan.due) == ("due", dt.date(2026, 11, 30))
    assert plan not in schedule.overdue
    assert "in the first IEP: none recorded by age 16" in deadline_cells(plan)[2]
    assert "no IEP meeting is recorded by the day your child turned 16, so the plan belongs " \
           "in the first IEP, at the meeting scheduled on 2026-11-30" in plan.note
    assert ("a child whose first IEP comes after that birthday gets them in that first IEP. "
            "Some states start earlier.") in plan.text
    assert "(or younger, if the IEP team decides)" in plan.text


def test_no_iep_and_no_meeting_yet_asks_for_the_first_iep_meeting(
        store: Store, content: Content) -> None:
    schedule, plan = transition(store, content)
    assert (plan.status, plan.due) == ("needs", None) and not schedule.overdue
    assert plan.needs.startswith("the date of your child's first IEP meeting")


def test_an_iep_before_16_still_makes_the_plan_due_on_the_birthday(
        store: Store, content: Content) -> None:
    _, plan = transition(store, content, ("iep-meeting", "2025-11-30"))
    assert (plan.status, plan.due) == ("overdue", dt.date(2026, 1, 15))
    # A first IEP held after the birthday without a plan: overdue since that meeting.
    _, later = transition(store, content, ("iep-meeting", "2026-10-30"))
    assert (later.status, later.due) == ("overdue", dt.date(2026, 10, 30))
    # The plan recorded: done.
    _, done = transition(store, content, ("iep-meeting", "2026-10-30"),
                         ("transition-plan", "2026-10-30"))
    assert done.status == "done"


def test_due_at_next_is_only_for_an_age_rule(content_copy: Path) -> None:
    path = content_copy / "deadlines.toml"
    text = path.read_text()
    path.write_text(text.replace('setting = "evaluation-days"',
                                 'setting = "evaluation-days"\ndue_at_next = ["iep-meeting"]'))
    assert any("'due_at_next' is for a rule counted as an age" in p.message
               for p in check_rules(content_copy))


# -- 3. settings in a parent's words ---------------------------------------------------------

def test_every_setting_has_its_own_plain_label(content: Content) -> None:
    rules = rules_of(content)
    rows = describe(rules, Settings())
    whats = [what for _, _, what in rows]
    labels = [what.split(" (federal default")[0] for what in whats]
    assert len(set(labels)) == len(labels), labels
    for name, _, what in rows:
        assert name not in what and "-days" not in what and "-years" not in what, what
    by_name = {name: what for name, _, what in rows}
    assert "IEP track (IDEA, the special-education law)" in by_name["records-days"]
    assert "504 track (FERPA, the school-records privacy law)" in by_name["records-days-ferpa"]
    assert by_name["track"].startswith("Which plan applies")


def test_two_settings_may_not_share_a_label(content_copy: Path) -> None:
    path = content_copy / "deadlines.toml"
    text = path.read_text()
    path.write_text(text.replace("504 track (FERPA, the school-records privacy law)",
                                 "IEP track (IDEA, the special-education law)"))
    assert any("would both be shown as" in p.message for p in check_rules(content_copy))


def test_the_export_names_the_settings_in_plain_words(store: Store, content: Content) -> None:
    rules = rules_of(content)
    child_id = child_with(store, rules, settings=(("track", "unknown"),
                                                  ("evaluation-days", "45 school days"),
                                                  ("records-days-ferpa", "30")))
    child = store.child(child_id)
    assert child is not None
    text = child_markdown(store, child, rules)
    kept = text.split("Date settings (anything not listed is the federal default):")[1]
    assert "- Which plan applies: an IEP (IDEA), a Section 504 plan, or not yet known: not " \
           "yet known" in kept
    assert "- Time to finish the first evaluation (IEP track), from the school receiving " \
           "your consent: 45 school days (your own setting; federal default: 60 days)" in kept
    assert "504 track (FERPA, the school-records privacy law): 30 days (your own setting; " \
           "federal default: 45 days)" in kept
    for raw in ("evaluation-days", "school-days", "track: unknown", "records-days-ferpa"):
        assert raw not in kept, raw
