"""The exchange in four calls: ``preview_package`` (nothing written), ``import_package`` (the
accepted records in one transaction), ``export_package`` and the scopes of ``records``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from storage.exchange import applying, importing
from storage.exchange import records as rec
from storage.exchange.errors import ImportConflict
from storage.exchange.exporting import ExportInfo, export_to_file, make_package
from storage.exchange.verdicts import Preview
from storage.sqlite_driver import IntegrityError
from storage.store import Store

__all__ = [
    "ExportInfo",
    "Preview",
    "export_package",
    "export_to_file",
    "import_package",
    "make_package",
    "preview_package",
    "scope",
]


def preview_package(store: Store, data: bytes, keep: Mapping[str, str] | None = None) -> Preview:
    """What importing would do; reads only."""
    opened = importing.open_package(store, data)
    return importing.preview(store, opened, keep)


def import_package(store: Store, data: bytes, keep: Mapping[str, str] | None = None) -> Preview:
    """Judge again (the store may have changed since the preview) and write what is accepted."""
    try:
        with store.db.atomic():
            opened = importing.open_package(store, data)
            judged, cache = importing.judged(store, opened, keep)
            return applying.apply(store, opened, judged, cache)
    except IntegrityError as exc:
        # A rule of this store's schema that the preview did not foresee (e.g. a second decision
        # for the same agenda item, made here): the transaction is undone, nothing is imported.
        raise ImportConflict() from exc


def scope(
    store: Store,
    *,
    meeting_id: int | None = None,
    case_ids: Sequence[int] = (),
    since: int | None = None,
) -> list[str]:
    """Global ids of a meeting (with its cases), of cases, of everything changed since package
    ``since`` of this store, or of everything (nothing chosen)."""
    uids: list[str] = []
    if meeting_id is not None:
        uids += rec.scope_meeting(store, meeting_id)
    if case_ids:
        uids += rec.scope_cases(store, case_ids)
    if since is not None:
        uids += rec.scope_since(store, since)
    if meeting_id is None and not case_ids and since is None:
        uids = rec.scope_all(store)
    return list(dict.fromkeys(uids))


def export_package(store: Store, to: Sequence[str], uids: Sequence[str], path: Path) -> ExportInfo:
    return export_to_file(store, to, uids, path)
