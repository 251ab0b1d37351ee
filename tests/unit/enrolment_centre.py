"""A small centre built through the real services, for the enrolment tests: rooms, clubs, groups with their
weekly meetings, children with a guardian each. Every name and phone is unique, so a test can look for it."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import select

from enrol.db.engine import Database
from enrol.db.models import Appointment, AppointmentChild, Enrolment, EnrolmentChange, Event, Specialist
from enrol.domain.children import ChildFields
from enrol.services import lookup
from enrol.services.people import children
from enrol.services.centre import clubs, groups, rooms, settings, staff, timetable
from enrol.services.context import Actor, issue_actor, SYSTEM

ADMIN = issue_actor(login="test:admin")
DESK = issue_actor(login="test:desk", role="registrar")
TODAY = dt.date.today()
# The academic year running today, so the tests do not age: enrolments start today by default.
_FIRST_YEAR = TODAY.year if TODAY.month >= 9 else TODAY.year - 1
ACADEMIC_YEAR = f"{_FIRST_YEAR}-{_FIRST_YEAR + 1}"
CUTOFF = dt.date(_FIRST_YEAR, 9, 1)


def next_day(weekday: int, *, after: dt.date = TODAY) -> dt.date:
    """The first date after ``after`` (not on it) that falls on ``weekday`` (1 = Monday)."""
    return after + dt.timedelta(days=(weekday - after.isoweekday() - 1) % 7 + 1)


def moment(day: dt.date, hhmm: str) -> dt.datetime:
    hours, minutes = hhmm.split(":")
    return dt.datetime.combine(day, dt.time(int(hours), int(minutes)))


_SURNAMES = ("Ахметов", "Сериков", "Нұрланов", "Жұмабаев", "Иванов", "Қасымов", "Петров", "Омаров", "Бекова",
             "Әлиева", "Смирнова", "Ержанова", "Төлеген", "Кузнецов", "Мұратов", "Сидоров")
_NAMES = ("Айдар", "Дана", "Ерлан", "Әсел", "Иван", "Мария", "Нұрсұлтан", "Алина", "Тимур", "Аружан")


class Centre:
    """Builder of a test centre; methods return what later calls name things by (codes, ids)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._children = 0
        self._clubs = 0
        self._specialist: int | None = None
        self.setting("academic_year", ACADEMIC_YEAR)

    def setting(self, key: str, value: object) -> None:
        settings.set_setting(self.db, actor=ADMIN, key=key, value=str(value))

    def appointment(self, children_ids: list[int], starts_at: dt.datetime, ends_at: dt.datetime, *,
                    room: str) -> int:
        """A booked specialist's appointment (no service books them yet: rows are written directly)."""
        if self._specialist is None:
            person = staff.add_staff(self.db, actor=ADMIN, surname="Сапарова", name="Жанар", position="specialist",
                                     specialty="psychologist", cabinet=room)
            with self.db.read() as session:
                self._specialist = session.scalar(select(Specialist.id).where(Specialist.staff_id == person.id))
        with self.db.write() as session:
            booking = Appointment(specialist_id=self._specialist, room_id=lookup.room(session, room).id,
                                  starts_at=starts_at, ends_at=ends_at, status="booked", created_by="test")
            session.add(booking)
            session.flush()
            for child_id in children_ids:
                session.add(AppointmentChild(appointment_id=booking.id, child_id=child_id))
            return booking.id

    def event(self, title: str, starts_at: dt.datetime, ends_at: dt.datetime, *, room: str, headcount: int) -> int:
        with self.db.write() as session:
            booking = Event(title=title, room_id=lookup.room(session, room).id, starts_at=starts_at, ends_at=ends_at,
                            headcount=headcount)
            session.add(booking)
            session.flush()
            return booking.id

    def room(self, code: str, *, seats: int = 30, floor: int = 1, kind: str = "club_room") -> str:
        rooms.add_room(self.db, actor=ADMIN, code=code, name=f"Room {code}", floor=floor, kind=kind, seats=seats)
        return code

    def teacher(self, surname: str = "Байжанова", name: str = "Гүлнар") -> int:
        return staff.add_staff(self.db, actor=ADMIN, surname=surname, name=name, position="teacher").id

    def group(
        self, code: str, *, seats: int = 10, room: str,
        meets: Iterable[tuple[int, str, str]] = ((1, "15:00", "16:00"),),
        age_min: int = 6, age_max: int = 17, funding: str = "free", teacher_id: int | None = None,
        valid_from: dt.date | None = None, valid_to: dt.date | None = None,
    ) -> str:
        """A group of its own club, meeting weekly in ``room``."""
        self._clubs += 1
        club = clubs.add_club(self.db, actor=ADMIN, name=f"Club {self._clubs} {code}", direction="science",
                              age_min=age_min, age_max=age_max, funding=funding, default_group_size=seats)
        groups.add_group(self.db, actor=ADMIN, code=code, club=club.id, seats=seats, teacher_id=teacher_id,
                         academic_year=ACADEMIC_YEAR)
        for weekday, start, end in meets:
            self.meeting(code, weekday, start, end, room=room, valid_from=valid_from, valid_to=valid_to)
        return code

    def meeting(self, group: str, weekday: int, start: str, end: str, *, room: str,
                valid_from: dt.date | None = None, valid_to: dt.date | None = None) -> int:
        return timetable.add_meeting(self.db, actor=ADMIN, group=group, weekday=weekday, start=start, end=end,
                                     room=room, valid_from=valid_from, valid_to=valid_to).id

    def child(self, *, age: int = 10, shift: int | None = None, priority: str | None = None,
              birth_date: dt.date | None = None) -> int:
        """A child who is ``age`` on the cut-off day (1 September 2026), with one guardian and phone."""
        n = self._children
        self._children += 1
        born = birth_date or dt.date(CUTOFF.year - age, 3, 1) + dt.timedelta(days=n % 150)
        fields = ChildFields(surname=_SURNAMES[n % len(_SURNAMES)], name=_NAMES[(n // len(_SURNAMES)) % len(_NAMES)],
                             birth_date=born, sex="m" if n % 2 else "f", shift=shift, priority=priority)
        guardian = children.GuardianInput(full_name=f"Guardian {self.guardian_name(n)}", phone=self.phone(n))
        return children.register_child(self.db, actor=DESK, fields=fields, guardians=[guardian],
                                       allow_duplicate=True).child.id

    def children(self, count: int, **kwargs: object) -> list[int]:
        return [self.child(**kwargs) for _ in range(count)]  # type: ignore[arg-type]

    @staticmethod
    def phone(n: int) -> str:
        return f"+7701{n:07d}"

    @staticmethod
    def guardian_name(n: int) -> str:
        letters = "абвгдежзиклмнопрстуфхцчшэюя"
        return "".join(letters[int(digit)] for digit in f"{n:04d}").capitalize()


def statuses(db: Database, group_code: str) -> dict[int, str]:
    """child id → status of each live application (enrolled, offered, waitlisted) in the group."""
    detail = groups.group_detail(db, actor=SYSTEM, group=group_code)
    return {e.child_id: e.status for e in detail.roster + detail.offers + detail.waitlist}


def waitlist(db: Database, group_code: str) -> list[int]:
    return [e.child_id for e in groups.group_detail(db, actor=SYSTEM, group=group_code).waitlist]


def history(db: Database, enrolment_id: int) -> list[tuple[str | None, str, str, str | None]]:
    with db.read() as session:
        return [(c.from_status, c.to_status, c.actor, c.reason) for c in session.scalars(
            select(EnrolmentChange).where(EnrolmentChange.enrolment_id == enrolment_id).order_by(EnrolmentChange.id))]


def enrolment_row(db: Database, enrolment_id: int) -> Enrolment:
    with db.read() as session:
        row = session.get(Enrolment, enrolment_id)
        assert row is not None
        return row
