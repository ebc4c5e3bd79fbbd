"""A parsed copy of the guide in the user's cache folder, so start-up skips parsing it.

Like Python's own .pyc files: the cache is keyed by every content file's path, size and
modification time (and the iepwizard version); any change, or any trouble reading the cache,
means the guide is parsed and validated again. The cache holds only the published guide, never
the family's data.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import zlib
from collections.abc import Callable, Mapping
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from .. import __version__
from .content import Content

if TYPE_CHECKING:
    from .scales import Scales

#: Bumped when what the cache holds changes shape or meaning (5: a list item's later paragraphs
#: are no longer numbered as items of their own; 6: the guide's records are NamedTuples; 7: the
#: terms, letters, term positions and blocks are packed, see `_write`; 9: ... and stored after
#: the header, read from the file when first wanted; term positions and blocks keyed by their
#: texts' digests; 10: the stored values' length in the head, each digested value with its
#: key; 11: a glossary term holds `not_in`, the phrases where a context acronym is not it).
FORMAT = 11
#: The file starts with these bytes, then the lengths of the header and of the stored values
#: (8 bytes each, little-endian), the header (a pickle of the fingerprint and the guide) and
#: the stored values.
MAGIC = b"iepwiz\x00\x0b"
_HEAD = len(MAGIC) + 16
#: The guide's mappings whose values are stored after the header.
STORED = ("terms", "letters", "term_spans", "blocks")


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
    cached, path, key = _cached(root, cache_dir)
    if cached is not None:
        return cached, None
    from .loader import load_content

    content = load_content(root, templates=False)
    return content, partial(_finish, content, path, key)


def load_guide_soon(root: Path, cache_dir: Path
                    ) -> Callable[[], tuple[Content, Callable[[], None] | None]]:
    """`load_guide`, to be called when the guide is needed: where the cache is not fresh (a
    first run), the guide is parsed meanwhile in a child process (see guide_child.py), while
    the app imports Textual; where that cannot be, it is parsed when called."""
    cached, path, key = _cached(root, cache_dir)
    if cached is not None:
        return lambda: (cached, None)
    from .guide_child import parse_in_child

    parsed = parse_in_child(root)

    def collect() -> tuple[Content, Callable[[], None] | None]:
        content = parsed()
        if content is None:  # (no child, or a problem with the guide: parsed here, which
            return load_guide(root, cache_dir)  # names it)
        return content, partial(_finish, content, path, key)
    return collect


def _cached(root: Path, cache_dir: Path
            ) -> tuple[Content | None, Path, tuple[object, ...] | None]:
    """The guide in the cache if it is fresh, the cache's file and the guide's fingerprint."""
    key = fingerprint(root) if root.is_dir() else None
    path = cache_file(root, cache_dir)
    try:
        return _read(path, key, root), path, key
    except Exception:  # any unreadable cache is simply rebuilt
        return None, path, key


def _finish(content: Content, path: Path, key: tuple[object, ...] | None) -> None:
    _work_out(content)
    _write(path, key, content)


def _work_out(content: Content) -> Content:
    """The guide with what the cache keeps worked out: where each step's terms stand in its
    text, and its text parsed into blocks (filled into the guide's own mappings)."""
    from .step_text import step_blocks, term_spans

    content.term_spans.update(term_spans(content))
    if not content.blocks:  # (parsed already where the guide came from guide_child.py)
        content.blocks.update(step_blocks(content))
    return content


def _read(path: Path, key: tuple[object, ...] | None, root: Path) -> Content | None:
    """The guide in the cache file if it was made from the content in `root` as it is now
    (`key`) and the file is whole; the file stays open for the values stored in it."""
    from .packed import Packed, Source

    fd: int | None = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        with os.fdopen(os.dup(cast(int, fd)), "rb") as handle:
            head = handle.read(_HEAD)
            if len(head) != _HEAD or not head.startswith(MAGIC):
                return None
            length = int.from_bytes(head[len(MAGIC):len(MAGIC) + 8], "little")
            stored = int.from_bytes(head[len(MAGIC) + 8:], "little")
            if os.fstat(handle.fileno()).st_size != _HEAD + length + stored:
                return None  # cut short (or grown): written anew
            header = handle.read(length)
        if len(header) != length:
            return None
        stored_key, content = pickle.loads(header)
        if stored_key != key or not isinstance(content, Content):
            return None
        source = Source(cast(int, fd), _HEAD + length, partial(_parsed, root),
                        partial(_forget, path))
        fd = None  # the source closes it
        for field in STORED:
            mapping = getattr(content, field)
            if not isinstance(mapping, Packed):
                return None
            mapping.attach(source, field)
        return content
    finally:
        if fd is not None:
            os.close(fd)


def _parsed(root: Path) -> dict[str, Mapping[str, Any]]:
    """The stored mappings, from the guide parsed again (a stored value could not be read back
    from the cache file as it was written)."""
    from .loader import load_content

    content = _work_out(load_content(root, templates=False))
    return {field: getattr(content, field) for field in STORED}


def _forget(path: Path, fd: int) -> None:
    """Removes a damaged cache file, if it is still the one open as `fd` (another run may have
    replaced it since), so the next start writes it anew."""
    try:
        opened, there = os.fstat(fd), os.stat(path)
        if (opened.st_dev, opened.st_ino) == (there.st_dev, there.st_ino):
            path.unlink()
    except OSError:
        pass


def _write(path: Path, key: tuple[object, ...] | None, content: Content) -> None:
    """The guide, with its glossary terms, letters, term positions and blocks each pickled on
    its own after it: each is read from the file and unpickled when first wanted (a start-up
    reads one step's, and 11 of the 160 terms)."""
    from .packed import Keyed, Packed, Stored, digest

    values = bytearray()

    def stored(mapping: Mapping[str, object], by_text: bool = False) -> Packed[Any]:
        """`by_text`: keyed by long texts, kept as their digests unless two share one (each
        value is stored with its text, compared when it is looked up)."""
        digests = [digest(name) for name in mapping] if by_text else []
        digested = by_text and len(set(digests)) == len(mapping)
        items: dict[object, Stored] = {}
        for number, (name, value) in enumerate(mapping.items()):
            data = pickle.dumps(Keyed(name, value) if digested else value,
                                pickle.HIGHEST_PROTOCOL)
            items[digests[number] if digested else name] = Stored(len(values), len(data),
                                                                   zlib.crc32(data))
            values.extend(data)
        return Packed.stored(items, digested)

    content = content._replace(terms=stored(content.terms), letters=stored(content.letters),
                               term_spans=stored(content.term_spans, by_text=True),
                               blocks=stored(content.blocks, by_text=True))
    header = pickle.dumps((key, content), pickle.HIGHEST_PROTOCOL)
    _replace(path, MAGIC + len(header).to_bytes(8, "little") + len(values).to_bytes(8, "little"),
             header, values)


def _replace(path: Path, *parts: bytes | bytearray) -> None:
    """Writes a cache file (mode 0600, its folder 0700) whole, or leaves the old one."""
    temp: str | None = None
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        import tempfile  # (only to write: a read of the cache, every run's, does without it)

        # A name of its own (two runs may write at once), on disk before it replaces the old.
        fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f"{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            for part in parts:
                handle.write(part)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
        temp = None
    except OSError:
        pass  # a read-only cache folder only costs speed
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)


#: The scales' cache file starts with these bytes, then a pickle of its key and the scales;
#: the last byte is bumped when what it holds changes shape or meaning.
SCALES_MAGIC = b"iepwizS\x01"


def scales_cache_file(path: Path, cache_dir: Path) -> Path:
    return cache_dir / f"scales-{zlib.crc32(str(path.resolve()).encode()):08x}.pickle"


def cached_scales(path: Path, cache_dir: Path, parse: Callable[[Path], Scales]) -> Scales:
    """The scales file at `path` (content/score-scales.toml) from the cache if it was parsed
    from that file as it is now, by this code; else parsed (by `parse`) and cached. Any
    trouble reading the cache means the file is parsed again."""
    from .scales import Scales

    file = scales_cache_file(path, cache_dir)
    try:
        key = _scales_key(path)  # (before the file is read: an edit meanwhile is seen next time)
    except OSError:
        return parse(path)
    try:
        data = file.read_bytes()
        if data.startswith(SCALES_MAGIC):
            stored_key, scales = pickle.loads(memoryview(data)[len(SCALES_MAGIC):])
            if stored_key == key and isinstance(scales, Scales):
                return scales
    except Exception:  # any unreadable cache is simply rebuilt
        pass
    scales = parse(path)
    if scales.tests:  # (not a file that could not be read)
        _replace(file, SCALES_MAGIC, pickle.dumps((key, scales), pickle.HIGHEST_PROTOCOL))
    return scales


def _scales_key(path: Path) -> tuple[object, ...]:
    """The scales file's path, size and modification time, and those of the code that parses
    it and holds what it parsed (an edit of that code, in a checkout, is a new cache)."""
    from . import scales

    code = Path(scales.__file__)
    return (SCALES_MAGIC, __version__, str(path.resolve()),
            *(_stamp(p) for p in (path, code, code.with_name("scales_file.py"))))


def _stamp(path: Path) -> tuple[int, int]:
    stat = path.stat()
    return stat.st_size, stat.st_mtime_ns
