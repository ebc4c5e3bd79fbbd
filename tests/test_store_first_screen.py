"""What the first screen asks the store (are there key dates to count? is a meeting left
open?) is answered for a child with neither without making their record classes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from iepwizard.core.store import Store

ROOT = Path(__file__).resolve().parent.parent


def _modules_made(data: Path, code: str) -> list[str]:
    script = ("import json, sys; from iepwizard.core.store import Store\n"
              f"store = Store.open({str(data)!r})\n{code}\nstore.close()\n"
              "print(json.dumps(sorted(m for m in ('iepwizard.core.records.keydates', "
              "'iepwizard.core.records.notes') if m in sys.modules)))")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    made: list[str] = json.loads(out.stdout)
    return made


def test_a_new_child_is_asked_about_dates_and_meetings_without_their_records(
        tmp_path: Path) -> None:
    asked = ("child = store.add_child('Sam')\n"
             "assert store.keeps_dates(child.id) is False\n"
             "assert store.open_meeting(child.id) is None")
    assert _modules_made(tmp_path / "data", asked) == []


def test_a_child_with_dates_and_an_open_meeting_is_still_answered(store: Store) -> None:
    child = store.add_child("Sam")
    with_birth = store.add_child("Alex", date_of_birth="May 2, 2015")
    assert not store.keeps_dates(child.id) and store.keeps_dates(with_birth.id)
    store.record_event(child.id, "request-sent", "2026-08-20")
    meeting = store.add_meeting(child.id, "2026-09-01")
    assert store.keeps_dates(child.id)
    assert store.open_meeting(child.id) == meeting
    store.end_meeting(child.id, meeting.id)
    assert store.open_meeting(child.id) is None and store.open_meeting(with_birth.id) is None
