"""Who is expected in the building at a moment and over the typical week, on a hand-built centre with
known answers; and with the capacity set just above the current peak, no enrolment takes the building
over it at any instant."""
from __future__ import annotations

import datetime as dt
import random

import pytest

from enrol.db.engine import Database
from enrol.services.enrolment.places import enrol_child, withdraw_child
from enrol.services.enrolment.occupancy import occupancy_at, week_profile
from enrolment_centre import DESK, TODAY, Centre, moment, next_day, statuses
from enrol.services.context import SYSTEM

MONDAY = next_day(1)
TUESDAY = MONDAY + dt.timedelta(days=1)


@pytest.fixture
def centre(db: Database) -> Centre:
    """A: 5 children, Monday 15:00–16:30 in 1.01 (teacher Байжанова). B: 3 enrolled + 1 offer, Monday
    16:00–17:00 in 2.01. C: nobody, Tuesday in 1.01. D: 4 children, but its meetings ended yesterday.
    Next Monday a child sees the psychologist in 1.05 at 16:00–16:45 and a concert for 100 fills the hall
    from 16:15 to 18:00."""
    built = Centre(db)
    built.room("1.01", seats=20, floor=1)
    built.room("1.05", seats=2, floor=1, kind="cabinet")
    built.room("2.01", seats=15, floor=2)
    built.room("3.01", seats=300, floor=3, kind="hall")
    teacher = built.teacher()
    built.group("A", seats=10, room="1.01", meets=[(1, "15:00", "16:30")], teacher_id=teacher)
    built.group("B", seats=4, room="2.01", meets=[(1, "16:00", "17:00")])
    built.group("C", seats=10, room="1.01", meets=[(2, "10:00", "11:00")])
    built.group("D", seats=10, room="2.01", meets=[(1, "15:00", "16:00")],
                valid_from=TODAY - dt.timedelta(days=60), valid_to=TODAY - dt.timedelta(days=1))
    for child in built.children(5):
        enrol_child(db, actor=DESK, child=child, group="A")
    b_kids = built.children(5)
    for child in b_kids:
        enrol_child(db, actor=DESK, child=child, group="B")
    withdraw_child(db, actor=DESK, child=b_kids[0], group="B")  # the 5th gets an offer
    for child in built.children(4):
        enrol_child(db, actor=DESK, child=child, group="D", start_date=TODAY - dt.timedelta(days=30))
    built.appointment([built.child()], moment(MONDAY, "16:00"), moment(MONDAY, "16:45"), room="1.05")
    built.event("Concert", moment(MONDAY, "16:15"), moment(MONDAY, "18:00"), room="3.01", headcount=100)
    assert sorted(statuses(db, "B").values()) == ["enrolled"] * 3 + ["offered"]
    return built


def test_occupancy_while_only_a_meets(db: Database, centre: Centre) -> None:
    seen = occupancy_at(db, actor=SYSTEM, at=moment(MONDAY, "15:30"))
    assert (seen.total, seen.capacity, seen.floors) == (5, 1000, {1: 5, 2: 0, 3: 0})
    rooms = {r.code: r for r in seen.rooms}
    assert (rooms["1.01"].expected, rooms["1.01"].groups, rooms["1.01"].adults) == (5, ["A"], ["Байжанова Гүлнар"])
    assert (rooms["1.01"].floor, rooms["1.01"].seats) == (1, 20)
    assert rooms["2.01"].expected == 0  # group D's meetings have ended
    assert [r.code for r in seen.rooms] == ["1.01", "1.05", "2.01", "3.01"]


def test_occupancy_with_appointments_and_events(db: Database, centre: Centre) -> None:
    seen = occupancy_at(db, actor=SYSTEM, at=moment(MONDAY, "16:20"))
    assert (seen.total, seen.floors) == (110, {1: 6, 2: 4, 3: 100})
    rooms = {r.code: r for r in seen.rooms}
    assert (rooms["1.05"].expected, rooms["1.05"].adults) == (1, ["Сапарова Жанар"])
    assert (rooms["2.01"].expected, rooms["2.01"].groups) == (4, ["B"])
    assert rooms["3.01"].expected == 100


def test_meetings_and_bookings_end_at_their_end(db: Database, centre: Centre) -> None:
    assert occupancy_at(db, actor=SYSTEM, at=moment(MONDAY, "16:30")).total == 4 + 1 + 100
    assert occupancy_at(db, actor=SYSTEM, at=moment(MONDAY, "16:45")).total == 4 + 100
    assert occupancy_at(db, actor=SYSTEM, at=moment(MONDAY, "17:00")).total == 100
    assert occupancy_at(db, actor=SYSTEM, at=moment(MONDAY, "18:00")).total == 0
    assert occupancy_at(db, actor=SYSTEM, at=moment(TUESDAY, "10:30")).total == 0


def test_children_who_have_not_started_are_not_expected(db: Database, centre: Centre) -> None:
    """A and B's children start today; D's started 30 days ago, and D met until yesterday."""
    earlier = MONDAY - dt.timedelta(days=14)
    seen = occupancy_at(db, actor=SYSTEM, at=moment(earlier, "15:30"))
    rooms = {r.code: r for r in seen.rooms}
    assert (seen.total, rooms["2.01"].groups, rooms["1.01"].groups, rooms["1.01"].expected) == (4, ["D"], ["A"], 0)
    before_d = MONDAY - dt.timedelta(days=7 * 6)
    assert occupancy_at(db, actor=SYSTEM, at=moment(before_d, "15:30")).total == 0


def test_past_occupancy_counts_those_who_were_enrolled_then(db: Database, centre: Centre) -> None:
    """D met until yesterday; of two children withdrawn from it today, only the enrolled one was there."""
    from enrol.services.enrolment.places import change_group_seats

    change_group_seats(db, actor=DESK, group="D", seats=4)
    waiting = centre.child()
    assert enrol_child(db, actor=DESK, child=waiting, group="D",
                       start_date=TODAY - dt.timedelta(days=30)).status == "waitlisted"
    last_week = moment(MONDAY - dt.timedelta(days=7), "15:30")
    seated = statuses(db, "D")
    present = next(c for c, s in seated.items() if s == "enrolled")
    withdraw_child(db, actor=DESK, child=waiting, group="D")
    withdraw_child(db, actor=DESK, child=present, group="D")
    assert occupancy_at(db, actor=SYSTEM, at=last_week).total == 4


def test_week_profile(db: Database, centre: Centre) -> None:
    profile = week_profile(db, actor=SYSTEM)
    assert (profile.peak, profile.peak_weekday, profile.peak_minute, profile.capacity) == (9, 1, 16 * 60, 1000)
    monday = profile.slots[0]
    assert (monday[29], monday[30], monday[31], monday[32], monday[33], monday[34]) == (0, 5, 5, 9, 4, 0)
    assert profile.slots[1][20] == 0 and sum(sum(day) for day in profile.slots[2:]) == 0
    assert profile.over == []


def test_capacity_just_above_the_peak_is_never_exceeded(db: Database) -> None:
    built = Centre(db)
    for code in ("1.01", "2.01", "2.02"):
        built.room(code, seats=20, floor=int(code[0]))
    built.room("1.05", seats=2, kind="cabinet")
    built.group("A", seats=12, room="1.01", meets=[(1, "15:00", "16:30")])
    built.group("B", seats=12, room="2.01", meets=[(1, "16:00", "17:00")])
    built.group("C", seats=12, room="1.01", meets=[(2, "10:00", "11:00")])
    built.group("E", seats=12, room="2.01", meets=[(1, "17:00", "18:00"), (2, "10:00", "11:00")])
    built.group("F", seats=12, room="2.02", meets=[(1, "16:00", "17:30")])
    for group, count in (("A", 5), ("B", 4)):
        for child in built.children(count):
            enrol_child(db, actor=DESK, child=child, group=group)
    built.appointment([built.child()], moment(MONDAY, "15:10"), moment(MONDAY, "15:40"), room="1.05")
    peak = week_profile(db, actor=SYSTEM).peak
    assert peak == 9
    capacity = peak + 1
    built.setting("building_capacity", capacity)
    rng = random.Random(7)
    outcomes = []
    for child in built.children(40):
        group = rng.choice(["A", "B", "C", "E", "F"])
        outcomes.append((group, enrol_child(db, actor=DESK, child=child, group=group)))
    # the first turned away meets a full building; who comes after joins the list before them
    assert {o.limit for _, o in outcomes if o.status == "waitlisted"} == {"building", "waitlist"}
    assert {g for g, o in outcomes if o.status == "enrolled"} >= {"C", "E"}
    profile = week_profile(db, actor=SYSTEM)
    assert profile.peak == capacity and profile.over == []
    highest = 0
    for day in (MONDAY, TUESDAY, MONDAY + dt.timedelta(days=7)):
        for minutes in range(9 * 60, 19 * 60, 5):
            seen = occupancy_at(db, actor=SYSTEM, at=dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=minutes))
            assert seen.total <= capacity, (day, minutes, seen.total)
            highest = max(highest, seen.total)
    assert highest == capacity  # filled up to the limit, not beyond


def test_capacity_counts_bookings_on_the_dates_of_the_meetings(db: Database, centre: Centre) -> None:
    """The concert on MONDAY 16:15–18:00 overlaps group F's meeting at 17:00–17:30: with room for just one
    child beside it, F takes one, although the weekly load alone would leave it all its seats."""
    centre.group("F", seats=12, room="3.01", meets=[(1, "17:00", "17:30")])
    centre.setting("building_capacity", 100 + 1)
    first, second = centre.children(2)
    assert enrol_child(db, actor=DESK, child=first, group="F").status == "enrolled"
    late = enrol_child(db, actor=DESK, child=second, group="F")
    assert (late.status, late.limit) == ("waitlisted", "building")
    assert occupancy_at(db, actor=SYSTEM, at=moment(MONDAY, "17:10")).total == 100 + 1


class _Undo(Exception):
    pass


def test_a_batch_allocates_exactly_like_single_enrolments(db: Database, centre: Centre) -> None:
    """``occupancy.batch`` (import applications) reads the building once and keeps it current itself: the same
    applications in one batch give the same outcomes as one transaction each, history and audit included."""
    from sqlalchemy import func, select

    from enrol.db.models import AuditEvent, EnrolmentChange
    from enrol.services.enrolment.places import _enrol
    from enrol.services.enrolment.occupancy import batch, load_group, lock_building
    from enrol.services.enrolment.offers import load_child

    centre.group("F", seats=12, room="3.01", meets=[(1, "17:00", "17:30"), (2, "15:00", "16:00")])
    centre.group("G", seats=3, room="2.01", meets=[(2, "15:00", "16:00")])
    centre.setting("building_capacity", 100 + 3)
    kids = centre.children(14)
    plan = [(child, ["F", "G", "F", "A", "F", "B"][n % 6]) for n, child in enumerate(kids)]

    def counts() -> tuple[int, int]:
        with db.read() as session:
            return (session.scalar(select(func.count()).select_from(EnrolmentChange)),
                    session.scalar(select(func.count()).select_from(AuditEvent)))

    before = counts()
    batched = []
    with pytest.raises(_Undo), db.write() as session:
        lock_building(session)
        with batch(session):
            for child, group in plan:
                outcome = _enrol(session, actor=DESK, child=load_child(session, child), start_date=None,
                                 group=load_group(session, group, lock=True), funding=None, voucher=None,
                                 applied_at=None, reason=None)
                batched.append((outcome.status, outcome.position, outcome.limit))
        with session.no_autoflush:
            assert session.scalar(select(func.count()).select_from(EnrolmentChange)) == before[0] + len(plan)
        raise _Undo
    assert counts() == before
    single = [enrol_child(db, actor=DESK, child=child, group=group) for child, group in plan]
    assert batched == [(o.status, o.position, o.limit) for o in single]
    assert {o.limit for o in single} >= {None, "building"}
