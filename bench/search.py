#!/usr/bin/env python3
"""Search at 50,000 notes: the index against the plain scan it replaces, in one run.

For 50,000 notes spread over 1,000 meetings and for 50,000 notes in the current meeting:
- each query's time (CPU, median of the rounds; the index and the plain scan take turns),
  for a word found everywhere (the 200-hit limit stops it), one found in a few notes, and one
  found nowhere (every note looked at);
- the first indexing of a store just opened, and bringing the index up to date after one
  note is saved in the current meeting (the meeting held open, as in meeting mode);
- what the index holds in memory (tracemalloc), with the meeting files not kept open.
The search screen's own part (the debounce, the worker, drawing the list) is measured in a
real terminal by bench/keys.py.

    .venv/bin/python bench/search.py [--rounds 15]

Goals (issue 16): a search's results on screen <= 30 ms after the debounce fires (here: the
search itself, in a worker); the index <= 20 MiB at 50,000 notes.
"""

from __future__ import annotations

import argparse
import gc
import shutil
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from stores import meetings_store  # noqa: E402

from iepwizard.core.notes import search  # noqa: E402
from iepwizard.core.search_index import SearchIndex  # noqa: E402
from iepwizard.core.store import Store  # noqa: E402

QUERIES = {"everywhere": "reading", "a few notes": "49: reading", "nowhere": "zebra crossing"}


def cpu(func: Callable[[], object]) -> float:
    start = time.process_time()
    func()
    return time.process_time() - start


def opened(data: Path) -> tuple[Store, str, str]:
    """The store as the app holds it: just opened, the current meeting's file open."""
    store = Store.open(data)
    child = store.children()[0].id
    current = store.meetings(child)[-1].id
    store.count_entries(current)
    return store, child, current


def held(data: Path) -> float:
    """MiB the index holds (Python allocations, tracemalloc), on a store just opened."""
    store, child, _ = opened(data)
    try:
        gc.collect()
        tracemalloc.start()
        index = SearchIndex(store)
        index.refresh(child)
        gc.collect()
        size = tracemalloc.get_traced_memory()[0] / 2**20
        tracemalloc.stop()
        return size
    finally:
        store.close()


def measure(data: Path, rounds: int) -> None:
    size = held(data)
    store, child, current = opened(data)
    index = SearchIndex(store)
    build = cpu(lambda: index.refresh(child))
    plain_store = Store.open(data, readonly=True)
    for query in QUERIES.values():
        assert index.search(child, query) == search(plain_store, child, query), query
    times: dict[str, list[float]] = {}
    for _ in range(rounds):
        for label, query in QUERIES.items():
            times.setdefault(f"index {label}", []).append(
                cpu(partial(index.search, child, query)))
            times.setdefault(f"plain {label}", []).append(
                cpu(partial(search, plain_store, child, query)))
    saves = []
    for n in range(rounds):
        store.add_entry(current, f"a note saved during the search bench {n}")
        saves.append(cpu(lambda: index.search(child, "zebra crossing")))
    plain_store.close()
    store.close()
    print(f"  first indexing (store just opened)   {build * 1e3:8.1f} ms")
    print(f"  index in memory                      {size:8.1f} MiB   (goal <= 20)")
    for label in QUERIES:
        i, p = statistics.median(times[f"index {label}"]), statistics.median(
            times[f"plain {label}"])
        print(f"  search, word found {label:12} index {i * 1e3:7.2f} ms   plain scan "
              f"{p * 1e3:7.1f} ms   ratio {i / p:.3f}   (goal: <= 30 ms)")
    print(f"  after a note is saved (up to date + search, found nowhere) "
          f"{statistics.median(saves) * 1e3:7.2f} ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="iepwizard-bench-search-"))
    try:
        for label, shape in (("50,000 notes over 1,000 meetings of 50", (1000, 50, 0)),
                             ("50,000 notes in the current meeting", (0, 0, 50_000))):
            data = root / label.split()[-1]
            meetings_store(data, *shape)
            print(label)
            measure(data, args.rounds)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
