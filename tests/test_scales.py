"""content/score-scales.toml: which test uses which score type, checked with FILE:LINE."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from iepwizard.core.content import Content
from iepwizard.core.decode import decode
from iepwizard.core.locations import content_dir
from iepwizard.core.scales import FILE_NAME, Area, scales_for
from iepwizard.core.scales_file import parse_scales, scale_problems

CONTENT = Path(__file__).resolve().parent.parent / "content"


def problems(text: str) -> list[str]:
    return [f"{p.line}: {p.message}" for p in parse_scales(text, Path("s.toml"))[1]]


def test_the_shipped_scales_are_valid() -> None:
    assert scale_problems(CONTENT) == []
    scales = scales_for(CONTENT)
    assert {"wisc-v", "wiat-4", "ktea-3", "wj-iv", "basc-3", "brief-2", "conners-4"} <= set(
        scales.tests)
    assert {(a.test, a.kind, a.role) for a in scales.areas["externalizing problems"]} == {
        ("basc-3", "t", "problem"), ("cbcl", "t", "problem")}
    assert {a.test for a in scales.areas["working memory"]} == {
        "wisc-v", "wais-iv", "brief-2", "das-ii", "sb5", "wppsi-iv", "wraml-3"}
    assert [a.kind for a in scales.areas["WMI"]] == ["standard", "standard", "standard"]


def test_each_mistake_is_named_with_its_line() -> None:
    text = '''[[test]]
id = "Bad Id"
name = "X"
names = ["X"]

[[test]]
id = "y"
name = "Y"
names = ["Y"]
t_scales = "sometimes"

[[test]]
id = "z"
name = "Z"
names = ["Z", "Y"]
colour = "red"
standard = ["Reading | Reading"]
scaled = ["Vocabulary", " | x"]
bands = [[70, "high"], [60, "low"]]
'''
    found = problems(text)
    assert "2: test Bad Id: 'id' must use only lower-case letters, digits and dashes" in found
    assert "10: test y: 't_scales' must be \"problem\" or \"adaptive\"" in found
    assert any(p.startswith("16: test z: unknown key 'colour'") for p in found)
    assert "19: test z: 'bands' must be [[60, \"words\"], [70, \"words\"]], lowest first" in found
    text = text.replace('bands = [[70, "high"], [60, "low"]]\n', "").replace(
        't_scales = "sometimes"\n', "").replace('"Bad Id"', '"x"').replace('colour = "red"\n', "")
    found = problems(text)
    assert found == [
        "14: test z: the name 'Y' also names the test 'y'",
        "15: test z: 'Reading' is listed twice (also in 'standard')",
        "16: test z: ' | x' has an empty name (write \"Name | other name\")"], found



def test_one_name_may_be_two_kinds_of_score_in_one_test() -> None:
    # the ABAS-3's "Social" is a domain (a standard score) and a skill area (a scaled score);
    # it was refused as "listed twice"
    text = """[[test]]
id = "a"
name = "A"
names = ["A"]
standard = ["Social | Social Domain", "Conceptual"]
scales = ["Social"]
scaled = ["Social", "Leisure | Conceptual"]
adaptive = ["Leisure"]
problem = ["Leisure"]
"""
    scales, found = parse_scales(text, Path("s.toml"))
    assert [f"{p.line}: {p.message}" for p in found] == [
        "6: test a: unknown key 'scales' (expected one of: ability, adaptive, area_bands, bands, "
        "concern_by_name, id, name, names, percentile, percentile_bands, percentile_note, "
        "problem, problem_scaled, problem_standard, problem_vscale, ranges, rated, scale15, "
        "scaled, standard, standard_is, t_scales, vscale)",
        "8: test a: 'Leisure' is listed twice (also in 'problem')"]  # (the adaptive list's)
    assert [a.kind for a in scales.areas["social"]] == ["standard", "scaled"]
    assert [(a.label, a.kind) for a in scales.areas["conceptual"]] == [
        ("Conceptual", "standard"), ("Leisure", "scaled")]


def test_a_test_s_own_ranges_are_checked_with_their_line() -> None:
    text = """[[test]]
id = "w"
name = "W"
names = ["W"]
ranges = [[70, "low"], [90, "average"]]
"""
    assert "5: test w: 'ranges' must be [[0, \"words\"], [70, \"words\"], ...], lowest first, " \
        "from 0" in problems(text)
    assert problems(text.replace("[[70,", "[[0, \"very low\"], [70,")) == []

def test_bad_toml_and_missing_file(tmp_path: Path) -> None:
    assert problems("[[test]\nid=") and problems("[[test]\nid=")[0].startswith("1: is not valid")
    assert scale_problems(tmp_path) == []  # the file is optional
    assert scales_for(tmp_path).tests == {}


def test_check_content_lists_scale_problems(content_copy: Path) -> None:
    path = content_copy / FILE_NAME
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('\nt_scales = "problem"', '\nt_scales = "yes"', 1),
                    encoding="utf-8")
    line = next(n for n, ln in enumerate(path.read_text().splitlines(), 1) if '"yes"' in ln)
    result = subprocess.run([sys.executable, "-m", "iepwizard", "check-content",
                             str(content_copy)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert result.stderr.splitlines()[0].startswith("iepwizard: the guide in")
    assert f"{path}:{line}: test brief-2: 't_scales' must be \"problem\" or \"adaptive\"" in (
        result.stderr.splitlines())
    assert "Traceback" not in result.stderr


def test_a_control_character_in_a_name_is_refused() -> None:
    text = '[[test]]\nid = "x"\nname = "X"\nnames = ["X"]\nstandard = ["Digit \\u001b[31mSpan"]\n'
    assert problems(text) == ["5: test x: 'standard' holds a control character (U+001B), "
                              "written as an escape in quotes: delete it (a terminal would "
                              "read it as a command)"]


AREA_BANDS = ('[[test]]\nid = "x"\nname = "X"\nnames = ["X"]\nt_scales = "problem"\n'
              'bands = [[65, "in the borderline range"], [70, "in the clinical range"]]\n'
              'problem = ["Worry", "Total Problems"]\n\n'
              '[[test.area_bands]]\nareas = ["Total Problems"]\n'
              'bands = [[60, "in the borderline range"], [64, "in the clinical range"]]\n')


def test_an_area_may_have_bands_of_its_own() -> None:
    scales, found = parse_scales(AREA_BANDS, Path("s.toml"))
    info = scales.tests["x"]
    assert found == []
    assert info.bands_of("Worry") == ((65, "in the borderline range"),
                                      (70, "in the clinical range"))
    assert info.bands_of("Total Problems") == ((60, "in the borderline range"),
                                               (64, "in the clinical range"))


@pytest.mark.parametrize("change, message", [
    (('"Total Problems"]\nbands', '"Total Worries"]\nbands'),
     "10: test x: 'Total Worries' in 'area_bands' is no area of this test (write the first "
     "name of an area listed below)"),
    (("[[60, ", "[[64, "), "9: test x: each [[test.area_bands]] must hold 'areas = "
                          "[\"Area\", ...]' and 'bands = [[60, \"words\"], ...]', bands "
                          "lowest first"),
])
def test_area_bands_written_wrong_are_named(change: tuple[str, str], message: str) -> None:
    assert problems(AREA_BANDS.replace(*change)) == [message]


def test_the_cbcl_cuts_its_broad_scales_lower(content: Content) -> None:
    # (ASEBA: the syndrome scales borderline from 65, Internalizing, Externalizing and Total
    # Problems from 60): a syndrome score of 62 is in the normal range, a broad one is not
    text = "CBCL (parent): Anxious/Depressed T = 62; Internalizing Problems T = 62."
    first, second = decode(text, content).scores
    assert "this one is in the usual range" in first.explain(), first.explain()
    assert "this one is in the borderline clinical range" in second.explain(), second.explain()


def test_an_unnamed_cbcl_area_gets_the_usual_cut_offs_not_the_syndrome_scales(
        content: Content) -> None:
    # "Internalizing Composite" may be a broad scale (borderline from 60): the syndrome
    # scales' 65 called a 62 "in the usual range" (the review)
    text = ("CBCL (parent form)\nScale                      T-score\n"
            "Internalizing Composite    62\n")
    (score,) = decode(text, content).scores
    # (now read as the CBCL's broad Internalizing Problems scale, its kind's word after its
    # name: its own cut-offs, borderline from 60, not the syndrome scales' 65)
    assert score.test == "CBCL" and score.label == "Internalizing Problems"
    assert "this one is in the borderline clinical range" in score.explain(), score.explain()


def test_area_bands_written_before_the_test_s_lists_are_named() -> None:
    # TOML puts the lists after [[test.area_bands]] in that table: the test lost every area
    # with only "each [[test.area_bands]] must hold ..." said (the review)
    text = ('[[test]]\nid = "x"\nname = "X"\nnames = ["X"]\n\n[[test.area_bands]]\n'
            'areas = ["Total Problems"]\nbands = [[60, "in the borderline range"]]\n'
            'problem = ["Worry", "Total Problems"]\n')
    assert problems(text) == [
        "6: test x: 'problem' is inside [[test.area_bands]]: write the test's lists first and "
        "[[test.area_bands]] after them (TOML puts what follows a table's heading in that "
        "table)"]


def test_a_percentile_list_holds_a_screeners_areas() -> None:
    # areas reported only as national percentiles (the RTI screeners'): their own kind, and not
    # among the kinds the test reports (a percentile near a screener whose area the text does
    # not name is not put on it: Mentions.test_near)
    text = """[[test]]
id = "s"
name = "S"
names = ["Screener S"]
percentile = ["Overall Reading | Reading", "Phonics"]
"""
    scales, found = parse_scales(text, Path("s.toml"))
    assert found == []
    assert scales.areas["reading"] == (Area("Overall Reading", "s", "percentile"),)
    assert scales.kinds["s"] == frozenset()



def test_names_starting_with_a_small_letter_are_looked_for_by_their_first_two() -> None:
    """"i-Ready" and "aimswebPlus" start with letters in most words of a report: the names are
    looked for where their first two characters stand, not at every "i" and "a" (each was a
    try of the whole pattern: decoding took 1.12x as long once the screeners were listed)."""
    scales = scales_for(content_dir())
    prose = "it is an aim in this plan that Ava will read with accuracy, i.e. in a day. "
    text = prose * 50 + "On the i-Ready Diagnostic and aimswebPlus, and the iReady report."
    assert [(text[at:at + 3], test) for at, test in scales.test_mentions(text)] == [
        ("i-R", "i-ready"), ("aim", "aimswebplus"), ("iRe", "i-ready")]
    assert [m.start() for letter in scales._lower for m in letter.finditer(prose)] == [
        prose.index("aim")]  # ("ai" only)


def test_rated_must_be_true_or_false() -> None:
    text = '[[test]]\nid = "x"\nname = "X"\nnames = ["X"]\nrated = "yes"\nstandard = ["A"]\n'
    assert "5: test x: 'rated' must be true or false (without quotes)" in problems(text)
    assert scales_for(content_dir()).rated >= {"Vineland-3", "ABAS-3"}
