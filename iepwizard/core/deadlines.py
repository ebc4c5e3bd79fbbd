"""The deadlines of a child, as of a date: every clock the rules start from the key dates.

`compute` is pure: the rules, the key dates, the child's settings, the school-day calendar and
"today" in; a `Schedule` out, each deadline with its status (done, due, overdue, or needs: a
start date is missing), its due date, its rule and citation, and whether its number is the
federal default.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from .date_settings import Count, Settings
from .deadline_rules import Rule, Rules
from .keydates import KeyDate, KeyDates
from .schoolcal import CalendarError, SchoolCalendar, school_year_label, school_year_of

STATUSES = ("done", "due", "overdue", "needs")
#: Key dates that are plans, not events that happened (a meeting on the calendar).
PLANNED = frozenset({"meeting-scheduled"})


@dataclass(frozen=True)
class Deadline:
    rule: Rule
    status: str
    label: str
    text: str
    basis: str
    count: Count
    due: dt.date | None = None
    start: KeyDate | None = None
    done_on: dt.date | None = None
    needs: str = ""
    note: str = ""
    #: A key date that brings the due date forward (records: an IEP meeting comes first), and
    #: the date the count alone gives.
    limit: KeyDate | None = None
    count_due: dt.date | None = None
    #: The meeting an age rule is due at when the child had no IEP by that age (the first IEP).
    moved_to: KeyDate | None = None
    #: Which clock of this rule it is (0 for the first start date): keeps calendar UIDs stable.
    occurrence: int = 0

    @property
    def citation(self) -> str:
        return self.rule.citation

    @property
    def own_setting(self) -> bool:
        """Counted with the parent's own setting, not the federal default."""
        return self.count != Count(self.rule.count, self.rule.unit)


@dataclass(frozen=True)
class Schedule:
    today: dt.date
    deadlines: tuple[Deadline, ...]
    dates: KeyDates

    @property
    def overdue(self) -> tuple[Deadline, ...]:
        return tuple(d for d in self.deadlines if d.status == "overdue")

    @property
    def next_due(self) -> Deadline | None:
        """The deadline that comes next (thresholds are counts, not deadlines)."""
        due = [d for d in self.deadlines if d.status == "due" and d.rule.kind == "deadline"]
        return min(due, key=_by_date, default=None)

    def of(self, rule_id: str) -> list[Deadline]:
        return [d for d in self.deadlines if d.rule.id == rule_id]


def add_years(day: dt.date, years: int) -> dt.date:
    """The same day `years` later; February 29 becomes February 28 in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def due_date(start: dt.date, count: Count, calendar: SchoolCalendar) -> dt.date:
    """When a clock of `count` started on `start` runs out (CalendarError if it never does)."""
    if count.unit == "calendar-days":
        return start + dt.timedelta(days=count.number)
    if count.unit == "school-days":
        return calendar.add_school_days(start, count.number)
    return add_years(start, count.number)  # years, or an age counted from the date of birth


def own_setting_basis(count: Count) -> str:
    """The basis of a count the parent set: theirs (their state's or school's), not federal."""
    return (f"your own setting for this child: {count.setting_words()} (your state's or "
            f"school's timeline as you entered it, not a federal number); the dates here use it")


def applies(rule: Rule, track: str) -> bool:
    """504 plans get the 504 and shared rules; IEPs and unknown tracks the IDEA ones."""
    return rule.track == "both" or rule.track == ("504" if track == "504" else "iep")


def compute(rules: Rules, dates: KeyDates, settings: Settings, calendar: SchoolCalendar,
            today: dt.date) -> Schedule:
    found: list[Deadline] = []
    for rule in rules.rules:
        if not applies(rule, settings.track):
            continue
        count = settings.count_for(rule)
        default = Count(rule.count, rule.unit)
        label = rule.label
        if settings.track == "unknown" and rule.track == "iep":
            label += f" ({rules.unknown_track_label})"
        # The rule as the law states it (its citation follows it); a child's own setting is
        # named as theirs, apart from it, so no citation ever seems to back the setting.
        basis = rules.default_label if count == default else own_setting_basis(count)
        base = Deadline(rule=rule, status="needs", label=label, basis=basis, count=count,
                        text=rule.rule.replace("{period}", default.words()), needs=rule.needs)
        if rule.kind == "threshold":
            found += _threshold(base, dates, settings, calendar, today)
        else:
            found += _clocks(base, dates, calendar, today)
    found.sort(key=_by_date)
    return Schedule(today, tuple(found), dates)


def _clocks(base: Deadline, dates: KeyDates, calendar: SchoolCalendar,
            today: dt.date) -> list[Deadline]:
    rule, count = base.rule, base.count
    starts = [e for e in dates.of(*rule.starts) if e.day <= today]
    if not starts:
        return [base]
    dones = [e for e in dates.of(*rule.dones) if e.day <= today]
    limits = dates.of(*rule.before)
    out: list[Deadline] = []
    for nth, start in enumerate(starts):
        notes: list[str] = []
        try:
            due = due_date(start.day, count, calendar)
        except CalendarError as exc:
            out.append(replace(base, needs=str(exc), start=start, occurrence=nth))
            continue
        count_due, moved = due, None
        if rule.due_at_next and due <= today and not _held_by(dates, rule, due):
            first = next((e for e in dates.of(*rule.due_at_next) if e.day > due), None)
            if first is None:
                out.append(replace(base, start=start, occurrence=nth, needs=(
                    f"the date of your child's first IEP meeting: none is recorded by the day "
                    f"your child turned {count.number}, so the plan belongs in the first IEP")))
                continue
            due = first.day
            notes.append(f"no IEP meeting is recorded by the day your child turned "
                         f"{count.number}, so the plan belongs in the first IEP, at the "
                         f"{first.label()} on {first.day.isoformat()}; if your child had an "
                         f"IEP then, enter that meeting's date")
            moved = first
        limit = next((e for e in limits if e.day >= start.day), None)
        if limit and limit.day < due:
            due = limit.day
            notes.append(f"before the {limit.label()} on {limit.day.isoformat()}")
        else:
            limit = None
        done = next((e for e in dones if e.day > start.day
                     or (e.day == start.day and e.event != start.event)), None)
        if done:
            status = "done"
            if done.day > due:
                notes.append(f"done {(done.day - due).days} days late")
        else:
            status = "overdue" if today > due else "due"
        if start.event == "consent-received" and not start.confirmed:
            notes.append("counted from the date you signed; mark the consent received once the "
                         "school confirms it")
        if count.unit == "school-days" and not calendar.breaks:
            notes.append("school days counted without breaks: enter your school's breaks")
        out.append(replace(base, status=status, due=due, start=start,
                            done_on=done.day if done else None, needs="",
                            note="; ".join(notes), occurrence=nth, limit=limit,
                            count_due=count_due, moved_to=moved))
    return out


def _held_by(dates: KeyDates, rule: Rule, day: dt.date) -> bool:
    """A meeting of `rule.due_at_next` held on or before `day` (a plan is not a meeting)."""
    return any(e.day <= day for e in dates.of(*rule.due_at_next) if e.event not in PLANNED)


def _threshold(base: Deadline, dates: KeyDates, settings: Settings, calendar: SchoolCalendar,
               today: dt.date) -> list[Deadline]:
    """One line per school year with removal days: how many, and when the limit was reached."""
    entered = [e for e in dates.of(*base.rule.starts) if e.day <= today]
    if not entered:
        return [base]
    years: dict[int, list[KeyDate]] = {}
    for entry in entered:
        years.setdefault(school_year_of(entry.day, settings.school_year_start), []).append(entry)
    out: list[Deadline] = []
    limit = base.count.number
    for nth, (year, entries) in enumerate(sorted(years.items())):
        days = [e for e in entries if calendar.is_school_day(e.day)]
        skipped = len(entries) - len(days)
        if not days:
            continue
        reached = len(days) >= limit
        notes = ["the school must provide services from the next day of removal"] if reached \
            else []
        if skipped:
            notes.append(f"{skipped} day(s) entered are not school days and are not counted")
        out.append(replace(base, status="due", due=days[limit - 1 if reached else -1].day,
                            start=days[0], needs="", occurrence=nth, note="; ".join(notes),
                            label=f"{len(days)} of {limit} {base.label} in school year "
                                  f"{school_year_label(year)}"))
    return out


def _by_date(d: Deadline) -> tuple[int, dt.date, int, int]:
    """By due date; lines that need a start date last, in the rules file's order."""
    return (d.due is None, d.due or dt.date.max, d.rule.line, d.occurrence)
