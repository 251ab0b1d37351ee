"""The monthly attendance sheet — the centre's paper journal, kept for years and used for teachers'
timesheets and funding reports: one row per child who was in the group at any time that month, one column per
date the group meets (only those), the recorded marks or empty boxes, totals, the teacher's signature.

Marks are the letters of the paper journals, chosen per language (``MARK_SYMBOLS``):

========  =====  ======================  =======================  =======
mark      en     ru                      kk                       counted
========  =====  ======================  =======================  =======
present   ``+``  ``+``                   ``+``                    yes
absent    ``A``  ``н`` (не был)          ``н`` (немесе жоқ)       no
excused   ``E``  ``у`` (уважительная)    ``с`` (себепті)          no
late      ``L``  ``о`` (опоздал)         ``к`` (кешікті)          yes
========  =====  ======================  =======================  =======

"Counted" marks make the Σ column and the totals row: a child who came late was there. Dates before a child
joined or from the day they left are shaded grey, and the row says «from 12.03» or «left 20.03» (the date of
leaving is the first day without the child, as ``Enrolment.end_date`` stores it).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreakIfNotEmpty, Paragraph, Spacer, Table

from enrol.i18n import current_language, tr
from enrol.reports.layout import BOLD, FONT, LANDSCAPE, Cancelled, Section, TimeSlot, build, cell, day_month, \
    frame_width, grid, markup, month_name, slot_text, styles, weekday_short

MARK_SYMBOLS: dict[str, dict[str, str]] = {
    "en": {"present": "+", "absent": "A", "excused": "E", "late": "L"},
    "ru": {"present": "+", "absent": "н", "excused": "у", "late": "о"},
    "kk": {"present": "+", "absent": "н", "excused": "с", "late": "к"},
}
COUNTED = frozenset({"present", "late"})
OUTSIDE = colors.HexColor("#c8c8c8")
TOTALS_FILL = colors.HexColor("#ececec")
ProgressCallback = Callable[[int, int], bool]


@dataclass(frozen=True)
class AttendanceRow:
    """A child's line: ``marks[i]`` and ``enrolled[i]`` belong to the sheet's ``dates[i]``."""

    child: str
    marks: tuple[str | None, ...]
    enrolled: tuple[bool, ...]
    joined: dt.date | None = None  # started in this month (after its first day)
    left: dt.date | None = None  # first day without the child, in this month

    @property
    def attended(self) -> int:
        return sum(1 for mark in self.marks if mark in COUNTED)


@dataclass(frozen=True)
class AttendanceSheet:
    group: str
    club: str
    teacher: str | None
    meetings: list[TimeSlot]
    dates: list[dt.date]
    rows: list[AttendanceRow] = field(default_factory=list)


@dataclass(frozen=True)
class AttendanceBook:
    """One or many groups' sheets of one month, printed as one PDF."""

    centre: str
    printed_at: dt.datetime
    month: dt.date  # its first day
    sheets: list[AttendanceSheet]
    blank: bool = False


def mark_symbol(mark: str | None, language: str | None = None) -> str:
    """The journal letter of a recorded mark in ``language`` (default: the current one)."""
    if mark is None:
        return ""
    return MARK_SYMBOLS.get(language or current_language(), MARK_SYMBOLS["en"]).get(mark, "?")


def _note(row: AttendanceRow) -> str:
    parts = []
    if row.joined:
        parts.append(tr("from {date}", date=day_month(row.joined)))
    if row.left:
        parts.append(tr("left {date}", date=day_month(row.left)))
    return ", ".join(parts)


def _widths(dates: int) -> tuple[float, float, float, float]:
    """(№, child, one date, Σ) so that the table fills at most the page width."""
    total = frame_width(LANDSCAPE)
    number, totals = 8 * mm, 10 * mm
    per_date = min(12 * mm, max(5.5 * mm, (total - number - totals - 62 * mm) / max(dates, 1)))
    child = min(105 * mm, total - number - totals - per_date * dates)
    return number, child, per_date, totals


def _outside(row: AttendanceRow, index: int) -> list[tuple[Any, ...]]:
    """Grey backgrounds for each run of dates on which the child was not in the group."""
    commands, start = [], None
    for column, inside in enumerate([*row.enrolled, True]):
        if not inside and start is None:
            start = column
        elif inside and start is not None:
            commands.append(("BACKGROUND", (2 + start, index), (1 + column, index), OUTSIDE))
            start = None
    return commands


def _totals(sheet: AttendanceSheet, blank: bool) -> list[str]:
    """Children counted per date (empty for a date nobody has marked yet, and on a blank sheet), then all."""
    if blank:
        return [""] * (len(sheet.dates) + 1)
    columns = [[row.marks[i] for row in sheet.rows] for i in range(len(sheet.dates))]
    counted = [sum(mark in COUNTED for mark in column) for column in columns]
    return [str(n) if any(column) else "" for n, column in zip(counted, columns)] + [str(sum(counted))]


def _table(sheet: AttendanceSheet, blank: bool) -> Table:
    number_w, child_w, date_w, total_w = _widths(len(sheet.dates))
    count = len(sheet.dates)
    symbols = MARK_SYMBOLS.get(current_language(), MARK_SYMBOLS["en"])
    heads = [f"{d.day:02d}\n{weekday_short(d.isoweekday())}" for d in sheet.dates]
    rows: list[list[Any]] = [["№", tr("Child"), *heads, "Σ"]]
    commands: list[tuple[Any, ...]] = [
        ("ALIGN", (2, 0), (-1, -1), "CENTER"),
        ("ALIGN", (0, 0), (0, -1), "RIGHT"),
        ("TOPPADDING", (0, 1), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 2),  # 13 pt rows: 30 children and the signature fit one page
        ("LEFTPADDING", (2, 0), (-1, -1), 1),
        ("RIGHTPADDING", (2, 0), (-1, -1), 1),
    ]
    for index, row in enumerate(sheet.rows, start=1):
        note = _note(row)
        name: Any = cell(row.child, child_w)
        if note:
            name = markup(f"{escape(row.child)} <font size=6.5 color='#444444'>{escape(note)}</font>", styles().cell)
        marks = [""] * count if blank else [symbols.get(mark, "?") if mark else "" for mark in row.marks]
        rows.append([str(index), name, *marks, "" if blank else str(row.attended)])
        commands += _outside(row, index)
    last = len(rows)
    rows.append(["", tr("Attended"), *_totals(sheet, blank)])
    commands += [
        ("BACKGROUND", (0, last), (-1, last), TOTALS_FILL),
        ("FONT", (0, last), (-1, last), BOLD, 8, 9.6),
        ("FONT", (-1, 1), (-1, last), BOLD, 8, 9.6),
        ("LINEBEFORE", (-1, 0), (-1, -1), 1, colors.black),
        ("LINEABOVE", (0, last), (-1, last), 1, colors.black),
    ]
    if not blank:
        commands.append(("FONT", (2, 1), (1 + count, last - 1), FONT, 9, 9.6))
    if date_w < 9 * mm:  # a group meeting most days: smaller date heads so "Wed" fits 6 mm
        commands.append(("FONT", (2, 0), (1 + count, 0), BOLD, 6.5, 8))
    return grid(rows, [number_w, child_w] + [date_w] * count + [total_w], extra=commands)


def _closing(sheet: AttendanceSheet) -> Flowable:
    """The teacher's signature line and the legend of the marks, kept together under the table."""
    symbols = MARK_SYMBOLS.get(current_language(), MARK_SYMBOLS["en"])
    signature = markup(escape(tr("Teacher: {name}", name=sheet.teacher or "—")) + "&nbsp;" * 8
                       + escape(tr("Signature: ____________________   Date: ____________")), styles().body)
    legend = Paragraph(escape(tr("Marks: {present} present, {absent} absent, {excused} excused, {late} late. "
                                 "Σ: attended (present and late). Grey: not in the group that day.", **symbols)),
                       styles().small)
    return KeepTogether([signature, Spacer(1, 1 * mm), legend])


def sheet_story(sheet: AttendanceSheet, month: dt.date, *, blank: bool = False,
                on_start: Callable[[], None] | None = None) -> list[Flowable]:
    """The flowables of one group's sheet, beginning its own numbered section."""
    story: list[Flowable] = [Section(tr("Attendance sheet: {group}", group=sheet.group), month_name(month), on_start)]
    times = "; ".join(slot_text(slot) for slot in sheet.meetings) or "—"
    story.append(markup(
        f"<b>{escape(tr('Club'))}:</b> {escape(sheet.club)}&nbsp;&nbsp;&nbsp; "
        f"<b>{escape(tr('Teacher'))}:</b> {escape(sheet.teacher or '—')}&nbsp;&nbsp;&nbsp; "
        f"<b>{escape(tr('Rooms and times'))}:</b> {escape(times)}", styles().body))
    story.append(Spacer(1, 2 * mm))
    if not sheet.dates:
        story.append(Paragraph(tr("The group does not meet in {month}.", month=month_name(month)), styles().body))
        return story
    if not sheet.rows:
        story.append(Paragraph(tr("No child was in the group in {month}.", month=month_name(month)), styles().body))
    story.append(_table(sheet, blank))
    story.append(Spacer(1, 2.5 * mm))
    story.append(_closing(sheet))
    return story


def render_attendance(book: AttendanceBook, *, progress: ProgressCallback | None = None) -> bytes | None:
    """Every sheet of the book in one landscape PDF, each sheet starting a page and numbered on its own.
    ``progress(done, total)`` is told as each sheet starts and at the end; when it returns False the
    work stops and the result is None."""
    total = len(book.sheets)
    story: list[Flowable] = []

    def starter(done: int) -> Callable[[], None] | None:
        if progress is None:
            return None

        def on_start() -> None:
            if progress(done, total) is False:
                raise Cancelled
        return on_start

    for index, sheet in enumerate(book.sheets):
        if index:
            story.append(PageBreakIfNotEmpty())
        story += sheet_story(sheet, book.month, blank=book.blank, on_start=starter(index))
    if not book.sheets:
        story = [Section(tr("Attendance sheets"), month_name(book.month)),
                 Paragraph(tr("No group meets in {month}.", month=month_name(book.month)), styles().body)]
    title = (tr("Attendance sheet: {group}", group=book.sheets[0].group) if total == 1
             else tr("Attendance sheets")) + " — " + month_name(book.month)
    try:
        pdf = build(story, pagesize=LANDSCAPE, centre=book.centre, printed_at=book.printed_at, title=title)
    except Cancelled:
        return None
    if progress is not None and progress(total, total) is False:
        return None
    return pdf


__all__ = ["COUNTED", "MARK_SYMBOLS", "AttendanceBook", "AttendanceRow", "AttendanceSheet", "ProgressCallback",
           "mark_symbol", "render_attendance", "sheet_story"]
