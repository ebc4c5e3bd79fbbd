#!/usr/bin/env python3
"""The command line's cold path: `decode` of a small file, `glossary TERM` and `letter ID`,
against `iepwizard --version`, each a fresh process, taking turns round by round (medians).

Time is the process's CPU time (user + system, as the kernel counts it for the finished child:
`getrusage`, in microseconds; GNU time printed it in 10 ms ticks, too coarse for a 20 ms
command), so other programs on the machine do not count; wall time is shown too. The guide's
cache is in place (made by a first run), as after any run of the app.

    .venv/bin/python bench/cli.py [--rounds 15]

The small files: "FAPE" (a term, no number: no score is looked for) and one line with a score.
Goal (issue 16): a small decode <= 2x `--version`; `glossary` and `letter` read the guide's
cache (no parsing of the guide).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def run(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """CPU time (user + system) and wall time of one `python -m iepwizard ARGS`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "iepwizard", *args],
                          capture_output=True, text=True, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{args} failed: {done.stderr}")
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), wall


def filled(letter_id: str) -> list[str]:
    """--set FIELD=EXAMPLE for every field of a letter."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from iepwizard.core.loader import load_content
    from iepwizard.core.locations import content_dir

    template = load_content(content_dir(), templates=False).letters[letter_id]
    return [a for f in template.fields for a in ("--set", f"{f.name}={f.example}")]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="iepwizard-bench-cli-"))
    small = root / "small.txt"
    small.write_text("FAPE\n")
    scored = root / "scored.txt"
    scored.write_text("Reading Composite SS = 84 (14th percentile).\n")
    # the package byte-compiled, as an install leaves it (this machine may not write .pyc)
    import compileall

    compileall.compile_dir(str(Path(__file__).resolve().parent.parent / "iepwizard"), quiet=1)
    env = {**os.environ, "XDG_CACHE_HOME": str(root / "cache"),
           "IEPWIZARD_DATA_DIR": str(root / "data")}
    commands = {
        "--version": ["--version"],
        "decode (a 5-byte file)": ["decode", str(small)],
        "decode (one scored line)": ["decode", str(scored)],
        "glossary FAPE": ["glossary", "FAPE"],
        "letter list": ["letter", "list"],
        "letter records-request": ["letter", "records-request", *filled("records-request")],
    }
    try:
        run(["glossary", "FAPE"], env)  # makes the guide's cache
        cpu: dict[str, list[float]] = {name: [] for name in commands}
        wall: dict[str, list[float]] = {name: [] for name in commands}
        for number in range(args.rounds + 1):
            for name, command in commands.items():
                spent, took = run(command, env)
                if number:
                    cpu[name].append(spent)
                    wall[name].append(took)
    except SystemExit as failed:
        print(failed)
        return 1
    finally:
        shutil.rmtree(root, ignore_errors=True)
    base = statistics.median(cpu["--version"])
    base_wall = statistics.median(wall["--version"])
    print(f"{args.rounds} rounds; CPU time (user + system) and wall time, medians:")
    for name in commands:
        c, w = statistics.median(cpu[name]), statistics.median(wall[name])
        goal = "  (goal <= 2)" if name.startswith("decode") else ""
        print(f"  {name:26} CPU {c * 1e3:6.1f} ms  {c / base:5.2f}x{goal}   wall "
              f"{w * 1e3:6.0f} ms  {w / base_wall:5.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
