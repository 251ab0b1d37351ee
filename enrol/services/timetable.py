"""The weekly timetable: meetings of groups in rooms, refused when the room or the teacher is already busy."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from enrol.db.engine import Database
from enrol.db.models import Group, Meeting, Room
from enrol.domain.errors import N_, NotFoundError, RefusedError, ValidationError
from enrol.domain.intervals import format_hhmm, parse_hhmm
from enrol.domain.validation import check_int
from enrol.services import audit, lookup
from enrol.services.context import Actor


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
    day = check_int(weekday, field="weekday", minimum=1, maximum=7)
    start_minute = parse_hhmm(start, field="start")
    end_minute = parse_hhmm(end, field="end", allow_end_of_day=True)
    if end_minute <= start_minute:
        raise ValidationError("end", N_("the meeting must end after it starts ({start}–{end})"), start=start, end=end)
    if valid_from and valid_to and valid_to < valid_from:
        raise ValidationError("valid_to", N_("the end date {value} is before the start date"), value=valid_to)
    with db.write() as session:
        found_group = lookup.group(session, group, for_update=True)
        found_room = lookup.room(session, room)
        check_meeting(session, group=found_group, weekday=day, start=start_minute, end=end_minute,
                      room=found_room, valid_from=valid_from, valid_to=valid_to)
        meeting = Meeting(group_id=found_group.id, weekday=day, start_minute=start_minute, end_minute=end_minute,
                          room_id=found_room.id, valid_from=valid_from, valid_to=valid_to)
        session.add(meeting)
        session.flush()
        info = meeting_info(meeting, found_group.code, found_room)
        audit.record(session, actor=actor, action="meeting.add", entity="meeting", entity_id=meeting.id, after=info)
    return info


def remove_meeting(db: Database, *, actor: Actor, meeting_id: int) -> None:
    with db.write() as session:
        meeting = session.get(Meeting, meeting_id)
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


__all__ = ["MeetingInfo", "add_meeting", "check_meeting", "list_meetings", "meetings_of", "remove_meeting"]
