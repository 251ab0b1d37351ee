"""The attendance page's other tabs: a group's month (the printed sheet's grid) with every group's rate, the
children absent too many times in a row (for the registrar's call), and one child's attendance."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDateEdit, QHBoxLayout, QHeaderView, QLabel, QSplitter, QTableView, QTextBrowser,
    QVBoxLayout, QWidget,
)

from enrol import i18n
from enrol.db.engine import Database
from enrol.domain.attendance_rules import MARKS, format_rate, month_bounds
from enrol.services.people import children
from enrol.services.attendance import month as attendance_reports
from enrol.services.centre import groups
from enrol.services.attendance.marks import AbsenceAlert
from enrol.services.attendance.month import ChildGroupAttendance, GroupRate
from enrol.services.context import now
from enrol.ui.errors import run_safely
from enrol.ui.models.attendance_month_model import AttendanceMonthModel
from enrol.ui.models.rows_model import Column, RowsTableModel
from enrol.ui.session import current_actor
from enrol.ui.widgets.child_picker import ChildPicker
from enrol.ui.dates import adopt


def _table(parent: QWidget, model: object, name: str) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)  # type: ignore[arg-type]
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in getattr(model, "stretch_columns", list)():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    return table


def _count_columns(counts_of) -> list[Column]:  # type: ignore[no-untyped-def, type-arg]
    """Present, late, absent, excused and the rate, for any row that has ``MarkCounts``."""
    return [
        Column(lambda: QCoreApplication.translate("AttendanceCounts", "Present"), lambda r: counts_of(r).present,
               align_right=True),
        Column(lambda: QCoreApplication.translate("AttendanceCounts", "Late"), lambda r: counts_of(r).late,
               align_right=True),
        Column(lambda: QCoreApplication.translate("AttendanceCounts", "Absent"), lambda r: counts_of(r).absent,
               align_right=True),
        Column(lambda: QCoreApplication.translate("AttendanceCounts", "Excused"), lambda r: counts_of(r).excused,
               align_right=True),
        Column(lambda: QCoreApplication.translate("AttendanceCounts", "Rate"),
               lambda r: format_rate(counts_of(r).rate), align_right=True),
    ]


class MonthView(QWidget):
    """One group's month as the printed sheet lays it out, and every group's rate that month."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attendanceMonth")
        self.db = db
        self.group = QComboBox(self)
        self.group.setObjectName("monthGroup")
        self.group.setMinimumWidth(220)
        self.only_groups: list[str] | None = None  # a teacher's own groups (set by the page), None: every group
        today = now().date()
        self.month = QDateEdit(QDate(today.year, today.month, 1), self)
        adopt(self.month, month=True)
        self.grid_model = AttendanceMonthModel(self)
        self.grid = _table(self, self.grid_model, "monthGrid")
        self.summary = QLabel(self)
        self.rates_model: RowsTableModel[GroupRate] = RowsTableModel([
            Column(lambda: self.tr("Group"), lambda r: r.group),
            Column(lambda: self.tr("Club"), lambda r: r.club, stretch=True),
            Column(lambda: self.tr("Teacher"), lambda r: r.teacher),
            *_count_columns(lambda r: r.counts),
        ], self)
        self.rates = _table(self, self.rates_model, "groupRates")
        self._labels = [QLabel(self), QLabel(self)]
        bar = QHBoxLayout()
        for widget in (self._labels[0], self.group, self._labels[1], self.month):
            bar.addWidget(widget)
        bar.addStretch(1)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(bar)
        top_layout.addWidget(self.grid, 1)
        top_layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(self.rates)
        splitter.setSizes([500, 220])
        QVBoxLayout(self).addWidget(splitter)
        self.group.currentIndexChanged.connect(lambda _i: self._load_grid())
        self.month.dateChanged.connect(lambda _d: self.refresh())
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self._labels[0].setText(self.tr("Group:"))
        self._labels[1].setText(self.tr("Month:"))
        self.grid_model.retranslate()
        self.rates_model.retranslate()

    def chosen_month(self) -> dt.date:
        return self.month.date().toPython().replace(day=1)

    def refresh(self) -> None:
        if self.group.count() == 0:
            found = run_safely(self, lambda: groups.list_groups(self.db)) or []
            self.group.blockSignals(True)
            for info in found:
                if self.only_groups is not None and info.code not in self.only_groups:
                    continue
                self.group.addItem(f"{info.code} — {info.club}", info.code)
            self.group.blockSignals(False)
        first, last = month_bounds(self.chosen_month())
        self.rates_model.set_rows(run_safely(self, lambda: attendance_reports.group_rates(
            self.db, actor=current_actor(), first=first, last=last)) or [])
        self._load_grid()

    def show_group(self, code: str) -> None:
        index = self.group.findData(code)
        if index >= 0:
            self.group.setCurrentIndex(index)

    def _load_grid(self) -> None:
        code = self.group.currentData()
        grid = run_safely(self, lambda: attendance_reports.month_grid(
            self.db, actor=current_actor(), group=code, month=self.chosen_month())) if code else None
        self.grid_model.set_grid(grid)
        if grid is None:
            self.summary.setText("")
            return
        counts = grid.counts
        self.summary.setText(self.tr("%1 sessions, %2 children; attended %3 of %4 marks (%5).")
                             .replace("%1", str(len(grid.dates))).replace("%2", str(len(grid.rows)))
                             .replace("%3", str(counts.attended)).replace("%4", str(counts.recorded))
                             .replace("%5", format_rate(counts.rate)))


class AbsencesView(QWidget):
    """Children whose latest marks are the ``absence_alert`` setting's number of absences in a row."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("absences")
        self.db = db
        self.only_groups: list[str] | None = None  # a teacher's own groups (set by the page), None: every group
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.model: RowsTableModel[AbsenceAlert] = RowsTableModel([
            Column(lambda: self.tr("Child"), lambda a: a.child, stretch=True),
            Column(lambda: self.tr("Group"), lambda a: a.group),
            Column(lambda: self.tr("Absences in a row"), lambda a: a.absences, align_right=True),
            Column(lambda: self.tr("Guardian"), lambda a: a.guardian),
            Column(lambda: self.tr("Phone"), lambda a: a.phone),
        ], self)
        self.table = _table(self, self.model, "absencesTable")
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.intro.setText(self.tr("Children absent without a reason at their latest sessions, as many times in a "
                                   "row as the setting «absence_alert» says. Call the guardian; an excused "
                                   "absence or a presence ends the run."))
        self.model.retranslate()

    def refresh(self) -> None:
        found = run_safely(self, lambda: attendance_reports.absence_alerts(self.db)) or []
        self.model.set_rows([a for a in found if self.only_groups is None or a.group in self.only_groups])


class ChildAttendanceView(QWidget):
    """One child's attendance in each of their groups, with the latest marks."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("childAttendance")
        self.db = db
        self.picker = ChildPicker(lambda text: children.search_children(self.db, text=text, limit=30), self)
        self.model: RowsTableModel[ChildGroupAttendance] = RowsTableModel([
            Column(lambda: self.tr("Group"), lambda g: g.group),
            Column(lambda: self.tr("Club"), lambda g: g.club, stretch=True),
            *_count_columns(lambda g: g.counts),
        ], self)
        self.table = _table(self, self.model, "childGroups")
        self.recent = QTextBrowser(self)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.table, 1)
        right_layout.addWidget(self.recent, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.picker)
        splitter.addWidget(right)
        splitter.setSizes([320, 800])
        QVBoxLayout(self).addWidget(splitter)
        self.picker.picked.connect(lambda _id: self.refresh())
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.picker.set_placeholder(self.tr("Type a surname, name or IIN…"))
        self.model.retranslate()

    def refresh(self) -> None:
        child = self.picker.child_id()
        found = run_safely(self, lambda: attendance_reports.child_attendance(
            self.db, actor=current_actor(), child=child)) if child is not None else None
        self.model.set_rows(found.groups if found else [])
        if found is None:
            self.recent.setPlainText("")
            return
        lines = [f"{found.child}: " + self.tr("attended %1 of %2 marked sessions (%3)")
                 .replace("%1", str(found.counts.attended)).replace("%2", str(found.counts.recorded))
                 .replace("%3", format_rate(found.counts.rate))]
        for group in found.groups:
            lines.append("")
            lines.append(f"{group.group} · {group.club}")
            lines += [f"  {i18n.format_date(day)}  {i18n.translate(MARKS[mark])}"
                      for day, mark in group.marks[:20]]
        self.recent.setPlainText("\n".join(lines))
