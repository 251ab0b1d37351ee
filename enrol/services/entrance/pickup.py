"""Who may collect a child: the guardians, the adults the family authorised, and whether the child may go alone."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from enrol.db.engine import Database
from enrol.db.models import Child, Guardian, PickupPerson
from enrol.domain.children import age_on
from enrol.domain.errors import N_, NotFoundError, ValidationError
from enrol.domain.names import clean_name, search_key
from enrol.domain.validation import clean_phone, clean_text
from enrol.services import lookup
from enrol.services.context import Actor, now
from enrol.services.enrolment.building import centre_settings
from enrol.services.people import audit, permissions


@dataclass(frozen=True)
class Collector:
    """An adult who may collect the child; ``phone`` only for pickup persons (the door's staff see no other)."""

    full_name: str
    kind: str            # "guardian" or "pickup"
    relation: str | None
    phone: str | None
    pickup_id: int | None = None


@dataclass(frozen=True)
class LeaveAlone:
    may_leave_alone: bool
    by_age: bool                 # no word from the guardian: the setting leave_alone_age decides
    said_on: dt.date | None


def leave_alone(session: Session, child: Child, day: dt.date) -> LeaveAlone:
    if child.may_leave_alone is not None:
        return LeaveAlone(bool(child.may_leave_alone), False, child.leave_alone_said_on)
    limit = int(centre_settings(session)["leave_alone_age"])
    return LeaveAlone(age_on(child.birth_date, day) >= limit, True, None)


def collectors(session: Session, child_id: int) -> list[Collector]:
    people = [Collector(g.full_name, "guardian", g.relation, None)
              for g in session.scalars(select(Guardian).where(Guardian.child_id == child_id).order_by(Guardian.id))]
    people += [Collector(p.full_name, "pickup", p.relation, p.phone, p.id)
               for p in session.scalars(select(PickupPerson).where(PickupPerson.child_id == child_id)
                                        .order_by(PickupPerson.id))]
    return people


def matching_collector(people: list[Collector], typed: str) -> Collector | None:
    """The person the desk typed, in any script and with or without the patronymic: every word typed must be
    a word of the person's name (so "Нүсіпова Гүлнар" matches "Nusipova Gulnar Serikovna")."""
    words = search_key(typed).split()
    if not words:
        return None
    for person in people:
        known = search_key(person.full_name).split()
        if len(words) >= min(2, len(known)) and all(word in known for word in words):
            return person
    return None


def who_may_collect(db: Database, *, actor: Actor, child: str | int) -> tuple[LeaveAlone, list[Collector]]:
    permissions.require(actor, "pickup.view")
    with db.read() as session:
        found = lookup.child(session, child)
        return leave_alone(session, found, now().date()), collectors(session, found.id)


def add_pickup(db: Database, *, actor: Actor, child: str | int, name: str, phone: str | None = None,
               relation: str | None = None) -> Collector:
    """Authorise another adult to collect the child (audited)."""
    permissions.require(actor, "pickup.edit")
    full = clean_text(name, field="name", max_length=200)
    if not full or len(full.split()) < 2:
        raise ValidationError("name", N_("give the adult's surname and name"))
    for part in full.split():
        clean_name(part, field="name")
    cleaned_phone = clean_phone(phone, field="phone") if phone else None
    cleaned_relation = clean_text(relation, field="relation", max_length=60) if relation else None
    with db.write() as session:
        found = lookup.child(session, child)
        row = PickupPerson(child_id=found.id, full_name=full, phone=cleaned_phone, relation=cleaned_relation,
                           added_at=now(), added_by=actor.login)
        session.add(row)
        session.flush()
        audit.record(session, actor=actor, action="pickup.add", entity="child", entity_id=found.id,
                     after={"pickup_id": row.id, "name": full, "phone": cleaned_phone, "relation": cleaned_relation})
        return Collector(full, "pickup", cleaned_relation, cleaned_phone, row.id)


def remove_pickup(db: Database, *, actor: Actor, pickup_id: int) -> None:
    permissions.require(actor, "pickup.edit")
    with db.write() as session:
        row = session.get(PickupPerson, pickup_id)
        if row is None:
            raise NotFoundError("pickup", pickup_id)
        audit.record(session, actor=actor, action="pickup.remove", entity="child", entity_id=row.child_id,
                     before={"pickup_id": row.id, "name": row.full_name, "phone": row.phone})
        session.delete(row)


def set_leave_alone(db: Database, *, actor: Actor, child: str | int, may: bool | None,
                    said_on: dt.date | None = None) -> LeaveAlone:
    """Record the guardian's word (``None``: back to the default by age), with the day they said it (audited)."""
    permissions.require(actor, "pickup.edit")
    with db.write() as session:
        found = lookup.child(session, child)
        before = {"may_leave_alone": found.may_leave_alone, "said_on": found.leave_alone_said_on}
        found.may_leave_alone = may
        found.leave_alone_said_on = None if may is None else (said_on or now().date())
        session.flush()
        audit.record(session, actor=actor, action="child.leave_alone", entity="child", entity_id=found.id,
                     before=before, after={"may_leave_alone": may, "said_on": found.leave_alone_said_on})
        return leave_alone(session, found, now().date())
