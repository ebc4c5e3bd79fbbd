"""A child's settings for the clocks: the track, and every number a state may change.

Each number starts at the federal default in content/deadlines.toml and is labelled as such;
a parent whose state (or school) uses another timeline sets it once, per child, with
`iepwizard dates --setting NAME=VALUE` or in the app. `NAME=default` goes back to the default.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import lazy_re
from .deadline_rules import MAX_COUNT, Rule, Rules

TRACKS = ("iep", "504", "unknown")
MAX_SETTING_TEXT = 80
_VALUE = lazy_re.compile(r"(\d{1,4})(?:[\s-]+(calendar|school)?[\s-]*(days?|years?|age))?")
_MONTH_DAY = lazy_re.compile(r"(\d{1,2})-(\d{1,2})")
_AGE_RANGE = (3, 21)


class SettingError(ValueError):
    """A setting that cannot be used; the message is one plain sentence."""


@dataclass(frozen=True)
class Count:
    """How long a clock runs: 60 calendar-days, 10 school-days, 3 years, age 16."""

    number: int
    unit: str

    def words(self) -> str:
        """As the rule text says it: "60 days", "45 school days", "3 years", "16"."""
        if self.unit == "age":
            return str(self.number)
        noun = {"calendar-days": "day", "school-days": "school day", "years": "year"}[self.unit]
        return f"{self.number} {noun}{'' if self.number == 1 else 's'}"

    def setting_words(self) -> str:
        """As a setting is named on its own: "45 school days", "age 14"."""
        return f"age {self.number}" if self.unit == "age" else self.words()

    def adjective(self) -> str:
        """As a letter says it: "60-day", "45-school-day", "1-year"."""
        return self.words().replace(" days", " day").replace(" years", " year").replace(" ", "-")

    def stored(self) -> str:
        return f"{self.number} {self.unit}"


@dataclass(frozen=True)
class Settings:
    track: str = "unknown"
    school_year_start: tuple[int, int] = (7, 1)
    #: setting name -> the child's count, only where it differs from the default.
    counts: dict[str, Count] = field(default_factory=dict)

    @property
    def school_year_text(self) -> str:
        month, day = self.school_year_start
        return f"{month:02d}-{day:02d}"

    def count_for(self, rule: Rule) -> Count:
        return self.counts.get(rule.setting, Count(rule.count, rule.unit))

    def is_default(self, rule: Rule) -> bool:
        return self.count_for(rule) == Count(rule.count, rule.unit)

    def to_record(self) -> dict[str, str]:
        record = {"track": self.track,
                  "school-year-start": self.school_year_text}
        record.update({name: count.stored() for name, count in sorted(self.counts.items())})
        return record

    @classmethod
    def from_record(cls, record: object, rules: Rules) -> Settings:
        """Stored settings, checked; a setting no rule names any more is dropped."""
        if not isinstance(record, dict):
            raise SettingError("the settings are not a table")
        settings = cls()
        for name, value in record.items():
            if not isinstance(name, str) or not isinstance(value, str):
                raise SettingError("a stored setting is not NAME = text")
            if name in ("track", "school-year-start") or rules.by_setting(name):
                settings = apply_setting(settings, rules, name, value)
        return settings


def parse_setting(text: str) -> tuple[str, str]:
    """`NAME=VALUE` as typed on the command line, split and trimmed."""
    name, sep, value = text.partition("=")
    if not sep or not name.strip() or not value.strip():
        raise SettingError(f"a setting is written NAME=VALUE, like evaluation-days=45; "
                           f"{text[:40]!r} is not")
    return name.strip().lower(), value.strip()


def apply_setting(settings: Settings, rules: Rules, name: str, value: str, *,
                  called: str = "") -> Settings:
    """The settings with NAME set to VALUE (checked); `default` restores the default. A
    SettingError names the setting `called` (the app: its plain label, `setting_label`), else
    NAME (the command line, where NAME is what the parent typed)."""
    value = " ".join(value.lower().split())
    called = called or name
    if len(value) > MAX_SETTING_TEXT:
        raise SettingError(f"a setting's value is at most {MAX_SETTING_TEXT} characters")
    if name == "track":
        if value not in TRACKS and value != "default":
            raise SettingError(f"{called} is one of {', '.join(TRACKS)}, not {value!r}")
        track = "unknown" if value == "default" else value
        return Settings(track, settings.school_year_start, settings.counts)
    if name == "school-year-start":
        return Settings(settings.track, _month_day(value, called), settings.counts)
    rule = rules.by_setting(name)
    if rule is None:
        names = ["track", "school-year-start", *dict.fromkeys(r.setting for r in rules.rules)]
        raise SettingError(f"there is no setting called {name[:40]!r}; the settings are: "
                           f"{', '.join(names)}")
    counts = dict(settings.counts)
    count = Count(rule.count, rule.unit) if value == "default" else _count(rule, value, called)
    if count == Count(rule.count, rule.unit):
        counts.pop(name, None)
    else:
        counts[name] = count
    return Settings(settings.track, settings.school_year_start, counts)


def _month_day(value: str, called: str) -> tuple[int, int]:
    if value == "default":
        return (7, 1)
    found = _MONTH_DAY.fullmatch(value)
    if found:
        month, day = int(found[1]), int(found[2])
        if 1 <= month <= 12 and 1 <= day <= (29 if month == 2 else 30 if month in
                                              (4, 6, 9, 11) else 31):
            return (month, day)
    raise SettingError(f"{called} is a month and day like 07-01 (July 1), "
                       f"not {value[:20]!r}")


def _count(rule: Rule, value: str, called: str) -> Count:
    found = _VALUE.fullmatch(value)
    if found is None:
        raise SettingError(f"{called} is a number, like {_example(rule)}; not {value!r}")
    number, kind, noun = int(found[1]), found[2], found[3]
    unit = rule.unit
    if noun and noun.startswith("day"):  # checked before "years" of age below
        school = kind == "school" or (kind is None and rule.kind == "threshold")
        unit = "school-days" if school else "calendar-days"
    elif noun == "age" or (noun and rule.unit == "age"):  # "16 years" of age
        unit = "age"
    elif noun:
        unit = "years"
    family = {"calendar-days": "days", "school-days": "days"}.get(rule.unit, rule.unit)
    if {"calendar-days": "days", "school-days": "days"}.get(unit, unit) != family or (
            rule.kind == "threshold" and unit != "school-days"):
        raise SettingError(f"{called} is counted in {_family_words(rule)}, like "
                           f"{_example(rule)}")
    low, high = _AGE_RANGE if unit == "age" else (1, MAX_COUNT if "days" in unit else 10)
    if not low <= number <= high:
        raise SettingError(f"{called} must be from {low} to {high}")
    return Count(number, unit)


def _family_words(rule: Rule) -> str:
    if rule.kind == "threshold":
        return "school days"
    return {"years": "years", "age": "years of age"}.get(rule.unit, "calendar or school days")


def _example(rule: Rule) -> str:
    if rule.unit == "age":
        return "14"
    if rule.unit == "years":
        return f"{rule.count} or \"{rule.count} years\""
    return f"{rule.count} or \"{rule.count} school days\""


#: The settings every child has, as a parent reads them.
BUILT_IN_LABELS = {
    "track": "Which plan applies: an IEP (IDEA), a Section 504 plan, or not yet known",
    "school-year-start": "First day of the school year, as month-day (for counting removal "
                         "days; default 07-01, July 1)"}
#: The settings every child has, as a message names them (their rows say more).
BUILT_IN_NAMES = {"track": "Which plan applies",
                  "school-year-start": "First day of the school year"}
TRACK_WORDS = {"iep": "IEP (IDEA)", "504": "Section 504 plan", "unknown": "not yet known"}


def setting_label(rules: Rules, name: str) -> str:
    """A setting as the app names it to a parent ("Time to finish the first evaluation (IEP
    track), from the school receiving your consent", "First day of the school year"), never
    its command-line NAME; a name no rule has stays as it is."""
    rule = rules.by_setting(name)
    return rule.setting_words if rule else BUILT_IN_NAMES.get(name, name)


def _basis(rules: Rules, rule: Rule, count: Count) -> str:
    default = Count(rule.count, rule.unit)
    return (rules.default_label if count == default else
            f"your own setting; federal default: {default.setting_words()}")


def describe(rules: Rules, settings: Settings) -> list[tuple[str, str, str]]:
    """Every setting of a child: (name, value, what it is in a parent's words and whether it
    is the default). The name is the command line's (`--setting NAME=VALUE`), never shown."""
    rows = [("track", settings.track, BUILT_IN_LABELS["track"]),
            ("school-year-start", settings.school_year_text,
             BUILT_IN_LABELS["school-year-start"])]
    seen: set[str] = set()
    for rule in rules.rules:
        if rule.setting in seen:
            continue
        seen.add(rule.setting)
        count = settings.count_for(rule)
        rows.append((rule.setting, count.words(),
                     f"{rule.setting_words} ({_basis(rules, rule, count)})"))
    return rows


def kept_rows(rules: Rules | None, values: dict[str, str]) -> list[str]:
    """The settings a child keeps, in plain words for the export ("Which plan applies: ...:
    not yet known"); without the rules (their file has problems) a name is only de-dashed."""
    out = []
    for name, value in sorted(values.items()):
        rule = rules.by_setting(name) if rules else None
        if name == "track":
            out.append(f"{BUILT_IN_LABELS[name]}: {TRACK_WORDS.get(value, value)}")
        elif name == "school-year-start":
            out.append(f"{BUILT_IN_LABELS[name]}: {value}")
        elif rules is not None and rule is not None:
            try:
                count = apply_setting(Settings(), rules, name, value).count_for(rule)
            except SettingError:
                continue  # no longer accepted: the federal default applies
            out.append(f"{rule.setting_words}: {count.setting_words()} "
                       f"({_basis(rules, rule, count)})")
        else:
            out.append(f"{name.replace('-', ' ').capitalize()}: {value.replace('-', ' ')}")
    return out



def apply_settings(settings: Settings, rules: Rules, texts: list[str]) -> Settings:
    """`dates --setting NAME=VALUE ...`, all or nothing: SettingError names the first bad one."""
    for text in texts:
        name, value = parse_setting(text)
        settings = apply_setting(settings, rules, name, value)
    return settings


def setting_notes(rules: Rules, settings: Settings) -> dict[str, str]:
    """rule id -> the note a step shows where the child's setting differs from the federal
    timeline it states ("Your own setting for this child: 45 school days (federal default:
    60 days)")."""
    notes = {}
    for rule in rules.rules:
        if not settings.is_default(rule):
            own = settings.count_for(rule).setting_words()
            notes[rule.id] = (f"Your own setting for this child: {own} (federal default: "
                              f"{Count(rule.count, rule.unit).setting_words()})")
    return notes
