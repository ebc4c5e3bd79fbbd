"""Child process for the kill -9 test: writes in a loop, printing each acknowledged write."""

from __future__ import annotations

import sys
from pathlib import Path

from iepwizard.core.store import Store


def main() -> None:
    data_dir, start = Path(sys.argv[1]), int(sys.argv[2])
    store = Store.open(data_dir)
    child = store.find_child("Torture") or store.add_child("Torture")
    meetings = store.meetings(child.id)
    meeting = meetings[0] if meetings else store.add_meeting(child.id, "2026-11-28")
    print("ready", flush=True)
    i = start
    while True:
        _, saved = store.add_entry(meeting.id, f"entry {i} " + "x" * (i % 50))
        ticked = store.set_checked(child.id, f"step/item-{i}", True)
        saved.result()
        ticked.result()
        print(i, flush=True)
        i += 1


if __name__ == "__main__":
    main()
