"""The letters' own logic: the meeting summary's stances, the follow-up's count and copies, the
records request without a meeting. Rendered from the shipped templates."""

from __future__ import annotations

from iepwizard.core import letter_fill as fill
from iepwizard.core.content import Content, LetterTemplate
from iepwizard.core.letters import DEFAULT_STANCE, STANCES, meeting_values, render
from iepwizard.core.records import Child, Contact, Entry, Parent, Person


def examples(template: LetterTemplate) -> dict[str, str]:
    return {f.name: f.example for f in template.fields}


def body(content: Content, letter_id: str, people: list[Person] | None = None,
         contacts: list[Contact] | None = None, **values: str) -> tuple[str, str]:
    template = content.letters[letter_id]
    sources = fill.Sources(Parent(), Child(id="sam"), people or [], {}, contacts or [])
    letter = render(template, {**examples(template), **values}, fill.computed(template, sources))
    return letter.subject, letter.body


def test_meeting_notes_start_as_still_considering() -> None:
    values = meeting_values([Entry(text="Reading 30 min daily", mark="decision"),
                             Entry(text="Aide in math", mark="decision")], "December 15, 2026")
    assert values["decisions"] == ("- [still considering] Reading 30 min daily\n"
                                   "- [still considering] Aide in math")
    assert DEFAULT_STANCE in STANCES


def test_summary_groups_decisions_by_stance(content: Content) -> None:
    decisions = ("- [I agree] Extra time on tests\n"
                 "- [still considering] Reading 30 min daily\n"
                 "Speech ends in March\n"
                 "- [I disagree] No aide in math\n"
                 "   \n")
    _, text = body(content, "meeting-summary", decisions=decisions, refused="")
    agree = text.index("The team decided, and I agree:")
    considering = text.index("The team decided, and I am still considering:")
    disagree = text.index("The team decided, and I do not agree:")
    assert agree < text.index("- Extra time on tests") < considering
    assert considering < text.index("- Reading 30 min daily") < disagree
    assert considering < text.index("- Speech ends in March") < disagree  # no mark: considering
    assert disagree < text.index("- No aide in math")
    assert "[I agree]" not in text and "[I disagree]" not in text
    assert "For each decision I do not agree with, please send me Prior Written Notice" in text
    assert "and each request the team refused" not in text


def test_summary_asks_no_notice_when_all_is_agreed(content: Content) -> None:
    _, text = body(content, "meeting-summary", decisions="[I agree] Extra time on tests",
                   refused="")
    assert "Prior Written Notice" not in text
    assert "still considering" not in text and "do not agree" not in text
    _, refused = body(content, "meeting-summary", decisions="[I agree] Extra time",
                      refused="A classroom aide.")
    assert "please send me Prior Written Notice" in refused


def test_follow_up_counts_its_requests_and_copies_only_when_it_copies(content: Content) -> None:
    first = [Contact(letter_id="evaluation-request", date="2026-10-02")]
    second = [*first, Contact(letter_id="follow-up-request", date="2026-10-23")]
    third = [*second, Contact(letter_id="follow-up-request", date="2026-11-13")]
    subjects = [body(content, "follow-up-request", contacts=c)[0].split(" request")[0]
                for c in ([], first, second, third)]
    assert subjects == ["Follow-up", "Second", "Third", "Further"]
    _, alone = body(content, "follow-up-request", contacts=first)
    assert "I am copying" not in alone and "cc:" not in alone
    _, copied = body(content, "follow-up-request", contacts=first,
                     people=[Person(id="p1", role="sped-teacher", name="Mr. Diaz"),
                             Person(id="p2", role="principal", name="Dr. Lee")])
    assert "I am copying others" in copied
    assert "cc: Mr. Diaz (special-education teacher)" in copied
    assert "Dr. Lee" not in copied.split("cc:")[1]  # the principal is the recipient
    assert "\n\nThank you for your help." in copied


def test_records_request_needs_no_meeting_and_names_the_limits(content: Content) -> None:
    _, text = body(content, "records-request", meeting_date="")
    assert "before our meeting" not in text
    assert "45 days" in text and "explanations" in text and "300.613" in text


def test_letters_cite_what_they_claim(content: Content) -> None:
    for letter in content.letters.values():
        if "Prior Written Notice" in letter.body:
            assert "300.503" in letter.body, letter.id
    assert "300.324(a)(4)" not in content.letters["reconvene-request"].body
    assert "300.324(b)(1)(ii)" in content.letters["reconvene-request"].body
