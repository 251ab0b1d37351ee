"""Charts for the printed reports, drawn with reportlab's graphics shapes in DejaVu Sans so Kazakh
labels print: horizontal bars (labels on the left have room for long Kazakh and Russian names), bars split into
free and paid, and the week's heat map against the building's capacity.

Plain data in, a ``Drawing`` (a flowable) out; the colours match the window's charts (``ui.widgets.charts``).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics

from enrol.reports.layout import BOLD, FONT, register_fonts

FREE = colors.HexColor("#2f6db5")
PAID = colors.HexColor("#f0a23b")
BAR = colors.HexColor("#2f6db5")
LOW = colors.HexColor("#d63a3a")
AXIS = colors.HexColor("#7a7a7a")
TEXT = colors.HexColor("#33414f")
SIZE = 7.5
ROW = 12.5


@dataclass(frozen=True)
class Bar:
    """One bar: ``value`` is its length; ``part`` (when given) the first, darker share of it (free places)."""

    label: str
    value: float
    part: float | None = None
    text: str | None = None  # printed after the bar; the value by default
    warn: bool = False  # drawn red (a rate below the at-risk line)


def _clip(label: str, width: float) -> str:
    if pdfmetrics.stringWidth(label, FONT, SIZE) <= width:
        return label
    while label and pdfmetrics.stringWidth(label + "…", FONT, SIZE) > width:
        label = label[:-1]
    return label + "…"


def bar_chart(bars: Sequence[Bar], *, width: float, title: str = "", legend: Sequence[tuple[str, object]] = (),
              maximum: float | None = None, label_share: float = 0.38, reference: tuple[float, str] | None = None
              ) -> Drawing:
    """Horizontal bars, one per row; ``legend`` is (text, colour) pairs; ``reference`` (value, text) draws a
    dashed line across the bars (the city's 25% target, the at-risk rate)."""
    register_fonts()
    top = (14 if title else 0) + (12 if legend else 0)
    height = top + ROW * max(1, len(bars)) + 4
    drawing = Drawing(width, height)
    if title:
        drawing.add(String(0, height - 10, title, fontName=BOLD, fontSize=8.5, fillColor=TEXT))
    if legend:
        x = 0.0
        y = height - top + 2
        for text, colour in legend:
            drawing.add(Rect(x, y, 8, 7, fillColor=colour, strokeColor=None))
            drawing.add(String(x + 11, y + 0.5, text, fontName=FONT, fontSize=SIZE, fillColor=TEXT))
            x += 24 + pdfmetrics.stringWidth(text, FONT, SIZE)
    label_width = width * label_share
    numbers = 38.0
    span = width - label_width - numbers
    largest = maximum if maximum is not None else max([b.value for b in bars] + [1])
    scale = span / largest if largest else 0
    for index, bar in enumerate(bars):
        y = height - top - ROW * (index + 1)
        drawing.add(String(label_width - 4, y + 3, _clip(bar.label, label_width - 6), fontName=FONT, fontSize=SIZE,
                           fillColor=TEXT, textAnchor="end"))
        length = max(0.0, bar.value * scale)
        colour = LOW if bar.warn else (PAID if bar.part is not None else BAR)
        if length:
            drawing.add(Rect(label_width, y + 1.5, length, ROW - 4, fillColor=colour, strokeColor=None))
        if bar.part is not None and bar.part > 0:
            drawing.add(Rect(label_width, y + 1.5, bar.part * scale, ROW - 4, fillColor=FREE, strokeColor=None))
        shown = bar.text if bar.text is not None else f"{bar.value:g}"
        drawing.add(String(label_width + length + 3, y + 3, shown, fontName=FONT, fontSize=SIZE, fillColor=TEXT))
    base = height - top - ROW * max(1, len(bars))
    drawing.add(Line(label_width, base, label_width, height - top, strokeColor=AXIS, strokeWidth=0.5))
    if reference is not None and scale:
        x = label_width + reference[0] * scale
        drawing.add(Line(x, base, x, height - top + 1, strokeColor=LOW, strokeWidth=0.7, strokeDashArray=[2, 2]))
        drawing.add(String(x + 2, height - top + 2, reference[1], fontName=FONT, fontSize=6.5, fillColor=LOW))
    return drawing


def heat_colour(load: int, capacity: int) -> colors.Color:
    """As the window's heat map: pale to deep blue as the load nears capacity, red above it."""
    if load <= 0:
        return colors.HexColor("#f7f9fb")
    if capacity <= 0 or load > capacity:
        return LOW
    light, deep = colors.HexColor("#dceaf7"), colors.HexColor("#1f4e8c")
    share = load / capacity
    return colors.Color(light.red + (deep.red - light.red) * share, light.green + (deep.green - light.green) * share,
                        light.blue + (deep.blue - light.blue) * share)


def heat_map(slots: Sequence[Sequence[int]], *, capacity: int, weekdays: Sequence[str], width: float,
             first_hour: int = 8, last_hour: int = 21, slot_minutes: int = 30, scale_text: str = "") -> Drawing:
    """Weekdays down, half hours across, each cell coloured by children expected against ``capacity``."""
    register_fonts()
    left = max(pdfmetrics.stringWidth(day, FONT, SIZE) for day in weekdays) + 6
    per_hour = 60 // slot_minutes
    columns = (last_hour - first_hour) * per_hour
    cell_w = (width - left - 4) / columns
    cell_h = 13.0
    height = 12 + cell_h * len(weekdays) + 20
    drawing = Drawing(width, height)
    top = height - 12
    for hour in range(first_hour, last_hour + 1):
        x = left + (hour - first_hour) * per_hour * cell_w
        drawing.add(String(x, top + 2, f"{hour}", fontName=FONT, fontSize=6.5, fillColor=TEXT, textAnchor="middle"))
    for row, day in enumerate(weekdays):
        y = top - (row + 1) * cell_h
        drawing.add(String(left - 4, y + 4, day, fontName=FONT, fontSize=SIZE, fillColor=TEXT, textAnchor="end"))
        for column in range(columns):
            load = slots[row][first_hour * per_hour + column] if row < len(slots) else 0
            drawing.add(Rect(left + column * cell_w + 0.3, y + 0.3, cell_w - 0.6, cell_h - 0.6,
                             fillColor=heat_colour(load, capacity), strokeColor=None))
    y = 2.0
    steps = 10
    for i in range(steps + 1):
        drawing.add(Rect(left + i * 12, y, 12, 8, fillColor=heat_colour(i * capacity // steps, capacity),
                         strokeColor=None))
    drawing.add(String(left - 4, y + 1, "0%", fontName=FONT, fontSize=6.5, fillColor=TEXT, textAnchor="end"))
    drawing.add(Rect(left + (steps + 1) * 12 + 6, y, 12, 8, fillColor=LOW, strokeColor=None))
    drawing.add(String(left + (steps + 1) * 12 + 22, y + 1, f"> 100%  {scale_text}", fontName=FONT, fontSize=6.5,
                       fillColor=TEXT))
    return drawing


def percent(value: float | None) -> str:
    return "—" if value is None else f"{round(value * 100)}%"


__all__ = ["BAR", "FREE", "LOW", "PAID", "Bar", "bar_chart", "heat_colour", "heat_map", "percent"]
