"""A first run (no guide cache yet): the first screen is drawn without building the glossary
matcher, and the step's terms are marked as soon as the guide's cache is made."""

from __future__ import annotations

import threading
from pathlib import Path

from iepwizard.app import IEPWizardApp
from iepwizard.core.content_cache import load_guide
from iepwizard.core.store import Store
from iepwizard.widgets.step_view import StepView


async def _marked_terms(app: IEPWizardApp) -> list[str]:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        return list(app.screen.query_one(StepView).body.term_ids)


async def test_terms_are_marked_once_the_guide_is_cached(store: Store, content_copy: Path,
                                                         tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    content, finish = load_guide(content_copy, cache)
    assert finish is not None  # a first run: nothing cached
    release = threading.Event()

    def finish_when_released() -> None:
        assert release.wait(10)
        finish()

    app = IEPWizardApp(store=store, content=content, child_name="Sam",
                       after_start=finish_when_released)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        body = app.screen.query_one(StepView).body
        assert "Two kinds of help" in str(body.render())
        assert body.term_ids == []  # shown at once, the terms not marked yet
        assert "matcher" not in app.__dict__  # not built for the first frame
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        first_run = list(body.term_ids)
        assert "matcher" not in app.__dict__  # the cache said where the terms stand
    cached, later = load_guide(content_copy, cache)
    assert later is None  # the cache was written
    assert first_run and first_run == await _marked_terms(
        IEPWizardApp(store=store, content=cached, child_name="Sam"))
