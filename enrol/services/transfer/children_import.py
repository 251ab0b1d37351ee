"""``import children``: a spreadsheet of children registered in one go — all or nothing, every bad row listed.

Rules (README "Import and export"):

- A row with a blank ``id`` is a new child, checked as ``register_child`` checks one typed in (a guardian
  with a phone is required). A row whose ``id`` names a registered child updates that child: its non-blank
  cells replace the stored values, blank cells keep them (an import never wipes data); a guardian whose
  name matches a stored one gets that row's phone, relation and e-mail, another name is added.
- Duplicates are reported, never merged: a new row whose IIN is already registered, or whose name and
  birth date match a registered child (unless both have different IINs), and rows of the file that repeat
  an IIN, an id, or a name with a birth date. The message names the registered child's id: put it in the
  ``id`` column to update that child instead.
- The whole file is one transaction: any problem, a cancel, a crash or a killed process stores nothing.

Speed: rows are checked in Python before the write lock is taken; children, guardians, consents and audit
events go in with Core ``insert()`` executemany, the search and sort keys made as ``register_child`` makes
them. 20,000 rows take about 2 s for the whole ``enrol import children`` process (benchmarks/bench_import.py).
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from enrol.db.engine import Database
from enrol.db.models import AuditEvent, Child, Consent, Guardian
from enrol.domain.children import ChildFields
from enrol.domain.errors import N_, ImportRejected, RefusedError, RowProblem, ValidationError
from enrol.domain.names import full_name, search_key
from enrol.services.storage.bulk_insert import chunked, insert_many
from enrol.services.people.children import STANDARD_CONSENT_FORM, STANDARD_CONSENT_SCOPE, lock_registration
from enrol.services.transfer.children_rows import (
    GuardianCells, Keys, ParsedRow, Progress, RowChecker, noop, problem, read_children,
)
from enrol.services.context import Actor, now
from enrol.services.people import permissions

CHUNK = 2000


class Cancelled(Exception):
    """The user stopped the import; the transaction was rolled back, nothing is stored."""


@dataclass(frozen=True)
class GuardianChange:
    guardian_id: int | None  # None: a new guardian
    cells: GuardianCells


@dataclass(frozen=True)
class PlannedChild:
    row: int
    child_id: int | None  # None: a new child
    fields: ChildFields
    guardians: list[GuardianCells]  # a new child's
    consent_on: dt.date | None
    changed: tuple[str, ...] = ()  # an update's changed fields
    guardian_changes: list[GuardianChange] = field(default_factory=list)  # an update's


@dataclass
class ImportPlan:
    added: list[PlannedChild] = field(default_factory=list)
    updated: list[PlannedChild] = field(default_factory=list)
    unchanged: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    warnings: list[RowProblem] = field(default_factory=list)


@dataclass(frozen=True)
class ImportSummary:
    rows: int
    added: int
    updated: int
    unchanged: int
    warnings: list[RowProblem]


@dataclass(frozen=True)
class _Known:
    id: int
    iin: str | None
    name: str
    birth_date: dt.date


def _registered(session: Session, birth_dates: set[dt.date],
                keys: Keys) -> tuple[dict[str, _Known], dict[tuple[str, dt.date], list[_Known]]]:
    """The registered children an import can collide with: by IIN, and by name key and birth date."""
    by_iin: dict[str, _Known] = {}
    by_name: dict[tuple[str, dt.date], list[_Known]] = {}
    query = select(Child.id, Child.iin, Child.surname, Child.name, Child.patronymic, Child.birth_date) \
        .where(Child.anonymised.is_(False))
    for child_id, iin, surname, name, patronymic, birth in session.execute(query):
        known = _Known(child_id, iin, full_name(surname, name, patronymic), birth)
        if iin:
            by_iin[iin] = known
        if birth in birth_dates:
            by_name.setdefault((keys.pair(surname, name), birth), []).append(known)
    return by_iin, by_name


def _different_iins(first: str | None, second: str | None) -> bool:
    return bool(first and second and first != second)


def plan_import(session: Session, rows: list[ParsedRow], *, today: dt.date, progress: Progress = noop) -> ImportPlan:
    """What the import would do, checked against the database and the rest of the file; writes nothing."""
    plan = ImportPlan()
    births = {r.fields.birth_date for r in rows if r.fields is not None and r.fields.birth_date}
    keys = Keys()
    by_iin, by_name = _registered(session, births, keys)
    stored = _stored(session, [r.child_id for r in rows if r.child_id is not None])
    seen_iin: dict[str, int] = {}
    seen_id: dict[int, int] = {}
    seen_name: dict[tuple[str, dt.date], list[tuple[int, str | None]]] = {}
    checker = RowChecker(today)
    for number, row in enumerate(rows):
        if number % 1000 == 0:
            progress("comparing", number, len(rows))
        before = len(plan.problems)
        if row.child_id is not None:
            if row.child_id in seen_id:
                plan.problems.append(RowProblem(row.row, "id", N_("the id {id} is also in row {other}"),
                                                id=row.child_id, other=seen_id[row.child_id]))
                continue
            seen_id[row.child_id] = row.row
            planned = _update(plan, row, stored.get(row.child_id), by_iin, checker)
        else:
            planned = _addition(plan, row, by_iin, by_name, keys)
        if planned is None or len(plan.problems) > before:
            continue
        fields = planned.fields
        if fields.iin:
            if fields.iin in seen_iin:
                plan.problems.append(RowProblem(row.row, "iin", N_("the IIN {iin} is also in row {other}"),
                                                iin=fields.iin, other=seen_iin[fields.iin]))
                continue
            seen_iin[fields.iin] = row.row
        key = (keys.pair(fields.surname, fields.name), fields.birth_date)
        same = next((other for other, iin in seen_name.get(key, ()) if not _different_iins(iin, fields.iin)), None)
        if same is not None:
            plan.problems.append(RowProblem(row.row, "surname", N_("the same name and birth date as row {other}"),
                                            other=same))
            continue
        seen_name.setdefault(key, []).append((row.row, fields.iin))
        if planned.child_id is None:
            plan.added.append(planned)
        elif planned.changed or planned.guardian_changes or planned.consent_on:
            plan.updated.append(planned)
        else:
            plan.unchanged += 1
    progress("comparing", len(rows), len(rows))
    return plan


def _addition(plan: ImportPlan, row: ParsedRow, by_iin: dict[str, _Known],
              by_name: dict[tuple[str, dt.date], list[_Known]], keys: Keys) -> PlannedChild | None:
    fields = row.fields
    assert fields is not None and fields.birth_date is not None
    holder = by_iin.get(fields.iin or "")
    if holder is not None:
        plan.problems.append(RowProblem(row.row, "iin", N_("the IIN {iin} already belongs to {child} (#{id}); to "
                                                           "update that child, put {id} in the id column"),
                                        iin=fields.iin, child=holder.name, id=holder.id))
        return None
    similar = next((known for known in by_name.get((keys.pair(fields.surname, fields.name), fields.birth_date), ())
                    if not _different_iins(known.iin, fields.iin)), None)
    if similar is not None:
        plan.problems.append(RowProblem(row.row, "surname", N_("possible duplicate of {child} (#{id}), born "
                                                               "{birth_date}; to update that child, put {id} in the "
                                                               "id column"),
                                        child=similar.name, id=similar.id, birth_date=fields.birth_date.isoformat()))
        return None
    plan.warnings.extend(RowProblem(row.row, "iin", n.message, **n.params) for n in row.notices)
    return PlannedChild(row=row.row, child_id=None, fields=fields, guardians=row.guardians, consent_on=row.consent_on)


@dataclass(frozen=True)
class _Stored:
    fields: ChildFields
    anonymised: bool
    guardians: dict[str, Guardian]  # by search key of the name
    has_consent: bool


def _stored(session: Session, ids: list[int]) -> dict[int, _Stored]:
    """The children that update rows name, with their guardians (read only: a preview must not write)."""
    found: dict[int, _Stored] = {}
    names = ChildFields.__dataclass_fields__
    for chunk in chunked(ids, 500):
        guardians: dict[int, dict[str, Guardian]] = {}
        for guardian in session.scalars(select(Guardian).where(Guardian.child_id.in_(chunk)).order_by(Guardian.id)):
            guardians.setdefault(guardian.child_id, {}).setdefault(search_key(guardian.full_name), guardian)
        consents = set(session.scalars(select(Consent.child_id).where(Consent.child_id.in_(chunk),
                                                                      Consent.withdrawn_on.is_(None))))
        for child in session.scalars(select(Child).where(Child.id.in_(chunk))):
            found[child.id] = _Stored(ChildFields(**{n: getattr(child, n) for n in names}), child.anonymised,
                                      guardians.get(child.id, {}), child.id in consents)
    return found


def _guardian_changes(cells: list[GuardianCells], stored: dict[str, Guardian]) -> list[GuardianChange]:
    """A guardian of the row whose name matches a stored one updates it (non-blank cells only); another
    name is a new guardian. Nothing is removed."""
    changes = []
    for guardian in cells:
        match = stored.get(search_key(guardian.full_name))
        if match is None:
            changes.append(GuardianChange(None, guardian))
        elif (guardian.phone, guardian.relation, guardian.email or match.email) != (match.phone, match.relation,
                                                                                   match.email):
            changes.append(GuardianChange(match.id, guardian))
    return changes


def _update(plan: ImportPlan, row: ParsedRow, stored: _Stored | None, by_iin: dict[str, _Known],
            checker: RowChecker) -> PlannedChild | None:
    if stored is None or stored.anonymised:
        plan.problems.append(RowProblem(row.row, "id", N_("there is no child #{id} to update"), id=row.child_id))
        return None
    old = stored.fields
    new_iin = row.cells.get("iin")
    if new_iin and old.iin and new_iin != old.iin:
        plan.problems.append(RowProblem(row.row, "iin", N_("the IIN {iin} differs from {stored}, the IIN of child "
                                                           "#{id}; an IIN is corrected in the child's card"),
                                        iin=new_iin, stored=old.iin, id=row.child_id))
        return None
    holder = by_iin.get(new_iin or "")
    if holder is not None and holder.id != row.child_id:
        plan.problems.append(RowProblem(row.row, "iin", N_("the IIN {iin} already belongs to {child} (#{id})"),
                                        iin=new_iin, child=holder.name, id=holder.id))
        return None
    try:
        fields, notices = checker.whole_record({**old.__dict__, **row.cells})
    except ValidationError as error:
        plan.problems.append(problem(row.row, error))
        return None
    if new_iin and not old.iin:
        plan.warnings.extend(RowProblem(row.row, "iin", n.message, **n.params) for n in notices)
    changed = tuple(name for name in ChildFields.__dataclass_fields__ if getattr(fields, name) != getattr(old, name))
    return PlannedChild(row=row.row, child_id=row.child_id, fields=fields, guardians=[],
                        guardian_changes=_guardian_changes(row.guardians, stored.guardians),
                        consent_on=None if stored.has_consent else row.consent_on, changed=changed)


# --- writing ---------------------------------------------------------------------------------------------

def _audit_row(actor: Actor, stamp: dt.datetime, action: str, child_id: int, after: dict[str, Any],
               before: dict[str, Any] | None = None) -> dict[str, Any]:
    def text(value: dict[str, Any] | None) -> str | None:
        return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return {"at": stamp, "actor": actor.login, "action": action, "entity": "child", "entity_id": str(child_id),
            "before": text(before), "after": text(after)}


def _consent_values(child_id: int, guardian: Guardian | dict[str, Any], signed_on: dt.date, actor: Actor,
                    stamp: dt.datetime) -> dict[str, Any]:
    get = guardian.get if isinstance(guardian, dict) else lambda key: getattr(guardian, key)
    return {"child_id": child_id, "guardian_id": get("id"), "signed_by": get("full_name"),
            "relation": get("relation"), "signed_on": signed_on, "scope": STANDARD_CONSENT_SCOPE,
            "valid_until": None, "photo_consent": False, "form_version": STANDARD_CONSENT_FORM,
            "withdrawn_on": None, "recorded_by": actor.login, "recorded_at": stamp}


def _add_children(session: Session, planned: list[PlannedChild], actor: Actor, stamp: dt.datetime,
                  keys: Keys) -> None:
    rows = [{**keys.values(p.fields), "created_at": stamp, "updated_at": stamp, "anonymised": False}
            for p in planned]
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        # The write lock is held since BEGIN IMMEDIATE, so the ids after today's largest are ours to give;
        # a plain executemany is many times faster than INSERT … RETURNING in batches.
        first = int(connection.scalar(select(func.coalesce(func.max(Child.id), 0))) or 0) + 1
        ids = list(range(first, first + len(rows)))
        for child_id, row in zip(ids, rows):
            row["id"] = child_id
        insert_many(connection, Child.__table__, rows)
    else:
        ids = list(connection.scalars(insert(Child.__table__).returning(Child.id, sort_by_parameter_order=True),
                                      rows))
    insert_many(connection, Guardian.__table__, [
        {"child_id": child_id, "full_name": g.full_name, "relation": g.relation, "phone": g.phone,
         "email": g.email, "iin": None}
        for child_id, p in zip(ids, planned) for g in p.guardians])
    signed = {child_id: p.consent_on for child_id, p in zip(ids, planned) if p.consent_on is not None}
    if signed:
        signers: dict[int, dict[str, Any]] = {}
        query = select(Guardian.id, Guardian.child_id, Guardian.full_name, Guardian.relation) \
            .where(Guardian.child_id.between(min(ids), max(ids))).order_by(Guardian.id)
        for row in connection.execute(query).mappings():
            signers.setdefault(row["child_id"], dict(row))
        insert_many(connection, Consent.__table__, [_consent_values(child_id, signers[child_id], day, actor, stamp)
                                                     for child_id, day in signed.items()])
    insert_many(connection, AuditEvent.__table__, [
        _audit_row(actor, stamp, "child.import", child_id,
                   {"iin": p.fields.iin, "name": full_name(p.fields.surname, p.fields.name, p.fields.patronymic),
                    "birth_date": p.fields.birth_date, "guardians": [g.full_name for g in p.guardians],
                    "consent": p.consent_on is not None})
        for child_id, p in zip(ids, planned)])


def _update_children(session: Session, planned: list[PlannedChild], actor: Actor, stamp: dt.datetime) -> None:
    for p in planned:
        child = session.get_one(Child, p.child_id)
        before = {name: getattr(child, name) for name in p.changed}
        for name, value in Keys().values(p.fields).items():
            setattr(child, name, value)
        child.updated_at = stamp
        guardians: list[Guardian] = []
        for change in p.guardian_changes:
            cells = change.cells
            guardian = session.get_one(Guardian, change.guardian_id) if change.guardian_id else \
                Guardian(child_id=child.id, full_name=cells.full_name, iin=None)
            guardian.relation, guardian.phone = cells.relation, cells.phone
            guardian.email = cells.email or guardian.email
            session.add(guardian)
            guardians.append(guardian)
        session.flush()
        if p.consent_on is not None:
            signer = guardians[0] if guardians else session.scalars(
                select(Guardian).where(Guardian.child_id == child.id).order_by(Guardian.id)).first()
            if signer is not None:
                session.execute(insert(Consent), [_consent_values(child.id, signer, p.consent_on, actor, stamp)])
        session.execute(insert(AuditEvent), [_audit_row(
            actor, stamp, "child.import_update", child.id,
            {**{name: getattr(p.fields, name) for name in p.changed},
             "guardians": [g.cells.full_name for g in p.guardian_changes], "consent": p.consent_on is not None},
            before)])


# --- the two user actions --------------------------------------------------------------------------------

def preview_children_import(db: Database, *, path: Path, progress: Progress = noop) -> ImportPlan:
    """What ``import_children`` would add, update and refuse — for the GUI's preview; stores nothing."""
    today = now().date()
    rows, problems = read_children(path, today=today, progress=progress)
    with db.read() as session:
        plan = plan_import(session, rows, today=today, progress=progress)
    plan.problems = sorted(problems + plan.problems, key=lambda p: p.row)
    return plan


def import_children(db: Database, *, actor: Actor, path: Path, progress: Progress = noop) -> ImportSummary:
    """Register and update the file's children in ONE transaction: any problem stores nothing."""
    permissions.require(actor, "import.children")
    today, stamp = now().date(), now()
    rows, problems = read_children(path, today=today, progress=progress)
    try:
        with db.write() as session:
            lock_registration(session, key=None)  # the file's duplicate checks see every other desk's children
            plan = plan_import(session, rows, today=today, progress=progress)
            problems = sorted(problems + plan.problems, key=lambda p: p.row)
            if problems:
                raise ImportRejected(problems, file=path.name)  # leaving the block rolls everything back
            total, done, keys = len(plan.added) + len(plan.updated), 0, Keys()
            for chunk in chunked(plan.added, CHUNK):
                progress("saving", done, total)
                _add_children(session, chunk, actor, stamp, keys)
                done += len(chunk)
            progress("saving", done, total)
            _update_children(session, plan.updated, actor, stamp)
            session.add(AuditEvent(at=stamp, actor=actor.login, action="children.import", entity="file",
                                   entity_id=path.name[:40], before=None,
                                   after=json.dumps({"rows": len(rows), "added": len(plan.added),
                                                     "updated": len(plan.updated)})))
            progress("saving", total, total)
    except IntegrityError as exc:  # PostgreSQL: another desk registered the same IIN meanwhile
        raise RefusedError(N_("Another desk registered one of these children meanwhile; nothing was imported. "
                              "Run the import again to see which."), rule="duplicate") from exc
    return ImportSummary(rows=len(rows), added=len(plan.added), updated=len(plan.updated),
                         unchanged=plan.unchanged, warnings=plan.warnings)

