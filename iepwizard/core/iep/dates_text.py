"""How the review names an IEP and its dates in plain words."""

from __future__ import annotations

import datetime as dt

from ..dates import long_date
from .model import IepDoc


def iep_label(doc: IepDoc, effective: dt.date | None = None) -> str:
    kind = "504 plan" if doc.track == "504" else "IEP"
    day = doc.meeting_date or doc.start_date or effective
    return f"the {kind} dated {long_date(day)}" if day else f"the {kind}"
