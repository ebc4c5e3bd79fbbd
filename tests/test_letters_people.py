"""The people a letter is to, on a real store: the role a person is kept with is the one the
parent chose or the one their title plainly names, and the profile's list and form agree."""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import OptionList, Select

from iepwizard.app import IEPWizardApp
from iepwizard.core import letter_fill as fill
from iepwizard.core import letter_store
from iepwizard.core.content import Content
from iepwizard.core.store import Store
from iepwizard.screens.letters import LettersScreen
from iepwizard.screens.profile import ProfileScreen

from .helpers import letters_form, until

SIZE = (120, 40)
MakeApp = Callable[..., IEPWizardApp]


def test_someone_new_in_a_letter_takes_the_role_their_title_names(store: Store,
                                                                  content: Content) -> None:
    """The summary is to the case manager; Mr. Nowak, typed there as the teacher, is kept as
    the teacher (and the letter stays to him), not as the case manager."""
    template = content.letters["meeting-summary"]
    assert template.to == "case-manager"
    child = store.add_child("Zoë").id
    letter_store.keep_typed(store, child, template, {"recipient_name": "Mr. Łukasz Nowak"})
    [nowak] = store.people(child)
    assert nowak.role == "case-manager"  # no title yet: the letter's `to` role
    letter_store.keep_typed(store, child, template, {"recipient_title": "Teacher"})
    [nowak] = store.people(child)
    assert (nowak.role, nowak.title) == ("teacher", "Teacher")
    # still the letter's recipient (by id): a later edit changes him, adds no one
    assert fill.recipient(template, letter_store.sources(store, child, template.id)) == nowak
    letter_store.keep_typed(store, child, template, {"recipient_name": "Mr. Łukasz Nowak-Ruiz"})
    assert [p.name for p in store.people(child)] == ["Mr. Łukasz Nowak-Ruiz"]
    # both at once, into a letter to the principal
    letter_store.keep_typed(store, child, content.letters["evaluation-request"], {
        "recipient_name": "Ms. Ann Lee", "recipient_title": "Principal, Escuela Núñez"})
    assert {p.name: p.role for p in store.people(child)}["Ms. Ann Lee"] == "principal"


def test_a_role_chosen_beside_a_title_is_kept(store: Store, content: Content) -> None:
    """A special-education teacher who is the case manager, as the parent set them up: a title
    typed in a letter does not move them to another role."""
    child = store.add_child("Zoë").id
    kept = store.save_person(child, role="case-manager", name="Ms. Søren",
                             title="Case manager")
    letter_store.keep_typed(store, child, content.letters["meeting-summary"],
                            {"recipient_title": "Special education teacher"})
    [person] = store.people(child)
    assert (person.id, person.role, person.title) == (
        kept.id, "case-manager", "Special education teacher")


async def test_the_profile_shows_and_keeps_the_role_the_letter_gave(make_app: MakeApp,
                                                                    store: Store) -> None:
    """Typed in a letter as the principal, then the profile opened: she stays the principal,
    in the store, the list and the form (the list said "(teacher)": the role list's own
    first value, sent as it mounted, was saved over hers)."""
    store.add_child("Zoë")
    app = make_app(child="Zoë")
    async with app.run_test(size=SIZE) as pilot:
        screen = await letters_form(pilot)
        assert screen.letter_id == "evaluation-request"
        screen.query_one("#field--recipient_name").focus()
        await pilot.press(*"Ms. Ann Lée", "tab", *"Principal", "tab", "escape")
        await until(pilot, lambda: not isinstance(app.screen, LettersScreen), "letters left")
        await pilot.press("e")
        await until(pilot, lambda: isinstance(app.screen, ProfileScreen), "the profile")
        profile = app.screen
        for _ in range(5):
            await pilot.pause()
        child = store.children()[0].id
        [person] = store.people(child)
        assert (person.name, person.role, person.title) == ("Ms. Ann Lée", "principal",
                                                            "Principal")
        listing = profile.query_one("#people", OptionList)
        assert str(listing.get_option_at_index(0).prompt) == "Ms. Ann Lée (principal)"
        assert profile.query_one("#person-role", Select).value == "principal"


def test_another_name_typed_over_the_recipients_adds_a_person(store: Store,
                                                              content: Content) -> None:
    """A new-user walk: Ms. Çelik typed as the recipient, then "Tom Reed" typed over her name
    in the same letter: she was renamed, and gone from the address book. Now Tom is added and
    the letter is to him; a correction of her own name (a letter fixed, a first name added) is
    still a correction, an emptied name empties nothing, and "someone else" chosen in "To"
    never renames the person holding the letter's role."""
    template = content.letters["progress-data-request"]
    child = store.add_child("Zoë").id

    def people() -> list[tuple[str, str]]:
        return [(p.name, p.title) for p in store.people(child)]

    letter_store.keep_typed(store, child, template, {"recipient_name": "Ms. Ines Celik",
                                                     "recipient_title": "3rd grade teacher"})
    letter_store.keep_typed(store, child, template, {"recipient_name": "Ms. Ines Çelik"})
    assert people() == [("Ms. Ines Çelik", "3rd grade teacher")]
    letter_store.keep_typed(store, child, template, {"recipient_name": ""})
    assert people() == [("Ms. Ines Çelik", "3rd grade teacher")]
    letter_store.keep_typed(store, child, template, {"recipient_name": "T"})
    letter_store.keep_typed(store, child, template, {"recipient_name": "Tom Reed",
                                                     "recipient_title": "Math teacher"})
    assert sorted(people()) == [("Ms. Ines Çelik", "3rd grade teacher"),
                                ("Tom Reed", "Math teacher")]
    to = fill.recipient(template, letter_store.sources(store, child, template.id))
    assert to is not None and to.name == "Tom Reed"
    # "someone else" chosen: the name typed is a new person's, not the teacher's new name
    other = content.letters["observation-request"]
    letter_store.keep_typed(store, child, other, {"_to": ""})
    assert fill.recipient(other, letter_store.sources(store, child, other.id)) is None
    letter_store.keep_typed(store, child, other, {"recipient_name": "Dr. Ana Ruiz"})
    assert sorted(n for n, _ in people()) == ["Dr. Ana Ruiz", "Ms. Ines Çelik", "Tom Reed"]


def test_same_person_reads_corrections_and_typing_as_one_person() -> None:
    same = letter_store.same_person
    assert same("Ms. Ines Celik", "Ms. Ines Çelik") and same("Mr. Nowak", "Mr. Łukasz Nowak")
    assert same("Ms. Ines Çelik", "Ms. Ines") and same("T", "Tom Reed")
    assert not same("Ms. Ines Çelik", "Tom Reed") and not same("Ms. Lee", "Mr. Park")
    assert not same("Ms. Jane Carter", "Ms. Ines Çelik")  # ("Ms." says nothing of who)


async def test_the_to_list_shows_the_person_a_typed_name_added(make_app: MakeApp,
                                                               store: Store) -> None:
    """Under "someone else", a name typed makes a person of the address book, whom the letter
    is to from then on: the "To" list says so (it went on saying "someone else")."""
    store.add_child("Zoë")
    app = make_app(child="Zoë")
    async with app.run_test(size=SIZE) as pilot:
        screen = await letters_form(pilot)
        to = screen.query_one("#letter-to", Select)
        assert to.value == "_other"
        screen.query_one("#field--recipient_name").focus()
        await pilot.press(*"Ms. Ann Lée", "tab", *"Principal")
        child = store.children()[0].id
        await until(pilot, lambda: to.value != "_other", "the To list showing her")
        # (on a slow machine a save falls in the middle of the name: "Ms. A" is made, then
        # corrected as the typing goes on)
        await until(pilot, lambda: [p.name for p in store.people(child)] == ["Ms. Ann Lée"],
                    "her whole name kept")
        [person] = store.people(child)
        assert to.value == person.id
        assert screen.focused is screen.query_one("#field--recipient_title")  # (typing goes on)
