"""Which kind of meeting meeting mode suggests: the one that fits where the family is.

An IEP meeting, once ended, is an "IEP meeting held" key date and starts the yearly review
clock; a family still asking for an evaluation is not in one, so it is not suggested then."""

from __future__ import annotations

from .records.notes import MEETING_KINDS

#: The steps before eligibility is decided (and the school's "no"): no IEP meeting yet.
BEFORE_AN_IEP = frozenset({"iep-or-504", "put-it-in-writing", "rti", "if-the-school-says-no"})


def default_kind(step_id: str | None, track: str = "unknown") -> str:
    """"504" on the 504 track; "evaluation review" at the evaluation step; "other" before an
    IEP (unless the track is already IEP); else "IEP"."""
    if track == "504":
        kind = "504"
    elif step_id == "evaluation":
        kind = "evaluation review"
    elif step_id in BEFORE_AN_IEP and track != "iep":
        kind = "other"
    else:
        kind = "IEP"
    assert kind in MEETING_KINDS
    return kind
