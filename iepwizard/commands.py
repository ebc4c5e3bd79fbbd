"""Command-palette entries: the actions of the key registry, then every step, term and letter.

Textual's own developer commands (screenshot, keys, quit at once) are not offered.
"""

from __future__ import annotations

import re
from functools import partial
from typing import TYPE_CHECKING, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.fuzzy import Matcher
from textual.markup import escape

from . import keys
from .core.safe_text import one_line
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
        # (on one line, control characters as symbols: never written raw to the terminal)
        return [(one_line(label), one_line(help_text), action)
                for label, help_text, action in entries]

    # The labels and help come from the content files, which are not markup: a definition
    # holding "[/]" stopped the palette (Textual reads a str as markup), "[x]" vanished.
    async def discover(self) -> Hits:
        for label, help_text, action in self._entries()[:16]:
            yield DiscoveryHit(Content(label), partial(self.app.run_action, action),
                               text=label, help=escape(help_text))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        actions = len(keys.palette_actions())
        for index, (label, help_text, action) in enumerate(self._entries()):
            score = matcher.match(label)
            if score <= 0 and index < actions and (word := _help_word(query, help_text)):
                # ("calendar": the key dates, whose help names it) below the label's own
                # match of the word, above a label matched letter by letter far apart
                score = HELP_SHARE * matcher.match(word)
            if score > 0:
                yield Hit(score, highlighted(matcher, label), partial(self.app.run_action,
                                                                      action),
                          text=label, help=escape(help_text))


#: The share of a word's own score an action found by that word of its help gets.
HELP_SHARE = 0.6


def _help_word(query: str, help_text: str) -> str:
    """The first word of an action's help that starts with the query (three letters or
    more), or ""."""
    wanted = query.strip().casefold()
    if len(wanted) < 3:
        return ""
    return next((word for word in re.findall(r"\w[\w'-]*", help_text.casefold())
                 if word.startswith(wanted)), "")


def highlighted(matcher: Matcher, label: str) -> Content:
    """`Matcher.highlight` for plain text: the label's letters the query matched, marked."""
    content = Content(label)
    for offset in matcher.fuzzy_search.match(matcher.query, label)[1]:
        if not label[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content
