"""A score table pasted one cell per line (a web portal's or a PDF's table, copied): the
header's cells a line each, then each row's label and its values a line each. Before, each
number was a lone number with no area on its line, and every score was lost."""

from __future__ import annotations

from iepwizard.core.escapes import blank
from iepwizard.core.scales import Scales
from iepwizard.core.score_finder import find_scores

from .score_reading import read

TABLE = ("Table 3. KTEA-3 Achievement Composites and Subtests (age norms)\n"
         "Composite/Subtest\nRaw\nSS (90% CI)\n%ile\nAE\n"
         "Reading Composite\n--\n84 (80-88)\n14\n8-2\n"
         "Letter & Word Recognition\n52\n81 (76-86)\n10\n7-11\n"
         "Reading Comprehension\n31\n88 (81-95)\n21\n8-6\n"
         "Math Composite\n--\n97 (92-102)\n42\n9-4\n\n"
         "Amir's reading was slow and careful.\n")


def test_each_row_is_read_under_the_header_s_lines(scales: Scales) -> None:
    found = find_scores(blank(TABLE), scales)
    assert [(s.label, s.test, s.type_name, s.value, s.stated, s.ci) for s in found] == [
        ("Reading Composite", "KTEA-3", "standard", 84, 14, (80, 88)),
        ("Letter & Word Recognition", "KTEA-3", "standard", 81, 10, (76, 86)),
        ("Reading Comprehension", "KTEA-3", "standard", 88, 21, (81, 95)),
        ("Math Composite", "KTEA-3", "standard", 97, 42, (92, 102))]
    for score in found:  # (each where its number is in the text)
        assert TABLE[score.start:score.end] == f"{score.value:g}"


def test_lines_of_numbers_without_such_a_header_are_no_table(scales: Scales) -> None:
    """A list of counts, a number alone on a line in prose, a header with no score's column:
    no scores are made of them."""
    counts = "Days absent by month\nSeptember\n2\n1\nOctober\n0\n3\n"
    prose = "On the KTEA-3 the Reading Composite standard score was\n84\nwhich is low average.\n"
    no_scores = ("Service\nMinutes\nSessions\nSpeech\n30\n2\nOT\n45\n1\n")
    assert read(counts, scales) == []
    assert read(no_scores, scales) == []
    assert read(prose, scales) == [("Reading Composite", "KTEA-3", "standard", 84)]


def test_a_long_text_of_number_lines_is_read_in_time(scales: Scales) -> None:
    """Each row's header is found from the row above it (read before): the last of 3,000
    rows is read, however far its header is; lines longer than a label's are no cells (a text
    of one line is not read whole for each number)."""
    rows = "".join(f"Reading Composite\n{80 + n % 20}\n{1 + n % 50}\n" for n in range(3000))
    text = "KTEA-3\nComposite\nSS\nPR\n" + rows + "Reading Composite\n101\n53\n"
    last = find_scores(text, scales)[-1]
    assert (last.label, last.value, last.stated) == ("Reading Composite", 101, 53)  # (its
    # percentile from the table: read as prose, "101" has none)
    assert read("7\n" + "x" * 200_000, scales) == []
