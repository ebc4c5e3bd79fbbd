"""The app's end on a signal: the terminal closing (SIGHUP: its window shut, an SSH link
dropped) or a request to stop (SIGTERM) ends it as quitting does.

Every screen keeps the text in its boxes (`screens.drafts.KeepsDrafts`) and the store writes
everything out first. Python's default was to stop at once, losing what was typed in the last
second, before its draft was kept; and with its terminal gone, Textual's own exit can wait for
good on writes that go nowhere (a process left behind holds the data folder's lock, and the
next start is refused), so the app ends within `SIGNAL_GRACE` seconds whatever happens.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import threading
from typing import TYPE_CHECKING, Any

from textual.app import App

if TYPE_CHECKING:
    from .core.store import Store

#: Seconds an exit asked for by a signal may take before the app stops at once.
SIGNAL_GRACE = 3.0


class StopsOnSignal(App[int]):
    store: Store
    #: The signals whose handlers end the app (see `_exit_on_hangup`), and, once one came,
    #: the deadline of that exit (`_stop_on_signal`).
    _signals: tuple[int, ...] = ()
    _stop_timer: threading.Timer | None = None

    def _exit_on_hangup(self) -> None:
        """Handlers for SIGHUP and SIGTERM, where the platform has them (called on mount)."""
        loop = asyncio.get_running_loop()
        taken = []
        for name in ("SIGHUP", "SIGTERM"):
            if (number := getattr(signal, name, None)) is not None:
                with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                    loop.add_signal_handler(number, self._stop_on_signal)
                    taken.append(number)
        self._signals = tuple(taken)

    def _stop_on_signal(self) -> None:
        """The first signal ends the app as quitting does; the handlers go with it, so a
        second one stops the app at once (Python's own way). Every box's text is kept and
        written out first, and the app ends within a few seconds whatever happens: with its
        terminal gone, Textual's own exit can wait for good on writes that go nowhere (a
        process left behind holds the data folder's lock, and the next start is refused)."""
        from .screens.drafts import KeepsDrafts

        self._forget_signals()
        for screen in self.screen_stack:
            if isinstance(screen, KeepsDrafts):
                screen.keep_all_drafts()
        with contextlib.suppress(Exception):  # (a full disk: said by the store, as ever)
            self.store.flush(2.0)
        self._stop_timer = threading.Timer(SIGNAL_GRACE, self._stop_now)
        self._stop_timer.daemon = True
        self._stop_timer.start()
        self.exit()

    def run(self, *args: Any, **kwargs: Any) -> Any:
        """`App.run`; once Textual is done, a signal's deadline is off (the command line then
        closes the store as always: that may take longer on a slow disk, and must not be cut)."""
        try:
            return super().run(*args, **kwargs)
        finally:
            if self._stop_timer is not None:
                self._stop_timer.cancel()

    def _stop_now(self) -> None:
        """The end, where the exit did not come within `SIGNAL_GRACE` seconds."""
        with contextlib.suppress(Exception):
            self.store.flush(2.0)
        os._exit(0)

    def _forget_signals(self) -> None:
        with contextlib.suppress(RuntimeError):  # (no loop: nothing to forget)
            loop = asyncio.get_running_loop()
            for number in self._signals:
                loop.remove_signal_handler(number)
        self._signals = ()

    def on_unmount(self) -> None:
        self._forget_signals()
