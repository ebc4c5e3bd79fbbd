"""The decoder: paste text from a report (or open a file) and see every term and score
explained, the scores on one bell curve, and save them to the child's record.

The box is burst-proof and kept as a draft ("decoder"); a paste with the focus elsewhere on the
screen goes into it, and so do the keys after it (`paste_box`); ctrl+o's file replaces its
text as one edit (ctrl+z undoes it: `decoder_open`); its lower edge says how to empty it
(F7). Decoding runs in a thread. Three tabs: the explanations (laid out for the width,
continuation lines indented), the bell curve with its text version beside it (below it when
narrow), and the text with terms and scores marked.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.reactive import var
from textual.screen import Screen
from textual.widgets import Static, TabbedContent, TabPane

from .. import keys
from ..core.bellcurve import Chart, chart
from ..core.content import Content
from ..core.decode import Decoded, decode
from ..core.glossary import Matcher
from ..widgets.bell_curve import BellCurve, PercentileChart
from ..widgets.burst import SaveArea
from ..widgets.footer import Footer
from ..widgets.header import Header
from ..widgets.wrapped_text import WrappedText
from .decoder_open import OpensFiles
from .drafts import DraftKeeping

if TYPE_CHECKING:
    from ..core.clipboard import CopyResult
    from ..core.store import Store

DRAFT = "decoder"
#: The most of the text shown marked (all of it is decoded).
MAX_MARKED = 200_000
#: On the box's lower edge: how to empty it (F7 is TextArea's own key, shown nowhere else).
CLEAR_HINT = "F7 selects all, then Delete clears; ctrl+z undoes"
HINT = ("Paste text from an evaluation report or an IEP into the box, then press ctrl+d "
        "(ctrl+o opens a text file).")


class PasteBox(SaveArea):
    """The paste box: ctrl+d posts its text as it is at that key, and keeps it."""

    BINDINGS = [Binding("ctrl+d", "save", "Decode")]

    def action_save(self) -> None:
        self.post_message(self.Save(self, self.text))


def marked(decoded: Decoded, limit: int = MAX_MARKED) -> Text:
    """The text as pasted (never read as markup), terms underlined, scores reversed."""
    text = Text(decoded.text[:limit])
    for match in decoded.matches:
        if match.start < limit:
            text.stylize("bold underline", match.start, match.end)
    for score in decoded.scores:
        if score.start < limit:
            text.stylize("reverse", score.start, score.end)
    if len(decoded.text) > limit:
        text.append(f"\n\n(The first {limit:,} characters are shown marked; all "
                    f"{len(decoded.text):,} were decoded.)")
    return text


class DecoderScreen(OpensFiles, DraftKeeping, Screen[None]):
    CSS_PATH = "decoder.tcss"
    BINDINGS = keys.bindings(keys.DECODER)
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (110, "-wide"), (132, "-wider")]  # (.tcss)
    AUTO_FOCUS = "#decoder-input"
    PASTE_BOX = "#decoder-input"  # a paste with the focus on the tabs or the curve goes in it

    decoded: var[Decoded | None] = var(None, always_update=True)
    """What the last decode found (each decode is shown and said, the same text's again too:
    "Decoding…" stayed when ctrl+d was pressed twice, as the result was equal to the last)."""
    chart: var[Chart | None] = var(None)
    """Its scores on the bell curve (handed to the chart widget)."""

    def __init__(self, store: Store, content: Content, matcher: Matcher,
                 child_id: str | None,
                 copy_out: Callable[[str, str, str], CopyResult] | None = None) -> None:
        super().__init__()
        self.store, self.content, self.matcher = store, content, matcher
        self.child_id = child_id or ""
        self.copy_out = copy_out
        self.folder = Path.home()
        self._asked = 0
        self._note = self._said = ""

    def compose(self) -> ComposeResult:
        yield Header()
        yield PasteBox(id="decoder-input", soft_wrap=True, show_line_numbers=False,
                       placeholder=HINT)
        yield Static(HINT, id="decoder-status", markup=False)
        with TabbedContent(id="decoder-tabs"):
            with TabPane("Report", id="decoder-tab-report"), \
                    VerticalScroll(id="decoder-report-box"):
                yield WrappedText(id="decoder-report")
            with TabPane("Bell curve", id="decoder-tab-curve"), \
                    VerticalScroll(id="decoder-curve-box"), \
                    Horizontal(id="decoder-curve-row"):
                with Vertical(id="decoder-curve-col"):
                    yield BellCurve(id="decoder-chart").data_bind(DecoderScreen.chart)
                    yield WrappedText(id="decoder-point")
                yield WrappedText(id="decoder-chart-text")
            with TabPane("Marked text", id="decoder-tab-text"), \
                    VerticalScroll(id="decoder-text-box"):
                yield Static(id="decoder-text", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Decoder: jargon and scores explained"
        self.box = self.query_one("#decoder-input", PasteBox)
        self.box.border_subtitle = CLEAR_HINT
        self._ready_scan()
        if self.child_id:
            self.restore_draft(DRAFT, self.box)
            if self.box.text.strip():  # once drawn: a long one's decode slowed the drawing
                self.call_after_refresh(self.action_decode)

    def on_unmount(self) -> None:
        if self.child_id:
            self.stop_drafts()
            self.keep(DRAFT, self.box)

    @on(PasteBox.Changed, "#decoder-input")
    def _typing(self) -> None:
        self._box_changed()
        if self.child_id:
            self.keep_soon(DRAFT, self.box)

    def say(self, message: str) -> None:
        """`message` on the status line, and after it the last decode's note, if any."""
        self._said = message
        self.query_one("#decoder-status", Static).update(message + self._note)

    def action_select_all(self) -> None:
        """F7, wherever the focus is: all of the box's text selected, the focus in the box."""
        self.set_focus(self.box)
        self.box.select_all()

    def action_tab(self, pane: str) -> None:
        self.query_one(TabbedContent).active = pane

    # -- decoding -----------------------------------------------------------------------------
    @on(PasteBox.Save, "#decoder-input")
    def _decode_box(self, event: SaveArea.Save) -> None:
        self._decode(event.text)

    def action_decode(self) -> None:
        self._decode(self.box.text)

    def _decode(self, text: str, note: str = "") -> None:
        """Decode `text`; `note` is said after each word on it (until the next decode)."""
        self._note = note
        if not text.strip():
            self.say("The box is empty: " + HINT[0].lower() + HINT[1:])
            return
        self.say("Decoding…")
        self._asked += 1
        self._run_decode(text, self._asked)

    @work(thread=True, exclusive=True, group="ready")
    def _ready_scan(self) -> None:
        """While the parent pastes: the long scan of the glossary made ready (a quarter of a
        second, once per session), so a long report is read by it (matcher.warm)."""
        self.matcher.warm()

    @work(thread=True, exclusive=True, group="decode")
    def _run_decode(self, text: str, asked: int) -> None:
        result = decode(text, self.content, self.matcher)
        self.app.call_from_thread(self._decoded, result, asked)

    def _decoded(self, result: Decoded, asked: int) -> None:
        """A thread cannot be stopped: an earlier decode that ends late is dropped."""
        if asked == self._asked:
            self.decoded = result

    def watch_decoded(self, decoded: Decoded | None) -> None:
        if decoded is None:
            return
        self.chart = chart(decoded.scores)
        self.query_one("#decoder-report", WrappedText).show(
            lambda width: decoded.report(width, drawing=False).splitlines())
        self.query_one("#decoder-text", Static).update(marked(decoded))
        terms, scores = len(decoded.terms), len(decoded.scores)
        found = f"{terms} term{'s' * (terms != 1)}, {scores} score{'s' * (scores != 1)}."
        self.say(found + (" F3 bell curve, F4 marked text, ctrl+s saves the scores." if scores
                          else " F4 shows the terms marked in the text."))

    def watch_chart(self, drawn: Chart | None) -> None:
        text = self.query_one("#decoder-chart-text", WrappedText)
        point = self.query_one("#decoder-point", WrappedText)
        if drawn is None or not (drawn.points or drawn.left_out):
            text.show("No scores were found to draw on the bell curve.")
            point.show(lambda width: [])
            return
        text.show(lambda width: ["The bell curve in words:", *drawn.summary(width)])
        if not drawn.points:
            point.show(lambda width: [])

    @on(PercentileChart.Highlighted, "#decoder-chart")
    def _point(self, event: PercentileChart.Highlighted) -> None:
        if self.chart is None or self.decoded is None or not (
                0 <= event.point < len(self.chart.points)):
            return
        source = self.chart.points[event.point].source
        explained = self.decoded.scores[source].explain()
        from ..core.decode_report import wrap

        self.query_one("#decoder-point", WrappedText).show(
            lambda width: ["", *wrap(explained, width, "\u25b6 ", "  ")])

    # -- saving and exporting -----------------------------------------------------------------
    @work
    async def action_save_scores(self) -> None:
        from ..core.score_history import SavedScore
        from .decoder_dialogs import SaveScoresDialog

        decoded = self.decoded
        if decoded is None or not decoded.scores:
            self.notify("There are no scores to save yet: decode a report with scores first "
                        "(ctrl+d).", severity="warning")
            return
        if not self.child_id:
            self.notify("Add a child first (e in the guide); scores are saved to a child's "
                        "record.", severity="warning")
            return
        drawn = len(self.chart.points) if self.chart is not None else 0
        choice = await self.app.push_screen_wait(SaveScoresDialog(len(decoded.scores), drawn))
        if choice is None:
            return
        try:
            saved = self.store.save_evaluation(
                self.child_id, choice.name, choice.date,
                [SavedScore.of(s) for s in decoded.scores],
                report_text=decoded.text if choice.keep_text else None,
                by_school=choice.by_school)
        except (ValueError, OSError) as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        from ..core.dates import long_form

        kept = " with the report's text" if saved.report else ""
        dated = (", and its date in Key dates as the last evaluation" if choice.by_school
                 else "")
        self.notify(f"Saved {len(decoded.scores)} scores as \"{saved.name}\" "
                    f"({long_form(saved.date)}){kept}{dated}; see them under Test scores (y in "
                    f"the guide).", title="Scores saved", markup=False)

    @work(thread=True, exclusive=True, group="export")
    def action_export(self) -> None:
        decoded = self.decoded
        if decoded is None or self.copy_out is None:
            self.app.call_from_thread(self.notify, "Decode a text first (ctrl+d).",
                                      severity="warning")
            return
        words = chart(decoded.scores).summary(79)
        text = decoded.report(79) + (
            "\n\nThe bell curve in words:\n" + "\n".join(words) if words else "") + "\n"
        result = self.copy_out(text, "exports", "decoded-report")
        self.app.call_from_thread(self.notify, result.message, title="Decoder export",
                                  markup=False)
