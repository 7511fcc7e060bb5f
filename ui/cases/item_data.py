"""Lines of texts into a ``QStandardItemModel`` in one C++ call, in Qt's own item-data list format.

Placing a block of the register cell by cell took 1,000 ``setData`` calls, and PySide lets go of
the interpreter lock around each one: with the worker making the next block in Python, every call
could wait for the lock again, and placing one block took 40 ms (issue 17). The same cells encoded
as Qt's drag-and-drop data list (``application/x-qabstractitemmodeldatalist``: per cell its row,
its column and its role → value map, as ``QDataStream`` writes them) go in with one
``dropMimeData``, which inserts the rows and makes the items in C++. The bytes are plain Python
(``struct``), so the worker can make them.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, Qt
from PySide6.QtGui import QStandardItemModel

DATA_LIST = "application/x-qabstractitemmodeldatalist"
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_QSTRING = 10  # QMetaType::QString
_CELL = struct.Struct(">ii")  # row and column (QDataStream: big-endian)
_COUNT = struct.Struct(">I")  # entries in the role map
_TEXT = struct.Struct(">iIbI")  # role; QVariant: type id, null flag; QString: UTF-16 byte length


def encode_cell(display: str, tooltip: str | None = None) -> bytes:
    """One cell's role map: its display text and, when it has one, its tooltip."""
    roles = ((DISPLAY, display), (TOOLTIP, tooltip)) if tooltip else ((DISPLAY, display),)
    parts = [_COUNT.pack(len(roles))]
    for role, text in roles:
        data = text.encode("utf-16-be")
        parts.append(_TEXT.pack(role, _QSTRING, 0, len(data)))
        parts.append(data)
    return b"".join(parts)


def encode_line(texts: Sequence[str], tooltips: Sequence[str | None]) -> tuple[bytes, ...]:
    return tuple(encode_cell(text, tip) for text, tip in zip(texts, tooltips, strict=True))


def replace_rows(model: QStandardItemModel, start: int, lines: Sequence[Sequence[bytes]]) -> None:
    """Rows ``start`` … of ``model`` become ``lines`` (cells from ``encode_line``). The caller
    holds the model's signals back if the views are to see one change instead of rows removed
    and inserted."""
    if not lines:
        return
    data = b"".join(
        _CELL.pack(row, column) + cell for row, line in enumerate(lines) for column, cell in enumerate(line)
    )
    mime = QMimeData()
    mime.setData(DATA_LIST, QByteArray(data))
    model.removeRows(start, len(lines))
    if not model.dropMimeData(mime, Qt.DropAction.CopyAction, start, 0, QModelIndex()):
        model.insertRows(start, len(lines))  # the rows stay; only their texts are missing
        raise ValueError("the item model refused the lines")
