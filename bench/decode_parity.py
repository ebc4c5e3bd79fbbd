#!/usr/bin/env python3
"""The whole decoder against a base commit's: the same term matches, numbers and scores.

The sibling of score_parity.py (which it borrows from): the base's `iepwizard` is extracted
from git as `iepwizard_base` and both decoders run in one process on the same texts (the
bench's reports at 300 KB and 3 MB with both score lists and two seeds, every text of the
decoder corpus, each read twice: word by word as a short text is, and with the start-word
regex as a long one is, and the corpus reports and IEPs joined to ~300 KB). Both read this
tree's content, unless the base cannot (a field it does not know): then the base reads the
content of its own commit, and a difference may come from the content as well as the code.
Compared: every
`Matcher.find` match (start, end, term id), the number positions it hands over, and every
field of `decode`'s matches, terms and scores. With timing, both decoders take turns on the
joined corpus and on the bench's 300 KB text (CPU time, medians).

    .venv/bin/python bench/decode_parity.py [--base main] [--rounds 15] [--no-time]

Exit status 1 when anything differs.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import io
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import decode as bench  # noqa: E402
import score_parity  # noqa: E402

from iepwizard.core import decode as decode_module  # noqa: E402
from iepwizard.core import glossary  # noqa: E402
from iepwizard.core.escapes import blank  # noqa: E402
from iepwizard.core.loader import load_content  # noqa: E402
from iepwizard.core.locations import content_dir  # noqa: E402


def joined_corpus(size: int = 300_000) -> str:
    """The corpus reports and IEPs, one after another, until `size` characters."""
    files = sorted((ROOT / "tests" / "corpus").rglob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in files]
    parts: list[str] = []
    length = 0
    while length < size:
        for text in texts:
            parts.append(text)
            length += len(text) + 2
    return "\n\n".join(parts)


class Side:
    """One decoder (this tree's or the base's), ready to run."""

    def __init__(self, package: str, content_root: Path | None = None) -> None:
        self.glossary: Any = importlib.import_module(f"{package}.core.glossary")
        self.decode_module = importlib.import_module(f"{package}.core.decode")
        loader = importlib.import_module(f"{package}.core.loader")
        scales = importlib.import_module(f"{package}.core.scales")
        content_root = content_root or content_dir()
        self.content = loader.load_content(content_root)
        self.matcher = self.glossary.Matcher(self.content.terms.values())
        if hasattr(self.matcher, "warm"):  # the long scan ready, for every kind of text
            self.matcher.scan(False)
            self.matcher.scan(True)
        self.scales = scales.scales_for(content_root)
        #: The fields of a score compared: those both decoders' scores have (set by `main`; a
        #: field only one has, like `by_grade`, is new, not a difference).
        self.fields: tuple[str, ...] = importlib.import_module(
            f"{package}.core.scores").Score._fields

    def find(self, text: str, long: bool) -> str:
        saved = self.glossary.SHORT_TEXT
        self.glossary.SHORT_TEXT = -1 if long else 10**12
        try:
            numbers: list[int] = []
            found = self.matcher.find(text, numbers)
        finally:
            self.glossary.SHORT_TEXT = saved
        return repr(([tuple(m) for m in found], numbers))

    def decode(self, text: str) -> str:
        done = self.decode_module.decode(text, self.content, self.matcher, self.scales)
        return repr((done.text == text, [tuple(m) for m in done.matches],
                     [t.id for t in done.terms],
                     [tuple(getattr(s, f) for f in self.fields) for s in done.scores]))

    def run(self, text: str, terms_only: bool = False) -> Callable[[], object]:
        if terms_only:
            return lambda: self.matcher.find(text, [])
        return lambda: self.decode_module.decode(text, self.content, self.matcher, self.scales)


def base_side(ref: str, folder: Path) -> Side:
    """The base's decoder, on this tree's content if it can read it, else on its own."""
    errors = importlib.import_module("iepwizard_base.core.problems")
    try:
        return Side("iepwizard_base")
    except errors.ContentError as exc:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", ref, "content"],
                                 check=True, capture_output=True).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(folder / "base", filter="data")
        print(f"the base cannot read this tree's content ({len(exc.problems)} problems, the "
              f"first: {exc.problems[0].message}); it reads {ref}'s own")
        return Side("iepwizard_base", folder / "base" / "content")


def digest(parts: list[str]) -> str:
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", default="main")
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--no-time", action="store_true")
    args = parser.parse_args()
    content = load_content(content_dir())
    names = [name for term in content.terms.values() for name in term.names]
    big = {f"{size // 1000} KB seed {seed}{' earlier' if early else ''}":
           score_parity.seeded(names, size, seed,
                               bench.EARLIER_SCORES if early else bench.SCORES)
           for size in (300_000, 3_000_000) for seed in (7, 2024) for early in (False, True)}
    texts: list[tuple[str, str]] = list(big.items()) + [("joined corpus", joined_corpus())]
    texts += [(f"corpus {i}", t) for i, t in enumerate(score_parity.corpus_texts())]
    with tempfile.TemporaryDirectory() as folder:
        score_parity.base_finder(args.base, Path(folder))  # extracts iepwizard_base
        here, base = Side("iepwizard"), base_side(args.base, Path(folder))
        assert here.glossary is glossary and here.decode_module is decode_module
        here.fields = base.fields = tuple(f for f in here.fields if f in base.fields)
        differ = matches = 0
        mine: list[str] = []
        for label, raw in texts:
            clean = blank(raw)
            pairs: list[tuple[str, Any, Any]] = [
                (f"find ({'long' if long else 'short'})", here.find(clean, long),
                 base.find(clean, long)) for long in (False, True)]
            pairs.append(("decode", here.decode(raw), base.decode(raw)))
            for what, ours, theirs in pairs:
                mine.append(ours)
                if ours != theirs:
                    differ += 1
                    print(f"DIFFERENT: {label}, {what}")
            matches += len(decode_module.decode(raw, here.content, here.matcher,
                                                here.scales).matches)
        print(f"parity: {len(texts)} texts x 3 (find short, find long, decode), "
              f"{matches} term matches in decode, {differ} different (digest {digest(mine)})")
        if not args.no_time:
            for label, text, terms in (
                    (what, text, terms) for what, text in (
                        ("joined corpus", joined_corpus()), ("300 KB seed 7", big["300 KB seed 7"]))
                    for terms in (True, False)):
                runs: dict[str, list[float]] = {"base": [], "here": []}
                funcs = {"base": base.run(text, terms), "here": here.run(text, terms)}
                for _ in range(args.rounds):
                    for name, func in funcs.items():
                        start = time.process_time()
                        func()
                        runs[name].append(time.process_time() - start)
                old, new = (statistics.median(runs[k]) for k in ("base", "here"))
                what = "terms" if terms else "decode"
                print(f"{label} ({len(text) // 1000} KB): {what} base {old * 1e3:.1f} ms, "
                      f"here {new * 1e3:.1f} ms ({new / old:.2f}x), medians of {args.rounds}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
