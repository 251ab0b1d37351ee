"""What every printed document shares: the bundled DejaVu fonts, paragraph styles, the page header (centre's
name, title) and footer (print date, "page X of Y"), table styling and date formats.

Page numbers need the page count before the first page is finished, so the canvas keeps every page's drawing
state and adds header and footer in a second pass when the document is saved (reportlab's ``canvasmaker``
pattern). A document may hold several sections — e.g. every group's attendance sheet for a month in one PDF —
and each section is numbered on its own, so a sheet taken out of the pile still says "page 2 of 2".
"""
from __future__ import annotations

import datetime as dt
import io
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, partial
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table, TableStyle

from enrol.domain.errors import N_
from enrol.i18n import format_date, tr
from enrol.resources import resource_path

FONT = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
PORTRAIT = A4
LANDSCAPE = landscape(A4)
GRID = colors.HexColor("#7a7a7a")
HEAD_FILL = colors.HexColor("#e4e4e4")
SHADE = colors.HexColor("#f2f2f2")
GREY_TEXT = colors.HexColor("#555555")
WAIT_FILL = colors.HexColor("#fbe8c8")  # offers and the waitlist: never mistaken for the roster

# Short weekday names (1 = Monday): column heads and timetable lines of every document.
WEEKDAYS_SHORT: dict[int, str] = {1: N_("Mon"), 2: N_("Tue"), 3: N_("Wed"), 4: N_("Thu"), 5: N_("Fri"),
                                  6: N_("Sat"), 7: N_("Sun")}
MONTHS: dict[int, str] = {
    1: N_("January"), 2: N_("February"), 3: N_("March"), 4: N_("April"), 5: N_("May"), 6: N_("June"),
    7: N_("July"), 8: N_("August"), 9: N_("September"), 10: N_("October"), 11: N_("November"),
    12: N_("December"),
}


@cache
def register_fonts() -> None:
    """Register DejaVu Sans once per process: reportlab's built-in fonts print Cyrillic as black boxes."""
    pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(resource_path("fonts", "DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


class Styles:
    """The paragraph styles of the documents (made after the fonts are registered)."""

    def __init__(self) -> None:
        register_fonts()
        self.body = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=11.5)
        self.small = ParagraphStyle("small", parent=self.body, fontSize=7.5, leading=9, textColor=GREY_TEXT)
        self.cell = ParagraphStyle("cell", parent=self.body, fontSize=8, leading=9.6)
        self.head = ParagraphStyle("head", parent=self.cell, fontName=BOLD)
        self.heading = ParagraphStyle("heading", parent=self.body, fontName=BOLD, fontSize=10.5, leading=13,
                                      spaceBefore=8, spaceAfter=4)
        self.banner = ParagraphStyle("banner", parent=self.heading, backColor=WAIT_FILL, borderPadding=(3, 4, 3, 4),
                                     spaceBefore=12, spaceAfter=7)


@cache
def styles() -> Styles:
    return Styles()


def text(value: object, style: ParagraphStyle | None = None) -> Paragraph:
    """A wrapping paragraph of plain text (markup characters in names are escaped)."""
    return Paragraph(escape("" if value is None else str(value)), style or styles().cell)


def markup(value: str, style: ParagraphStyle | None = None) -> Paragraph:
    """A paragraph of trusted markup (bold labels); the caller escapes what came from the database."""
    return Paragraph(value, style or styles().body)


def fits(value: str, width: float, *, size: float = 8, font: str = FONT) -> bool:
    register_fonts()
    return pdfmetrics.stringWidth(value, font, size) <= width


def cell(value: object, width: float, *, size: float = 8) -> str:
    """Text for a table cell of ``width`` (padding included), broken into lines where it is too long. Plain
    lines draw several times faster than a Paragraph, which matters for a 1000-row roster."""
    shown = " ".join(("" if value is None else str(value)).split())
    if fits(shown, width - 6, size=size):
        return shown
    lines = []
    for line in simpleSplit(shown, FONT, size, width - 6):
        while not fits(line, width - 6, size=size) and len(line) > 1:  # one word wider than the column
            cut = next(n for n in range(len(line) - 1, 0, -1) if fits(line[:n], width - 6, size=size) or n == 1)
            lines.append(line[:cut])
            line = line[cut:]
        lines.append(line)
    return "\n".join(lines)


def day(value: dt.date | None) -> str:
    """A date in the document's language's one format (the same as the window's and the CLI's)."""
    return format_date(value) if value else ""


def day_month(value: dt.date) -> str:
    return value.strftime("%d.%m")


def stamp(value: dt.datetime) -> str:
    return format_date(value.replace(second=0, microsecond=0))


def month_name(first: dt.date) -> str:
    return f"{tr(MONTHS[first.month])} {first.year}"


def weekday_short(weekday: int) -> str:
    return tr(WEEKDAYS_SHORT[weekday])


def grid_style(*, header_rows: int = 1, size: float = 8, extra: Sequence[tuple[Any, ...]] = ()) -> TableStyle:
    """Thin grid, a shaded bold header row (repeated on every page), the body font."""
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, size, size * 1.2),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        commands += [("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD_FILL),
                     ("FONT", (0, 0), (-1, header_rows - 1), BOLD, size, size * 1.2)]
    return TableStyle(commands + list(extra))


def grid(rows: list[list[Any]], widths: Sequence[float], *, header_rows: int = 1, size: float = 8,
         extra: Sequence[tuple[Any, ...]] = ()) -> Table:
    """A table that breaks across pages with its header rows repeated; a translated header too long for its
    column wraps instead of running into the next one."""
    for row in rows[:header_rows]:
        for index, value in enumerate(row):
            too_wide = isinstance(value, str) and not fits(value, widths[index] - 6, size=size, font=BOLD)
            if too_wide and "\n" not in value:
                row[index] = Paragraph(escape(value), styles().head)
    table = Table(rows, colWidths=list(widths), repeatRows=header_rows, hAlign="LEFT")
    table.setStyle(grid_style(header_rows=header_rows, size=size, extra=extra))
    return table


def facts(pairs: Sequence[tuple[str, str]], width: float) -> Table:
    """Label: value lines above a document's main table (club, teacher, rooms …)."""
    register_fonts()
    label_width = min(45 * mm, max(pdfmetrics.stringWidth(label, BOLD, 8.5) for label, _ in pairs) + 10)
    style = ParagraphStyle("fact", parent=styles().body, fontSize=8.5, leading=10.5)
    rows = [[markup(f"<b>{escape(label)}</b>", style), text(value, style)] for label, value in pairs]
    table = Table(rows, colWidths=[label_width, width - label_width], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5)]))
    return table


@dataclass(frozen=True)
class TimeSlot:
    """A weekly meeting as documents print it."""

    weekday: int
    start: str
    end: str
    room: str


def slot_text(slot: TimeSlot) -> str:
    return tr("{weekday} {start}–{end}, room {room}", weekday=weekday_short(slot.weekday), start=slot.start,
              end=slot.end, room=slot.room)


def school_text(school: str | None, grade: int | None) -> str:
    parts = [school or "", tr("grade {grade}", grade=grade) if grade is not None else ""]
    return ", ".join(part for part in parts if part)


class Cancelled(Exception):
    """Raised inside a build when the progress callback answers False."""


class Section(Flowable):
    """Starts a section: its title goes into the header of each of its pages, its pages are numbered apart.
    ``on_start`` runs when the section starts being drawn (progress of a long batch; it may raise Cancelled)."""

    def __init__(self, title: str, aside: str = "", on_start: Callable[[], None] | None = None) -> None:
        super().__init__()
        self.title, self.aside, self.on_start = title, aside, on_start
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        canvas = self.canv
        canvas.enrol_section = (canvas.enrol_section[0] + 1, self.title, self.aside)
        if self.on_start is not None:
            self.on_start()


class _NumberedCanvas(Canvas):
    """Keeps each page's state and draws header and footer once the page count of each section is known."""

    def __init__(self, *args: Any, centre: str, printed_at: dt.datetime, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.enrol_centre = centre
        self.enrol_printed = printed_at
        self.enrol_section: tuple[int, str, str] = (0, "", "")
        self._enrol_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._enrol_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        totals = Counter(page["enrol_section"][0] for page in self._enrol_pages)
        numbers: Counter[int] = Counter()
        for page in self._enrol_pages:
            self.__dict__.update(page)
            section = self.enrol_section[0]
            numbers[section] += 1
            self._decorate(numbers[section], totals[section])
            super().showPage()
        super().save()

    def _decorate(self, number: int, total: int) -> None:
        width, height = self._pagesize
        left, right = margins(self._pagesize)[0], width - margins(self._pagesize)[0]
        _, title, aside = self.enrol_section
        self.saveState()
        self.setFillColor(GREY_TEXT)
        self.setFont(FONT, 8)
        self.drawString(left, height - 9 * mm, self.enrol_centre)
        self.setFillColor(colors.black)
        aside_width = pdfmetrics.stringWidth(aside, FONT, 9.5) if aside else 0
        size = 12.5
        while size > 8 and pdfmetrics.stringWidth(title, BOLD, size) > right - left - aside_width - 6 * mm:
            size -= 0.5
        self.setFont(BOLD, size)
        self.drawString(left, height - 15 * mm, title)
        if aside:
            self.setFont(FONT, 9.5)
            self.drawRightString(right, height - 15 * mm, aside)
        self.setStrokeColor(GRID)
        self.setLineWidth(0.6)
        self.line(left, height - 17.5 * mm, right, height - 17.5 * mm)
        self.line(left, 11 * mm, right, 11 * mm)
        self.setFont(FONT, 7.5)
        self.setFillColor(GREY_TEXT)
        self.drawString(left, 7.5 * mm, tr("Printed {moment}", moment=stamp(self.enrol_printed)))
        self.drawRightString(right, 7.5 * mm, tr("Page {page} of {pages}", page=number, pages=total))
        self.restoreState()


def margins(pagesize: tuple[float, float]) -> tuple[float, float, float]:
    """(side, top, bottom): the header needs 20 mm, the footer 13 mm; landscape sheets keep wider tables."""
    return (10 * mm if pagesize[0] > pagesize[1] else 14 * mm), 20 * mm, 14 * mm


def frame_width(pagesize: tuple[float, float]) -> float:
    return pagesize[0] - 2 * margins(pagesize)[0]


def build(story: list[Flowable], *, pagesize: tuple[float, float], centre: str, printed_at: dt.datetime,
          title: str) -> bytes:
    """Lay out ``story`` on A4 pages with the centre's header and the numbered footer; the PDF's bytes.
    The story should begin each section with a :class:`Section`."""
    register_fonts()
    side, top, bottom = margins(pagesize)
    buffer = io.BytesIO()
    document = BaseDocTemplate(buffer, pagesize=pagesize, leftMargin=side, rightMargin=side, topMargin=top,
                               bottomMargin=bottom, title=title, author=centre, creator="enrol",
                               pageCompression=1)
    frame = Frame(side, bottom, pagesize[0] - 2 * side, pagesize[1] - top - bottom, id="body", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    document.addPageTemplates([PageTemplate(id="page", frames=[frame], pagesize=pagesize)])
    document.build(story, canvasmaker=partial(_NumberedCanvas, centre=centre, printed_at=printed_at))
    return buffer.getvalue()


__all__ = ["BOLD", "FONT", "LANDSCAPE", "MONTHS", "PORTRAIT", "WEEKDAYS_SHORT", "Cancelled", "Section", "Styles",
           "TimeSlot", "build", "cell", "day", "day_month", "facts", "fits", "frame_width", "grid",
           "grid_style", "margins", "markup", "month_name", "register_fonts", "school_text", "slot_text", "stamp",
           "styles", "text", "weekday_short"]
