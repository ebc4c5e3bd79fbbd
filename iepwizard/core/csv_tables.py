"""Score tables pasted from a spreadsheet's export ("Subtest,Raw,SS,PR" over "Word
Reading,41,84,14"), read as the pipe tables they are.

A run of two lines or more, one under the other, that each hold the same number of commas (or
of semicolons), two at least, none followed by a space (prose and dates write ", "), is taken
for a spreadsheet's rows: its separators are read as "|", one character for one, so every
position stays where it was. A text with no such run is the same object.

Only the lines with a separator not followed by a space are looked at (the regex engine skips
to each separator): a long report's prose costs a pass of `str.find` speed.
"""

from __future__ import annotations

from . import lazy_re

#: A separator a spreadsheet writes: not followed by a space, a line break or the text's end.
_TIGHT = {",": lazy_re.compile(r",(?=[^ \n])"), ";": lazy_re.compile(r";(?=[^ \n])")}
#: The fewest separators a spreadsheet's line holds (three cells), and the fewest lines.
_LEAST_SEPARATORS, _LEAST_LINES = 2, 2


def as_pipes(text: str) -> str:
    """`text` with each spreadsheet run's separators as "|" (see the module's docstring)."""
    runs: list[tuple[int, int, str]] = []  # (start, end, separator) of each run
    for sep, tight in _TIGHT.items():
        if sep not in text:
            continue
        starts: list[int] = []  # the run's lines' starts
        count = line_end = 0
        for hit in tight.finditer(text):
            if hit.start() < line_end:
                continue  # (a line already read)
            line_start = text.rfind("\n", 0, hit.start()) + 1
            line_end = text.find("\n", hit.start())
            line_end = len(text) if line_end < 0 else line_end
            line = text[line_start:line_end]
            cells = _separators(line, sep)
            if starts and cells == count and line_start == _next_line(text, starts[-1]):
                starts.append(line_start)
                continue
            if len(starts) >= _LEAST_LINES:
                runs.append((starts[0], _line_end(text, starts[-1]), sep))
            starts, count = ([line_start], cells) if cells else ([], 0)
        if len(starts) >= _LEAST_LINES:
            runs.append((starts[0], _line_end(text, starts[-1]), sep))
    if not runs:
        return text
    parts: list[str] = []
    last = 0
    for start, end, sep in sorted(runs):
        parts += (text[last:start], text[start:end].replace(sep, "|"))
        last = end
    parts.append(text[last:])
    return "".join(parts)


def _separators(line: str, sep: str) -> int:
    """How many separators the line holds as a spreadsheet's row, or 0 where it is none."""
    count = line.count(sep)
    if count < _LEAST_SEPARATORS or f"{sep} " in line or "|" in line or "\t" in line:
        return 0
    return count


def _line_end(text: str, line_start: int) -> int:
    end = text.find("\n", line_start)
    return len(text) if end < 0 else end


def _next_line(text: str, line_start: int) -> int:
    """Where the line after the one starting at `line_start` starts."""
    return _line_end(text, line_start) + 1
