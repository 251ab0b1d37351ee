"""A child's timetable card for the guardian: when and where each of the child's groups meets, with whom, and
where the child stands on waiting lists — what families ask the front desk for most often."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from enrol.domain.children import age_on
from enrol.i18n import tr
from enrol.reports.layout import PORTRAIT, WAIT_FILL, Section, build, cell, day, facts, frame_width, grid, stamp, \
    styles, weekday_short


@dataclass(frozen=True)
class CardSession:
    weekday: int
    start: str
    end: str
    room: str
    floor: int
    club: str
    group: str
    teacher: str | None = None
    since: dt.date | None = None  # the child's first day, when still ahead


@dataclass(frozen=True)
class CardWaiting:
    club: str
    group: str
    status: str  # "offered" or "waitlisted"
    position: int | None = None
    offer_until: dt.datetime | None = None


@dataclass(frozen=True)
class TimetableCard:
    centre: str
    printed_at: dt.datetime
    child: str
    birth_date: dt.date
    guardians: list[tuple[str, str]] = field(default_factory=list)  # (name, phone)
    sessions: list[CardSession] = field(default_factory=list)
    waiting: list[CardWaiting] = field(default_factory=list)
    card_code: str | None = None  # the entrance card's code, scanned at the door


def _sessions(card: TimetableCard, width: float) -> Flowable:
    widths = [14 * mm, 24 * mm, 0.0, 24 * mm, 24 * mm, 46 * mm]
    widths[2] = width - sum(widths)
    rows: list[list[Any]] = [[tr("Day"), tr("Time"), tr("Club"), tr("Group"), tr("Room (floor)"), tr("Teacher")]]
    for session in card.sessions:
        club = session.club + (" — " + tr("from {date}", date=day(session.since)) if session.since else "")
        rows.append([weekday_short(session.weekday), f"{session.start}–{session.end}", cell(club, widths[2]),
                     cell(session.group, widths[3]), cell(f"{session.room} ({session.floor})", widths[4]),
                     cell(session.teacher or "—", widths[5])])
    return grid(rows, widths)


def _waiting(card: TimetableCard, width: float) -> Flowable:
    widths = [0.0, 30 * mm, 70 * mm]
    widths[0] = width - sum(widths)
    rows: list[list[Any]] = [[tr("Club"), tr("Group"), tr("Status")]]
    for line in card.waiting:
        if line.status == "offered":
            status = tr("a seat is offered until {moment}: please confirm", moment=stamp(line.offer_until)
                        if line.offer_until else "—")
        else:
            status = tr("waiting list, position {position}", position=line.position or "—")
        rows.append([cell(line.club, widths[0]), cell(line.group, widths[1]), cell(status, widths[2])])
    return grid(rows, widths, extra=[("BACKGROUND", (0, 0), (-1, 0), WAIT_FILL)])


def card_story(card: TimetableCard) -> list[Flowable]:
    width = frame_width(PORTRAIT)
    today = card.printed_at.date()
    story: list[Flowable] = [Section(tr("Timetable card: {child}", child=card.child))]
    story.append(facts([
        (tr("Child"), card.child),
        (tr("Birth date (age)"), f"{day(card.birth_date)} ({age_on(card.birth_date, today)})"),
        (tr("Guardian"), "; ".join(f"{name}, {phone}" for name, phone in card.guardians) or "—"),
    ], width))
    if card.card_code:
        from enrol.reports.entrance_cards import CodesFlowable

        story.append(Spacer(1, 3 * mm))
        story.append(CodesFlowable(card.card_code))
    story.append(Paragraph(tr("Weekly timetable"), styles().heading))
    if card.sessions:
        story.append(_sessions(card, width))
    else:
        story.append(Paragraph(tr("The child is not enrolled in any group yet."), styles().body))
    if card.waiting:
        story.append(Paragraph(tr("Offers and waiting lists (not enrolled yet)"), styles().banner))
        story.append(_waiting(card, width))
    story.append(Spacer(1, 5 * mm))
    story.append(Paragraph(tr("Please tell the front desk if the child stops attending, so the seat can go to a "
                              "child on the waiting list."), styles().small))
    return story


def render_card(card: TimetableCard) -> bytes:
    """The timetable card as PDF bytes (A4 portrait)."""
    return build(card_story(card), pagesize=PORTRAIT, centre=card.centre, printed_at=card.printed_at,
                 title=tr("Timetable card: {child}", child=card.child))


__all__ = ["CardSession", "CardWaiting", "TimetableCard", "card_story", "render_card"]
