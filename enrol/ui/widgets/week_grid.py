"""A week drawn as the centre's paper timetable: weekdays across, hours down, each meeting a block with its
group, room or teacher and "children / seats". Click selects a meeting, double-click opens it."""
from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from enrol.services.centre.timetable import SlotInfo

FIRST_HOUR, LAST_HOUR = 8, 21
PALETTE = ("#d7e8fb", "#dff3e1", "#fdf0d5", "#f4dff0", "#e3e0f7", "#d9f1f1", "#f9e1d8")


def _minutes(hhmm: str) -> int:
    hours, minutes = hhmm.split(":")
    return int(hours) * 60 + int(minutes)


class WeekGrid(QWidget):
    selected = Signal(int)
    activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weekGrid")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._slots: list[SlotInfo] = []
        self._days: list[str] = [str(d) for d in range(1, 8)]
        self._second: dict[int, str] = {}
        self._boxes: dict[int, QRectF] = {}
        self._current: int | None = None

    def sizeHint(self) -> QSize:
        return QSize(900, 600)

    def set_slots(self, slots: list[SlotInfo], days: list[str], second_line: dict[int, str]) -> None:
        """``second_line``: per meeting id, what the scope does not already say (the room, or the teacher)."""
        self._slots, self._days, self._second = list(slots), days, second_line
        if self._current not in {s.id for s in slots}:
            self._current = None
        self.update()

    def slots(self) -> list[SlotInfo]:
        return list(self._slots)

    def current(self) -> SlotInfo | None:
        return next((s for s in self._slots if s.id == self._current), None)

    def select(self, meeting_id: int | None) -> None:
        self._current = meeting_id
        self.update()

    def box_of(self, meeting_id: int) -> QRectF | None:
        """Where a meeting is drawn (laid out when painted; tests click its centre)."""
        self._layout()
        return self._boxes.get(meeting_id)

    def _geometry(self) -> tuple[float, float, float, float]:
        metrics = QFontMetrics(self.font())
        left, top = metrics.horizontalAdvance("00:00") + 12.0, metrics.height() + 10.0
        day_w = (self.width() - left - 4) / 7
        per_minute = (self.height() - top - 4) / ((LAST_HOUR - FIRST_HOUR) * 60)
        return left, top, day_w, per_minute

    def _layout(self) -> list[tuple[SlotInfo, QRectF]]:
        """Each meeting's block; meetings that overlap on a day (a teacher's week can have them) side by side."""
        left, top, day_w, per_minute = self._geometry()
        self._boxes.clear()
        placed_boxes = []
        for weekday in range(1, 8):
            day_slots = sorted((s for s in self._slots if s.weekday == weekday), key=lambda s: (s.start, s.group))
            lanes: list[int] = []
            placed: list[tuple[SlotInfo, int]] = []
            for slot in day_slots:
                lane = next((i for i, end in enumerate(lanes) if end <= _minutes(slot.start)), len(lanes))
                if lane == len(lanes):
                    lanes.append(0)
                lanes[lane] = _minutes(slot.end)
                placed.append((slot, lane))
            width = day_w / max(len(lanes), 1)
            for slot, lane in placed:
                y0 = top + (max(_minutes(slot.start), FIRST_HOUR * 60) - FIRST_HOUR * 60) * per_minute
                y1 = top + (min(_minutes(slot.end), LAST_HOUR * 60) - FIRST_HOUR * 60) * per_minute
                box = QRectF(left + (weekday - 1) * day_w + lane * width, y0, width, max(y1 - y0, 12)).adjusted(
                    2, 1, -2, -1)
                self._boxes[slot.id] = box
                placed_boxes.append((slot, box))
        return placed_boxes

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        left, top, day_w, per_minute = self._geometry()
        painter.setPen(QColor("#33414f"))
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        for day, name in enumerate(self._days):
            painter.drawText(QRectF(left + day * day_w, 0, day_w, top - 2), Qt.AlignmentFlag.AlignCenter, name)
        painter.setFont(self.font())
        for hour in range(FIRST_HOUR, LAST_HOUR + 1):
            y = top + (hour - FIRST_HOUR) * 60 * per_minute
            painter.setPen(QColor("#d5dbe1"))
            painter.drawLine(int(left), int(y), self.width() - 4, int(y))
            painter.setPen(QColor("#33414f"))
            painter.drawText(QRectF(0, y - 8, left - 6, 16), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             f"{hour}:00")
        for day in range(8):
            x = left + day * day_w
            painter.setPen(QColor("#b8c2cc"))
            painter.drawLine(int(x), int(top), int(x), self.height() - 4)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        for slot, box in self._layout():
            over = slot.children > slot.seats
            painter.setBrush(QColor("#f6c9c9") if over else QColor(PALETTE[sum(map(ord, slot.group)) % len(PALETTE)]))
            painter.setPen(QPen(QColor("#1f3a5f"), 3) if slot.id == self._current else QPen(QColor("#7a8896"), 1))
            painter.drawRoundedRect(box, 3, 3)
            painter.setPen(QColor("#17202a"))
            painter.setFont(bold)
            inner = box.adjusted(4, 2, -4, -2)
            line = painter.fontMetrics().height()
            painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                             painter.fontMetrics().elidedText(slot.group, Qt.TextElideMode.ElideRight, int(inner.width())))
            painter.setFont(small)
            rest = [f"{slot.start}–{slot.end}", self._second.get(slot.id, ""), f"{slot.children} / {slot.seats}"]
            y = inner.top() + line
            for text in rest:
                if text and y + painter.fontMetrics().height() <= inner.bottom() + 2:
                    painter.drawText(QRectF(inner.left(), y, inner.width(), line),
                                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                                     painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight,
                                                                      int(inner.width())))
                    y += painter.fontMetrics().height()
            painter.setFont(self.font())
        painter.end()

    def _slot_at(self, event: QMouseEvent) -> SlotInfo | None:
        for slot in self._slots:
            box = self._boxes.get(slot.id)
            if box is not None and box.contains(event.position()):
                return slot
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        slot = self._slot_at(event)
        self.select(slot.id if slot else None)
        if slot is not None:
            self.selected.emit(slot.id)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        slot = self._slot_at(event)
        if slot is not None:
            self.activated.emit(slot.id)
        super().mouseDoubleClickEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        slot = self._slot_at(event)
        self.setToolTip(f"{slot.group} · {slot.club}\n{slot.start}–{slot.end} · {slot.room} · {slot.teacher or '—'}\n"
                        f"{slot.children} / {slot.seats}" if slot else "")
        super().mouseMoveEvent(event)
