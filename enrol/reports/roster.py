"""The group roster for the classroom door and the registrar's folder: the enrolled children with a guardian's
phone each, then — on a coloured banner so nobody takes them for group members — held offers and the waitlist
in its order."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from enrol.domain.children import age_on
from enrol.i18n import tr
from enrol.reports.layout import PORTRAIT, WAIT_FILL, Section, TimeSlot, build, cell, day, facts, frame_width, \
    grid, markup, school_text, slot_text, stamp, styles


@dataclass(frozen=True)
class RosterLine:
    """One child on the roster (``number`` is the row number, or the waitlist position)."""

    number: int
    child: str
    birth_date: dt.date
    school: str | None = None
    grade: int | None = None
    guardian: str | None = None
    phone: str | None = None
    since: dt.date | None = None  # enrolled from this date (printed when it is still ahead)
    offer_until: dt.datetime | None = None
    applied_at: dt.datetime | None = None


@dataclass(frozen=True)
class RosterDocument:
    centre: str
    printed_at: dt.datetime
    group: str
    club: str
    teacher: str | None
    seats: int
    academic_year: str
    meetings: list[TimeSlot] = field(default_factory=list)
    children: list[RosterLine] = field(default_factory=list)
    offers: list[RosterLine] = field(default_factory=list)
    waitlist: list[RosterLine] = field(default_factory=list)


def _widths(total: float) -> list[float]:
    fixed = [8 * mm, 27 * mm, 38 * mm, 34 * mm, 25 * mm]  # №, birth date, school, guardian, last column
    return fixed[:1] + [total - sum(fixed)] + fixed[1:]


def _rows(lines: list[RosterLine], widths: list[float], today: dt.date, last: tuple[str, Any]) -> list[list[Any]]:
    """Header and body rows: №, child, birth date (age), school, guardian, and ``last`` (label, value)."""
    label, value_of = last
    rows: list[list[Any]] = [["№", tr("Child"), tr("Birth date (age)"), tr("School, grade"), tr("Guardian"), label]]
    for line in lines:
        name: str | Paragraph = cell(line.child, widths[1])
        if line.since and line.since > today:
            name = markup(f"{escape(line.child)} <font size=6.5 color='#555555'>"
                          f"{tr('from {date}', date=day(line.since))}</font>", styles().cell)
        rows.append([
            str(line.number), name, f"{day(line.birth_date)} ({age_on(line.birth_date, today)})",
            cell(school_text(line.school, line.grade), widths[3]), cell(line.guardian, widths[4]),
            last_value if "\n" in (last_value := value_of(line) or "") else cell(last_value, widths[5]),
        ])
    return rows


def roster_story(document: RosterDocument) -> list[Flowable]:
    width = frame_width(PORTRAIT)
    widths = _widths(width)
    today = document.printed_at.date()
    story: list[Flowable] = [Section(tr("Group roster: {group}", group=document.group), document.academic_year)]
    story.append(facts([
        (tr("Club"), document.club),
        (tr("Group"), document.group),
        (tr("Teacher"), document.teacher or "—"),
        (tr("Rooms and times"), "; ".join(slot_text(slot) for slot in document.meetings) or "—"),
    ], width))
    story.append(CondPageBreak(35 * mm))
    story.append(Paragraph(tr("Enrolled children: {count} (seats: {seats})", count=len(document.children),
                              seats=document.seats), styles().heading))
    if document.children:
        story.append(grid(_rows(document.children, widths, today, (tr("Phone"), lambda line: line.phone)),
                          widths))
    else:
        story.append(Paragraph(tr("No children are enrolled in this group."), styles().body))
    waiting_head = [("BACKGROUND", (0, 0), (-1, 0), WAIT_FILL)]
    if document.offers:
        story.append(CondPageBreak(35 * mm))
        story.append(Paragraph(tr("NOT ENROLLED — seats offered, awaiting the family's answer: {count}",
                                  count=len(document.offers)), styles().banner))
        story.append(grid(_rows(document.offers, widths, today, (
            tr("Phone; held until"),
            lambda line: f"{line.phone or ''}\n{stamp(line.offer_until) if line.offer_until else ''}")),
            widths, extra=waiting_head))
    if document.waitlist:
        story.append(CondPageBreak(35 * mm))
        story.append(Paragraph(tr("NOT ENROLLED — waiting list in order: {count}", count=len(document.waitlist)),
                               styles().banner))
        story.append(grid(_rows(document.waitlist, widths, today, (
            tr("Phone; applied"),
            lambda line: f"{line.phone or ''}\n{day(line.applied_at.date()) if line.applied_at else ''}")),
            widths, extra=waiting_head + [("FONT", (0, 1), (0, -1), "DejaVuSans-Bold", 8, 9.6)]))
        story.append(Spacer(1, 2 * mm))
        story.append(Paragraph(tr("№ on the waiting list is the child's position: a freed seat goes to the "
                                  "first in the list."), styles().small))
    return story


def render_roster(document: RosterDocument) -> bytes:
    """The roster as PDF bytes (A4 portrait)."""
    return build(roster_story(document), pagesize=PORTRAIT, centre=document.centre,
                 printed_at=document.printed_at, title=tr("Group roster: {group}", group=document.group))


__all__ = ["RosterDocument", "RosterLine", "render_roster", "roster_story"]
