#!/usr/bin/env python3
"""`iepwizard export --out FILE` at 100, 10,000 and 50,000 notes (meetings of 50), as ratios.

Each run is the real command in its own process; its CPU time and peak memory (maximum
resident set) come from the kernel through GNU time, so other programs on the machine do not
count. The sizes take turns
round by round; medians. Markdown, and the printable page (HTML, made section by section).

    .venv/bin/python bench/export.py [--rounds 15]

Goals (issue 16): memory at 50,000 notes <= 1.5x at 100; time linear (50,000 / 10,000 <= 5.5x,
the 100-note export being mostly the interpreter's start).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from stores import meetings_store  # noqa: E402

TIME = shutil.which("time") or "/usr/bin/time"
SIZES = {"100": (2, 50), "10,000": (200, 50), "50,000": (1000, 50),
         "50,000 in one meeting": (1, 50_000)}


def run(data: Path, out: Path, fmt: str) -> tuple[float, float]:
    """CPU seconds and peak MiB of one export."""
    env = {k: v for k, v in os.environ.items() if k != "IEPWIZARD_DATA_DIR"}
    # (GNU time, not os.wait4: a child forked from this big process would count its pages)
    done = subprocess.run([TIME, "-f", "@@ %U %S %M", sys.executable, "-m", "iepwizard",
                           "--data-dir", str(data), "export", "--format", fmt, "--out",
                           str(out)], capture_output=True, text=True, env=env)
    if done.returncode != 0:
        raise SystemExit(f"export failed: {done.stderr}")
    user, system, peak = done.stderr.rsplit("@@ ", 1)[1].split()
    return float(user) + float(system), int(peak) / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="iepwizard-bench-export-"))
    try:
        folders = {}
        for label, (meetings, per) in SIZES.items():
            folders[label] = root / label.replace(",", "").replace(" ", "-")
            meetings_store(folders[label], meetings - 1, per, per)
        for fmt in ("md", "html"):
            cpu: dict[str, list[float]] = {label: [] for label in SIZES}
            mem: dict[str, list[float]] = {label: [] for label in SIZES}
            for number in range(args.rounds + 1):
                for label, data in folders.items():
                    seconds, peak = run(data, root / f"out.{fmt}", fmt)
                    if number:  # the first round warms the disk cache
                        cpu[label].append(seconds)
                        mem[label].append(peak)
            c = {label: statistics.median(v) for label, v in cpu.items()}
            m = {label: statistics.median(v) for label, v in mem.items()}
            print(f"--format {fmt} ({args.rounds} rounds, sizes taking turns; "
                  f"{(root / f'out.{fmt}').stat().st_size / 2**20:.1f} MiB written at 50,000)")
            for label in SIZES:
                print(f"  {label:>21} notes  CPU {c[label] * 1e3:8.0f} ms "
                      f"({c[label] / c['100']:5.2f}x)   peak {m[label]:6.1f} MiB "
                      f"({m[label] / m['100']:.2f}x)")
            print(f"  memory at 50,000 / at 100: {m['50,000'] / m['100']:.2f}x (goal <= 1.5; in "
                  f"one meeting {m['50,000 in one meeting'] / m['100']:.2f}x); time 50,000 / "
                  f"10,000: {c['50,000'] / c['10,000']:.2f}x (linear: 5; goal <= 5.5)")
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
