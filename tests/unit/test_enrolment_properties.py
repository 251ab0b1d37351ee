"""Random sequences of enrolments, withdrawals, seat changes, accepted, declined and expired offers never
exceed a limit (group, room, building), never give a seat out of waitlist order, never leave a seat idle
while an eligible child waits and the building has room, and never put a child in two places at once.

Each example runs on its own copy of a small SQLite centre built once; the invariants are recomputed from
the raw tables, minute by minute, independently of the code under test."""
from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule, run_state_machine_as_test
from sqlalchemy import select

from enrol.db.engine import Database
from enrol.db.models import Appointment, AppointmentChild, Child, Enrolment, Group, Meeting, Room
from enrol.domain.children import age_on
from enrol.domain.errors import RefusedError
from enrol.domain.waitlist import waitlist_key
from enrol.services.enrolment import offers
from enrol.services.storage.database import init_database
from enrol.services.enrolment.places import _enrol, change_group_seats, enrol_child, withdraw_child
from enrol.services.enrolment.occupancy import batch, load_group, lock_building
from enrol.services.enrolment.offers import load_child
from enrol.services.centre.settings import set_setting
from enrolment_centre import ADMIN, CUTOFF, DESK, Centre, moment, next_day

GROUPS = ["G1", "G2", "G3", "G4"]
CAPACITY = 3
APPOINTMENT_DAY = next_day(1)
SEATED = ("enrolled", "offered")


def build_template(path: Path) -> None:
    """The centre every example starts from: children 1–9, child 1 with an appointment on Monday 15:00."""
    db = init_database(str(path))
    try:
        centre = Centre(db)
        centre.setting("building_capacity", CAPACITY)
        centre.room("R1", seats=4)
        centre.room("R2", seats=3)
        centre.room("R3", seats=3)
        centre.room("C1", seats=2, kind="cabinet")
        centre.group("G1", seats=3, room="R1", meets=[(1, "15:00", "16:00")])
        centre.group("G2", seats=2, room="R2", meets=[(1, "15:30", "16:30")])
        centre.group("G3", seats=2, room="R3", meets=[(1, "16:00", "17:00"), (3, "15:00", "16:00")])
        centre.group("G4", seats=1, room="R1", meets=[(3, "15:00", "16:00")], age_min=7, age_max=10)
        priorities = [None, None, "orphan", None, "large_family", None, None, "staff_child", None]
        ages = [8, 9, 10, 12, 8, 9, 13, 8, 10]
        kids = [centre.child(age=age, priority=priority) for age, priority in zip(ages, priorities)]
        assert kids == list(range(1, 10))
        centre.appointment([kids[0]], moment(APPOINTMENT_DAY, "15:00"), moment(APPOINTMENT_DAY, "15:30"), room="C1")
    finally:
        db.dispose()


@dataclass(frozen=True)
class Snapshot:
    """The raw tables, as plain tuples."""

    seats: dict[str, int]
    ages: dict[str, tuple[int, int]]
    meetings: dict[str, list[tuple[int, int, int, str]]]  # group → (weekday, start, end, room)
    rooms: dict[str, int]
    births: dict[int, dt.date]
    enrolments: dict[int, tuple[int, str, str, int, dt.datetime, str | None]]  # id → child, group, status, …
    appointments: list[tuple[dt.datetime, dt.datetime, list[int]]]

    def seated(self, group: str) -> int:
        return sum(1 for _, g, s, *_ in self.enrolments.values() if g == group and s in SEATED)

    def groups_of(self, child: int) -> list[str]:
        return [g for c, g, s, *_ in self.enrolments.values() if c == child and s in SEATED]

    def waiting(self, group: str) -> list[int]:
        ids = [i for i, (_, g, s, *_) in self.enrolments.items() if g == group and s == "waitlisted"]
        return sorted(ids, key=self.key)

    def key(self, enrolment_id: int) -> tuple[int, dt.datetime, int]:
        _, _, _, rank, applied_at, _ = self.enrolments[enrolment_id]
        return waitlist_key(rank, applied_at, enrolment_id)

    def load(self, weekday: int, minute: int, day: dt.date | None, *, room: str | None = None) -> int:
        """Children seated in groups meeting then (in ``room``), plus appointments on ``day``."""
        total = sum(self.seated(g) for g, slots in self.meetings.items()
                    for w, s, e, r in slots if w == weekday and s <= minute < e and room in (None, r))
        if day is not None and room is None:
            at = dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=minute)
            total += sum(len(kids) for start, end, kids in self.appointments if start <= at < end)
        return total

    def clashes(self, child: int, group: str) -> bool:
        """Would ``group`` overlap the child's other seated groups or appointments?"""
        mine = [slot for g in self.groups_of(child) if g != group for slot in self.meetings[g]]
        for w, s, e, _ in self.meetings[group]:
            if any(w == w2 and s < e2 and s2 < e for w2, s2, e2, _ in mine):
                return True
            for start, end, kids in self.appointments:
                if child in kids and start.isoweekday() == w and start.time() < dt.time(e // 60, e % 60) \
                        and dt.time(s // 60, s % 60) < end.time():
                    return True
        return False

    def eligible(self, enrolment_id: int) -> bool:
        child, group, _, _, _, override = self.enrolments[enrolment_id]
        low, high = self.ages[group]
        return not self.clashes(child, group) and (override is not None or low <= age_on(self.births[child],
                                                                                           CUTOFF) <= high)

    def building_has_room(self, group: str) -> bool:
        """One more child in ``group`` fits at every minute of its meetings, in its rooms and the building."""
        for w, s, e, room in self.meetings[group]:
            for minute in range(s, e, 5):
                for day in (None, APPOINTMENT_DAY if APPOINTMENT_DAY.isoweekday() == w else None):
                    if self.load(w, minute, day) + 1 > CAPACITY:
                        return False
                if self.load(w, minute, None, room=room) + 1 > self.rooms[room]:
                    return False
        return True


def snapshot(db: Database) -> Snapshot:
    with db.read() as session:
        groups = {g.id: g for g in session.scalars(select(Group))}
        rooms = {r.id: r for r in session.scalars(select(Room))}
        meetings: dict[str, list[tuple[int, int, int, str]]] = {g.code: [] for g in groups.values()}
        for m in session.scalars(select(Meeting)):
            meetings[groups[m.group_id].code].append((m.weekday, m.start_minute, m.end_minute, rooms[m.room_id].code))
        appointments = [(a.starts_at, a.ends_at, list(session.scalars(
            select(AppointmentChild.child_id).where(AppointmentChild.appointment_id == a.id))))
            for a in session.scalars(select(Appointment).where(Appointment.status == "booked"))]
        return Snapshot(
            seats={g.code: g.seats for g in groups.values()},
            ages={g.code: (g.age_min, g.age_max) for g in groups.values()},
            meetings=meetings, rooms={r.code: r.seats for r in rooms.values()},
            births=dict(session.execute(select(Child.id, Child.birth_date)).tuples().all()),
            enrolments={e.id: (e.child_id, groups[e.group_id].code, e.status, e.priority_rank, e.applied_at,
                               e.override_reason) for e in session.scalars(select(Enrolment))},
            appointments=appointments,
        )


class EnrolmentMachine(RuleBasedStateMachine):
    template: Path

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="enrol-prop-"))
        shutil.copy(self.template, self.folder / "enrol.sqlite3")
        self.db = Database(str(self.folder / "enrol.sqlite3"))
        self.before = self.now = snapshot(self.db)

    def teardown(self) -> None:
        self.db.dispose()
        shutil.rmtree(self.folder, ignore_errors=True)

    def _step(self, action, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        """Run one service call; the invariants then compare ``self.before`` with ``self.now``."""
        self.before = self.now
        refused = None
        try:
            action(self.db, *args, **kwargs)
        except RefusedError as error:
            refused = error
            assert error.rule in {"clash", "age", "duplicate", "not_enrolled", "no_offer", "seats"}, error
        self.now = snapshot(self.db)
        assert refused is None or self.now == self.before, f"refused ({refused.english()}) yet changed something"

    def _live(self, *statuses: str) -> list[tuple[int, str]]:
        return sorted((c, g) for c, g, s, *_ in self.now.enrolments.values() if s in statuses)

    @rule(child=st.integers(min_value=1, max_value=9), group=st.sampled_from(GROUPS), override=st.booleans())
    def enrol(self, child: int, group: str, override: bool) -> None:
        self._step(enrol_child, actor=DESK, child=child, group=group, override_reason="reason" if override else None)

    @rule(child=st.integers(min_value=1, max_value=9), group=st.sampled_from(GROUPS))
    def enrol_plainly(self, child: int, group: str) -> None:
        self._step(enrol_child, actor=DESK, child=child, group=group)

    @rule(applications=st.lists(st.tuples(st.integers(min_value=1, max_value=9), st.sampled_from(GROUPS)),
                                min_size=2, max_size=5))
    def enrol_in_one_batch(self, applications: list[tuple[int, str]]) -> None:
        """As ``import applications`` does: many applications in one transaction with ``occupancy.batch``."""
        self.before = self.now
        with self.db.write() as session:
            lock_building(session)
            with batch(session):
                for child, group in applications:
                    try:
                        _enrol(session, actor=DESK, child=load_child(session, child), start_date=None,
                               group=load_group(session, group, lock=True), funding=None, voucher=None,
                               applied_at=None, reason=None)
                    except RefusedError as refused:
                        assert refused.rule in {"clash", "age", "duplicate"}, refused
        self.now = snapshot(self.db)

    @rule(data=st.data())
    def withdraw(self, data: st.DataObject) -> None:
        live = self._live("enrolled", "offered", "waitlisted")
        child, group = data.draw(st.sampled_from(live)) if live else (1, "G1")
        self._step(withdraw_child, actor=DESK, child=child, group=group)

    @rule(group=st.sampled_from(GROUPS), seats=st.integers(min_value=1, max_value=4))
    def seats(self, group: str, seats: int) -> None:
        self._step(change_group_seats, actor=DESK, group=group, seats=seats)

    @rule(data=st.data())
    def accept(self, data: st.DataObject) -> None:
        live = self._live("offered")
        child, group = data.draw(st.sampled_from(live)) if live else (1, "G1")
        self._step(offers.accept_offer, actor=DESK, child=child, group=group)

    @rule(data=st.data())
    def decline(self, data: st.DataObject) -> None:
        live = self._live("offered")
        child, group = data.draw(st.sampled_from(live)) if live else (1, "G1")
        self._step(offers.decline_offer, actor=DESK, child=child, group=group)

    @precondition(lambda self: any(s == "offered" for _, _, s, *_ in self.now.enrolments.values()))
    @rule()
    def expire(self) -> None:
        self._step(offers.expire_offers, now=dt.datetime.now() + dt.timedelta(days=30))

    @rule(mode=st.sampled_from(["offer", "direct"]))
    def mode(self, mode: str) -> None:
        self._step(set_setting, actor=ADMIN, key="waitlist_mode", value=mode)  # a centre setting: administrators only

    @invariant()
    def limits_hold(self) -> None:
        now = self.now
        for group, seats in now.seats.items():
            assert now.seated(group) <= seats, group
        for weekday in (1, 3):
            for minute in range(14 * 60, 18 * 60, 5):
                day = APPOINTMENT_DAY if APPOINTMENT_DAY.isoweekday() == weekday else None
                assert now.load(weekday, minute, day) <= CAPACITY, (weekday, minute)
                for room, seats in now.rooms.items():
                    assert now.load(weekday, minute, None, room=room) <= seats, (room, weekday, minute)

    @invariant()
    def nobody_is_in_two_places(self) -> None:
        now = self.now
        for child in now.births:
            for group in now.groups_of(child):
                assert not now.clashes(child, group), (child, group)

    @invariant()
    def seats_go_in_waitlist_order(self) -> None:
        before, now = self.before, self.now
        for enrolment_id, (_, group, status, *_) in now.enrolments.items():
            was = before.enrolments.get(enrolment_id)
            if status not in SEATED or (was is not None and was[2] in SEATED):
                continue
            # newly seated: everyone still waiting ahead of them — who was there when the seat was given, that is
            # waiting before this step or applying before them — must be unable to take it
            for other in now.waiting(group):
                if now.key(other) < now.key(enrolment_id) and (other in before.enrolments or other < enrolment_id):
                    assert not now.eligible(other), (enrolment_id, other)

    @invariant()
    def no_seat_idles_while_an_eligible_child_waits(self) -> None:
        now = self.now
        for group in GROUPS:
            if now.seated(group) < now.seats[group] and now.building_has_room(group):
                assert not [e for e in now.waiting(group) if now.eligible(e)], group


def test_random_sequences_keep_every_rule(tmp_path: Path) -> None:
    template = tmp_path / "template.sqlite3"
    build_template(template)
    EnrolmentMachine.template = template
    run_state_machine_as_test(EnrolmentMachine, settings=settings(
        max_examples=50, stateful_step_count=40, deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    ))
