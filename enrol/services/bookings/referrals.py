"""A club teacher refers a child to a specialist: the psychologist, defectologist or speech
therapist then books the child; the referral stays open until an appointment answers it or it is closed.

Anyone on the staff may refer (a teacher sees the child every week); the specialists, the registrars and the
administrators see the open referrals to book them.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from enrol.db.engine import Database
from enrol.db.models import Child, Group, Referral, Staff
from enrol.domain.errors import N_, RefusedError
from enrol.domain.names import full_name
from enrol.domain.validation import check_choice, clean_text
from enrol.domain.vocabulary import SPECIALTIES
from enrol.services import lookup
from enrol.services.people import audit, permissions
from enrol.services.attendance.marks import acting_staff
from enrol.services.context import Actor, now
from enrol.services.enrolment.offers import load_child

READING_ROLES = ("administrator", "registrar", "specialist")


@dataclass(frozen=True)
class ReferralInfo:
    id: int
    child_id: int
    child: str
    specialty: str
    group: str | None
    referred_by: str | None
    reason: str
    status: str
    created_by: str
    created_at: dt.datetime
    appointment_id: int | None


def _info(session: Session, referral: Referral) -> ReferralInfo:
    child = session.get(Child, referral.child_id)
    assert child is not None
    group = session.get(Group, referral.group_id) if referral.group_id else None
    teacher = session.get(Staff, referral.referred_by_id) if referral.referred_by_id else None
    return ReferralInfo(
        id=referral.id, child_id=child.id, child=full_name(child.surname, child.name, child.patronymic),
        specialty=referral.specialty, group=group.code if group else None,
        referred_by=full_name(teacher.surname, teacher.name, teacher.patronymic) if teacher else None,
        reason=referral.reason, status=referral.status, created_by=referral.created_by,
        created_at=referral.created_at, appointment_id=referral.appointment_id)


def refer_child(db: Database, *, actor: Actor, child: str | int, specialty: str, reason: str,
                group: str | int | None = None) -> ReferralInfo:
    """Record the referral; the referring teacher is the signed-in one, else the teacher of ``group``."""
    permissions.require(actor, "referrals.add")
    kind = check_choice(specialty, field="specialty", choices=SPECIALTIES)
    why = clean_text(reason, field="reason", max_length=1000, required=True, multiline=True)
    assert why is not None
    with db.write() as session:
        pupil = load_child(session, child)
        found = lookup.group(session, group) if group is not None else None
        referral = Referral(child_id=pupil.id, specialty=kind, group_id=found.id if found else None,
                            referred_by_id=acting_staff(session, actor) or (found.teacher_id if found else None),
                            reason=why, status="open", created_by=actor.login, created_at=now())
        session.add(referral)
        session.flush()
        info = _info(session, referral)
        # The reason may be sensitive: the audit trail records that a referral was made, not what it says.
        audit.record(session, actor=actor, action="referral.add", entity="child", entity_id=pupil.id,
                     after={"referral": referral.id, "specialty": kind, "group": info.group})
    return info


def list_referrals(db: Database, *, actor: Actor, specialty: str | None = None,
                   status: str | None = "open") -> list[ReferralInfo]:
    permissions.require(actor, "referrals.view")
    if actor.role not in READING_ROLES:
        raise RefusedError(N_("{login} may not see referrals"), rule="permission", login=actor.login)
    with db.read() as session:
        query = select(Referral).order_by(Referral.created_at, Referral.id)
        if specialty is not None:
            query = query.where(Referral.specialty == specialty)
        if status is not None:
            query = query.where(Referral.status == status)
        return [_info(session, r) for r in session.scalars(query)]


def close_referral(db: Database, *, actor: Actor, referral_id: int) -> ReferralInfo:
    """The referral needs no appointment (any more): it leaves the open list and is kept."""
    permissions.require(actor, "referrals.view")
    if actor.role not in READING_ROLES:
        raise RefusedError(N_("{login} may not see referrals"), rule="permission", login=actor.login)
    with db.write() as session:
        referral = lookup.by_id(session, Referral, referral_id)
        if referral is None:
            raise RefusedError(N_("There is no open referral «{key}»"), rule="not_found", key=referral_id)
        referral.status, referral.closed_at = "closed", now()
        audit.record(session, actor=actor, action="referral.close", entity="child", entity_id=referral.child_id,
                     after={"referral": referral.id})
        return _info(session, referral)


__all__ = ["ReferralInfo", "close_referral", "list_referrals", "refer_child"]
