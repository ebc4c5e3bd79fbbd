#!/usr/bin/env python3
"""Start-up benchmark: the first READABLE screen and peak memory, against a minimal app.

Readable means the first words of step 1's text and the glossary panel's first term are on
screen in the same captured frame (the step title alone is an empty page). Every round starts
both apps in the same real terminal (tmux, `capture-pane` polled every 2 ms), alternating, so
the ratios hold whatever the machine: warm (the parsed-guide cache in place) and cold (a fresh
cache folder, as on the first run after install). The title time is reported too.

A second reference, `layout_mock.py`, is a static mock of the same layout in plain Textual
widgets (the floor the layout sets): the wizard is reported against it as well.

    .venv/bin/python bench/startup.py [--rounds 15]

Goals (issue 16): readable <= 1.3x warm, <= 1.6x cold; peak memory <= 1.2x (all against the
minimal app; the mock's own ratio says where the floor is).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from ttfp import RunError, Tmux, alive, proc_status, wait_for  # noqa: E402

from iepwizard.core.loader import load_content  # noqa: E402
from iepwizard.core.locations import content_dir  # noqa: E402
from iepwizard.core.markdown import plain_text  # noqa: E402

POLL = 0.002


def run_once(tm: Tmux, cmd: list[str], markers: list[str], env: list[str],
             size: tuple[int, int], settle: float = 0.0) -> dict[str, float]:
    """Seconds until each marker (all of `markers[-1]`'s parts in one frame), peak KiB."""
    name = f"bench{time.monotonic_ns() % 10**9}"
    args = ["new-session", "-d", "-s", name, "-x", str(size[0]), "-y", str(size[1]), "-P", "-F",
            "#{pane_pid}", *[a for e in env for a in ("-e", e)], "--", *cmd]
    out: dict[str, float] = {}
    pid = None
    try:
        t0 = time.monotonic()
        pid = int(tm.run(*args).stdout.strip())
        if len(markers) > 1:
            t_title, _, _ = wait_for(tm, name, markers[0], t0, POLL, 30)
            out["title"] = t_title - t0
        parts = markers[-1].split(" ‖ ")
        start = t0
        while True:
            seen, _, screen = wait_for(tm, name, parts[0], start, POLL, 30)
            if all(p in screen for p in parts):
                out["readable"] = seen - t0
                break
            start = time.monotonic()
        time.sleep(0.5)
        out["hwm_kb"] = float(proc_status(pid).get("VmHWM", 0))
        if settle:
            time.sleep(settle)
            out["settled_kb"] = float(proc_status(pid).get("VmHWM", 0))
    finally:
        tm.run("kill-session", "-t", name, check=False)
        deadline = time.monotonic() + 3
        while pid is not None and alive(pid) and time.monotonic() < deadline:
            time.sleep(0.01)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--size", default="120x40")
    parser.add_argument("--settle", type=float, default=3.0, help="seconds after which the "
                        "peak memory is read again (the start-up's later work done)")
    parser.add_argument("--skip", default="", help="runs to leave out (comma-separated: "
                        "mock, cold), for a quicker look; the minimal app always runs")
    args = parser.parse_args()
    size = tuple(int(x) for x in args.size.split("x"))
    python = sys.executable
    import compileall

    compileall.compile_dir(str(HERE.parent / "iepwizard"), quiet=1)
    content = load_content(content_dir())
    step = content.steps[0]
    first_words = " ".join(plain_text(step.body).splitlines()[0].split()[:4])
    first_term = content.terms[step.terms[0]].term
    readable = f"{first_words} ‖ ▶ {first_term}"
    app = [str(Path(python).parent / "iepwizard"), "--child", "Bench"]
    cache = Path(tempfile.mkdtemp(prefix="iepwizard-bench-cache-"))
    from iepwizard.core.step_text import actions_markdown

    screen = cache / "mock-screen.json"
    screen.write_text(json.dumps({
        "title": f"Step 1. {step.title}",
        "steps": [f"○ {n}. {s.label}" for n, s in enumerate(content.steps, 1)],
        "body": plain_text(step.body).replace("\n", "\n\n"),
        "checklist": [f"[ ] {item.text}" for item in step.checklist],
        "actions": plain_text(actions_markdown(step, content.footer)).replace("\n", "\n\n"),
        "terms": [content.terms[t].term for t in step.terms if t in content.terms]}))
    results: dict[str, list[dict[str, float]]] = {
        name: [] for name in ("minimal", "mock", "warm", "cold")
        if name not in args.skip.split(",")}
    tm = Tmux("iepwizard-startup")
    tm.start()
    try:
        for round_number in range(args.rounds + 1):  # round 0 warms the OS and the cache
            for name in results:
                data = Path(tempfile.mkdtemp(prefix="iepwizard-bench-"))
                env = [f"IEPWIZARD_DATA_DIR={data}"]
                cold: Path | None = None
                if name == "minimal":
                    cmd, markers = [python, str(HERE / "hello.py")], ["READY"]
                elif name == "mock":
                    cmd, markers = [python, str(HERE / "layout_mock.py"), str(screen)], \
                        [step.title, readable]
                else:
                    cmd, markers = app, [step.title, readable]
                    if name == "cold":  # a cache folder of its own, empty: no guide cache
                        cold = Path(tempfile.mkdtemp(prefix="iepwizard-bench-cold-"))
                    env.append(f"XDG_CACHE_HOME={cold or cache}")
                try:
                    run = run_once(tm, cmd, markers, env, size,  # type: ignore[arg-type]
                                   args.settle if name in ("warm", "cold") else 0.0)
                except RunError as exc:
                    print(f"{name}: {exc.args[0]}\n{exc.args[1] if len(exc.args) > 1 else ''}",
                          file=sys.stderr)
                    return 1
                finally:
                    shutil.rmtree(data, ignore_errors=True)
                    if cold is not None:
                        shutil.rmtree(cold, ignore_errors=True)
                if name == "minimal":
                    run["readable"] = run.pop("readable")
                if round_number:
                    results[name].append(run)
    finally:
        tm.stop()
        shutil.rmtree(cache, ignore_errors=True)

    def med(name: str, key: str) -> float:
        return statistics.median(r[key] for r in results[name])

    base = med("minimal", "readable") * 1e3
    base_m = med("minimal", "hwm_kb") / 1024
    has_mock = "mock" in results
    mock = med("mock", "readable") * 1e3 if has_mock else float("nan")
    mock_m = med("mock", "hwm_kb") / 1024 if has_mock else float("nan")
    print(f"rounds: {args.rounds} (alternating minimal / mock / warm / cold, after one warm-up)")
    print(f"minimal app            {base:7.1f} ms   {base_m:6.1f} MiB")
    print(f"layout mock (floor)    {mock:7.1f} ms ({mock / base:.2f}x)   {mock_m:6.1f} MiB "
          f"({mock_m / base_m:.2f}x)")
    for name, goal in (("warm", 1.3), ("cold", 1.6)):
        if name not in results:
            continue
        title, ready = med(name, "title") * 1e3, med(name, "readable") * 1e3
        mem = med(name, "hwm_kb") / 1024
        print(f"iepwizard {name}: title {title:7.1f} ms ({title / base:.2f}x)   readable "
              f"{ready:7.1f} ms ({ready / base:.2f}x, goal <= {goal}; {ready / mock:.2f}x the "
              f"mock)\n    peak memory 0.5 s after it {mem:6.1f} MiB ({mem / base_m:.2f}x, goal "
              f"<= 1.2; {mem / mock_m:.2f}x the mock)", end="")
        if args.settle:
            later = med(name, "settled_kb") / 1024
            print(f"; {args.settle:.0f} s later (letter templates checked) {later:6.1f} MiB "
                  f"({later / base_m:.2f}x)")
        else:
            print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
