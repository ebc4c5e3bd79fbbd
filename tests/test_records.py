"""The records screens in Pilot against a real store: journal, contact log, questions, search."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from textual.events import Paste
from textual.pilot import Pilot
from textual.widgets import OptionList, Select, Static

from iepwizard.app import IEPWizardApp
from iepwizard.core.store import Store
from iepwizard.screens.confirm import ConfirmScreen
from iepwizard.screens.journal import JournalScreen
from iepwizard.screens.questions import QuestionsScreen
from iepwizard.screens.search import SearchScreen
from iepwizard.screens.wizard import WizardScreen
from iepwizard.widgets.burst import LineInput, SaveArea
from iepwizard.widgets.line_list import LineList

from .helpers import burst, child_id, journal_box, open_by_key, settled, typed, until
from .screen_cells import lines

SIZE = (120, 36)


def drawn(app: IEPWizardApp) -> str:
    """What the screen shows, line by line."""
    return "\n".join(lines(app.export_screenshot(), *app.size))


MakeApp = Callable[..., IEPWizardApp]


def _homework_nights(store: Store) -> None:
    """A child with more journal entries matching "homework" than the search lists."""
    from iepwizard.screens.search import SHOWN

    child = store.add_child("Sam")
    for day in range(1, SHOWN + 11):
        store.add_journal(child.id, f"2026-{1 + day // 28:02d}-{1 + day % 28:02d}",
                          f"Homework night {day}")


async def _search_homework(pilot: Pilot[Any]) -> tuple[SearchScreen, LineList]:
    """The search screen opened and "homework" typed, its first page listed."""
    from iepwizard.screens.search import SHOWN

    screen = await open_by_key(pilot, "ctrl+f", SearchScreen)
    await pilot.press(*"homework")
    results = screen.query_one("#records", LineList)
    await until(pilot, lambda: len(results.items) == SHOWN + 1, "a line and a page")
    return screen, results


async def test_journal_keeps_a_draft_and_saves_a_block_as_one_entry(make_app: MakeApp,
                                                                    store: Store) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("j")
        await until(pilot, lambda: isinstance(app.screen, JournalScreen), "the journal")
        await pilot.press(*"Homework took", "enter", *"two hours")
        app.post_message(Paste(" 😢 María"))  # as a terminal delivers it
        await pilot.press("escape")  # leaves; what was typed is kept
        await until(pilot, lambda: isinstance(app.screen, WizardScreen), "back")
        assert store.draft(child_id(store), "journal") == "Homework took\ntwo hours 😢 María"
        await pilot.press("j")
        await until(pilot, lambda: isinstance(app.screen, JournalScreen), "the journal")
        area = app.screen.query_one(SaveArea)
        assert area.text == "Homework took\ntwo hours 😢 María"
        await pilot.press("ctrl+s", *"next")
        listing = app.screen.query_one("#records", OptionList)
        await until(pilot, lambda: listing.option_count == 1 and not listing
                    .get_option_at_index(0).disabled, "one entry")
        assert area.text == "next"
        listing.focus()
        await pilot.press("delete")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "asked first")
        await pilot.click("#cancel")
    [entry] = store.journal(child_id(store))
    assert entry.text == "Homework took\ntwo hours 😢 María"


async def test_contacts_and_search(make_app: MakeApp, store: Store) -> None:
    child = store.add_child("Sam")
    store.add_journal(child.id, "2026-11-02", "Homework took two hours")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("c")
        await until(pilot, lambda: app.screen.query("#contact-who"), "the contact log")
        app.screen.query_one("#contact-direction", Select).value = "from school"
        await pilot.press(*"Ms. Carter", "tab")
        # Tab goes from who to what was said (the button took it, and the summary was lost)
        await until(pilot, lambda: app.screen.focused is not None and app.screen.focused.id
                    == "contact-summary", "focus on what was said")
        await pilot.press("enter")  # nothing said yet: refused, nothing logged
        await until(pilot, lambda: "Say what was said" in str(
            app.screen.query_one("#records-error").render()), "the empty summary refused")
        assert not store.contacts(child.id)
        await pilot.press(*"Called back about homework", "enter")
        await until(pilot, lambda: store.contacts(child.id), "the contact logged")
        await pilot.press("escape", "ctrl+f")
        await until(pilot, lambda: app.screen.query("#search-input"), "search")
        await pilot.press(*"homework")
        results = app.screen.query_one("#records", LineList)
        await until(pilot, lambda: len(results.items) == 2, "two results")
    [contact] = store.contacts(child.id)
    assert contact.direction == "from school" and contact.who == "Ms. Carter"


async def test_an_answered_question_asks_before_it_goes_and_comes_back(
        make_app: MakeApp, store: Store) -> None:
    child = store.add_child("Sam")
    asked = store.add_question(child.id, "Who is the case manager?")
    store.update_question(child.id, asked.id, asked=True, answer="Ms. Shah")
    store.add_question(child.id, "Plain one")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_by_key(pilot, "q", QuestionsScreen)
        listing = screen.query_one("#records", OptionList)
        listing.focus()
        listing.highlighted = 0
        await pilot.press("delete")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "asked first")
        await pilot.click("#yes")
        await until(pilot, lambda: len(store.questions(child.id)) == 3, "deleted")
        await pilot.press("ctrl+z")
        await until(pilot, lambda: len(store.questions(child.id)) == 4, "back again")
    assert any(q.answer == "Ms. Shah" for q in store.questions(child.id))


async def test_search_lists_a_page_and_drops_stale_results(make_app: MakeApp,
                                                           store: Store) -> None:
    """Past SHOWN hits a line says more were found; results for a query the box no longer
    holds are not shown (the newer query's come next)."""
    from iepwizard.core.notes import Hit
    from iepwizard.screens.search import MORE, SHOWN, hit_items

    _homework_nights(store)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen, results = await _search_homework(pilot)
        assert results.items[0].plain == MORE
        first = results.items[1].plain
        assert first.startswith("January 2, 2026 ") and "home journal: Homework" in first
        await settled(pilot)
        shown = drawn(app)
        assert MORE.split(":")[0] in shown and "Homework night 1" in shown  # drawn, not only held
        stale = [Hit("journal", "2026-01-01", "stale", "home journal")]
        screen.show_hits("home", list(hit_items("home", stale)))
        await settled(pilot)
        assert len(results.items) == SHOWN + 1
        fresh = [Hit("journal", "2026-01-01", "fresh", "home journal")]
        screen.show_hits("homework", list(hit_items("homework", fresh)))
        await until(pilot, lambda: len(results.items) == 1, "the current query's hits")
        await settled(pilot)
        assert "January 1, 2026 home journal: fresh" in drawn(app)


async def test_a_search_s_results_come_as_a_message_and_stale_ones_are_dropped(
        make_app: MakeApp, store: Store) -> None:
    """The worker posts its results (`Found`) and goes on, not waiting for them to be shown:
    the screen shows them if the box still holds their query."""
    from iepwizard.core.notes import Hit
    from iepwizard.screens.search import Found, hit_items
    from iepwizard.widgets.line_list import wrap_items

    _homework_nights(store)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen, results = await _search_homework(pilot)
        await settled(pilot)
        for query, text in (("home", "stale"), ("homework", "fresh")):
            items = list(hit_items(query, [Hit("journal", "2026-01-01", text, "home journal")]))
            width = results.line_width
            screen.post_message(Found(query, items, wrap_items(items, width), width))
        await until(pilot, lambda: len(results.items) == 1, "the current query's hits")
        await settled(pilot)
        assert "January 1, 2026 home journal: fresh" in drawn(app)
        assert "stale" not in drawn(app)


def test_hits_are_drawn_into_lines_without_parsing_a_style(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The date bold, where dim, the "more were found" line italic, as before; their styles are
    made once, not parsed from their names for each hit (60% of the worker's time)."""
    from rich.style import Style as RichStyle
    from textual.style import Style

    from iepwizard.core.notes import Hit
    from iepwizard.screens.search import MORE, SHOWN, hit_items
    from iepwizard.widgets.line_list import wrap_items

    parsed: list[str] = []
    parse = Style.parse

    def counted(text: str) -> Style:
        parsed.append(text)
        return parse(text)

    monkeypatch.setattr(Style, "parse", counted)
    hits = [Hit("journal", "2026-01-02", f"Homework night {n}", "home journal")
            for n in range(SHOWN + 1)]
    lines = wrap_items(list(hit_items("homework", hits)), 100)
    assert not parsed
    assert [(s.text, s.style) for s in lines[0]] == [(MORE, RichStyle(italic=True))]
    assert [(s.text, s.style) for s in lines[1]] == [
        ("January 2, 2026 ", RichStyle(bold=True)), ("home journal: ", RichStyle(dim=True)),
        ("Homework night 0", None)]


async def test_a_journal_date_that_does_not_exist_is_named(make_app: MakeApp,
                                                           store: Store) -> None:
    store.add_child("Sam")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_by_key(pilot, "j", JournalScreen)
        screen.query_one("#journal-date", LineInput).value = "February 30, 2026"
        area = screen.query_one("#journal-text", SaveArea)
        area.focus()
        await pilot.press(*"Tired after school", "ctrl+s")
        await until(pilot, lambda: "February 2026 has 28 days." in str(
            screen.query_one("#records-error", Static).render()), "the day named")
        assert area.text == "Tired after school"


async def test_the_search_gives_way_to_typing_as_it_wraps_the_hits(
        make_app: MakeApp, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """The search's worker hands over Python's lock every `GIVE_WAY` of its work, so a key
    typed while it runs is read and drawn at once (not after two of Python's 5 ms turns): here
    each hit takes longer than that (a clock that moves 1 ms at each look), so it gives way
    after each; a search whose hits take less gives way less often."""
    import itertools
    import types

    from iepwizard.screens import search
    from iepwizard.screens.search import SHOWN

    _homework_nights(store)
    given_way: list[float] = []
    clock = itertools.count(step=0.001)
    monkeypatch.setattr(search, "time", types.SimpleNamespace(
        sleep=given_way.append, perf_counter=lambda: next(clock)))
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen, results = await _search_homework(pilot)
    assert given_way.count(0) >= SHOWN


async def test_two_contacts_typed_in_one_burst_are_two(make_app: MakeApp, store: Store) -> None:
    """Who, Tab, what was said, Enter, twice, arriving at once: the second contact's "who" ran
    into the first one's summary ("first callMr. Lee") and its summary was lost."""
    child = store.add_child("Sam")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("c")
        await until(pilot, lambda: app.screen.query("#contact-who"), "the contact log")
        await until(pilot, lambda: app.screen.focused is not None
                    and app.screen.focused.id == "contact-who", "focus on who")
        burst(app, *typed("Ms. Carter\tfirst call\nMr. Lee\tsecond call\n"))
        await until(pilot, lambda: len(store.contacts(child.id)) == 2, "two contacts")
    assert [(c.who, c.summary) for c in store.contacts(child.id)] == [
        ("Ms. Carter", "first call"), ("Mr. Lee", "second call")]


async def test_text_typed_on_the_list_goes_to_the_box(make_app: MakeApp, store: Store) -> None:
    """Tab leaves the journal's box for the list of entries: what was typed next was lost,
    and a "t" switched the app's contrast. It now goes to the box, in order."""
    store.add_child("Sam")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        area = await journal_box(pilot)
        theme = app.theme
        burst(app, *typed("Line three\tthen two words"))
        # (Tab stood between two words: a space keeps them apart)
        await until(pilot, lambda: area.text == "Line three then two words", "all in the box")
        assert app.theme == theme
