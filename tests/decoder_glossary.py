"""The shipped glossary with its ambiguous acronyms moved into `context_acronyms`, as the
content rewrite does (issue 12), so the matcher is tested on that shape before the rewrite is
merged. Terms that already have context acronyms are left as they are (after the merge this
changes nothing the content did itself)."""

from __future__ import annotations

from iepwizard.core.content import Content, Term

#: term id -> (acronyms that are also ordinary words or labels, the words that make them count)
AMBIGUOUS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "intellectual-disability": (("ID",), ("intellectual", "eligibility", "eligible", "category",
                                          "classification", "IQ", "adaptive")),
    "developmental-delay": (("DD",), ("developmental", "delay", "eligibility", "eligible",
                                      "category", "preschool", "early childhood")),
    "age-grade-equivalent": (("GE", "AE"), ("equivalent", "equivalents", "score", "scores",
                                            "percentile", "raw score")),
    "standard-score": (("SS",), ("standard", "score", "scores", "percentile", "PR",
                                 "composite", "index", "subtest")),
    "assistive-technology": (("AT",), ("assistive", "technology", "device", "devices",
                                       "text-to-speech", "speech-to-text", "software", "tablet",
                                       "AAC")),
    "adhd": (("ADD",), ("attention", "ADHD", "diagnosis", "diagnosed", "medication",
                        "inattentive", "hyperactivity", "focus")),
    "ot": (("OT",), ("occupational", "therapy", "therapist", "consult", "services", "service",
                     "session", "sessions", "minutes", "min", "weekly", "fine motor",
                     "handwriting", "sensory")),
    "pt": (("PT",), ("physical", "therapy", "therapist", "consult", "services", "service",
                     "session", "sessions", "minutes", "min", "weekly", "gross motor",
                     "mobility")),
    "confidence-interval": (("CI",), ("confidence", "interval", "score", "scores",
                                      "percentile", "standard")),
    "percentile-rank": (("PR",), ("percentile", "standard score", "SS", "score", "scores",
                                  "rank")),
    "emotional-disturbance": (("ED",), ("emotional", "disturbance", "eligibility", "eligible",
                                        "category", "behavior", "behavioral", "qualifies")),
    "sld": (("LD",), ("learning", "disability", "disabilities", "eligibility", "eligible",
                      "category", "dyslexia", "teacher")),
}


def reference_term(term: Term) -> Term:
    if term.context_acronyms or term.id not in AMBIGUOUS:
        return term
    moved, words = AMBIGUOUS[term.id]
    moved = tuple(a for a in moved if a in term.acronyms)
    if not moved:
        return term
    return term._replace(acronyms=tuple(a for a in term.acronyms if a not in moved),
                         context_acronyms=moved, context_words=words)


def reference_content(content: Content) -> Content:
    return content._replace(terms={k: reference_term(t) for k, t in content.terms.items()})
