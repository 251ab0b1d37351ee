"""The specialist's own confidential notes on an appointment, and a box to write a new one. It shows only
what the service returned for the person signed in (their notes alone) and returns the new text; the page
saves it."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QTextBrowser, QVBoxLayout, QWidget

from enrol import i18n
from enrol.services.bookings.session_notes import NoteInfo
from enrol.ui.screen import fit_to_screen


class AppointmentNotesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, heading: str, notes: list[NoteInfo]) -> None:
        super().__init__(parent)
        self.setObjectName("appointmentNotesDialog")
        self.text: str | None = None
        self._heading_text = heading
        self._notes = notes
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.earlier = QTextBrowser(self)
        self.earlier.setObjectName("earlierNotes")
        self.new_note = QPlainTextEdit(self)
        self.new_note.setObjectName("newNote")
        self.privacy = QLabel(self)
        self.privacy.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close,
                                        self)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.earlier, 1)
        layout.addWidget(self.new_note, 1)
        layout.addWidget(self.privacy)
        layout.addWidget(self.buttons)
        self.new_note.textChanged.connect(self._validate)
        fit_to_screen(self, QSize(600, 520), move=False)  # a small laptop gets a smaller dialog
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Session notes"))
        self.heading.setText(self._heading_text)
        self.new_note.setPlaceholderText(self.tr("A new note…"))
        self.privacy.setText(self.tr("Only you can read these notes: not other specialists, not the registrars, "
                                     "not the administrators."))
        if self._notes:
            self.earlier.setPlainText("\n\n".join(
                f"{i18n.format_date(n.created_at)}\n{n.text}"
                for n in self._notes))
        else:
            self.earlier.setPlainText(self.tr("No notes of yours yet."))
        self._validate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _validate(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(bool(self.new_note.toPlainText().strip()))

    def _accept(self) -> None:
        self.text = self.new_note.toPlainText().strip()
        self.accept()
