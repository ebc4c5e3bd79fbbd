"""What stands before a number in running text: the glue, then the area's name.

"Math Problem Solving was 101", "Reading Comprehension: SS = 84", "a standard score of 79":
read backwards from the number, first the glue ("was", "=", "(", "standard score of",
"T ="), which may name the score's type, then the words of the area's name.
"""

from __future__ import annotations

from . import lazy_re
from .score_raters import TITLE

_TOK = lazy_re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?|\d+(?:\.\d+)?|[^\s\w]")
_WORD = lazy_re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?|&")
GLUE_WORDS = {
    "was", "were", "is", "are", "of", "a", "an", "the", "her", "his", "their", "its", "score",
    "scores", "scored", "standard", "scaled", "composite", "index", "subtest", "scale",
    "domain", "cluster", "quotient", "rank", "obtained", "earned", "received", "yielded",
    "achieved", "had", "has", "with", "at", "in", "on", "fell", "falls", "within", "which",
    "rating", "ratings", "gave", "got", "she", "he", "they", "reached", "equal", "equals",
    "rated", "grade", "equivalent", "percentile", "average", "low", "high", "below", "above",
    "very", "extremely", "borderline", "range", "elevated", "clinically", "significant",
    "mildly", "potentially", "risk", "total", "be", "ss", "scs", "iq", "pr", "ge", "t",
    "lowest", "highest", "came", "comes", "out", "landed", "lands", "lower", "higher",
}
GLUE_PUNCT = {"(", ":", "=", "-", "\u2013", "\u2014", "|", "[", "~", "*",
              "v"}  # ("v = 10", "v-scale score of 10": a Vineland-3 subdomain's, in lower case)
#: The words and signs read before a number: this many characters back, or twice as many
#: when the words run on to the edge.
_BACK = 40
_SHORT_CUES = {"SS", "ss", "ScS", "T", "PR", "GE", "IQ"}
_CUE_WORDS = {"ss", "scs", "v", "iq", "standard", "scaled", "t", "percentile", "ile", "pr", "ge",
              "equivalent", "score", "scores", "scored"}
#: Words that start no area's name: an unknown area's label is read after them.
STOP_LABEL = GLUE_WORDS | {"and", "or", "another", "this", "that", "these", "those", "for",
                           "by", "to", "from", "results", "result", "overall", "one", "other"}
#: Glue that says what a score was: after a comma, it ends a clause whose last words are not
#: the score's area.
_VERBS = {"was", "were", "is", "are", "had", "has", "scored", "earned", "obtained", "received",
          "yielded", "achieved", "fell", "falls", "gave", "got", "reached", "rated", "equals",
          "came", "comes", "landed", "lands"}
#: Before "score", what makes it no score of the child's to explain: a raw score (the glossary
#: explains it), a criterion or cut-off score (the line the child's score is compared with).
_NO_SCORE = {"raw", "criterion", "cutoff", "cut"}
#: What a child does, not an area: the word before it is a name ("Eli scored at ...").
_DONE_BY = {"scored", "earned", "obtained", "received", "achieved", "got", "performed"}
#: The bounds a school draws ("below PR 25", "above the 15th"): a number after them is none,
#: also past a short type word.
_BOUNDS = frozenset({"below", "above", "under", "over"})
#: The short names of growth percentiles (student, conditional): see `Before.grows`.
_GROWTH_RANKS = frozenset({"SGP", "CGP"})
#: A number right after one of these describes a scale or a range; it is not a score.
DESC_BEFORE = {"mean", "m", "sd", "deviation", "between", "from", "to", "than", "least",
               "most"} | _BOUNDS
#: A word in brackets after a subtest's name that says which kind of subtest it is.
_ASIDES = {"supplemental", "supplementary", "optional", "core", "primary", "secondary",
           "ancillary"}
#: "On the <Name>, her standard score was": the area named before the clause's last comma.
_ON_THE = lazy_re.compile(
    r"(?<![\w-])[OoIi]n the [A-Z][^,.;:\n]{1,60}, (?:her|his|their)\s[^,.;:]{0,40}$")
#: A clause set off by commas between an area's name and its verb, as an aside opens it
#: (see _named_before_clause): no sentence's end, colon or bracket in it.
_CLAUSE = lazy_re.compile(
    r"(?<=[^\W\d_]), (?:which|who|that|what|a|an|the|or|also|sometimes|often|its|this)"
    r" [^,.;:()\[\]\n]*(?:\n[^,.;:()\[\]\n]+)?,$")
_CLAUSE_REACH = 110
#: A relative clause's first word, right after an area's name and its comma, that goes on to
#: give the score: "Her Processing Speed Index, which was 78".
_RELATIVE = {"which", "that"}
_LISTED = {"and", "or", "&", ",", "/", "nor"}
#: A gloss in brackets after an area's name: two to fourteen words in small letters.
_GLOSS = lazy_re.compile(r"[a-z][a-z'\u2019-]*(?:[ \t\n]+[a-z][a-z'\u2019-]*){1,13}")
_GLOSS_REACH = 110
#: A person's title, right before a name: what follows is a person, not an area.
_TITLE = lazy_re.compile(TITLE + r"\.?\s+$")
_SKIP_BEFORE = {"=", ":", "of", "was", "is", "(", "a", "an", "the"}  # ("fell below the 10th
# percentile", "above the 15th percentile in the green zone": bounds, the child's score unsaid)
#: Glue as most often written (lower case, or a sign): found without lowering the token.
_GLUE = GLUE_WORDS | GLUE_PUNCT
#: Glue that names no type, as most often written: passed over without lowering it.
_NO_CUE = _GLUE - _CUE_WORDS
_DASHES = ("-", "/", "\u2010", "\u2013")
_AFTER_T = frozenset({"=", ":", "-", "score", "scores", ""})
_NONE = (0,)


def tokens(text: str, start: int, end: int) -> list[str]:
    """`_TOK.findall(text, start, end)`, quicker: no token holds a space (nor "_", which
    `_TOK` skips too), so the text splits at spaces first; a piece that is all letters, or
    one character or all digits, is one token, and letters or digits then a sign
    ("composite:", "student.", "84,") are two; only the other pieces go through the pattern
    (a regex call costs as much as reading several pieces so). Where every piece is all
    letters (a window of words only: a third of those before a number), the pieces are the
    tokens, told at C speed."""
    pieces = text[start:end].split()
    if all(map(str.isalpha, pieces)):
        return pieces
    found: list[str] = []
    append = found.append
    for piece in pieces:
        if piece.isalpha():
            append(piece)
        elif len(piece) == 1:
            if piece != "_":
                append(piece)
        elif piece.isdecimal():  # (what `\d` is: Unicode's decimal digits)
            append(piece)
        elif (piece[:-1].isalpha() or piece[:-1].isdecimal()) and not piece[-1].isalnum() \
                and piece[-1] != "_":
            found += (piece[:-1], piece[-1])
        else:
            found += _TOK.findall(piece)
    return found


def only_glue(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds nothing but glue (words and signs that stand between an
    area or a test and its number: "was", "standard score", "=", ",")."""
    return all(map(is_glue, tokens(text, start, end)))


def is_glue(token: str) -> bool:
    return token.lower() in GLUE_WORDS or token in GLUE_PUNCT or token == ","


def _name_words(toks: list[str], i: int, need: int, words: list[str]) -> int:
    """Reads an area's words backwards from `toks[i]` into `words` until `need` are read or
    a token is neither a word, "&" nor a dash; returns the index it stopped at."""
    while i >= 0 and len(words) < need:
        token = toks[i]
        if token[0].isalpha():
            words.append(token)
        elif token == "&":
            words.append("and")
        elif i >= 2 and token.isdigit() and toks[i - 1] in _DASHES and toks[i - 2].isdigit() \
                and i + 1 < len(toks) and toks[i + 1][0].isalpha():
            words += (token, toks[i - 2])  # "List A Trials 1-5 Total": a range of trials
            i -= 2  # inside a name (a word of it after the range: "84 79-90 14" is no name)
        elif token not in _DASHES:
            break
        i -= 1
    return i


def _named_after_a_score(toks: list[str], i: int) -> bool:
    """Whether the name ending at `toks[i]` is a score's area written after it ("10 on
    Vocabulary, 9 (Block Design)": the 9 is not Vocabulary's): "on" or a number stands
    right before the name."""
    j = i
    while j >= 0 and i - j < 6 and toks[j][0].isalpha() and toks[j] != "on":
        j -= 1
    return j >= 0 and (toks[j] == "on" or toks[j][0].isdigit())


def _test_in_brackets(toks: list[str], close: int) -> int:
    """Where "(" stands before the ")" at `toks[close]`, if what is between is a test's short
    name ("WISC-V", "KTEA-3", "WJ IV ACH", "SB5": capitals, with an edition after a dash);
    -1 if not (one capitalised word alone, "(VCI)", is the area's abbreviation)."""
    j = close - 1
    while j >= 0 and close - j <= 5 and toks[j] != "(":
        j -= 1
    if j < 0 or toks[j] != "(" or close - j < 3:
        return -1
    inside = toks[j + 1:close]
    if not (inside[0][:1].isupper() and inside[0].isalnum() and len(inside[0]) >= 2):
        return -1
    for k, token in enumerate(inside[1:], 1):
        if token == "-" or (token.isalnum() and (token.isupper() or (
                token.isdigit() and inside[k - 1] == "-"))):
            continue
        return -1
    return j


def _named_before_clause(text: str, low: int, start: int, commas_after: int,
                         lengths: dict[str, tuple[int, ...]], relative: bool = False
                         ) -> tuple[list[str], int] | None:
    """The words of a known area's name before a clause set off by commas, which ends at the
    comma the words before a number stopped at (with `commas_after` more commas after it, in
    the glue): "His Processing Speed, the speed at which he copies and scans, came out at
    79", "Her Working Memory Index, which measures what she holds in mind, was 84". Only a
    clause that opens as an aside does (a relative word, an article, "or", "also"), and only
    a known area's name before it: "In reading, where she struggles most, she was 84" names
    none. The words read back (the nearest first), and where they begin; None if not so.
    `relative`: the comma opens a relative clause that gives the score ("Her Processing Speed
    Index, which was 78"): the name ends at it."""
    end = text.rfind(",", low, start)
    for _ in range(commas_after):
        end = text.rfind(",", low, end)
    if relative:
        return _name_before(text, end, lengths) if end >= 0 else None
    if end < 0 or (clause := _CLAUSE.search(text, max(0, end - _CLAUSE_REACH), end + 1)) is None:
        return None
    return _name_before(text, clause.start(), lengths)


def _name_before(text: str, at: int, lengths: dict[str, tuple[int, ...]]
                 ) -> tuple[list[str], int] | None:
    """The words of a known area's name ending right before `at` (the nearest first), and
    where the words read begin; None if none ends there, or it is the last of two or more
    names ("Atlantis and Rebus, the two Learning subtests, yielded scaled scores of 7 and
    8": the aside is of both, and which score is whose is read in order)."""
    back = window_low(text, at, _BACK)
    toks = tokens(text, back, at)
    if not toks or (need := lengths.get(toks[-1].casefold(), _NONE)[0]) == 0:
        return None
    words: list[str] = []
    i = _name_words(toks, len(toks) - 1, need, words)
    if i >= 0 and toks[i].lower() in _LISTED and words[-1][0].isupper():
        return None  # (not where the words read go past the name's start: ", her
        # Processing Speed Index, which was 78" is no list)
    return words, back


def _named_before_gloss(text: str, low: int, start: int,
                        lengths: dict[str, tuple[int, ...]]) -> tuple[list[str], int] | None:
    """The words of a known area's name before a gloss in brackets, which ends at the last
    ")" before `start`: "Word Classes (how words are related): scaled score 9", words in
    small letters and nothing else in it. As `_name_before`; None if not so."""
    close = text.rfind(")", low, start)
    opened = text.rfind("(", max(0, close - _GLOSS_REACH), close)
    if opened < 0 or not _GLOSS.fullmatch(text, opened + 1, close):
        return None
    return _name_before(text, opened, lengths)


def _on_the_area(text: str, start: int) -> bool:
    """Whether the clause before the number at `start` is "On the <Name>, her ..." (or "In
    the", "his", "their"): "On the Phonological Processing composite, her standard score was
    79" names, before its last comma, the area the score is of."""
    return _ON_THE.search(text, max(0, start - 120), start) is not None


def _cue(toks: list[str], i: int) -> str | None:
    """The type a token names ("SS", "T" before "=", "standard" before "score"...); the
    tokens beside it are read only where they decide."""
    t = toks[i]
    if t in ("SS", "IQ"):
        return "standard"
    low = t.lower()
    if low == "scs":  # "Elision ScS = 5" (the legend's own short name)
        return "scaled"
    if t == "v":  # "Receptive v = 10", "v-scale score of 10"
        after = toks[i + 1] if i + 1 < len(toks) else ""
        return "v" if after in ("=", ":") or (
            after == "-" and i + 2 < len(toks) and toks[i + 2].lower() == "scale") else None
    if low in ("standard", "scaled"):
        return low if i + 1 < len(toks) and toks[i + 1].lower().startswith("score") else None
    if t in ("T", "t"):
        after = toks[i + 1].lower() if i + 1 < len(toks) else ""
        return "t" if after in _AFTER_T or (i > 0 and toks[i - 1] == "(") else None
    if low in ("percentile", "ile") or t == "PR":
        return "percentile"
    if t == "GE" or (low == "equivalent" and i > 0 and toks[i - 1].lower() == "grade"):
        return "ge"
    if low in ("score", "scores", "scored") or t == "ss":
        return "score"
    return None


def window_low(text: str, start: int, back: int) -> int:
    """Where the words read before `start` begin: `back` characters back, and further where
    a table's gap ("   ") stands in them, as if each of its spaces were none ("Executive
    Functioning                    T 69": read 40 back, the name was cut)."""
    low = start - back if start > back else 0
    if low and "   " in text[low:start]:
        low = max(0, low - min(text.count(" ", low, start), back))
    return low


def _cut(text: str, low: int) -> bool:
    """Whether a window starting at `low` (> 0) may cut its first word in two (no space on
    either side of its edge)."""
    return not (text[low - 1].isspace() or text[low].isspace())


class Before:
    """What stands before a number: the area's words, then the glue, in reading order."""

    #: One is made for nearly every score: slots make it and its fields quicker.
    __slots__ = ("abbr", "glue", "words", "text", "low", "start", "cue", "cue_at")

    def __init__(self, text: str, start: int, lengths: dict[str, tuple[int, ...]],
                 back: int = _BACK) -> None:
        low = window_low(text, start, back)
        toks = tokens(text, low, start)
        if low and toks and _cut(text, low):
            del toks[0]  # it may be the end of a word cut by the window
        i = len(toks) - 1
        abbr = ""  # "Verbal Comprehension (VCI) was 102"
        # The area's name ends at the last word, or at a glue word ("Core Language Score of
        # 78"): as many words are read as the longest name ending there has.
        need = 0
        marks = []  # glue that may name a type, from the last
        while i >= 0:
            token = toks[i]
            if token in _NO_CUE:  # glue naming no type, as most often written: one look-up
                if token in GLUE_WORDS and (k := lengths.get(token, _NONE)[0]) > need:
                    need = k
                i -= 1
            elif token in _GLUE:  # a type written in lower case ("score", "t")
                marks.append(i)
                if (k := lengths.get(token, _NONE)[0]) > need:
                    need = k
                i -= 1
            elif token == ")" and i >= 2 and toks[i - 2] == "(" and toks[i - 1][0].isupper() \
                    and toks[i - 1].isalpha() and len(toks[i - 1]) <= 6:
                word = toks[i - 1]
                abbr = abbr or word
                if word.lower() in _CUE_WORDS:
                    marks.append(i - 1)
                if (k := lengths.get(word.casefold(), _NONE)[0]) > need:
                    need = k
                i -= 3
            elif token == ")" and (opened := _test_in_brackets(toks, i)) >= 0:
                i = opened - 1  # "Full Scale IQ (WISC-V) was 96": the test's name between
                # the area's and the score (the test is found as named there)
            elif token == ")" and i >= 2 and toks[i - 2] == "(" and \
                    toks[i - 1].lower() in _ASIDES:
                i -= 3  # "Visual Perception (supplemental): standard score 92": which kind of
                # subtest it is, between its name and its score
            elif token == "," and i > 0 and ((
                    (toks[i - 1][0].isupper() and toks[i - 1].lower() not in GLUE_WORDS
                     or toks[i - 1] == "score" and i == len(toks) - 1) and
                    not _VERBS.intersection(t.lower() for t in toks[i + 1:]))
                    or _on_the_area(text, start)) and not _named_after_a_score(toks, i - 1):
                i -= 1  # a comma after an area's name ("Written Expression, 89 (23rd
                # percentile)", "Sensation Seeking, at T = 47"); not after a number ("ELA
                # 68, SS 81": a list of marks), nor before a verb (the end of a clause:
                # "The GAI, which leaves out processing speed, was 112") but where the clause
                # names the area ("On the Phonological Processing composite, her score was")
            elif (lowered := token.lower()) in GLUE_WORDS:
                if lowered in _CUE_WORDS:
                    marks.append(i)
                if token[0].isalpha() and (k := lengths.get(token.casefold(), _NONE)[0]) > need:
                    need = k
                i -= 1
            else:
                break
        self.abbr = abbr
        self.glue = glue = toks[i + 1:]
        glue_end = i
        if (k := lengths.get(toks[i].casefold() if i >= 0 else "", _NONE)[0]) > need:
            need = k
        words: list[str] = []
        if need:
            i = _name_words(toks, i, need, words)
        if not words and i >= 0 and back == _BACK:
            named = (  # "Her Working Memory Index, which measures ..., was 84"; "Her
                # Processing Speed Index, which was 78" (a relative clause giving the score)
                _named_before_clause(text, low, start, glue.count(","), lengths,
                                     relative=bool(glue) and glue[0].lower() in _RELATIVE)
                if toks[i] == "," else  # "Word Classes (how words are related): scaled score 9"
                _named_before_gloss(text, low, start, lengths)
                if toks[i] == ")" and ")" not in glue else None)
            if named:
                words, low = named
                i = -1
        if i < 0 < low and back == _BACK and len(words) < need:  # the name may go on
            wide_low = window_low(text, start, 2 * _BACK)
            wide = tokens(text, wide_low, start)
            if wide_low > 0 and wide and _cut(text, wide_low):
                del wide[0]
            more = len(wide) - len(toks)
            # Read further back. Where the wider window ends in these same tokens (it
            # does unless the word cut at `low` splits in two), the glue stopped on a word
            # and no "(VCI)" can reach into the new tokens, reading it anew would only
            # repeat the above: the words read so far stand and reading goes on before them.
            if more >= 0 and wide[more:] == toks and glue_end >= 0 and not (
                    glue_end < 2 and toks[glue_end] == ")"):
                toks, low = wide, wide_low
                i = _name_words(toks, more - 1, need, words)
            else:
                self.__init__(text, start, lengths, 2 * _BACK)  # type: ignore[misc]
                return
        if not words and i >= 0 and toks[i][0].isalpha():
            words.append(toks[i])  # an unknown area's last word ("Phonics: SS 74")
            i -= 1
            while i >= 0 and len(words) < 4 and toks[i][0].isalpha():
                words.append(toks[i])
                i -= 1
        words.reverse()
        self.words = words
        self.text, self.low, self.start = text, low, start
        cue: str | None = None
        cue_at: list[int] = []  # where the glue names a type, from the last
        for mark in marks:
            index = mark - glue_end - 1
            kind = _cue(glue, index)
            if kind is not None:
                if cue is None or (cue == "score" and kind != "score"):
                    cue = kind
                cue_at.append(index)
        self.cue, self.cue_at = cue, cue_at

    def describes(self) -> bool:
        """A number right after "mean", "SD", "between", "to"... is no score; nor is a raw
        score (the glossary explains "raw score": it was listed as a score whose kind the
        report does not say), nor a criterion score (a cut-off), nor a grade ("accuracy on the
        grade 4 passage", "her vocabulary in grade 3": a grade equivalent is written so)."""
        if self.words and self.words[-1].lower() in _NO_SCORE and self.glue and \
                self.glue[0].lower() in ("score", "scores"):
            return True  # ("raw score 18", "criterion score 137": a cut-off)
        if self.words and self.words[-1].lower() == "sum" and self.glue and \
                self.glue[0].lower() == "of":
            return True  # ("(sum of scaled scores = 13)": what a composite is made from)
        if self.grows():
            return True  # ("her student growth percentile (SGP) was 41": how her growth
            # ranks, not where she stands)
        if len(self.glue) >= 2 and self.glue[-1] in ("=", "of") and \
                self.glue[-2].lower() == "average":
            return True  # ("standard scores (average = 100)", "an average of 100": the scale)
        # Past a short type word, only a bound describes: "below PR 25" is a line drawn, as
        # "below the 25th percentile" is, but "from SS 78 to SS 85" gives the child's scores.
        past_cue = False
        for token in reversed(self.glue):
            if (low := token.lower()) in _SKIP_BEFORE:
                continue
            if token in _SHORT_CUES:
                past_cue = True
            elif past_cue:
                return low in _BOUNDS
            else:
                return low in DESC_BEFORE or low == "grade"
        last = self.words[-1].lower() if self.words else ""
        return last in (_BOUNDS if past_cue else DESC_BEFORE)

    def grows(self) -> bool:
        """Whether the number is a growth percentile ("conditional growth percentile: 58",
        "student growth percentile (SGP) was 41", "SGP: 55"): a screener's rank of how much
        the child grew since the last testing among children who started where they did. It
        says nothing of where the child stands, so it is no score of theirs to place on the
        curve (a child far behind may grow faster than most and stay far behind)."""
        words, glue = self.words, self.glue
        return bool(words) and (
            words[-1] in _GROWTH_RANKS or self.abbr in _GROWTH_RANKS
            or (words[-1].lower() == "growth" and bool(glue)
                and glue[0].lower() in ("percentile", "percentiles", "%ile")))

    def cue_spans(self) -> tuple[tuple[int, int], ...]:
        """Where the short type words stand ("SS", "T", "PR", "GE", "IQ"): written so, they
        name their glossary term whatever the context (the longer ones are found as terms)."""
        if not self.cue_at:
            return ()
        spans = []
        bound = self.start
        for index in self.cue_at:  # from the last
            token = self.glue[index]
            if token in _SHORT_CUES:
                bound = self.text.rfind(token, self.low, bound)
                spans.append((bound, bound + len(token)))
        spans.reverse()
        return tuple(spans)

    def label_ends(self, lengths: dict[str, tuple[int, ...]]
                   ) -> list[tuple[list[str], tuple[int, ...]]]:
        """The word lists an area's name may be, each with the lengths of the names ending in
        its last word: the words before the glue, and those with the glue's first words
        ("Core Language Score of 78"). Each word is looked up once."""
        ends = []
        words = self.words
        if words and (ks := lengths.get(words[-1].casefold())):
            ends.append((words, ks))
        extra: list[str] = []
        glue = self.glue
        if not words or glue[:1] == [":"]:  # the name after a sign that ends what came
            # before ("SRS-2: Total Score T = 72", "Parent form: Total Score T = 72")
            glue = glue[next((i for i, t in enumerate(glue) if t[0].isalpha()), 0):]
        for token in glue:
            if not token[0].isalpha():
                break
            extra.append(token)
            if ks := lengths.get(token.casefold()):
                ends.append((words + extra, ks))
        return ends

    def unknown_label(self) -> str:
        """An area the scales file does not know, written right before its type ("Phonics:
        SS 74", "her reading score was 72"): up to four words, capitalised but the nearest."""
        if not self.words or (self.glue and self.glue[0].lower() in _DONE_BY):
            return ""  # ("Eli scored at the 2nd percentile": Eli is no area)
        for token in self.glue[:self.cue_at[-1] if self.cue_at else len(self.glue)]:
            if token[0].isalpha():
                return ""  # only signs may stand between the area and its type
        nearest = self.words[-1]
        if nearest.lower() in STOP_LABEL or "'" in nearest or "\u2019" in nearest or not (
                self.cue == "score" or nearest[0].isupper()):
            return ""
        label = [nearest]
        for word in reversed(self.words[:-1]):
            if len(label) == 4 or not word[0].isupper() or word.lower() in STOP_LABEL \
                    or "'" in word or "\u2019" in word:
                break
            label.insert(0, word)
        said = " ".join(label)
        at = self.text.rfind(label[0], self.low, self.start)
        if at > 0 and _TITLE.search(self.text, max(0, at - 8), at):
            return ""  # ("Ms. Okafor (T = 73)": a rater, no area)
        return said
