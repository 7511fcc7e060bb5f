"""Lines placed in one call (ui.cases.item_data) read back exactly as set cell by cell."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from ui.cases import item_data

TEXTS = ["C-2026-0001", 'Besluit <niet> & "later"', "", "Syrië 😀 — 1F(a)", "x" * 300]
TIPS = [None, "Tip met <b>opmaak</b> & emoji 🧾", None, "", "lang"]


def _model(rows: int) -> QStandardItemModel:
    model = QStandardItemModel(rows, len(TEXTS))
    prototype = QStandardItem()
    prototype.setEditable(False)
    model.setItemPrototype(prototype)
    return model


def test_lines_read_back_as_written(qtbot) -> None:
    model = _model(6)
    model.setData(model.index(0, 0), "boven")
    model.setData(model.index(5, 0), "onder")
    lines = [item_data.encode_line([f"{t}{n}" for t in TEXTS], TIPS) for n in range(4)]
    item_data.replace_rows(model, 1, lines)
    assert model.rowCount() == 6  # the rows stay where they were, with new cells
    assert model.index(0, 0).data() == "boven" and model.index(5, 0).data() == "onder"
    for n in range(4):
        row = n + 1
        assert [model.index(row, c).data() for c in range(len(TEXTS))] == [f"{t}{n}" for t in TEXTS]
        tips = [model.index(row, c).data(Qt.ItemDataRole.ToolTipRole) for c in range(len(TEXTS))]
        assert tips == [tip or None for tip in TIPS]
        assert not model.flags(model.index(row, 1)) & Qt.ItemFlag.ItemIsEditable


def test_replacing_a_line_drops_what_it_had(qtbot) -> None:
    model = _model(3)
    item_data.replace_rows(model, 1, [item_data.encode_line(TEXTS, ["tip"] * len(TEXTS))])
    model.setData(model.index(1, 2), "rood", Qt.ItemDataRole.ForegroundRole)
    item_data.replace_rows(model, 1, [item_data.encode_line(["nieuw"] * len(TEXTS), [None] * len(TEXTS))])
    assert model.index(1, 2).data() == "nieuw"
    assert model.index(1, 2).data(Qt.ItemDataRole.ToolTipRole) is None
    assert model.index(1, 2).data(Qt.ItemDataRole.ForegroundRole) is None
