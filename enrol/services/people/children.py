"""The children's registry: register, edit, find and show children with their guardians.

Search uses keys stored beside each name (``enrol.domain.names``): SQLite folds only ASCII case, and a
prefix range on an indexed column stays fast at 100,000 children where a Python function in SQL would not.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, or_, select, text
from sqlalchemy.orm import Session

from enrol.db.engine import Database
from enrol.db.models import Child, Club, Consent, Enrolment, EnrolmentChange, Group, Guardian
from enrol.domain.children import ChildFields, clean_child
from enrol.domain.consent import STANDARD_CONSENT_FORM, STANDARD_CONSENT_SCOPE
from enrol.domain.errors import N_, Notice, RefusedError, ValidationError
from enrol.domain.iin import parse_iin
from enrol.domain.names import child_search_keys, clean_name, full_name, query_key, search_key, sort_key
from enrol.domain.validation import check_choice, clean_email, clean_phone, clean_text
from enrol.domain.vocabulary import GUARDIAN_RELATIONS
from enrol.services import lookup
from enrol.services.people import audit, permissions
from enrol.services.context import Actor, now
from enrol.services.centre.groups import waitlist_in_order


@dataclass(frozen=True)
class GuardianInput:
    full_name: str
    phone: str
    relation: str = "parent"
    email: str | None = None
    iin: str | None = None


@dataclass(frozen=True)
class ConsentInput:
    """The legal representative's signed consent (personal-data law No. 94-V)."""

    signed_by: str
    relation: str
    signed_on: dt.date
    scope: str = STANDARD_CONSENT_SCOPE
    valid_until: dt.date | None = None
    photo_consent: bool = False
    form_version: str = STANDARD_CONSENT_FORM


@dataclass(frozen=True)
class GuardianInfo:
    id: int
    full_name: str
    relation: str
    phone: str
    email: str | None


@dataclass(frozen=True)
class ChildSummary:
    id: int
    iin: str | None
    surname: str
    name: str
    patronymic: str | None
    full_name: str
    birth_date: dt.date
    sex: str
    school: str | None
    grade: int | None
    shift: int | None


@dataclass(frozen=True)
class ChildEnrolment:
    enrolment_id: int
    group_id: int
    group: str
    club: str
    status: str
    position: int | None
    start_date: dt.date | None
    offer_expires_at: dt.datetime | None


@dataclass(frozen=True)
class HistoryEntry:
    at: dt.datetime
    group: str
    from_status: str | None
    to_status: str
    actor: str
    reason: str | None
    actor_name: str | None = None  # the user's full name, so the history names people, not logins


@dataclass(frozen=True)
class ChildDetail:
    child: ChildSummary
    district: str | None
    priority: str | None
    notes: str | None
    guardians: list[GuardianInfo]
    enrolments: list[ChildEnrolment]
    has_consent: bool
    history: list[HistoryEntry] = field(default_factory=list)


@dataclass(frozen=True)
class RegisterResult:
    child: ChildSummary
    notices: list[Notice] = field(default_factory=list)


def summary(child: Child) -> ChildSummary:
    return ChildSummary(
        id=child.id, iin=child.iin, surname=child.surname, name=child.name, patronymic=child.patronymic,
        full_name=full_name(child.surname, child.name, child.patronymic), birth_date=child.birth_date,
        sex=child.sex, school=child.school, grade=child.grade, shift=child.shift,
    )


def _clean_guardian(guardian: GuardianInput, index: int) -> Guardian:
    label = "guardian" if index == 0 else f"guardian[{index + 1}]"
    return Guardian(
        full_name=clean_name(guardian.full_name, field=label, max_length=150),
        relation=check_choice(guardian.relation, field="guardian_relation", choices=GUARDIAN_RELATIONS),
        phone=clean_phone(guardian.phone), email=clean_email(guardian.email),
        iin=parse_iin(guardian.iin, field="guardian").iin if guardian.iin else None,
    )


def check_guardians(guardians: list[GuardianInput]) -> None:
    """Validate guardians as typed, without storing them (the dialog's live check)."""
    for index, guardian in enumerate(guardians):
        _clean_guardian(guardian, index)


def _apply(child: Child, fields: ChildFields) -> None:
    for name in ("surname", "name", "patronymic", "birth_date", "iin", "sex", "school", "grade", "shift",
                 "district", "priority", "notes"):
        setattr(child, name, getattr(fields, name))
    child.search_key, child.search_key_alt = child_search_keys(fields.surname, fields.name, fields.patronymic)
    child.sort_key = sort_key(full_name(fields.surname, fields.name, fields.patronymic))


def _check_iin_free(session: Session, iin: str | None, exclude_id: int | None) -> None:
    if iin is None:
        return
    holder = session.scalar(select(Child).where(Child.iin == iin))
    if holder is not None and holder.id != exclude_id:
        raise RefusedError(N_("The IIN {iin} already belongs to {child} (#{id})"), rule="duplicate", iin=iin,
                           child=full_name(holder.surname, holder.name, holder.patronymic), id=holder.id)


def _similar(session: Session, fields: ChildFields, exclude_id: int | None) -> list[Child]:
    """Children born the same day whose surname and given name have the same search key."""
    wanted = search_key(f"{fields.surname} {fields.name}")
    same_day = session.scalars(select(Child).where(Child.birth_date == fields.birth_date)).all()
    return [c for c in same_day if c.id != exclude_id and search_key(f"{c.surname} {c.name}") == wanted]


# Serialising the name + birth-date duplicate check on PostgreSQL (SQLite's BEGIN IMMEDIATE already runs one
# writer at a time). An advisory lock on the normalised key was chosen: a unique index cannot express the rule —
# the registrar may confirm that a second child of the same name and birth date is another child, and two
# different IINs make two children — and the building row would make every registration wait for enrolments at
# every desk. A single registration takes the registry's lock shared and its key's lock exclusive, so desks
# registering different children never wait for each other; an import, whose rows may be thousands of keys
# (more than PostgreSQL's lock table holds), takes the registry's lock exclusive. The locks end with the
# transaction, and the check's reads that follow them see what the other desk committed (READ COMMITTED).
_REGISTRY_LOCK, _CHILD_KEY_LOCK = 0x656E_726F, 0x656E_6B79  # the two advisory-lock namespaces of enrol


def registration_key(fields: ChildFields) -> str:
    """What the duplicate check compares: the spelling-insensitive surname and name, and the birth date."""
    return f"{search_key(f'{fields.surname} {fields.name}')}|{fields.birth_date.isoformat()}"


def lock_registration(session: Session, *, key: str | None) -> None:
    """Hold off other desks' registrations of the same child (``key``), or of anyone (``None``: an import)."""
    connection = session.connection()
    if connection.dialect.name != "postgresql":
        return
    if key is None:
        connection.execute(text("SELECT pg_advisory_xact_lock(:space, 0)"), {"space": _REGISTRY_LOCK})
        return
    connection.execute(text("SELECT pg_advisory_xact_lock_shared(:space, 0)"), {"space": _REGISTRY_LOCK})
    connection.execute(text("SELECT pg_advisory_xact_lock(:space, hashtext(:key))"),
                       {"space": _CHILD_KEY_LOCK, "key": key})


def find_duplicates(db: Database, *, fields: ChildFields, exclude_id: int | None = None) -> list[ChildSummary]:
    """Possible duplicates to show before saving (same birth date, similar name)."""
    cleaned, _ = clean_child(fields, today=now().date())
    with db.read() as session:
        return [summary(c) for c in _similar(session, cleaned, exclude_id)]


def register_child(
    db: Database, *, actor: Actor, fields: ChildFields, guardians: list[GuardianInput],
    consent: ConsentInput | None = None, allow_duplicate: bool = False,
) -> RegisterResult:
    """Store a new child; refuses a taken IIN, and a likely duplicate unless the registrar confirmed it."""
    permissions.require(actor, "children.edit")
    cleaned, notices = clean_child(fields, today=now().date())
    if not guardians:
        raise ValidationError("guardian", N_("at least one guardian with a phone is required"))
    guardian_rows = [_clean_guardian(g, i) for i, g in enumerate(guardians)]
    stamp = now()
    with db.write() as session:
        lock_registration(session, key=registration_key(cleaned))
        _check_iin_free(session, cleaned.iin, None)
        similar = _similar(session, cleaned, None)
        if similar and not allow_duplicate:
            raise RefusedError(
                N_("Possible duplicate: {children} born {birth_date} is already registered; "
                   "check, or confirm that this is another child"),
                rule="possible_duplicate", birth_date=cleaned.birth_date.isoformat(),
                children=", ".join(f"{full_name(c.surname, c.name, c.patronymic)} (#{c.id})" for c in similar),
            )
        child = Child(created_at=stamp, updated_at=stamp)
        _apply(child, cleaned)
        child.guardians = guardian_rows
        session.add(child)
        session.flush()
        if consent is not None:
            session.add(_consent_row(child, guardian_rows, consent, actor, stamp))
        result = RegisterResult(child=summary(child), notices=notices)
        audit.record(session, actor=actor, action="child.add", entity="child", entity_id=child.id,
                     after={"child": result.child, "guardians": [g.full_name for g in guardian_rows],
                            "consent": consent is not None})
    return result


def _consent_row(child: Child, guardians: list[Guardian], consent: ConsentInput, actor: Actor,
                 stamp: dt.datetime) -> Consent:
    signer = clean_name(consent.signed_by, field="guardian", max_length=150) or ""
    guardian = next((g for g in guardians if g.full_name == signer), None)
    return Consent(
        child_id=child.id, guardian_id=guardian.id if guardian else None, signed_by=signer,
        relation=check_choice(consent.relation, field="relation", choices=GUARDIAN_RELATIONS),
        signed_on=consent.signed_on, scope=clean_text(consent.scope, field="scope", max_length=1000,
                                                     required=True) or "",
        valid_until=consent.valid_until, photo_consent=consent.photo_consent, form_version=consent.form_version,
        withdrawn_on=None, recorded_by=actor.login, recorded_at=stamp,
    )


def update_child(
    db: Database, *, actor: Actor, child: str | int, fields: ChildFields,
    guardians: list[GuardianInput] | None = None,
) -> RegisterResult:
    """Replace a child's record with the edited one (guardians too, when given)."""
    permissions.require(actor, "children.edit")
    cleaned, notices = clean_child(fields, today=now().date())
    guardian_rows = None if guardians is None else [_clean_guardian(g, i) for i, g in enumerate(guardians)]
    if guardian_rows is not None and not guardian_rows:
        raise ValidationError("guardian", N_("at least one guardian with a phone is required"))
    with db.write() as session:
        found = lookup.child(session, child)
        before = summary(found)
        _check_iin_free(session, cleaned.iin, found.id)
        _apply(found, cleaned)
        found.updated_at = now()
        if guardian_rows is not None:
            session.execute(Guardian.__table__.delete().where(Guardian.child_id == found.id))
            for row in guardian_rows:
                row.child_id = found.id
                session.add(row)
        session.flush()
        result = RegisterResult(child=summary(found), notices=notices)
        audit.record(session, actor=actor, action="child.edit", entity="child", entity_id=found.id,
                     before=before, after=result.child)
    return result


def search_children(db: Database, *, text: str = "", limit: int = 50, offset: int = 0) -> list[ChildSummary]:
    """Children whose name (surname first or given name first) or IIN starts with what was typed."""
    if not 1 <= limit <= 100_000:
        raise ValidationError("limit", N_("the limit must be between 1 and 100000"))
    key = query_key(text or "")
    with db.read() as session:
        if key and offset == 0 and not (text or "").replace(" ", "").isdigit():
            # Type-ahead: walk each key's index from the typed prefix and stop after ``limit`` rows, instead
            # of sorting every match (a common name matches thousands); then merge in alphabetical order.
            upper = key[:-1] + chr(ord(key[-1]) + 1)
            found: dict[int, Child] = {}
            for column in (Child.search_key, Child.search_key_alt):
                query = (select(Child).where(Child.anonymised.is_(False), column >= key, column < upper)
                         .order_by(column, Child.id).limit(limit))
                found.update((c.id, c) for c in session.scalars(query))
            ordered = sorted(found.values(), key=lambda c: (c.sort_key, c.id))[:limit]
            return [summary(c) for c in ordered]
        query = select(Child).where(Child.anonymised.is_(False))
        condition = search_condition(text)
        if condition is not None:
            query = query.where(condition)
        query = query.order_by(Child.sort_key, Child.id).offset(offset).limit(limit)
        return [summary(c) for c in session.scalars(query)]


# Columns the children table may be sorted by, in SQL (sorting 100k rows through a proxy model takes seconds).
SORT_COLUMNS = {
    "name": (Child.sort_key,),
    "iin": (Child.iin,),
    "birth_date": (Child.birth_date,),
    "school": (Child.school, Child.sort_key),
    "grade": (Child.grade, Child.sort_key),
    "id": (Child.id,),
}


def search_ids(db: Database, *, text: str = "", order_by: str = "name", descending: bool = False) -> list[int]:
    """Ids of every matching child in display order; the table loads the rows it shows with ``summaries``."""
    if order_by not in SORT_COLUMNS:
        raise ValidationError("order_by", N_("cannot sort by «{value}»"), value=order_by)
    columns = [c.desc() if descending else c.asc() for c in SORT_COLUMNS[order_by]]
    with db.read() as session:
        query = select(Child.id).where(Child.anonymised.is_(False))
        condition = search_condition(text)
        if condition is not None:
            query = query.where(condition)
        return list(session.scalars(query.order_by(*columns, Child.id.desc() if descending else Child.id)))


def summaries(db: Database, *, ids: list[int]) -> list[ChildSummary]:
    """The children with these ids, in the order given (missing ones are left out)."""
    with db.read() as session:
        found = {c.id: summary(c) for c in session.scalars(select(Child).where(Child.id.in_(ids)))}
    return [found[i] for i in ids if i in found]


def check_fields(fields: ChildFields) -> list[Notice]:
    """Validate a record as typed, without storing it: the dialog's live check (raises ValidationError)."""
    return clean_child(fields, today=now().date())[1]


def count_children(db: Database, *, text: str = "") -> int:
    with db.read() as session:
        query = select(func.count()).select_from(Child).where(Child.anonymised.is_(False))
        condition = search_condition(text)
        if condition is not None:
            query = query.where(condition)
        return int(session.scalar(query) or 0)


def search_condition(text: str):  # type: ignore[no-untyped-def]
    """SQL for a type-ahead query, or None for "everyone"; a prefix range so the index on the key is used."""
    raw = (text or "").strip()
    digits = raw.replace(" ", "")
    if digits.isdigit():
        return Child.iin.startswith(digits) if len(digits) < 12 else Child.iin == digits
    key = query_key(raw)
    if not key:
        return None
    upper = key[:-1] + chr(ord(key[-1]) + 1)
    return or_(
        (Child.search_key >= key) & (Child.search_key < upper),
        (Child.search_key_alt >= key) & (Child.search_key_alt < upper),
    )


def child_detail(db: Database, *, child: str | int) -> ChildDetail:
    with db.read() as session:
        found = lookup.child(session, child)
        guardians = session.scalars(select(Guardian).where(Guardian.child_id == found.id).order_by(Guardian.id))
        rows = session.execute(
            select(Enrolment, Group.code, Club.name)
            .join(Group, Group.id == Enrolment.group_id).join(Club, Club.id == Group.club_id)
            .where(Enrolment.child_id == found.id).order_by(Enrolment.applied_at, Enrolment.id)
        ).all()
        enrolments = []
        for enrolment, code, club in rows:
            position = None
            if enrolment.status == "waitlisted":
                order = [e.id for e, _ in waitlist_in_order(session, enrolment.group_id)]
                position = order.index(enrolment.id) + 1
            enrolments.append(ChildEnrolment(
                enrolment_id=enrolment.id, group_id=enrolment.group_id, group=code, club=club,
                status=enrolment.status, position=position, start_date=enrolment.start_date,
                offer_expires_at=enrolment.offer_expires_at,
            ))
        has_consent = session.scalar(
            select(func.count()).select_from(Consent)
            .where(Consent.child_id == found.id, Consent.withdrawn_on.is_(None))
        ) > 0
        changes = session.execute(
            select(EnrolmentChange, Group.code)
            .join(Enrolment, Enrolment.id == EnrolmentChange.enrolment_id)
            .join(Group, Group.id == Enrolment.group_id)
            .where(Enrolment.child_id == found.id)
            .order_by(EnrolmentChange.at.desc(), EnrolmentChange.id.desc())
        ).all()
        names = audit.user_names(session, {change.actor for change, _code in changes})
        history = [
            HistoryEntry(at=change.at, group=code, from_status=change.from_status, to_status=change.to_status,
                         actor=change.actor, reason=change.reason, actor_name=names.get(change.actor))
            for change, code in changes
        ]
        return ChildDetail(
            history=history,
            child=summary(found), district=found.district, priority=found.priority, notes=found.notes,
            guardians=[GuardianInfo(id=g.id, full_name=g.full_name, relation=g.relation, phone=g.phone,
                                    email=g.email) for g in guardians],
            enrolments=enrolments, has_consent=has_consent,
        )


def child_guardians(db: Database, *, child: str | int) -> list[GuardianInput]:
    """The stored guardians as editable input (the edit dialog starts from these)."""
    with db.read() as session:
        found = lookup.child(session, child)
        rows = session.scalars(select(Guardian).where(Guardian.child_id == found.id).order_by(Guardian.id))
        return [GuardianInput(full_name=g.full_name, phone=g.phone, relation=g.relation, email=g.email, iin=g.iin)
                for g in rows]


def child_fields(db: Database, *, child: str | int) -> ChildFields:
    """The stored record as editable fields (the edit dialog starts from these)."""
    with db.read() as session:
        found = lookup.child(session, child)
        return ChildFields(**{f.name: getattr(found, f.name) for f in dataclasses.fields(ChildFields)})
