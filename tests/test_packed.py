"""The guide's cache keeps its terms, letters, term positions and blocks packed: each value is
unpickled when first read, so a start-up holds only what its first screen shows."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from iepwizard.app import IEPWizardApp
from iepwizard.core.content_cache import load_guide, load_with_cache
from iepwizard.core.packed import Packed
from iepwizard.core.store import Store
from iepwizard.widgets.step_view import StepView


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
    assert cached == parsed  # every term, letter, term position and block


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
