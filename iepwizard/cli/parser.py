"""The command line's parser: every subcommand and its options.

Imported only when a command line needs it: opening the app (`iepwizard`, with `--child`,
`--data-dir` or `--content`) is read without it (see `cli.plain_launch`)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import NoReturn

from .. import __version__
from ..core.safe_text import printable
from .common import EXIT_USAGE


class Parser(argparse.ArgumentParser):
    #: An epilog made only when the help is shown (what it lists is slow to import).
    epilog_later: Callable[[], str] | None = None

    def format_help(self) -> str:
        if self.epilog_later is not None:
            self.epilog, self.epilog_later = self.epilog_later(), None
        return super().format_help()

    def error(self, message: str) -> NoReturn:
        # (the message may quote what was typed: control characters shown as symbols)
        self.exit(EXIT_USAGE, f"iepwizard: {printable(message)}. Run 'iepwizard --help' to see "
                  f"usage.\n")


def build_parser() -> Parser:
    parser = Parser(prog="iepwizard", description="A step-by-step guide through the IEP and "
                    "Section 504 process, with notes, letters and a glossary.")
    parser.add_argument("--version", action="version", version=f"iepwizard {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="where your data is kept "
                        "(default: $IEPWIZARD_DATA_DIR, else your user data folder)")
    parser.add_argument("--content", metavar="DIR", help="use the guide in DIR instead of the "
                        "one that ships with iepwizard")
    parser.add_argument("--child", metavar="NAME", help="open this child (created if new)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    check = sub.add_parser("check-content", help="validate a content folder")
    check.add_argument("dir", nargs="?", help="the folder (default: the guide in use)")
    letter = sub.add_parser("letter", help="'letter list', or print a filled letter")
    letter.add_argument("id", help="a letter id, or 'list'")
    letter.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE",
                        help="fill a field (repeatable)")
    letter.add_argument("--copy", action="store_true", help="copy the letter to the clipboard")
    letter.add_argument("--save", action="store_true", help="keep the --set values in the "
                        "child's record (profile, address book, this letter's draft); takes "
                        "the data folder's lock")
    letter.add_argument("--out", metavar="FILE", help="write the letter to FILE")
    letter.add_argument("--child", dest="sub_child", metavar="NAME", help=argparse.SUPPRESS)
    glossary = sub.add_parser("glossary", help="explain a term, or list them all")
    glossary.add_argument("term", nargs="*", help="the term to look up")
    decode = sub.add_parser("decode", help="find and explain jargon and scores in a text",
                            description="Explain the jargon and test scores in a report (a "
                            "text file, or - for standard input, up to 20 MB). With --save, "
                            "also keep its scores in your child's record (exits 3 while the "
                            "app is open; 1 if no scores were found).")
    decode.add_argument("file", nargs="?", default="-", help="a text file, or - for stdin")
    decode.add_argument("--save", metavar="EVALUATION NAME",
                        help="keep the scores in the child's record under this name")
    decode.add_argument("--date", metavar="DATE", help="the evaluation's date (with --save)")
    decode.add_argument("--keep-text", action="store_true",
                        help="with --save, keep the report's text too")
    decode.add_argument("--by-school", action="store_true",
                        help="with --save: the school's evaluation or reevaluation (not an "
                        "outside one); its date goes into the key dates as the last "
                        "evaluation, from which the next reevaluation is counted")
    decode.add_argument("--child", dest="sub_child", metavar="NAME",
                        help="the child whose record it is (with --save)")
    review = sub.add_parser("review", help="check an IEP's goals and services (.txt or .pdf)",
                            description="Check every goal and service of an IEP or 504 plan "
                            "(a .txt or .pdf file, or - for standard input, up to 20 MB) and, "
                            "with --against, list what changed since an older one. Nothing is "
                            "written except with --save.")
    review.add_argument("file", metavar="FILE", help="the IEP: a .txt or .pdf file, or -")
    review.add_argument("--against", metavar="OLD_FILE", help="last year's IEP, to compare "
                        "(with --child: the last saved final IEP by default)")
    review.add_argument("--child", dest="sub_child", metavar="NAME", help="use this child's "
                        "record (their track, their last saved final IEP)")
    review.add_argument("--save", action="store_true", help="keep the IEP in the child's "
                        "record (writes: not while the app is open)")
    review.add_argument("--date", metavar="DATE", help="with --save: the IEP's date (default: "
                        "the meeting date in its text)")
    review.add_argument("--status", choices=("draft", "final"), help="with --save: draft or "
                        "final (default: draft if the text says so, else final)")
    services = sub.add_parser("services", help="service minutes required against delivered",
                              description="The services ledger: each service's minutes "
                              "required by the saved final IEP(s) against the sessions "
                              "recorded, with the shortfall. Reads only.")
    services.add_argument("--child", dest="sub_child", metavar="NAME", help="this child")
    services.add_argument("--as-of", metavar="DATE", help="count up to this day (default: "
                          "today)")
    services.add_argument("--by", choices=("week", "month"), help="also a row per week or "
                          "month, with the running shortfall")
    services.add_argument("--count-absences", action="store_true", help="count the minutes "
                          "missed while the child was absent as owed too")
    export = sub.add_parser("export", help="export notes, journal, contact log and more")
    export.add_argument("--child", dest="sub_child", metavar="NAME", help="only this child")
    export.add_argument("--out", metavar="FILE", help="write here (default: print)")
    export.add_argument("--format", choices=("md", "text", "html"), default="md",
                        help="Markdown (default), plain text for an email, or a printable "
                        "HTML page")
    _add_dates(sub)
    _add_guide(sub)
    return parser


def _add_guide(sub: argparse._SubParsersAction[Parser]) -> None:
    guide = sub.add_parser(
        "guide", help="a step, or the whole guide, as plain text",
        description="Print a step of the guide (or all of them) as plain text, for a screen "
        "reader, a printer or a pipe: its title, text, checklist ([x] ticked, [ ] not), the "
        "two actions, the sources and the step's terms with their definitions. Reads only.")
    guide.add_argument("step", nargs="?", metavar="STEP",
                       help="a step's number (3) or id (rti); all steps if left out")
    guide.add_argument("--child", dest="sub_child", metavar="NAME",
                       help="show this child's ticks (the only child's by default)")
    guide.add_argument("--width", type=int, metavar="N",
                       help="wrap lines at N characters (0: one line per paragraph; default: "
                       "the terminal's width up to 80, no wrapping into a pipe or a file)")


def _dates_epilog() -> str:
    from ..core.keydates import events_help

    return (f"key dates (EVENT):\n{events_help()}\n\nsettings (NAME=VALUE): "
            "track=iep|504|unknown, school-year-start=07-01, and each rule's number, like "
            "evaluation-days=45 or evaluation-days=\"45 school days\" (NAME=default goes back "
            "to the federal default; a wrong NAME lists them all).")


def _add_dates(sub: argparse._SubParsersAction[Parser]) -> None:
    dates = sub.add_parser(
        "dates", help="key dates and deadlines: what is due, what is overdue",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="A child's key dates and deadlines, one per line, sorted by date, "
        "tab-separated: date, done|due|overdue (or needs), what it is, the rule and its "
        "citation. --set and --setting record (and refuse while the app is open, exit 3).")
    dates.epilog_later = _dates_epilog
    dates.add_argument("--child", dest="sub_child", metavar="NAME", help="this child")
    dates.add_argument("--as-of", metavar="DATE", help="count as if today were DATE")
    dates.add_argument("--set", action="append", default=[], metavar="EVENT=DATE",
                       help="record a key date (repeatable)")
    dates.add_argument("--setting", action="append", default=[], metavar="NAME=VALUE",
                       help="change one of the child's settings (repeatable)")
    dates.add_argument("--ics", metavar="FILE", help="write the deadlines and meetings as a "
                       "calendar file (.ics)")
