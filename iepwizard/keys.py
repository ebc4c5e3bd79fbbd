"""Every key, defined once: the bindings, the Footer, the help screen, the palette's action
commands and the README's key table are all built from this registry.

`show` is a key's place in the Footer (1 first); keys with 0 are bound but not shown. Each
screen shows few enough that Help, Back or Quit and its main action fit at 80 columns.
"""

from __future__ import annotations

from typing import NamedTuple

from textual.binding import Binding, BindingType

from . import key_chars


class Key(NamedTuple):
    """One key of a screen (a NamedTuple: made at start-up, where a dataclass costs more)."""

    keys: str
    action: str
    label: str
    help: str
    show: int = 0
    priority: bool = False
    #: How the help screen and README write the keys ("n or ]"); defaults to `keys`.
    display: str = ""
    #: Offered in the command palette under this title (actions reachable from anywhere).
    palette: str = ""

    @property
    def shown_keys(self) -> str:
        return self.display or " or ".join(self.keys.split(","))


APP = [
    Key("ctrl+q", "quit", "Quit", "quit (everything is already saved)", show=9, priority=True),
    Key("ctrl+p", "command_palette", "Palette", "command palette: jump to a step, a term, a "
        "letter or an action"),
    Key("t", "toggle_contrast", "Contrast", "high-contrast colours on or off (remembered)",
        palette="High contrast on or off"),
    Key("f1", "help", "Help", "help: every key, from any screen", show=8, display="F1"),
]

WIZARD = [
    Key("n,right_square_bracket", "move(1)", "Next", "next step", show=1, display="n or ]"),
    Key("p,left_square_bracket", "move(-1)", "Back", "previous step", show=2,
        display="p or ["),
    Key("tab,shift+tab", "", "", "move between the step list, the step text, the checklist "
        "and the glossary", display="tab / shift+tab"),
    Key("space", "focus_checklist", "Checklist", "go to the checklist; then tick the "
        "highlighted item"),
    Key("enter", "", "", "open the highlighted step or glossary term"),
    Key("right_curly_bracket", "next_term", "Next term", "the next underlined term in the "
        "step text (and open it)", display="}"),
    Key("left_curly_bracket", "previous_term", "Previous term", "the previous underlined term",
        display="{"),
    Key("x", "toggle_done", "Done", "mark the step done (again to undo); suggested once every "
        "item is ticked", show=4),
    Key("minus", "toggle_not_applicable", "Not for us", "mark the step \"not for us\" (does "
        "not apply)", display="-"),
    Key("s", "toggle_panel('steps')", "Steps", "show or hide the step list"),
    Key("g", "toggle_panel('glossary')", "Terms", "show or hide the glossary panel (this "
        "step's terms)"),
    Key("slash", "app.glossary", "Glossary", "the whole glossary, searchable as you type",
        display="/", palette="Glossary"),
    Key("d", "app.decoder", "Decoder", "the decoder: paste text from a report to have its "
        "jargon and scores explained", palette="Decoder: explain a report"),
    Key("y", "app.scores", "Scores", "test scores year to year: each area's percentile "
        "across the evaluations you saved", palette="Test scores year to year"),
    Key("l", "app.letters", "Letters", "letters: the ones for where you are first, filled "
        "from your profile", show=3, palette="Letters"),
    Key("r", "app.review", "Review IEP", "review the IEP draft: paste it or open a .txt or .pdf; "
        "every goal and service checked, and what changed since last year",
        palette="Review the IEP draft"),
    Key("v", "app.ledger", "Services", "the services ledger: sessions delivered or missed "
        "against the IEP's minutes, and the letter asking for missed ones",
        palette="Services ledger"),
    Key("m", "app.meeting", "Meeting", "meeting mode: timestamped notes, marks, your questions",
        show=5, palette="Meeting mode"),
    Key("q", "app.questions", "Questions", "your questions for the meeting (write, reorder, "
        "delete)", palette="Questions for the meeting"),
    Key("j", "app.journal", "Journal", "the home journal", palette="Home journal"),
    Key("c", "app.contacts", "Contacts", "the contact log (letters marked as sent land here)",
        palette="Contact log"),
    Key("ctrl+f", "app.search", "Search", "search all notes, the journal, the contact log "
        "and the questions", palette="Search notes"),
    Key("ctrl+e", "app.export", "Export", "export everything for this child (clipboard as "
        "plain text, and .md and .html files)", palette="Export notes"),
    Key("k", "app.dates", "Dates", "key dates and deadlines: what is due next, what is "
        "overdue, the rule behind each; your state's settings; a calendar file",
        palette="Key dates and deadlines"),
    Key("e", "app.profile", "Profile", "your profile, the people at school and your "
        "children: switch, add, rename, delete", palette="Profile and children"),
    Key("question_mark,f1", "app.help", "Help", "help (this list)", show=6,
        display="? or F1", palette="Help: keys"),
]

MEETING = [
    Key("escape", "leave", "Back", "back to the guide (the meeting stays open)", show=9),
    Key("ctrl+r", "cycle_mark", "Mark", "change the mark of the note being typed", show=2,
        priority=True),
    Key("ctrl+a", "focus_questions", "Questions", "go to your questions; enter answers the "
        "highlighted one", show=3, priority=True),
    Key("f2", "edit", "Edit note", "correct the highlighted note (or enter on it)",
        display="F2"),
    Key("delete", "delete", "Delete note", "delete the highlighted note (undo with ctrl+z)"),
    Key("ctrl+z", "undo", "Undo", "undo the last deletion", priority=True),
    Key("ctrl+e", "export", "Export", "export this meeting", priority=True),
    Key("f10", "end", "End meeting", "end the meeting", show=1, display="F10"),
]

LETTERS = [
    Key("escape", "app.pop_screen", "Back", "back to the guide", show=9),
    Key("ctrl+y", "copy", "Copy letter", "copy the letter (the body) to paste into an email",
        show=1, priority=True),
    Key("ctrl+t", "copy_subject", "Copy subject", "copy the subject line, for the email's "
        "subject field", priority=True),
    Key("ctrl+s", "save", "Save", "save the letter as a file (subject first)", show=3,
        priority=True),
    Key("ctrl+k", "mark_sent", "Mark sent", "log the letter as sent (it goes into the "
        "contact log)", show=4, priority=True),
    Key("ctrl+r", "read_letter", "Read letter", "read the whole letter: the preview takes the "
        "focus and, on a small screen, most of the room (Tab goes on to the list)",
        priority=True),
]

#: The lists of a child's records: the journal, the contact log, the questions and search.
_BACK_TO_GUIDE = Key("escape", "app.pop_screen", "Back", "back to the guide (what is typed "
                     "and not saved is kept as a draft)", show=1)
_LIST_AND_FORM = Key("tab,shift+tab", "", "", "move between the list and the form below it",
                     display="tab / shift+tab")

JOURNAL = [
    _BACK_TO_GUIDE, _LIST_AND_FORM,
    Key("ctrl+s", "save", "Save", "save the entry (with the date above it), from the box "
        "or the date", show=2),
    Key("delete", "delete", "Delete entry", "delete the highlighted entry (asks first)",
        show=3),
    Key("f2", "edit", "Edit entry", "correct the highlighted entry's date and text",
        show=4, display="F2"),
]

CONTACTS = [
    _BACK_TO_GUIDE, _LIST_AND_FORM,
    Key("ctrl+s", "add", "Log it", "log the contact (enter in the summary does too)", show=2,
        priority=True),
    # (short labels: with the list focused, Help still fits at 80 columns)
    Key("delete", "delete", "Delete", "on the list: delete the highlighted entry (asks "
        "first)", show=3),
    Key("f2", "edit", "Edit", "correct the highlighted entry (a letter marked as sent "
        "stays linked to it)", show=4, display="F2"),
]

QUESTIONS = [
    _BACK_TO_GUIDE, _LIST_AND_FORM,
    Key("enter", "", "", "in the box: add the question"),
    Key("ctrl+up", "move(-1)", "Move up", "move the highlighted question up", show=2),
    Key("ctrl+down", "move(1)", "Move down", "move the highlighted question down", show=3),
    Key("delete", "delete", "Delete", "delete the highlighted question (asks first if it has "
        "an answer; the two closing questions stay)", show=4),
    Key("ctrl+z", "undo", "Undo", "bring back the last question deleted"),
    Key("ctrl+n", "focus_input", "New question", "go to the box for a new question"),
]

SEARCH = [
    Key("escape", "app.pop_screen", "Back", "back to the guide", show=1),
    Key("tab,shift+tab", "", "", "move between the search box and the results (up, down, "
        "page up and page down scroll them)", display="tab / shift+tab"),
]

DATES = [
    Key("escape", "app.pop_screen", "Back", "back to the guide", show=9),
    Key("ctrl+pagedown", "switch_tab(1)", "Next tab", "the next tab, from anywhere (a form's "
        "box too): deadlines, key dates, settings, the school calendar", show=1,
        priority=True, display="ctrl+page down"),
    # (not alt and a digit: Textual reads ESC and a digit as the character a Mac's option key
    # types with it, "alt+2" as "™")
    Key("ctrl+pageup", "switch_tab(-1)", "Previous tab", "the previous tab, from anywhere",
        priority=True, display="ctrl+page up"),
    # (each tab's Footer shows the keys that act on it, so Next tab fits at 80 columns; it
    # comes first, where a list's own ctrl+page down, which it overrides, puts it anyway)
    Key("ctrl+e", "export", "Export .ics", "on the deadlines tab: save the deadlines and "
        "meetings as a calendar file (.ics) to import into any calendar", show=2,
        priority=True),
    Key("f2", "correct", "Correct", "on the key dates tab: correct the highlighted key date",
        show=3, display="F2"),
    Key("delete", "delete", "Delete", "delete the highlighted key date or school break "
        "(asks first)", show=4),
    Key("tab,shift+tab", "", "", "move between the tabs, the lists and the forms; on the tabs, "
        "left and right switch between them too", display="tab / shift+tab"),
]

REVIEW = [
    Key("escape", "app.pop_screen", "Back", "back (a pasted text not yet saved is kept as a "
        "draft)", show=9),
    Key("ctrl+s", "", "", "in the box: review the pasted text"),
    Key("ctrl+o", "open_file", "Open", "open a .txt or .pdf file: type its path, then "
        "Enter", show=1, priority=True),
    Key("a", "add_questions", "Questions", "add the suggested questions to your questions "
        "list (the review's last line says so too)", show=2),
    Key("s", "save", "Save", "save it in your child's record with its date, as a draft or "
        "final", show=3),
    Key("ctrl+l", "choose", "Saved", "the list of saved IEPs: compare with one, review "
        "one again, mark it draft or final, delete it", show=4, priority=True),
    Key("n", "new", "New", "paste or open another IEP"),
]

LEDGER = [
    Key("escape", "app.pop_screen", "Back", "back to the guide", show=9),
    Key("enter", "", "", "in the form: add the session (the form stays filled for the next)"),
    Key("ctrl+t", "toggle_span", "Week/month", "show the table by week or by month", show=1,
        priority=True),
    Key("ctrl+l", "letter", "Letter", "the letter asking for the missed minutes to be made up, "
        "filled from the ledger", show=2, priority=True),
    Key("ctrl+b", "toggle_absences", "Absences", "count the minutes missed while the child was "
        "absent as owed, or not (the default)", priority=True),
    Key("delete", "delete", "Delete session", "delete the highlighted session (undo with "
        "ctrl+z)"),
    Key("ctrl+z", "undo", "Undo", "undo the last deletion", priority=True),
]


DECODER = [
    Key("escape", "app.pop_screen", "Back", "back to the guide (the text in the box is kept)",
        show=9),
    Key("ctrl+d", "decode", "Decode", "explain the terms and scores in the box", show=1),
    Key("ctrl+o", "open_file", "Open", "open a text file into the box, in place of its "
        "text (up to 1 MB; ctrl+z in the box brings that text back)",
        show=2, priority=True),
    Key("ctrl+s", "save_scores", "Save scores", "save the scores to your child's record "
        "(evaluation name and date; the report's text only if you tick it)", show=3,
        priority=True),
    Key("ctrl+e", "export", "Export", "copy the explanations and the bell curve in words "
        "(and keep them as a file)", priority=True),
    Key("f7", "select_all", "Select all", "select all the text in the box (then delete or "
        "backspace clears it, and ctrl+z brings it back); the box's lower edge says so",
        display="F7", priority=True),
    Key("f2", "tab('decoder-tab-report')", "Report", "show the explanations", display="F2"),
    Key("f3", "tab('decoder-tab-curve')", "Bell curve", "show the bell curve: up and down "
        "move through the scores", display="F3"),
    Key("f4", "tab('decoder-tab-text')", "Marked text", "show the text with terms underlined "
        "and scores highlighted", display="F4"),
]

SCORES = [
    Key("escape", "app.pop_screen", "Back", "back to the guide", show=9),
    Key("1", "tab('scores-tab-years')", "Year to year", "each area's percentile across the "
        "evaluations: a chart and a table"),
    Key("2", "tab('scores-tab-saved')", "Saved", "the saved evaluations and their scores"),
    Key("3", "tab('scores-tab-links')", "Links", "the areas linked across tests"),
    Key("f2,enter", "edit", "Edit", "correct the highlighted evaluation or score", show=1,
        display="F2 or enter"),
    Key("delete", "delete", "Delete", "delete the highlighted evaluation, score or link "
        "(asks first)", show=2),
    Key("l", "link", "Link areas", "say that two areas of two tests are the same area (once)",
        show=3),
]


def plain_display(binding: Binding) -> str | None:
    """How Textual writes a key made of a letter, a digit, F1-F12 or a named key of
    `key_chars` ("?" for "question_mark"), with its modifiers ("n", "^q", "f1"), or None for
    any other key. Textual's own `App.get_key_display` first looks the key up among Unicode's
    character names, which reads Unicode's name table into memory (0.7 MiB at start-up) for
    keys that name no character; tests/test_key_display.py checks both write every key in
    this registry the same."""
    if binding.key_display:
        return binding.key_display
    *modifiers, key = binding.key.split("+")
    if not ((len(key) == 1 and key.isascii() and key.isalnum())
            or key_chars.is_function_key(key)):
        named = key_chars.display(key)
        if named is None:
            return None
        key = named
    if "ctrl" in modifiers:
        modifiers.remove("ctrl")
        key = f"^{key}"
    return "+".join([*modifiers, key])


def bindings(keys: list[Key]) -> list[BindingType]:
    """Textual bindings for a screen's keys (entries without an action only document)."""
    return [Binding(k.keys, k.action, k.label, show=k.show > 0, priority=k.priority)
            for k in sorted(keys, key=lambda k: (k.show == 0, k.show)) if k.action]


def help_rows(*groups: list[Key]) -> list[tuple[str, str]]:
    """(keys, what they do) for the help screen and the README; a key a screen's own list
    already explains (the wizard's `? or F1`) is not listed again from the app's."""
    rows, seen = [], set[str]()
    for key in (k for group in groups for k in group):
        names = set(key.keys.split(","))
        if not names <= seen:
            rows.append((key.shown_keys, key.help))
        seen |= names
    return rows


def markdown_table(*groups: list[Key]) -> str:
    """The keys as a Markdown table: the help screen shows it, the README holds it (a test
    keeps the two equal)."""
    def cell(text: str) -> str:
        return text.replace("|", "\\|")

    rows = "\n".join(f"| `{cell(k)}` | {cell(h)} |" for k, h in help_rows(*groups))
    return f"| Key | What it does |\n| --- | --- |\n{rows}\n"


def palette_actions() -> list[tuple[str, str, str]]:
    """(title, help, app action) for every key offered in the palette."""
    out = []
    for key in APP + WIZARD:
        if key.palette:
            action = key.action if key.action.startswith("app.") else f"app.{key.action}"
            out.append((key.palette, key.help, action.removeprefix("app.")))
    return out
