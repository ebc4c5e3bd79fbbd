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


#: Each screen's own table in the help (by the screen's class name): it comes first there.
SECTIONS: list[tuple[str, str, tuple[list[keys.Key], ...]]] = [
    ("WizardScreen", "The guide", (keys.WIZARD, keys.APP)),
    ("MeetingScreen", "Meeting mode", (keys.MEETING,)),
    ("LettersScreen", "Letters", (keys.LETTERS,)),
    ("QuestionsScreen", "Questions for the meeting", (keys.QUESTIONS,)),
    ("JournalScreen", "Home journal", (keys.JOURNAL,)),
    ("ContactsScreen", "Contact log", (keys.CONTACTS,)),
    ("SearchScreen", "Search", (keys.SEARCH,)),
    ("DatesScreen", "Key dates", (keys.DATES,)),
    ("DecoderScreen", "The decoder", (keys.DECODER,)),
    ("ScoresScreen", "Test scores", (keys.SCORES,)),
    ("ReviewScreen", "Reviewing an IEP", (keys.REVIEW,)),
    ("LedgerScreen", "The services ledger", (keys.LEDGER,)),
]


def help_markdown(screen: str = "") -> str:
    """Every screen's keys; the table of `screen` (a class name) first, where F1 was pressed
    (from the key dates, the help opened on the guide's keys)."""
    sections = sorted(SECTIONS, key=lambda section: section[0] != screen)
    return "\n".join(["# Keys", "", *(table(title, *groups) for _, title, groups in sections),
                      NOTES])


class HelpScreen(ModalScreen[None]):
    CSS_PATH = "help.tcss"
    BINDINGS = [Binding("escape,q,question_mark,f1", "dismiss", "Close")]

    def __init__(self, screen: str = "") -> None:
        super().__init__()
        self.first = screen

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Markdown(help_markdown(self.first), parser_factory=make_parser)
        yield Footer()
