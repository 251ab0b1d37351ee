"""Freed seats go to the head of the waitlist (the waitlist rule), and offers are accepted, declined or expire.

``fill_free_seats`` is the only path by which a waiting child gets a seat: while the group, its rooms and
the building have room, the first *eligible* child in waitlist order (no clash now; age and school shift
fine or overridden when they applied) is offered the seat for ``offer_days`` days, or enrolled at once in
``direct`` mode, and the registrar gets a notification with the guardian's phone. A child with a clash
keeps their place and is passed over only for this seat; when the building (or a room) is full at the
group's times nobody is seated at all, so no one behind the head can take a seat ahead of them.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, bindparam, func, insert, or_, select, true, update
from sqlalchemy.orm import Session, aliased

from enrol.db.engine import Database
from enrol.db.models import AuditEvent, Child, Enrolment, EnrolmentChange, Group, Guardian, Meeting, Notification
from enrol.db.models.enrolment import ACTIVE_STATUSES
from enrol.domain.errors import N_, Notice, RefusedError
from enrol.domain.waitlist import waitlist_key
from enrol.services import context
from enrol.services.people import permissions
from enrol.services.context import SYSTEM, Actor, now
from enrol.services.enrolment.child_rules import CHILD_COLUMNS, ChildRow, child_timetable, load_child, rule_problems
from enrol.services.enrolment.hot_sql import Statement, raw
from enrol.services.enrolment.offer_expiry import any_due, due_offers
from enrol.services.enrolment.occupancy import TAKEN, GroupState, centre_settings, group_slots, load_group, lock_building, \
    insert_row, seat_limit, seats_taken, status_is


@dataclass(frozen=True)
class EnrolOutcome:
    """What became of an application: ``position`` is the waitlist place (1 = next), ``limit`` the seat limit
    that put the child on the waitlist (group, room, building or waitlist)."""

    status: str
    position: int | None
    enrolment_id: int
    group: str
    child_id: int
    notices: list[Notice] = field(default_factory=list)
    limit: str | None = None


@dataclass(frozen=True)
class Placement:
    """A waiting child who got a seat: whom the registrar calls, about which group, until when."""

    enrolment_id: int
    child_id: int
    child: str
    group: str
    status: str
    guardian: str | None
    phone: str | None
    expires_at: dt.datetime | None
    notification_id: int


@dataclass(frozen=True)
class ReleaseOutcome:
    """A withdrawal, declined or expired offer, and the placements the freed seat led to."""

    enrolment_id: int
    child_id: int
    group: str
    from_status: str
    status: str
    placements: list[Placement] = field(default_factory=list)


# --- writing a change: status, history, audit, notification ---------------------------------------

def _jsonable(value: Any) -> Any:
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else str(value)


# One encoder for every audit text (``json.dumps`` with options builds a new one at each call).
_ENCODE = json.JSONEncoder(ensure_ascii=False, sort_keys=True, default=_jsonable).encode


def _json(value: Any) -> str | None:
    if value is None:
        return None
    return _ENCODE(value)


_INSERT_AUDIT = Statement(insert(AuditEvent))
_INSERT_CHANGE = Statement(insert(EnrolmentChange))
_INSERT_NOTIFICATION = insert(Notification)


def write_audit(session: Session, *, actor: Actor, action: str, entity_id: object, before: Any = None,
                after: Any = None, entity: str = "enrolment") -> None:
    """The same row as ``audit.record`` writes, inserted directly: a flush of ORM objects would double the
    cost of an enrolment (docs/architecture.md, *Performance floors*)."""
    insert_row(session, _INSERT_AUDIT, {
        "at": now(), "actor": actor.login, "action": action, "entity": entity, "entity_id": str(entity_id),
        "before": _json(before), "after": _json(after),
    })


def record_change(session: Session, *, enrolment_id: int, before: str | None, after: str, actor: Actor,
                  at: dt.datetime, reason: str | None = None) -> None:
    insert_row(session, _INSERT_CHANGE, {
        "enrolment_id": enrolment_id, "from_status": before, "to_status": after, "at": at, "actor": actor.login,
        "reason": reason,
    })


def change_status(session: Session, *, enrolment_id: int, group_id: int, before: str, after: str, actor: Actor,
                  reason: str | None = None, **values: Any) -> None:
    """Move an enrolment to a new status, keeping the history row and the audit event beside it."""
    stamp = now()
    seats_taken(session, group_id, int(after in TAKEN) - int(before in TAKEN))
    session.connection().execute(
        update(Enrolment).where(Enrolment.id == enrolment_id).values(status=after, **values))
    record_change(session, enrolment_id=enrolment_id, before=before, after=after, actor=actor, at=stamp, reason=reason)
    write_audit(session, actor=actor, action=f"enrolment.{after}", entity_id=enrolment_id,
                before={"status": before}, after={"status": after, "reason": reason, **values})
    if before == "offered":
        # The registrar's "call them about the offer" is answered, whichever way it went.
        session.connection().execute(update(Notification).where(Notification.enrolment_id == enrolment_id,
                                                                 Notification.done.is_(False)).values(done=True))


_FIRST_GUARDIAN = (select(Guardian.full_name, Guardian.phone).where(Guardian.child_id == bindparam("child_id"))
                   .order_by(Guardian.id).limit(1))


def _notify(session: Session, *, kind: str, enrolment_id: int, child: ChildRow, group: GroupState, status: str,
            expires_at: dt.datetime | None) -> Placement:
    guardian = session.connection().execute(_FIRST_GUARDIAN, {"child_id": child.id}).first()
    name, phone = (guardian[0], guardian[1]) if guardian else (None, None)
    payload = {"child": child.full_name, "child_id": child.id, "group": group.code, "guardian": name,
               "phone": phone, "expires_at": expires_at}
    notification_id = session.connection().execute(_INSERT_NOTIFICATION, {
        "created_at": now(), "kind": kind, "child_id": child.id, "group_id": group.id, "enrolment_id": enrolment_id,
        "payload": _json(payload), "done": False,
    }).inserted_primary_key[0]
    return Placement(enrolment_id=enrolment_id, child_id=child.id, child=child.full_name, group=group.code,
                     status=status, guardian=name, phone=phone, expires_at=expires_at, notification_id=notification_id)


# --- the waitlist -----------------------------------------------------------------------------------

# The order of enrol.domain.waitlist.waitlist_key, in SQL: higher rank, then earlier application, then id.
_AHEAD = Statement(select(func.count()).where(
    Enrolment.group_id == bindparam("group_id"), Enrolment.status == "waitlisted",
    or_(Enrolment.priority_rank > bindparam("rank"),
        and_(Enrolment.priority_rank == bindparam("rank"),
             or_(Enrolment.applied_at < bindparam("applied_at"),
                 and_(Enrolment.applied_at == bindparam("applied_at"), Enrolment.id < bindparam("id"))))),
))


def waitlist_position(session: Session, *, group_id: int, enrolment_id: int, priority_rank: int,
                      applied_at: dt.datetime) -> int:
    """1 + the waiting applications ahead of this one."""
    ahead = _AHEAD.scalar(raw(session), {"group_id": group_id, "rank": priority_rank, "applied_at": applied_at,
                                         "id": enrolment_id})
    return int(ahead) + 1


def _waitlist(session: Session, group_id: int) -> list[tuple[int, str | None, dt.date | None, ChildRow]]:
    rows = session.connection().execute(
        select(Enrolment.id, Enrolment.priority_rank, Enrolment.applied_at, Enrolment.override_reason,
               Enrolment.start_date, *CHILD_COLUMNS)
        .join(Child, Child.id == Enrolment.child_id)
        .where(Enrolment.group_id == group_id, Enrolment.status == "waitlisted")
    ).tuples().all()
    rows.sort(key=lambda r: waitlist_key(r[1], r[2], r[0]))
    return [(r[0], r[3], r[4], ChildRow(*r[5:])) for r in rows]


def fill_free_seats(session: Session, group: int, *, actor: Actor) -> list[Placement]:
    """Seat the waitlist of group ``group`` (an id) while seats are free, in order (see the module's docstring).

    Runs inside the caller's transaction, which holds the write lock."""
    settings = centre_settings(session)
    today = now().date()
    placements: list[Placement] = []
    passed_over: set[int] = set()
    while True:
        state = load_group(session, group)
        if not state.active or state.taken >= state.seats or state.waitlisted == 0:
            break
        slots = group_slots(session, state.id, since=today)
        if seat_limit(session, group=state, slots=slots, since=today, capacity=settings["building_capacity"]):
            break
        head = None
        for enrolment_id, override, start_date, child in _waitlist(session, state.id):
            if enrolment_id in passed_over:
                continue
            soft, hard = rule_problems(child=child, group=state, since=today, settings=settings,
                                       timetable=child_timetable(session, child.id, state.id, today))
            if hard is None and (not soft or override):
                head = (enrolment_id, start_date, child)
                break
            passed_over.add(enrolment_id)
        if head is None:
            break
        placements.append(_seat(session, head, state, settings, actor, today))
    return placements


def _seat(session: Session, head: tuple[int, dt.date | None, ChildRow], group: GroupState,
          settings: dict[str, Any], actor: Actor, today: dt.date) -> Placement:
    enrolment_id, start_date, child = head
    if settings["waitlist_mode"] == "direct":
        change_status(session, enrolment_id=enrolment_id, group_id=group.id, before="waitlisted", after="enrolled",
                      actor=actor, reason="seat freed", decided_at=now(), start_date=max(start_date or today, today))
        return _notify(session, kind="enrolled_from_waitlist", enrolment_id=enrolment_id, child=child, group=group,
                       status="enrolled", expires_at=None)
    expires = now() + dt.timedelta(days=int(settings["offer_days"]))
    change_status(session, enrolment_id=enrolment_id, group_id=group.id, before="waitlisted", after="offered",
                  actor=actor, reason="seat freed", decided_at=now(), offer_expires_at=expires)
    return _notify(session, kind="offer", enrolment_id=enrolment_id, child=child, group=group, status="offered",
                   expires_at=expires)


_TAKEN_BY_GROUP = (select(func.count()).where(Enrolment.group_id == Group.id, status_is(*TAKEN))
                   .correlate(Group).scalar_subquery())


def _fill_in_head_order(session: Session, condition: Any, *, actor: Actor) -> list[Placement]:
    """Fill the groups matching ``condition`` that have free seats and a waitlist, the group whose head
    comes first in waitlist order first (a freed building seat goes to the longest-waiting head)."""
    heads: dict[int, tuple[int, dt.datetime, int]] = {}
    for gid, rank, applied_at, enrolment_id in session.connection().execute(
        select(Enrolment.group_id, Enrolment.priority_rank, Enrolment.applied_at, Enrolment.id)
        .join(Group, Group.id == Enrolment.group_id)
        .where(Enrolment.status == "waitlisted", Group.active, Group.seats > _TAKEN_BY_GROUP, condition)
    ):
        key = waitlist_key(rank, applied_at, enrolment_id)
        heads[gid] = min(heads.get(gid, key), key)
    placements: list[Placement] = []
    for gid in sorted(heads, key=heads.__getitem__):
        placements += fill_free_seats(session, gid, actor=actor)
    return placements


def refill_after_release(session: Session, *, group_id: int, child_id: int, actor: Actor) -> list[Placement]:
    """After a seat is given up: the group's own waitlist first; then groups whose head may now fit — those
    meeting at the same times (the building had been full then) and those the child is still waiting for
    (a clash may be gone)."""
    placements = fill_free_seats(session, group_id, actor=actor)
    mine, other = aliased(Meeting), aliased(Meeting)
    near = (select(other.group_id).join(mine, and_(mine.weekday == other.weekday, mine.start_minute < other.end_minute,
                                                   other.start_minute < mine.end_minute))
            .where(mine.group_id == group_id))
    waiting = select(Enrolment.group_id).where(Enrolment.child_id == child_id, Enrolment.status == "waitlisted")
    return placements + _fill_in_head_order(
        session, and_(Group.id != group_id, or_(Group.id.in_(near), Group.id.in_(waiting))), actor=actor)


def fill_waiting_groups(db: Database, *, actor: Actor) -> list[Placement]:
    """Seat every waitlist that has free seats — after the capacity, a room or the timetable changed."""
    permissions.require(actor, "enrolment.edit")
    with db.write() as session:
        lock_building(session)
        return _fill_in_head_order(session, true(), actor=actor)


# --- offers -----------------------------------------------------------------------------------------

def live_enrolment(session: Session, child: ChildRow, group: GroupState) -> Any:
    row = session.connection().execute(
        select(Enrolment.id, Enrolment.status, Enrolment.start_date, Enrolment.offer_expires_at, Enrolment.funding,
               Enrolment.voucher_number)
        .where(Enrolment.child_id == child.id, Enrolment.group_id == group.id, status_is(*ACTIVE_STATUSES))
    ).first()
    if row is None:
        raise RefusedError(N_("{child} has no application for group {group}"), rule="not_enrolled",
                           child=child.full_name, group=group.code)
    return row


def _offer(session: Session, child: str | int, group: str | int) -> tuple[ChildRow, GroupState, Any]:
    lock_building(session)
    found_group = load_group(session, group, lock=True)
    found_child = load_child(session, child)
    row = live_enrolment(session, found_child, found_group)
    if row.status != "offered":
        raise RefusedError(N_("{child} holds no offer for group {group} (the application is {status})"),
                           rule="no_offer", child=found_child.full_name, group=found_group.code, status=row.status)
    return found_child, found_group, row


def accept_offer(db: Database, *, actor: Actor, child: str | int, group: str | int) -> EnrolOutcome:
    """The guardian said yes in time: the held seat becomes an enrolment from today."""
    permissions.require(actor, "enrolment.edit")
    with db.write() as session:
        found_child, found_group, row = _offer(session, child, group)
        if row.offer_expires_at is not None and now() >= row.offer_expires_at:
            raise RefusedError(N_("The offer of group {group} to {child} expired at {at}"), rule="offer_expired",
                               group=found_group.code, child=found_child.full_name,
                               at=row.offer_expires_at.strftime("%Y-%m-%d %H:%M"))
        today = now().date()
        timetable = child_timetable(session, found_child.id, found_group.id, today)
        _, clash = rule_problems(child=found_child, group=found_group, timetable=timetable, since=today,
                                 settings=centre_settings(session))
        if clash is not None:
            raise clash
        change_status(session, enrolment_id=row.id, group_id=found_group.id, before="offered", after="enrolled",
                      actor=actor, reason="offer accepted", decided_at=now(),
                      start_date=max(row.start_date or today, today))
    return EnrolOutcome(status="enrolled", position=None, enrolment_id=row.id, group=found_group.code,
                        child_id=found_child.id)


def decline_offer(db: Database, *, actor: Actor, child: str | int, group: str | int,
                  reason: str | None = None) -> ReleaseOutcome:
    """The guardian said no: the seat goes to the next in line."""
    permissions.require(actor, "enrolment.edit")
    with db.write() as session:
        found_child, found_group, row = _offer(session, child, group)
        change_status(session, enrolment_id=row.id, group_id=found_group.id, before="offered", after="declined",
                      actor=actor, reason=reason or "offer declined", decided_at=now())
        placements = refill_after_release(session, group_id=found_group.id, child_id=found_child.id, actor=actor)
    return ReleaseOutcome(enrolment_id=row.id, child_id=found_child.id, group=found_group.code,
                          from_status="offered", status="declined", placements=placements)


@dataclass(frozen=True)
class ExpiredOffer:
    enrolment_id: int
    child_id: int
    group: str
    expired_at: dt.datetime
    placements: list[Placement] = field(default_factory=list)


def expire_offers(db: Database, *, now: dt.datetime | None = None) -> list[ExpiredOffer]:
    """Offers past their time become ``expired`` and their seats go to the next in line (start-up, every list)."""
    moment = now or context.now()
    if not any_due(db, moment):
        return []
    expired = []
    with db.write() as session:
        lock_building(session)
        due_now = session.connection().execute(due_offers(moment)).all()
        # All due offers end first, so that a child whose offer here ended is free for a seat there.
        for enrolment_id, _, group_id, _ in due_now:
            change_status(session, enrolment_id=enrolment_id, group_id=group_id, before="offered", after="expired",
                          actor=SYSTEM, reason="offer expired", decided_at=moment)
        for enrolment_id, child_id, group_id, expires_at in due_now:
            code = load_group(session, group_id).code
            placements = refill_after_release(session, group_id=group_id, child_id=child_id, actor=SYSTEM)
            expired.append(ExpiredOffer(enrolment_id=enrolment_id, child_id=child_id, group=code,
                                        expired_at=expires_at, placements=placements))
    return expired
