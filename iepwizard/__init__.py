"""iepwizard: a terminal guide through the US IEP and Section 504 process."""

__version__ = "0.1.0"
