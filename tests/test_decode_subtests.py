"""A Wechsler subtest whose bare name is an ordinary word ("Similarities", "Vocabulary",
"Coding") is explained where the text gives its score, and nowhere else: the glossary names
them "X subtest", and a word of a class's spelling list is no subtest."""

from __future__ import annotations

from iepwizard.core.content import Content
from iepwizard.core.decode import decode


def named(text: str, content: Content) -> list[tuple[str, str]]:
    found = decode(text, content)
    return [(text[m.start:m.end], m.term_id) for m in found.matches
            if m.term_id in ("similarities", "vocabulary", "coding")]


def test_a_subtest_score_names_its_subtest(content: Content) -> None:
    text = ("On the WISC-V, Eli earned a scaled score of 13 on Similarities and 12 on "
            "Vocabulary. His Coding scaled score (5) was lower than his Symbol Search (9).")
    assert named(text, content) == [("Similarities", "similarities"),
                                    ("Vocabulary", "vocabulary"), ("Coding", "coding")]
    table = "WISC-V Subtest     Scaled Score\nSimilarities       9\nCoding             6\n"
    assert named(table, content) == [("Similarities", "similarities"), ("Coding", "coding")]


def test_the_ordinary_words_are_not_explained(content: Content) -> None:
    text = ("This week's vocabulary list has 12 words. The coding club meets at 3. "
            "We talked about the similarities between the two plans.")
    assert named(text, content) == []
    # a score of another test's "Vocabulary" is not the Wechsler subtest's
    assert named("On the KBIT-2, Verbal Knowledge 88; the PPVT-5 vocabulary score was 91.",
                 content) == []
