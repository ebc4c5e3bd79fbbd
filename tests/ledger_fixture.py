"""Two small final IEPs for one child (speech therapy cut from 60 to 30 minutes a week by the
second, from October 5, 2026) and six weeks of sessions: what the ledger tests share."""

from __future__ import annotations

import datetime as dt

from iepwizard.core.iep.parts import find_parts
from iepwizard.core.iep.saved import keep
from iepwizard.core.iep.source import from_paste
from iepwizard.core.store import Store

SPEECH = "Speech Therapy"
AS_OF = dt.date(2026, 10, 16)  # a Friday: six school weeks after September 7
#: (date, minutes, status, note): Tuesdays and Thursdays, one missed by the school, one by the
#: child.
SESSIONS = [("2026-09-08", 30, "delivered", ""), ("2026-09-10", 30, "delivered", ""),
            ("2026-09-15", 30, "delivered", ""), ("2026-09-17", 30, "delivered", ""),
            ("2026-09-22", 30, "delivered", ""),
            ("2026-09-24", 30, "not-provided", "therapist out, no substitute"),
            ("2026-09-29", 30, "delivered", ""), ("2026-10-01", 30, "child-absent", "sick"),
            ("2026-10-06", 30, "delivered", ""), ("2026-10-13", 30, "delivered", "")]
#: 4 weeks at 60, then 2 at 30; 8 sessions of 30 delivered; 30 not provided; 30 absent.
REQUIRED, DELIVERED, NOT_PROVIDED, ABSENT = 300, 240, 30, 30


def iep_text(meeting: str, times: int, start: str) -> str:
    return "\n".join(["INDIVIDUALIZED EDUCATION PROGRAM (IEP)", "Student: Riley Test",
                      f"IEP Meeting Date: {meeting}", "", "SPECIAL EDUCATION AND RELATED SERVICES",
                      "", f"Service: {SPEECH}", "Provider: Speech-language pathologist",
                      "Location: Speech room", f"Frequency: {times} times per week",
                      "Duration: 30 minutes per session", f"Start Date: {start}",
                      "End Date: 06/11/2027", ""])


def save_two_finals(store: Store, child_id: str) -> None:
    for meeting, times, start in (("08/31/2026", 2, "09/07/2026"),
                                  ("09/28/2026", 1, "10/05/2026")):
        source = from_paste(iep_text(meeting, times, start))
        keep(store, child_id, source, find_parts(source.text), "final", None)
