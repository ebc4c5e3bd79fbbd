"""Patterns compiled on first use (iepwizard.core.lazy_re) behave as compiled ones."""

from __future__ import annotations

import pickle
import re
import subprocess
import sys

import pytest

from iepwizard.core import lazy_re


def test_a_lazy_pattern_answers_as_re_compile_does() -> None:
    lazy = lazy_re.compile(r"(?P<n>\d+)\s*(st|nd|rd|th)?", re.IGNORECASE)
    plain = re.compile(r"(?P<n>\d+)\s*(st|nd|rd|th)?", re.IGNORECASE)
    text = "the 14TH and 37th percentiles, 2 of 5"
    assert lazy.search(text, 5).span() == plain.search(text, 5).span()  # type: ignore[union-attr]
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert lazy.findall(text) == plain.findall(text)
    assert lazy.sub("#", text) == plain.sub("#", text)
    assert lazy.split(text) == plain.split(text)
    assert lazy.match(text) is None and lazy.fullmatch("12") is not None
    assert lazy.groupindex == plain.groupindex and lazy.groups == 2
    assert lazy.pattern == plain.pattern and lazy.flags & re.IGNORECASE


def test_nothing_is_compiled_until_a_method_is_asked_for(monkeypatch: pytest.MonkeyPatch) -> None:
    compiled: list[str] = []
    real = re.compile

    def counting(pattern: str, flags: int = 0) -> re.Pattern[str]:
        compiled.append(pattern)
        return real(pattern, flags)

    monkeypatch.setattr(re, "compile", counting)
    lazy = lazy_re.compile(r"never(?: used)? before")
    assert lazy.pattern == r"never(?: used)? before" and compiled == []
    assert lazy.search("never before")
    assert lazy.search("never used before")
    assert compiled == [r"never(?: used)? before"]  # once, on the first search


def test_a_lazy_pattern_pickles_as_its_source() -> None:
    lazy = lazy_re.compile(r"\bSS\b", re.ASCII)
    again = pickle.loads(pickle.dumps(lazy))
    assert again.pattern == r"\bSS\b" and again.flags == re.ASCII
    assert again.search("SS = 84") is not None


def test_the_decoder_compiles_few_patterns_at_import() -> None:
    """Importing the score finder (every `iepwizard decode` of a number does) compiles no
    pattern of its own: they wait for the text that needs them."""
    probe = ("import re, sys\n"
             "seen = []\n"
             "real = re._compile\n"
             "def counting(pattern, flags):\n"
             "    if not isinstance(pattern, re.Pattern) and (pattern, flags) not in seen:\n"
             "        seen.append((pattern, flags))\n"
             "    return real(pattern, flags)\n"
             "import iepwizard.core.glossary, iepwizard.core.problems\n"
             "re._compile = counting\n"
             "import iepwizard.core.score_finder, iepwizard.core.decode\n"
             "print(len(seen))\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          check=True)
    assert int(done.stdout) <= 5, done.stdout
