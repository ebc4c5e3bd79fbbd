"""Key dates, date settings and the school calendar in the store: real files in a temp dir,
read back as the core types; one event is one entry; meetings and letters fill their dates."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from iepwizard.core.date_settings import Count, apply_setting
from iepwizard.core.deadline_rules import load_rules
from iepwizard.core.keydates import KeyDate, KeyDateError
from iepwizard.core.schoolcal import CalendarError
from iepwizard.core.store import Store

D = dt.date
RULES = load_rules(Path(__file__).resolve().parent.parent / "content")


def events(store: Store, child_id: str) -> list[tuple[str, str, bool]]:
    return [(e.event, e.day.isoformat(), e.confirmed) for e in store.key_dates(child_id).entries]


def test_key_dates_round_trip_through_the_files(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        child = store.add_child("Sam", date_of_birth="March 14, 2017")
        store.record_event(child.id, "request-sent", "2026-08-20")
        store.record_event(child.id, "consent-received", "9/3/2026", confirmed=False)
        store.record_event(child.id, "request-sent", D(2026, 10, 1))  # a second request
    with Store.open(data_dir, readonly=True) as again:
        assert events(again, child.id) == [
            ("date-of-birth", "2017-03-14", True), ("request-sent", "2026-08-20", True),
            ("consent-received", "2026-09-03", False), ("request-sent", "2026-10-01", True)]
    # one document per key date, in the child's own file (compacted on close)
    raw = json.loads((data_dir / "children" / f"{child.id}.json").read_text())
    assert sorted(doc["event"] for doc in raw["key_dates"].values()) == [
        "consent-received", "request-sent", "request-sent"]


def test_one_event_one_entry_and_a_confirmation_updates_it(store: Store) -> None:
    child = store.add_child("Sam")
    store.record_event(child.id, "consent-received", "2026-09-03", confirmed=False)
    store.record_event(child.id, "consent-received", "September 3, 2026", confirmed=False)
    assert len(store.key_date_entries(child.id)) == 1
    store.record_event(child.id, "consent-received", "2026-09-03")  # the school confirmed it
    [entry] = store.key_date_entries(child.id)
    assert entry.confirmed is True


def test_the_date_of_birth_is_the_profiles(store: Store) -> None:
    child = store.add_child("Sam")
    store.record_event(child.id, "date-of-birth", "2017-03-14")
    found = store.child(child.id)
    assert found is not None and found.date_of_birth == "March 14, 2017"
    assert store.key_date_entries(child.id) == []
    assert store.key_dates(child.id).birth == D(2017, 3, 14)
    store.update_child(child.id, date_of_birth="not a date")
    assert store.key_dates(child.id).birth is None


def test_correct_and_delete(store: Store) -> None:
    child = store.add_child("Sam")
    store.record_event(child.id, "records-requested", "2026-10-01")
    [entry] = store.key_date_entries(child.id)
    store.correct_key_date(child.id, entry.doc_id, "records-requested", "2026-10-02")
    assert events(store, child.id) == [("records-requested", "2026-10-02", True)]
    store.delete_key_date(child.id, entry.doc_id)
    assert events(store, child.id) == []


def test_bad_key_dates_are_refused_with_a_sentence(store: Store) -> None:
    child = store.add_child("Sam")
    with pytest.raises(KeyDateError, match="is not a key date"):
        store.record_event(child.id, "consent-recieved", "2026-09-03")
    with pytest.raises(KeyDateError, match="is not a date"):
        store.record_event(child.id, "request-sent", "Septembre 3")
    with pytest.raises(KeyDateError, match="outside the years"):
        store.record_event(child.id, "request-sent", "1850-01-01")
    assert store.key_date_entries(child.id) == []


def test_settings_and_calendar_round_trip(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        child = store.add_child("Sam")
        settings = apply_setting(store.date_settings(child.id, RULES), RULES, "track", "iep")
        settings = apply_setting(settings, RULES, "evaluation-days", "45 school days")
        store.set_date_settings(child.id, settings)
        store.set_school_weekdays(child.id, {0, 1, 2, 3})
        store.add_break(child.id, D(2026, 11, 23), D(2026, 11, 27), "Thanksgiving")
        with pytest.raises(CalendarError, match="end on or after"):
            store.add_break(child.id, D(2026, 12, 2), D(2026, 12, 1))
    with Store.open(data_dir, readonly=True) as again:
        read = again.date_settings(child.id, RULES)
        assert read.track == "iep"
        assert read.counts == {"evaluation-days": Count(45, "school-days")}
        calendar = again.school_calendar(child.id)
        assert calendar.weekdays == frozenset({0, 1, 2, 3})
        assert [(b.first, b.name) for b in calendar.breaks] == [(D(2026, 11, 23),
                                                                 "Thanksgiving")]


def test_a_stored_setting_the_rules_no_longer_accept_falls_back_to_the_default(
        store: Store) -> None:
    child = store.add_child("Sam")
    from iepwizard.core.records import DateSettings

    store._put_date_settings(child.id, DateSettings(values={
        "track": "504", "evaluation-days": "3 years", "gone-setting": "5"}))
    read = store.date_settings(child.id, RULES)
    assert read.track == "504" and read.counts == {}


def test_changing_a_setting_changes_every_deadline_that_depends_on_it(store: Store) -> None:
    child = store.add_child("Sam")
    store.record_event(child.id, "consent-received", "2026-09-03")
    store.set_date_settings(child.id, apply_setting(store.date_settings(child.id, RULES),
                                                    RULES, "track", "iep"))
    [before] = store.schedule(child.id, RULES, D(2026, 10, 1)).of("evaluation")
    assert before.due == D(2026, 11, 2)
    settings = apply_setting(store.date_settings(child.id, RULES), RULES, "evaluation-days",
                             "45 school days")
    store.set_date_settings(child.id, settings)
    [counted] = store.schedule(child.id, RULES, D(2026, 10, 1)).of("evaluation")
    assert counted.due == D(2026, 11, 5)  # 45 weekdays after September 3
    store.add_break(child.id, D(2026, 11, 23), D(2026, 11, 27), "Thanksgiving")
    store.add_break(child.id, D(2026, 10, 12), D(2026, 10, 12), "Teacher workday")
    [with_breaks] = store.schedule(child.id, RULES, D(2026, 10, 1)).of("evaluation")
    assert with_breaks.due == D(2026, 11, 6)  # one more school day for the workday
    assert with_breaks.basis.startswith("your own setting for this child: 45 school days (")


def test_a_schedule_is_worked_out_again_only_after_a_change(store: Store) -> None:
    """The wizard and the letters ask for the schedule each time they come into view: it is
    kept while nothing it depends on changed, the family's file (a date of birth) included."""
    child = store.add_child("Sam")
    store.record_event(child.id, "consent-received", "2026-09-03")
    first = store.schedule(child.id, RULES, D(2026, 10, 1))
    assert store.schedule(child.id, RULES, D(2026, 10, 1)) is first
    next_day = store.schedule(child.id, RULES, D(2026, 10, 2))
    assert next_day is not first and next_day.today == D(2026, 10, 2)
    store.update_child(child.id, date_of_birth="March 14, 2017")
    born = store.schedule(child.id, RULES, D(2026, 10, 2))
    assert born.dates.of("date-of-birth") and not next_day.dates.of("date-of-birth")
    store.record_event(child.id, "eligibility-decided", "2026-10-01")
    assert store.schedule(child.id, RULES, D(2026, 10, 2)).dates.of("eligibility-decided")


def test_meetings_fill_their_dates(store: Store) -> None:
    child = store.add_child("Sam")
    later = (dt.date.today() + dt.timedelta(days=10)).isoformat()
    today = dt.date.today().isoformat()
    store.add_meeting(child.id, later, "IEP")
    assert events(store, child.id) == [("meeting-scheduled", later, True)]
    held = store.add_meeting(child.id, today, "IEP")  # held now: not a scheduled meeting
    assert len(events(store, child.id)) == 1
    other = store.add_meeting(child.id, "2026-01-05", "504")
    store.end_meeting(child.id, other.id)
    assert len(events(store, child.id)) == 1  # a 504 meeting is no IEP meeting held
    store.end_meeting(child.id, held.id)
    assert ("iep-meeting", today, True) in events(store, child.id)
    store.end_meeting(child.id, held.id)  # ended again: still one entry
    assert [e for e in events(store, child.id) if e[0] == "iep-meeting"] == [
        ("iep-meeting", today, True)]


def test_a_letter_marked_as_sent_fills_its_date(store: Store) -> None:
    child = store.add_child("Sam")
    store.record_letter_sent(child.id, "request-sent", "2026-10-02")
    store.record_letter_sent(child.id, "", "2026-10-03")  # a letter that fills nothing
    store.record_letter_sent(child.id, "request-sent", "2026-10-02")  # logged twice
    assert events(store, child.id) == [("request-sent", "2026-10-02", True)]


def test_delete_child_names_and_removes_the_key_dates(store: Store) -> None:
    child = store.add_child("Sam")
    store.record_event(child.id, "request-sent", "2026-08-20")
    store.record_event(child.id, "removal-day", "2026-10-05")
    store.add_break(child.id, D(2026, 12, 21), D(2027, 1, 1), "Winter")
    holdings = {many: n for n, _, many in store.holdings(child.id)}
    assert holdings["key dates"] == 2 and holdings["school breaks"] == 1
    store.delete_child(child.id).result(timeout=5)
    store.flush()
    assert not any(child.id in p.name for p in store.data_dir.rglob("*"))


def test_clocks_for_letters(store: Store) -> None:
    child = store.add_child("Sam")
    store.record_event(child.id, "consent-received", "2026-09-03")
    assert store.clocks(child.id, RULES, D(2026, 11, 28))["evaluation"] == (
        "the school received my consent on September 3, 2026; the 60-day evaluation period "
        "ended on November 2, 2026")
    store.record_event(child.id, "evaluation-finished", "2026-11-20")
    assert "evaluation" not in store.clocks(child.id, RULES, D(2026, 11, 28))


def test_the_bounds_hold(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    import iepwizard.core.keydates as keydates
    import iepwizard.core.schoolcal as schoolcal

    child = store.add_child("Sam")
    monkeypatch.setattr(keydates, "MAX_ENTRIES", 3)
    monkeypatch.setattr(schoolcal, "MAX_BREAKS", 1)
    for day in range(1, 4):
        store.record_event(child.id, "removal-day", D(2026, 10, day))
    with pytest.raises(KeyDateError, match="at most 3 key dates"):
        store.record_event(child.id, "removal-day", D(2026, 10, 5))
    store.add_break(child.id, D(2026, 12, 21), D(2027, 1, 1))
    with pytest.raises(CalendarError, match="at most 1 breaks"):
        store.add_break(child.id, D(2027, 4, 5), D(2027, 4, 9))
    assert KeyDate(D(2026, 10, 1), "removal-day") in store.key_dates(child.id).entries


def test_each_write_is_one_logged_document(store: Store) -> None:
    child = store.add_child("Sam")
    store.record_event(child.id, "request-sent", "2026-08-20")
    store.record_event(child.id, "records-requested", "2026-08-21")
    store.add_break(child.id, D(2026, 12, 21), D(2027, 1, 1), "Winter")
    store.flush()
    lines = [json.loads(line) for line in
             (store.data_dir / "children" / f"{child.id}.json.log").read_text().splitlines()]
    ours = [line for line in lines if line["t"] in ("key_dates", "school_breaks")]
    assert [(line["t"], len(line["s"])) for line in ours] == [
        ("key_dates", 1), ("key_dates", 1), ("school_breaks", 1)]


def test_the_childs_export_holds_the_key_dates(store: Store) -> None:
    from iepwizard.core.export import child_markdown

    child = store.add_child("Sam", date_of_birth="2017-03-14")
    store.record_event(child.id, "consent-received", "2026-09-03")
    store.set_date_settings(child.id, apply_setting(store.date_settings(child.id, RULES),
                                                    RULES, "evaluation-days", "45"))
    store.add_break(child.id, D(2026, 12, 21), D(2027, 1, 1), "Winter [red]break")
    text = child_markdown(store, child, RULES)
    assert "# Key dates\n\n- March 14, 2017: date of birth\n- September 3, 2026: consent to " \
        "evaluate received by the school\n" in text
    assert ("- Time to finish the first evaluation (IEP track), from the school receiving your "
            "consent: 45 days (your own setting; federal default: 60 days)") in text
    assert "- December 21, 2026 to January 1, 2027: Winter \\[red\\]break" in text  # (escaped)
    assert text.index("# Key dates") < text.index("# Contact log")


def test_keeps_dates_says_when_a_clock_can_run(store: Store) -> None:
    child = store.add_child("Sam")
    assert not store.keeps_dates(child.id)
    store.set_date_settings(child.id, apply_setting(store.date_settings(child.id, RULES),
                                                    RULES, "track", "iep"))
    assert not store.keeps_dates(child.id)  # a track alone starts no clock
    store.set_date_settings(child.id, apply_setting(store.date_settings(child.id, RULES),
                                                    RULES, "evaluation-days", "45"))
    assert store.keeps_dates(child.id)
    other = store.add_child("Alex", date_of_birth="May 2, 2015")
    assert store.keeps_dates(other.id)
    third = store.add_child("Robin")
    store.record_event(third.id, "request-sent", "2026-08-20")
    assert store.keeps_dates(third.id)
