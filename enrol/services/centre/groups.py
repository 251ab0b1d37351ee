"""Groups of a club: seats, teacher, ages, language; their roster and waitlist as the front desk sees them."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from enrol.db.engine import Database
from enrol.db.models import Child, Club, Enrolment, Group, Guardian, Staff
from enrol.domain.errors import N_, RefusedError, ValidationError
from enrol.domain.names import full_name, natural_key
from enrol.domain.settings import parse_setting
from enrol.domain.capacity import MAX_GROUP_SEATS
from enrol.domain.validation import check_choice, check_int, clean_text
from enrol.domain.vocabulary import CLUB_FUNDING, TEACHING_LANGUAGES
from enrol.domain.waitlist import waitlist_key
from enrol.services import lookup
from enrol.services.people import audit, permissions
from enrol.services.centre.clubs import check_age_range
from enrol.services.context import Actor
from enrol.services.centre.settings import stored_value
from enrol.services.centre.timetable import MeetingInfo, check_meeting, meetings_of, refuse_reactivation
from enrol.services.enrolment.occupancy import lock_building
from enrol.services.enrolment.places import change_group_seats


@dataclass(frozen=True)
class GroupInfo:
    id: int
    code: str
    club_id: int
    club: str
    direction: str
    teacher_id: int | None
    teacher: str | None
    seats: int
    enrolled: int
    offered: int
    waitlisted: int
    age_min: int
    age_max: int
    language: str
    academic_year: str
    funding: str
    active: bool

    @property
    def free(self) -> int:
        return max(0, self.seats - self.enrolled - self.offered)


@dataclass(frozen=True)
class RosterEntry:
    enrolment_id: int
    child_id: int
    child: str
    iin: str | None
    birth_date: dt.date
    school: str | None
    grade: int | None
    guardian: str | None
    phone: str | None
    status: str
    start_date: dt.date | None
    funding: str
    position: int | None = None
    offer_expires_at: dt.datetime | None = None
    applied_at: dt.datetime | None = None


@dataclass(frozen=True)
class GroupDetail:
    group: GroupInfo
    meetings: list[MeetingInfo]
    roster: list[RosterEntry] = field(default_factory=list)
    offers: list[RosterEntry] = field(default_factory=list)
    waitlist: list[RosterEntry] = field(default_factory=list)


def _counts_query():  # type: ignore[no-untyped-def]
    def count(status: str):  # type: ignore[no-untyped-def]
        return func.coalesce(func.sum(case((Enrolment.status == status, 1), else_=0)), 0)

    return (
        select(Enrolment.group_id, count("enrolled"), count("offered"), count("waitlisted"))
        .group_by(Enrolment.group_id)
    )


def group_infos(session: Session, group_ids: list[int] | None = None) -> list[GroupInfo]:
    counts_query = _counts_query()
    if group_ids is not None:
        counts_query = counts_query.where(Enrolment.group_id.in_(group_ids))
    counts = {row[0]: row[1:] for row in session.execute(counts_query)}
    query = (
        select(Group, Club.name, Club.direction, Staff)
        .join(Club, Club.id == Group.club_id)
        .outerjoin(Staff, Staff.id == Group.teacher_id)
        .order_by(Group.code)
    )
    if group_ids is not None:
        query = query.where(Group.id.in_(group_ids))
    result = []
    for group, club_name, direction, teacher in session.execute(query):
        enrolled, offered, waitlisted = counts.get(group.id, (0, 0, 0))
        result.append(GroupInfo(
            id=group.id, code=group.code, club_id=group.club_id, club=club_name, direction=direction,
            teacher_id=group.teacher_id,
            teacher=full_name(teacher.surname, teacher.name, teacher.patronymic) if teacher else None,
            seats=group.seats, enrolled=int(enrolled), offered=int(offered), waitlisted=int(waitlisted),
            age_min=group.age_min, age_max=group.age_max, language=group.language,
            academic_year=group.academic_year, funding=group.funding, active=group.active,
        ))
    return result


def add_group(
    db: Database, *, actor: Actor, code: str, club: str | int, seats: int | None = None,
    teacher_id: int | None = None, age_min: int | None = None, age_max: int | None = None,
    language: str = "kk", academic_year: str | None = None, funding: str | None = None,
) -> GroupInfo:
    permissions.require(actor, "centre.edit")
    clean_code = clean_text(code, field="code", max_length=30, required=True)
    assert clean_code is not None
    if any(ch.isspace() for ch in clean_code):
        raise ValidationError("code", N_("the code «{value}» must not contain spaces"), value=clean_code)
    with db.write() as session:
        found_club = lookup.club(session, club)
        if session.scalar(select(Group.id).where(Group.code == clean_code)) is not None:
            raise RefusedError(N_("A group with the code {group} already exists"), rule="duplicate", group=clean_code)
        low, high = check_age_range(found_club.age_min if age_min is None else age_min,
                                    found_club.age_max if age_max is None else age_max)
        if teacher_id is not None:
            lookup.staff(session, teacher_id)
        group = Group(
            code=clean_code, club_id=found_club.id, teacher_id=teacher_id,
            seats=check_int(found_club.default_group_size if seats is None else seats, field="seats",
                            minimum=1, maximum=MAX_GROUP_SEATS),
            age_min=low, age_max=high,
            language=check_choice(language, field="language", choices=TEACHING_LANGUAGES),
            academic_year=(parse_setting("academic_year", academic_year) if academic_year
                           else stored_value(session, "academic_year")),
            funding=check_choice(funding or found_club.funding, field="funding", choices=CLUB_FUNDING),
        )
        session.add(group)
        session.flush()
        info = group_infos(session, [group.id])[0]
        audit.record(session, actor=actor, action="group.add", entity="group", entity_id=group.id, after=info)
    return info


def list_groups(db: Database, *, club: str | int | None = None) -> list[GroupInfo]:
    with db.read() as session:
        infos = group_infos(session)
        if club is not None:
            club_id = lookup.club(session, club).id
            infos = [g for g in infos if g.club_id == club_id]
    return sorted(infos, key=lambda g: natural_key(g.code))


def _entries(session: Session, group_id: int, statuses: tuple[str, ...]) -> list[tuple[Enrolment, Child]]:
    return list(session.execute(
        select(Enrolment, Child).join(Child, Child.id == Enrolment.child_id)
        .where(Enrolment.group_id == group_id, Enrolment.status.in_(statuses))
    ).tuples())


def _first_guardians(session: Session, child_ids: list[int]) -> dict[int, Guardian]:
    result: dict[int, Guardian] = {}
    if child_ids:
        for guardian in session.scalars(
            select(Guardian).where(Guardian.child_id.in_(child_ids)).order_by(Guardian.id)
        ):
            result.setdefault(guardian.child_id, guardian)
    return result


def waitlist_in_order(session: Session, group_id: int) -> list[tuple[Enrolment, Child]]:
    rows = _entries(session, group_id, ("waitlisted",))
    return sorted(rows, key=lambda row: waitlist_key(row[0].priority_rank, row[0].applied_at, row[0].id))


def group_detail(db: Database, *, group: str | int) -> GroupDetail:
    with db.read() as session:
        found = lookup.group(session, group)
        info = group_infos(session, [found.id])[0]
        meetings = meetings_of(session, [found.id]).get(found.id, [])
        current = _entries(session, found.id, ("enrolled", "offered"))
        waiting = waitlist_in_order(session, found.id)
        guardians = _first_guardians(session, [c.id for _, c in current + waiting])

        def entry(enrolment: Enrolment, child: Child, position: int | None = None) -> RosterEntry:
            guardian = guardians.get(child.id)
            return RosterEntry(
                enrolment_id=enrolment.id, child_id=child.id,
                child=full_name(child.surname, child.name, child.patronymic), iin=child.iin,
                birth_date=child.birth_date, school=child.school, grade=child.grade,
                guardian=guardian.full_name if guardian else None, phone=guardian.phone if guardian else None,
                status=enrolment.status, start_date=enrolment.start_date, funding=enrolment.funding,
                position=position, offer_expires_at=enrolment.offer_expires_at, applied_at=enrolment.applied_at,
            )

        by_name = sorted(current, key=lambda row: row[1].sort_key)
        return GroupDetail(
            group=info, meetings=meetings,
            roster=[entry(e, c) for e, c in by_name if e.status == "enrolled"],
            offers=[entry(e, c) for e, c in by_name if e.status == "offered"],
            waitlist=[entry(e, c, position) for position, (e, c) in enumerate(waiting, start=1)],
        )


def update_group(
    db: Database, *, actor: Actor, group: str | int, seats: int | None = None, teacher_id: int | None = None,
    clear_teacher: bool = False, age_min: int | None = None, age_max: int | None = None,
    language: str | None = None, funding: str | None = None, active: bool | None = None,
) -> GroupInfo:
    """Change a group. Seats go through ``enrolment.change_group_seats`` (freed seats are offered to the
    waitlist; never more than its rooms' seats); a new teacher must be free at the group's meetings."""
    permissions.require(actor, "centre.edit")
    with db.read() as session:
        current = lookup.group(session, group)
        code, current_seats = current.code, current.seats
    if seats is not None and seats != current_seats:
        change_group_seats(db, actor=actor, group=code, seats=seats)
    with db.write() as session:
        if active:
            lock_building(session)  # reactivation brings the group's children back: the enrolment lock
        found = lookup.group(session, code, for_update=True)
        before = group_infos(session, [found.id])[0]
        if clear_teacher:
            found.teacher_id = None
        elif teacher_id is not None and teacher_id != found.teacher_id:
            lookup.staff(session, teacher_id)
            found.teacher_id = teacher_id
            session.flush()
            for meeting in meetings_of(session, [found.id]).get(found.id, []):
                room = lookup.room(session, meeting.room)
                check_meeting(session, group=found, weekday=meeting.weekday, start=parse_minutes(meeting.start),
                              end=parse_minutes(meeting.end), room=room, valid_from=meeting.valid_from,
                              valid_to=meeting.valid_to, ignore_meeting_id=meeting.id)
        if age_min is not None or age_max is not None:
            found.age_min, found.age_max = check_age_range(found.age_min if age_min is None else age_min,
                                                           found.age_max if age_max is None else age_max)
        if language is not None:
            found.language = check_choice(language, field="language", choices=TEACHING_LANGUAGES)
        if funding is not None:
            found.funding = check_choice(funding, field="funding", choices=CLUB_FUNDING)
        if active is not None:
            if active and not found.active:
                refuse_reactivation(session, group=found)
            found.active = bool(active)
        session.flush()
        info = group_infos(session, [found.id])[0]
        audit.record(session, actor=actor, action="group.edit", entity="group", entity_id=found.id, before=before,
                     after=info)
    return info


def parse_minutes(hhmm: str) -> int:
    hours, minutes = hhmm.split(":")
    return int(hours) * 60 + int(minutes)


__all__ = ["GroupDetail", "GroupInfo", "RosterEntry", "add_group", "group_detail", "group_infos", "list_groups",
           "update_group", "waitlist_in_order"]
