"""Subject areas, to tie a goal or a service to the present levels that speak of it."""

from __future__ import annotations

import re

from .. import lazy_re

AREAS: dict[str, tuple[str, ...]] = {
    "reading": ("read", "reading", "reads", "fluency", "decoding", "comprehension", "phonics",
                "literacy", "passage", "passages", "words correct", "wcpm", "dyslexia",
                "inferential", "english", "ela"),
    "math": ("math", "mathematics", "calculation", "computation", "algebra", "equations",
             "multiplication", "fractions", "numeracy", "problem solving", "word problems"),
    "writing": ("writing", "written", "writes", "write", "sentences", "paragraph", "paragraphs",
                "spelling", "composition", "punctuation", "capitals", "english", "ela"),
    "speech-language": ("speech", "language", "articulation", "expressive", "receptive",
                        "celf", "retell", "retelling", "vocabulary", "communication", "slp",
                        "requests", "phrase", "fluency of speech"),
    "motor": ("handwriting", "fine motor", "occupational", "grasp", "letter formation",
              "keyboarding", "gross motor", "physical therapy", "adapted physical", "motor"),
    "behavior": ("behavior", "on task", "on-task", "attention", "self-regulation", "calm",
                 "transition", "transitions", "bcba", "check-in", "work completion"),
    "social-emotional": ("social", "emotional", "anxious", "anxiety", "coping", "counseling",
                         "peers", "friends", "counselor"),
}
_PATTERNS = {area: lazy_re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b",
                                   re.IGNORECASE) for area, words in AREAS.items()}


def areas_of(text: str) -> set[str]:
    return {area for area, pattern in _PATTERNS.items() if pattern.search(text)}


def mentions(area: str, text: str) -> bool:
    return bool(_PATTERNS[area].search(text))
