"""The centre's staff: teachers, specialists (with their cabinets), administrators."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from enrol.db.engine import Database
from enrol.db.models import Room, Specialist, Staff
from enrol.domain.errors import N_, ValidationError
from enrol.domain.names import clean_name, full_name
from enrol.domain.validation import check_choice, clean_phone
from enrol.domain.vocabulary import SPECIALTIES, STAFF_POSITIONS
from enrol.services import audit, lookup
from enrol.services.context import Actor


@dataclass(frozen=True)
class StaffInfo:
    id: int
    full_name: str
    position: str
    phone: str | None
    specialty: str | None
    cabinet: str | None
    active: bool


def add_staff(
    db: Database, *, actor: Actor, surname: str, name: str, patronymic: str | None = None, position: str,
    phone: str | None = None, specialty: str | None = None, cabinet: str | None = None,
) -> StaffInfo:
    person = Staff(
        surname=clean_name(surname, field="surname"),
        name=clean_name(name, field="name"),
        patronymic=clean_name(patronymic or "", field="patronymic", required=False),
        position=check_choice(position, field="position", choices=STAFF_POSITIONS),
        phone=clean_phone(phone) if phone else None,
    )
    if (person.position == "specialist") != (specialty is not None):
        raise ValidationError("specialty", N_("a specialty is given for specialists, and only for them"))
    with db.write() as session:
        session.add(person)
        session.flush()
        cabinet_code = None
        if specialty is not None:
            room = lookup.room(session, cabinet) if cabinet else None
            cabinet_code = room.code if room else None
            session.add(Specialist(
                staff_id=person.id, specialty=check_choice(specialty, field="specialty", choices=SPECIALTIES),
                cabinet_id=room.id if room else None,
            ))
        info = StaffInfo(
            id=person.id, full_name=full_name(person.surname, person.name, person.patronymic),
            position=person.position, phone=person.phone, specialty=specialty, cabinet=cabinet_code, active=True,
        )
        audit.record(session, actor=actor, action="staff.add", entity="staff", entity_id=person.id, after=info)
    return info


def list_staff(db: Database, *, position: str | None = None) -> list[StaffInfo]:
    with db.read() as session:
        query = (
            select(Staff, Specialist.specialty, Room.code)
            .outerjoin(Specialist, Specialist.staff_id == Staff.id)
            .outerjoin(Room, Room.id == Specialist.cabinet_id)
            .order_by(Staff.surname, Staff.name)
        )
        if position is not None:
            query = query.where(Staff.position == position)
        return [
            StaffInfo(id=p.id, full_name=full_name(p.surname, p.name, p.patronymic), position=p.position,
                      phone=p.phone, specialty=specialty, cabinet=cabinet, active=p.active)
            for p, specialty, cabinet in session.execute(query)
        ]
