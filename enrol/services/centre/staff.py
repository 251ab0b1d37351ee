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
from enrol.services import lookup
from enrol.services.people import audit, permissions
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
    surname: str = ""  # the parts, for editing (full_name is what lists show)
    name: str = ""
    patronymic: str | None = None


def add_staff(
    db: Database, *, actor: Actor, surname: str, name: str, patronymic: str | None = None, position: str,
    phone: str | None = None, specialty: str | None = None, cabinet: str | None = None,
) -> StaffInfo:
    permissions.require(actor, "centre.edit")
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
                      phone=p.phone, specialty=specialty, cabinet=cabinet, active=p.active, surname=p.surname,
                      name=p.name, patronymic=p.patronymic)
            for p, specialty, cabinet in session.execute(query)
        ]


def update_staff(
    db: Database, *, actor: Actor, staff_id: int, surname: str | None = None, name: str | None = None,
    patronymic: str | None = None, position: str | None = None, phone: str | None = None,
    active: bool | None = None,
) -> StaffInfo:
    """Change a staff member's name, position, phone or whether they still work here (records keep the id)."""
    permissions.require(actor, "centre.edit")
    with db.write() as session:
        person = lookup.staff(session, staff_id)
        specialist = session.scalar(select(Specialist).where(Specialist.staff_id == person.id))
        cabinet = session.get(Room, specialist.cabinet_id) if specialist and specialist.cabinet_id else None

        def info() -> StaffInfo:
            return StaffInfo(id=person.id, full_name=full_name(person.surname, person.name, person.patronymic),
                             position=person.position, phone=person.phone,
                             specialty=specialist.specialty if specialist else None,
                             cabinet=cabinet.code if cabinet else None, active=person.active,
                             surname=person.surname, name=person.name, patronymic=person.patronymic)

        before = info()
        if surname is not None:
            person.surname = clean_name(surname, field="surname")
        if name is not None:
            person.name = clean_name(name, field="name")
        if patronymic is not None:
            person.patronymic = clean_name(patronymic, field="patronymic", required=False)
        if position is not None:
            wanted = check_choice(position, field="position", choices=STAFF_POSITIONS)
            if (wanted == "specialist") != (specialist is not None):
                raise ValidationError("position", N_("a specialist's position is set when the specialist is added"))
            person.position = wanted
        if phone is not None:
            person.phone = clean_phone(phone) if phone.strip() else None
        if active is not None:
            person.active = bool(active)
        after = info()
        audit.record(session, actor=actor, action="staff.edit", entity="staff", entity_id=person.id, before=before,
                     after=after)
    return after
