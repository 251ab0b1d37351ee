"""Specialist cabinets: the psychologist's, defectologist's and speech therapist's appointments.

A booking is one child or a small group (no more than the cabinet's seats) with a specialist in their cabinet,
once or weekly for N weeks. Each date of a series is checked on its own — the specialist and the cabinet are
free, every child is free (no club meeting, no other appointment), the building stays within its capacity —
and a date that fails is refused alone, with its reason, while the others are booked. Cancelling keeps the
appointment (status ``cancelled``); rescheduling marks it ``rescheduled`` and books the new time in the same
series, so the history of a child's sessions is never rewritten.

Who may book: administrators, registrars, and a specialist for their own cabinet (once sign-in exists).
Confidential notes are in ``enrol.services.bookings.session_notes``; nothing here returns them.
"""
from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from enrol.db.engine import Database
from enrol.db.models import Appointment, AppointmentChild, Child, Group, Meeting, Referral, Room, Specialist, Staff
from enrol.domain.attendance_rules import weekly_starts
from enrol.domain.errors import N_, Notice, RefusedError, ValidationError
from enrol.domain.intervals import format_hhmm
from enrol.domain.names import full_name
from enrol.domain.validation import check_int
from enrol.services import lookup
from enrol.services.people import audit, permissions
from enrol.services.attendance.marks import acting_staff
from enrol.services.bookings.checks import Window, building_refusal, check_ahead, child_refusal, on_day, room_refusal, window
from enrol.services.context import Actor, now
from enrol.services.enrolment.occupancy import LONGEST_APPOINTMENT, lock_building
from enrol.services.enrolment.offers import load_child

MAX_WEEKS = 52
MIN_MINUTES = 10
DESK_ROLES = ("administrator", "registrar")


@dataclass(frozen=True)
class SpecialistInfo:
    id: int
    staff_id: int
    name: str
    specialty: str
    cabinet: str | None
    cabinet_seats: int


@dataclass(frozen=True)
class Attendee:
    child_id: int
    child: str


@dataclass(frozen=True)
class AppointmentInfo:
    id: int
    specialist_id: int
    specialist: str
    specialty: str
    room: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    status: str
    series_id: str | None
    children: tuple[Attendee, ...] = ()

    @property
    def names(self) -> str:
        return ", ".join(a.child for a in self.children)


@dataclass(frozen=True)
class RefusedDate:
    """A date of a series that was not booked, and why (a message template and its values)."""

    starts_at: dt.datetime
    reason: Notice


@dataclass(frozen=True)
class BookingOutcome:
    series_id: str | None
    booked: list[AppointmentInfo] = field(default_factory=list)
    refused: list[RefusedDate] = field(default_factory=list)


def _specialist(session: Session, key: str | int) -> Specialist:
    text = str(key).strip()
    found = lookup.by_id(session, Specialist, text)
    if found is None:
        matches = session.scalars(select(Specialist).where(Specialist.specialty == text)).all()
        found = matches[0] if len(matches) == 1 else None
    if found is None:
        raise RefusedError(N_("There is no specialist «{key}»"), rule="not_found", key=text)
    return found


def _check_may_manage(session: Session, actor: Actor, specialist: Specialist) -> None:
    if actor.role in DESK_ROLES:
        return
    if actor.role == "specialist" and acting_staff(session, actor) == specialist.staff_id:
        return
    raise RefusedError(N_("{login} may not manage this specialist's appointments"), rule="permission",
                       login=actor.login)


def list_specialists(db: Database) -> list[SpecialistInfo]:
    with db.read() as session:
        return [SpecialistInfo(id=s.id, staff_id=s.staff_id, name=full_name(p.surname, p.name, p.patronymic),
                               specialty=s.specialty, cabinet=room.code if room else None,
                               cabinet_seats=room.seats if room else 0)
                for s, p, room in session.execute(
                    select(Specialist, Staff, Room).join(Staff, Staff.id == Specialist.staff_id)
                    .outerjoin(Room, Room.id == Specialist.cabinet_id).where(Staff.active)
                    .order_by(Specialist.specialty, Staff.surname)).tuples()]


def manageable_specialists(db: Database, *, actor: Actor) -> list[SpecialistInfo]:
    """The specialists whose appointments ``actor`` may book and change: every one for the front desk, a
    specialist only themself — so the window never offers a choice the checks would refuse."""
    found = list_specialists(db)
    if actor.role in DESK_ROLES:
        return found
    with db.read() as session:
        own = acting_staff(session, actor) if actor.role == "specialist" else None
    return [info for info in found if own is not None and info.staff_id == own]


def _infos(session: Session, bookings: Sequence[Appointment]) -> list[AppointmentInfo]:
    if not bookings:
        return []
    who: dict[int, list[Attendee]] = defaultdict(list)
    for appointment_id, child_id, surname, name, patronymic in session.execute(
            select(AppointmentChild.appointment_id, Child.id, Child.surname, Child.name, Child.patronymic)
            .join(Child, Child.id == AppointmentChild.child_id)
            .where(AppointmentChild.appointment_id.in_([b.id for b in bookings])).order_by(Child.sort_key)):
        who[appointment_id].append(Attendee(child_id, full_name(surname, name, patronymic)))
    people = {s.id: (s, p) for s, p in session.execute(
        select(Specialist, Staff).join(Staff, Staff.id == Specialist.staff_id)
        .where(Specialist.id.in_({b.specialist_id for b in bookings}))).tuples()}
    rooms = dict(session.execute(
        select(Room.id, Room.code).where(Room.id.in_({b.room_id for b in bookings}))).tuples().all())
    result = []
    for b in bookings:
        specialist, person = people[b.specialist_id]
        result.append(AppointmentInfo(
            id=b.id, specialist_id=b.specialist_id,
            specialist=full_name(person.surname, person.name, person.patronymic),
            specialty=specialist.specialty, room=rooms[b.room_id], starts_at=b.starts_at, ends_at=b.ends_at,
            status=b.status, series_id=b.series_id, children=tuple(who[b.id])))
    return result


def _date_refusal(session: Session, specialist: Specialist, cabinet: Room, slot: Window,
                  children: list[tuple[int, str]], ignore: tuple[int, ...] = ()) -> RefusedError | None:
    """Why this one date cannot be booked, or None."""
    try:
        check_ahead(slot)
    except RefusedError as error:
        return error
    busy = session.execute(
        select(Appointment.starts_at, Appointment.ends_at)
        .where(Appointment.specialist_id == specialist.id, Appointment.status == "booked",
               Appointment.starts_at < slot.ends_at, Appointment.ends_at > slot.starts_at,
               Appointment.id.not_in(ignore)).limit(1)).first()
    if busy is not None:
        return RefusedError(N_("The specialist already has an appointment at {start}–{end} on {date}"),
                            rule="specialist_clash", start=f"{busy[0]:%H:%M}", end=f"{busy[1]:%H:%M}",
                            date=slot.day.isoformat())
    teaching = session.execute(
        select(Group.code, Meeting.start_minute, Meeting.end_minute).join(Group, Group.id == Meeting.group_id)
        .where(Group.teacher_id == specialist.staff_id, Group.active, on_day(slot)).limit(1)).first()
    if teaching is not None:
        return RefusedError(N_("The specialist teaches group {group} at {start}–{end} on {date}"),
                            rule="specialist_clash", group=teaching[0], start=format_hhmm(teaching[1]),
                            end=format_hhmm(teaching[2]), date=slot.day.isoformat())
    problems = [room_refusal(session, room_id=cabinet.id, room=cabinet.code, slot=slot, ignore_appointments=ignore)]
    problems += [child_refusal(session, child_id=cid, child=name, slot=slot, ignore_appointments=ignore)
                 for cid, name in children]
    problems.append(building_refusal(session, slot=slot, add=len(children)))
    return next((p for p in problems if p is not None), None)


def _prepare(session: Session, specialist: Specialist,
             children: Sequence[str | int]) -> tuple[Room, list[tuple[int, str]]]:
    if specialist.cabinet_id is None:
        raise RefusedError(N_("The specialist has no cabinet to see children in"), rule="no_cabinet")
    cabinet = session.get(Room, specialist.cabinet_id)
    assert cabinet is not None
    pupils: dict[int, str] = {}
    for key in children:
        child = load_child(session, key)
        pupils[child.id] = child.full_name
    if not pupils:
        raise ValidationError("children", N_("Choose at least one child"))
    if len(pupils) > cabinet.seats:
        raise RefusedError(N_("Cabinet {room} has {seats} seats: {count} children do not fit"), rule="seats",
                           room=cabinet.code, seats=cabinet.seats, count=len(pupils))
    return cabinet, list(pupils.items())


def _insert(session: Session, actor: Actor, specialist: Specialist, cabinet: Room, slot: Window,
            children: list[tuple[int, str]], series: str | None) -> Appointment:
    booking = Appointment(specialist_id=specialist.id, room_id=cabinet.id, starts_at=slot.starts_at,
                          ends_at=slot.ends_at, status="booked", series_id=series, created_by=actor.login)
    session.add(booking)
    session.flush()
    session.add_all(AppointmentChild(appointment_id=booking.id, child_id=cid) for cid, _ in children)
    session.flush()
    return booking


def book_appointment(
    db: Database, *, actor: Actor, specialist: str | int, children: Sequence[str | int], starts_at: dt.datetime,
    minutes: int, weeks: int = 1, referral_id: int | None = None,
) -> BookingOutcome:
    """Book the children (ids or IINs) with the specialist at ``starts_at`` for ``minutes``, weekly ``weeks``
    times. Dates that clash are refused one by one and listed; when no date at all can be booked, the first
    refusal is raised and nothing is stored. A referral answered by the booking is marked booked."""
    permissions.require(actor, "appointments.edit")
    length = check_int(minutes, field="minutes", minimum=MIN_MINUTES,
                       maximum=int(LONGEST_APPOINTMENT.total_seconds() // 60))
    count = check_int(weeks, field="weeks", minimum=1, maximum=MAX_WEEKS)
    window(starts_at, starts_at + dt.timedelta(minutes=length), longest=LONGEST_APPOINTMENT)
    series = str(uuid.uuid4()) if count > 1 else None
    with db.write() as session:
        lock_building(session)
        found = _specialist(session, specialist)
        _check_may_manage(session, actor, found)
        cabinet, pupils = _prepare(session, found, children)
        booked: list[Appointment] = []
        refused: list[tuple[dt.datetime, RefusedError]] = []
        for start in weekly_starts(starts_at, count):
            slot = window(start, start + dt.timedelta(minutes=length))
            problem = _date_refusal(session, found, cabinet, slot, pupils)
            if problem is None:
                booked.append(_insert(session, actor, found, cabinet, slot, pupils, series))
            else:
                refused.append((slot.starts_at, problem))
        if not booked:
            raise refused[0][1]
        if referral_id is not None:
            _answer_referral(session, referral_id, booked[0], [cid for cid, _ in pupils])
        infos = _infos(session, booked)
        audit.record(session, actor=actor, action="appointment.book", entity="specialist", entity_id=found.id,
                     after={"appointments": [b.id for b in booked], "children": [cid for cid, _ in pupils],
                            "series": series, "refused": [at for at, _ in refused]})
    return BookingOutcome(series_id=series, booked=infos,
                          refused=[RefusedDate(at, Notice(error.message, **error.params)) for at, error in refused])


def _answer_referral(session: Session, referral_id: int, booking: Appointment, children: list[int]) -> None:
    referral = lookup.by_id(session, Referral, referral_id)
    if referral is None or referral.status != "open":
        raise RefusedError(N_("There is no open referral «{key}»"), rule="not_found", key=referral_id)
    if referral.child_id not in children:
        raise RefusedError(N_("The referral «{key}» is for another child"), rule="referral", key=referral_id)
    referral.status, referral.appointment_id = "booked", booking.id


def list_appointments(
    db: Database, *, actor: Actor, first: dt.date, last: dt.date, specialist: str | int | None = None,
    include_cancelled: bool = False,
) -> list[AppointmentInfo]:
    """Appointments starting between ``first`` and ``last`` (both included), of one specialist or all."""
    permissions.require(actor, "appointments.view")
    with db.read() as session:
        query = select(Appointment).where(
            Appointment.starts_at >= dt.datetime.combine(first, dt.time()),
            Appointment.starts_at < dt.datetime.combine(last + dt.timedelta(days=1), dt.time()))
        if specialist is not None:
            found = _specialist(session, specialist)
            _check_may_manage(session, actor, found)
            query = query.where(Appointment.specialist_id == found.id)
        elif actor.role not in DESK_ROLES:
            raise RefusedError(N_("{login} may not manage this specialist's appointments"), rule="permission",
                               login=actor.login)
        if not include_cancelled:
            query = query.where(Appointment.status == "booked")
        return _infos(session, session.scalars(query.order_by(Appointment.starts_at, Appointment.id)).all())


def week_calendar(db: Database, *, actor: Actor, specialist: str | int, week_of: dt.date) -> list[AppointmentInfo]:
    """The booked appointments of the week (Monday to Sunday) that contains ``week_of``."""
    permissions.require(actor, "appointments.view")
    monday = week_of - dt.timedelta(days=week_of.isoweekday() - 1)
    return list_appointments(db, actor=actor, specialist=specialist, first=monday, last=monday + dt.timedelta(days=6))


def _changeable(session: Session, actor: Actor, appointment_id: int) -> tuple[Appointment, Specialist]:
    booking = lookup.by_id(session, Appointment, appointment_id)
    if booking is None:
        raise RefusedError(N_("There is no appointment «{key}»"), rule="not_found", key=appointment_id)
    specialist = session.get(Specialist, booking.specialist_id)
    assert specialist is not None
    _check_may_manage(session, actor, specialist)
    if booking.status != "booked":
        raise RefusedError(N_("The appointment of {at} was cancelled or moved and cannot be changed"),
                           rule="status", at=f"{booking.starts_at:%Y-%m-%d %H:%M}")
    if booking.ends_at <= now():
        raise RefusedError(N_("The appointment of {at} is over and cannot be changed"), rule="past",
                           at=f"{booking.starts_at:%Y-%m-%d %H:%M}")
    return booking, specialist


def cancel_appointment(db: Database, *, actor: Actor, appointment_id: int, reason: str | None = None,
                       whole_series: bool = False) -> list[AppointmentInfo]:
    """Cancel the appointment (with ``whole_series``, also the later ones of its series)."""
    permissions.require(actor, "appointments.edit")
    with db.write() as session:
        booking, _ = _changeable(session, actor, appointment_id)
        chosen = [booking]
        if whole_series and booking.series_id:
            chosen += session.scalars(select(Appointment).where(
                Appointment.series_id == booking.series_id, Appointment.status == "booked",
                Appointment.starts_at > booking.starts_at).order_by(Appointment.starts_at)).all()
        for item in chosen:
            item.status = "cancelled"
        session.flush()
        audit.record(session, actor=actor, action="appointment.cancel", entity="appointment", entity_id=booking.id,
                     after={"cancelled": [b.id for b in chosen], "reason": reason})
        return _infos(session, chosen)


def reschedule_appointment(db: Database, *, actor: Actor, appointment_id: int, starts_at: dt.datetime,
                           minutes: int | None = None) -> AppointmentInfo:
    """Move one appointment to a new time (checked like a new booking); the old one stays as ``rescheduled``."""
    permissions.require(actor, "appointments.edit")
    with db.write() as session:
        lock_building(session)
        booking, specialist = _changeable(session, actor, appointment_id)
        length = minutes if minutes is not None else int((booking.ends_at - booking.starts_at).total_seconds() // 60)
        length = check_int(length, field="minutes", minimum=MIN_MINUTES,
                           maximum=int(LONGEST_APPOINTMENT.total_seconds() // 60))
        slot = window(starts_at, starts_at + dt.timedelta(minutes=length), longest=LONGEST_APPOINTMENT)
        cabinet, pupils = _prepare(session, specialist, list(session.scalars(
            select(AppointmentChild.child_id).where(AppointmentChild.appointment_id == booking.id))))
        problem = _date_refusal(session, specialist, cabinet, slot, pupils, ignore=(booking.id,))
        if problem is not None:
            raise problem
        booking.status = "rescheduled"
        moved = _insert(session, actor, specialist, cabinet, slot, pupils, booking.series_id)
        audit.record(session, actor=actor, action="appointment.reschedule", entity="appointment",
                     entity_id=booking.id, before={"starts_at": booking.starts_at},
                     after={"appointment": moved.id, "starts_at": moved.starts_at})
        return _infos(session, [moved])[0]


__all__ = ["AppointmentInfo", "Attendee", "BookingOutcome", "RefusedDate", "SpecialistInfo", "book_appointment",
           "cancel_appointment", "list_appointments", "list_specialists", "manageable_specialists", "reschedule_appointment", "week_calendar"]
