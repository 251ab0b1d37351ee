"""The read-only table every page lists rows in: whole rows selected, one at a time, columns sized to their
contents except the ones the model stretches. A widget of its own so that pages and panels share it without
importing each other."""
from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from enrol.ui.models.rows_model import RowsTableModel


def table(parent: QWidget, model: RowsTableModel, name: str) -> QTableView:  # type: ignore[type-arg]
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in model.stretch_columns():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    return view
