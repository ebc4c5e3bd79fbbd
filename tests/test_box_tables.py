"""A score table drawn with box-drawing characters is read as the pipe table it is."""

from __future__ import annotations

from iepwizard.core.box_tables import as_pipes
from iepwizard.core.content import Content
from iepwizard.core.decode import decode

BOX = ("WISC-V subtest results\n\n"
       "┌──────────────────────┬────────┬────────────┐\n"
       "│ Subtest              │ Scaled │ Percentile │\n"
       "│                      │ Score  │ Rank       │\n"
       "├──────────────────────┼────────┼────────────┤\n"
       "│ Similarities         │   9    │    37      │\n"
       "│ Vocabulary           │   8    │    25      │\n"
       "├──────────────────────┼────────┼────────────┤\n"
       "│ Digit Span           │   6    │     9      │\n"
       "│ Coding               │   5    │     5      │\n"
       "└──────────────────────┴────────┴────────────┘\n")


def test_a_box_drawn_table_is_read(content: Content) -> None:
    """Before, nothing in the box was read: four subtests lost."""
    found = decode(BOX, content)
    assert [(s.label, s.test, s.type_name, s.value, s.stated) for s in found.scores] == [
        ("Similarities", "WISC-V", "scaled", 9, 37), ("Vocabulary", "WISC-V", "scaled", 8, 25),
        ("Digit Span", "WISC-V", "scaled", 6, 9), ("Coding", "WISC-V", "scaled", 5, 5)]
    assert found.text == BOX  # (shown as the parent pasted it)


def test_the_text_keeps_its_length_and_plain_text_is_the_same_object() -> None:
    assert len(as_pipes(BOX)) == len(BOX) and "│" not in as_pipes(BOX)
    assert as_pipes(BOX).splitlines()[5] == "|----------------------|--------|------------|"
    plain = "no box here ─ but a dash"
    assert as_pipes(plain) is plain


RAW_FIRST = ("WISC-V subtests\n\n"
             "┌──────────────────────┬───────┬────────┬────────────┬──────────────┐\n"
             "│ Subtest              │ Raw   │ Scaled │ Percentile │ Descriptive  │\n"
             "│                      │ Score │ Score  │ Rank       │ Category     │\n"
             "├──────────────────────┼───────┼────────┼────────────┼──────────────┤\n"
             "│ Similarities         │  24   │   9    │    37      │ Average      │\n"
             "│ Vocabulary           │  21   │   8    │            │ Average      │\n"
             "│ Digit Span           │       │   6    │     9      │ Low Average  │\n"
             "└──────────────────────┴───────┴────────┴────────────┴──────────────┘\n")


def test_a_header_on_two_lines_over_raw_scores_and_empty_cells(content: Content) -> None:
    """The header's second line ("│ │ Score │ Score │ Rank │") was read alone, its label cell
    being empty: where a row left a cell empty, its raw score was told as a score ("21,
    unknown kind", or a raw score told as the scaled one)."""
    found = decode(RAW_FIRST, content)
    assert [(s.label, s.type_name, s.value, s.stated) for s in found.scores] == [
        ("Similarities", "scaled", 9, 37), ("Vocabulary", "scaled", 8, None),
        ("Digit Span", "scaled", 6, 9)]
