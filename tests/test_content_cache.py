"""The parsed-guide cache: used when fresh, rebuilt after any edit or damage."""

from __future__ import annotations

import os
from pathlib import Path

from iepwizard.core.content_cache import cache_file, load_with_cache

from .helpers import same_guide


def test_cache_is_written_then_used(content_copy: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = load_with_cache(content_copy, cache)
    path = cache_file(content_copy, cache)
    assert path.exists()
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    stamp = path.stat().st_mtime_ns
    again = load_with_cache(content_copy, cache)
    assert same_guide(again, first)
    assert path.stat().st_mtime_ns == stamp  # read, not rewritten


def test_an_edit_invalidates_the_cache(content_copy: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    load_with_cache(content_copy, cache)
    step = content_copy / "steps" / "03-rti.md"
    step.write_text(step.read_text().replace("What the school tries first",
                                             "What the school tries before anything else"))
    os.utime(step, ns=(1, 1))  # even an old timestamp is a different one
    assert load_with_cache(content_copy, cache).steps[2].title.startswith(
        "What the school tries before anything else")


def test_a_damaged_cache_is_rebuilt(content_copy: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    load_with_cache(content_copy, cache)
    cache_file(content_copy, cache).write_bytes(b"not a pickle")
    assert len(load_with_cache(content_copy, cache).steps) == 12


def test_not_in_phrases_survive_the_cache(content_copy: Path, tmp_path: Path) -> None:
    """A term's `not_in` is read back from the cache as parsed (FORMAT 11 holds it)."""
    from iepwizard.core.content_cache import FORMAT
    from iepwizard.core.glossary import Matcher
    from iepwizard.core.packed import Packed

    cache = tmp_path / "cache"
    parsed = load_with_cache(content_copy, cache)
    cached = load_with_cache(content_copy, cache)
    assert FORMAT >= 11 and isinstance(cached.terms, Packed)  # read from the cache file
    assert cached.terms["intellectual-disability"].not_in == parsed.terms[
        "intellectual-disability"].not_in
    assert "student ID" in cached.terms["intellectual-disability"].not_in
    assert all(cached.terms[k].not_in == t.not_in for k, t in parsed.terms.items())
    text = "Student ID: 204417, concerns about cognitive and adaptive skills"
    assert Matcher(cached.terms.values()).find(text) == []
