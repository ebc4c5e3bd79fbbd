#!/usr/bin/env python3
"""Start-up benchmark: time to first frame and peak memory, iepwizard against a minimal app.

Both start the same way in the same real terminal (tmux, `capture-pane` polling), alternating
rounds in one run, so the ratio holds whatever the machine. iepwizard runs as
`iepwizard --child Bench` on a fresh data dir, with the first step's title as the marker.

    .venv/bin/python bench/startup.py [--rounds 10]

Goals: time ratio <= 1.4, memory ratio <= 1.3.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from ttfp import Tmux, measure_once  # noqa: E402

from iepwizard.core.loader import load_content  # noqa: E402
from iepwizard.core.locations import content_dir  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--size", default="120x40")
    args = parser.parse_args()
    width, height = (int(x) for x in args.size.split("x"))
    python = sys.executable
    script = Path(python).parent / "iepwizard"
    # A regular install byte-compiles the package (pip does); an editable one under
    # PYTHONDONTWRITEBYTECODE=1 would recompile every module at every start. Compile first, so
    # both apps start from bytecode as a user's would.
    import compileall

    compileall.compile_dir(str(HERE.parent / "iepwizard"), quiet=1)
    marker = load_content(content_dir()).steps[0].title
    commands = {
        "minimal": ([python, str(HERE / "hello.py")], "READY"),
        "iepwizard": ([str(script), "--child", "Bench"], marker),
    }
    results: dict[str, list[dict[str, float]]] = {name: [] for name in commands}
    tm = Tmux("iepwizard-bench")
    tm.start()
    try:
        for round_number in range(args.rounds + 1):  # round 0 warms the caches
            for name, (cmd, mark) in commands.items():
                data = Path(tempfile.mkdtemp(prefix="iepwizard-bench-"))
                run = measure_once(tm, cmd, mark, size=(width, height), settle=0.5,
                                   env=[f"IEPWIZARD_DATA_DIR={data}"], tag=name)
                shutil.rmtree(data, ignore_errors=True)
                if "error" in run:
                    print(f"{name}: {run['error']}\n{run.get('screen', '')}", file=sys.stderr)
                    return 1
                if round_number:
                    results[name].append(run)
    finally:
        tm.stop()

    def median(name: str, key: str) -> float:
        return statistics.median(r[key] for r in results[name])

    base_t, app_t = median("minimal", "ttfp_s") * 1e3, median("iepwizard", "ttfp_s") * 1e3
    base_m, app_m = median("minimal", "hwm_kb") / 1024, median("iepwizard", "hwm_kb") / 1024
    print(f"rounds: {args.rounds} (alternating, after one warm-up round)")
    print(f"first frame  minimal {base_t:7.1f} ms   iepwizard {app_t:7.1f} ms   "
          f"ratio {app_t / base_t:.2f}  (goal <= 1.40)")
    print(f"peak memory  minimal {base_m:7.1f} MiB  iepwizard {app_m:7.1f} MiB  "
          f"ratio {app_m / base_m:.2f}  (goal <= 1.30)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
