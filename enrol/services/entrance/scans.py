"""Check-in and check-out at the door: each scan one durable transaction under the building lock.

The building lock is the enrolment's (``lock_building``): on SQLite ``BEGIN IMMEDIATE`` serialises every
writer, on PostgreSQL the ``locks`` row does, so with several desks racing the count read inside the
transaction is the count the scan is checked against, and the limit holds.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from enrol.db.engine import Database
from enrol.db.models import Child, EntranceScan, InsideChild
from enrol.domain.children import age_on
from enrol.domain.errors import N_, NotFoundError, Notice, RefusedError, ValidationError
from enrol.domain.names import full_name
from enrol.domain.validation import clean_text
from enrol.services import lookup
from enrol.services.context import SYSTEM, Actor, now
from enrol.services.enrolment.building import centre_settings, lock_building
from enrol.services.entrance.cards import child_by_code
from enrol.services.entrance.pickup import collectors, leave_alone, matching_collector
from enrol.services.entrance.today import TodayItem, child_today, rooms_now
from enrol.services.people import audit, children, permissions

AMBER_SHARE = 0.95


@dataclass(frozen=True)
class ScanResult:
    """What the desk shows after a scan: who, IN or OUT, the building's count, today's timetable, notices."""

    status: str                    # "in" or "out"
    colour: str                    # "green" or "amber"
    scan_id: int
    child_id: int
    surname: str
    name: str
    full_name: str
    age: int
    at: dt.datetime
    inside: int
    capacity: int
    today: list[TodayItem] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)
    collected_by: str | None = None


class PickupRefused(RefusedError):
    """The child may not leave alone and no one allowed to collect them was named; carries who may, for the page."""

    def __init__(self, message: str, *, child_id: int, collectors: list[str], **params: object) -> None:
        super().__init__(message, rule="pickup", **params)
        self.child_id = child_id
        self.collectors = collectors


def _child(session: Session, child: str | int | None, code: str | None) -> Child:
    found = child_by_code(session, code) if code is not None else lookup.child(session, child or "")
    if found.anonymised:
        raise RefusedError(N_("This child's data was anonymised; the child cannot be checked in or out"),
                           rule="anonymised")
    return found


def _reason(actor: Actor, reason: str | None) -> str | None:
    cleaned = clean_text(reason, field="override_reason", max_length=500) if reason else None
    if cleaned:
        permissions.require(actor, "entrance.override")
    return cleaned


def _count(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(InsideChild)) or 0)


def check_in(db: Database, *, actor: Actor, child: str | int | None = None, code: str | None = None,
             desk: str | None = None, at: dt.datetime | None = None, override_reason: str | None = None) -> ScanResult:
    """Let a child in: refused when already inside, when the building is at its capacity or (setting
    ``entrance_unexpected`` = refuse) with nothing on today's timetable — unless an administrator gives a reason."""
    permissions.require(actor, "entrance.scan")
    reason = _reason(actor, override_reason)
    desk_name = clean_text(desk, field="desk", max_length=60) if desk else None
    moment = (at or now()).replace(microsecond=0)
    with db.write() as session:
        lock_building(session)
        found = _child(session, child, code)
        settings = centre_settings(session)
        capacity = int(settings["building_capacity"])
        inside_row = session.get(InsideChild, found.id)
        if inside_row is not None:
            raise RefusedError(N_("{child} is already inside (since {since})"), rule="already_inside",
                               child=full_name(found.surname, found.name), since=inside_row.since.strftime("%H:%M"))
        inside = _count(session)
        notices: list[Notice] = []
        if inside >= capacity:
            if reason is None:
                raise RefusedError(N_("The building is full: {inside} of {capacity} children are inside"),
                                   rule="building_full", inside=inside, capacity=capacity)
            notices.append(Notice(N_("Let in over the building's limit: {reason}"), reason=reason))
        today = child_today(session, found.id, moment.date())
        if not today:
            mode = settings["entrance_unexpected"]
            if mode == "refuse" and reason is None:
                raise RefusedError(N_("{child} has nothing on today's timetable"), rule="unexpected",
                                   child=full_name(found.surname, found.name))
            if mode != "allow":
                notices.append(Notice(N_("Nothing on today's timetable")))
        scan = EntranceScan(child_id=found.id, direction="in", at=moment, desk=desk_name, actor=actor.login,
                            override_reason=reason)
        session.add(scan)
        session.flush()
        session.add(InsideChild(child_id=found.id, since=moment, scan_id=scan.id))
        if reason is not None:
            audit.record(session, actor=actor, action="entrance.override", entity="child", entity_id=found.id,
                         after={"scan_id": scan.id, "direction": "in", "reason": reason})
        inside += 1
        colour = "amber" if notices or inside >= AMBER_SHARE * capacity else "green"
        return ScanResult(status="in", colour=colour, scan_id=scan.id, child_id=found.id, surname=found.surname,
                          name=found.name, full_name=full_name(found.surname, found.name, found.patronymic),
                          age=age_on(found.birth_date, moment.date()), at=moment, inside=inside, capacity=capacity,
                          today=today, notices=notices)


def check_out(db: Database, *, actor: Actor, child: str | int | None = None, code: str | None = None,
              desk: str | None = None, collected_by: str | None = None, at: dt.datetime | None = None,
              override_reason: str | None = None) -> ScanResult:
    """Let a child out: refused when not inside, or when the child may not leave alone and ``collected_by`` is
    not one of the guardians or authorised pickup persons (the refusal lists who may) — unless an
    administrator gives a reason."""
    permissions.require(actor, "entrance.scan")
    reason = _reason(actor, override_reason)
    desk_name = clean_text(desk, field="desk", max_length=60) if desk else None
    collector = clean_text(collected_by, field="collected_by", max_length=200) if collected_by else None
    moment = (at or now()).replace(microsecond=0)
    with db.write() as session:
        lock_building(session)
        found = _child(session, child, code)
        name = full_name(found.surname, found.name)
        inside_row = session.get(InsideChild, found.id)
        notices: list[Notice] = []
        if inside_row is None:
            if reason is None:
                raise RefusedError(N_("{child} is not inside (no check-in)"), rule="not_inside", child=name)
            notices.append(Notice(N_("Out without a check-in: {reason}"), reason=reason))
        may = leave_alone(session, found, moment.date())
        if not may.may_leave_alone:
            people = collectors(session, found.id)
            person = matching_collector(people, collector) if collector else None
            if person is None and reason is None:
                allowed = [p.full_name for p in people]
                names = ", ".join(allowed) or "—"
                if collector:
                    raise PickupRefused(N_("{person} may not collect {child}; may collect: {names}"),
                                        child_id=found.id, collectors=allowed, person=collector, child=name,
                                        names=names)
                raise PickupRefused(N_("{child} may not leave alone; may collect: {names}"), child_id=found.id,
                                    collectors=allowed, child=name, names=names)
            if person is not None:
                collector = person.full_name
            else:
                notices.append(Notice(N_("Handed over against the pickup rule: {reason}"), reason=reason))
        scan = EntranceScan(child_id=found.id, direction="out", at=moment, desk=desk_name, actor=actor.login,
                            collected_by=collector, override_reason=reason)
        session.add(scan)
        if inside_row is not None:
            session.delete(inside_row)
        session.flush()
        if reason is not None:
            audit.record(session, actor=actor, action="entrance.override", entity="child", entity_id=found.id,
                         after={"scan_id": scan.id, "direction": "out", "reason": reason, "collected_by": collector})
        inside = _count(session)
        capacity = int(centre_settings(session)["building_capacity"])
        return ScanResult(status="out", colour="amber" if notices else "green", scan_id=scan.id, child_id=found.id,
                          surname=found.surname, name=found.name,
                          full_name=full_name(found.surname, found.name, found.patronymic),
                          age=age_on(found.birth_date, moment.date()), at=moment, inside=inside, capacity=capacity,
                          today=child_today(session, found.id, moment.date()), notices=notices,
                          collected_by=collector)


def scan_card(db: Database, *, actor: Actor, code: str, desk: str | None = None,
              collected_by: str | None = None) -> ScanResult:
    """What a scan at the door means: out when the child is inside, else in."""
    permissions.require(actor, "entrance.scan")
    with db.read() as session:
        found = child_by_code(session, code)
        inside = session.get(InsideChild, found.id) is not None
    if inside:
        return check_out(db, actor=actor, code=code, desk=desk, collected_by=collected_by)
    return check_in(db, actor=actor, code=code, desk=desk)


def undo_scan(db: Database, *, actor: Actor, scan_id: int) -> None:
    """Undo a wrong scan (audited): only a child's latest scan, so "inside" stays what the log says."""
    permissions.require(actor, "entrance.scan")
    with db.write() as session:
        lock_building(session)
        scan = session.get(EntranceScan, scan_id)
        if scan is None or scan.undone_at is not None:
            raise NotFoundError("scan", scan_id)
        later = session.scalar(select(EntranceScan.id).where(
            EntranceScan.child_id == scan.child_id, EntranceScan.undone_at.is_(None), EntranceScan.id > scan.id))
        if later is not None:
            raise RefusedError(N_("Only the child's latest scan can be undone"), rule="undo_order")
        scan.undone_at, scan.undone_by = now(), actor.login
        if scan.direction == "in":
            row = session.get(InsideChild, scan.child_id)
            if row is not None and row.scan_id == scan.id:
                session.delete(row)
        else:
            previous = session.scalars(select(EntranceScan).where(
                EntranceScan.child_id == scan.child_id, EntranceScan.undone_at.is_(None),
                EntranceScan.id < scan.id).order_by(EntranceScan.id.desc()).limit(1)).first()
            if previous is not None and previous.direction == "in" and session.get(InsideChild, scan.child_id) is None:
                session.add(InsideChild(child_id=scan.child_id, since=previous.at, scan_id=previous.id))
        session.flush()
        audit.record(session, actor=actor, action="entrance.undo", entity="child", entity_id=scan.child_id,
                     before={"scan_id": scan.id, "direction": scan.direction, "at": scan.at})


@dataclass(frozen=True)
class InsideLine:
    child_id: int
    surname: str
    name: str
    since: dt.datetime
    room: str | None
    floor: int | None = None


@dataclass(frozen=True)
class Inside:
    count: int
    capacity: int
    children: list[InsideLine]


def inside_count(db: Database, *, actor: Actor) -> tuple[int, int]:
    """(children inside, building capacity): what the desk shows after every scan, without the list."""
    permissions.require(actor, "entrance.scan")
    with db.read() as session:
        return _count(session), int(centre_settings(session)["building_capacity"])


def inside_now(db: Database, *, actor: Actor, at: dt.datetime | None = None) -> Inside:
    """Every child inside now (by the scans), with the room the timetable has them in at ``at``."""
    permissions.require(actor, "entrance.scan")
    moment = at or now()
    with db.read() as session:
        rows = session.execute(select(Child.id, Child.surname, Child.name, Child.sort_key, InsideChild.since)
                               .join(InsideChild, InsideChild.child_id == Child.id).order_by(Child.sort_key)).all()
        where = rooms_now(session, [r.id for r in rows], moment)
        capacity = int(centre_settings(session)["building_capacity"])
    lines = [InsideLine(r.id, r.surname, r.name, r.since, *(where.get(r.id) or (None, None))) for r in rows]
    return Inside(count=len(lines), capacity=capacity, children=lines)


@dataclass(frozen=True)
class LogLine:
    scan_id: int
    child_id: int
    child: str
    direction: str
    at: dt.datetime
    desk: str | None
    actor: str
    collected_by: str | None
    override_reason: str | None
    undone: bool


def entrance_log(db: Database, *, actor: Actor, day: dt.date | None = None, child: str | int | None = None,
                 limit: int | None = None) -> list[LogLine]:
    """The scans of a day (default today) or of one child, newest first; undone scans are kept and marked."""
    permissions.require(actor, "entrance.scan")
    with db.read() as session:
        query = (select(EntranceScan, Child.surname, Child.name).join(Child, Child.id == EntranceScan.child_id)
                 .order_by(EntranceScan.at.desc(), EntranceScan.id.desc()))
        if child is not None:
            query = query.where(EntranceScan.child_id == lookup.child(session, child).id)
        if day is not None or child is None:
            start = dt.datetime.combine(day or now().date(), dt.time())
            query = query.where(EntranceScan.at >= start, EntranceScan.at < start + dt.timedelta(days=1))
        if limit is not None:
            if not 1 <= limit <= 10_000:
                raise ValidationError("limit", N_("the limit must be between 1 and 10000"))
            query = query.limit(limit)
        return [LogLine(s.id, s.child_id, full_name(surname, name), s.direction, s.at, s.desk, s.actor,
                        s.collected_by, s.override_reason, s.undone_at is not None)
                for s, surname, name in session.execute(query)]


@dataclass(frozen=True)
class DoorMatch:
    """A child found by name at the door: enough to tell two namesakes apart, and no IIN."""

    child_id: int
    full_name: str
    birth_date: dt.date


def find_at_door(db: Database, *, actor: Actor, text: str, limit: int = 15) -> list[DoorMatch]:
    """The forgotten card: the door's staff find a child by name (the same type-ahead search as the Children
    page) without the right to read the children's records, so the answer carries names and birth dates only."""
    permissions.require(actor, "entrance.scan")
    return [DoorMatch(child_id=c.id, full_name=c.full_name, birth_date=c.birth_date)
            for c in children.search_children(db, actor=SYSTEM, text=text, limit=limit)]
