"""The key map, built from the key registry (the same one that binds the keys)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown

from .. import keys
from ..core.markdown import make_parser
from ..widgets.footer import Footer

NOTES = """\
In the step list, ○ is not started, ◐ in progress, ● done and – not for us (does not apply).
In a checklist, [x] is ticked and [ ] is not.

The mouse works too: click a step, a checklist item, or an underlined term in the text.

In meeting mode, start a note with ! (decision), > (action: "who: what by when"),
? (question), * (concern) or = (repeat back: "= she reads daily" is saved as "So you're
saying she reads daily. Is that right?"), or press ctrl+r to change the mark. Enter saves the
note; ✓ shows once it is on disk. A paste of several lines becomes one note per line.

Everything is saved as you go, and typed text you have not saved yet is kept as a draft.
Your data stays on this computer.
"""


def table(title: str, *groups: list[keys.Key]) -> str:
    return f"## {title}\n\n{keys.markdown_table(*groups)}"


def help_markdown() -> str:
    return "\n".join(["# Keys", "", table("The guide", keys.WIZARD, keys.APP),
                      table("Meeting mode", keys.MEETING), table("Letters", keys.LETTERS),
                      table("Questions for the meeting", keys.QUESTIONS),
                      table("Home journal", keys.JOURNAL), table("Contact log", keys.CONTACTS),
                      table("Search", keys.SEARCH), table("Key dates", keys.DATES),
                      table("The decoder", keys.DECODER), table("Test scores", keys.SCORES),
                      table("Reviewing an IEP", keys.REVIEW),
                      table("The services ledger", keys.LEDGER), NOTES])


class HelpScreen(ModalScreen[None]):
    CSS_PATH = "help.tcss"
    BINDINGS = [Binding("escape,q,question_mark,f1", "dismiss", "Close")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Markdown(help_markdown(), parser_factory=make_parser)
        yield Footer()
