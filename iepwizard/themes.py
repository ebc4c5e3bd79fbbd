"""The app's themes: Textual's dark one, and a high-contrast one in which every character on
every screen meets WCAG AA (tests/test_contrast.py measures each cell)."""

from __future__ import annotations

from textual.theme import Theme

HIGH_CONTRAST = Theme(
    name="iepwizard-high-contrast",
    primary="#FFFF00",
    secondary="#00FFFF",
    accent="#FF99FF",
    foreground="#FFFFFF",
    background="#000000",
    surface="#000000",
    panel="#000000",
    success="#00FF00",
    warning="#FFFF00",
    error="#FF6666",
    dark=True,
    variables={"border": "#FFFFFF", "border-blurred": "#C0C0C0",
               "text-muted": "#E0E0E0", "text-disabled": "#B0B0B0",
               "footer-key-foreground": "#FFFF00"},
)
DEFAULT_THEME = "textual-dark"
