"""The weekly timetable: meetings of groups in rooms, refused when the room or the teacher is already busy."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from enrol.db.engine import Database
from enrol.db.models import Appointment, AppointmentChild, Child, Club, Enrolment, Group, Meeting, Room, Staff
from enrol.domain.capacity import HORIZON_DAYS, WeeklyItem, first_excess
from enrol.domain.errors import N_, NotFoundError, Notice, RefusedError, ValidationError
from enrol.domain.intervals import format_hhmm, parse_hhmm
from enrol.domain.names import full_name
from enrol.domain.validation import check_int
from enrol.services import lookup
from enrol.services.people import audit, permissions
from enrol.services.context import Actor, now
from enrol.services.enrolment.occupancy import TAKEN, _TAKEN_BY_MEETING, centre_settings, dated_load, load_group, \
    lock_building, status_is


@dataclass(frozen=True)
class MeetingInfo:
    id: int
    group_id: int
    group_code: str
    weekday: int
    start: str
    end: str
    room: str
    floor: int
    valid_from: dt.date | None
    valid_to: dt.date | None


def meeting_info(meeting: Meeting, group_code: str, room: Room) -> MeetingInfo:
    return MeetingInfo(
        id=meeting.id, group_id=meeting.group_id, group_code=group_code, weekday=meeting.weekday,
        start=format_hhmm(meeting.start_minute), end=format_hhmm(meeting.end_minute), room=room.code,
        floor=room.floor, valid_from=meeting.valid_from, valid_to=meeting.valid_to,
    )


def _overlapping(weekday: int, start: int, end: int, valid_from: dt.date | None, valid_to: dt.date | None):  # type: ignore[no-untyped-def]
    """SQL condition: meetings on the same weekday whose times and validity dates overlap the given ones."""
    conditions = [Meeting.weekday == weekday, Meeting.start_minute < end, Meeting.end_minute > start]
    if valid_to is not None:
        conditions.append(or_(Meeting.valid_from.is_(None), Meeting.valid_from <= valid_to))
    if valid_from is not None:
        conditions.append(or_(Meeting.valid_to.is_(None), Meeting.valid_to >= valid_from))
    return and_(*conditions)


def check_meeting(
    session: Session, *, group: Group, weekday: int, start: int, end: int, room: Room,
    valid_from: dt.date | None, valid_to: dt.date | None, ignore_meeting_id: int | None = None,
) -> None:
    """Raise RefusedError for the first reason the slot cannot be taken."""
    overlap = _overlapping(weekday, start, end, valid_from, valid_to)
    if ignore_meeting_id is not None:
        overlap = and_(overlap, Meeting.id != ignore_meeting_id)
    if group.seats > room.seats:
        raise RefusedError(N_("Group {group} has {seats} seats but room {room} has only {room_seats}"),
                           rule="seats", group=group.code, seats=group.seats, room=room.code, room_seats=room.seats)
    busy_room = session.execute(
        select(Group.code, Meeting.start_minute, Meeting.end_minute)
        .join(Group, Group.id == Meeting.group_id)
        .where(overlap, Meeting.room_id == room.id, Group.active)
        .limit(1)
    ).first()
    if busy_room is not None:
        raise RefusedError(N_("Room {room} is taken by group {other} at {start}–{end}"), rule="room_clash",
                           room=room.code, other=busy_room[0], start=format_hhmm(busy_room[1]),
                           end=format_hhmm(busy_room[2]))
    if group.teacher_id is not None:
        busy_teacher = session.execute(
            select(Group.code, Meeting.start_minute, Meeting.end_minute)
            .join(Group, Group.id == Meeting.group_id)
            .where(overlap, Group.teacher_id == group.teacher_id, Group.id != group.id, Group.active)
            .limit(1)
        ).first()
        if busy_teacher is not None:
            raise RefusedError(N_("The teacher of {group} teaches group {other} at {start}–{end}"),
                               rule="teacher_clash", group=group.code, other=busy_teacher[0],
                               start=format_hhmm(busy_teacher[1]), end=format_hhmm(busy_teacher[2]))
    own = session.execute(
        select(Meeting.start_minute, Meeting.end_minute).where(overlap, Meeting.group_id == group.id).limit(1)
    ).first()
    if own is not None:
        raise RefusedError(N_("Group {group} already meets at {start}–{end} that day"), rule="group_clash",
                           group=group.code, start=format_hhmm(own[0]), end=format_hhmm(own[1]))


def add_meeting(
    db: Database, *, actor: Actor, group: str | int, weekday: int, start: str, end: str, room: str,
    valid_from: dt.date | None = None, valid_to: dt.date | None = None,
) -> MeetingInfo:
    permissions.require(actor, "centre.edit")
    day = check_int(weekday, field="weekday", minimum=1, maximum=7)
    start_minute = parse_hhmm(start, field="start")
    end_minute = parse_hhmm(end, field="end", allow_end_of_day=True)
    if end_minute <= start_minute:
        raise ValidationError("end", N_("the meeting must end after it starts ({start}–{end})"), start=start, end=end)
    if valid_from and valid_to and valid_to < valid_from:
        raise ValidationError("valid_to", N_("the end date {value} is before the start date"), value=valid_to)
    with db.write() as session:
        lock_building(session)  # a new meeting brings the group's children into the building then
        found_group = lookup.group(session, group, for_update=True)
        found_room = lookup.room(session, room)
        check_meeting(session, group=found_group, weekday=day, start=start_minute, end=end_minute,
                      room=found_room, valid_from=valid_from, valid_to=valid_to)
        if found_group.active:
            refuse_over_capacity(session, group=found_group, weekday=day, start=start_minute, end=end_minute,
                                 room=found_room, meeting_id=None)
        meeting = Meeting(group_id=found_group.id, weekday=day, start_minute=start_minute, end_minute=end_minute,
                          room_id=found_room.id, valid_from=valid_from, valid_to=valid_to)
        session.add(meeting)
        session.flush()
        info = meeting_info(meeting, found_group.code, found_room)
        audit.record(session, actor=actor, action="meeting.add", entity="meeting", entity_id=meeting.id, after=info)
    return info


def remove_meeting(db: Database, *, actor: Actor, meeting_id: int) -> None:
    permissions.require(actor, "centre.edit")
    with db.write() as session:
        meeting = lookup.by_id(session, Meeting, meeting_id)
        if meeting is None:
            raise NotFoundError("meeting", meeting_id)
        group = session.get(Group, meeting.group_id)
        room = session.get(Room, meeting.room_id)
        assert group is not None and room is not None
        before = meeting_info(meeting, group.code, room)
        session.delete(meeting)
        audit.record(session, actor=actor, action="meeting.remove", entity="meeting", entity_id=meeting_id,
                     before=before)


def meetings_of(session: Session, group_ids: list[int] | None = None) -> dict[int, list[MeetingInfo]]:
    """Meetings grouped by group id, in week order (inside a caller's transaction)."""
    query = (
        select(Meeting, Group.code, Room)
        .join(Group, Group.id == Meeting.group_id)
        .join(Room, Room.id == Meeting.room_id)
        .order_by(Meeting.weekday, Meeting.start_minute)
    )
    if group_ids is not None:
        query = query.where(Meeting.group_id.in_(group_ids))
    result: dict[int, list[MeetingInfo]] = {}
    for meeting, code, room in session.execute(query):
        result.setdefault(meeting.group_id, []).append(meeting_info(meeting, code, room))
    return result


def list_meetings(db: Database, *, room: str | None = None) -> list[MeetingInfo]:
    with db.read() as session:
        everything = [m for ms in meetings_of(session).values() for m in ms]
    if room is not None:
        everything = [m for m in everything if m.room == room]
    return sorted(everything, key=lambda m: (m.weekday, m.start, m.room))


# --- changes checked before saving (the Timetable page) ------------------------------------------------

@dataclass(frozen=True)
class SlotInfo:
    """A meeting as the week grid draws it: who, where, when, and how many children it brings."""

    id: int
    group: str
    club: str
    teacher_id: int | None
    teacher: str | None
    room: str
    weekday: int
    start: str
    end: str
    children: int
    seats: int


def week_slots(db: Database, *, on: dt.date | None = None) -> list[SlotInfo]:
    """Every active group's meeting valid on ``on`` (default today), with its teacher and children."""
    day = on or now().date()
    taken = (select(func.count()).where(Enrolment.group_id == Meeting.group_id, status_is(*TAKEN))
             .correlate(Meeting).scalar_subquery())
    with db.read() as session:
        rows = session.execute(
            select(Meeting, Group.code, Group.teacher_id, Group.seats, Club.name, Room.code, Staff, taken)
            .join(Group, Group.id == Meeting.group_id).join(Club, Club.id == Group.club_id)
            .join(Room, Room.id == Meeting.room_id).outerjoin(Staff, Staff.id == Group.teacher_id)
            .where(Group.active, or_(Meeting.valid_from.is_(None), Meeting.valid_from <= day),
                   or_(Meeting.valid_to.is_(None), Meeting.valid_to >= day))
            .order_by(Meeting.weekday, Meeting.start_minute, Room.code)).all()
    return [SlotInfo(id=m.id, group=code, club=club, teacher_id=teacher_id,
                     teacher=full_name(t.surname, t.name, t.patronymic) if t else None, room=room,
                     weekday=m.weekday, start=format_hhmm(m.start_minute), end=format_hhmm(m.end_minute),
                     children=int(children), seats=seats)
            for m, code, teacher_id, seats, club, room, t, children in rows]


def _parse_slot(weekday: int, start: str, end: str) -> tuple[int, int, int]:
    day = check_int(weekday, field="weekday", minimum=1, maximum=7)
    start_minute = parse_hhmm(start, field="start")
    end_minute = parse_hhmm(end, field="end", allow_end_of_day=True)
    if end_minute <= start_minute:
        raise ValidationError("end", N_("the meeting must end after it starts ({start}–{end})"), start=start, end=end)
    return day, start_minute, end_minute


def _children_clashes(session: Session, group: Group, weekday: int, start: int, end: int,
                      today: dt.date) -> list[Notice]:
    """The group's children who would be somewhere else then: another group's meeting or an appointment."""
    pupils = select(Enrolment.child_id).where(Enrolment.group_id == group.id, status_is(*TAKEN))
    other = aliased(Enrolment)
    busy: dict[int, tuple[str, str]] = {}
    for child_id, surname, name, patronymic, code, s, e in session.execute(
            select(other.child_id, Child.surname, Child.name, Child.patronymic, Group.code, Meeting.start_minute,
                   Meeting.end_minute)
            .join(Child, Child.id == other.child_id).join(Group, Group.id == other.group_id)
            .join(Meeting, Meeting.group_id == other.group_id)
            .where(other.child_id.in_(pupils), other.group_id != group.id, Group.active,
                   or_(other.status == "enrolled", other.status == "offered"),
                   _overlapping(weekday, start, end, today, None)).order_by(Child.sort_key)):
        busy.setdefault(child_id, (full_name(surname, name, patronymic),
                                   f"{code} {format_hhmm(s)}–{format_hhmm(e)}"))
    horizon = dt.datetime.combine(today + dt.timedelta(days=HORIZON_DAYS), dt.time())
    for child_id, surname, name, patronymic, starts_at, ends_at in session.execute(
            select(AppointmentChild.child_id, Child.surname, Child.name, Child.patronymic, Appointment.starts_at,
                   Appointment.ends_at)
            .join(Appointment, Appointment.id == AppointmentChild.appointment_id)
            .join(Child, Child.id == AppointmentChild.child_id)
            .where(AppointmentChild.child_id.in_(pupils), Appointment.status == "booked",
                   Appointment.starts_at >= dt.datetime.combine(today, dt.time()), Appointment.starts_at < horizon)):
        minutes = starts_at.hour * 60 + starts_at.minute
        length = int((ends_at - starts_at).total_seconds() // 60)
        if starts_at.isoweekday() == weekday and minutes < end and start < minutes + length:
            busy.setdefault(child_id, (full_name(surname, name, patronymic), f"{starts_at:%d.%m %H:%M}"))
    if not busy:
        return []
    shown = [f"{child} ({where})" for child, where in list(busy.values())[:3]]
    return [Notice(N_("{count} children of {group} are busy then: {children}"), count=len(busy), group=group.code,
                   children=", ".join(shown) + ("…" if len(busy) > 3 else ""))]


def _capacity_problem(session: Session, group: Group, weekday: int, start: int, end: int, room: Room,
                      meeting_id: int | None, today: dt.date) -> Notice | None:
    """Would the group's children at the new time push the building over its capacity?"""
    taken = load_group(session, group.id).taken
    if not taken:
        return None
    query = (select(Meeting.weekday, Meeting.start_minute, Meeting.end_minute, Meeting.valid_from, Meeting.valid_to,
                    _TAKEN_BY_MEETING).join(Group, Group.id == Meeting.group_id)
             .where(Group.active, _overlapping(weekday, start, end, today, None)))
    if meeting_id is not None:
        query = query.where(Meeting.id != meeting_id)
    weekly = [WeeklyItem(w, s, e, int(c), f, t) for w, s, e, f, t, c in session.execute(query)]
    slot = WeeklyItem(weekday, start, end, 0, None, None, room.id)
    dated = dated_load(session, [slot], since=today)
    capacity = int(centre_settings(session)["building_capacity"])
    excess = first_excess([slot], add=taken, capacity=capacity, weekly=weekly, dated=dated, since=today)
    if excess is None:
        return None
    return Notice(N_("The building would have more than {capacity} children on {at} ({load} expected then, "
                     "{added} more with {group})"), capacity=capacity,
                  at=f"{excess.day.isoformat()} {format_hhmm(excess.minute)}", load=excess.load, added=taken,
                  group=group.code)


def refuse_over_capacity(session: Session, *, group: Group, weekday: int, start: int, end: int, room: Room,
                         meeting_id: int | None) -> None:
    """The building-capacity rule of enrolment for a slot that brings the group's children in (a new or moved
    meeting, a reactivated group); the caller holds the building lock."""
    problem = _capacity_problem(session, group, weekday, start, end, room, meeting_id, now().date())
    if problem is not None:
        raise RefusedError(problem.message, rule="capacity", **problem.params)


def refuse_reactivation(session: Session, *, group: Group) -> None:
    """A closed group's children come back with it: each of its meetings must fit the room (seats, clashes),
    the teacher and the building again, as an enrolment would. The caller holds the building lock."""
    today = now().date()
    meetings = session.scalars(select(Meeting).where(
        Meeting.group_id == group.id, or_(Meeting.valid_to.is_(None), Meeting.valid_to >= today))).all()
    for meeting in meetings:
        room = session.get(Room, meeting.room_id)
        assert room is not None
        check_meeting(session, group=group, weekday=meeting.weekday, start=meeting.start_minute,
                      end=meeting.end_minute, room=room, valid_from=max(meeting.valid_from or today, today),
                      valid_to=meeting.valid_to, ignore_meeting_id=meeting.id)
        refuse_over_capacity(session, group=group, weekday=meeting.weekday, start=meeting.start_minute,
                             end=meeting.end_minute, room=room, meeting_id=meeting.id)


def _problems(session: Session, *, meeting_id: int | None, group: Group, weekday: int, start: int, end: int,
              room: Room) -> list[Notice]:
    today = now().date()
    problems: list[Notice] = []
    if group.seats > room.seats:
        problems.append(Notice(N_("Group {group} has {seats} seats but room {room} has only {room_seats}"),
                               group=group.code, seats=group.seats, room=room.code, room_seats=room.seats))
    overlap = _overlapping(weekday, start, end, today, None)
    if meeting_id is not None:
        overlap = and_(overlap, Meeting.id != meeting_id)
    for code, s, e in session.execute(
            select(Group.code, Meeting.start_minute, Meeting.end_minute).join(Group, Group.id == Meeting.group_id)
            .where(overlap, Meeting.room_id == room.id, Group.active, Group.id != group.id)
            .order_by(Meeting.start_minute)):
        problems.append(Notice(N_("Room {room} is taken by group {other} at {start}–{end}"), room=room.code,
                               other=code, start=format_hhmm(s), end=format_hhmm(e)))
    if group.teacher_id is not None:
        for code, s, e in session.execute(
                select(Group.code, Meeting.start_minute, Meeting.end_minute).join(Group, Group.id == Meeting.group_id)
                .where(overlap, Group.teacher_id == group.teacher_id, Group.id != group.id, Group.active)):
            problems.append(Notice(N_("The teacher of {group} teaches group {other} at {start}–{end}"),
                                   group=group.code, other=code, start=format_hhmm(s), end=format_hhmm(e)))
    own = session.execute(select(Meeting.start_minute, Meeting.end_minute)
                          .where(overlap, Meeting.group_id == group.id).limit(1)).first()
    if own is not None:
        problems.append(Notice(N_("Group {group} already meets at {start}–{end} that day"), group=group.code,
                               start=format_hhmm(own[0]), end=format_hhmm(own[1])))
    problems += _children_clashes(session, group, weekday, start, end, today)
    capacity = _capacity_problem(session, group, weekday, start, end, room, meeting_id, today)
    if capacity is not None:
        problems.append(capacity)
    return problems


def check_meeting_change(db: Database, *, meeting_id: int | None, group: str | int, weekday: int, start: str,
                         end: str, room: str) -> list[Notice]:
    """Everything that would refuse the meeting (new, or ``meeting_id`` moved/edited), in words, before saving:
    room, teacher and children's clashes, group seats against room seats, the building's capacity."""
    day, start_minute, end_minute = _parse_slot(weekday, start, end)
    with db.read() as session:
        return _problems(session, meeting_id=meeting_id, group=lookup.group(session, group), weekday=day,
                         start=start_minute, end=end_minute, room=lookup.room(session, room))


def update_meeting(db: Database, *, actor: Actor, meeting_id: int | None, group: str | int, weekday: int,
                   start: str, end: str, room: str) -> MeetingInfo:
    """Add (``meeting_id`` None), move or edit a meeting; the same checks run inside the write transaction,
    and the first problem refuses the change."""
    permissions.require(actor, "centre.edit")
    day, start_minute, end_minute = _parse_slot(weekday, start, end)
    with db.write() as session:
        lock_building(session)
        found_group = lookup.group(session, group, for_update=True)
        found_room = lookup.room(session, room)
        meeting = None
        if meeting_id is not None:
            meeting = lookup.by_id(session, Meeting, meeting_id)
            if meeting is None:
                raise NotFoundError("meeting", meeting_id)
        problems = _problems(session, meeting_id=meeting_id, group=found_group, weekday=day, start=start_minute,
                             end=end_minute, room=found_room)
        if problems:
            raise RefusedError(problems[0].message, rule="timetable", **problems[0].params)
        before = None
        if meeting is None:
            meeting = Meeting(group_id=found_group.id, weekday=day, start_minute=start_minute,
                              end_minute=end_minute, room_id=found_room.id)
            session.add(meeting)
        else:
            old_group = session.get(Group, meeting.group_id)
            old_room = session.get(Room, meeting.room_id)
            assert old_group is not None and old_room is not None
            before = meeting_info(meeting, old_group.code, old_room)
            meeting.group_id, meeting.weekday = found_group.id, day
            meeting.start_minute, meeting.end_minute, meeting.room_id = start_minute, end_minute, found_room.id
        session.flush()
        info = meeting_info(meeting, found_group.code, found_room)
        audit.record(session, actor=actor, action="meeting.edit" if before else "meeting.add", entity="meeting",
                     entity_id=meeting.id, before=before, after=info)
    return info


def move_meeting(db: Database, *, actor: Actor, meeting_id: int, weekday: int, start: str, end: str,
                 room: str) -> MeetingInfo:
    """Move a meeting to another time or room, with every check of ``update_meeting``."""
    permissions.require(actor, "centre.edit")
    with db.read() as session:
        meeting = lookup.by_id(session, Meeting, meeting_id)
        if meeting is None:
            raise NotFoundError("meeting", meeting_id)
        group_id = meeting.group_id
    return update_meeting(db, actor=actor, meeting_id=meeting_id, group=group_id, weekday=weekday, start=start,
                          end=end, room=room)


__all__ = ["MeetingInfo", "SlotInfo", "add_meeting", "refuse_over_capacity", "refuse_reactivation", "check_meeting", "check_meeting_change", "list_meetings",
           "meetings_of", "move_meeting", "remove_meeting", "update_meeting", "week_slots"]
