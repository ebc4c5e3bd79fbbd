"""An email thread pasted whole: the replies quoted under ">" (and ">>" for a reply's reply).
The quote marks are no part of the text's lines: a score wrapped onto the next quoted line is
read whole, and a parent's quoted question repeating two scores is told as neither a new
score nor another test's. (Found by the eighteenth held-out review, where a quoted question's
"85" was told as a clinically elevated BRIEF-2 rating; the texts here are new.)"""

from __future__ import annotations

from iepwizard.core.escapes import blank
from iepwizard.core.scales import Scales
from iepwizard.core.score_finder import find_scores

from .score_reading import read

THREAD = """Thanks, that helps. I'll bring my questions on the 14th.
Priya

On Tue, Nov 3, 2026 at 4:10 PM Sam Ortega <sortega@district.example> wrote:
> Hi Ms. Nair,
>
> On the BRIEF-2 Parent Form, the Working Memory scale was T = 72 and Shift T = 61.
>
> On the WISC-V, Arjun's Full Scale IQ was 98 (45th percentile). His Working Memory Index of
> 82 (12th percentile) and Processing Speed Index of 86 (18th percentile) are his lowest.
>
> On Mon, Nov 2, 2026 at 9:02 PM Priya Nair <pnair@mail.example> wrote:
>> The summary said his Working Memory was 72 and 82?? Which is which?
"""


def test_a_quoted_reply_is_read_as_its_lines_say(scales: Scales) -> None:
    assert read(THREAD, scales) == [
        ("Working Memory", "BRIEF-2", "t-problem", 72),
        ("Shift", "BRIEF-2", "t-problem", 61),
        ("Full Scale IQ", "WISC-V", "standard", 98),
        ("Working Memory Index", "WISC-V", "standard", 82),
        ("Processing Speed Index", "WISC-V", "standard", 86)]


def test_the_marks_keep_every_position(scales: Scales) -> None:
    [*_, index, _] = find_scores(blank(THREAD), scales)
    assert THREAD[index.start:index.end] == "82" and index.stated == 12
