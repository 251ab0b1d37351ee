"""The week at a glance: weekdays down, the day's hours across, each half hour coloured by how many children
are expected against the capacity, cells over it marked red with a frame; the peak is named above.

Texts (weekday names, the peak sentence) are handed in by the page, which translates them.
"""
from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from enrol.services.enrolment.occupancy import SLOT_MINUTES, WeekProfile

FIRST_HOUR, LAST_HOUR = 8, 21  # the centre's day; meetings outside it still count in the peak sentence


def heat_colour(load: int, capacity: int) -> QColor:
    """White when nobody is expected, pale to deep blue as the load nears capacity, red above it."""
    if load <= 0:
        return QColor("#f7f9fb")
    if capacity <= 0 or load > capacity:
        return QColor("#d63a3a")
    share = load / capacity
    light, deep = QColor("#dceaf7"), QColor("#1f4e8c")
    return QColor.fromRgbF(light.redF() + (deep.redF() - light.redF()) * share,
                           light.greenF() + (deep.greenF() - light.greenF()) * share,
                           light.blueF() + (deep.blueF() - light.blueF()) * share)


class HeatMap(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("heatMap")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self._profile: WeekProfile | None = None
        self._days: list[str] = [str(d) for d in range(1, 8)]
        self._cells: list[tuple[QRectF, int, int, int]] = []  # rect, weekday, slot, load

    def sizeHint(self) -> QSize:
        return QSize(900, 330)

    def minimumSizeHint(self) -> QSize:
        return QSize(520, 220)

    def set_profile(self, profile: WeekProfile | None, weekday_names: list[str]) -> None:
        self._profile = profile
        self._days = weekday_names
        self.update()

    def profile(self) -> WeekProfile | None:
        return self._profile

    def over_cells(self) -> list[tuple[int, int, int]]:
        """(weekday, minute, load) of every half hour drawn over capacity."""
        if self._profile is None:
            return []
        return [(weekday + 1, slot * SLOT_MINUTES, load) for weekday, day in enumerate(self._profile.slots)
                for slot, load in enumerate(day) if load > self._profile.capacity]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        metrics = painter.fontMetrics()
        left = max(metrics.horizontalAdvance(day) for day in self._days) + 14
        top, bottom, right = metrics.height() + 8, 34.0, metrics.horizontalAdvance("21:00") / 2 + 6
        slots = list(range(FIRST_HOUR * 60 // SLOT_MINUTES, LAST_HOUR * 60 // SLOT_MINUTES))
        cell_w = (self.width() - left - right) / len(slots)
        cell_h = (self.height() - top - bottom) / 7
        painter.setPen(QColor("#33414f"))
        for hour in range(FIRST_HOUR, LAST_HOUR + 1):
            x = left + (hour * 60 // SLOT_MINUTES - slots[0]) * cell_w
            painter.drawText(QRectF(x - 30, 0, 60, top - 4), Qt.AlignmentFlag.AlignCenter, f"{hour}:00")
        self._cells = []
        profile = self._profile
        for row, day in enumerate(self._days):
            y = top + row * cell_h
            painter.setPen(QColor("#33414f"))
            painter.drawText(QRectF(0, y, left - 8, cell_h), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                             day)
            for column, slot in enumerate(slots):
                load = profile.slots[row][slot] if profile else 0
                rect = QRectF(left + column * cell_w, y, cell_w, cell_h).adjusted(0.5, 0.5, -0.5, -0.5)
                painter.fillRect(rect, heat_colour(load, profile.capacity if profile else 0))
                self._cells.append((rect, row + 1, slot, load))
                if profile and load > profile.capacity:
                    painter.setPen(QPen(QColor("#7a0000"), 2))
                    painter.drawRect(rect.adjusted(1, 1, -1, -1))
                is_peak = (profile is not None and profile.peak and profile.peak_weekday == row + 1
                           and profile.peak_minute is not None and profile.peak_minute // SLOT_MINUTES == slot)
                if is_peak:
                    painter.setPen(QPen(QColor("#111111"), 2.5))
                    painter.drawRect(rect)
        # the scale: what the colours mean
        scale_y = self.height() - bottom + 10
        steps = 10
        width = min(260.0, self.width() - left - 20)
        for i in range(steps + 1):
            capacity = 100
            painter.fillRect(QRectF(left + i * width / (steps + 1), scale_y, width / (steps + 1), 14),
                             heat_colour(i * 10 if i else 0, capacity))
        painter.fillRect(QRectF(left + width + 8, scale_y, 22, 14), heat_colour(2, 1))
        painter.setPen(QColor("#33414f"))
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        painter.setFont(small)
        painter.drawText(QRectF(left + width + 34, scale_y - 2, 200, 18), Qt.AlignmentFlag.AlignVCenter,
                         "> 100%")
        painter.drawText(QRectF(left - 40, scale_y - 2, 36, 18),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, "0%")
        painter.end()

    def mouseMoveEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        for rect, weekday, slot, load in self._cells:
            if rect.contains(event.position()):
                minute = slot * SLOT_MINUTES
                capacity = self._profile.capacity if self._profile else 0
                self.setToolTip(f"{self._days[weekday - 1]} {minute // 60}:{minute % 60:02d}–"
                                f"{(minute + SLOT_MINUTES) // 60}:{(minute + SLOT_MINUTES) % 60:02d}: "
                                f"{load} / {capacity}")
                break
        super().mouseMoveEvent(event)
