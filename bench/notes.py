#!/usr/bin/env python3
"""Meeting mode and the child's file as the years of notes grow, as ratios measured in one run.

Stores (built by bench/stores.py): the current meeting holding 100, 10,000 or 50,000 notes,
and 10,000 or 50,000 notes spread over earlier meetings of 50 (the current one holding 100);
a child with five years of history against a fresh child.

In this process, the stores taking turns round by round, medians (`store`):
- saving a note: the UI thread's part (CPU time of the calling thread) and Enter-to-fsync
  (until the change is durable), and the same for the draft autosave of the note line;
- child-file writes (a journal entry, a contact, a question ticked, a letter's draft).
In a real terminal (tmux, polled every 2 ms), the apps taking turns round by round:
- `open`: a meeting left open opened (Enter on "Continue", in the app's offer at start-up or,
  for the empty one, in meeting mode's dialog), until its latest note is on screen; the app's
  memory with it open; Enter sent at once when the dialog shows, and again 0.4 s later (a
  parent reading the choices: the app reads the meeting meanwhile); and an ended one reopened
  from the dialog's list (no goal: an old meeting looked at again);
- `enter`: a note typed and Enter, until the screen shows it saved (✓), and the UI thread's
  CPU time per note (/proc schedstat of the app's main thread); the key echo;
- `burst`: 50 notes sent in one burst: from the last key to the last note in the meeting's log
  on disk, against one note's Enter-to-disk in the same run.

    .venv/bin/python bench/notes.py [--rounds 15] [--parts store,open,enter,burst]

Goals (issues 16 and 10): a meeting of 10,000 notes opens in <= 1.3x the time of an empty one,
memory with it open <= 1.2x; a note's UI-thread time and Enter-to-fsync at 10,000 <= 1.2x at
100 (and the draft autosave); child-file writes at five years <= 1.5x a fresh child; the
50-note burst <= 10x one note's Enter-to-disk (reported also against a bare Textual app with
one Input sent the same burst: bench/input_floor.py).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import Future
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from stores import five_years, fresh_child, meetings_store  # noqa: E402
from ttfp import Tmux, alive, proc_status, wait_for  # noqa: E402

from iepwizard.core.store import Store  # noqa: E402

POLL = 0.002
SHAPES = {"100 in the meeting": (0, 0, 100), "10,000 in the meeting": (0, 0, 10_000),
          "50,000 in the meeting": (0, 0, 50_000),
          "10,000 spread (100 in it)": (99, 100, 100),
          "50,000 spread (100 in it)": (499, 100, 100)}


def med(values: list[float]) -> float:
    return statistics.median(values)


def ratio_line(label: str, value: float, base: float, unit: str = "ms", goal: str = "") -> str:
    scale = 1e3 if unit == "ms" else 1.0
    return (f"  {label:44} {value * scale:9.2f} {unit}  {value / base:5.2f}x"
            + (f"  (goal {goal})" if goal else ""))


# -- in this process -------------------------------------------------------------------------
def timed(change: Callable[[], Future[None] | object]) -> tuple[float, float]:
    """(CPU seconds of this thread in the call, seconds until durable)."""
    start, cpu = time.perf_counter(), time.thread_time()
    future = change()
    spent = time.thread_time() - cpu
    if isinstance(future, Future):
        future.result()
    elif isinstance(future, tuple):
        future[1].result()
    return spent, time.perf_counter() - start


def store_part(folders: dict[str, Path], years: Path, fresh: Path, rounds: int) -> None:
    stores = {label: Store.open(path) for label, path in folders.items()}
    try:
        targets = {}
        for label, store in stores.items():
            child = store.children()[0].id
            meeting = store.meetings(child)[-1].id
            store.count_entries(meeting)  # open, as in meeting mode
            targets[label] = (store, child, meeting)
        note: dict[str, list[tuple[float, float]]] = {label: [] for label in stores}
        draft: dict[str, list[tuple[float, float]]] = {label: [] for label in stores}
        for n in range(max(rounds, 100)):
            for label, (store, child, meeting) in targets.items():
                note[label].append(timed(partial(store.add_entry, meeting, f"a new note {n}")))
                draft[label].append(timed(partial(store.set_draft, child, f"meeting:{meeting}",
                                                  f"a note being typed {n}")))
        for store, child, meeting in targets.values():  # the line empty again for the parts
            store.set_draft(child, f"meeting:{meeting}", "").result()  # that type into it
        base = "100 in the meeting"
        for what, data in (("save a note", note), ("draft autosave", draft)):
            ui0, disk0 = (med([x[i] for x in data[base]]) for i in (0, 1))
            print(f"{what} (median of {len(data[base])}; against {base}):")
            for label in stores:
                ui, disk = (med([x[i] for x in data[label]]) for i in (0, 1))
                print(ratio_line(f"{label}: UI thread", ui, ui0, goal="<= 1.2" if
                                 label.startswith("10,000 in") else ""))
                print(ratio_line(f"{label}: Enter to fsync", disk, disk0, goal="<= 1.2" if
                                 label.startswith("10,000 in") else ""))
    finally:
        for store in stores.values():
            store.close()
    child_writes(years, fresh, rounds)


def child_writes(years: Path, fresh: Path, rounds: int) -> None:
    kinds = ["journal entry", "contact", "question ticked", "letter draft"]
    data: dict[tuple[str, str], list[tuple[float, float]]] = {}
    stores = {"fresh child": Store.open(fresh), "five years": Store.open(years)}
    try:
        prepared = {}
        for label, store in stores.items():
            child = store.children()[0].id
            question = store.add_question(child, "Is the bench question answered?")
            store.flush()
            prepared[label] = (store, child, question.id)
        for n in range(max(rounds, 60)):
            for label, (store, child, question_id) in prepared.items():
                steps: dict[str, Callable[[], object]] = {
                    "journal entry": partial(store.add_journal, child, "2026-05-01",
                                             f"journal {n}"),
                    "contact": partial(store.add_contact, child, "2026-05-01", "Ms. Carter",
                                       "email", f"contact {n}"),
                    "question ticked": partial(store.update_question, child, question_id,
                                               asked=n % 2 == 0),
                    "letter draft": partial(store.set_letter_draft, child, "evaluation-request",
                                            {"concerns": f"draft {n}"}),
                }
                for kind in kinds:
                    data.setdefault((label, kind), []).append(timed(steps[kind]))
    finally:
        for store in stores.values():
            store.close()
    print("child-file writes (five years: 200 meetings of 50 notes, 2,000 journal entries, "
          "1,000 contacts, 5 evaluations with scores, key dates, 20 people; goal <= 1.5):")
    for kind in kinds:
        for i, what in ((0, "UI thread"), (1, "to fsync")):
            fresh_value = med([x[i] for x in data[("fresh child", kind)]])
            years_value = med([x[i] for x in data[("five years", kind)]])
            print(ratio_line(f"{kind}, {what}: fresh {fresh_value * 1e3:.2f} ms, five years",
                             years_value, fresh_value, goal="<= 1.5"))


# -- in a real terminal ----------------------------------------------------------------------
class App:
    """One iepwizard in its own tmux session."""

    def __init__(self, tm: Tmux, data: Path, size: tuple[int, int] = (120, 40)) -> None:
        self.tm, self.data = tm, data
        self.name = f"notes{time.monotonic_ns() % 10**9}"
        out = tm.run("new-session", "-d", "-s", self.name, "-x", str(size[0]), "-y",
                     str(size[1]), "-P", "-F", "#{pane_pid}", "-e",
                     f"IEPWIZARD_DATA_DIR={data}", "--", str(Path(sys.executable).parent /
                                                              "iepwizard"), "--child", "Bench")
        self.pid = int(out.stdout.strip())
        self.wait("Step ")

    def wait(self, *markers: str, since: float | None = None, timeout: float = 60) -> float:
        """Seconds (from `since`, else now) until every marker is on screen in one capture."""
        start = time.monotonic() if since is None else since
        at = start
        while True:
            seen, _, screen = wait_for(self.tm, self.name, markers[0], at, POLL, timeout)
            if all(m in screen for m in markers):
                return seen - start
            at = time.monotonic()

    def keys(self, *keys: str) -> float:
        start = time.monotonic()
        self.tm.run("send-keys", "-t", self.name, *keys)
        return start

    def ui_cpu(self) -> float:
        """Seconds the app's main (UI) thread has run."""
        with open(f"/proc/{self.pid}/task/{self.pid}/schedstat") as handle:
            return int(handle.read().split()[0]) / 1e9

    def close(self) -> None:
        self.tm.run("kill-session", "-t", self.name, check=False)
        deadline = time.monotonic() + 3
        while alive(self.pid) and time.monotonic() < deadline:
            time.sleep(0.01)


def open_part(tm: Tmux, folders: dict[str, Path], rounds: int, pause: float,
              reopen: bool = False) -> None:
    """Enter on "Continue" `pause` seconds after the dialog shows (0: at once, as a script
    would; a parent takes longer to read the choices, and the app reads the meeting then).
    The meeting is still open, as when the parent went back to the guide or the terminal
    closed: the app offers it at start-up where it has notes, else meeting mode's dialog
    (m) does. With `reopen`, the meeting is ended before each start and opened from the
    dialog's list of meetings to reopen (no goal: an old meeting looked at again)."""
    times: dict[str, list[float]] = {label: [] for label in folders}
    memory: dict[str, list[float]] = {label: [] for label in folders}
    lasts = {label: last_note(data) for label, data in folders.items()}
    for number in range(rounds + 1):
        for label, data in folders.items():
            if reopen:
                end_meetings([data])  # (the last round reopened it)
            app = App(tm, data)
            try:
                time.sleep(2.5)  # the start-up's later work done (templates, a first cache)
                if reopen:
                    to_reopen(app)
                else:
                    to_continue(app, bool(lasts[label]))
                time.sleep(pause)
                last = lasts[label]
                start = app.keys("Enter")
                elapsed = app.wait("Type a note", *([last] if last else []), since=start)
                time.sleep(0.5)
                if number:
                    times[label].append(elapsed)
                    memory[label].append(proc_status(app.pid).get("VmRSS", 0) / 1024)
            finally:
                app.close()
    base = "empty meeting"
    how = "reopening it from the list of meetings" if reopen else "Enter on Continue"
    print(f"opening the meeting ({how} {pause:.1f} s after the dialog shows, to its latest "
          f"note on screen; {rounds} rounds):")
    for label in folders:
        goal = "<= 1.3" if label.startswith("10,000") and not reopen else ""
        print(ratio_line(label, med(times[label]), med(times[base]), goal=goal))
    print("memory with the meeting open (VmRSS):")
    for label in folders:
        goal = "<= 1.2" if label.startswith("10,000") and not reopen else ""
        print(ratio_line(label, med(memory[label]), med(memory[base]), "MiB", goal))


def to_continue(app: App, has_notes: bool) -> None:
    """A dialog with "Continue" focused: the app's offer at start-up of a meeting left open
    with notes in it, else meeting mode's own (m)."""
    if has_notes:
        app.wait("was not closed")
    else:
        app.keys("m")
        app.wait("Continue:")


def to_reopen(app: App) -> None:
    """Meeting mode's dialog open, its list of meetings to reopen focused: Enter then opens the
    latest (the current one, ended before the app started: one ended is not "Continue"d; see
    screens/new_meeting.py)."""
    app.keys("m")
    app.wait("Reopen an earlier meeting")
    app.keys("BTab")  # (from the date's box to the list, its first meeting highlighted)


def last_note(data: Path) -> str:
    with Store.open(data, readonly=True) as store:
        child = store.children()[0].id
        entries = store.latest_entries(store.meetings(child)[-1].id, 1)
        return entries[0].text[:12] if entries else ""


def enter_part(tm: Tmux, folders: dict[str, Path], rounds: int) -> None:
    apps = {label: App(tm, data) for label, data in folders.items()}
    saved: dict[str, list[float]] = {label: [] for label in apps}
    cpu: dict[str, list[float]] = {label: [] for label in apps}
    echo: dict[str, list[float]] = {label: [] for label in apps}
    try:
        for app in apps.values():
            time.sleep(2.5)
            to_continue(app, True)
            app.keys("Enter")
            app.wait("Type a note")
        for n in range(max(rounds, 30) + 1):
            for label, app in apps.items():
                text = f"bench note {n:03d} zq"
                app.keys("-l", text[:-1])
                app.wait(text[:-1])
                time.sleep(0.05)
                before = app.ui_cpu()
                echoed = app.wait(text, since=app.keys("-l", text[-1]))
                done = app.wait(f"✓ {text}", since=app.keys("Enter"))
                time.sleep(0.3)  # (the draft autosave, if any, and the list settle)
                if n:
                    echo[label].append(echoed)
                    saved[label].append(done)
                    cpu[label].append(app.ui_cpu() - before)
    finally:
        for app in apps.values():
            app.close()
    base = "100 in the meeting"
    print(f"a note in meeting mode ({len(saved[base])} notes each, apps taking turns):")
    for label in apps:
        goal = "<= 1.2" if label.startswith("10,000 in") else ""
        print(ratio_line(f"{label}: Enter to ✓ on screen", med(saved[label]),
                         med(saved[base]), goal=goal))
        print(ratio_line(f"{label}: UI thread CPU per note", med(cpu[label]), med(cpu[base]),
                         goal=goal))
        print(ratio_line(f"{label}: key echo", med(echo[label]), med(echo[base])))


def log_has(log: Path, text: bytes, timeout: float = 30) -> float:
    """monotonic time at which `text` is in the meeting's log on disk (polled every 1 ms)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if text in log.read_bytes():
                return time.monotonic()
        except FileNotFoundError:
            pass
        time.sleep(0.001)
    raise RuntimeError(f"{text!r} never reached {log}")


def burst_part(tm: Tmux, data: Path, rounds: int) -> None:
    with Store.open(data, readonly=True) as store:
        child = store.children()[0].id
        log = store.layout.meeting(store.meetings(child)[-1].id)
    log = log.with_name(log.name + ".log")
    one: list[float] = []
    burst: list[float] = []
    app = App(tm, data)
    try:
        time.sleep(2.5)
        to_continue(app, True)
        app.keys("Enter")
        app.wait("Type a note")
        for n in range(rounds):
            text = f"single {n:03d} one note on its own"
            app.keys("-l", text)
            app.wait(text)
            start = app.keys("Enter")
            one.append(log_has(log, text.encode()) - start)
            time.sleep(0.3)
            keys = [k for note in range(50) for k in (
                f"burst {n:03d} note {note:02d} " + "words " * 6, "Enter")]
            tm.run("send-keys", "-t", app.name, *keys)  # one burst, no delay at all
            last_key = time.monotonic()
            burst.append(log_has(log, f"burst {n:03d} note 49".encode()) - last_key)
            app.wait(f"burst {n:03d} note 49")
            time.sleep(0.5)
    finally:
        app.close()
    floor = floor_burst(tm, rounds)
    print(f"burst of 50 notes ({rounds} rounds): last key to last note on disk "
          f"{med(burst) * 1e3:.1f} ms; one note's Enter to disk {med(one) * 1e3:.1f} ms; "
          f"ratio {med(burst) / med(one):.2f}x (goal <= 10)")
    print(f"  the floor: a bare Textual app with one Input, the same burst, last key to its "
          f"50th note on screen {med(floor) * 1e3:.1f} ms ({med(floor) / med(one):.2f}x one "
          f"note's Enter to disk); meeting mode to disk / the floor: "
          f"{med(burst) / med(floor):.2f}x")


def floor_burst(tm: Tmux, rounds: int) -> list[float]:
    """bench/input_floor.py sent the same 50-note bursts (its count shown on screen)."""
    name = f"floor{time.monotonic_ns() % 10**9}"
    tm.run("new-session", "-d", "-s", name, "-x", "120", "-y", "40", "--", sys.executable,
           str(Path(__file__).resolve().parent / "input_floor.py"))
    times: list[float] = []
    try:
        wait_for(tm, name, "NOTES 0", time.monotonic(), POLL, 30)
        time.sleep(1.0)
        for n in range(rounds):
            keys = [k for note in range(50) for k in (
                f"burst {n:03d} note {note:02d} " + "words " * 6, "Enter")]
            tm.run("send-keys", "-t", name, *keys)
            last_key = time.monotonic()
            seen, _, _ = wait_for(tm, name, f"NOTES {50 * (n + 1)}", last_key, POLL, 60)
            times.append(seen - last_key)
            time.sleep(0.5)
    finally:
        tm.run("kill-session", "-t", name, check=False)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--parts", default="store,open,enter,burst")
    args = parser.parse_args()
    parts = set(args.parts.split(","))
    root = Path(tempfile.mkdtemp(prefix="iepwizard-bench-notes-"))
    tm = Tmux("iepwizard-bench-notes")
    try:
        folders = {}
        for label, shape in SHAPES.items():
            folders[label] = root / label.split()[0].replace(",", "") / label.split()[1]
            meetings_store(folders[label], *shape)
        if "store" in parts:
            years, fresh = root / "years", root / "fresh"
            five_years(years)
            fresh_child(fresh)
            store_part(folders, years, fresh, args.rounds)
        tm.start()
        if "open" in parts:
            opened = {"empty meeting": root / "empty"}
            meetings_store(opened["empty meeting"], 0, 0, 0)
            opened.update({k: v for k, v in folders.items() if "in the meeting" in k
                           and not k.startswith("100 ")})
            for pause in (0.0, 0.4):
                open_part(tm, opened, args.rounds, pause)
        if "enter" in parts:
            enter_part(tm, {k: folders[k] for k in ("100 in the meeting",
                                                    "10,000 in the meeting",
                                                    "50,000 in the meeting")}, args.rounds)
        if "burst" in parts:
            burst_part(tm, folders["100 in the meeting"], args.rounds)
        if "open" in parts:  # last: a meeting reopened from the list stays ended, and the
            # parts above continue a meeting left open
            open_part(tm, opened, args.rounds, 0.0, reopen=True)
    finally:
        tm.stop()
        shutil.rmtree(root, ignore_errors=True)
    return 0


def end_meetings(folders: object) -> None:
    """End the current meetings, so the app does not offer to continue one at start-up."""
    for data in folders:  # type: ignore[attr-defined]
        with Store.open(data) as store:
            child = store.children()[0].id
            for meeting in store.meetings(child):
                if not meeting.ended:
                    store.end_meeting(child, meeting.id)


if __name__ == "__main__":
    sys.exit(main())
