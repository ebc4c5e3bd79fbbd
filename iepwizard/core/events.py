"""The key dates of a child's path: events that start a clock, by their kebab-case names.

Letters name one in `fills` (marking the letter as sent records it), the deadline rules in
`content/deadlines.toml` start from them and are stopped by them, and
`iepwizard dates --set EVENT=DATE` records them. Names are published: never rename one.
"""

from __future__ import annotations

#: event name -> what it is, in the parent's words.
EVENTS = {
    "request-sent": "evaluation request sent",
    "consent-received": "consent to evaluate received by the school",
    "evaluation-finished": "evaluation finished",
    "eligibility-decided": "eligibility decided",
    "iep-meeting": "IEP meeting held",
    "services-start": "IEP services start",
    "reevaluation": "last evaluation or reevaluation",
    "records-requested": "records requested",
    "records-received": "records received (or inspected)",
    "transition-plan": "IEP with a transition plan in effect",
    "problem-happened": "the problem happened (the school's alleged violation)",
    "problem-learned": "you learned of the problem (knew or should have known)",
    "state-complaint-filed": "state complaint filed",
    "complaint-decided": "state complaint decided",
    "due-process-filed": "due process complaint filed",
    "resolution-meeting": "resolution meeting held",
    "removal-day": "a day of disciplinary removal",
    "meeting-scheduled": "meeting scheduled",
    "date-of-birth": "date of birth",
}
