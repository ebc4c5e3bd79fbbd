"""Two small pieces of text the screens show: a path in a message on a line of its own, and
progress that counts steps done and steps "not for us" apart."""

from __future__ import annotations

from iepwizard.core.content import Content
from iepwizard.core.path_lines import paths_apart
from iepwizard.core.progress import summary
from iepwizard.core.records import Progress


def test_each_path_goes_on_a_line_of_its_own() -> None:
    assert paths_apart("Copied. Also saved as /home/m/.local/exports/notes-Sam.md and, to "
                       "print, ~/exports/notes-Sam.html") == (
        "Copied. Also saved as\n/home/m/.local/exports/notes-Sam.md\nand, to print,\n"
        "~/exports/notes-Sam.html")
    assert paths_apart("Saved as /tmp/a/letters/eval.txt.") == "Saved as\n/tmp/a/letters/eval.txt."
    assert paths_apart("Line one\n\nsee C:\\Users\\m\\x.txt") == \
        "Line one\n\nsee\nC:\\Users\\m\\x.txt"


def test_dates_fractions_and_links_are_not_paths() -> None:
    for text in ("Write the date like 3/14/2017.", "and/or 1/2 of the time",
                 "see https://www.example.org/a/b today", "no slash at all"):
        assert paths_apart(text) == text


def test_done_and_not_for_us_are_counted_apart(content: Content) -> None:
    steps = [s.id for s in content.steps]
    first = content.steps[0]
    progress = Progress(child_id="x", steps={steps[0]: "done", steps[1]: "done",
                                             steps[2]: "done", steps[3]: "not_applicable",
                                             steps[4]: "in_progress"},
                        checked=tuple(f"{first.id}/{i.id}" for i in first.checklist[:2]))
    counted = summary(progress, content)
    assert (counted.steps_done, counted.steps_not_for_us) == (3, 1)
    total = sum(len(s.checklist) for s in content.steps)
    assert str(counted) == (f"3 of {len(steps)} steps done, 1 not for us, 2 of {total} "
                            f"checklist items ticked")
    none_apart = summary(Progress(child_id="x", steps={steps[0]: "done"}), content)
    assert str(none_apart).startswith(f"1 of {len(steps)} steps done, 0 of ")
