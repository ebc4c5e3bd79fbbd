"""The command palette's entries for glossary terms: short, and never cut mid-word."""

from __future__ import annotations

from iepwizard.core.loader import load_content
from iepwizard.core.locations import content_dir
from iepwizard.core.wording import gist


def test_a_long_definition_is_shortened_at_a_word() -> None:
    definitions = [t.definition for t in load_content(content_dir()).terms.values()]
    long = [d for d in definitions if len(d) > 80]
    assert long
    for definition in long:
        shown = gist(definition)
        assert len(shown) <= 80 and shown.endswith(" …")
        kept = shown.removesuffix(" …")
        words = " ".join(definition.split())
        assert words.startswith(kept) and words[len(kept)] == " ", (shown, definition)
    short = next(d for d in definitions if len(d) <= 80)
    assert gist(short) == " ".join(short.split())
    assert len(gist("x" * 200 + " y")) <= 80  # a first word longer than the room is cut
