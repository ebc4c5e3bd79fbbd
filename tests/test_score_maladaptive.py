"""The Vineland-3's maladaptive scales: v-scale scores (mean 15, SD 3) where higher means more
problem behavior, 18-20 elevated and 21-24 clinically significant.

"Externalizing  17  21  Clinically Significant" was explained as "v-scale score 21: about the
98th percentile (as well as or better than about 98 of every 100 children ...); usually
described as very high", and drawn above the average band as a strength (heldout8 04 review;
the texts here are new). The scales file's `problem_vscale` list now holds them.
"""

from __future__ import annotations

from iepwizard.core.bellcurve import chart
from iepwizard.core.content import Content
from iepwizard.core.decode import decode
from iepwizard.core.scales import Scales
from iepwizard.core.score_finder import find_scores

TABLE = ("Vineland-3, parent interview\n"
         "Maladaptive Behavior             Raw   v-Scale   Level\n"
         "   Internalizing                  9      17     Average\n"
         "   Externalizing                 19      22     Clinically Significant\n"
         "   Maladaptive Behavior Index    28      19     Elevated\n")


def test_maladaptive_scales_mean_more_concern_when_higher(scales: Scales) -> None:
    found = find_scores(TABLE, scales)
    assert [(s.label, s.test, s.kind, s.role, s.value, s.words) for s in found] == [
        ("Internalizing", "Vineland-3", "v", "problem", 17, ""),
        ("Externalizing", "Vineland-3", "v", "problem", 22, "clinically significant"),
        ("Maladaptive Behavior Index", "Vineland-3", "v", "problem", 19, "elevated")]
    drawn = chart(found)
    assert not drawn.ability and len(drawn.problem) == 3


def test_no_strength_is_said(content: Content) -> None:
    text = " ".join(" ".join(s.explain().split()) for s in decode(TABLE, content).scores)
    assert "very high" not in text and "as well as or better than" not in text
    assert "The Vineland-3 calls 18 and up elevated, 21 and up clinically significant" in text


def test_their_names_say_concern_with_no_test_named(scales: Scales) -> None:
    [score] = find_scores("Externalizing v-scale score 21.", scales)
    assert (score.kind, score.role, score.unsure) == ("v", "problem", False)


def test_the_glossary_says_higher_is_more_concern_there(content: Content) -> None:
    definition = content.terms["v-scale-score"].definition
    assert "there a higher score means more problem behavior" in definition
