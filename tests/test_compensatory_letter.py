"""The make-up (compensatory) services letter: the ledger fills its fields, it cites the law of
the child's track, and a second request cites the first."""

from __future__ import annotations

import datetime as dt

from iepwizard.core import letter_fill as fill
from iepwizard.core.content import Content
from iepwizard.core.iep.compensatory import LETTER_ID
from iepwizard.core.iep.ledger_view import ledger_view
from iepwizard.core.letters import render
from iepwizard.core.records import Contact, Parent
from iepwizard.core.store import Store

from .ledger_fixture import AS_OF, SESSIONS, SPEECH, save_two_finals


def ledger_values(store: Store) -> dict[str, str]:
    child = store.add_child("Riley")
    save_two_finals(store, child.id)
    for day, minutes, status, note in SESSIONS:
        store.add_session(child.id, day, SPEECH, minutes, status, note)
    request = ledger_view(store, child.id).request(AS_OF)
    assert request is not None
    return request.letter_values()


def test_the_ledger_fills_the_letter_and_it_cites_the_iep_rule(content: Content,
                                                               store: Store) -> None:
    template = content.letters[LETTER_ID]
    assert (template.to, template.track, template.step) == ("case-manager", "both",
                                                            "keeping-the-plan-working")
    values = ledger_values(store)
    declared = {f.name for f in template.fields}
    assert set(values) <= declared
    examples = {f.name: f.example for f in template.fields if f.name not in values}
    letter = render(template, {**examples, **values},
                    fill.computed(template, fill.Sources(Parent(), None)))
    body = letter.body
    assert "my child's IEP dated August 31, 2026 and September 28, 2026" in body
    assert "From September 7, 2026 to October 16, 2026" in body
    assert "- Speech Therapy: 300 minutes required, 240 delivered, 30 short" in body
    assert "sessions not provided on: September 24, 2026" in body
    assert "In all, 30 minutes were not provided." in body
    assert "(34 CFR 300.323(c)(2))" in body and "104.33" not in body
    assert "compensatory services" in body and "I first asked" not in body


def test_a_504_plan_cites_section_504_and_a_second_request_cites_the_first(
        content: Content) -> None:
    template = content.letters[LETTER_ID]
    values = {f.name: f.example for f in template.fields} | {"plan": "Section 504 plan"}
    earlier = [Contact(letter_id=LETTER_ID, date="2026-11-02")]
    sources = fill.Sources(Parent(), None, contacts=earlier)
    body = render(template, values, fill.computed(template, sources, dt.date(2026, 12, 1))).body
    assert "my child's Section 504 plan dated" in body
    assert "Section 504 (34 CFR 104.33)" in body and "300.323" not in body
    assert "I first asked about missed services in writing on November 2, 2026." in body
