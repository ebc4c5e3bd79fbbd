"""Child process for the kill -9 test: writes in a loop, printing each acknowledged write.

`python torture_writer.py DATA START [compact]`: with `compact`, every file is also compacted
(snapshot written, read back, made the backup, log removed) after every fifth write, so kills
land inside compactions too.
"""

from __future__ import annotations

import sys
from pathlib import Path

from iepwizard.core.store import Store


def main() -> None:
    data_dir, start = Path(sys.argv[1]), int(sys.argv[2])
    compact = sys.argv[3:] == ["compact"]
    store = Store.open(data_dir)
    child = store.find_child("Torture") or store.add_child("Torture")
    meetings = store.meetings(child.id)
    meeting = meetings[0] if meetings else store.add_meeting(child.id, "2026-11-28")
    print("ready", flush=True)
    i = start
    while True:
        _, saved = store.add_entry(meeting.id, f"entry {i} " + "x" * (i % 50))
        ticked = store.set_checked(child.id, f"step/item-{i}", True)
        if compact and i % 5 == 0:
            with store._lock:
                for file in store._files.values():
                    file.compact()
        saved.result()
        ticked.result()
        print(i, flush=True)
        i += 1


if __name__ == "__main__":
    main()
