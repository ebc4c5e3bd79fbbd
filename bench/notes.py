#!/usr/bin/env python3
"""Meeting-mode speed with an empty store and with 10,000 stored notes, as ratios.

1. Save cost: adding one note and waiting until it is durable, median of 100, in a store
   holding 100 notes and in one holding 10,000 (100 earlier meetings of 100 notes; the current
   meeting already holding 500). Goal: full <= 2x empty.
2. Key-to-screen latency in meeting mode, in a real terminal (tmux): median of 75 key presses,
   for the same two stores. Goal: full <= 1.1x empty.

    .venv/bin/python bench/notes.py
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from ttfp import Tmux, wait_for  # noqa: E402

from iepwizard.core.store import Store  # noqa: E402

ALPHABET = "abcdefghijklmnopqrstuvwxy"


def fill(data: Path, earlier: int, per_meeting: int, current: int) -> None:
    """A child with `earlier` past meetings and one current meeting (the latest)."""
    with Store.open(data) as store:
        child = store.add_child("Bench")
        for number in range(earlier + 1):
            count = per_meeting if number < earlier else current
            meeting = store.add_meeting(child.id, f"2026-{1 + number % 12:02d}-01"
                                        if number < earlier else "2026-12-31")
            docs = [{"ts": "2026-01-01T10:00:00", "text": f"note {i} " + "words " * 8,
                     "mark": ""} for i in range(count)]
            store._notes(meeting.id,
                         lambda db, docs=docs: db.table("entries").insert_multiple(docs))
        store.flush()


def save_costs(folders: list[Path], rounds: int = 100) -> list[float]:
    """Median time to a durable note in each store, the stores taking turns (so disk noise
    falls on both alike)."""
    stores = [Store.open(folder) for folder in folders]
    try:
        meetings = [s.meetings(s.children()[0].id)[-1].id for s in stores]
        times: list[list[float]] = [[] for _ in stores]
        for n in range(rounds):
            for store, meeting, sink in zip(stores, meetings, times, strict=True):
                start = time.perf_counter()
                _, saved = store.add_entry(meeting, f"a new note {n}")
                saved.result()
                sink.append(time.perf_counter() - start)
        return [statistics.median(t) for t in times]
    finally:
        for store in stores:
            store.close()


def key_latency(data: Path, cycles: int = 3) -> list[float]:
    tm = Tmux("iepwizard-bench-notes")
    tm.start()
    name = "notes"
    try:
        tm.run("new-session", "-d", "-s", name, "-x", "120", "-y", "40", "-e",
               f"IEPWIZARD_DATA_DIR={data}", "--", str(Path(sys.executable).parent /
                                                       "iepwizard"), "--child", "Bench")
        wait_for(tm, name, "Step 1.", time.monotonic(), 0.005, 30)
        tm.send_key(name, "m")
        wait_for(tm, name, "Continue:", time.monotonic(), 0.005, 30)
        tm.send_key(name, "Enter")
        wait_for(tm, name, "Type a note", time.monotonic(), 0.005, 30)
        latencies = []
        for _ in range(cycles):
            for k in range(1, len(ALPHABET) + 1):
                time.sleep(0.03)
                start = time.monotonic()
                tm.send_key(name, ALPHABET[k - 1])
                seen, _, _ = wait_for(tm, name, ALPHABET[:k], start, 0.002, 10)
                latencies.append(seen - start)
            tm.send_key(name, "C-u")
            wait_for(tm, name, "Type a note", time.monotonic(), 0.005, 10)
        return latencies
    finally:
        tm.run("kill-session", "-t", name, check=False)
        tm.stop()


def main() -> int:
    root = Path(tempfile.mkdtemp(prefix="iepwizard-bench-"))
    try:
        empty, full = root / "empty", root / "full"
        fill(empty, earlier=0, per_meeting=0, current=100)
        fill(full, earlier=100, per_meeting=100, current=500)
        cost_empty, cost_full = save_costs([empty, full])
        print(f"save one note   100 stored {cost_empty * 1e3:6.2f} ms   10,000 stored "
              f"{cost_full * 1e3:6.2f} ms   ratio {cost_full / cost_empty:.2f}  (goal <= 2.0)")
        lat_empty: list[Any] = key_latency(empty)
        lat_full: list[Any] = key_latency(full)
        m_empty, m_full = statistics.median(lat_empty), statistics.median(lat_full)
        print(f"key to screen   empty {m_empty * 1e3:6.1f} ms   10,000 stored "
              f"{m_full * 1e3:6.1f} ms   ratio {m_full / m_empty:.2f}  (goal <= 1.1; "
              f"{len(lat_empty)} presses each)")
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
