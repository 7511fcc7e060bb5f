"""Agenda builder: add cases and other items, remove, reorder, planned minutes.

The agenda number of an item is its position. While the meeting is a concept every change is
allowed; once the agenda is fixed it must be reopened first; during the meeting items may still be
added, moved or removed as long as no item that is already part of the record (started, with
minutes, a decision or an action) changes its number. The record keeps the agenda numbers even
when items are taken out of order (``MinutesService.start_item`` records the order taken).
"""

from __future__ import annotations

from collections.abc import Sequence

from storage.cases import search
from storage.cases.model import audit_label
from storage.errors import ValidationError
from storage.i18n import pick
from storage.meetings import _base as b
from storage.meetings.guarding import Keep, check_fields
from storage.meetings.model import Agenda, AgendaItem, ItemKind, MeetingStatus
from storage.meetings.queries import MeetingQueries
from storage.retention_rules import require_not_purged
from storage.store import Store

EDITABLE_STATUSES = (MeetingStatus.CONCEPT.value, MeetingStatus.IN_PROGRESS.value)
DEFAULT_CASE_MINUTES = 15
TRAILING_KINDS = (ItemKind.ANY_OTHER_BUSINESS.value, ItemKind.CLOSING.value)


class AgendaService:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.queries = MeetingQueries(store)

    # -- helpers --------------------------------------------------------------------------------
    def _editable(self, meeting_id: int) -> b.Row:
        meeting = b.writable_meeting(self.store, meeting_id)
        b.require_status(
            meeting,
            EDITABLE_STATUSES,
            "de agenda is vastgesteld; heropen de agenda om hem te wijzigen.",
            "the agenda is fixed; reopen it to change it.",
        )
        return meeting

    def _order(self, meeting_id: int) -> list[int]:
        return [
            r[0]
            for r in self.store.db.execute(
                "SELECT id FROM agenda_items WHERE meeting_id = ? ORDER BY position", (meeting_id,)
            )
        ]

    def _recorded(self, meeting_id: int) -> dict[int, int]:
        """Items already part of the record: id → agenda number (which must not change)."""
        return {
            r[0]: r[1]
            for r in self.store.db.execute(
                "SELECT ai.id, ai.position FROM agenda_items ai WHERE ai.meeting_id = ? AND "
                "(ai.started_at IS NOT NULL OR ai.minutes != '' OR "
                "EXISTS (SELECT 1 FROM decisions d WHERE d.item_id = ai.id) OR "
                "EXISTS (SELECT 1 FROM actions a WHERE a.item_id = ai.id) OR "
                "EXISTS (SELECT 1 FROM amendments am WHERE am.item_id = ai.id))",
                (meeting_id,),
            )
        }

    def _renumber(self, meeting: b.Row, order: list[int]) -> None:
        recorded = self._recorded(meeting["id"])
        for position, item_id in enumerate(order, start=1):
            if item_id in recorded and recorded[item_id] != position:
                raise ValidationError(
                    detail=pick(
                        f"Agendapunt {recorded[item_id]} staat al in het verslag; zijn nummer blijft. "
                        "Voeg nieuwe punten achteraan toe.",
                        f"Agenda item {recorded[item_id]} is already in the minutes; its number stays. "
                        "Add new items at the end.",
                    )
                )
        # Two steps, so the UNIQUE (meeting_id, position) constraint holds at every statement.
        self.store.db.execute(
            "UPDATE agenda_items SET position = -id WHERE meeting_id = ?",
            (meeting["id"],),
        )
        for position, item_id in enumerate(order, start=1):
            self.store.db.execute("UPDATE agenda_items SET position = ? WHERE id = ?", (position, item_id))

    def _default_position(self, meeting_id: int, kind: str) -> int:
        """Cases after the last case (or after "Actielijst"); anything before Rondvraag/Sluiting."""
        found = b.rows(
            self.store,
            "SELECT position, kind FROM agenda_items WHERE meeting_id = ? ORDER BY position",
            (meeting_id,),
        )
        if not found:
            return 1
        if kind == ItemKind.CASE.value:
            anchors = [r["position"] for r in found if r["kind"] == ItemKind.CASE.value]
            if not anchors:
                anchors = [
                    r["position"]
                    for r in found
                    if r["kind"]
                    in (ItemKind.OPENING.value, ItemKind.PREVIOUS_MINUTES.value, ItemKind.ACTIONS.value)
                ]
            if anchors:
                return int(max(anchors)) + 1
        trailing = [r["position"] for r in found if r["kind"] in TRAILING_KINDS]
        return min(trailing) if trailing else len(found) + 1

    def _insert(self, meeting: b.Row, position: int | None, kind: str, values: dict[str, object]) -> int:
        order = self._order(meeting["id"])
        wanted = self._default_position(meeting["id"], kind) if position is None else position
        wanted = max(1, min(int(wanted), len(order) + 1))
        if position is None and meeting["status"] == MeetingStatus.IN_PROGRESS.value:
            recorded = self._recorded(meeting["id"])
            if any(pos >= wanted for pos in recorded.values()):
                wanted = len(order) + 1  # during the meeting, never renumber what is on record
        columns = ["meeting_id", "position", "kind", *values]
        cursor = self.store.db.execute(
            f"INSERT INTO agenda_items ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
            [meeting["id"], -1_000_000 - len(order), kind, *values.values()],
        )
        item_id = b.new_id(cursor)
        order.insert(wanted - 1, item_id)
        self._renumber(meeting, order)
        return item_id

    # -- adding and removing --------------------------------------------------------------------
    def add_case_item(
        self,
        meeting_id: int,
        case_id: int,
        *,
        position: int | None = None,
        planned_minutes: int | None = None,
    ) -> AgendaItem:
        """Put a case from the register on the agenda (once per meeting). The title is the case
        reference; the case gets status ``on_agenda``."""
        minutes = self._minutes(planned_minutes, default=self._case_minutes())
        with self.store.db.atomic():
            meeting = self._editable(meeting_id)
            case = b.case_row(self.store, case_id)
            require_not_purged(self.store, case_id)  # a tombstone does not come back to the table
            exists = self.store.db.execute(
                "SELECT position FROM agenda_items WHERE meeting_id = ? AND case_id = ?",
                (meeting_id, case_id),
            ).fetchone()
            if exists is not None:
                raise ValidationError(
                    detail=pick(
                        f"{case['reference']} staat al op de agenda (punt {exists[0]}).",
                        f"{case['reference']} is already on the agenda (item {exists[0]}).",
                    )
                )
            item_id = self._insert(
                meeting,
                position,
                ItemKind.CASE.value,
                {
                    "title": case["reference"],
                    "case_id": case_id,
                    "case_reference": case["reference"],
                    "planned_minutes": minutes,
                },
            )
            b.sync_case_status(self.store, case_id, meeting["number"])
            b.touch(self.store, meeting_id)
            self.store.audit.append(
                "agenda.add",
                "meeting",
                meeting["number"],
                detail={"case": audit_label(case_id, case["reference"]), "item": self._position(item_id)},
            )
        return self.queries.item(item_id)

    def add_item(
        self,
        meeting_id: int,
        title: str,
        *,
        kind: str = ItemKind.OTHER.value,
        position: int | None = None,
        planned_minutes: int = 10,
        keep: Sequence[Keep] = (),
    ) -> AgendaItem:
        """Add a non-case item (e.g. a topic, or a standard item removed earlier)."""
        if kind == ItemKind.CASE.value:
            raise ValidationError(detail="use add_case_item for cases")
        try:
            kind = ItemKind(kind).value
        except ValueError as exc:
            raise ValidationError(detail=f"unknown item kind {kind!r}") from exc
        title = b.clean(title)
        if not title:
            raise ValidationError(detail=pick("De titel ontbreekt.", "The title is missing."))
        minutes = self._minutes(planned_minutes, default=10)
        with self.store.db.atomic():
            meeting = self._editable(meeting_id)
            item_id = self._insert(meeting, position, kind, {"title": title, "planned_minutes": minutes})
            ref = b.item_ref(meeting["number"], self._position(item_id))
            check_fields(self.store, "agenda_item", item_id, {"title": title}, keep, label=ref)
            b.touch(self.store, meeting_id)
            self.store.audit.append(
                "agenda.add",
                "meeting",
                meeting["number"],
                detail={"kind": kind, "item": self._position(item_id)},
            )
        return self.queries.item(item_id)

    def remove_item(self, item_id: int) -> None:
        """Take an item off the agenda; refused for items already in the record."""
        with self.store.db.atomic():
            item = b.item_row(self.store, item_id)
            meeting = self._editable(item["meeting_id"])
            if item_id in self._recorded(meeting["id"]):
                raise ValidationError(
                    detail=pick(
                        f"Agendapunt {item['position']} staat al in het verslag en blijft op de agenda.",
                        f"Agenda item {item['position']} is already in the minutes and stays on the agenda.",
                    )
                )
            order = [i for i in self._order(meeting["id"]) if i != item_id]
            search.remove_document(self.store, "minutes", item_id)
            self.store.db.execute("DELETE FROM agenda_items WHERE id = ?", (item_id,))
            if meeting["current_item_id"] == item_id:
                self.store.db.execute(
                    "UPDATE meetings SET current_item_id = NULL WHERE id = ?", (meeting["id"],)
                )
            self._renumber(meeting, order)
            if item["case_id"] is not None:
                b.sync_case_status(self.store, item["case_id"], meeting["number"])
            b.touch(self.store, meeting["id"])
            self.store.audit.append(
                "agenda.remove",
                "meeting",
                meeting["number"],
                detail={"item": item["position"], "kind": item["kind"]},
            )

    # -- order and times ------------------------------------------------------------------------
    def move_item(self, item_id: int, new_number: int) -> Agenda:
        """Move one item to agenda number ``new_number`` (keyboard up/down, drag and drop)."""
        with self.store.db.atomic():
            item = b.item_row(self.store, item_id)
            order = [i for i in self._order(item["meeting_id"]) if i != item_id]
            new_number = max(1, min(int(new_number), len(order) + 1))
            order.insert(new_number - 1, item_id)
            self._apply_order(item["meeting_id"], order)
        return self.queries.agenda(item["meeting_id"])

    def reorder(self, meeting_id: int, item_ids: Sequence[int]) -> Agenda:
        """Set the complete order of the agenda (every item id exactly once)."""
        with self.store.db.atomic():
            current = self._order(meeting_id)
            if sorted(item_ids) != sorted(current):
                raise ValidationError(
                    detail=pick(
                        "De nieuwe volgorde moet elk agendapunt precies één keer bevatten.",
                        "The new order must hold every agenda item exactly once.",
                    )
                )
            self._apply_order(meeting_id, list(item_ids))
        return self.queries.agenda(meeting_id)

    def _apply_order(self, meeting_id: int, order: list[int]) -> None:
        meeting = self._editable(meeting_id)
        if order == self._order(meeting_id):
            return
        self._renumber(meeting, order)
        b.touch(self.store, meeting_id)
        self.store.audit.append("agenda.reorder", "meeting", meeting["number"], detail={"items": len(order)})

    def set_planned_minutes(self, item_id: int, minutes: int) -> AgendaItem:
        """Planned duration of an item; allowed until the minutes are sealed (also during the
        meeting: the chair adjusts the time plan)."""
        value = self._minutes(minutes, default=0)
        with self.store.db.atomic():
            item = b.item_row(self.store, item_id)
            meeting = b.writable_meeting(self.store, item["meeting_id"])
            if item["planned_minutes"] != value:
                self.store.db.execute(
                    "UPDATE agenda_items SET planned_minutes = ? WHERE id = ?", (value, item_id)
                )
                b.touch(self.store, meeting["id"])
                self.store.audit.append(
                    "agenda.plan",
                    "agenda_item",
                    b.item_ref(meeting["number"], item["position"]),
                    detail={"minutes": value},
                )
        return self.queries.item(item_id)

    def rename_item(self, item_id: int, title: str, *, keep: Sequence[Keep] = ()) -> AgendaItem:
        title = b.clean(title)
        if not title:
            raise ValidationError(detail=pick("De titel ontbreekt.", "The title is missing."))
        with self.store.db.atomic():
            item = b.item_row(self.store, item_id)
            meeting = b.writable_meeting(self.store, item["meeting_id"])
            ref = b.item_ref(meeting["number"], item["position"])
            if item["title"] != title:
                check_fields(self.store, "agenda_item", item_id, {"title": title}, keep, label=ref)
                self.store.db.execute("UPDATE agenda_items SET title = ? WHERE id = ?", (title, item_id))
                b.touch(self.store, meeting["id"])
                self.store.audit.append("agenda.rename", "agenda_item", ref)
        return self.queries.item(item_id)

    # -- values ---------------------------------------------------------------------------------
    def _position(self, item_id: int) -> int:
        return int(
            self.store.db.execute("SELECT position FROM agenda_items WHERE id = ?", (item_id,)).fetchone()[0]
        )

    def _case_minutes(self) -> int:
        value = self.store.settings.get("agenda_case_minutes", DEFAULT_CASE_MINUTES)
        return value if isinstance(value, int) and value >= 0 else DEFAULT_CASE_MINUTES

    @staticmethod
    def _minutes(value: int | None, *, default: int) -> int:
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 600:
            raise ValidationError(
                detail=pick(
                    f"Geplande duur moet tussen 0 en 600 minuten liggen (niet {value!r}).",
                    f"Planned duration must be between 0 and 600 minutes (not {value!r}).",
                )
            )
        return value
