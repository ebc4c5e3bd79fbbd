"""The key map, in one place."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown

from ..core.markdown import make_parser

KEYS = """\
# Keys

| Key | What it does |
| --- | --- |
| n or ] | next step |
| p or [ | previous step |
| tab / shift+tab | move between the step list, the text, the checklist and the glossary |
| space | go to the checklist; then tick the highlighted item |
| enter | open the highlighted step or glossary term |
| x | mark this step done (press again to undo) |
| - | mark this step as not for us (does not apply) |
| s | show or hide the step list |
| g | show or hide the glossary panel (the terms of this step; enter opens one) |
| / | the whole glossary, searchable as you type |
| d | the decoder: paste text from a report and see its jargon and scores explained |
| l | letters: this step's first, filled from your profile; copy, save, mark as sent |
| m | meeting mode: timestamped notes, marks, your questions ticked off as asked |
| q | your questions for the meeting (write, reorder, delete) |
| j | the home journal |
| c | the contact log (letters marked as sent land here) |
| ctrl+f | search all notes, the journal, the contact log and questions |
| ctrl+e | export everything for this child as Markdown (clipboard and a private file) |
| e | your profile and your children (switch, add, rename, delete) |
| t | high-contrast colours on or off (remembered) |
| ctrl+p | command palette: jump to a step, a glossary term or a letter |
| ? or f1 | this help |
| escape | close a window |
| ctrl+q | quit (everything is already saved) |

In the step list, ○ is not started, ◐ in progress, ● done and – does not apply.

The mouse works too: click a step, a checkbox, or an underlined term in the text.

In meeting mode, start a note with ! (decision), > (action: "who: what by when"),
? (question), * (concern) or = (repeat back), or press ctrl+r to change the mark.
Enter saves the note; ✓ shows once it is on disk. F2 (or enter on a note) corrects it,
delete removes it, ctrl+a goes to your questions, ctrl+e exports the meeting.

Everything is saved as you go. Your data stays on this computer.
"""


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,q,question_mark,f1", "dismiss", "Close")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Markdown(KEYS, parser_factory=make_parser)
