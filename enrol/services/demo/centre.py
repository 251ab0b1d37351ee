"""The demo centre (docs/architecture.md, *The demo centre*): the building of the article, its clubs, staff,
timetable and children.

The structure goes through the ordinary services (``add_room`` … ``add_meeting``), so the demo obeys the
same rules as the front desk; the timetable is planned on a grid of blocks so those services never meet a
clash.  Children, guardians, consents and enrolments are inserted in bulk in one transaction: 20,000
children one by one would take minutes.  Everything comes from ``random.Random(seed)`` and the academic
year in the settings, never from today's date, so one seed always gives one centre.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import math
import random
from dataclasses import dataclass, field

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from enrol.db.engine import Database
from enrol.db.models import Child, Consent, Enrolment, EnrolmentChange, Guardian
from enrol.domain.children import age_on
from enrol.domain.intervals import WeeklySlot, format_hhmm, peak_load
from enrol.domain.vocabulary import priority_rank
from enrol.services.people import audit, permissions
from enrol.services.demo import names as people
from enrol.services.centre.clubs import add_club
from enrol.services.context import Actor
from enrol.services.centre.groups import add_group
from enrol.services.centre.rooms import add_room
from enrol.services.centre.settings import stored_value
from enrol.services.centre.staff import add_staff
from enrol.services.centre.timetable import add_meeting

# Blocks of the school day (minutes from midnight): mornings for second-shift pupils, afternoons for the
# first shift.  Every lesson starts at its block's start, so lessons in different blocks never overlap.
BLOCKS: dict[str, tuple[int, int]] = {
    "M1": (540, 630), "M2": (660, 750), "A1": (840, 920), "A2": (930, 1010), "A3": (1020, 1110),
}
DAY_PAIRS = ((1, 4), (2, 5), (3, 6))  # a group meets twice a week: Mon+Thu, Tue+Fri or Wed+Sat
PEAK_SLOT = ("A2", 0)  # the busiest hour: every club room has a group on Monday and Thursday at 15:30
MORNING_SLOTS = (("M1", 0), ("M2", 1), ("M1", 2), ("M2", 0), ("M1", 1), ("M2", 2))
AFTERNOON_SLOTS = (("A1", 1), ("A3", 2), ("A2", 1), ("A1", 0), ("A3", 0), ("A2", 2), ("A1", 2), ("A3", 1))
MORNING_SHARE = 0.36  # about the share of second-shift children make_child produces
WANTED = ((0, 1, 2), (12, 46, 42))  # how many groups a child asks for, with weights
MEAN_WANTED = sum(n * w for n, w in zip(*WANTED)) / sum(WANTED[1])
FILL = (0.60, 0.95)
# However few the children, first-shift children need afternoon groups besides the peak hour's (a second
# group of theirs cannot be then), and second-shift children need morning ones.
MIN_MORNING_GROUPS, MIN_AFTERNOON_EXTRA, MAX_GROUPS, TEACHER_LOAD = 24, 18, 250, 8
WAITLISTED_GROUPS = 6
FUNDING = (("state_order", 70), ("voucher", 12), ("city_programme", 10), ("centre_free", 8))


@dataclass(frozen=True)
class DemoReport:
    """What was built.  ``enrolments`` counts every row of the enrolments table (enrolled and waitlisted),
    as ``enrol db check`` does; ``peak_expected`` is the most enrolled children of groups meeting at one
    instant of the week."""

    rooms: int
    clubs: int
    groups: int
    meetings: int
    staff: int
    children: int
    enrolments: int
    peak_expected: int


@dataclass
class Teacher:
    person: people.Person
    language: str
    busy: set[tuple[str, int]] = field(default_factory=set)
    groups: int = 0
    id: int = 0


@dataclass
class PlannedGroup:
    """A group as planned: one (block, day pair) of the grid in one room, with its seats to fill."""

    code: str
    club: people.ClubSpec
    room: str
    seats: int
    age_min: int
    age_max: int
    teacher: Teacher
    block: str
    pair: int
    target: int = 0
    enrolled: int = 0
    id: int = 0

    @property
    def shift(self) -> int:
        """The school shift of the children it suits: morning groups are for the second shift."""
        return 2 if self.block.startswith("M") else 1

    @property
    def slots(self) -> tuple[tuple[int, str], ...]:
        return tuple((day, self.block) for day in DAY_PAIRS[self.pair])

    @property
    def times(self) -> tuple[int, int]:
        start, end = BLOCKS[self.block]
        return start, min(end, start + self.club.minutes)


class _Planner:
    """Puts groups on the block grid: one group per room and block, a teacher never in two places."""

    def __init__(self, rng: random.Random, room_seats: dict[str, int]) -> None:
        self.rng, self.room_seats = rng, room_seats
        self.groups: list[PlannedGroup] = []
        self.teachers: dict[str, list[Teacher]] = {}
        self.taken: set[tuple[str, str, int]] = set()

    def _teacher(self, club: people.ClubSpec, block: str, pair: int) -> Teacher:
        pool = self.teachers.setdefault(club.code, [])
        for teacher in pool:
            if (block, pair) not in teacher.busy and teacher.groups < TEACHER_LOAD:
                return teacher
        culture = people.culture_of_family(self.rng)
        male = self.rng.random() < (0.7 if club.direction == "sport" or club.code == "AVIA" else 0.25)
        person = people.adult(self.rng, "m" if male else "f", culture)
        language = "kk" if culture == people.KAZAKH and self.rng.random() < 0.8 else "ru"
        pool.append(Teacher(person, language))
        return pool[-1]

    def place(self, club: people.ClubSpec, room: str, block: str, pair: int) -> bool:
        count = sum(1 for g in self.groups if g.club is club)
        if (room, block, pair) in self.taken or count >= club.max_groups:
            return False
        teacher = self._teacher(club, block, pair)
        teacher.busy.add((block, pair))
        teacher.groups += 1
        self.taken.add((room, block, pair))
        low, high = club.age_min, club.age_max
        if high - low >= 6:  # wide clubs split into junior and senior groups
            middle = (low + high) // 2
            low, high = (low, middle) if count % 2 == 0 else (middle + 1, high)
        self.groups.append(PlannedGroup(
            code=f"{club.code}-{count + 1}", club=club, room=room, seats=min(club.size, self.room_seats[room]),
            age_min=low, age_max=high, teacher=teacher, block=block, pair=pair,
        ))
        return True


def plan_timetable(rng: random.Random, room_seats: dict[str, int], clubs: list[people.ClubSpec],
                   children: int) -> tuple[list[PlannedGroup], list[Teacher]]:
    """Groups for the number of children (within the rooms' limits); every club room is busy at the peak."""
    planner = _Planner(rng, room_seats)
    places = [(club, room) for club in clubs for room in club.rooms]
    for club, room in places:
        planner.place(club, room, *PEAK_SLOT)
    core = len(planner.groups)
    average = sum(g.seats for g in planner.groups) / core
    total = min(MAX_GROUPS, round(children * MEAN_WANTED / (average * sum(FILL) / 2)))
    morning = max(MIN_MORNING_GROUPS, round(total * MORNING_SHARE))
    afternoon = max(MIN_AFTERNOON_EXTRA, total - morning - core)  # besides the peak hour's groups
    rng.shuffle(places)
    for slots, quota in ((MORNING_SLOTS, morning), (AFTERNOON_SLOTS, afternoon)):
        for turn in range(len(slots)):  # room i tries its slots starting from the i-th: spread over the week
            for index, (club, room) in enumerate(places):
                if quota > 0 and planner.place(club, room, *slots[(index + turn) % len(slots)]):
                    quota -= 1
    for club in clubs:  # several groups per club: a morning one at least, for second-shift children
        for room, slot in ((room, slot) for slot in MORNING_SLOTS + AFTERNOON_SLOTS for room in club.rooms):
            if sum(1 for g in planner.groups if g.club is club) >= min(2, club.max_groups):
                break
            planner.place(club, room, *slot)
    teachers = [t for club in clubs for t in planner.teachers.get(club.code, [])]
    return planner.groups, teachers


class _Allocator:
    """Enrols children as a registrar would: seats, age, shift, no clash, building capacity."""

    def __init__(self, rng: random.Random, kids: list[people.DemoChild], groups: list[PlannedGroup],
                 cutoff: dt.date, capacity: int) -> None:
        self.rng, self.kids, self.capacity = rng, kids, capacity
        self.ages = [age_on(k.birth_date, cutoff) for k in kids]
        self.slots: list[set[tuple[int, str]]] = [set() for _ in kids]
        self.clubs: list[set[str]] = [set() for _ in kids]
        self.load: dict[tuple[int, str], int] = {}
        self.enrolled: list[tuple[int, PlannedGroup]] = []
        self.waitlisted: list[tuple[int, PlannedGroup]] = []
        self.pools: dict[tuple[int, int, str | None], list[PlannedGroup]] = {}
        self.pools_of: dict[str, list[list[PlannedGroup]]] = {}
        for group in groups:
            for age in range(group.age_min, group.age_max + 1):
                for language in (group.teacher.language, None):
                    pool = self.pools.setdefault((group.shift, age, language), [])
                    pool.append(group)
                    self.pools_of.setdefault(group.code, []).append(pool)

    def suits(self, i: int, group: PlannedGroup) -> bool:
        return (group.age_min <= self.ages[i] <= group.age_max and group.shift == self.kids[i].shift
                and group.club.code not in self.clubs[i] and not self.slots[i].intersection(group.slots)
                and len(self.clubs[i]) < 2)

    def _retire(self, group: PlannedGroup) -> None:
        """Take a full group (or one meeting at a full hour) out of the choices: it never gets room again."""
        for pool in self.pools_of.pop(group.code, []):
            pool.remove(group)

    def _take(self, i: int, group: PlannedGroup, *, waitlist: bool = False) -> None:
        self.slots[i].update(group.slots)
        self.clubs[i].add(group.club.code)
        if waitlist:
            self.waitlisted.append((i, group))
            return
        self.enrolled.append((i, group))
        group.enrolled += 1
        for slot in group.slots:
            self.load[slot] = self.load.get(slot, 0) + 1

    def _room_left(self, group: PlannedGroup, limit: int) -> bool:
        return group.enrolled < limit and all(self.load.get(s, 0) < self.capacity for s in group.slots)

    def run(self, order: list[int], popular: list[PlannedGroup]) -> None:
        for i in order:
            kid = self.kids[i]
            for _ in range(self.rng.choices(*WANTED)[0]):
                own = self.pools.get((kid.shift, self.ages[i], kid.language), [])
                pool = own if own and self.rng.random() < 0.85 else self.pools.get((kid.shift, self.ages[i], None), [])
                for _ in range(12):
                    if not pool:
                        break
                    group = self.rng.choice(pool)
                    if not self._room_left(group, group.target):
                        self._retire(group)
                    elif self.suits(i, group):
                        self._take(i, group)
                        break
        for group in popular:  # fill the popular groups to the last seat, then queue a few more children
            start = self.rng.randrange(len(order)) if order else 0
            queue = order[start:] + order[:start]
            for i in queue:
                if not self._room_left(group, group.seats):
                    break
                if self.suits(i, group):
                    self._take(i, group)
            if group.enrolled < group.seats:
                continue
            extra = self.rng.randint(2, 5)
            for i in queue:
                if extra and self.suits(i, group):
                    self._take(i, group, waitlist=True)
                    extra -= 1


def _bulk(session: Session, table: Table, rows: list[dict[str, object]]) -> list[int]:
    """Insert rows in one executemany and return their new ids in the order of the rows.

    On SQLite the transaction holds the write lock (BEGIN IMMEDIATE), so the ids after the largest are
    ours to give: a plain executemany is twice as fast as one with RETURNING.  Elsewhere the server's
    sequence gives them."""
    if not rows:
        return []
    if session.get_bind().dialect.name != "sqlite":
        statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        return list(session.execute(statement, rows).scalars())
    first = int(session.scalar(select(func.max(table.c.id))) or 0) + 1
    for number, row in enumerate(rows, start=first):
        row["id"] = number
    session.execute(insert(table), rows)
    return list(range(first, first + len(rows)))


def _write_people(session: Session, rng: random.Random, actor: Actor, kids: list[people.DemoChild],
                  allocation: _Allocator, year: int) -> None:
    """Children, guardians, consents, enrolments and their first history rows, each table in bulk."""
    child_ids = _bulk(session, Child.__table__, [people.child_row(kid) for kid in kids])
    guardian_rows = [row for child_id, kid in zip(child_ids, kids) for row in people.guardian_rows(child_id, kid)]
    guardian_ids = iter(_bulk(session, Guardian.__table__, guardian_rows))
    consent_rows = []
    for child_id, kid in zip(child_ids, kids):
        signer = next(guardian_ids)  # the first guardian signs; skip the ids of the others
        for _ in kid.guardians[1:]:
            next(guardian_ids)
        consent_rows.append(people.consent_row(child_id, signer, kid, recorded_by=actor.login,
                                               valid_until=dt.date(year + 1, 8, 31)))
    _bulk(session, Consent.__table__, consent_rows)
    enrolment_rows: list[dict[str, object]] = []
    vouchers = 0
    for status, pairs in (("enrolled", allocation.enrolled), ("waitlisted", allocation.waitlisted)):
        for i, group in pairs:
            funding = "paid" if group.club.funding == "paid" else rng.choices(*zip(*FUNDING))[0]
            vouchers += funding == "voucher"
            if status == "enrolled":
                applied = kids[i].registered + dt.timedelta(minutes=rng.randint(5, 25))
            else:
                applied = people.office_hours(rng, dt.date(year, 9, 1), days=10)
            enrolment_rows.append({
                "child_id": child_ids[i], "group_id": group.id, "status": status,
                "priority_rank": priority_rank(kids[i].priority), "applied_at": applied,
                "decided_at": applied if status == "enrolled" else None,
                "start_date": dt.date(year, 9, 1) if status == "enrolled" else None, "end_date": None,
                "offer_expires_at": None, "funding": funding,
                "voucher_number": f"{year}-{vouchers:06d}" if funding == "voucher" else None,
                "override_reason": None, "withdraw_reason": None,
            })
    enrolment_ids = _bulk(session, Enrolment.__table__, enrolment_rows)
    _bulk(session, EnrolmentChange.__table__, [
        {"enrolment_id": eid, "from_status": None, "to_status": row["status"], "at": row["applied_at"],
         "actor": actor.login, "reason": None}
        for eid, row in zip(enrolment_ids, enrolment_rows)
    ])


def _build_structure(db: Database, actor: Actor, rng: random.Random, year: int, children: int
                     ) -> tuple[list[tuple[str, str, str, int]], list[people.ClubSpec], list[PlannedGroup], int]:
    """Rooms, clubs, staff, groups and meetings through the services; returns what the children need."""
    rooms, specialists, clubs = people.load_catalogue()
    groups, teachers = plan_timetable(rng, {r[0]: r[3] for r in rooms}, clubs, children)
    for code, name, kind, seats in rooms:
        add_room(db, actor=actor, code=code, name=name, floor=int(code.split(".")[0]), kind=kind, seats=seats)
    club_ids = {
        c.code: add_club(db, actor=actor, name=c.name, name_ru=c.name_ru, direction=c.direction, age_min=c.age_min,
                         age_max=c.age_max, funding=c.funding, default_group_size=c.size,
                         description=c.description).id
        for c in clubs
    }
    for teacher in teachers:
        p = teacher.person
        teacher.id = add_staff(db, actor=actor, surname=p.surname, name=p.name, patronymic=p.patronymic,
                               position="teacher", phone=people.phone(rng)).id
    others = [("specialist", specialty, cabinet) for specialty, cabinet in specialists]
    others += [("administrator", None, None)] + [("registrar", None, None)] * 3
    for position, specialty, cabinet in others:
        p = people.adult(rng, "f" if rng.random() < 0.8 else "m")
        add_staff(db, actor=actor, surname=p.surname, name=p.name, patronymic=p.patronymic, position=position,
                  phone=people.phone(rng), specialty=specialty, cabinet=cabinet)
    valid_from, valid_to = dt.date(year, 9, 1), dt.date(year + 1, 5, 31)
    for group in groups:
        group.id = add_group(db, actor=actor, code=group.code, club=club_ids[group.club.code], seats=group.seats,
                             teacher_id=group.teacher.id, age_min=group.age_min, age_max=group.age_max,
                             language=group.teacher.language, academic_year=f"{year}-{year + 1}").id
        start, end = group.times
        for day in DAY_PAIRS[group.pair]:
            add_meeting(db, actor=actor, group=group.code, weekday=day, start=format_hhmm(start),
                        end=format_hhmm(end), room=group.room, valid_from=valid_from, valid_to=valid_to)
    return rooms, clubs, groups, len(teachers) + len(others)


def build_demo(db: Database, *, actor: Actor, children: int, seed: int) -> DemoReport:
    """Fill an empty database with the demo centre and ``children`` generated children."""
    permissions.require(actor, "centre.edit")
    rng = random.Random(seed)
    with db.read() as session:
        year = int(str(stored_value(session, "academic_year"))[:4])
        month, day = (int(part) for part in str(stored_value(session, "age_cutoff")).split("-"))
        capacity = int(stored_value(session, "building_capacity"))
    try:
        cutoff = dt.date(year, month, day)
    except ValueError:  # a 29 February cut-off in a common year
        cutoff = dt.date(year, 2, 28)
    rooms, clubs, groups, staff = _build_structure(db, actor, rng, year, children)
    iins = people.IinMaker(rng)
    kids = [people.make_child(rng, iins, cutoff) for _ in range(children)]
    for group in groups:
        low, high = math.ceil(group.seats * FILL[0]), math.floor(group.seats * FILL[1])
        group.target = max(1, rng.randint(low, max(low, high)))
    candidates = sorted((g for g in groups if g.club.popular), key=lambda g: g.code)
    popular = rng.sample(candidates, min(WAITLISTED_GROUPS, len(candidates)))
    for group in popular:
        group.target = group.seats
    allocation = _Allocator(rng, kids, groups, cutoff, capacity)
    order = list(range(children))
    rng.shuffle(order)
    allocation.run(order, popular)
    peak, _ = peak_load(
        (WeeklySlot(day, *group.times).interval_in_week(), group.enrolled)
        for group in groups for day in DAY_PAIRS[group.pair]
    )
    report = DemoReport(
        rooms=len(rooms), clubs=len(clubs), groups=len(groups), meetings=2 * len(groups), staff=staff,
        children=children, enrolments=len(allocation.enrolled) + len(allocation.waitlisted), peak_expected=peak,
    )
    with db.write() as session:
        _write_people(session, rng, actor, kids, allocation, year)
        audit.record(session, actor=actor, action="demo.build", entity="centre",
                     after={"seed": seed, "academic_year": f"{year}-{year + 1}", **dataclasses.asdict(report)})
    return report
