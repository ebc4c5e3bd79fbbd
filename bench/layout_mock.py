"""A static mock of the wizard's first screen: the floor the layout itself sets.

The same layout as the wizard (a header, the step title, a 9-item step list, the step text and
its checklist in one scrolling column, an 11-item term list, a Footer with 7 keys), with the
same widths and borders, built from plain Textual widgets and the text given in a JSON file
(written by bench/startup.py from the guide): nothing of iepwizard is imported, nothing is
parsed but that file. `bench/startup.py` measures it beside the minimal app as a second
reference.

    python bench/layout_mock.py SCREEN.json
"""

from __future__ import annotations

import json
import sys

from textual.app import App, ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Footer, Header, OptionList, Static

CSS = """
#title { text-style: bold; color: $text-primary; padding: 0 1; height: auto;
         background: $boost; }
#main { height: 1fr; }
#steps { width: 32; height: 1fr; border: round $primary 50%; }
#step { width: 1fr; height: 1fr; padding: 0 1; }
#body { padding: 0 1; max-width: 84; }
#checklist { height: auto; margin: 0 1 1 1; border: round $secondary 60%; max-width: 84; }
#glossary { width: 34; height: 1fr; border: round $accent 50%; }
"""


class MockApp(App[None]):
    CSS = CSS
    BINDINGS = [("n", "bell", "Next"), ("p", "bell", "Back"), ("l", "bell", "Letters"),
                ("x", "bell", "Done"), ("m", "bell", "Meeting"), ("f1", "bell", "Help"),
                ("ctrl+q", "quit", "Quit")]

    def __init__(self, screen: dict[str, object]) -> None:
        super().__init__()
        self.data = screen

    def compose(self) -> ComposeResult:
        data = self.data
        yield Header()
        yield Static(str(data["title"]), id="title", markup=False)
        with Horizontal(id="main"):
            yield OptionList(*[str(s) for s in data["steps"]], id="steps")  # type: ignore
            with VerticalScroll(id="step"):
                yield Static(str(data["body"]), id="body", markup=False)
                yield OptionList(*[str(i) for i in data["checklist"]],  # type: ignore
                                 id="checklist")
                yield Static(str(data["actions"]), id="actions", markup=False)
            yield OptionList(*[f"▶ {t}" for t in data["terms"]], id="glossary")  # type: ignore
        yield Footer()

    def on_mount(self) -> None:
        self.title = "iepwizard · Bench"
        self.query_one("#steps").border_title = "Steps"
        self.query_one("#glossary").border_title = "Glossary"


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as handle:
        MockApp(json.load(handle)).run()
