"""Command-palette entries: the actions of the key registry, then every step, term and letter.

Textual's own developer commands (screenshot, keys, quit at once) are not offered.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider

from . import keys
from .core.wording import gist

if TYPE_CHECKING:
    from .app import IEPWizardApp


class GuideCommands(Provider):
    def _entries(self) -> list[tuple[str, str, str]]:
        """(label, help, action) for every action, step, term and letter."""
        app = cast("IEPWizardApp", self.app)
        content = app.content
        entries = [(title, help_text, action) for title, help_text, action
                   in keys.palette_actions()]
        entries += [(f"Step {n}: {s.title}", "Go to this step", f"go_step({s.id!r})")
                    for n, s in enumerate(content.steps, 1)]
        entries += [(f"Glossary: {t.term}", gist(t.definition), f"show_term({t.id!r})")
                    for t in content.terms.values()]
        entries += [(f"Letter: {letter.title}", letter.purpose, f"open_letter({letter.id!r})")
                    for letter in content.letters.values()]
        return entries

    async def discover(self) -> Hits:
        for label, help_text, action in self._entries()[:16]:
            yield DiscoveryHit(label, partial(self.app.run_action, action), help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for label, help_text, action in self._entries():
            score = matcher.match(label)
            if score > 0:
                yield Hit(score, matcher.highlight(label),
                          partial(self.app.run_action, action), help=help_text)
