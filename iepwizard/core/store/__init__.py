"""The store: the only writer of the family's data. See `base` for how files are kept."""

from .base import StoreError, StoreLocked
from .family import CHILD_FIELDS, PARENT_FIELDS, STEP_STATES, Store

__all__ = ["Store", "StoreError", "StoreLocked", "PARENT_FIELDS", "CHILD_FIELDS", "STEP_STATES"]
