"""The review screen's saved IEPs (ctrl+l): compare the review with one, review one again,
mark it draft or final (a final one fills its key dates), delete it after asking."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from textual import work

from ..core.iep.keydates_link import fill_key_dates
from ..core.iep.outcome import Older, Outcome
from ..core.iep.record import effective
from ..core.iep.saved import label, reread
from ..core.iep.source import IepText
from ..core.records import SavedIep
from ..core.safe_text import visible
from ..core.store import Store, StoreError
from .confirm import ConfirmScreen

if TYPE_CHECKING:
    from textual.app import App


class SavedIepActions:
    """Mixed into ReviewScreen (which gives these attributes)."""

    store: Store
    child_id: str
    child_name: str
    outcome: Outcome | None
    _from_paste: bool
    app: App[Any]
    notify: Callable[..., None]
    say: Callable[[str], None]
    _review: Callable[..., Any]

    @work
    async def action_choose(self) -> None:
        from .saved_ieps import SavedIepsDialog

        ieps = self.store.ieps(self.child_id)
        if not ieps:
            self.notify(f"No IEP is saved in {self.child_name}'s record yet; review one and "
                        f"press s to save it.", markup=False)
            return
        choice = await self.app.push_screen_wait(SavedIepsDialog(ieps))
        saved = next((i for i in ieps if choice and i.id == choice.iep_id), None)
        if choice is None or saved is None:
            return
        await self._chosen(choice.action, saved)

    async def _chosen(self, action: str, saved: SavedIep) -> None:
        if action == "delete":
            if await self.app.push_screen_wait(ConfirmScreen(
                    f"Delete {label(saved)} (from {visible(saved.source_name, 80)}) and its text "
                    f"from {self.child_name}'s record? This cannot be undone.", yes="Delete")):
                self.store.delete_iep(self.child_id, saved.id)
                self.notify(f"Deleted {label(saved)}.", markup=False)
        elif action == "status":
            status = "draft" if saved.status == "final" else "final"
            self.store.update_iep(self.child_id, saved.id, status=status)
            now = saved.but(status=status)
            fill_key_dates(self.store, self.child_id, now,
                           effective(now, self.store.iep_services(self.child_id, saved.id)))
            self.notify(f"It is now {label(now)}.", markup=False)
        elif action == "review":
            self._reopen(saved)
        elif action == "compare" and self.outcome is not None:
            self._compare(self.outcome.source, saved)
        elif action == "compare":
            self.notify("Review an IEP first (paste it or open it), then compare.")

    @work(thread=True, exclusive=True, group="open")
    def _reopen(self, saved: SavedIep) -> None:
        try:
            text = self.store.iep_text(self.child_id, saved.id)
        except StoreError as exc:
            self.app.call_from_thread(self.say, str(exc))
            return
        self._from_paste = False
        source = IepText(text, f"{label(saved)} (saved)", "text")
        self.app.call_from_thread(self._review, source)

    @work(thread=True, exclusive=True, group="open")
    def _compare(self, source: IepText, saved: SavedIep) -> None:
        try:
            older = Older(reread(self.store, self.child_id, saved), f"{label(saved)} (saved)")
        except StoreError as exc:
            self.app.call_from_thread(self.say, str(exc))
            return
        self.app.call_from_thread(self._review, source, older)
