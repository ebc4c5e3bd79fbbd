"""The decoder screen, from a new-user walk in tmux: keys sent right after a paste with the
focus off the box, the note that ctrl+z undoes an opened file, and the bell curve's labels at
wide sizes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual import events
from textual.pilot import Pilot
from textual.widgets import Static

from iepwizard.app import IEPWizardApp
from iepwizard.screens.decoder import DecoderScreen, PasteBox

from .helpers import burst, typed, until
from .test_decoder_screen import open_decoder, open_path, type_in

MakeApp = Callable[..., IEPWizardApp]


async def focus_off_the_box(pilot: Pilot[Any], screen: DecoderScreen, *keys: str) -> None:
    box = screen.query_one(PasteBox)
    await pilot.press(*keys)
    await until(pilot, lambda: screen.focused is not None and screen.focused is not box,
                "the focus off the box")
    await pilot.pause()


@pytest.mark.parametrize("keys", [("tab",), ("f3", "tab", "tab")], ids=["tabs", "curve"])
async def test_keys_after_an_off_box_paste_follow_it_into_the_box(
        make_app: MakeApp, keys: tuple[str, ...]) -> None:
    """A paste with the focus on the tabs or the curve, then keys in the same burst (tmux
    send-keys, SSH, a macro): the paste went into the box, the keys were lost (they had been
    handed to the tabs before the paste reached the screen)."""
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_decoder(pilot)
        box = screen.query_one(PasteBox)
        await focus_off_the_box(pilot, screen, *keys)
        burst(app, events.Paste("Her SS 78"), *typed(" and SS 85"))
        await until(pilot, lambda: box.text.startswith("Her SS 78"), "the paste in the box")
        await until(pilot, lambda: box.text == "Her SS 78 and SS 85", "the keys after it",
                    timeout=3)
        assert box.has_focus


async def test_keys_after_tab_and_a_paste_follow_it_into_the_box(make_app: MakeApp) -> None:
    """Tab out of the box, a paste and keys, all in one burst: the paste came back to the box,
    the keys behind it (in the box's queue, passed on to the tabs) were lost."""
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_decoder(pilot)
        box = screen.query_one(PasteBox)
        burst(app, *typed("Notes:\t"), events.Paste(" SS 78"), *typed(" and 85"))
        await until(pilot, lambda: box.text.startswith("Notes: SS 78"), "the paste")
        await until(pilot, lambda: box.text == "Notes: SS 78 and 85", "the keys after it",
                    timeout=3)
        assert box.has_focus


async def test_the_undo_note_goes_once_the_open_is_undone_or_the_box_edited(
        make_app: MakeApp, tmp_path: Path) -> None:
    """ctrl+o over the parent's text says ctrl+z brings it back; after ctrl+z had brought it
    back, the note stayed (and so after any later edit)."""
    report = tmp_path / "report.txt"
    report.write_text("Her SS 78 on the WIAT-4 reading composite.\n", encoding="utf-8")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_decoder(pilot)
        box = await type_in(pilot, screen, "My notes: SS 85")
        status = screen.query_one("#decoder-status", Static)

        def said() -> str:
            return str(status.render())

        async def opened() -> None:
            await open_path(pilot, screen, str(report))
            await until(pilot, lambda: "score" in said(), "the decode")
            await pilot.pause()
            assert "ctrl+z brings it back" in said()

        await opened()
        await pilot.press("ctrl+z")
        await until(pilot, lambda: box.text == "My notes: SS 85", "the earlier text back")
        await until(pilot, lambda: "ctrl+z" not in said(), "the note gone after ctrl+z")
        assert "1 score" in said()  # what the decode found is still said
        await opened()
        await pilot.press("end", "x")
        await until(pilot, lambda: box.text.endswith("x"), "the edit")
        await until(pilot, lambda: "ctrl+z" not in said(), "the note gone after an edit")


def shown_labels(screen: DecoderScreen) -> dict[str, int]:
    """How much of each score's label the drawn chart shows (its longest start there)."""
    from iepwizard.widgets.bell_curve import GUTTER, BellCurve

    assert screen.chart is not None
    rows = [row[GUTTER:] for row in screen.query_one(BellCurve).render().plain.splitlines()]
    shown: dict[str, int] = {}
    for point in screen.chart.points:
        label = point.label
        seen = max((k for row in rows for k in range(len(label), 0, -1)
                    if row.startswith(label[:k])), default=0)
        shown[label] = max(shown.get(label, 0), seen)
    return shown


@pytest.mark.parametrize("no_color", [False, True], ids=["color", "no-color"])
async def test_the_chart_labels_are_no_shorter_when_wider(
        make_app: MakeApp, monkeypatch: pytest.MonkeyPatch, no_color: bool) -> None:
    """At 120 columns the chart shared the width with its text version and cut its labels
    shorter than at 80 ("Externalizing Prob…" where 80 columns showed more)."""
    from .test_decoder_screen import BASC, paste_and_decode

    if no_color:
        monkeypatch.setenv("NO_COLOR", "1")
    shown: dict[tuple[int, int], dict[str, int]] = {}
    for size in ((80, 24), (100, 30), (120, 40), (160, 50)):
        app = make_app()
        async with app.run_test(size=size) as pilot:
            screen = await open_decoder(pilot)
            await paste_and_decode(pilot, screen, BASC)
            await pilot.press("f3")
            chart = screen.query_one("#decoder-chart")
            await until(pilot, lambda: chart.region.width > 0,  # noqa: B023 (awaited here)
                        "the chart shown")
            await pilot.pause()
            shown[size] = shown_labels(screen)
    at_80 = shown[(80, 24)]
    assert any(len(label) > seen for label, seen in at_80.items())  # some are cut at 80
    for size, labels in shown.items():
        for label, seen in labels.items():
            assert seen >= at_80[label], (size, label, seen, at_80[label])


async def test_a_long_draft_is_wrapped_once_as_the_decoder_opens(
        make_app: MakeApp, store: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """A 2 MB paste, kept as the draft, made reopening the decoder (d) take seconds: the box
    wrapped its whole text five times as it was laid out (at each resize and as its scrollbar
    came, at an unchanged width), about a second each. Now once at its width (and once with
    none, as it is loaded); the wrapping stays right as the box is edited and resized."""
    from textual.document._wrapped_document import WrappedDocument

    from .helpers import child_id, settled
    from .test_decoder_screen import BASC

    text = (BASC * (300_000 // len(BASC) + 1))[:300_000]
    wraps: list[int] = []
    wrap = WrappedDocument.wrap

    def counted(self: WrappedDocument, width: int, tab_width: int | None = None) -> None:
        if len(self.document.lines) > 1000:
            wraps.append(width)
        wrap(self, width, tab_width)

    monkeypatch.setattr(WrappedDocument, "wrap", counted)
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settled(pilot)
        store.set_draft(child_id(store), "decoder", text)
        screen = await open_decoder(pilot)
        box = screen.query_one(PasteBox)
        await until(pilot, lambda: screen.decoded is not None, "the draft decoded", timeout=30)
        await pilot.pause()
        assert box.text == text
        assert len([w for w in wraps if w]) == 1 and len(wraps) <= 2, wraps

        def wrapped_right() -> bool:
            fresh = WrappedDocument(box.document, box.wrap_width, box.indent_width)
            return (box.wrapped_document._width == box.wrap_width > 0
                    and box.wrapped_document._offset_to_line_info == fresh._offset_to_line_info)

        assert wrapped_right()
        await pilot.press("end", *"and a few more words typed here", "enter", "x")
        await until(pilot, lambda: box.text.endswith("here\nx"), "typed")
        assert wrapped_right()
        await pilot.resize_terminal(80, 24)
        await until(pilot, lambda: box.wrap_width < 80, "narrower")
        await pilot.pause()
        assert wrapped_right()


async def test_the_drafts_decode_waits_for_the_screen_to_be_drawn(
        make_app: MakeApp, store: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The draft's decode began as the screen was mounted: with a long draft (2.9 s for 2 MB,
    in a thread) it shared the interpreter with laying the screen out, and d took about 1.8 s
    to show the decoder; it begins once the screen is drawn (about 1.1 s)."""
    from .helpers import child_id, settled

    widths: list[int] = []
    decode = DecoderScreen._decode

    def noted(self: DecoderScreen, text: str, note: str = "") -> None:
        widths.append(self.box.size.width)
        decode(self, text, note)

    monkeypatch.setattr(DecoderScreen, "_decode", noted)
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settled(pilot)
        store.set_draft(child_id(store), "decoder", "Her SS 85 on the WIAT-4.")
        screen = await open_decoder(pilot)
        await until(pilot, lambda: screen.decoded is not None, "the draft decoded")
        assert widths and widths[0] > 0, widths
        assert screen.query_one(PasteBox).text == "Her SS 85 on the WIAT-4."
