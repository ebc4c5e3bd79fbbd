#!/usr/bin/env python3
"""The score finder against a base commit's: the same scores (every field), and CPU time.

The base's `iepwizard` package is extracted from git (`git archive`) into a temporary folder
as `iepwizard_base` and imported beside this tree's, so both run in one process on the same
texts: the bench's generated reports (300 KB and 3 MB, the bench's seed and another), the
decoder corpus (reports, IEPs, paperwork lines) and the string literals of the score tests.
Each text is read with and without the number positions the term matcher hands over.

    .venv/bin/python bench/score_parity.py [--base main] [--rounds 15] [--no-time]

Exit status 1 when any score differs. Timing: the two finders take turns on the 300 KB and
3 MB texts and on the corpus repeated to about 300 KB (CPU time, medians), each also as a
multiple of one `re.finditer` word pass over the same text (bench/decode.py's reference).
"""

from __future__ import annotations

import argparse
import ast
import importlib
import random
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
import tomllib
from io import BytesIO
from pathlib import Path
from typing import Any
from unittest import mock

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import decode as bench  # noqa: E402

from iepwizard.core import score_finder  # noqa: E402
from iepwizard.core.escapes import blank  # noqa: E402
from iepwizard.core.glossary import WORD, Matcher  # noqa: E402
from iepwizard.core.loader import load_content  # noqa: E402
from iepwizard.core.locations import content_dir  # noqa: E402
from iepwizard.core.scales import scales_for  # noqa: E402
from iepwizard.core.score_finder import find_scores  # noqa: E402


def every_score(module: Any, text: str, scales: Any, numbers: list[int] | None) -> str:
    """What `find_scores` returns, and every score found before repeats are dropped."""
    finder = module._Finder(text, scales)
    return repr((finder.run(numbers), finder.found))


def base_finder(ref: str, folder: Path) -> tuple[Any, Any]:
    """The score finder module and the scales as commit `ref` has them."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", ref, "iepwizard"],
                             check=True, capture_output=True).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    (folder / "iepwizard").rename(folder / "iepwizard_base")
    sys.path.insert(0, str(folder))
    finder = importlib.import_module("iepwizard_base.core.score_finder")
    scales = importlib.import_module("iepwizard_base.core.scales")
    return finder, scales.scales_for(content_dir())


def seeded(names: list[str], size: int, seed: int, scores: list[str]) -> str:
    """The bench's report text with another random seed."""
    real = random.Random
    with mock.patch.object(random, "Random", lambda _seed: real(seed)):
        return bench.report_text(names, size, scores)


def corpus_texts() -> list[str]:
    tests = ROOT / "tests"
    texts = [p.read_text(encoding="utf-8") for p in sorted((tests / "corpus").rglob("*.txt"))]
    paper = tomllib.loads((tests / "corpus" / "paperwork.toml").read_text(encoding="utf-8"))
    texts += [str(case["text"]) for case in paper["case"]]
    for name in ("test_scores.py", "test_decode_report.py", "test_decoder_corpus.py"):
        tree = ast.parse((tests / name).read_text(encoding="utf-8"))
        texts += [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant)
                  and isinstance(n.value, str) and any(c.isdigit() for c in n.value)]
    return texts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", default="main")
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--no-time", action="store_true")
    args = parser.parse_args()
    content = load_content(content_dir())
    names = [name for term in content.terms.values() for name in term.names]
    matcher = Matcher(content.terms.values())
    scales = scales_for(content.root)
    big = {f"{size // 1000} KB seed {seed}{' earlier' if early else ''}":
           seeded(names, size, seed, bench.EARLIER_SCORES if early else bench.SCORES)
           for size in (300_000, 3_000_000) for seed in (7, 2024) for early in (False, True)
           if not (early and size > 300_000)}
    texts = list(big.items()) + [(f"corpus {i}", t) for i, t in enumerate(corpus_texts())]
    with tempfile.TemporaryDirectory() as folder:
        old, old_scales = base_finder(args.base, Path(folder))
        differ = total = 0
        for label, raw in texts:
            text = blank(raw)
            numbers: list[int] = []
            matcher.find(text, numbers)
            for given in (None, numbers):
                mine = every_score(score_finder, text, scales, given)
                theirs = every_score(old, text, old_scales, given)
                total += len(find_scores(text, scales, given))
                if mine != theirs:
                    differ += 1
                    print(f"DIFFERENT: {label} ({'numbers' if given else 'whole text'}): "
                          f"{len(theirs)} base, {len(mine)} here (characters of repr)")
        print(f"parity: {len(texts)} texts x 2, {total} scores here, {differ} different")
        if not args.no_time:
            corpus = "\n\n".join(corpus_texts())
            timed = {label: big[label] for label in ("300 KB seed 7", "3000 KB seed 7")}
            timed["corpus ~300 KB"] = blank("\n\n".join([corpus] * (300_000 // len(corpus) + 1)))
            for label, text in timed.items():
                numbers = []
                matcher.find(text, numbers)
                runs: dict[str, list[float]] = {"base": [], "here": [], "words": []}
                for _ in range(args.rounds):
                    for name, func, sc in (("base", old.find_scores, old_scales),
                                           ("here", find_scores, scales)):
                        start = time.process_time()
                        func(text, sc, numbers)
                        runs[name].append(time.process_time() - start)
                    start = time.process_time()
                    [m.start() for m in WORD.finditer(text)]
                    runs["words"].append(time.process_time() - start)
                base, here, words = (statistics.median(runs[k]) for k in ("base", "here", "words"))
                print(f"{label}: find_scores base {base * 1e3:.1f} ms, here "
                      f"{here * 1e3:.1f} ms ({here / base:.2f}x), medians of {args.rounds}; "
                      f"as x one word pass: base {base / words:.2f}, here {here / words:.2f}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
