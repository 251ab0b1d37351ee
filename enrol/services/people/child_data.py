"""A child's data on request (README, *People, roles and personal data*): everything held about a child as one JSON
document, and anonymisation — by hand on request, or automatically ``retention_years`` after the child's
last activity.

Anonymising keeps the rows that statistics count (the child's row with birth date, sex, school, grade,
shift and district; enrolments, their history, attendance, appointments) and removes what identifies the
child: names, IIN, notes, the guardians with their phones and e-mails, the signer's name on consents,
referral reasons, and every copy of those values in other texts — notifications, reasons and the audit
trail's before/after. On SQLite the file is then vacuumed, so the removed text survives neither in free
pages nor in the write-ahead log (a test greps the file's bytes).
"""
from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import cast, func, or_, select
from sqlalchemy.orm import Session

from enrol.db.engine import Database
from enrol.db.models import (
    Appointment, AppointmentChild, Attendance, AttendanceChange, AuditEvent, Child, Club, Consent, Enrolment,
    EnrolmentChange, Group, Guardian, Notification, Referral, SessionNote, Specialist, Staff,
)
from enrol.io.outputs import check_output, write_output
from enrol.domain import consent as consent_rules
from enrol.domain.errors import N_, RefusedError
from enrol.domain.names import full_name
from enrol.services import lookup
from enrol.services.people import audit, permissions
from enrol.services.context import Actor, now
from enrol.services.centre.settings import stored_value

log = logging.getLogger(__name__)
LIVE = ("waitlisted", "offered", "enrolled")
SCRUBBED = "***"
FORMAT = "enrol-child-export/1"


def _row(obj: Any, *, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    values = {c.key: getattr(obj, c.key) for c in obj.__table__.columns if c.key not in skip}
    return {k: v.isoformat() if isinstance(v, (dt.date, dt.datetime)) else v for k, v in values.items()}


def _collect(session: Session, child: Child) -> dict[str, Any]:
    enrolments = list(session.scalars(select(Enrolment).where(Enrolment.child_id == child.id).order_by(Enrolment.id)))
    ids = [e.id for e in enrolments]
    codes = dict(session.execute(select(Group.id, Group.code)).tuples().all())
    clubs = dict(session.execute(select(Group.id, Club.name).join(Club, Club.id == Group.club_id)).tuples().all())
    booked = list(session.execute(
        select(Appointment, Staff.surname, Staff.name).join(AppointmentChild, AppointmentChild.appointment_id == Appointment.id)
        .join(Specialist, Specialist.id == Appointment.specialist_id).join(Staff, Staff.id == Specialist.staff_id)
        .where(AppointmentChild.child_id == child.id).order_by(Appointment.starts_at)).tuples())
    notes = list(session.scalars(select(SessionNote).where(
        SessionNote.appointment_id.in_([a.id for a, _s, _n in booked])).order_by(SessionNote.id))) if booked else []
    events = session.scalars(select(AuditEvent).where(AuditEvent.entity == "child",
                                                      AuditEvent.entity_id == str(child.id)).order_by(AuditEvent.id))
    return {
        "format": FORMAT,
        "exported_at": now().isoformat(),
        "child": _row(child, skip=("search_key", "search_key_alt", "sort_key")),
        "guardians": [_row(g) for g in session.scalars(select(Guardian).where(Guardian.child_id == child.id)
                                                        .order_by(Guardian.id))],
        "consents": [_row(c) for c in session.scalars(select(Consent).where(Consent.child_id == child.id)
                                                       .order_by(Consent.id))],
        "enrolments": [{**_row(e), "group": codes.get(e.group_id), "club": clubs.get(e.group_id)} for e in enrolments],
        "enrolment_history": [_row(c) for c in session.scalars(
            select(EnrolmentChange).where(EnrolmentChange.enrolment_id.in_(ids)).order_by(EnrolmentChange.id))],
        "attendance": [{**_row(a), "group": codes.get(e_group)} for a, e_group in session.execute(
            select(Attendance, Enrolment.group_id).join(Enrolment, Enrolment.id == Attendance.enrolment_id)
            .where(Attendance.enrolment_id.in_(ids)).order_by(Attendance.date, Attendance.id)).tuples()],
        "attendance_corrections": [_row(c) for c in session.scalars(
            select(AttendanceChange).where(AttendanceChange.enrolment_id.in_(ids)).order_by(AttendanceChange.id))],
        "appointments": [{**_row(a), "specialist": full_name(surname, name)} for a, surname, name in booked],
        # Confidential notes are restricted (law No. 94-V): their existence, date and author are part
        # of the record; their text is released only by the specialist who wrote it.
        "session_notes": [{"id": n.id, "appointment_id": n.appointment_id, "author": n.author_login,
                           "created_at": n.created_at.isoformat()} for n in notes],
        "referrals": [_row(r) for r in session.scalars(select(Referral).where(Referral.child_id == child.id)
                                                        .order_by(Referral.id))],
        "notifications": [_row(n) for n in session.scalars(select(Notification).where(Notification.child_id == child.id)
                                                            .order_by(Notification.id))],
        "audit_trail": [_row(a) for a in events],
    }


def export_child(db: Database, *, actor: Actor, child: str | int) -> dict[str, Any]:
    """Everything held about the child, as one JSON-ready document; the export is audited."""
    permissions.require(actor, "children.export")
    with db.write() as session:
        found = lookup.child(session, child)
        document = _collect(session, found)
        audit.record(session, actor=actor, action="child.export", entity="child", entity_id=found.id,
                     after={"sections": sorted(k for k, v in document.items() if isinstance(v, list))})
    return document


def export_child_file(db: Database, *, actor: Actor, child: str | int, path: Path, force: bool = False) -> Path:
    """The child's data as a JSON file, never over the database or a file that is not JSON unless ``force``."""
    check_output(path, kind="json", force=force)  # before the export is audited
    document = export_child(db, actor=actor, child=child)
    text = json.dumps(document, ensure_ascii=False, indent=1)
    write_output(path, kind="json", write=lambda draft: draft.write_text(text, encoding="utf-8"), force=force)
    return path


# --- anonymising -------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class AnonymiseResult:
    child_id: int
    scrubbed_texts: int


def _longest_first(values: set[str]) -> list[str]:
    # Very short values ("Ә") would scrub unrelated text; two letters is the shortest name.
    return sorted((v for v in values if len(v.strip()) >= 2), key=len, reverse=True)


def _secrets_of(session: Session, child: Child) -> tuple[list[str], list[str]]:
    """The identifying values to erase: (everywhere, only in the child's own rows).

    Values specific to the child — full name, IIN, notes, a guardian's name, phone or e-mail that no other
    child's guardian shares — go everywhere they were copied. A lone surname or given name ("Иванов",
    "Айдар") and a guardian shared with a brother or sister are erased only from the child's own rows, so
    other children's records keep their texts."""
    own = {child.iin or "", child.notes or "", full_name(child.surname, child.name, child.patronymic),
           full_name(child.surname, child.name), full_name(child.name, child.surname)}
    kin: set[str] = set()
    for guardian in session.scalars(select(Guardian).where(Guardian.child_id == child.id)):
        kin |= {guardian.full_name, guardian.phone, guardian.email or "", guardian.iin or ""}
    kin |= set(session.scalars(select(Consent.signed_by).where(Consent.child_id == child.id)))
    kin.discard("")
    shared = set(session.scalars(select(Guardian.full_name).where(Guardian.child_id != child.id,
                                                                   Guardian.full_name.in_(kin))))
    shared |= set(session.scalars(select(Guardian.phone).where(Guardian.child_id != child.id, Guardian.phone.in_(kin))))
    shared |= set(session.scalars(select(Guardian.email).where(Guardian.child_id != child.id, Guardian.email.in_(kin))))
    everywhere = own | (kin - shared)
    local = everywhere | kin | {child.surname, child.name, child.patronymic or ""}
    return _longest_first(everywhere), _longest_first(local)


def _scrub(value: str | None, secrets: list[str]) -> str | None:
    if value is None:
        return None
    for secret in secrets:
        value = value.replace(secret, SCRUBBED)
        escaped = json.dumps(secret, ensure_ascii=True)[1:-1]  # the same value inside an ASCII-escaped JSON text
        if escaped != secret:
            value = value.replace(escaped, SCRUBBED)
    return value


def _scrub_column(session: Session, column: Any, secrets: list[str], where: Any = None) -> int:
    """Rewrite every value of ``column`` that contains a secret; returns how many rows changed."""
    table = column.class_
    key = table.__mapper__.primary_key[0]
    forms = set(secrets) | {json.dumps(s)[1:-1] for s in secrets}  # as typed, and inside ASCII-escaped JSON
    condition = or_(*(column.contains(form, autoescape=True) for form in sorted(forms)))
    if where is not None:
        condition = condition & where
    changed = 0
    for ident, value in session.execute(select(key, column).where(condition)).all():
        session.execute(table.__table__.update().where(key == ident).values({column.key: _scrub(value, secrets)}))
        changed += 1
    return changed


def _anonymise(session: Session, actor: Actor, child: Child) -> int:
    everywhere, local = _secrets_of(session, child)
    enrolments = select(Enrolment.id).where(Enrolment.child_id == child.id)
    appointments = select(AppointmentChild.appointment_id).where(AppointmentChild.child_id == child.id)
    as_text = AuditEvent.entity_id.type
    own_events = or_((AuditEvent.entity == "child") & (AuditEvent.entity_id == str(child.id)),
                     (AuditEvent.entity == "enrolment") & AuditEvent.entity_id.in_(
                         select(cast(Enrolment.id, as_text)).where(Enrolment.child_id == child.id)),
                     (AuditEvent.entity == "appointment") & AuditEvent.entity_id.in_(
                         select(cast(AppointmentChild.appointment_id, as_text))
                         .where(AppointmentChild.child_id == child.id)))
    own_rows = {AuditEvent.before: own_events, AuditEvent.after: own_events,
                Notification.payload: Notification.child_id == child.id,
                Enrolment.override_reason: Enrolment.child_id == child.id,
                Enrolment.withdraw_reason: Enrolment.child_id == child.id,
                EnrolmentChange.reason: EnrolmentChange.enrolment_id.in_(enrolments),
                SessionNote.text: SessionNote.appointment_id.in_(appointments),
                Referral.reason: Referral.child_id == child.id}
    changed = 0
    for column, mine in own_rows.items():
        if local:
            changed += _scrub_column(session, column, local, where=mine)
        if everywhere:
            changed += _scrub_column(session, column, everywhere)
    label = f"#{child.id}"
    child.surname, child.name, child.patronymic, child.iin, child.notes = SCRUBBED, label, None, None, None
    child.search_key = child.search_key_alt = f"~anonymised {child.id}"
    child.sort_key = f"~{child.id:012d}"
    child.anonymised, child.updated_at = True, now()
    session.execute(Consent.__table__.update().where(Consent.child_id == child.id, Consent.withdrawn_on.is_(None))
                    .values(withdrawn_on=now().date(), withdrawn_by=actor.login))  # nobody is left to consent
    session.execute(Consent.__table__.update().where(Consent.child_id == child.id)
                    .values(signed_by=SCRUBBED, guardian_id=None, withdrawal_reason=None))
    session.execute(Guardian.__table__.delete().where(Guardian.child_id == child.id))
    session.execute(Referral.__table__.update().where(Referral.child_id == child.id).values(reason=SCRUBBED))
    session.execute(Notification.__table__.update().where(Notification.child_id == child.id).values(payload="{}"))
    audit.record(session, actor=actor, action="child.anonymise", entity="child", entity_id=child.id,
                 after={"scrubbed_texts": changed})
    return changed


def _purge_free_space(db: Database) -> None:
    """Make the removed text unrecoverable from the file: SQLite keeps deleted rows in free pages and old
    page versions in the write-ahead log until they are overwritten. VACUUM rebuilds the file; the
    checkpoints move the log into it and truncate the log. (PostgreSQL: ``VACUUM FULL`` is the server
    administrator's job; its dead row versions are not reachable through SQL.)"""
    if not db.is_sqlite:
        return
    raw = db.engine.raw_connection()  # outside SQLAlchemy's transaction: VACUUM refuses to run inside one
    try:
        cursor = raw.cursor()
        for statement in ("PRAGMA wal_checkpoint(TRUNCATE)", "VACUUM", "PRAGMA wal_checkpoint(TRUNCATE)"):
            cursor.execute(statement)
        cursor.close()
    finally:
        raw.close()


def anonymise_child(db: Database, *, actor: Actor, child: str | int) -> AnonymiseResult:
    """Irreversible; refused while the child has a live application (withdraw them first, so the rosters
    and waitlists stay truthful)."""
    permissions.require(actor, "children.anonymise")
    with db.write() as session:
        found = lookup.child(session, child)
        if found.anonymised:
            raise RefusedError(N_("Child #{child} has been anonymised"), rule="anonymised", child=found.id)
        live = session.scalar(select(func.count()).select_from(Enrolment)
                              .where(Enrolment.child_id == found.id, Enrolment.status.in_(LIVE)))
        if live:
            raise RefusedError(N_("Child #{child} is still enrolled or waiting; groups: {count}; withdraw first"),
                               rule="live_enrolment", child=found.id, count=live)
        changed = _anonymise(session, actor, found)
        result = AnonymiseResult(child_id=found.id, scrubbed_texts=changed)
    _purge_free_space(db)
    return result


def _last_activity(session: Session) -> dict[int, dt.date]:
    """Per child, the latest of: record change, application, decision, end, attendance mark, appointment."""
    latest: dict[int, dt.date] = {}

    def seen(child_id: int, moment: dt.date | dt.datetime | None) -> None:
        if moment is None:
            return
        day = moment.date() if isinstance(moment, dt.datetime) else moment
        if child_id not in latest or latest[child_id] < day:
            latest[child_id] = day

    for child_id, moment in session.execute(select(Child.id, Child.updated_at).where(Child.anonymised.is_(False))):
        seen(child_id, moment)
    for child_id, a, b, c in session.execute(select(Enrolment.child_id, func.max(Enrolment.applied_at),
                                                    func.max(Enrolment.decided_at), func.max(Enrolment.end_date))
                                             .group_by(Enrolment.child_id)):
        for moment in (a, b, c):
            seen(child_id, moment)
    for child_id, moment in session.execute(select(Enrolment.child_id, func.max(Attendance.date))
                                            .join(Attendance, Attendance.enrolment_id == Enrolment.id)
                                            .group_by(Enrolment.child_id)):
        seen(child_id, moment)
    for child_id, moment in session.execute(select(AppointmentChild.child_id, func.max(Appointment.starts_at))
                                            .join(Appointment, Appointment.id == AppointmentChild.appointment_id)
                                            .group_by(AppointmentChild.child_id)):
        seen(child_id, moment)
    return latest


def due_for_anonymising(db: Database, *, actor: Actor, on: dt.date | None = None) -> list[int]:
    """Children past the retention period with no live application (what ``anonymise_expired`` would do)."""
    permissions.require(actor, "children.anonymise")
    with db.read() as session:
        return _due(session, on or now().date())


def _due(session: Session, on: dt.date) -> list[int]:
    years = stored_value(session, "retention_years")
    live = set(session.scalars(select(Enrolment.child_id).where(Enrolment.status.in_(LIVE))))
    return sorted(child_id for child_id, last in _last_activity(session).items()
                  if child_id not in live and consent_rules.retention_expired(last, years=years, on=on))


def anonymise_expired(db: Database, *, actor: Actor, on: dt.date | None = None) -> list[int]:
    """Anonymise every child whose retention period has run out; the ids done (run daily or by hand)."""
    permissions.require(actor, "children.anonymise")
    with db.write() as session:
        done = _due(session, on or now().date())
        for child_id in done:
            child = session.get(Child, child_id)
            assert child is not None
            _anonymise(session, actor, child)
    if done:
        _purge_free_space(db)
    return done


__all__ = ["AnonymiseResult", "anonymise_child", "anonymise_expired", "due_for_anonymising", "export_child",
           "export_child_file"]
