"""Frames drawn at once after a pause: for a screen whose keys must echo while other updates land.

Textual draws a screen from a timer that ticks at most `MAX_FPS` times a second and skips the
ticks it missed. A frame asked for after a pause is drawn at once, but the timer then skips to
its second tick after that frame: nothing more is drawn for one to two frame intervals (17 to
33 ms). On the search screen, a key typed just after a search's results were drawn echoed that
late (bench/keys.py: p90 47 ms while searches ran, against 17 ms with none).

`PromptFrames` gives a screen a frame timer that keeps the cap but not the wait: frames asked
for one after another are spaced by the interval, and a frame asked for after a pause is drawn
at once, even just after another (the results, then the next key's echo).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import _time
from textual.screen import UPDATE_PERIOD
from textual.timer import EventTargetGone, Timer

#: Frames that may be drawn at once, one after another, after a pause (then one an interval).
BURST = 2.0


class Credit:
    """How many frames may be drawn now: a credit comes back each `interval`, at most `BURST`
    are held, and a frame spends one."""

    def __init__(self, interval: float, now: float) -> None:
        self.interval, self.held, self.since = interval, BURST, now

    def wait(self, now: float) -> float:
        """Seconds to wait, from `now`, before the next frame."""
        held = min(BURST, self.held + (now - self.since) / self.interval)
        return max(0.0, (1 - held) * self.interval)

    def spend(self, now: float) -> None:
        """A frame is drawn at `now`."""
        self.held = max(0.0, min(BURST, self.held + (now - self.since) / self.interval) - 1)
        self.since = now


class FrameTimer(Timer):
    """A screen's update timer (paused between frames: `Screen._on_timer_update` pauses it,
    a change to draw resumes it) that draws as its `Credit` allows."""

    async def _run(self) -> None:
        credit = Credit(self._interval, _time.get_time())
        while True:
            await self._active.wait()
            wait = credit.wait(_time.get_time())
            if wait:  # frames one after another: one an interval
                await _time.sleep(wait)
                await self._active.wait()  # (paused meanwhile: a layout drew the screen)
            now = _time.get_time()
            credit.spend(now)
            try:
                await self._tick(next_timer=now, count=0)
            except EventTargetGone:
                break


if TYPE_CHECKING:
    from textual.screen import Screen

    _Base = Screen[object]
else:  # a mixin, before the screen's class
    _Base = object


class PromptFrames(_Base):
    """Mix in before a Screen class: its frames are drawn by a `FrameTimer`."""

    _frame_timer: FrameTimer | None = None

    @property
    def _update_timer(self) -> Timer:
        # (Textual's own Screen makes its timer here, the first time it is asked for)
        if self._frame_timer is None:
            self._frame_timer = FrameTimer(self, UPDATE_PERIOD, name="screen_update",
                                           callback=self._on_timer_update, pause=True)
            self._frame_timer._start()
            self._timers.add(self._frame_timer)
        return self._frame_timer
