"""A parsed copy of the guide in the user's cache folder, so start-up skips parsing it.

Like Python's own .pyc files: the cache is keyed by every content file's path, size and
modification time (and the iepwizard version); any change, or any trouble reading the cache,
means the guide is parsed and validated again. The cache holds only the published guide, never
the family's data.
"""

from __future__ import annotations

import os
import pickle
import zlib
from collections.abc import Callable
from pathlib import Path

from .. import __version__
from .content import Content

#: Bumped when what the cache holds changes shape or meaning (5: a list item's later paragraphs
#: are no longer numbered as items of their own; 6: the guide's records are NamedTuples; 7: the
#: terms, letters, term positions and blocks are packed, see `_write`).
FORMAT = 7


def fingerprint(root: Path) -> tuple[object, ...]:
    files = []
    for folder, _, names in os.walk(root):
        for name in names:
            stat = os.stat(os.path.join(folder, name))
            files.append((os.path.relpath(os.path.join(folder, name), root), stat.st_size,
                          stat.st_mtime_ns))
    return (FORMAT, __version__, str(root.resolve()), tuple(sorted(files)))


def cache_file(root: Path, cache_dir: Path) -> Path:
    return cache_dir / f"content-{zlib.crc32(str(root.resolve()).encode()):08x}.pickle"


def load_with_cache(root: Path, cache_dir: Path) -> Content:
    """The guide without letter-template compilation (see load_content), from cache if fresh."""
    content, finish = load_guide(root, cache_dir)
    if finish is not None:
        finish()
    return content


def load_guide(root: Path, cache_dir: Path) -> tuple[Content, Callable[[], None] | None]:
    """The guide from the cache if it is fresh (and None); else the guide parsed now, and the
    rest of the cache's work to do once the first screen is drawn: where each step's terms
    stand, its text parsed into blocks (both filled into the guide given, which finds them on
    its own until then), and the cache written."""
    key = fingerprint(root) if root.is_dir() else None
    path = cache_file(root, cache_dir)
    try:
        with path.open("rb") as handle:
            stored_key, content = pickle.load(handle)
        if stored_key == key and isinstance(content, Content):
            return content, None
    except Exception:  # any unreadable cache is simply rebuilt
        pass
    from .loader import load_content

    content = load_content(root, templates=False)

    def finish() -> None:
        from .step_text import step_blocks, term_spans

        content.term_spans.update(term_spans(content))
        content.blocks.update(step_blocks(content))
        _write(path, key, content)
    return content, finish


def _write(path: Path, key: tuple[object, ...] | None, content: Content) -> None:
    """The guide, its glossary terms, letters, term positions and blocks packed: each is
    unpickled when first read (a start-up reads one step's, and 11 of the 160 terms)."""
    from .packed import Packed

    content = content._replace(terms=Packed(content.terms), letters=Packed(content.letters),
                               term_spans=Packed(content.term_spans),
                               blocks=Packed(content.blocks))
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        temp = path.with_name(path.name + ".tmp")
        with temp.open("wb") as handle:
            pickle.dump((key, content), handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temp, path)
    except OSError:
        pass  # a read-only cache folder only costs speed
