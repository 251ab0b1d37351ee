"""Attendance: a teacher's sessions of the day and the register of one — one tap per child on the mark's
column, "everyone present" in one action, corrections that keep who and when. The other tabs show a group's
month (the printed sheet's grid), the children absent too often in a row, and one child's attendance.

Until sign-in exists the teacher is chosen in a list (or all teachers are shown); the services already take
the acting user, so the window only has to pass the signed-in teacher.
"""
from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDateEdit, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton, QSplitter,
    QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from enrol import i18n
from enrol.db.engine import Database
from enrol.domain.attendance_rules import MARKS
from enrol.services.attendance import marks as attendance
from enrol.services.centre import staff
from enrol.services.attendance.marks import SessionInfo, SessionSheet
from enrol.services.context import now
from enrol.ui.errors import run_safely
from enrol.ui.models.attendance_session_model import AttendanceSessionModel
from enrol.ui.models.rows_model import Column, RowsTableModel
from enrol.ui.pages.base import Page
from enrol.ui.session import current_actor
from enrol.ui.widgets.attendance_views import AbsencesView, ChildAttendanceView, MonthView
from enrol.ui.dates import adopt


def table_view(parent: QWidget, model: object, name: str) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)  # type: ignore[arg-type]
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class AttendancePage(Page):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.setObjectName("attendancePage")
        self._sheet: SessionSheet | None = None
        today = now().date()
        self.day = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.day.setObjectName("attendanceDay")
        self.day.setCalendarPopup(True)
        adopt(self.day)
        self.day.setMaximumDate(QDate(today.year, today.month, today.day))
        self.today_button = QPushButton(self)
        self.teacher = QComboBox(self)
        self.teacher.setObjectName("teacherCombo")
        self.teacher.setMinimumWidth(260)
        self._day_label, self._teacher_label = QLabel(self), QLabel(self)
        self.sessions_model: RowsTableModel[SessionInfo] = RowsTableModel([
            Column(lambda: self.tr("Time"), lambda s: f"{s.start}–{s.end}"),
            Column(lambda: self.tr("Group"), lambda s: s.group),
            Column(lambda: self.tr("Room"), lambda s: s.room),
            Column(lambda: self.tr("Marked"), lambda s: f"{s.marked}/{s.enrolled}", align_right=True),
        ], self)
        self.sessions = table_view(self, self.sessions_model, "sessionsTable")
        self.sessions.horizontalHeader().setStretchLastSection(False)
        self.header = QLabel(self)
        self.header.setObjectName("registerHeader")
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.all_present_button = QPushButton(self)
        self.all_present_button.setObjectName("allPresentButton")
        self.clear_button = QPushButton(self)
        self.history_button = QPushButton(self)
        self.register_model = AttendanceSessionModel(self)
        self.register = table_view(self, self.register_model, "registerTable")
        self.register.verticalHeader().setDefaultSectionSize(36)  # a finger-sized row on a touch screen
        self.register.setWordWrap(False)
        for column in AttendanceSessionModel.MARK_COLUMNS:  # widths follow the header text (retranslateUi)
            self.register.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        self.register.horizontalHeader().setSectionResizeMode(AttendanceSessionModel.COL_FLAG,
                                                              QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel(self)
        self.month_view = MonthView(db, self)
        self.absences_view = AbsencesView(db, self)
        self.child_view = ChildAttendanceView(db, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("attendanceTabs")
        self.tabs.addTab(self._sessions_tab(), "")
        for view in (self.month_view, self.absences_view, self.child_view):
            self.tabs.addTab(view, "")
        layout = QVBoxLayout(self)
        layout.addLayout(self._top_bar())
        layout.addWidget(self.tabs, 1)
        self.day.dateChanged.connect(lambda _d: self.refresh())
        self.today_button.clicked.connect(self._go_today)
        self.teacher.currentIndexChanged.connect(lambda _i: self._load_sessions())
        self.sessions.selectionModel().currentRowChanged.connect(lambda *_: self._load_register())
        self.register.clicked.connect(self.tap)
        self.register.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.all_present_button.clicked.connect(self.everyone_present)
        self.clear_button.clicked.connect(self.clear_selected)
        self.history_button.clicked.connect(self.show_history)
        self.tabs.currentChanged.connect(lambda _i: self._refresh_tab())
        self.retranslateUi()

    def _top_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        for widget in (self._day_label, self.day, self.today_button, self._teacher_label, self.teacher):
            bar.addWidget(widget)
        bar.addStretch(1)
        return bar

    def _sessions_tab(self) -> QWidget:
        right = QWidget(self)
        buttons = QHBoxLayout()
        for button in (self.all_present_button, self.clear_button, self.history_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.header)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.register, 1)
        right_layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.sessions)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([340, 890])  # the day's sessions whole, "Marked" included, on a 1366-px screen
        return splitter


    def retranslateUi(self) -> None:
        adopt(self.day)
        self._day_label.setText(self.tr("Day:"))
        self._teacher_label.setText(self.tr("Teacher:"))
        self.today_button.setText(self.tr("Today"))
        self.all_present_button.setText(self.tr("Everyone present"))
        self.all_present_button.setToolTip(self.tr("Marks every child without a mark present; marks already "
                                                   "given stay"))
        self.clear_button.setText(self.tr("Remove the mark"))
        self.history_button.setText(self.tr("History…"))
        for index, text in enumerate((self.tr("Sessions"), self.tr("Month"), self.tr("Absent in a row"),
                                      self.tr("A child"))):
            self.tabs.setTabText(index, text)
        if self.teacher.count():
            self.teacher.setItemText(0, self.tr("All teachers"))
        self.sessions_model.retranslate()
        self.register_model.retranslate()
        self._size_mark_columns()
        self._show_register()

    def _size_mark_columns(self) -> None:
        """Each one-tap column as wide as its header ("По уваж. причине" runs long), never narrower than a
        finger (84 px): a clipped header leaves the teacher guessing which column marks what."""
        header = self.register.horizontalHeader()
        metrics, headers = header.fontMetrics(), self.register_model.headers()
        for column in AttendanceSessionModel.MARK_COLUMNS:
            self.register.setColumnWidth(column, max(84, metrics.horizontalAdvance(headers[column]) + 24))

    # --- data --------------------------------------------------------------------------------------------
    def selected_day(self) -> dt.date:
        return self.day.date().toPython()

    def refresh(self) -> None:
        today = now().date()
        self.day.setMaximumDate(QDate(today.year, today.month, today.day))
        if self.teacher.count() == 0:
            self._limit_to_own_groups()
            self._fill_teachers()
        self._load_sessions()
        self._refresh_tab()

    def _refresh_tab(self) -> None:
        view = self.tabs.currentWidget()
        if view in (self.month_view, self.absences_view, self.child_view):
            view.refresh()  # type: ignore[union-attr]

    def _limit_to_own_groups(self) -> None:
        """A teacher sees their own groups only: no choice of teacher, and the other tabs list their groups
        alone, so nothing on the page can only refuse them."""
        own = run_safely(self, lambda: attendance.own_groups(self.db, actor=current_actor()))
        self.month_view.only_groups = self.absences_view.only_groups = own
        for widget in (self._teacher_label, self.teacher):
            widget.setVisible(own is None)

    def _fill_teachers(self) -> None:
        people = run_safely(self, lambda: staff.list_staff(self.db, position="teacher")) or []
        self.teacher.blockSignals(True)
        self.teacher.addItem(self.tr("All teachers"), None)
        for person in people:
            self.teacher.addItem(person.full_name, person.id)
        self.teacher.blockSignals(False)

    def _go_today(self) -> None:
        today = now().date()
        self.day.setDate(QDate(today.year, today.month, today.day))

    def _load_sessions(self) -> None:
        current = self.current_group()
        found = run_safely(self, lambda: attendance.sessions_on(
            self.db, actor=current_actor(), day=self.selected_day(), teacher_id=self.teacher.currentData()))
        self.sessions_model.set_rows(found or [])
        groups = [s.group for s in self.sessions_model.rows()]
        row = groups.index(current) if current in groups else (0 if groups else -1)
        if row >= 0:
            self.sessions.selectRow(row)
        self._load_register()

    def current_group(self) -> str | None:
        chosen = self.sessions_model.row(self.sessions.currentIndex().row())
        return chosen.group if chosen else None

    def select_group(self, code: str) -> None:
        groups = [s.group for s in self.sessions_model.rows()]
        if code in groups:
            self.sessions.selectRow(groups.index(code))

    def _load_register(self) -> None:
        code = self.current_group()
        self._sheet = run_safely(self, lambda: attendance.session_sheet(
            self.db, actor=current_actor(), group=code, day=self.selected_day())) if code else None
        self._show_register()

    def _show_register(self) -> None:
        sheet = self._sheet
        selected = self.register.currentIndex()
        self.register_model.set_rows(sheet.rows if sheet else [])
        if selected.isValid() and selected.row() < self.register_model.rowCount():
            self.register.setCurrentIndex(self.register_model.index(selected.row(), selected.column()))
        if sheet is None:
            self.header.setText(self.tr("<p>No session chosen: pick a day and a group on the left.</p>"))
            self.summary.setText("")
        else:
            day = i18n.format_date(sheet.day)
            times = ", ".join(f"{start}–{end}, " + self.tr("room %1").replace("%1", room)
                              for start, end, room in sheet.times)
            self.header.setText(f"<h2>{sheet.group} · {sheet.club}</h2><p>{day} · {times}"
                                + (f" · {sheet.teacher}" if sheet.teacher else "") + "</p>")
            counts = {mark: sum(1 for r in sheet.rows if r.mark == mark) for mark in MARKS}
            parts = [f"{i18n.translate(MARKS[mark])}: {n}" for mark, n in counts.items()]
            self.summary.setText(self.tr("%1 children, %2 not marked yet.").replace("%1", str(len(sheet.rows)))
                                 .replace("%2", str(sheet.unmarked)) + "  " + " · ".join(parts))
        self._update_buttons()

    def _update_buttons(self) -> None:
        sheet = self._sheet
        self.all_present_button.setEnabled(sheet is not None and sheet.unmarked > 0)
        chosen = self.register_model.row(self.register.currentIndex().row())
        self.clear_button.setEnabled(chosen is not None and chosen.mark is not None)
        self.history_button.setEnabled(chosen is not None)

    # --- actions -----------------------------------------------------------------------------------------
    def tap(self, index: QModelIndex) -> None:
        """A tap on a mark's cell gives the child that mark (a correction when another was there)."""
        mark = self.register_model.mark_of_column(index.column())
        row = self.register_model.row(index.row())
        if mark is not None and row is not None and row.mark != mark:
            self.set_mark(row.child_id, mark)

    def set_mark(self, child_id: int, mark: str | None) -> None:
        sheet = self._sheet
        if sheet is None:
            return
        before = next((r.mark for r in sheet.rows if r.child_id == child_id), None)
        outcome = run_safely(self, lambda: attendance.mark_attendance(
            self.db, actor=current_actor(), group=sheet.group, day=sheet.day, marks={child_id: mark}))
        if outcome is not None:
            self._after_marking(outcome, notify="absent" in (before, mark))

    def everyone_present(self) -> None:
        sheet = self._sheet
        if sheet is None:
            return
        outcome = run_safely(self, lambda: attendance.mark_all_present(
            self.db, actor=current_actor(), group=sheet.group, day=sheet.day))
        if outcome is not None:
            self._after_marking(outcome, notify=False)

    def clear_selected(self) -> None:
        chosen = self.register_model.row(self.register.currentIndex().row())
        if chosen is not None and chosen.mark is not None:
            self.set_mark(chosen.child_id, None)

    def _after_marking(self, outcome: attendance.MarkOutcome, *, notify: bool) -> None:
        self._load_register()
        self._update_session_count()
        window = self.window()
        for alert in outcome.alerts:
            if hasattr(window, "show_message"):
                window.show_message(self.tr("%1 has been absent %2 times in a row; the registrar is told.")
                                    .replace("%1", alert.child).replace("%2", str(alert.absences)))
        if notify:  # the registrar's notifications may have changed: let the other pages know
            self.changed.emit()

    def _update_session_count(self) -> None:
        sheet = self._sheet
        row = self.sessions.currentIndex().row()
        info = self.sessions_model.row(row)
        if sheet is None or info is None:
            return
        marked = sum(1 for r in sheet.rows if r.mark is not None)
        rows = self.sessions_model.rows()
        rows[row] = dataclasses.replace(info, marked=marked)
        self.sessions_model.set_rows(rows)
        self.sessions.selectRow(row)

    def show_history(self) -> None:
        sheet, chosen = self._sheet, self.register_model.row(self.register.currentIndex().row())
        if sheet is None or chosen is None:
            return
        found = run_safely(self, lambda: attendance.mark_history(
            self.db, actor=current_actor(), group=sheet.group, child=chosen.child_id, day=sheet.day)) or []

        def word(mark: str | None) -> str:
            return i18n.translate(MARKS[mark]) if mark else "—"

        lines = [f"{i18n.format_date(h.changed_at)}  "
                 f"{h.changed_by}:  "
                 f"{word(h.from_mark)} → {word(h.to_mark)}" for h in found]
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("History of the mark"),
                          chosen.child + "\n\n" + ("\n".join(lines) or self.tr("No marks yet.")),
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("markHistoryBox")
        box.exec()
