"""The command-line commands; each returns an exit code and prints plain sentences."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..core.content import Content
from ..core.content_cache import load_with_cache
from ..core.locations import cache_dir, content_dir, data_dir
from ..core.problems import ContentError, Problem
from .common import (
    EXIT_CONTENT,
    EXIT_OK,
    EXIT_USAGE,
    Exit,
    close_store,
    fail,
    guard,
    open_reader,
    open_writer,
    say,
)

if TYPE_CHECKING:  # the store is imported only by the commands that use it
    import argparse

    from ..core.records import Child
    from ..core.store import Store


def _content(args: argparse.Namespace, folder: str | None = None,
             templates: bool = True) -> Content:
    from ..core.loader import load_content

    root = content_dir(folder or args.content)
    try:
        return load_content(root, templates=templates)
    except ContentError as exc:
        raise Exit(fail(EXIT_CONTENT, f"the guide in {root} has problems; fix them and try "
                        f"again (iepwizard check-content lists them):",
                        [str(p) for p in exc.problems])) from exc


def _reader(args: argparse.Namespace) -> Store | None:
    return open_reader(data_dir(args.data_dir))


def _child(store: Store | None, name: str | None) -> Child | None:
    """The child named on the command line, or the only child there is."""
    from ..core.safe_text import visible

    if store is None:
        if name:
            raise Exit(fail(EXIT_USAGE, f"there is no data yet, so no child called "
                                        f"{visible(name, 60)!r}."))
        return None
    if name:
        child = store.find_child(name)
        if child is not None:
            return child
        children = store.children()
        if children:
            raise Exit(fail(EXIT_USAGE, f"there is no child called {visible(name, 60)!r}; the "
                                        f"children are:", [c.nickname for c in children]))
        if store.readonly:
            raise Exit(fail(EXIT_USAGE, f"there is no child called {visible(name, 60)!r}: no "
                                        f"child has been added yet."))
        # a command that writes, on a record with no child yet: the child is added, as the
        # app does with --child ("created if new"); with children, a name not found is more
        # likely mistyped than new, and is refused above
        child = store.add_child(name)
        say(f"iepwizard: added the child {visible(child.name, 60)!r}.", err=True)
        return child
    children = store.children()
    if len(children) > 1:
        raise Exit(fail(EXIT_USAGE, "there are several children; name one with --child:",
                        [c.nickname for c in children]))
    return children[0] if children else None


@guard
def run_app(args: argparse.Namespace) -> int:
    """Open the app on the data folder, taking its lock.

    Letter templates are compiled when the letters are first used, not before the first frame.
    """
    from ..core.content_cache import load_guide_soon

    # (a first run parses the guide in a child process meanwhile, and caches it once drawn)
    guide = load_guide_soon(content_dir(args.content), cache_dir())
    store = open_writer(data_dir(args.data_dir))
    try:
        from ..app import IEPWizardApp
        from ..paste_guard import install

        finish = None
        try:
            content, finish = guide()
        except ContentError:
            content = _content(args)  # says what is wrong, as check-content would

        install()  # a paste holding escape sequences is read whole, in order
        app = IEPWizardApp(store=store, content=content, child_name=args.child,
                           after_start=finish)
        app.run()
    finally:
        closed = close_store(store)
    if closed != EXIT_OK:
        return closed
    return app.return_code or EXIT_OK


@guard
def check_content(args: argparse.Namespace) -> int:
    """Validate a content folder and list every problem as FILE:LINE: message."""
    from ..core.deadline_rules import check_rules
    from ..core.loader import load_content
    from ..core.scales_file import scale_problems

    root = content_dir(args.dir or args.content)
    problems: list[Problem] = []
    try:
        content: Content | None = load_content(root)
    except ContentError as exc:
        problems += exc.problems
        content = None
    problems += check_rules(root) + scale_problems(root)
    if problems or content is None:
        return fail(EXIT_CONTENT, f"the guide in {root} has problems; fix them and try again:",
                    [str(p) for p in problems])
    print(f"{content.root}: {len(content.steps)} steps, {len(content.terms)} glossary terms, "
          f"{len(content.letters)} letters, the key-date rules: all valid.")
    return EXIT_OK


@guard
def letter(args: argparse.Namespace) -> int:
    """From the guide's cache; only the letter asked for is compiled and checked."""
    from .letters import letter_command

    def open_store(write: bool) -> Store | None:
        return open_writer(data_dir(args.data_dir)) if write else _reader(args)

    return letter_command(args, _guide(args), open_store, _child)


def _guide(args: argparse.Namespace) -> Content:
    """The guide from the cache the app keeps (parsed once), for the readers."""
    try:
        return load_with_cache(content_dir(args.content), cache_dir())
    except ContentError:
        return _content(args, templates=False)  # says what is wrong


@guard
def guide(args: argparse.Namespace) -> int:
    from .guide import guide_command

    return guide_command(args, _guide(args), _reader(args), _child)


@guard
def glossary(args: argparse.Namespace) -> int:
    from .glossary import glossary_command

    return glossary_command(args, _guide(args))


@guard
def decode(args: argparse.Namespace) -> int:
    if args.save is not None or args.date is not None or args.keep_text or args.by_school:
        from .scores import decode_and_save

        return decode_and_save(args, _guide(args), _child)
    from .glossary import decode_command

    return decode_command(args, _guide(args))


@guard
def export(args: argparse.Namespace) -> int:
    from .export import export_command

    return export_command(args, _reader(args), _child)


@guard
def review(args: argparse.Namespace) -> int:
    from .review import review_command

    return review_command(args, data_dir(args.data_dir), _child)


@guard
def services(args: argparse.Namespace) -> int:
    from .services import services_command

    return services_command(args, data_dir(args.data_dir), _child)


@guard
def dates(args: argparse.Namespace) -> int:
    from .dates import dates_command

    folder = data_dir(args.data_dir)
    return dates_command(args, content_dir(args.content), lambda: open_reader(folder),
                         lambda: open_writer(folder), _child)
