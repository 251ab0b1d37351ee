"""The evacuation list for fire drills: at one moment, floor by floor and room by room, who is expected there,
the adult in charge, and the counts — the same numbers as the occupancy shown on the *Now* page. Events in the
hall have a headcount but no names, so they print as a title and a number. Each floor starts a page, so each
floor warden can take their own sheet."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreakIfNotEmpty, Paragraph, Spacer

from enrol.i18n import tr
from enrol.reports.layout import BOLD, PORTRAIT, SHADE, Section, build, cell, frame_width, grid, markup, \
    stamp, styles

ROOM_FILL = colors.HexColor("#d9e4f0")


@dataclass(frozen=True)
class Evacuee:
    child: str
    group: str | None = None  # a group's code; None for a specialist's appointment
    offered: bool = False  # holds an offered seat (counted as expected, like the occupancy)


@dataclass(frozen=True)
class EventLine:
    title: str
    headcount: int


@dataclass(frozen=True)
class RoomList:
    code: str
    name: str
    floor: int
    seats: int
    adults: list[str] = field(default_factory=list)
    children: list[Evacuee] = field(default_factory=list)
    events: list[EventLine] = field(default_factory=list)

    @property
    def expected(self) -> int:
        return len(self.children) + sum(event.headcount for event in self.events)


@dataclass(frozen=True)
class EvacuationList:
    centre: str
    printed_at: dt.datetime
    at: dt.datetime
    capacity: int
    rooms: list[RoomList]  # rooms where someone is expected, by floor and code
    inside: bool = False  # from the entrance's scans (who is inside) rather than the timetable (who is expected)

    @property
    def floors(self) -> dict[int, int]:
        counts = {floor: 0 for floor in (1, 2, 3)}
        for room in self.rooms:
            counts[room.floor] = counts.get(room.floor, 0) + room.expected
        return counts

    @property
    def total(self) -> int:
        return sum(room.expected for room in self.rooms)


def _summary(document: EvacuationList, width: float) -> list[Flowable]:
    rows: list[list[Any]] = [[tr("Floor"), tr("Rooms in use"), tr("Children expected"), tr("Adults in charge")]]
    for floor, count in sorted(document.floors.items()):
        rooms = [room for room in document.rooms if room.floor == floor]
        rows.append([tr("Floor {floor}", floor=floor), str(len(rooms)), str(count),
                     str(len({adult for room in rooms for adult in room.adults}))])
    rows.append([tr("Building"), str(len(document.rooms)), str(document.total),
                 str(len({adult for room in document.rooms for adult in room.adults}))])
    quarter = width / 4
    summary = (tr("Children inside the building at {moment} by the entrance scans: {total} (limit {capacity}).",
                  moment=stamp(document.at), total=document.total, capacity=document.capacity) if document.inside else
               tr("Children expected in the building at {moment}: {total} (limit {capacity}).",
                  moment=stamp(document.at), total=document.total, capacity=document.capacity))
    return [
        Paragraph(summary, styles().body),
        Spacer(1, 2 * mm),
        grid(rows, [quarter] * 4, extra=[("ALIGN", (1, 0), (-1, -1), "CENTER"),
                                         ("FONT", (0, -1), (-1, -1), BOLD, 8, 9.6),
                                         ("BACKGROUND", (0, -1), (-1, -1), SHADE)]),
    ]


def _floor_table(rooms: list[RoomList], width: float, *, inside: bool = False) -> Flowable:
    widths = [10 * mm, 0.0, 32 * mm, 30 * mm, 12 * mm]
    widths[1] = width - sum(widths)
    rows: list[list[Any]] = [["№", tr("Child"), tr("Group"), tr("Note"), "✓"]]
    commands: list[tuple[Any, ...]] = [("ALIGN", (0, 0), (0, -1), "RIGHT"), ("ALIGN", (-1, 0), (-1, -1), "CENTER")]
    for room in rooms:
        if inside and not room.seats:
            title = tr("{name}: {count} inside", name=room.name, count=room.expected)
        elif inside:
            title = tr("Room {room} «{name}»: {count} inside (seats: {seats})", room=room.code, name=room.name,
                       count=room.expected, seats=room.seats)
        else:
            title = tr("Room {room} «{name}»: {count} expected (seats: {seats})", room=room.code, name=room.name,
                       count=room.expected, seats=room.seats)
        adults = tr("In charge: {adults}", adults=", ".join(room.adults)) if room.adults else tr("In charge: —")
        here = len(rows)
        commands += [("SPAN", (0, here), (-1, here)), ("BACKGROUND", (0, here), (-1, here), ROOM_FILL)]
        heading = markup(f"<b>{escape(title)}</b>&nbsp;&nbsp;&nbsp; {escape(adults)}", styles().cell)
        rows.append([heading, "", "", "", ""])
        for number, child in enumerate(room.children, start=1):
            note = tr("seat offered") if child.offered else ("" if child.group else tr("appointment"))
            rows.append([str(number), cell(child.child, widths[1]), cell(child.group, widths[2]),
                         cell(note, widths[3]), ""])
        for event in room.events:
            here = len(rows)
            commands += [("SPAN", (1, here), (3, here)), ("BACKGROUND", (0, here), (-1, here), SHADE)]
            rows.append(["", cell(tr("Event «{title}»: {count} people by headcount (no names)", title=event.title,
                                     count=event.headcount), widths[1] + widths[2] + widths[3]), "", "", ""])
    return grid(rows, widths, extra=commands)


def evacuation_story(document: EvacuationList) -> list[Flowable]:
    width = frame_width(PORTRAIT)
    story: list[Flowable] = [Section(tr("Evacuation list"), tr("at {moment}", moment=stamp(document.at)))]
    story += _summary(document, width)
    if not document.rooms:
        story.append(Paragraph(tr("Nobody is expected in the building at this moment."), styles().heading))
    floors = sorted({room.floor for room in document.rooms})
    for index, floor in enumerate(floors):
        rooms = [room for room in document.rooms if room.floor == floor]
        if index:
            story.append(PageBreakIfNotEmpty())
        heading = tr("Floor {floor}: {count} children expected; rooms in use: {rooms}", floor=floor,
                     count=document.floors[floor], rooms=len(rooms))
        story.append(Paragraph(escape(heading), styles().heading))
        story.append(_floor_table(rooms, width, inside=document.inside))
        story.append(Spacer(1, 4 * mm))
        story.append(Paragraph(escape(tr("Tick ✓ each child at the assembly point. Checked by: "
                                         "____________________  Time: ________")), styles().body))
    return story


def render_evacuation(document: EvacuationList) -> bytes:
    """The evacuation list as PDF bytes (A4 portrait)."""
    return build(evacuation_story(document), pagesize=PORTRAIT, centre=document.centre,
                 printed_at=document.printed_at, title=tr("Evacuation list"))


__all__ = ["EvacuationList", "Evacuee", "EventLine", "RoomList", "evacuation_story", "render_evacuation"]
