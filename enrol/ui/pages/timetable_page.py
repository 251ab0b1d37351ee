"""Timetable: the week grid of one room, one teacher or one group; add, move and edit meetings through a dialog
that names every clash and seat or capacity problem before saving; remove a meeting."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from enrol import i18n
from enrol.db.engine import Database
from enrol.domain.errors import EnrolError
from enrol.services.centre import groups, rooms, timetable
from enrol.services.centre.timetable import MeetingInfo, SlotInfo
from enrol.ui.dialogs.meeting_dialog import MeetingDialog, MeetingValues
from enrol.ui.errors import run_safely
from enrol.ui.pages.base import Page
from enrol.ui.pages.now_page import weekday_names
from enrol.ui.session import current_actor
from enrol.ui.widgets.button_bar import ButtonBar
from enrol.ui.widgets.week_grid import WeekGrid

SCOPES = ("room", "teacher", "group")


class TimetablePage(Page):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.setObjectName("timetablePage")
        self._slots: list[SlotInfo] = []
        self._rooms: list[tuple[str, str]] = []
        self._groups: list[str] = []
        self.scope = QComboBox(self)
        self.scope.setObjectName("timetableScope")
        self.item = QComboBox(self)
        self.item.setObjectName("timetableItem")
        self.item.setMinimumWidth(200)
        self.add_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.summary = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(self.scope)
        top.addWidget(self.item)
        top.addWidget(self.summary, 1)
        top.addWidget(ButtonBar((self.add_button, self.edit_button, self.remove_button), self))
        self.grid = WeekGrid(self)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.grid, 1)
        self.scope.currentIndexChanged.connect(lambda _i: self._fill_items())
        self.item.currentIndexChanged.connect(lambda _i: self._show())
        self.add_button.clicked.connect(lambda: self.open_dialog(None))
        self.edit_button.clicked.connect(lambda: self.open_dialog(self.grid.current()))
        self.remove_button.clicked.connect(self.remove_selected)
        self.grid.activated.connect(lambda meeting_id: self.open_dialog(self._slot(meeting_id)))
        self.grid.selected.connect(lambda _id: self._update_buttons())
        self.retranslateUi()


    def retranslateUi(self) -> None:
        scope = self.scope.currentIndex()
        self.scope.blockSignals(True)
        self.scope.clear()
        for text in (self.tr("Room"), self.tr("Teacher"), self.tr("Group")):
            self.scope.addItem(text)
        self.scope.setCurrentIndex(max(scope, 0))
        self.scope.blockSignals(False)
        self.add_button.setText(self.tr("New meeting…"))
        self.edit_button.setText(self.tr("Move or edit…"))
        self.remove_button.setText(self.tr("Remove"))
        self._show()

    # --- data --------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._slots = run_safely(self, lambda: timetable.week_slots(self.db)) or []
        self._rooms = [(r.code, f"{r.code} · {r.name} ({r.seats})")
                       for r in run_safely(self, lambda: rooms.list_rooms(self.db)) or [] if r.active]
        self._groups = [g.code for g in run_safely(self, lambda: groups.list_groups(self.db)) or [] if g.active]
        self._fill_items()

    def _fill_items(self) -> None:
        current = self.item.currentData()
        self.item.blockSignals(True)
        self.item.clear()
        scope = SCOPES[max(self.scope.currentIndex(), 0)]
        if scope == "room":
            for code, label in self._rooms:
                self.item.addItem(label, code)
        elif scope == "teacher":
            teachers = sorted({(s.teacher, s.teacher_id) for s in self._slots if s.teacher_id is not None})
            for name, ident in teachers:
                self.item.addItem(name or "", ident)
        else:
            for code in self._groups:
                self.item.addItem(code, code)
        index = self.item.findData(current) if current is not None else -1
        self.item.setCurrentIndex(index if index >= 0 else 0)
        self.item.blockSignals(False)
        self._show()

    def choose(self, scope: str, key: object) -> None:
        """Show one room's (code), teacher's (staff id) or group's (code) week."""
        self.scope.setCurrentIndex(SCOPES.index(scope))
        self.item.setCurrentIndex(max(0, self.item.findData(key)))
        self._show()

    def shown_slots(self) -> list[SlotInfo]:
        scope, key = SCOPES[max(self.scope.currentIndex(), 0)], self.item.currentData()
        field = {"room": "room", "teacher": "teacher_id", "group": "group"}[scope]
        return [s for s in self._slots if getattr(s, field) == key]

    def _show(self) -> None:
        scope = SCOPES[max(self.scope.currentIndex(), 0)]
        shown = self.shown_slots()
        second = {s.id: (f"{s.room} · {s.teacher or '—'}" if scope == "group" else
                         s.teacher or "—" if scope == "room" else s.room) for s in shown}
        self.grid.set_slots(shown, weekday_names(), second)
        hours = sum(int(s.end[:2]) * 60 + int(s.end[3:]) - int(s.start[:2]) * 60 - int(s.start[3:]) for s in shown)
        self.summary.setText(self.tr("%n meeting(s)", "", len(shown)) + ", "
                             + self.tr("%1 h a week").replace("%1", f"{hours / 60:.1f}".removesuffix(".0")))
        self._update_buttons()

    def _slot(self, meeting_id: int) -> SlotInfo | None:
        return next((s for s in self._slots if s.id == meeting_id), None)

    def _update_buttons(self) -> None:
        has = self.grid.current() is not None
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    # --- changes -----------------------------------------------------------------------------------------
    def problems(self, values: MeetingValues) -> list[str]:
        """The service's problems in words (the dialog shows them live)."""
        try:
            found = timetable.check_meeting_change(self.db, meeting_id=values.meeting_id, group=values.group,
                                                   weekday=values.weekday, start=values.start, end=values.end,
                                                   room=values.room)
        except EnrolError as error:
            return [i18n.render_error(error)]
        return [i18n.tr(problem.message, **problem.params) for problem in found]

    def make_dialog(self, meeting: SlotInfo | None) -> MeetingDialog:
        scope, key = SCOPES[max(self.scope.currentIndex(), 0)], self.item.currentData()
        return MeetingDialog(self, groups=self._groups, rooms=self._rooms, weekdays=weekday_names(),
                             check=self.problems, meeting=meeting, group=key if scope == "group" else None,
                             room=key if scope == "room" else None)

    def open_dialog(self, meeting: SlotInfo | None) -> MeetingInfo | None:
        dialog = self.make_dialog(meeting)
        if not dialog.exec():
            return None
        return self.save(dialog.values())

    def save(self, values: MeetingValues) -> MeetingInfo | None:
        info = run_safely(self, lambda: timetable.update_meeting(
            self.db, actor=current_actor(), meeting_id=values.meeting_id, group=values.group, weekday=values.weekday,
            start=values.start, end=values.end, room=values.room))
        if info is not None:
            self.changed.emit()
            self.refresh()
            self.grid.select(info.id)
            self._update_buttons()
        return info

    def remove_selected(self) -> None:
        slot = self.grid.current()
        if slot is None:
            return
        answer = QMessageBox.question(self, self.tr("Remove meeting"), self.tr("Remove the meeting of %1 on %2 "
                                      "%3–%4 in room %5?").replace("%1", slot.group)
                                      .replace("%2", weekday_names()[slot.weekday - 1]).replace("%3", slot.start)
                                      .replace("%4", slot.end).replace("%5", slot.room))
        if answer != QMessageBox.StandardButton.Yes:
            return
        if run_safely(self, lambda: timetable.remove_meeting(self.db, actor=current_actor(),
                                                             meeting_id=slot.id) or True):
            self.changed.emit()
            self.refresh()
