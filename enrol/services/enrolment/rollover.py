"""Academic-year roll-over: close a year and open the next with the same clubs, groups and timetable,
the returning children re-enrolled by the ordinary enrolment rules.

1. **Close** (one transaction): every live place of the year's groups ends — enrolled children *completed*
   (their end date the day after today, or after the year's last day if that came first), offers and
   waiting applications *withdrawn* with the reason — each with its history row and audit event; the groups
   are closed and their meetings end on the year's last day. Nothing is deleted: the year stays readable.
2. **Copy** (the same transaction): group codes belong to the year staff work in, so the old groups are
   renamed ``CODE/YYYY`` (their first calendar year) and the new year's groups take the codes, with the same
   club, teacher, seats, ages, language and funding. Their meetings are the old weekly slots, valid from the
   new year's first day (the slots were checked when made; the old ones end before these begin).
3. **Re-enrol** (one ``enrol_child`` call per child, the same checks as the front desk): the children enrolled at
   the close, into their group's successor with their funding and original application time, ages counted at
   the new year's cut-off day; then, when asked, the waiting list in its order. A child refused (too old now,
   a clash) is listed with the reason and the registrar decides.

The plan of step 3 (who goes where, in which order) is stored with steps 1–2 in their one transaction, and
every re-enrolment marks its line done in the transaction that placed the child, so a run killed at any moment
is resumed by the next ``roll_over`` with the same end state; a finished roll-over is refused with the time it
finished. Only a year that has begun can be rolled over, and only into the next one.

Administrators only (``rollover.run``).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import insert, or_, select, update
from sqlalchemy.orm import Session

from enrol.db.engine import Database
from enrol.db.models import Enrolment, Group, Meeting, Rollover as RolloverRow, RolloverLine, Setting
from enrol.domain.enrolment_rules import academic_year_bounds
from enrol.domain.errors import N_, EnrolError, RefusedError
from enrol.domain.report_rules import next_academic_year
from enrol.domain.settings import parse_setting
from enrol.i18n import render_error
from enrol.services.enrolment import places as enrolment
from enrol.services.people import audit, permissions
from enrol.services.centre import settings
from enrol.services.context import Actor, now
from enrol.services.enrolment.occupancy import load_group, lock_building
from enrol.services.enrolment.offers import change_status, load_child

CLOSED_REASON = "academic year closed"


@dataclass(frozen=True)
class ClosedYear:
    academic_year: str
    groups: int
    completed: int
    withdrawn: int


@dataclass(frozen=True)
class Placement:
    child_id: int
    group: str
    status: str | None  # enrolled, offered or waitlisted; None when refused
    problem: str | None = None


@dataclass(frozen=True)
class Rollover:
    from_year: str
    to_year: str
    closed: ClosedYear
    groups: int
    meetings: int
    placements: list[Placement] = field(default_factory=list)
    resumed: bool = False  # an interrupted run was finished
    placed_now: int = 0  # children placed (or refused) by this run

    def count(self, status: str | None) -> int:
        return sum(1 for p in self.placements if p.status == status)


@dataclass(frozen=True)
class _Waiting:
    child_id: int
    code: str
    funding: str
    voucher: str | None
    applied_at: dt.datetime
    rank: int
    returning: bool


def _year(text: str) -> str:
    return str(parse_setting("academic_year", text))


def _close(session: Session, *, actor: Actor, academic_year: str, today: dt.date) -> ClosedYear:
    first, last = academic_year_bounds(academic_year)
    ids = list(session.scalars(select(Group.id).where(Group.academic_year == academic_year)))
    if not ids:
        raise RefusedError(N_("There are no groups of the academic year {year}"), rule="rollover", year=academic_year)
    end = max(first, min(today, last)) + dt.timedelta(days=1)
    completed = withdrawn = 0
    for eid, gid, status, start in session.execute(
            select(Enrolment.id, Enrolment.group_id, Enrolment.status, Enrolment.start_date)
            .where(Enrolment.group_id.in_(ids), Enrolment.status.in_(("enrolled", "offered", "waitlisted")))
            .order_by(Enrolment.id)).all():
        if status == "enrolled":
            change_status(session, enrolment_id=eid, group_id=gid, before=status, after="completed", actor=actor,
                          reason=CLOSED_REASON, decided_at=now(), end_date=max(end, start or end))
            completed += 1
        else:
            change_status(session, enrolment_id=eid, group_id=gid, before=status, after="withdrawn", actor=actor,
                          reason=CLOSED_REASON, decided_at=now(), withdraw_reason=CLOSED_REASON)
            withdrawn += 1
    session.execute(update(Meeting).where(Meeting.group_id.in_(ids), or_(Meeting.valid_to.is_(None),
                                                                          Meeting.valid_to > last))
                    .values(valid_to=last))
    session.execute(update(Group).where(Group.id.in_(ids)).values(active=False))
    closed = ClosedYear(academic_year=academic_year, groups=len(ids), completed=completed, withdrawn=withdrawn)
    audit.record(session, actor=actor, action="year.close", entity="academic_year", entity_id=academic_year,
                 after=closed)
    return closed


def close_year(db: Database, *, actor: Actor, academic_year: str) -> ClosedYear:
    """End every place of the year's groups and close the groups (no copy, no re-enrolment)."""
    permissions.require(actor, "rollover.run")
    year = _year(academic_year)
    with db.write() as session:
        lock_building(session)
        return _close(session, actor=actor, academic_year=year, today=now().date())


def _archived_code(code: str, year: str, taken: set[str]) -> str:
    suffix = f"/{year[:4]}"
    candidate, n = code[:30 - len(suffix)] + suffix, 1
    while candidate in taken:
        n += 1
        tail = f"{suffix}-{n}"
        candidate = code[:30 - len(tail)] + tail
    taken.add(candidate)
    return candidate


def _copy_year(session: Session, *, actor: Actor, from_year: str, to_year: str,
               today: dt.date) -> tuple[ClosedYear, int, int, list[_Waiting]]:
    if session.scalar(select(Group.id).where(Group.academic_year == to_year).limit(1)) is not None:
        raise RefusedError(N_("The academic year {year} already has groups: it was rolled over before"),
                           rule="rollover", year=to_year)
    groups = session.execute(select(Group).where(Group.academic_year == from_year, Group.active)
                             .order_by(Group.code)).scalars().all()
    old_last = academic_year_bounds(from_year)[1]
    in_use = min(today, old_last)
    meetings = session.execute(
        select(Meeting).where(Meeting.group_id.in_([g.id for g in groups]),
                              or_(Meeting.valid_to.is_(None), Meeting.valid_to >= in_use),
                              or_(Meeting.valid_from.is_(None), Meeting.valid_from <= old_last))).scalars().all()
    live = session.execute(
        select(Enrolment.child_id, Enrolment.group_id, Enrolment.status, Enrolment.funding, Enrolment.voucher_number,
               Enrolment.applied_at, Enrolment.priority_rank)
        .where(Enrolment.group_id.in_([g.id for g in groups]),
               Enrolment.status.in_(("enrolled", "offered", "waitlisted")))).all()
    codes = {g.id: g.code for g in groups}
    plan = [_Waiting(child_id=c, code=codes[g], funding=f, voucher=v, applied_at=a, rank=r, returning=s == "enrolled")
            for c, g, s, f, v, a, r in live]
    plan.sort(key=lambda w: (not w.returning, w.code, -w.rank, w.applied_at))
    closed = _close(session, actor=actor, academic_year=from_year, today=today)
    taken = set(session.scalars(select(Group.code)))
    for group in groups:
        session.execute(update(Group).where(Group.id == group.id)
                        .values(code=_archived_code(codes[group.id], from_year, taken)))
    new_ids = {}
    for group in groups:
        new_ids[group.id] = session.execute(insert(Group).returning(Group.id), {
            "code": codes[group.id], "club_id": group.club_id, "teacher_id": group.teacher_id, "seats": group.seats,
            "age_min": group.age_min, "age_max": group.age_max, "language": group.language,
            "academic_year": to_year, "funding": group.funding, "active": True}).scalar_one()
    new_first = academic_year_bounds(to_year)[0]
    if meetings:
        session.execute(insert(Meeting), [
            {"group_id": new_ids[m.group_id], "weekday": m.weekday, "start_minute": m.start_minute,
             "end_minute": m.end_minute, "room_id": m.room_id, "valid_from": new_first, "valid_to": None}
            for m in meetings])
    audit.record(session, actor=actor, action="year.rollover", entity="academic_year", entity_id=to_year,
                 after={"from": from_year, "groups": len(groups), "meetings": len(meetings)})
    return closed, len(groups), len(meetings), plan


def _check_years(session: Session, *, source: str, target: str, today: dt.date) -> None:
    """Refuse a year that has not begun (its places would be closed before they ran) or a jump of years."""
    if int(target[:4]) <= int(source[:4]):
        raise RefusedError(N_("The new academic year {year} must come after {source}"), rule="rollover",
                           year=target, source=source)
    if target != next_academic_year(source):
        raise RefusedError(N_("The academic year {source} can only be rolled over into {year}, not further ahead"),
                           rule="rollover", year=next_academic_year(source), source=source)
    if academic_year_bounds(source)[0] > today:
        done = session.scalar(select(RolloverRow).where(RolloverRow.to_year == source))
        if done is not None:
            raise RefusedError(N_("The academic year {source} was rolled over into {year} on {when}; the year "
                                  "{year} has not started yet"), rule="rollover", source=done.from_year,
                               year=source, when=_when(done.finished_at or done.started_at))
        raise RefusedError(N_("The academic year {year} has not started yet: only a running year can be rolled "
                              "over"), rule="rollover", year=source)


def _when(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")


def _start(db: Database, *, actor: Actor, source: str, target: str, carry_waitlist: bool) -> int:
    """Steps 1–2 and the stored plan, in one transaction; the academic-year setting moves with them."""
    with db.write() as session:
        lock_building(session)
        stamp = now()
        _check_years(session, source=source, target=target, today=stamp.date())
        closed, copied, meetings, plan = _copy_year(session, actor=actor, from_year=source, to_year=target,
                                                    today=stamp.date())
        rollover_id = session.execute(insert(RolloverRow).returning(RolloverRow.id), {
            "from_year": source, "to_year": target, "carry_waitlist": carry_waitlist, "closed_groups": closed.groups, "groups": copied,
            "meetings": meetings, "completed": closed.completed, "withdrawn": closed.withdrawn,
            "started_at": stamp, "finished_at": None, "actor": actor.login}).scalar_one()
        lines = [w for w in plan if w.returning or carry_waitlist]
        if lines:
            session.execute(insert(RolloverLine), [
                {"rollover_id": rollover_id, "seq": n, "child_id": w.child_id, "group_code": w.code,
                 "funding": w.funding, "voucher_number": w.voucher, "applied_at": w.applied_at,
                 "was_enrolled": w.returning, "done_at": None, "status": None, "problem": None}
                for n, w in enumerate(lines)])
        if settings.stored_value(session, "academic_year") == source:
            row = session.get(Setting, "academic_year")
            if row is None:
                session.add(Setting(key="academic_year", value=target))
            else:
                row.value = target
            audit.record(session, actor=actor, action="setting.set", entity="setting", entity_id="academic_year",
                         before=source, after=target)
        return rollover_id


def _place(db: Database, *, actor: Actor, line_id: int) -> None:
    """Re-enrol one planned child and mark the line done in the same transaction (a refusal: in the next)."""
    try:
        with db.write() as session:
            lock_building(session)
            line = session.get(RolloverLine, line_id)
            assert line is not None
            if line.done_at is not None:
                return
            outcome = enrolment._enrol(
                session, actor=actor, child=load_child(session, line.child_id),
                group=load_group(session, line.group_code, lock=True), funding=line.funding,
                voucher=line.voucher_number, start_date=None, applied_at=line.applied_at, reason=None)
            line.done_at, line.status = now(), outcome.status
    except EnrolError as error:
        with db.write() as session:
            line = session.get(RolloverLine, line_id)
            assert line is not None
            if line.done_at is None:
                line.done_at, line.problem = now(), render_error(error)


def unfinished(db: Database) -> tuple[str, str] | None:
    """The years of a roll-over that was interrupted (killed, power cut) and must be resumed, if any."""
    with db.read() as session:
        row = session.execute(select(RolloverRow.from_year, RolloverRow.to_year)
                              .where(RolloverRow.finished_at.is_(None)).order_by(RolloverRow.id)).first()
    return None if row is None else (row[0], row[1])


def roll_over(db: Database, *, actor: Actor, from_year: str | None = None, to_year: str | None = None,
              carry_waitlist: bool = True) -> Rollover:
    """Close ``from_year``, open ``to_year`` (default the next) and re-enrol its returning children.

    Without ``from_year``: an interrupted roll-over if there is one, else the current academic year. A roll-over
    of ``from_year`` already started is resumed (its stored plan, not the arguments, says what is left)."""
    permissions.require(actor, "rollover.run")
    if from_year is None:
        pending = unfinished(db)
        from_year = pending[0] if pending else settings.get_setting(db, key="academic_year").value
    source = _year(from_year)
    target = _year(to_year or next_academic_year(source))
    with db.read() as session:
        row = session.scalar(select(RolloverRow).where(RolloverRow.from_year == source))
        if row is not None and row.finished_at is not None:
            raise RefusedError(N_("The academic year {source} was already rolled over into {year} on {when}"),
                               rule="rollover", source=source, year=row.to_year, when=_when(row.finished_at))
        rollover_id = None if row is None else row.id
    resumed = rollover_id is not None
    if rollover_id is None:
        rollover_id = _start(db, actor=actor, source=source, target=target, carry_waitlist=carry_waitlist)
    with db.read() as session:
        todo = list(session.scalars(select(RolloverLine.id).where(RolloverLine.rollover_id == rollover_id,
                                                                  RolloverLine.done_at.is_(None))
                                    .order_by(RolloverLine.seq)))
    for line_id in todo:
        _place(db, actor=actor, line_id=line_id)
    with db.write() as session:
        row = session.get(RolloverRow, rollover_id)
        assert row is not None
        if row.finished_at is None:
            row.finished_at = now()
            audit.record(session, actor=actor, action="year.rollover_done", entity="academic_year",
                         entity_id=row.to_year, after={"from": row.from_year, "resumed": resumed})
        lines = session.execute(select(RolloverLine.child_id, RolloverLine.group_code, RolloverLine.status,
                                       RolloverLine.problem)
                                .where(RolloverLine.rollover_id == rollover_id).order_by(RolloverLine.seq)).all()
        closed = ClosedYear(academic_year=row.from_year, groups=row.closed_groups, completed=row.completed,
                            withdrawn=row.withdrawn)
        result = Rollover(from_year=row.from_year, to_year=row.to_year, closed=closed, groups=row.groups,
                          meetings=row.meetings, resumed=resumed, placed_now=len(todo),
                          placements=[Placement(child_id=c, group=g, status=s, problem=p) for c, g, s, p in lines])
    return result


__all__ = ["ClosedYear", "Placement", "Rollover", "close_year", "roll_over", "unfinished"]
