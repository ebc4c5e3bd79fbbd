"""Shared fixtures: the real content, a real store in a temp dir, an unstarted app."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from iepwizard.core.content import Content
from iepwizard.core.glossary import Matcher
from iepwizard.core.loader import load_content
from iepwizard.core.scales import Scales, scales_for
from iepwizard.core.store import Store

REPO = Path(__file__).resolve().parent.parent
CONTENT_DIR = REPO / "content"

os.umask(0o077)


@pytest.fixture(scope="session")
def content() -> Content:
    return load_content(CONTENT_DIR)


@pytest.fixture(scope="session")
def scales() -> Scales:
    """The shipped content's score scales."""
    return scales_for(CONTENT_DIR)


@pytest.fixture(scope="session")
def matcher(content: Content) -> Matcher:
    """The matcher of the shipped glossary."""
    return Matcher(content.terms.values())


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    opened = Store.open(data_dir)
    yield opened
    opened.close()


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    """A writable copy of the shipped content, for tests that break it."""
    target = tmp_path / "content"
    shutil.copytree(CONTENT_DIR, target)
    return target


@pytest.fixture
def make_app(store: Store, content: Content) -> Callable[..., object]:
    """An unstarted app on the test store (each test opens run_test() itself)."""
    from iepwizard.app import IEPWizardApp

    def make(child: str | None = "Sam") -> IEPWizardApp:
        return IEPWizardApp(store=store, content=content, child_name=child)

    return make
