"""Text from an IEP file (or its name) made safe to show: control characters as visible symbols,
and bidirectional overrides, which would reorder what is shown, replaced."""

from __future__ import annotations

import re

from ..notes import visible

_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
LIMIT = 100_000


def shown(text: str, limit: int = LIMIT) -> str:
    return _BIDI.sub("\ufffd", visible(text, limit=limit))
