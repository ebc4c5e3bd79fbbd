"""What the store raises when the data folder itself cannot be used."""

from __future__ import annotations


class StoreError(Exception):
    """The data folder cannot be used; the message says what to do, in one sentence."""


class StoreLocked(StoreError):
    """Another iepwizard has the data folder open."""
