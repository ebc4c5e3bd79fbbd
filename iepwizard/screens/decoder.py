"""The decoder: paste text from a report (or open a file) and see every term and score explained."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Footer, Header, Input, Static, TextArea

from ..core.content import Content
from ..core.decode import Decoded, decode
from ..core.glossary import Matcher

MAX_FILE = 5_000_000


def marked(decoded: Decoded) -> Text:
    """The text as pasted (never read as markup), with each term and score underlined."""
    text = Text(decoded.text)
    for match in decoded.matches:
        text.stylize("bold underline", match.start, match.end)
    for score in decoded.scores:
        text.stylize("reverse", score.start, score.end)
    return text


class DecoderScreen(Screen[None]):
    CSS_PATH = "glossary.tcss"
    BINDINGS = [Binding("escape", "app.pop_screen", "Back"),
                Binding("ctrl+d", "decode", "Decode", priority=True),
                Binding("ctrl+o", "focus_path", "Open a file")]

    def __init__(self, content: Content, matcher: Matcher) -> None:
        super().__init__()
        self.content, self.matcher = content, matcher

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="decoder-open"):
            yield Input(placeholder="…or the path of a text file to open", id="decoder-path")
            yield Button("Open", id="decoder-open-button")
            yield Button("Decode", variant="primary", id="decoder-run")
        yield TextArea(id="decoder-input", soft_wrap=True, show_line_numbers=False)
        with Horizontal(id="decoder-results"):
            with VerticalScroll(id="decoder-text-box"):
                yield Static(id="decoder-text", markup=False)
            with VerticalScroll(id="decoder-report-box"):
                yield Static("Paste a paragraph from an evaluation report or a draft IEP into "
                             "the box above, then press ctrl+d.", id="decoder-report",
                             markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Decoder: jargon and scores explained"
        self.query_one("#decoder-input", TextArea).focus()

    def action_focus_path(self) -> None:
        self.query_one("#decoder-path", Input).focus()

    @on(Button.Pressed, "#decoder-open-button")
    @on(Input.Submitted, "#decoder-path")
    def _open(self) -> None:
        raw = self.query_one("#decoder-path", Input).value.strip()
        path = Path(raw).expanduser()
        try:
            if path.stat().st_size > MAX_FILE:
                self.notify(f"{path} is larger than 5 MB; open a smaller part of it.",
                            severity="error")
                return
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError as exc:
            self.notify(f"Cannot open {path}: {exc.strerror}.", severity="error")
            return
        self.query_one("#decoder-input", TextArea).text = text
        self.action_decode()

    @on(Button.Pressed, "#decoder-run")
    def action_decode(self) -> None:
        self._decode(self.query_one("#decoder-input", TextArea).text)

    @work(thread=True, exclusive=True, group="decode")
    def _decode(self, text: str) -> None:
        result = decode(text, self.content, self.matcher)
        self.app.call_from_thread(self._show, result)

    def _show(self, result: Decoded) -> None:
        self.result = result
        self.query_one("#decoder-text", Static).update(marked(result))
        self.query_one("#decoder-report", Static).update(result.report())
