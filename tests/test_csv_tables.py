"""Score tables pasted from a spreadsheet's export are read as the pipe tables they are."""

from __future__ import annotations

from iepwizard.core.content import Content
from iepwizard.core.csv_tables import as_pipes
from iepwizard.core.decode import decode

EXPORT = ("Here are the results from the scoring program, exported as a spreadsheet:\n\n"
          "Subtest,Raw,SS,PR,Range\n"
          "Word Reading,41,84,14,Low Average\n"
          "Pseudoword Decoding,22,79,8,Below Average\n\n"
          "And the second one, with semicolons:\n\n"
          "Test;Standard Score;Percentile\n"
          "Math Problem Solving;97;42\n"
          "Numerical Operations;92;30\n\n"
          "Test given on the WIAT-4, 10/14/2026.\n")


def test_a_spreadsheet_s_rows_are_read(content: Content) -> None:
    """Before, nothing in a comma- or semicolon-separated export was read."""
    found = decode(EXPORT, content)
    assert [(s.label, s.test, s.type_name, s.value, s.stated) for s in found.scores] == [
        ("Word Reading", "WIAT-4", "standard", 84, 14),
        ("Pseudoword Decoding", "WIAT-4", "standard", 79, 8),
        ("Math Problem Solving", "WIAT-4", "standard", 97, 42),
        ("Numerical Operations", "WIAT-4", "standard", 92, 30)]
    assert found.text == EXPORT


def test_prose_and_single_lines_stay_as_written() -> None:
    piped = as_pipes(EXPORT)
    assert len(piped) == len(EXPORT)
    assert "Word Reading|41|84|14|Low Average" in piped
    assert "And the second one, with semicolons:" in piped  # (", ": prose)
    prose = "Scores were 85,90,95 in one line.\nHe read, wrote, and spelled.\n"
    assert as_pipes(prose) is prose


def test_a_column_of_batteries_before_the_areas(content: Content) -> None:
    """"ACH,Broad Mathematics,--,91,27": the battery ("ACH", no area) was taken for the
    area's name, every score told as "ACH"'s."""
    text = ("Woodcock-Johnson IV (WJ IV) scores, exported:\n\n"
            "Battery,Cluster/Test,Raw,SS,PR\n"
            "ACH,Broad Mathematics,--,91,27\n"
            "ACH,Math Facts Fluency,22,86,18\n"
            "OL,Oral Vocabulary,19,99,47\n")
    assert [(s.label, s.test, s.value) for s in decode(text, content).scores] == [
        ("Broad Mathematics", "WJ IV", 91), ("Math Facts Fluency", "WJ IV", 86),
        ("Oral Vocabulary", "WJ IV", 99)]
