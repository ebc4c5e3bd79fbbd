"""The store's bounded reads live in `core/bounded.py` (outside the store package, so reading a
file the parent gives does not import the whole store); here under their old names."""

from __future__ import annotations

from ..bounded import DIR_MODE, FILE_MODE, Refused, Survey, TooLarge, read_data, read_input, survey

__all__ = ["DIR_MODE", "FILE_MODE", "Refused", "Survey", "TooLarge", "read_data", "read_input",
           "survey"]
