#!/usr/bin/env python3
"""Where the score finder's time goes in bench/decode.py's report: each score phrase alone,
and the parts every decode pays whatever the phrases.

Each of the bench's score phrases is sprinkled alone into a 300 KB report (the bench's words,
seed and density): the finder's CPU time over that of a report without scores, per phrase
written. Then, on the bench's own 300 KB report: the word pass (the bench's reference), the
whole finder, reading where the text names tests (once per text), and reading the words
before every number alone (`Before`; the finder reads them for fewer: those that get past
the checks of the characters around them). Issue 12's goal leaves the finder about 1.3 word
passes; the table shows which readings spend it.

    .venv/bin/python bench/score_phrases.py [--rounds 7]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from decode import SCORES, report_text, word_starts  # noqa: E402

from iepwizard.core.escapes import blank  # noqa: E402
from iepwizard.core.glossary import Matcher  # noqa: E402
from iepwizard.core.loader import load_content  # noqa: E402
from iepwizard.core.locations import content_dir  # noqa: E402
from iepwizard.core.scales import scales_for  # noqa: E402
from iepwizard.core.score_before import Before  # noqa: E402
from iepwizard.core.score_finder import NUMBER, find_scores  # noqa: E402


def fastest(func: Callable[[], object], rounds: int) -> float:
    """The least CPU time of `rounds` runs, in milliseconds (the least is the one other
    programs on a shared machine disturbed least)."""
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        func()
        best = min(best, time.process_time() - start)
    return best * 1e3


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    content = load_content(content_dir())
    scales = scales_for(content.root)
    matcher = Matcher(content.terms.values())
    matcher.warm()
    names = [name for term in content.terms.values() for name in term.names]

    def finder_time(text: str) -> tuple[float, int]:
        numbers: list[int] = []
        matcher.find(text, numbers)
        return fastest(lambda: find_scores(text, scales, list(numbers)), args.rounds), len(
            numbers)

    base, base_numbers = finder_time(blank(report_text(names, 300_000, ["the"])))
    print(f"a 300 KB report without scores: finder {base:.1f} ms, {base_numbers} numbers")
    print("each phrase alone (finder time over that, per phrase written):")
    for phrase in SCORES:
        text = blank(report_text(names, 300_000, [phrase]))
        spent, count = finder_time(text)
        written = text.count(phrase.strip())
        each = (count - base_numbers) / written
        print(f"  {(spent - base) / written * 1e3:6.1f} us  ({each:.1f} numbers)  "
              f"{phrase.strip()!r}")
    text = blank(report_text(names, 300_000))
    numbers: list[int] = []
    matcher.find(text, numbers)
    starts = [at for at in numbers if NUMBER.match(text, at)]
    words = fastest(lambda: word_starts(text), args.rounds)
    parts = {
        "the whole finder": fastest(lambda: find_scores(text, scales, list(numbers)),
                                    args.rounds),
        "where tests are named (once)": fastest(lambda: scales.test_mentions(text),
                                                args.rounds),
        f"the words before all {len(starts)} numbers": fastest(
            lambda: [Before(text, at, scales.lengths) for at in starts], args.rounds),
    }
    print(f"the bench's 300 KB report: word pass {words:.1f} ms")
    for label, spent in parts.items():
        print(f"  {label:32s} {spent:6.1f} ms  ({spent / words:.2f} word passes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
