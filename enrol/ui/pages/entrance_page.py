"""The entrance desk: one field a USB scanner types into (digits, then Enter), the result large and coloured
with a sound, a type-ahead search for a forgotten card with *In* / *Out*, and the last 20 scans with undo.

The scan field takes the focus back after every action, so the next child's card always lands in it."""
from __future__ import annotations

import platform

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QApplication, QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QVBoxLayout, QWidget,
)

from enrol.db.engine import Database
from enrol.domain.errors import EnrolError
from enrol.i18n import format_date, render_error, tr
from enrol.services.entrance import pickup, scans
from enrol.services.entrance.scans import LogLine, PickupRefused, ScanResult
from enrol.ui.models.rows_model import Column, RowsTableModel
from enrol.ui.pages.base import Page
from enrol.ui.widgets.tables import table
from enrol.ui.session import current_actor

COLOURS = {"green": ("#1b5e20", "#e8f5e9"), "amber": ("#8d6e00", "#fff8e1"), "red": ("#b71c1c", "#ffebee"),
           "idle": ("#455a64", "#eceff1")}
RECENT = 20


class EntrancePage(Page):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.setObjectName("entrancePage")
        self.desk = platform.node() or None
        self.colour = "idle"
        self.last_child: int | None = None

        self.scan = QLineEdit(self)
        self.scan.setObjectName("scanField")
        big = QFont(self.scan.font())
        big.setPointSizeF(big.pointSizeF() * 1.8)
        self.scan.setFont(big)
        self.scan.returnPressed.connect(self._scanned)

        self.result = QFrame(self)
        self.result.setObjectName("scanResult")
        self.result.setFrameShape(QFrame.Shape.StyledPanel)
        self.status_label, self.name_label, self.details_label, self.notices_label = (QLabel(self.result)
                                                                                      for _ in range(4))
        for label, name, scale in ((self.status_label, "resultStatus", 3.0), (self.name_label, "resultName", 2.2),
                                   (self.details_label, "resultDetails", 1.3), (self.notices_label, "resultNotices", 1.3)):
            label.setObjectName(name)
            label.setWordWrap(True)
            font = QFont(label.font())
            font.setPointSizeF(font.pointSizeF() * scale)
            font.setBold(label is not self.details_label)
            label.setFont(font)
        inner = QVBoxLayout(self.result)
        header = QHBoxLayout()
        header.addWidget(self.status_label)
        header.addWidget(self.name_label, 1)
        inner.addLayout(header)
        inner.addWidget(self.details_label)
        inner.addWidget(self.notices_label)

        self.inside_label = QLabel(self)
        self.inside_label.setObjectName("insideCount")

        # a forgotten card: the Children page's search, then In / Out
        self.search = QLineEdit(self)
        self.search.setObjectName("entranceSearch")
        self.search.setClearButtonEnabled(True)
        self.found = QListWidget(self)
        self.found.setObjectName("entranceFound")
        self.found.setMaximumHeight(140)
        self.collected_by = QComboBox(self)
        self.collected_by.setObjectName("collectedBy")
        self.collected_by.setEditable(True)
        self.in_button, self.out_button, self.undo_button = QPushButton(self), QPushButton(self), QPushButton(self)
        self.in_button.setObjectName("manualIn")
        self.out_button.setObjectName("manualOut")
        self.undo_button.setObjectName("undoScan")
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self._search)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.found.currentRowChanged.connect(lambda _row: self._chosen())
        self.in_button.clicked.connect(lambda: self._manual("in"))
        self.out_button.clicked.connect(lambda: self._manual("out"))
        self.undo_button.clicked.connect(self._undo)

        self.recent: RowsTableModel[LogLine] = RowsTableModel([
            Column(lambda: self.tr("Time"), lambda s: f"{s.at:%H:%M:%S}"),
            Column(lambda: self.tr("Child"), lambda s: s.child, stretch=True),
            Column(lambda: self.tr("In/out"), self._direction),
            Column(lambda: self.tr("Collected by"), lambda s: s.collected_by or ""),
            Column(lambda: self.tr("Desk"), lambda s: s.desk or ""),
        ], self)
        self.recent_view = table(self, self.recent, "recentScans")

        self.search_title, self.collected_title, self.recent_title = QLabel(self), QLabel(self), QLabel(self)
        manual = QGridLayout()
        manual.addWidget(self.search_title, 0, 0, 1, 2)
        manual.addWidget(self.search, 1, 0, 1, 2)
        manual.addWidget(self.found, 2, 0, 1, 2)
        manual.addWidget(self.collected_title, 3, 0, 1, 2)
        manual.addWidget(self.collected_by, 4, 0, 1, 2)
        manual.addWidget(self.in_button, 5, 0)
        manual.addWidget(self.out_button, 5, 1)
        manual.setRowStretch(6, 1)
        lower = QHBoxLayout()
        side = QWidget(self)
        side.setLayout(manual)
        side.setMaximumWidth(440)
        lower.addWidget(side)
        history = QVBoxLayout()
        heading = QHBoxLayout()
        heading.addWidget(self.recent_title, 1)
        heading.addWidget(self.undo_button)
        history.addLayout(heading)
        history.addWidget(self.recent_view, 1)
        lower.addLayout(history, 1)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.scan, 1)
        top.addWidget(self.inside_label)
        layout.addLayout(top)
        layout.addWidget(self.result)
        layout.addLayout(lower, 1)
        # A scan arriving while the desk had clicked the list or a button still lands in the scan field.
        for widget in (self.recent_view, self.found, self.in_button, self.out_button, self.undo_button, self.result):
            widget.installEventFilter(self)
        self.retranslateUi()
        self._show_idle()

    # --- texts -----------------------------------------------------------------------------------------

    def retranslateUi(self) -> None:
        self.scan.setPlaceholderText(self.tr("Scan a card (or type its 10 digits and press Enter)"))
        self.search.setPlaceholderText(self.tr("Forgotten card: surname or name, in any script"))
        self.search_title.setText(self.tr("Forgotten card"))
        self.collected_title.setText(self.tr("Collected by"))
        self.recent_title.setText(self.tr("Last %1 scans").replace("%1", str(RECENT)))
        self.in_button.setText(self.tr("In"))
        self.out_button.setText(self.tr("Out"))
        self.undo_button.setText(self.tr("Undo the selected scan"))
        self.recent.retranslate()

    def _direction(self, line: LogLine) -> str:
        text = self.tr("IN") if line.direction == "in" else self.tr("OUT")
        return text + (" " + self.tr("(undone)") if line.undone else "")

    # --- page ------------------------------------------------------------------------------------------

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self.refocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.text().isdigit():
            self.refocus()
            self.scan.insert(event.text())
            return True
        return super().eventFilter(watched, event)

    def refocus(self) -> None:
        self.scan.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        try:
            count, capacity = scans.inside_count(self.db, actor=current_actor())
            lines = scans.entrance_log(self.db, actor=current_actor(), limit=RECENT)
        except EnrolError as error:
            self._show_error(error)
            return
        self.inside_label.setText(self.tr("Inside: %1 of %2").replace("%1", str(count)).replace("%2", str(capacity)))
        self.recent.set_rows(lines)

    # --- scans -----------------------------------------------------------------------------------------

    def _scanned(self) -> None:
        text = self.scan.text()
        self.scan.clear()
        if not text.strip():
            return
        collector = self.collected_by.currentText().strip() or None
        try:
            result = scans.scan_card(self.db, actor=current_actor(), code=text, desk=self.desk, collected_by=collector)
        except EnrolError as error:
            self._show_error(error)
        else:
            self._show(result)
        self.refocus()

    def _manual(self, direction: str) -> None:
        child = self._current_child()
        if child is None:
            self.refocus()
            return
        collector = self.collected_by.currentText().strip() or None
        try:
            if direction == "in":
                result = scans.check_in(self.db, actor=current_actor(), child=child, desk=self.desk)
            else:
                result = scans.check_out(self.db, actor=current_actor(), child=child, desk=self.desk,
                                         collected_by=collector)
        except EnrolError as error:
            self._show_error(error)
        else:
            self._show(result)
        self.refocus()

    def _undo(self) -> None:
        line = self.recent.row(self.recent_view.currentIndex().row())
        if line is not None:
            try:
                scans.undo_scan(self.db, actor=current_actor(), scan_id=line.scan_id)
            except EnrolError as error:
                self._show_error(error)
            else:
                self._paint("amber", self.tr("UNDONE"), line.child, "", "")
                self.refresh()
                self.changed.emit()
        self.refocus()

    # --- the result ----------------------------------------------------------------------------------

    def _show(self, result: ScanResult) -> None:
        self.last_child = result.child_id
        status = self.tr("IN") if result.status == "in" else self.tr("OUT")
        parts = [self.tr("%1 years").replace("%1", str(result.age))]
        for item in result.today:
            what = self.tr("appointment") if item.kind == "appointment" else item.what
            room = self.tr("room %1").replace("%1", item.room)
            parts.append(f"{item.start}–{item.end} {what}, {room}")
        if result.collected_by:
            parts.append(self.tr("collected by %1").replace("%1", result.collected_by))
        notices = [tr(n.message, **n.params) for n in result.notices]
        self._paint(result.colour, status, result.full_name, " · ".join(parts), "\n".join(notices))
        self.collected_by.clearEditText()
        self.refresh()
        self.changed.emit()

    def _show_error(self, error: EnrolError) -> None:
        self._paint("red", "✕", render_error(error), "", "")
        if isinstance(error, PickupRefused):
            self.last_child = error.child_id
            self.collected_by.clear()
            self.collected_by.addItems(error.collectors)
            self.collected_by.setCurrentIndex(-1)

    def _paint(self, colour: str, status: str, name: str, details: str, notices: str) -> None:
        self.colour = colour
        foreground, background = COLOURS[colour]
        self.result.setStyleSheet(f"#scanResult {{ background: {background}; border: 3px solid {foreground}; }}"
                                  f" QLabel {{ color: {foreground}; }}")
        self.result.setProperty("colour", colour)
        self.status_label.setText(status)
        self.name_label.setText(name)
        self.details_label.setText(details)
        self.notices_label.setText(notices)
        self.notices_label.setVisible(bool(notices))
        if colour != "idle":
            QApplication.beep()

    def _show_idle(self) -> None:
        self._paint("idle", "", self.tr("Ready: scan a card"), "", "")

    # --- forgotten card --------------------------------------------------------------------------------

    def _search(self) -> None:
        text = self.search.text().strip()
        self.found.clear()
        if len(text) < 2:
            return
        try:
            rows = scans.find_at_door(self.db, actor=current_actor(), text=text, limit=15)
        except EnrolError as error:
            self._show_error(error)
            return
        for child in rows:
            item = QListWidgetItem(f"{child.full_name} ({format_date(child.birth_date)})")
            item.setData(Qt.ItemDataRole.UserRole, child.child_id)
            self.found.addItem(item)

    def _current_child(self) -> int | None:
        item = self.found.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def _chosen(self) -> None:
        child = self._current_child()
        if child is None:
            return
        try:
            _alone, people = pickup.who_may_collect(self.db, actor=current_actor(), child=child)
        except EnrolError:
            return
        self.collected_by.clear()
        self.collected_by.addItems([p.full_name for p in people])
        self.collected_by.setCurrentIndex(-1)
