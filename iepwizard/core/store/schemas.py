"""Which tables each kind of data file holds, and the record each table's documents must fit.

A table's record is named here and its class made the first time a file holding that table is
read: the first screen reads the family's file and a child's, and making every record class
(IEPs, scores, the address book...) before it cost that screen about 15 ms. A test keeps each
name here equal to its record's own TABLE."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from .. import records
from ..records.base import Record


class Tables(Mapping[str, type[Record]]):
    """Table name -> the record its documents fit, each looked up when first asked for."""

    def __init__(self, **tables: str) -> None:
        self.names = tables

    def __getitem__(self, table: str) -> type[Record]:
        record: type[Record] = getattr(records, self.names[table])
        return record

    def __iter__(self) -> Iterator[str]:
        return iter(self.names)

    def __len__(self) -> int:
        return len(self.names)


#: iepwizard.json
MAIN = Tables(parent="Parent", children="Child", progress="Progress", settings="Settings")
#: children/<child>.json (its own `children` table keeps a copy of the child, so the file can
#: be found again if the main file is lost)
CHILD = Tables(children="Child", meetings="Meeting", questions="Question", journal="JournalEntry",
               contacts="Contact", letter_drafts="LetterDraft", people="Person",
               key_dates="KeyDateEntry", date_settings="DateSettings",
               school_breaks="SchoolBreak", evaluations="EvaluationRecord", scores="ScoreRecord",
               area_links="AreaLinkRecord", ieps="SavedIep", iep_services="IepService",
               ledger_sessions="LedgerSession")
#: meetings/<meeting>.json (its own `meetings` table keeps a copy of the meeting, and `_meta`
#: its child's id, so the meeting can be found again if the child's file is lost)
MEETING = Tables(entries="Entry", meetings="Meeting")
#: drafts/<child>.json
DRAFTS = Tables(drafts="Draft")
