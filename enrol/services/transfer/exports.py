"""``export children`` and ``export enrolments``: the registry as a spreadsheet (CSV or XLSX).

The children's export has exactly the columns ``import children`` reads (``children_rows.COLUMNS``), so a
file can be exported, corrected in a spreadsheet and imported back: its ``id`` column makes each row update
that child. The enrolments' export starts with the columns ``import applications`` reads (``child``,
``group``, ``applied_at``, ``funding``, ``voucher_number``, ``start_date``). Every export of personal data
is written to the audit trail.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from enrol.db.engine import Database
from enrol.db.models import Child, Club, Consent, Enrolment, Group, Guardian
from enrol.domain.waitlist import waitlist_key
from enrol.io.table_export import table_format, write_table
from enrol.services.people import audit, permissions
from enrol.services.transfer.children_rows import COLUMNS as CHILD_COLUMNS
from enrol.services.context import Actor

ENROLMENT_COLUMNS: tuple[str, ...] = (
    "child", "group", "applied_at", "funding", "voucher_number", "start_date",
    "id", "iin", "surname", "name", "patronymic", "birth_date", "club", "status", "position", "decided_at",
    "end_date", "offer_expires_at", "withdraw_reason",
)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int


def _children_rows(db: Database) -> list[list[Any]]:
    with db.read() as session:
        guardians: dict[int, list[Guardian]] = {}
        for guardian in session.scalars(select(Guardian).order_by(Guardian.child_id, Guardian.id)):
            guardians.setdefault(guardian.child_id, []).append(guardian)
        consents: dict[int, dt.date] = {}
        for child_id, signed_on in session.execute(
                select(Consent.child_id, Consent.signed_on).where(Consent.withdrawn_on.is_(None))
                .order_by(Consent.signed_on)):
            consents[child_id] = signed_on  # the latest valid consent
        rows = []
        for child in session.scalars(select(Child).where(Child.anonymised.is_(False))
                                     .order_by(Child.sort_key, Child.id)):
            row: list[Any] = [child.id, child.iin, child.surname, child.name, child.patronymic, child.birth_date,
                              child.sex, child.school, child.grade, child.shift, child.district, child.priority,
                              child.notes]
            kin = guardians.get(child.id, [])
            for index in range(2):
                g = kin[index] if index < len(kin) else None
                row += [g.full_name, g.relation, g.phone, g.email] if g else [None] * 4
            row.append(consents.get(child.id))
            rows.append(row)
    return rows


def export_children(db: Database, *, actor: Actor, path: Path, force: bool = False) -> ExportResult:
    """Every registered child (anonymised ones excepted) with the first two guardians and the consent date."""
    permissions.require(actor, "children.export")
    table_format(path)  # refuse a wrong extension before reading anything
    count = write_table(path, CHILD_COLUMNS, _children_rows(db), title="children", force=force)
    _record(db, actor, "children.export", path, count)
    return ExportResult(path=path, rows=count)


def _enrolment_rows(db: Database) -> list[list[Any]]:
    with db.read() as session:
        found = session.execute(
            select(Enrolment, Child, Group.code, Club.name)
            .join(Child, Child.id == Enrolment.child_id).join(Group, Group.id == Enrolment.group_id)
            .join(Club, Club.id == Group.club_id)
            .where(Child.anonymised.is_(False))
            .order_by(Group.code, Enrolment.applied_at, Enrolment.id)).all()
        waiting: dict[int, list[Enrolment]] = {}
        for enrolment, _child, _code, _club in found:
            if enrolment.status == "waitlisted":
                waiting.setdefault(enrolment.group_id, []).append(enrolment)
        position = {e.id: number for queue in waiting.values() for number, e in enumerate(
            sorted(queue, key=lambda e: waitlist_key(e.priority_rank, e.applied_at, e.id)), start=1)}
        return [[child.id, code, e.applied_at, e.funding, e.voucher_number, e.start_date,
                 e.id, child.iin, child.surname, child.name, child.patronymic, child.birth_date, club, e.status,
                 position.get(e.id), e.decided_at, e.end_date, e.offer_expires_at, e.withdraw_reason]
                for e, child, code, club in found]


def export_enrolments(db: Database, *, actor: Actor, path: Path, force: bool = False) -> ExportResult:
    """Every enrolment with its status (the finished ones too) and the waitlist position of the waiting."""
    permissions.require(actor, "children.export")
    table_format(path)
    count = write_table(path, ENROLMENT_COLUMNS, _enrolment_rows(db), title="enrolments", force=force)
    _record(db, actor, "enrolments.export", path, count)
    return ExportResult(path=path, rows=count)


def _record(db: Database, actor: Actor, action: str, path: Path, count: int) -> None:
    with db.write() as session:
        audit.record(session, actor=actor, action=action, entity="file", entity_id=path.name[:40],
                     after={"path": str(path), "rows": count})
