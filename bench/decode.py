#!/usr/bin/env python3
"""Decoder speed: decoding a 300 KB report against the full glossary, as a ratio.

The reference is one `re.finditer` pass over the words of the same text (the least a decoder
reporting positions must do), timed in the same run. Also shown: a regex alternation of every
term name, the approach the matcher avoids.

    .venv/bin/python bench/decode.py [--repeat 7]

Goal: decode <= 3x the word pass.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from iepwizard.core.decode import decode  # noqa: E402
from iepwizard.core.glossary import WORD, Matcher  # noqa: E402
from iepwizard.core.loader import load_content  # noqa: E402
from iepwizard.core.locations import content_dir  # noqa: E402

FILLER_TEXT = ("the student was observed during reading and math instruction and was able "
               "to follow directions with support from the teacher in a small group setting "
               "while peers worked independently on the assigned tasks")
FILLER = FILLER_TEXT.split(" ")


def report_text(content_terms: list[str], size: int = 300_000) -> str:
    """A report-like text: ordinary words with terms and scores sprinkled in."""
    rng = random.Random(7)
    parts: list[str] = []
    length = 0
    while length < size:
        roll = rng.random()
        if roll < 0.06:
            word = rng.choice(content_terms)
        elif roll < 0.08:
            word = rng.choice(["standard score of 78", "SS 85", "scaled scores of 6 and 7",
                               "the 12th percentile", "T-score 65"])
        else:
            word = rng.choice(FILLER)
        if rng.random() < 0.07:
            word += "."
        parts.append(word)
        length += len(word) + 1
    return " ".join(parts)


def best(func: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    content = load_content(content_dir())
    names = [name for term in content.terms.values() for name in term.names]
    text = report_text(names)
    matcher = Matcher(content.terms.values())
    alternation = re.compile(r"(?<!\w)(?:" + "|".join(
        re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?!\w)", re.IGNORECASE)

    word_pass = best(lambda: [m.start() for m in WORD.finditer(text)], args.repeat)
    decoding = best(lambda: decode(text, content, matcher), args.repeat)
    terms_only = best(lambda: matcher.find(text), args.repeat)
    regex_all = best(lambda: list(alternation.finditer(text)), max(1, args.repeat // 3))
    found = decode(text, content, matcher)
    print(f"text {len(text) / 1000:.0f} KB, {len(content.terms)} terms ({len(names)} names); "
          f"found {len(found.matches)} term mentions and {len(found.scores)} scores")
    print(f"word pass (reference) {word_pass * 1e3:8.1f} ms")
    print(f"terms only            {terms_only * 1e3:8.1f} ms   ratio {terms_only / word_pass:.2f}")
    print(f"decode (terms+scores) {decoding * 1e3:8.1f} ms   ratio {decoding / word_pass:.2f}"
          f"  (goal <= 3.00)")
    print(f"regex alternation     {regex_all * 1e3:8.1f} ms   ratio {regex_all / word_pass:.2f}"
          f"  (for comparison)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
