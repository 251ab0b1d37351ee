"""Printing (README, *Printed documents*): gather each document's plain data in one read transaction, render it with
``enrol.reports`` and record the print in the audit trail — a printed list of children is an export of
personal data (README, *People, roles and personal data*).

Two layers, so the GUI can preview before it prints: ``*_document`` / ``attendance_book`` return the
dataclasses (no audit), ``print_*`` render them, optionally write the file and audit; ``record_print`` audits
a preview that the user then printed or saved. The PDF of every sheet of a month takes a progress callback
``progress(done, total) -> bool`` (False cancels; the result is then None).
"""
from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict
from pathlib import Path
from typing import Any

from sqlalchemy import and_, or_, select, true
from sqlalchemy.orm import Session

from enrol.db.engine import Database
from enrol.db.models import Appointment, AppointmentChild, Attendance, Child, Club, Enrolment, Event, Group, \
    Guardian, Meeting, Room, Specialist, Staff
from enrol.domain.attendance_rules import parse_month
from enrol.domain.errors import NotFoundError
from enrol.domain.intervals import format_hhmm
from enrol.domain.names import full_name
from enrol.reports import AppointmentLine, AttendanceBook, AttendanceRow, AttendanceSheet, CardSession, \
    CardWaiting, EvacuationList, Evacuee, EventLine, ProgressCallback, RoomList, RosterDocument, RosterLine, SpecialistDay, \
    TimeSlot, TimetableCard, render_attendance, render_card, render_evacuation, render_roster, \
    render_specialist_day
from enrol.services import lookup
from enrol.services.people import permissions
from enrol.services.context import Actor, now
from enrol.services.centre.groups import group_detail, waitlist_in_order
from enrol.services.enrolment.occupancy import centre_settings
from enrol.services.reporting.print_record import record_print, save_pdf
from enrol.services.centre.settings import stored_value



def _month_end(first: dt.date) -> dt.date:
    return first.replace(day=calendar.monthrange(first.year, first.month)[1])


def meeting_dates(meetings: list[tuple[int, dt.date | None, dt.date | None]], first: dt.date) -> list[dt.date]:
    """The dates of the month (``first`` is its first day) on which any of the weekly meetings
    ``(weekday, valid_from, valid_to)`` takes place."""
    last = _month_end(first)
    days = (first + dt.timedelta(days=n) for n in range((last - first).days + 1))
    return [d for d in days if any(w == d.isoweekday() and (f is None or f <= d) and (t is None or d <= t)
                                   for w, f, t in meetings)]


def _person(surname: str | None, name: str | None, patronymic: str | None) -> str | None:
    return full_name(surname, name or "", patronymic) if surname else None


def _centre(session: Session) -> str:
    return str(stored_value(session, "centre_name"))


def _current_slots(session: Session, group_ids: list[int], today: dt.date) -> dict[int, list[TimeSlot]]:
    """Each group's weekly meetings still valid today or later, in week order."""
    slots: dict[int, list[TimeSlot]] = defaultdict(list)
    for group_id, weekday, start, end, code in session.execute(
            select(Meeting.group_id, Meeting.weekday, Meeting.start_minute, Meeting.end_minute, Room.code)
            .join(Room, Room.id == Meeting.room_id)
            .where(Meeting.group_id.in_(group_ids), or_(Meeting.valid_to.is_(None), Meeting.valid_to >= today))
            .order_by(Meeting.weekday, Meeting.start_minute)):
        slots[group_id].append(TimeSlot(weekday, format_hhmm(start), format_hhmm(end), code))
    return slots


# --- the documents' data ----------------------------------------------------------------------------

def roster_document(db: Database, *, actor: Actor, group: str | int) -> RosterDocument:
    """The group's enrolled children (Kazakh alphabetical order), held offers and the waitlist in order."""
    permissions.require(actor, "print.documents")
    return _roster(db, group)[1]


def _roster(db: Database, group: str | int) -> tuple[int, RosterDocument]:
    detail = group_detail(db, group=group)
    printed = now()
    with db.read() as session:
        centre = _centre(session)
        slots = _current_slots(session, [detail.group.id], printed.date())[detail.group.id]

    def lines(entries: list[Any], *, waitlist: bool = False) -> list[RosterLine]:
        return [RosterLine(number=(e.position if waitlist and e.position else n), child=e.child,
                           birth_date=e.birth_date, school=e.school, grade=e.grade, guardian=e.guardian,
                           phone=e.phone, since=e.start_date, offer_until=e.offer_expires_at,
                           applied_at=e.applied_at) for n, e in enumerate(entries, start=1)]

    info = detail.group
    return info.id, RosterDocument(centre=centre, printed_at=printed, group=info.code, club=info.club, teacher=info.teacher,
                          seats=info.seats, academic_year=info.academic_year, meetings=slots,
                          children=lines(detail.roster), offers=lines(detail.offers),
                          waitlist=lines(detail.waitlist, waitlist=True))


def attendance_book(db: Database, *, month: dt.date, group: str | int | None = None, teacher_id: int | None = None,
                    blank: bool = False) -> AttendanceBook:
    """The month's sheets: of one group, or of every group (of one teacher) that meets that month or has marks
    recorded in it. Rows are the children in the group at any time that month; columns the meeting dates
    (plus any other date with a recorded mark, so no mark is ever left off the paper)."""
    first = month.replace(day=1)
    last = _month_end(first)
    printed = now()
    with db.read() as session:
        centre = _centre(session)
        groups = (select(Group.id, Group.code, Group.active, Club.name, Staff.surname, Staff.name, Staff.patronymic)
                  .join(Club, Club.id == Group.club_id).outerjoin(Staff, Staff.id == Group.teacher_id)
                  .order_by(Group.code))
        if group is not None:
            groups = groups.where(Group.id == lookup.group(session, group).id)
        elif teacher_id is not None:
            groups = groups.where(Group.teacher_id == lookup.staff(session, teacher_id).id)
        group_rows = {row[0]: row for row in session.execute(groups)}
        chosen = group is not None or teacher_id is not None
        of_groups = Enrolment.group_id.in_(list(group_rows)) if chosen else true()
        meetings: dict[int, list[tuple[int, int, int, dt.date | None, dt.date | None, str]]] = defaultdict(list)
        for group_id, *meeting in session.execute(
                select(Meeting.group_id, Meeting.weekday, Meeting.start_minute, Meeting.end_minute,
                       Meeting.valid_from, Meeting.valid_to, Room.code).join(Room, Room.id == Meeting.room_id)
                .where(or_(Meeting.valid_from.is_(None), Meeting.valid_from <= last),
                       or_(Meeting.valid_to.is_(None), Meeting.valid_to >= first))
                .order_by(Meeting.weekday, Meeting.start_minute)):
            if group_id in group_rows:
                meetings[group_id].append(tuple(meeting))  # type: ignore[arg-type]
        in_month = and_(Attendance.date >= first, Attendance.date <= last)
        marks: dict[int, dict[dt.date, str]] = defaultdict(dict)
        for enrolment_id, day, mark in session.execute(
                select(Attendance.enrolment_id, Attendance.date, Attendance.mark)
                .join(Enrolment, Enrolment.id == Attendance.enrolment_id).where(in_month, of_groups)):
            marks[enrolment_id][day] = mark
        was_in = or_(and_(Enrolment.status == "enrolled",
                          or_(Enrolment.end_date.is_(None), Enrolment.end_date > first)),
                     and_(Enrolment.status.in_(("withdrawn", "completed")), Enrolment.end_date > first))
        enrolments = session.execute(
            select(Enrolment.id, Enrolment.group_id, Enrolment.child_id, Enrolment.start_date, Enrolment.end_date,
                   Child.surname, Child.name, Child.patronymic, Child.sort_key)
            .join(Child, Child.id == Enrolment.child_id)
            .where(of_groups, or_(and_(was_in, or_(Enrolment.start_date.is_(None), Enrolment.start_date <= last)),
                                  Enrolment.id.in_(select(Attendance.enrolment_id).where(in_month))))).all()
    by_group: dict[int, list[Any]] = defaultdict(list)
    for row in enrolments:
        if row.group_id in group_rows:
            by_group[row.group_id].append(row)
    sheets = []
    for group_id, (_, code, active, club, *teacher) in group_rows.items():
        dates = meeting_dates([(w, f, t) for w, _, _, f, t, _ in meetings[group_id]], first)
        recorded = {d for row in by_group[group_id] for d in marks.get(row.id, {})}
        dates = sorted(set(dates) | recorded)
        if group is None and not recorded and not (active and dates):
            continue
        slots = list(dict.fromkeys(TimeSlot(w, format_hhmm(s), format_hhmm(e), room)
                                   for w, s, e, _, _, room in meetings[group_id]))
        sheets.append(AttendanceSheet(group=code, club=club, teacher=_person(*teacher), meetings=slots, dates=dates,
                                      rows=_sheet_rows(by_group[group_id], marks, dates, first, last)))
    return AttendanceBook(centre=centre, printed_at=printed, month=first, sheets=sheets, blank=blank)


def _sheet_rows(enrolments: list[Any], marks: dict[int, dict[dt.date, str]], dates: list[dt.date],
                first: dt.date, last: dt.date) -> list[AttendanceRow]:
    """One row per child (a child who left and came back has one row), in Kazakh alphabetical order."""
    per_child: dict[int, list[Any]] = defaultdict(list)
    for row in enrolments:
        empty = row.start_date is not None and row.end_date is not None and row.end_date <= row.start_date
        if not empty or row.id in marks:  # an application withdrawn the day it began never reached the group
            per_child[row.child_id].append(row)
    rows = []
    for spans in sorted(per_child.values(), key=lambda spans: (spans[0].sort_key, spans[0].child_id)):
        recorded: dict[dt.date, str] = {}
        for span in spans:
            recorded.update(marks.get(span.id, {}))
        starts = [span.start_date for span in spans]
        ends = [span.end_date for span in spans]
        joined = min(starts) if None not in starts and first < min(starts) <= last else None  # type: ignore[type-var]
        left = max(ends) if None not in ends and first < max(ends) <= last else None  # type: ignore[type-var]
        rows.append(AttendanceRow(
            child=full_name(spans[0].surname, spans[0].name, spans[0].patronymic),
            marks=tuple(recorded.get(d) for d in dates),
            enrolled=tuple(any((s.start_date is None or s.start_date <= d) and (s.end_date is None or d < s.end_date)
                               for s in spans) for d in dates),
            joined=joined, left=left))
    return rows


def evacuation_document(db: Database, *, actor: Actor, at: dt.datetime) -> EvacuationList:
    """Who is expected in each room at ``at``, counted exactly as ``occupancy.occupancy_at`` counts them:
    the enrolled children and held offers of active groups meeting then, booked appointments' children,
    events' headcounts."""
    permissions.require(actor, "occupancy.view")
    day, minute, moment = at.date(), at.hour * 60 + at.minute, at.replace(second=0, microsecond=0)
    started = or_(Enrolment.start_date.is_(None), Enrolment.start_date <= day)
    running = or_(and_(Enrolment.status == "enrolled", or_(Enrolment.end_date.is_(None), Enrolment.end_date > day)),
                  and_(Enrolment.status.in_(("withdrawn", "completed")), Enrolment.end_date > day))
    children: dict[int, list[Evacuee]] = defaultdict(list)
    adults: dict[int, list[str]] = defaultdict(list)
    events: dict[int, list[EventLine]] = defaultdict(list)
    with db.read() as session:
        centre, capacity = _centre(session), int(centre_settings(session)["building_capacity"])
        rooms = {room.id: room for room in session.scalars(select(Room))}
        meeting_rows = session.execute(
            select(Meeting.room_id, Group.id, Group.code, Staff.surname, Staff.name, Staff.patronymic)
            .join(Group, Group.id == Meeting.group_id).outerjoin(Staff, Staff.id == Group.teacher_id)
            .where(Group.active, Meeting.weekday == at.isoweekday(), Meeting.start_minute <= minute,
                   Meeting.end_minute > minute, or_(Meeting.valid_from.is_(None), Meeting.valid_from <= day),
                   or_(Meeting.valid_to.is_(None), Meeting.valid_to >= day))).all()
        pupils: dict[int, list[Any]] = defaultdict(list)
        for group_id, status, surname, name, patronymic, key in session.execute(
                select(Enrolment.group_id, Enrolment.status, Child.surname, Child.name, Child.patronymic,
                       Child.sort_key).join(Child, Child.id == Enrolment.child_id)
                .where(Enrolment.group_id.in_([row[1] for row in meeting_rows]),
                       or_(Enrolment.status == "offered", and_(started, running)))):
            pupils[group_id].append((key, full_name(surname, name, patronymic), status))
        for room_id, group_id, code, *teacher in meeting_rows:
            children[room_id] += [Evacuee(child=name, group=code, offered=status == "offered")
                                  for _, name, status in sorted(pupils[group_id])]
            if (person := _person(*teacher)) is not None:
                adults[room_id].append(person)
        bookings: dict[int, int] = {}
        for booking_id, room_id, surname, name, patronymic in session.execute(
                select(Appointment.id, Appointment.room_id, Staff.surname, Staff.name, Staff.patronymic)
                .join(Specialist, Specialist.id == Appointment.specialist_id)
                .join(Staff, Staff.id == Specialist.staff_id)
                .where(Appointment.status == "booked", Appointment.starts_at <= moment, Appointment.ends_at > moment)):
            bookings[booking_id] = room_id
            adults[room_id].append(full_name(surname, name, patronymic))
        for booking_id, surname, name, patronymic in session.execute(
                select(AppointmentChild.appointment_id, Child.surname, Child.name, Child.patronymic)
                .join(Child, Child.id == AppointmentChild.child_id)
                .where(AppointmentChild.appointment_id.in_(list(bookings))).order_by(Child.sort_key)):
            children[bookings[booking_id]].append(Evacuee(child=full_name(surname, name, patronymic)))
        for room_id, title, headcount in session.execute(
                select(Event.room_id, Event.title, Event.headcount)
                .where(Event.starts_at <= moment, Event.ends_at > moment).order_by(Event.starts_at)):
            events[room_id].append(EventLine(title=title, headcount=headcount))
    listed = [RoomList(code=room.code, name=room.name, floor=room.floor, seats=room.seats,
                       adults=sorted(set(adults[room.id])), children=children[room.id], events=events[room.id])
              for room in sorted(rooms.values(), key=lambda r: (r.floor, r.code))
              if children[room.id] or events[room.id] or adults[room.id]]
    return EvacuationList(centre=centre, printed_at=now(), at=moment, capacity=capacity, rooms=listed)


def timetable_card(db: Database, *, child: str | int) -> TimetableCard:
    """The child's weekly timetable (groups enrolled in) and their offers and waitlist positions."""
    return _timetable_card(db, child)[1]


def _timetable_card(db: Database, child: str | int) -> tuple[int, TimetableCard]:
    printed = now()
    with db.read() as session:
        found = lookup.child(session, child)
        guardians = [(g.full_name, g.phone) for g in session.scalars(
            select(Guardian).where(Guardian.child_id == found.id).order_by(Guardian.id))]
        rows = session.execute(
            select(Enrolment, Group.code, Club.name, Staff.surname, Staff.name, Staff.patronymic)
            .join(Group, Group.id == Enrolment.group_id).join(Club, Club.id == Group.club_id)
            .outerjoin(Staff, Staff.id == Group.teacher_id)
            .where(Enrolment.child_id == found.id, Enrolment.status.in_(("enrolled", "offered", "waitlisted")))
            .order_by(Group.code)).all()
        sessions, waiting = [], []
        enrolled = {e.group_id: (e, code, club, _person(*teacher)) for e, code, club, *teacher in rows
                    if e.status == "enrolled"}
        for group_id, weekday, start, end, room, floor in session.execute(
                select(Meeting.group_id, Meeting.weekday, Meeting.start_minute, Meeting.end_minute, Room.code,
                       Room.floor).join(Room, Room.id == Meeting.room_id)
                .where(Meeting.group_id.in_(list(enrolled)),
                       or_(Meeting.valid_to.is_(None), Meeting.valid_to >= printed.date()))
                .order_by(Meeting.weekday, Meeting.start_minute)):
            enrolment, code, club, teacher = enrolled[group_id]
            since = enrolment.start_date if enrolment.start_date and enrolment.start_date > printed.date() else None
            sessions.append(CardSession(weekday=weekday, start=format_hhmm(start), end=format_hhmm(end), room=room,
                                        floor=floor, club=club, group=code, teacher=teacher, since=since))
        for enrolment, code, club, *_ in rows:
            if enrolment.status == "offered":
                waiting.append(CardWaiting(club=club, group=code, status="offered",
                                           offer_until=enrolment.offer_expires_at))
            elif enrolment.status == "waitlisted":
                order = [e.id for e, _ in waitlist_in_order(session, enrolment.group_id)]
                waiting.append(CardWaiting(club=club, group=code, status="waitlisted",
                                           position=order.index(enrolment.id) + 1))
        return found.id, TimetableCard(
            centre=_centre(session), printed_at=printed, child=full_name(found.surname, found.name, found.patronymic),
            birth_date=found.birth_date, guardians=guardians, sessions=sessions, waiting=waiting)


def specialist_day_document(db: Database, *, actor: Actor, specialist_id: int, day: dt.date) -> SpecialistDay:
    """A specialist's appointments on ``day`` (``specialist_id`` is the Specialist's id), without notes."""
    permissions.require(actor, "appointments.view")
    with db.read() as session:
        specialist = lookup.by_id(session, Specialist, specialist_id)
        if specialist is None:
            raise NotFoundError("specialist", specialist_id)
        person = lookup.staff(session, specialist.staff_id)
        cabinet = session.get(Room, specialist.cabinet_id) if specialist.cabinet_id else None
        start = dt.datetime.combine(day, dt.time())
        bookings = session.execute(
            select(Appointment, Room.code).join(Room, Room.id == Appointment.room_id)
            .where(Appointment.specialist_id == specialist.id, Appointment.starts_at >= start,
                   Appointment.starts_at < start + dt.timedelta(days=1))
            .order_by(Appointment.starts_at, Appointment.id)).all()
        who: dict[int, list[tuple[str, dt.date]]] = defaultdict(list)
        for booking_id, surname, name, patronymic, born in session.execute(
                select(AppointmentChild.appointment_id, Child.surname, Child.name, Child.patronymic, Child.birth_date)
                .join(Child, Child.id == AppointmentChild.child_id)
                .where(AppointmentChild.appointment_id.in_([b.id for b, _ in bookings])).order_by(Child.sort_key)):
            who[booking_id].append((full_name(surname, name, patronymic), born))
        return SpecialistDay(
            centre=_centre(session), printed_at=now(), day=day,
            specialist=full_name(person.surname, person.name, person.patronymic), specialty=specialist.specialty,
            cabinet=cabinet.code if cabinet else None,
            appointments=[AppointmentLine(start=f"{b.starts_at:%H:%M}", end=f"{b.ends_at:%H:%M}", room=room,
                                          children=who[b.id], status=b.status) for b, room in bookings])


# --- printing: render, then save and audit through print_record -------------------------------------

def print_roster(db: Database, *, actor: Actor, group: str | int, output: Path | None = None,
                 force: bool = False) -> bytes:
    """The roster's PDF, audited as ``print.roster``; also written to ``output`` when given."""
    permissions.require(actor, "print.documents")
    group_id, document = _roster(db, group)
    pdf = render_roster(document)
    record_print(db, actor=actor, document="roster", entity="group", entity_id=group_id, output=output, pdf=pdf,
                 force=force,
                 details={"group": document.group, "children": len(document.children),
                          "offers": len(document.offers), "waitlist": len(document.waitlist)})
    return pdf


def print_attendance(db: Database, *, actor: Actor, month: dt.date, group: str | int | None = None,
                     teacher_id: int | None = None, blank: bool = False, output: Path | None = None, force: bool = False,
                     progress: ProgressCallback | None = None) -> bytes | None:
    """One group's sheet, or (``group`` None) every group's — of one teacher with ``teacher_id``. None when
    ``progress`` cancelled the work (then nothing is written or audited)."""
    permissions.require(actor, "print.documents")
    book = attendance_book(db, month=month, group=group, teacher_id=teacher_id, blank=blank)
    pdf = render_attendance(book, progress=progress)
    if pdf is None:
        return None
    record_print(db, actor=actor, document="attendance", entity="group", output=output, force=force, pdf=pdf, details={"month": f"{book.month:%Y-%m}", "blank": blank, "teacher_id": teacher_id,
                                   "groups": [sheet.group for sheet in book.sheets]})
    return pdf


def print_evacuation(db: Database, *, actor: Actor, at: dt.datetime, output: Path | None = None,
                     force: bool = False) -> bytes:
    """The evacuation list's PDF for the moment ``at``, audited; also written to ``output`` when given."""
    permissions.require(actor, "print.documents")
    document = evacuation_document(db, actor=actor, at=at)
    pdf = render_evacuation(document)
    record_print(db, actor=actor, document="evacuation", entity="building", entity_id=document.at.isoformat(),
                 output=output, force=force, pdf=pdf, details={"children": document.total, "rooms": len(document.rooms)})
    return pdf


def print_card(db: Database, *, actor: Actor, child: str | int, output: Path | None = None,
               force: bool = False) -> bytes:
    """The child's timetable card (child by id or IIN), audited; also written to ``output`` when given."""
    permissions.require(actor, "print.documents")
    child_id, card = _timetable_card(db, child)
    pdf = render_card(card)
    record_print(db, actor=actor, document="card", entity="child", entity_id=child_id, output=output, pdf=pdf,
                 force=force,
                 details={"groups": sorted({s.group for s in card.sessions}), "waiting": len(card.waiting)})
    return pdf


def print_specialist_day(db: Database, *, actor: Actor, specialist_id: int, day: dt.date,
                         output: Path | None = None, force: bool = False) -> bytes:
    """The specialist's day, audited; also written to ``output`` when given."""
    permissions.require(actor, "appointments.view")
    document = specialist_day_document(db, actor=actor, specialist_id=specialist_id, day=day)
    pdf = render_specialist_day(document)
    record_print(db, actor=actor, document="specialist_day", entity="specialist", entity_id=specialist_id,
                 output=output, force=force, pdf=pdf, details={"date": day.isoformat(), "appointments": len(document.appointments)})
    return pdf


__all__ = ["ProgressCallback", "attendance_book", "evacuation_document", "meeting_dates", "parse_month",
           "print_attendance", "print_card", "print_evacuation", "print_roster", "print_specialist_day",
           "record_print", "roster_document", "save_pdf", "specialist_day_document", "timetable_card"]
