"""What the screens that show clocks need from the app, without importing the clocks' modules
(the wizard gets it on its first frame)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .deadline_rules import Rules


@dataclass(frozen=True)
class DatesSource:
    """The rules (read once, when first needed; None when the rules file has problems),
    today's date (a test fixes it), and the content folder (to name the rules' problems)."""

    rules: Callable[[], Rules | None]
    today: Callable[[], dt.date]
    root: Path
