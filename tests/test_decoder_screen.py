"""The decoder screen: a paste (in a burst), ctrl+o (bounded, refusing devices, pipes and
PDFs), the explanations laid out for the width, the bell curve and its text version, NO_COLOR,
80x24, the draft, and the export."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual import events
from textual.notifications import Notify
from textual.pilot import Pilot
from textual.widgets import Static, TabbedContent

from iepwizard.app import IEPWizardApp
from iepwizard.core.content import Content
from iepwizard.core.store import Store
from iepwizard.screens.decoder import DecoderScreen, PasteBox
from iepwizard.screens.decoder_dialogs import OpenFileDialog
from iepwizard.screens.decoder_open import MAX_OPEN
from iepwizard.widgets.bell_curve import CURSOR, BellCurve
from iepwizard.widgets.burst import LineInput
from iepwizard.widgets.wrapped_text import WrappedText

from .helpers import burst, child_id, line_fed, settled, until

MakeApp = Callable[..., IEPWizardApp]
CORPUS = Path(__file__).resolve().parent / "corpus" / "reports"
BASC = (CORPUS / "05-basc-3-ratings.txt").read_text(encoding="utf-8")
REPORT = ("On the WISC-V, her Full Scale IQ standard score of 85 was low average. Scaled "
          "scores: Digit Span (6) and Coding (7). The IEP team found her eligible under OHI; "
          "she will get OT 30 min 2x/week in a 12:1:1 class. [bold]not markup[/bold] "
          "\x1b]52;c;SGVsbG8=\x07 The BASC-3 Externalizing Problems composite: T = 70.")


async def open_decoder(pilot: Pilot[Any]) -> DecoderScreen:
    await settled(pilot)
    await pilot.press("d")
    await until(pilot, lambda: isinstance(pilot.app.screen, DecoderScreen), "the decoder")
    screen = pilot.app.screen
    assert isinstance(screen, DecoderScreen)
    await until(pilot, lambda: screen.query_one(PasteBox).has_focus, "the box has the focus")
    return screen


async def paste_and_decode(pilot: Pilot[Any], screen: DecoderScreen, text: str) -> None:
    box = screen.query_one(PasteBox)
    box.post_message(events.Paste(text))
    await pilot.press("ctrl+d")  # in the same burst: the box's queue keeps the order
    await until(pilot, lambda: screen.decoded is not None and screen.decoded.text.startswith(
        text[:20].replace("\x1b", "\u241b")), "the decode")
    await pilot.pause()


async def type_in(pilot: Pilot[Any], screen: DecoderScreen, text: str) -> PasteBox:
    """Type `text` into the box (key by key) and wait until it is there."""
    box = screen.query_one(PasteBox)
    await pilot.press(*text)
    await until(pilot, lambda: box.text == text, "typed")
    return box


def report_of(screen: DecoderScreen) -> str:
    return screen.query_one("#decoder-report", WrappedText).plain


async def test_paste_decode_report_and_marked_text(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_decoder(pilot)
        await paste_and_decode(pilot, screen, REPORT)
        report = " ".join(report_of(screen).split())
        assert "WISC-V" in report and "other health impairment" in report
        assert "occupational therapy" in report and "service minutes" in report
        assert "class ratio" in report
        assert "scaled score 6" in report and "16th percentile" in report
        assert "T-score 70 on a problem scale, where higher means more concern" in report
        assert "intellectual disability" not in report
        # the report leaves the drawing to the chart; each item's later lines are indented
        assert "Where each score sits" not in report
        lines = report_of(screen).splitlines()
        for before, line in zip(lines, lines[1:], strict=False):
            if before.startswith("- ") and line and not line.startswith("- "):
                assert line.startswith("  "), line
        shown = str(screen.query_one("#decoder-text", Static).render())
        assert "[bold]not markup[/bold]" in shown
        assert "\x1b" not in shown and "\x07" not in shown
        assert "2 terms" not in str(screen.query_one("#decoder-status", Static).render())
        await pilot.press("f4")
        assert screen.query_one(TabbedContent).active == "decoder-tab-text"
        await pilot.press("escape")
        await until(pilot, lambda: not isinstance(app.screen, DecoderScreen), "back")


async def test_explanations_follow_the_width(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_decoder(pilot)
        await paste_and_decode(pilot, screen, REPORT)
        report = screen.query_one("#decoder-report", WrappedText)
        width = report.content_size.width
        assert 60 <= width <= 78
        assert all(len(line) <= width for line in report.plain.splitlines())


async def test_the_bell_curve_and_its_text(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(140, 36)) as pilot:  # (beside it from 132 columns)
        screen = await open_decoder(pilot)
        await paste_and_decode(pilot, screen, BASC)
        await pilot.press("f3")
        curve = screen.query_one(BellCurve)
        assert screen.chart is not None and curve.chart is screen.chart
        drawn = curve.render().plain
        assert "Problem scales (higher = more concern):" in drawn
        ability, problem = drawn.split("Problem scales (higher = more concern):")
        # (where the band names do not fit apart, they are said in words, wrapped)
        assert "above average" in " ".join(ability.split()) and "above average" not in " ".join(
            problem.split())
        assert "Hyperactivity" in problem and "Adaptability" in ability
        words = screen.query_one("#decoder-chart-text", WrappedText).plain
        assert words.startswith("The bell curve in words:")
        assert "- Hyperactivity (BASC-3): T-score 72, the 95th percentile, clinically " \
               "significant" in " ".join(words.split())
        # beside the drawing when wide enough for both (the drawing's labels in full)
        text_box = screen.query_one("#decoder-chart-text").region
        assert text_box.x > curve.region.x + 40 and text_box.y == curve.region.y
        curve.focus()
        first = screen.chart.points[0]
        point = screen.query_one("#decoder-point", WrappedText)
        await until(pilot, lambda: first.label in point.plain, "the first score explained")
        await pilot.press("down")
        second = screen.chart.points[1]
        await until(pilot, lambda: second.label in point.plain, "the next score explained")
        assert curve.cursor == 1
        cursor_rows = [r for r in curve.render().plain.splitlines() if r.startswith(CURSOR)]
        assert len(cursor_rows) == 1 and second.label in cursor_rows[0]


async def test_no_color_and_80x24(store: Store, content: Content,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    store.add_child("Sam")
    app = IEPWizardApp(store, content, "Sam")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_decoder(pilot)
        assert app.no_color
        await paste_and_decode(pilot, screen, BASC + REPORT)
        await pilot.press("f3")
        curve = screen.query_one(BellCurve)
        await until(pilot, lambda: curve.region.height > 0, "the chart shown")
        for widget in (screen.query_one(PasteBox), screen.query_one("#decoder-status"),
                       screen.query_one(TabbedContent), curve):
            assert widget.region.width <= 80 and 0 <= widget.region.y < 24, widget
        rendered = curve.render()
        rows = rendered.plain.splitlines()
        assert all(len(row) <= curve.content_size.width for row in rows)
        # states are glyphs and words: the mark, the cursor, the bands and their names
        assert sum(row.startswith(CURSOR) for row in rows) == 1
        scored = [row for row in rows if re.search(r" (SS|ScS|T|PR) [\d.]+ +\d+(st|nd|rd|th)$",
                                                   row)]
        assert len(scored) == len(screen.chart.points) if screen.chart else False
        assert all(row.count("\u25cf") == 1 for row in scored)
        assert any("\u2593" in row for row in rows) and any("\u2591" in row for row in rows)
        assert any("clinically significant (T 70 and up)" in row for row in rows)
        assert any("below average" in row and "above average" in row for row in rows)
        cursor_span = [s for s in rendered.spans if rendered.plain[s.start:s.end].strip()
                       and rendered.plain.rfind("\n", 0, s.start) + 1 == rendered.plain.find(
                           CURSOR)]
        assert cursor_span and all(getattr(s.style, "reverse", False) for s in cursor_span)
        # narrow: the text version is under the drawing, not beside it
        words = screen.query_one("#decoder-chart-text")
        assert words.region.x <= curve.region.x + 2 and words.region.y > curve.region.y


async def test_open_a_file(make_app: MakeApp, tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text("Her SS 78 on the WIAT-4 reading composite.", encoding="utf-8")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_decoder(pilot)
        await pilot.press("ctrl+o")
        await until(pilot, lambda: isinstance(app.screen, OpenFileDialog), "the open dialog")
        app.screen.query_one("#open-path", LineInput).value = str(report)
        await pilot.press("enter")
        await until(pilot, lambda: screen.decoded is not None, "the file decoded")
        assert screen.query_one(PasteBox).text == report.read_text(encoding="utf-8")
        assert "standard score 78" in report_of(screen) and "7th percentile" in report_of(
            screen)


async def open_path(pilot: Pilot[Any], screen: DecoderScreen, path: str) -> str:
    await pilot.press("ctrl+o")
    await until(pilot, lambda: isinstance(pilot.app.screen, OpenFileDialog), "the dialog")
    pilot.app.screen.query_one("#open-path", LineInput).value = path
    await pilot.press("enter")
    status = screen.query_one("#decoder-status", Static)
    await until(pilot, lambda: "Opening" not in str(status.render()), "an answer")
    return str(status.render())


async def test_open_refuses_what_is_no_text_file(make_app: MakeApp, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%binary")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_decoder(pilot)
        said = await open_path(pilot, screen, "/dev/zero")
        assert "/dev/zero is" in said and said.endswith("; give a text file.")
        said = await open_path(pilot, screen, str(fifo))
        assert "give a text file" in said
        said = await open_path(pilot, screen, str(tmp_path))
        assert "is a folder; give a text file." in said
        said = await open_path(pilot, screen, str(tmp_path / "nope.txt"))
        assert "there is no such file" in said
        said = await open_path(pilot, screen, str(pdf))
        assert "is a PDF" in said
        assert screen.query_one(PasteBox).text == "" and screen.decoded is None


async def test_a_long_file_is_cut_and_says_so(make_app: MakeApp, tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(("Her SS 78 on the WIAT-4. " * 50_000)[:MAX_OPEN + 5_000], encoding="utf-8")
    notes: list[str] = []

    def hook(message: object) -> None:
        if isinstance(message, Notify):
            notes.append(message.notification.message)

    app = make_app()
    async with app.run_test(size=(80, 24), message_hook=hook) as pilot:
        screen = await open_decoder(pilot)
        await open_path(pilot, screen, str(big))
        await until(pilot, lambda: screen.decoded is not None, "the decode", timeout=30)
        assert len(screen.query_one(PasteBox).text) == MAX_OPEN
        assert any("is longer than 1 MB; only its first 1 MB was opened" in n for n in notes)


async def test_the_box_is_kept_as_a_draft(make_app: MakeApp, store: Store) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_decoder(pilot)
        await pilot.press(*"SS 85")
        await pilot.press("escape")
        await until(pilot, lambda: not isinstance(app.screen, DecoderScreen), "back")
        assert store.draft(child_id(store), "decoder") == "SS 85"
        screen = await open_decoder(pilot)
        assert screen.query_one(PasteBox).text == "SS 85"
        await until(pilot, lambda: screen.decoded is not None, "decoded again on opening")


async def test_export_keeps_the_words(make_app: MakeApp, store: Store,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a system clipboard: to the terminal's, and kept as a private file."""
    from iepwizard.core.clipboard import reset_pyperclip

    for name in ("DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    reset_pyperclip()
    app = make_app()
    sent: list[str] = []
    monkeypatch.setattr(app, "copy_to_clipboard", sent.append)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            screen = await open_decoder(pilot)
            await paste_and_decode(pilot, screen, BASC)
            await pilot.press("ctrl+e")
            await until(pilot, lambda: sent, "the export", timeout=20)
            await until(pilot, lambda: list(store.layout.exports.glob("*decoded-report*")),
                        "the file", timeout=20)
        [kept] = store.layout.exports.glob("*decoded-report*")
        text = kept.read_text(encoding="utf-8")
        assert text == sent[0]
        assert "The bell curve in words:" in text and "Where each score sits" in text
        assert "- Hyperactivity (BASC-3): T-score 72, the 95th percentile, clinically" in text
    finally:
        monkeypatch.undo()
        reset_pyperclip()


async def test_opening_the_decoder_readies_the_long_scan(make_app: MakeApp) -> None:
    """(In a worker, while the parent pastes: a long report is then read by the scan.)"""
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        assert not app.matcher.ready
        await open_decoder(pilot)
        await until(pilot, lambda: app.matcher.ready, "the scan ready")


async def test_a_report_sent_as_keys_keeps_its_line_breaks(make_app: MakeApp,
                                                           store: Store) -> None:
    """`tmux send-keys -l "$(cat report.txt)"`, a macro, SSH: each newline is a line feed
    (ctrl+j), which the box dropped ("The Written Expression composite score was 82.Maya")."""
    text = (CORPUS / "02-wiat-4-prose.txt").read_text(encoding="utf-8").rstrip("\n")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_decoder(pilot)
        box = screen.query_one(PasteBox)
        burst(app, *line_fed(text), events.Key("ctrl+d", None))
        await until(pilot, lambda: screen.decoded is not None, "the decode")
        assert box.text == text and screen.decoded is not None and screen.decoded.text == text
        await until(pilot, lambda: store.draft(child_id(store), "decoder") == text,
                    "the draft", timeout=5)


async def test_opening_a_file_over_text_can_be_undone(make_app: MakeApp, store: Store,
                                                      tmp_path: Path) -> None:
    """ctrl+o put the file's text in place of the box's with no way back: the parent's own
    text was gone. Now it is one edit, undone with ctrl+z (the status line says so), and the
    draft follows the box both ways."""
    report = tmp_path / "report.txt"
    report.write_text("Her SS 78 on the WIAT-4 reading composite.\n", encoding="utf-8")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_decoder(pilot)
        box = await type_in(pilot, screen, "My notes: SS 85")
        said = await open_path(pilot, screen, str(report))
        assert box.text == report.read_text(encoding="utf-8") and box.has_focus
        status = screen.query_one("#decoder-status", Static)
        await until(pilot, lambda: "score" in str(status.render()), "the decode")
        for shown in (said, str(status.render())):
            assert "ctrl+z brings it back" in shown, shown
        cid = child_id(store)
        await until(pilot, lambda: store.draft(cid, "decoder") == box.text, "the file's draft")
        await pilot.press("ctrl+z")
        await until(pilot, lambda: box.text == "My notes: SS 85", "the earlier text back")
        await until(pilot, lambda: store.draft(cid, "decoder") == "My notes: SS 85",
                    "the earlier text's draft")
        # into an empty box: nothing to bring back, nothing said of it
        box.clear()
        other = tmp_path / "other.txt"
        other.write_text("Her SS 92 on the WIAT-4 math composite.\n", encoding="utf-8")
        await open_path(pilot, screen, str(other))
        await until(pilot, lambda: "score" in str(status.render()), "the decode")
        assert "ctrl+z" not in str(status.render())


async def test_decoding_the_same_text_again_ends(make_app: MakeApp) -> None:
    """ctrl+d twice on one text: "Decoding…" stayed for good (the second result was equal to
    the first, so nothing said it was done)."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_decoder(pilot)
        await paste_and_decode(pilot, screen, REPORT)
        status = screen.query_one("#decoder-status", Static)
        done = str(status.render())
        assert "score" in done
        said: list[str] = []
        say = screen.say

        def record(message: str) -> None:
            said.append(message)
            say(message)

        screen.say = record  # type: ignore[method-assign]

        async def decode_again() -> None:
            before = len(said)
            await pilot.press("ctrl+d")
            await until(pilot, lambda: len(said) == before + 2, "decoding, then done")
            assert said[-2:] == ["Decoding…", done]
            assert str(status.render()) == done

        await decode_again()
        await decode_again()


async def test_a_paste_with_the_focus_off_the_box_goes_into_it(make_app: MakeApp) -> None:
    """F3, Tab, Tab, then a paste: nothing took it and nothing was said; now it goes into the
    box at its cursor, and the box takes the focus (what is typed next goes there too)."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_decoder(pilot)
        box = screen.query_one(PasteBox)
        await pilot.press(*"Scores: ")
        await pilot.press("f3", "tab", "tab")
        await until(pilot, lambda: screen.focused is not None and screen.focused is not box,
                    "the focus off the box")
        burst(app, events.Paste("SS 78\nSS 85"))
        await until(pilot, lambda: box.text == "Scores: SS 78\nSS 85", "the paste in the box")
        assert box.has_focus
        await pilot.press("x")
        # a paste into the box goes in once
        burst(app, events.Paste(" and 90"))
        await until(pilot, lambda: box.text.endswith("x and 90"), "the next paste")
        await pilot.pause()
        assert box.text == "Scores: SS 78\nSS 85x and 90"
        # Tab out of the box and a paste in the same burst: into the box all the same
        burst(app, events.Key("tab", "\t"), events.Paste("!"))
        await until(pilot, lambda: box.text.endswith("90!"), "the paste after Tab")
        assert box.has_focus


async def test_the_box_says_how_to_clear_it(make_app: MakeApp) -> None:
    """Nothing said how to empty the box (F7, TextArea's select-all, was shown nowhere): its
    lower edge says so at 80x24, the help lists it, and F7 works from anywhere on the screen."""
    from iepwizard import keys

    from .screen_cells import lines

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_decoder(pilot)
        box = await type_in(pilot, screen, "SS 85 and SS 90")
        await pilot.press("f3", "tab")
        await until(pilot, lambda: not box.has_focus, "the focus off the box")
        await pilot.pause()
        drawn = lines(app.export_screenshot(), 80, 24)
        bottom = box.region.bottom - 1
        assert "F7 selects all, then Delete clears; ctrl+z undoes" in drawn[bottom]
        await pilot.press("f7")
        await until(pilot, lambda: box.has_focus and box.selected_text == box.text,
                    "all selected, in the box")
        await pilot.press("delete")
        await until(pilot, lambda: box.text == "", "the box cleared")
        await pilot.press("ctrl+z")
        await until(pilot, lambda: box.text == "SS 85 and SS 90", "the text back")
    assert any(k.startswith("F7") and "select all the text in the box" in h
               for k, h in keys.help_rows(keys.DECODER))


async def test_the_draft_is_kept_when_the_app_exits(make_app: MakeApp, store: Store,
                                                    data_dir: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Text typed in the last second before the app ends (a closed terminal: the app's
    SIGHUP/SIGTERM handler exits it) is in the draft: the screen keeps it as it unmounts,
    without waiting for the draft's timer. (The timer is made a minute long here: on a busy
    machine the second passed while the keys were typed, and the timer kept a part of them.)"""
    from iepwizard.screens import drafts

    monkeypatch.setattr(drafts, "DRAFT_DELAY", 60.0)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_decoder(pilot)
        await type_in(pilot, screen, "Her SS 85")
        cid = child_id(store)
        assert store.draft(cid, "decoder") == ""  # not kept yet: its timer has not run
        app.exit()
    assert store.close()
    reopened = Store.open(data_dir)
    try:
        assert reopened.draft(cid, "decoder") == "Her SS 85"
    finally:
        reopened.close()
