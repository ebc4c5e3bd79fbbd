"""The command palette's entries: glossary definitions short and never cut mid-word; text
from the content files shown as written."""

from __future__ import annotations

from textual.command import CommandList
from textual.content import Content as TextualContent

from iepwizard.app import IEPWizardApp
from iepwizard.core.content import Content
from iepwizard.core.loader import load_content
from iepwizard.core.locations import content_dir
from iepwizard.core.store import Store
from iepwizard.core.wording import gist

from .helpers import settled, until


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


async def test_content_text_is_shown_as_written_never_as_markup(content: Content,
                                                                store: Store) -> None:
    """A definition or title holding markup or an escape sequence (a content file is edited
    by hand) is shown as written, the escape as a symbol: "[/]" stopped the palette."""
    hostile = "Note [/] and [b]bold[/b] and \x1b[31mred."
    first = next(iter(content.terms))
    terms = {**content.terms, first: content.terms[first]._replace(definition=hostile)}
    steps = (content.steps[0]._replace(title="Start [i]here[/i] \x1b[2J"), *content.steps[1:])
    store.add_child("Sam")
    app = IEPWizardApp(store=store, content=content._replace(terms=terms, steps=steps),
                       child_name="Sam")
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        await pilot.press("ctrl+p")
        await until(pilot, lambda: app.screen.query(CommandList), "the palette")
        shown: list[str] = []
        listing = app.screen.query_one(CommandList)
        for query in (content.terms[first].term, "Start"):
            await pilot.press(*query)
            await until(pilot, lambda: listing.option_count > 0, f"hits for {query}")
            await pilot.pause(0.2)
            prompts = [listing.get_option_at_index(i).prompt for i in range(listing.option_count)]
            assert all(isinstance(prompt, TextualContent) for prompt in prompts)
            shown += [prompt.plain for prompt in prompts if isinstance(prompt, TextualContent)]
            await pilot.press(*["backspace"] * len(query))
    assert any("Note [/] and [b]bold[/b] and ␛[31mred." in text for text in shown), shown
    assert any("Start [i]here[/i] ␛[2J" in text for text in shown), shown
    assert not any("\x1b" in text for text in shown)


async def test_an_action_is_found_by_a_word_of_its_help(content: Content, store: Store) -> None:
    """"calendar" finds the key dates, whose help says they make a calendar file (a parent
    searched for it and found nothing); a word's start is enough, a label still ranks first."""
    store.add_child("Sam")
    app = IEPWizardApp(store=store, content=content, child_name="Sam")
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        await pilot.press("ctrl+p")
        await until(pilot, lambda: app.screen.query(CommandList), "the palette")
        listing = app.screen.query_one(CommandList)
        await pilot.press(*"calend")
        await until(pilot, lambda: listing.option_count > 0, "hits for calend")
        await pilot.pause(0.2)
        shown = [str(listing.get_option_at_index(i).prompt) for i in
                 range(listing.option_count)]
        assert shown[0].startswith("Key dates and deadlines\n"), shown  # (before a label
        # matched letter by letter: "disciplinary removal" holds c-a-l-e-n-d-a-r far apart)
