"""The guide's cache keeps its terms, letters, term positions and blocks packed: each value is
unpickled when first read, so a start-up holds only what its first screen shows."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest

from iepwizard.app import IEPWizardApp
from iepwizard.core.content import Content
from iepwizard.core.content_cache import cache_file, load_guide, load_with_cache
from iepwizard.core.packed import Packed, digest
from iepwizard.core.store import Store
from iepwizard.widgets.step_view import StepView

from .helpers import same_guide


def test_a_value_is_unpacked_when_first_read_and_order_is_kept() -> None:
    packed = pickle.loads(pickle.dumps(Packed({"b": (1, "x"), "a": ("é",), "c": ()})))
    assert packed.unpacked == 0
    assert list(packed) == ["b", "a", "c"] and len(packed) == 3
    assert "a" in packed and "z" not in packed and packed.unpacked == 0  # (asked, not read)
    assert packed["a"] == ("é",) and packed.unpacked == 1
    assert packed["a"] is packed["a"]  # unpacked once
    assert packed.get("z") is None and packed.get("c") == ()
    assert dict(packed) == {"b": (1, "x"), "a": ("é",), "c": ()}
    with pytest.raises(KeyError):
        packed["z"]  # noqa: B018
    again = pickle.loads(pickle.dumps(packed))  # read and unread values both packed again
    assert again.unpacked == 0 and dict(again) == dict(packed)


def test_values_may_be_added_but_never_bytes() -> None:
    packed: Packed[object] = Packed()
    packed.update({"x": 1})
    packed["y"] = [2]
    del packed["x"]
    assert dict(packed) == {"y": [2]}
    with pytest.raises(TypeError):
        packed["z"] = b"raw"


def test_the_cached_guide_equals_the_parsed_one(content_copy: Path, tmp_path: Path) -> None:
    parsed = load_with_cache(content_copy, tmp_path / "cache")  # parses, then writes the cache
    cached, finish = load_guide(content_copy, tmp_path / "cache")
    assert finish is None
    assert isinstance(cached.terms, Packed) and isinstance(cached.blocks, Packed)
    assert same_guide(cached, parsed)  # every term, letter, term position and block


async def test_the_first_screen_unpacks_only_its_own_parts(store: Store, content_copy: Path,
                                                           tmp_path: Path) -> None:
    load_with_cache(content_copy, tmp_path / "cache")
    content, _ = load_guide(content_copy, tmp_path / "cache")
    app = IEPWizardApp(store=store, content=content, child_name="Sam")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert "Two kinds of help" in str(app.screen.query_one(StepView).body.render())
        terms, letters = content.terms, content.letters
        blocks, spans = content.blocks, content.term_spans
        assert isinstance(terms, Packed) and isinstance(letters, Packed)
        assert isinstance(blocks, Packed) and isinstance(spans, Packed)
        step = content.steps[0]
        assert terms.unpacked <= len(step.terms) + 1 < len(terms)
        assert letters.unpacked == 0
        assert 0 < blocks.unpacked <= 2 < len(blocks)  # the step's text and its actions
        assert 0 < spans.unpacked < len(spans) // 4


def _cached(content_copy: Path, tmp_path: Path) -> tuple[Content, Content, Path]:
    parsed = load_with_cache(content_copy, tmp_path / "cache")
    cached, finish = load_guide(content_copy, tmp_path / "cache")
    assert finish is None
    return parsed, cached, cache_file(content_copy, tmp_path / "cache")


@pytest.mark.skipif(os.name == "nt", reason="Windows keeps an open file from being replaced")
def test_stored_values_stay_in_the_file_until_read(content_copy: Path, tmp_path: Path) -> None:
    parsed, cached, path = _cached(content_copy, tmp_path)
    terms = cached.terms
    assert isinstance(terms, Packed) and terms.unpacked == 0
    first = next(iter(parsed.terms))
    # A newer cache replacing the file (another run, the content edited) changes nothing for
    # a guide already loaded: it reads the file it came from.
    replacement = path.with_name("other")
    replacement.write_bytes(b"not a cache")
    os.replace(replacement, path)
    assert terms[first] == parsed.terms[first] and terms.unpacked == 1
    assert dict(cached.letters) == dict(parsed.letters)


@pytest.mark.parametrize("damage", ["changed", "cut short"])
def test_a_value_damaged_in_the_file_is_parsed_again(damage: str, content_copy: Path,
                                                     tmp_path: Path) -> None:
    parsed, cached, path = _cached(content_copy, tmp_path)
    size = path.stat().st_size
    with path.open("r+b") as handle:  # in place: the loaded guide's open file sees it
        if damage == "changed":  # one letter of a text: still a pickle, saying otherwise
            handle.seek(size - 3000)
            tail = handle.read()
            at = size - 3000 + tail.index(b" the ") + 1
            handle.seek(at)
            handle.write(b"T")
        else:
            handle.truncate(size - 5000)
    assert same_guide(cached, parsed)
    assert not path.exists()  # removed: the next start writes it anew
    assert load_guide(content_copy, tmp_path / "cache")[1] is not None


@pytest.mark.parametrize("start", [b"", b"iepwiz", b"garbage!" * 4])
def test_a_cache_of_another_shape_is_made_again(start: bytes, content_copy: Path,
                                                tmp_path: Path) -> None:
    parsed, _, path = _cached(content_copy, tmp_path)
    path.write_bytes(start)
    again, finish = load_guide(content_copy, tmp_path / "cache")
    assert finish is not None and again.steps == parsed.steps
    finish()
    assert load_guide(content_copy, tmp_path / "cache")[1] is None  # written anew


def test_long_text_keys_are_kept_as_digests_unless_two_share_one(
        monkeypatch: pytest.MonkeyPatch, content_copy: Path, tmp_path: Path) -> None:
    parsed, cached, _ = _cached(content_copy, tmp_path)
    blocks = cached.blocks
    assert isinstance(blocks, Packed) and blocks._digested and blocks.unpacked == 0
    text = next(iter(parsed.blocks))
    assert text in blocks and blocks[text] == parsed.blocks[text]
    assert "no such text" not in blocks and blocks.get("no such text") is None
    assert list(blocks) == list(parsed.blocks)  # listed by their texts (read to list them)
    again = pickle.loads(pickle.dumps(blocks))  # (a pickled copy is looked up the same way)
    assert again[text] == parsed.blocks[text]
    # Were two texts to share a digest, the mapping keeps every text whole.
    import iepwizard.core.packed as packed_module

    monkeypatch.setattr(packed_module, "digest", lambda key: 7)
    parsed, cached, _ = _cached(content_copy, tmp_path / "colliding")
    assert isinstance(cached.blocks, Packed) and not cached.blocks._digested
    assert same_guide(cached, parsed)


def test_a_text_that_only_shares_a_digest_is_not_found() -> None:
    packed: Packed[int] = Packed.stored({}, digested=True)
    packed["a text"] = 1
    # Another text under the same digest (as if the two collided): its key is compared.
    packed._items[digest("another text")] = packed._items[digest("a text")]
    assert packed["a text"] == 1
    assert "another text" not in packed and packed.get("another text") is None
    with pytest.raises(KeyError):
        packed["another text"]  # noqa: B018


def test_a_copy_of_a_guide_read_from_the_cache_carries_its_values(content_copy: Path,
                                                                 tmp_path: Path) -> None:
    parsed, cached, path = _cached(content_copy, tmp_path)
    copied = pickle.loads(pickle.dumps(cached.terms))
    path.unlink()  # (the copy needs no file)
    assert dict(copied) == dict(parsed.terms)


def test_a_cache_cut_short_before_it_is_opened_is_made_again(content_copy: Path,
                                                             tmp_path: Path) -> None:
    _, _, path = _cached(content_copy, tmp_path)
    with path.open("r+b") as handle:
        handle.truncate(path.stat().st_size - 1)
    assert load_guide(content_copy, tmp_path / "cache")[1] is not None
