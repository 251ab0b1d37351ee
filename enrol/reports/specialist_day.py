"""A specialist's day (psychologist, defectologist, speech therapist): the appointments of one date with times,
children and cabinet, to keep on the desk. Confidential session notes are never printed."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from enrol.domain.children import age_on
from enrol.domain.vocabulary import SPECIALTIES
from enrol.i18n import tr
from enrol.reports.layout import PORTRAIT, SHADE, Section, build, cell, day, facts, frame_width, grid, styles, \
    weekday_short


@dataclass(frozen=True)
class AppointmentLine:
    start: str
    end: str
    room: str
    children: list[tuple[str, dt.date]] = field(default_factory=list)  # (name, birth date)
    status: str = "booked"


@dataclass(frozen=True)
class SpecialistDay:
    centre: str
    printed_at: dt.datetime
    day: dt.date
    specialist: str
    specialty: str  # a key of SPECIALTIES
    cabinet: str | None
    appointments: list[AppointmentLine] = field(default_factory=list)


def _status(status: str) -> str:
    return {"booked": "", "cancelled": tr("cancelled"), "done": tr("done")}.get(status, status)


def specialist_day_story(document: SpecialistDay) -> list[Flowable]:
    width = frame_width(PORTRAIT)
    title = tr("Specialist's day: {date}", date=day(document.day))
    story: list[Flowable] = [Section(title, weekday_short(document.day.isoweekday()))]
    specialty = SPECIALTIES.get(document.specialty)
    story.append(facts([
        (tr("Specialist"), document.specialist),
        (tr("Specialty"), tr(specialty) if specialty else document.specialty),
        (tr("Cabinet"), document.cabinet or "—"),
        (tr("Appointments"), str(sum(1 for a in document.appointments if a.status != "cancelled"))),
    ], width))
    story.append(Paragraph("", styles().heading))
    if not document.appointments:
        story.append(Paragraph(tr("No appointments on this day."), styles().body))
        return story
    widths = [24 * mm, 0.0, 30 * mm, 18 * mm, 24 * mm]
    widths[1] = width - sum(widths)
    rows: list[list[Any]] = [[tr("Time"), tr("Child"), tr("Birth date (age)"), tr("Cabinet"), tr("Note")]]
    commands: list[tuple[Any, ...]] = []
    for line in document.appointments:
        names = "\n".join(cell(name, widths[1]) for name, _ in line.children) or "—"
        births = "\n".join(f"{day(born)} ({age_on(born, document.day)})" for _, born in line.children)
        if line.status == "cancelled":
            commands.append(("TEXTCOLOR", (0, len(rows)), (-1, len(rows)), "#777777"))
            commands.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), SHADE))
        rows.append([f"{line.start}–{line.end}", names, births, cell(line.room, widths[3]),
                     cell(_status(line.status), widths[4])])
    story.append(grid(rows, widths, extra=commands + [("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return story


def render_specialist_day(document: SpecialistDay) -> bytes:
    """The specialist's day as PDF bytes (A4 portrait)."""
    return build(specialist_day_story(document), pagesize=PORTRAIT, centre=document.centre,
                 printed_at=document.printed_at, title=tr("Specialist's day: {date}", date=day(document.day)))


__all__ = ["AppointmentLine", "SpecialistDay", "render_specialist_day", "specialist_day_story"]
