"""The shape the administrators' edit dialogs share: labelled fields above OK / Cancel."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from enrol import i18n


def choices(combo: QComboBox, values: dict[str, str]) -> None:
    """Fill a combo with a vocabulary: translated labels, the code as item data."""
    for key, label in values.items():
        combo.addItem(i18n.translate(label), key)


def labelled_form(dialog: QDialog, fields: Sequence[QWidget]) -> tuple[list[QLabel], QDialogButtonBox]:
    """Lay ``fields`` out in a form with one label each (texts set later, in retranslateUi) and OK / Cancel
    below, wired to accept and reject; returns the labels and the button box."""
    labels = [QLabel(dialog) for _ in fields]
    form = QFormLayout()
    for label, field in zip(labels, fields):
        form.addRow(label, field)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(buttons)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return labels, buttons
