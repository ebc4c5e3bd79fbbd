"""Check one annual goal for the four things a measurable goal needs (a baseline, a measurable
criterion, how and how often it is measured, by when), and flag vague verbs and weak methods."""

from __future__ import annotations

import re

from .. import lazy_re
from .areas import areas_of, mentions
from .findings import GOAL_CODES, Finding, make
from .model import Goal, IepDoc
from .textutil import indexed, mentions_date, sentences, strip_dates, words

_NUMBER = lazy_re.compile(r"(?<![\w/])\d+(?:\.\d+)?(?:\s*%)?(?![\w/])|\b\d+(?:st|nd|rd|th)\b")
_BASELINE_CLAUSE = lazy_re.compile(r"[^.;]*\b(?:currently|presently|at this time|as of|baseline)\b"
                                   r"[^.;]*[.;]?", re.IGNORECASE)
_EMPTY = lazy_re.compile(r"^\s*(?:n/?a|none|tbd|to be determined|see (?:the )?(?:present levels?|"
                         r"plaafp|plop|above)|-+)?\s*\.?\s*$", re.IGNORECASE)
_MEASURED = lazy_re.compile(
    r"\b(?:as )?(?:measured|documented|assessed|evaluated|monitored|recorded|"
    r"tracked|scored|charted)\s+(?:by|through|using|with|on|in|from|via)\s+"
    r"(?P<m>[^.;]+)|\baccording to (?P<a>[^.;,]+)", re.IGNORECASE)
_TOOLS = lazy_re.compile(
    r"\b(?:probes?|cbm|curriculum[- ]based|running records?|dibels|acadience|"
    r"aimsweb|i-?ready|rubric|data (?:sheets?|collection)|work samples?|"
    r"checklists?|tally|frequency counts?|time[- ]sampling|teacher[- ]made tests?"
    r"|unit (?:tests|assessments)|inventory|benchmark assessments?)\b",
    re.IGNORECASE)
_WEAK = lazy_re.compile(
    r"\b(?:(?:informal |teacher |staff |classroom |adult )?observations?|teacher"
    r" (?:judgment|report|reports|discretion)|anecdotal (?:notes|records|data)|"
    r"informal (?:assessment|checks?)|observed|teacher)\b", re.IGNORECASE)
_HOW_OFTEN = lazy_re.compile(
    r"\b(?:collected|recorded|measured|reviewed|monitored|probed|assessed|charted|graphed|"
    r"taken|checked|scored|evaluated)\s+(?:\w+\s+){0,2}?(?:daily|weekly|bi-?weekly|monthly|"
    r"quarterly|every\s+(?:\w+\s+)?(?:days?|weeks?|months?|grading periods?)|each\s+(?:week|"
    r"month|grading period|quarter|trimester))\b|\b(?:daily|weekly|bi-?weekly|monthly)\s+(?:\w+"
    r"\s+)?(?:probes?|data|checks?|assessments?|samples?|reviews?|progress monitoring)\b",
    re.IGNORECASE)
_BY_WHEN = lazy_re.compile(r"\bby (?:the )?(?:end of|close of|next|annual review|iep review)|"
                           r"\bwithin (?:one|1|a) (?:school |calendar )?year|\bwithin \d+ "
                           r"(?:instructional |school )?weeks|\bby the end\b", re.IGNORECASE)
_VAGUE = lazy_re.compile(
    r"\bwill (?:continue to |be able to )?(?:improve|work on|develop|understand|strengthen|"
    r"enhance|gain|learn|be exposed to|make (?:progress|gains)|show (?:progress|improvement|"
    r"growth)|demonstrate (?:an )?(?:improvement|improved|growth|progress|understanding|"
    r"knowledge|awareness)|become (?:more|better)|have (?:improved|better))\b", re.IGNORECASE)
_GENERIC = frozenset({"correct", "correctly", "accuracy", "trials", "opportunities"})
_NAME = lazy_re.compile(r"\b[A-Z][a-z]+")  # names (and the first word): not the skill


def _present(text: str) -> bool:
    return bool(text) and not _EMPTY.match(text)


def _baseline_in_present_levels(goal: Goal, present: str) -> bool:
    """The present levels give a measure for this goal's skill: among the sentences that share
    the most of the goal's own words, one has a number; else a sentence in the goal's subject
    area has one."""
    names = {name.lower() for name in _NAME.findall(goal.statement)}
    own = words(f"{goal.statement} {goal.area}") - _GENERIC - names
    index = indexed(present)
    shared: dict[int, int] = {}
    for word in own:
        for at in index.where.get(word, ()):
            shared[at] = shared.get(at, 0) + 1
    if shared:
        best = max(shared.values())
        return any(_NUMBER.search(strip_dates(index.sentences[at]))
                   for at, score in shared.items() if score == best)
    areas = areas_of(goal.area)
    return any(_NUMBER.search(strip_dates(s)) for s in index.sentences
               if any(mentions(area, s) for area in areas))


def has_baseline(goal: Goal, doc: IepDoc) -> bool:
    if _present(goal.baseline):
        return True
    clause = _BASELINE_CLAUSE.search(goal.statement)
    if clause and _NUMBER.search(strip_dates(clause.group())):
        return True
    if re.search(r"\bfrom (?:a baseline of )?\d+(?:\.\d+)?%? (?:\w+ ){0,4}to \d", goal.statement):
        return True
    return _baseline_in_present_levels(goal, doc.present_levels)


def has_criterion(goal: Goal) -> bool:
    statement = _BASELINE_CLAUSE.sub(" ", goal.statement)
    return bool(_NUMBER.search(strip_dates(f"{statement} {goal.criterion}")))


def method_text(goal: Goal) -> tuple[str, bool]:
    """(how progress is measured, and whether it was named as such rather than inferred)."""
    if _present(goal.method):
        return goal.method, True
    if found := _MEASURED.search(goal.statement):
        text = found["m"] or found["a"] or ""
        return re.split(r",\s*(?:recorded|collected|reviewed|charted|taken|scored)\b", text)[0], \
            True
    if found := _TOOLS.search(f"{goal.statement} {goal.criterion}"):
        return found.group(), False
    return "", False


def is_weak(method: str) -> bool:
    """Only observation: nothing left once observation words and fillers are taken out."""
    if not _WEAK.search(method):
        return False
    rest = words(_WEAK.sub(" ", method)) - {"and", "or", "by", "daily", "ongoing", "staff",
                                             "counselor", "aide", "para", "paraprofessional"}
    return not rest


_PLAN_MEASURED = lazy_re.compile(
    r"\bprogress\b[^.;]{0,100}?\b(?:measured|monitored|assessed|documented|tracked|evaluated)"
    r"\s+(?:by|through|using|with|via|on)\s+\w", re.IGNORECASE)
_ALL_GOALS = lazy_re.compile(
    r"\b(?:all|each|every|the|these|his|her|their)\s+(?:(?:annual|iep)\s+)?"
    r"goals\b|\beach (?:annual |iep )?goal\b", re.IGNORECASE)


def plan_method(doc: IepDoc) -> str:
    """The IEP's one statement of how progress on all its goals is measured, or "": in its
    progress-reporting part, or a sentence about the goals as a whole."""
    for sentence in sentences(doc.progress_reporting):
        if _PLAN_MEASURED.search(sentence):
            return sentence
    for sentence in sentences(doc.text):
        if _PLAN_MEASURED.search(sentence) and _ALL_GOALS.search(sentence):
            return sentence
    return ""


def has_method(goal: Goal, doc: IepDoc) -> bool:
    return bool(method_text(goal)[0] or plan_method(doc))


def has_how_often(goal: Goal, doc: IepDoc) -> bool:
    return bool(_present(goal.schedule) or _HOW_OFTEN.search(goal.statement)
                or doc.progress_reporting)


def has_by_when(goal: Goal) -> bool:
    text = f"{goal.statement} {goal.criterion}"
    return bool(_present(goal.target) or mentions_date(text) or _BY_WHEN.search(text))


QUESTIONS = {
    "baseline": "Where is {child} now on this skill? Can the goal state the starting measure?",
    "criterion": "What exact score, count or percentage will show that {child} met this goal?",
    "method": "How will progress on this goal be measured: which test, probe or data sheet? "
              "Can the goal say so?",
    "frequency": "How often will progress on this goal be measured, and can the goal say so?",
    "by-when": "By what date should {child} meet this goal?",
    "weak-method": "Besides teacher observation, what data will be collected for this goal "
                   "(probes, data sheets, work samples)?",
    "vague-verb": "What exactly will {child} do, how well, and how will we know? '{verb}' does "
                  "not say how much.",
}


def check_goal(goal: Goal, doc: IepDoc, child: str = "my child") -> list[Finding]:
    missing = [code for code, ok in (
        ("baseline", has_baseline(goal, doc)), ("criterion", has_criterion(goal)),
        ("method", has_method(goal, doc)), ("frequency", has_how_often(goal, doc)),
        ("by-when", has_by_when(goal))) if not ok]
    method, named = method_text(goal)
    flags = ["weak-method"] if named and is_weak(method) else []
    vague = _VAGUE.search(goal.statement)
    if vague:
        flags.append("vague-verb")
    found = []
    for code in missing + flags:
        question = QUESTIONS[code].format(child=child, verb=vague.group() if vague else "")
        detail = f'"{vague.group()}"' if code == "vague-verb" and vague else \
            f'"{" ".join(method.split())}"' if code == "weak-method" else ""
        found.append(make(goal.name, "goal", f"goal {goal.number}", code, GOAL_CODES, question,
                          soft=code == "vague-verb" and not missing, detail=detail))
    return found
