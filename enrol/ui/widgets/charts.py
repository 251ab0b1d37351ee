"""Horizontal bar charts drawn with QPainter for the Reports page: one bar per line, the label on the
left (room for long Kazakh and Russian names), an optional darker first part (free places), red bars for
warnings, and a dashed reference line (the city's target, the at-risk rate). Colours match the printed charts.

Texts are handed in by the page, which translates them.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

FREE = QColor("#2f6db5")
PAID = QColor("#f0a23b")
LOW = QColor("#d63a3a")
TEXT = QColor("#33414f")
AXIS = QColor("#7a7a7a")


@dataclass(frozen=True)
class ChartBar:
    label: str
    value: float
    part: float | None = None  # the first, darker share (free places); None: one colour
    text: str | None = None  # shown after the bar; the value by default
    warn: bool = False


class BarChart(QWidget):
    """``set_bars()`` replaces the chart; ``bars()`` gives back what is drawn (for tests and screenshots)."""

    ROW = 20

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self._bars: list[ChartBar] = []
        self._title = ""
        self._legend: list[tuple[str, QColor]] = []
        self._maximum: float | None = None
        self._reference: tuple[float, str] | None = None
        self._empty = ""

    def set_bars(self, bars: Sequence[ChartBar], *, title: str = "", legend: Sequence[tuple[str, QColor]] = (),
                 maximum: float | None = None, reference: tuple[float, str] | None = None, empty: str = "") -> None:
        self._bars, self._title, self._legend = list(bars), title, list(legend)
        self._maximum, self._reference, self._empty = maximum, reference, empty
        self.updateGeometry()
        self.update()

    def bars(self) -> list[ChartBar]:
        return list(self._bars)

    def title(self) -> str:
        return self._title

    def _top(self, metrics: QFontMetrics) -> int:
        legend = self._legend or self._reference is not None  # the reference's text sits on the legend's line
        return (metrics.height() + 6 if self._title else 0) + (metrics.height() + 4 if legend else 0) + 4

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(420, self._top(metrics) + self.ROW * max(1, len(self._bars)) + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        metrics = painter.fontMetrics()
        y = 2.0
        if self._title:
            bold = painter.font()
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(TEXT)
            painter.drawText(QRectF(4, y, self.width() - 8, metrics.height() + 2), Qt.AlignmentFlag.AlignLeft,
                             self._title)
            painter.setFont(self.font())
            y += metrics.height() + 6
        if self._legend:
            x = 4.0
            for text, colour in self._legend:
                painter.fillRect(QRectF(x, y + 3, 11, 10), colour)
                painter.setPen(TEXT)
                painter.drawText(QRectF(x + 15, y, metrics.horizontalAdvance(text) + 4, metrics.height() + 2),
                                 Qt.AlignmentFlag.AlignVCenter, text)
                x += 30 + metrics.horizontalAdvance(text)
            y += metrics.height() + 4
        top = self._top(metrics)
        if not self._bars:
            painter.setPen(AXIS)
            painter.drawText(QRectF(4, top, self.width() - 8, self.ROW), Qt.AlignmentFlag.AlignLeft, self._empty)
            painter.end()
            return
        widest = max(metrics.horizontalAdvance(bar.label) for bar in self._bars)
        label_width = min(widest + 12, self.width() * 0.5)
        numbers = max(metrics.horizontalAdvance(bar.text if bar.text is not None else f"{bar.value:g}")
                      for bar in self._bars) + 10
        span = max(10.0, self.width() - label_width - numbers - 4)
        largest = self._maximum if self._maximum is not None else max([bar.value for bar in self._bars] + [1])
        scale = span / largest if largest else 0
        for index, bar in enumerate(self._bars):
            row = QRectF(0, top + index * self.ROW, self.width(), self.ROW)
            painter.setPen(TEXT)
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(label_width - 10))
            painter.drawText(QRectF(0, row.top(), label_width - 6, self.ROW),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, label)
            length = max(0.0, bar.value * scale)
            colour = LOW if bar.warn else (PAID if bar.part is not None else FREE)
            body = QRectF(label_width, row.top() + 3, length, self.ROW - 6)
            painter.fillRect(body, colour)
            if bar.part:
                painter.fillRect(QRectF(label_width, body.top(), bar.part * scale, body.height()), FREE)
            shown = bar.text if bar.text is not None else f"{bar.value:g}"
            painter.setPen(TEXT)
            painter.drawText(QRectF(label_width + length + 4, row.top(), numbers, self.ROW),
                             Qt.AlignmentFlag.AlignVCenter, shown)
        bottom = top + self.ROW * len(self._bars)
        painter.setPen(QPen(AXIS, 1))
        painter.drawLine(int(label_width), top, int(label_width), bottom)
        if self._reference is not None and scale:
            x = label_width + self._reference[0] * scale
            painter.setPen(QPen(LOW, 1, Qt.PenStyle.DashLine))
            painter.drawLine(int(x), top - 2, int(x), bottom)
            painter.drawText(QRectF(x + 3, top - metrics.height() - 2, 200, metrics.height()),
                             Qt.AlignmentFlag.AlignLeft, self._reference[1])
        painter.end()


__all__ = ["FREE", "LOW", "PAID", "BarChart", "ChartBar"]
