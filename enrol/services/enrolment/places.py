"""Enrol, withdraw and move children, and change a group's seats (the seats, building's capacity, clash, age,
waitlist and atomicity rules).

Each public function is one transaction that takes the write lock before its first read (SQLite
``BEGIN IMMEDIATE``; on PostgreSQL the ``building`` lock row, then the group rows, ``FOR UPDATE``), so
two desks can never both see the last seat free. An application is, in this order: refused when the
child already has one for the group; refused for age or school shift unless the registrar gives a reason
(kept on the enrolment, in its history and in the audit trail); refused for a clash with the child's
other groups or appointments (no override); then enrolled — or waitlisted when the group, a room it
meets in or the building is full at some instant of its meetings, or when the group already has a
waitlist (a newcomer never jumps it).

This is the hot path of the front desk and of ``import applications``: it reads with a handful of
aggregate queries and writes with plain inserts (no ORM flush), all run on the transaction's DBAPI cursor
(``enrolment_sql``), which keeps one fully checked enrolment near the cost of the disk flush it needs
anyway (docs/architecture.md, *Performance floors*).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache

from sqlalchemy import insert, or_, select, update
from sqlalchemy.orm import Session

from enrol.db.engine import Database
from enrol.db.models import Enrolment, Group, Meeting, Room
from enrol.domain.capacity import MAX_GROUP_SEATS
from enrol.domain.enrolment_rules import EARLY_START_DAYS, academic_year_bounds
from enrol.domain.errors import N_, Notice, RefusedError, ValidationError
from enrol.domain.validation import check_choice, check_date, check_int, clean_text
from enrol.domain.vocabulary import ENROLMENT_FUNDING, priority_rank
from enrol.services.people import permissions
from enrol.services.people.consent import check_consent_for_enrolment
from enrol.services.context import Actor, now
from enrol.services.enrolment.hot_sql import Statement, raw
from enrol.services.enrolment.occupancy import TAKEN, GroupState, SeatLimit, centre_settings, load_group, lock_building, \
    seat_limit, seats_taken
from enrol.services.enrolment.offers import ChildRow, EnrolOutcome, Placement, ReleaseOutcome, change_status, child_timetable, \
    fill_free_seats, live_enrolment, load_child, record_change, refill_after_release, rule_problems, \
    waitlist_position, write_audit

_INSERT_ENROLMENT = Statement(insert(Enrolment).returning(Enrolment.id))

# A withdrawal is a release of the child's seat; the outcome lists who got it.
WithdrawOutcome = ReleaseOutcome


@dataclass(frozen=True)
class GroupSeatsOutcome:
    group: str
    before: int
    seats: int
    placements: list[Placement] = field(default_factory=list)


# The few academic years of the groups, worked out once rather than at every application.
_year_bounds = lru_cache(maxsize=32)(academic_year_bounds)


def _clean_reason(text: str | None) -> str | None:
    return clean_text(text, field="reason", max_length=500)


def _default_funding(group: GroupState) -> str:
    return "paid" if group.funding == "paid" else "state_order"


def enrol_child(
    db: Database, *, actor: Actor, child: str | int, group: str | int, funding: str | None = None,
    voucher_number: str | None = None, start_date: dt.date | None = None, applied_at: dt.datetime | None = None,
    override_reason: str | None = None,
) -> EnrolOutcome:
    """Apply for a seat: enrolled, or waitlisted with a position, or refused (see the module's docstring).

    ``start_date`` defaults to today (or the first day of the group's academic year, if later); an earlier
    day records a paper application entered late. ``applied_at`` (default now) orders the waitlist."""
    permissions.require(actor, "enrolment.edit")
    reason = _clean_reason(override_reason)
    voucher = clean_text(voucher_number, field="voucher_number", max_length=40)
    chosen = None if funding in (None, "") else check_choice(funding, field="funding", choices=ENROLMENT_FUNDING)
    if chosen == "voucher" and voucher is None:
        raise ValidationError("voucher_number", N_("A voucher place needs the voucher's number"))
    if applied_at is not None and applied_at > now() + dt.timedelta(minutes=5):
        raise ValidationError("applied_at", N_("The application time {value} is in the future"),
                              value=applied_at.strftime("%Y-%m-%d %H:%M"))
    with db.write() as session:
        lock_building(session)
        target = load_group(session, group, lock=True)
        found = load_child(session, child)
        return _enrol(session, actor=actor, child=found, group=target, funding=chosen, voucher=voucher,
                      start_date=start_date, applied_at=applied_at, reason=reason)


def _enrol(
    session: Session, *, actor: Actor, child: ChildRow, group: GroupState, funding: str | None, voucher: str | None,
    start_date: dt.date | None, applied_at: dt.datetime | None, reason: str | None,
) -> EnrolOutcome:
    """The checks and the insert of one application, inside the caller's locked transaction."""
    if not group.active:
        raise RefusedError(N_("Group {group} is closed and takes no applications"), rule="inactive", group=group.code)
    settings = centre_settings(session)
    stamp = now()
    today = stamp.date()
    check_consent_for_enrolment(session, actor=actor, child_id=child.id, on=today, reason=reason)  # law 94-V
    first, last = _year_bounds(group.academic_year)
    start = check_date(start_date or max(today, first), field="date",
                       earliest=first - dt.timedelta(days=EARLY_START_DAYS), latest=last)
    since = max(start, today)  # the past cannot be changed: capacity and clashes are checked from today on
    timetable = child_timetable(session, child.id, group.id, since)
    if group.id in timetable.applications:
        raise RefusedError(N_("{child} already has an application for group {group} ({status})"), rule="duplicate",
                           child=child.full_name, group=group.code, status=timetable.applications[group.id])
    soft, hard = rule_problems(child=child, group=group, timetable=timetable, since=since, settings=settings)
    if soft and reason is None:
        raise soft[0]
    if hard is not None:
        raise hard
    notices = [Notice(problem.message, **problem.params) for problem in soft]
    limit: SeatLimit | None
    if group.waitlisted and group.taken < group.seats:
        limit = SeatLimit("waitlist", Notice(N_("Group {group} has a waitlist of {count}: the application joins it"),
                                             group=group.code, count=group.waitlisted))
    else:
        slots = [s for s in timetable.target if s.valid_to is None or s.valid_to >= since]
        limit = seat_limit(session, group=group, slots=slots, since=since, capacity=settings["building_capacity"])
    status = "enrolled" if limit is None else "waitlisted"
    applied, rank = applied_at or stamp, priority_rank(child.priority)
    paid_by = funding or _default_funding(group)
    enrolment_id = _INSERT_ENROLMENT.insert(raw(session), {
        "child_id": child.id, "group_id": group.id, "status": status, "priority_rank": rank, "applied_at": applied,
        "decided_at": stamp if status == "enrolled" else None, "start_date": start, "end_date": None,
        "offer_expires_at": None, "funding": paid_by, "voucher_number": voucher, "override_reason": reason,
        "withdraw_reason": None,
    })
    seats_taken(session, group.id, 1 if status == "enrolled" else 0)
    record_change(session, enrolment_id=enrolment_id, before=None, after=status, actor=actor, at=stamp, reason=reason)
    write_audit(session, actor=actor, action="enrolment.add", entity_id=enrolment_id, after={
        "child_id": child.id, "group": group.code, "status": status, "funding": paid_by,
        "start_date": start, "applied_at": applied, "override_reason": reason,
        "limit": None if limit is None else limit.kind,
    })
    if limit is not None and limit.kind == "waitlist":
        # Seats are free while the list waits (its head waits for the building, or has a clash): the list,
        # this application in its place, is served in order now.
        placed = {p.enrolment_id: p.status for p in fill_free_seats(session, group.id, actor=actor)}
        status = placed.get(enrolment_id, status)
    position = None
    if status == "waitlisted":
        position = waitlist_position(session, group_id=group.id, enrolment_id=enrolment_id, priority_rank=rank,
                                     applied_at=applied)
        assert limit is not None
        notices.append(limit.notice)
    return EnrolOutcome(status=status, position=position, enrolment_id=enrolment_id, group=group.code,
                        child_id=child.id, notices=notices, limit=None if limit is None else limit.kind)


def withdraw_child(
    db: Database, *, actor: Actor, child: str | int, group: str | int, reason: str | None = None
) -> WithdrawOutcome:
    """End a child's enrolment, offer or waiting; a seat given up goes to the head of the list at once."""
    permissions.require(actor, "enrolment.edit")
    why = _clean_reason(reason)
    with db.write() as session:
        lock_building(session)
        found_group = load_group(session, group, lock=True)
        found = load_child(session, child)
        row = live_enrolment(session, found, found_group)
        change_status(session, enrolment_id=row.id, group_id=found_group.id, before=row.status, after="withdrawn",
                      actor=actor, reason=why, decided_at=now(), end_date=now().date(), withdraw_reason=why)
        placements = []
        if row.status in TAKEN:
            placements = refill_after_release(session, group_id=found_group.id, child_id=found.id, actor=actor)
    return WithdrawOutcome(enrolment_id=row.id, child_id=found.id, group=found_group.code, from_status=row.status,
                           status="withdrawn", placements=placements)


def move_child(
    db: Database, *, actor: Actor, child: str | int, from_group: str | int, to_group: str | int,
    reason: str | None = None, override_reason: str | None = None,
) -> EnrolOutcome:
    """Move a child between groups in one step: only when the target enrols them at once, otherwise refused
    with nothing changed (a move that ended on a waitlist would lose the seat the child had).

    The target is checked as a new application (its waitlist is not jumped) with the child's old seat already
    given up, so a move between groups meeting at the same time in a full building works; the freed seat
    then goes to the source group's list."""
    permissions.require(actor, "enrolment.edit")
    why = _clean_reason(reason)
    override = _clean_reason(override_reason)
    with db.write() as session:
        lock_building(session)
        source = load_group(session, from_group, lock=True)
        target = load_group(session, to_group, lock=True)
        found = load_child(session, child)
        if source.id == target.id:
            raise RefusedError(N_("{child} is already in group {group}"), rule="duplicate", child=found.full_name,
                               group=source.code)
        row = live_enrolment(session, found, source)
        change_status(session, enrolment_id=row.id, group_id=source.id, before=row.status, after="withdrawn",
                      actor=actor, reason=why or f"moved to {target.code}", decided_at=now(), end_date=now().date(),
                      withdraw_reason=why or f"moved to {target.code}")
        same_funding = target.funding == source.funding
        outcome = _enrol(session, actor=actor, child=found, group=target, start_date=None, applied_at=None,
                         funding=row.funding if same_funding else None,
                         voucher=row.voucher_number if same_funding else None, reason=override)
        if outcome.status != "enrolled":
            raise RefusedError(N_("{child} was not moved: group {group} has no seat for them now; nothing was changed"),
                               rule="move", child=found.full_name, group=target.code)
        placements = []
        if row.status in TAKEN:
            placements = refill_after_release(session, group_id=source.id, child_id=found.id, actor=actor)
    notices = outcome.notices + [
        Notice(N_("The seat freed in {group} went to {child} ({status}); call {phone}"), group=p.group, child=p.child,
               status=p.status, phone=p.phone or "—")
        for p in placements
    ]
    return EnrolOutcome(status=outcome.status, position=None, enrolment_id=outcome.enrolment_id, group=target.code,
                        child_id=found.id, notices=notices)


def change_group_seats(db: Database, *, actor: Actor, group: str | int, seats: int) -> GroupSeatsOutcome:
    """More seats go to the waitlist's head at once; fewer may not drop below the children already seated,
    and no group may have more seats than a room it meets in."""
    permissions.require(actor, "enrolment.edit")
    wanted = check_int(seats, field="seats", minimum=1, maximum=MAX_GROUP_SEATS)
    with db.write() as session:
        lock_building(session)
        state = load_group(session, group, lock=True)
        today = now().date()
        smallest = session.connection().execute(
            select(Room.code, Room.seats).join(Meeting, Meeting.room_id == Room.id)
            .where(Meeting.group_id == state.id, or_(Meeting.valid_to.is_(None), Meeting.valid_to >= today))
            .order_by(Room.seats, Room.code).limit(1)
        ).first()
        if smallest is not None and wanted > smallest.seats:
            raise RefusedError(N_("Group {group} cannot have {seats} seats: room {room} has only {room_seats}"),
                               rule="seats", group=state.code, seats=wanted, room=smallest.code,
                               room_seats=smallest.seats)
        if wanted < state.taken:
            raise RefusedError(
                N_("Group {group} cannot have {seats} seats: {taken} children are enrolled or hold an offer"),
                rule="seats", group=state.code, seats=wanted, taken=state.taken)
        session.connection().execute(update(Group).where(Group.id == state.id).values(seats=wanted))
        write_audit(session, actor=actor, action="group.seats", entity="group", entity_id=state.id,
                    before={"seats": state.seats}, after={"seats": wanted})
        placements = fill_free_seats(session, state.id, actor=actor) if wanted > state.seats else []
    return GroupSeatsOutcome(group=state.code, before=state.seats, seats=wanted, placements=placements)


__all__ = ["EnrolOutcome", "GroupSeatsOutcome", "WithdrawOutcome", "change_group_seats", "enrol_child", "move_child",
           "withdraw_child"]
