"""A small centre for the printing tests, built through the services (``tests.unit.enrolment_centre``) with
children whose names hold every Kazakh letter, so a test can look each of them up in a printed page."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select, update

from enrol.services.context import SYSTEM
from enrol.db.engine import Database
from enrol.db.models import Attendance, Enrolment, Specialist
from enrol.domain.children import ChildFields
from enrol.services.people import children
from enrol.services.enrolment.places import enrol_child
from tests.unit.enrolment_centre import CUTOFF, DESK, Centre

# Ә Ғ Қ Ң Ө Ұ Ү Һ І in capitals and small letters, one child each (the names are all different).
NAMES = [("Әбілова", "Әсем"), ("Ғалиев", "Ғани"), ("Қасенов", "Қуаныш"), ("Төлегенов", "Ерсұлтан"),
         ("Өтебаев", "Төлеген"), ("Ұлықбеков", "Ұлан"), ("Үсенова", "Үміт"), ("Һашимов", "Баһадүр"),
         ("Іскаков", "Іңкәр"), ("Смағұлова", "Аңсар"), ("Жұмабаева", "Гүлнұр"), ("Серікова", "Мөлдір")]
MONTH = dt.date(CUTOFF.year + 1, 3, 1)  # March of the running academic year


def kid(db: Database, index: int) -> tuple[int, str]:
    """Register the ``index``-th child of NAMES; (id, full name as printed)."""
    surname, name = NAMES[index]
    fields = ChildFields(surname=surname, name=name, birth_date=dt.date(CUTOFF.year - 10, 3, 1 + index), sex="f",
                         school="№ 12 мектеп-гимназия", grade=5)
    guardian = children.GuardianInput(full_name=f"Ата-анасы {surname}", phone=f"+7 701 555 00 {index:02d}")
    registered = children.register_child(db, actor=DESK, fields=fields, guardians=[guardian], allow_duplicate=True)
    return registered.child.id, f"{surname} {name}"


def enrol(db: Database, child: int, group: str) -> str:
    return enrol_child(db, actor=DESK, child=child, group=group).status


def set_enrolment(db: Database, child: int, group_code: str, **values: object) -> int:
    """Rewrite an enrolment's dates or status directly (joiners and leavers of a past month)."""
    from enrol.services.centre.groups import group_detail

    group_id = group_detail(db, actor=SYSTEM, group=group_code).group.id
    with db.write() as session:
        enrolment_id = session.scalar(select(Enrolment.id).where(Enrolment.child_id == child,
                                                                 Enrolment.group_id == group_id))
        session.execute(update(Enrolment).where(Enrolment.id == enrolment_id).values(**values))
    assert enrolment_id is not None
    return enrolment_id


def mark(db: Database, enrolment_id: int, day: dt.date, value: str) -> None:
    with db.write() as session:
        session.add(Attendance(enrolment_id=enrolment_id, date=day, mark=value, marked_by="test",
                               marked_at=dt.datetime.combine(day, dt.time(18, 0))))


def specialist_id(db: Database) -> int:
    with db.read() as session:
        found = session.scalar(select(Specialist.id).order_by(Specialist.id))
    assert found is not None
    return found


__all__ = ["MONTH", "NAMES", "Centre", "enrol", "kid", "mark", "set_enrolment", "specialist_id"]
