"""On a new centre's empty database: what to set up first, with a button to the page where it is done."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from enrol.services.centre.setup import SetupState
from enrol.services.people import permissions
from enrol.ui.session import current_actor

# Where each step is done: the main window's page keys.
STEP_PAGES = {"rooms": "rooms", "clubs": "admin", "groups": "admin", "timetable": "timetable"}


class FirstSteps(QFrame):
    go_to = Signal(str)  # a page key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstSteps")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#firstSteps { background: #fff8e1; }")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.setObjectName("firstStepButton")
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.button.clicked.connect(lambda: self.go_to.emit(STEP_PAGES[self._step]) if self._step else None)
        self._step: str | None = None
        self.setVisible(False)

    def show_state(self, state: SetupState | None) -> None:
        self._step = state.next_step if state is not None else None
        self.setVisible(self._step is not None)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        step = self._step
        if step is None:
            return
        texts = {
            "rooms": (self.tr("The centre has no rooms yet. Start with the rooms and their seats: clubs meet in them "
                              "and the building's limit is counted from them."), self.tr("Add rooms…")),
            "clubs": (self.tr("There are no clubs yet. Add the clubs next, then their groups."), self.tr("Add clubs…")),
            "groups": (self.tr("The clubs have no groups yet: children are enrolled into groups."),
                       self.tr("Add groups…")),
            "timetable": (self.tr("No group meets yet. Put the groups on the timetable: the rooms' and the building's "
                                  "load come from it."), self.tr("Open the timetable…")),
        }
        text, button = texts[step]
        # Only an administrator sets the centre up; anyone else is told whom to ask.
        may = permissions.allowed(current_actor(), "centre.edit")
        self.text.setText(text if may else text + " " + self.tr("Ask an administrator to do it."))
        self.button.setText(button)
        self.button.setVisible(may)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
