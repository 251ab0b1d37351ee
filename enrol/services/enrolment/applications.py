"""``import applications``: paper or online applications entered in bulk, allocated in file order with the
same rules as ``enrol`` — all or nothing, every bad row listed.

Columns (a header row; names as in the export, case and spaces ignored): ``child`` (id or IIN; ``iin`` or
``child_id`` also accepted), ``group`` (code), ``applied_at`` (YYYY-MM-DD HH:MM, or DD.MM.YYYY HH:MM),
optional ``funding``, ``voucher_number``, ``start_date``.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from enrol.db.engine import Database
from enrol.domain.errors import N_, EnrolError, ImportRejected, NotFoundError, RowProblem, ValidationError
from enrol.domain.validation import check_choice, clean_text, parse_date
from enrol.domain.vocabulary import ENROLMENT_FUNDING
from enrol.io.tables import Row, read_table
from enrol.services.context import Actor, now
from enrol.services.enrolment.places import _enrol
from sqlalchemy.orm import Session

from enrol.services.enrolment.occupancy import batch, load_group, lock_building
from enrol.services.enrolment.offers import load_child
from enrol.services.people import permissions

CHILD_COLUMNS = ("child", "iin", "child_id")
_MOMENT = re.compile(r"^\s*(\S+?)(?:[ T](\d{1,2}):(\d{2})(?::\d{2})?)?\s*$")


@dataclass(frozen=True)
class Application:
    row: int
    child: str
    group: str
    applied_at: dt.datetime
    funding: str | None
    voucher_number: str | None
    start_date: dt.date | None


@dataclass(frozen=True)
class ImportSummary:
    rows: int
    enrolled: int
    offered: int
    waitlisted: int


def parse_moment(text: str, *, field: str) -> dt.datetime:
    """A date with an optional time (midnight when none), as staff type it in a spreadsheet."""
    match = _MOMENT.match(text or "")
    if not match:
        raise ValidationError(field, N_("«{value}» is not a date and time (YYYY-MM-DD HH:MM)"), value=text)
    try:
        day = parse_date(match[1], field=field)
    except ValidationError:  # what was typed is a moment, and so is the form the message asks for
        raise ValidationError(field, N_("«{value}» is not a date and time (YYYY-MM-DD HH:MM)"), value=text) from None
    hours, minutes = int(match[2] or 0), int(match[3] or 0)
    if hours > 23 or minutes > 59:
        raise ValidationError(field, N_("«{value}» is not a date and time (YYYY-MM-DD HH:MM)"), value=text)
    return dt.datetime.combine(day, dt.time(hours, minutes))


def _column_of(error: EnrolError) -> str:
    """The column a refusal is about: the field of a bad value, the kind of a missing record, else the group."""
    if isinstance(error, ValidationError):
        return error.field
    if isinstance(error, NotFoundError):
        return error.kind
    return "group"


def _problem(row: Row, error: EnrolError) -> RowProblem:
    return RowProblem(row.number, _column_of(error), error.message, **error.params)


def read_applications(path: Path) -> tuple[list[Application], list[RowProblem]]:
    """Every row checked on its own (format, required cells): the good applications and the bad rows.

    A file without the needed columns is rejected at once."""
    table = read_table(path)
    child_column = next((c for c in CHILD_COLUMNS if c in table.columns), None)
    missing = [name for name, present in (("child", child_column), ("group", "group" in table.columns),
                                           ("applied_at", "applied_at" in table.columns)) if not present]
    if missing:
        raise ImportRejected([RowProblem(1, name, N_("the column «{value}» is missing"), value=name)
                              for name in missing], file=path.name)
    problems: list[RowProblem] = []
    applications: list[Application] = []
    for row in table.rows:
        values = row.values
        try:
            child = (values.get(child_column or "") or "").strip()
            if not child:
                raise ValidationError("child", N_("the child (id or IIN) is empty"))
            group = clean_text(values.get("group"), field="group", max_length=30, required=True) or ""
            applied = parse_moment(values.get("applied_at", ""), field="applied_at")
            funding = values.get("funding") or None
            if funding is not None:
                funding = check_choice(funding, field="funding", choices=ENROLMENT_FUNDING)
            start = values.get("start_date") or None
            applications.append(Application(
                row=row.number, child=child, group=group, applied_at=applied, funding=funding,
                voucher_number=clean_text(values.get("voucher_number"), field="voucher_number", max_length=40),
                start_date=parse_date(start, field="start_date") if start else None,
            ))
        except EnrolError as error:
            problems.append(_problem(row, error))
    repeated = Counter((a.child, a.group) for a in applications)
    for application in applications:
        if repeated[(application.child, application.group)] > 1:
            problems.append(RowProblem(application.row, "child", N_("the same child and group appear more than once")))
    applications = [a for a in applications if repeated[(a.child, a.group)] == 1]
    return applications, problems


def import_applications(db: Database, *, actor: Actor, path: Path) -> ImportSummary:
    """Allocate every application in file order in ONE transaction: any bad row rolls all of them back.

    Well-formed rows are still tried after a malformed one, so a single run lists every problem the file has."""
    permissions.require(actor, "enrolment.edit")
    applications, problems = read_applications(path)
    stamp = now()
    counts: Counter[str] = Counter()
    with db.write() as session:
        lock_building(session)  # before the batch reads anything: PostgreSQL must lock first
        with batch(session):
            _allocate(session, actor=actor, applications=applications, stamp=stamp, counts=counts,
                      problems=problems)
        if problems:
            # leaving the block by an exception rolls the whole transaction back
            raise ImportRejected(sorted(problems, key=lambda p: p.row), file=path.name)
    return ImportSummary(rows=len(applications), enrolled=counts["enrolled"], offered=counts["offered"],
                         waitlisted=counts["waitlisted"])


def _allocate(session: Session, *, actor: Actor, applications: list[Application], stamp: dt.datetime,
              counts: Counter[str], problems: list[RowProblem]) -> None:
    """Each application in file order, as ``enrol`` would; refusals are collected, not raised."""
    for application in applications:
        if application.applied_at > stamp + dt.timedelta(minutes=5):
            problems.append(RowProblem(application.row, "applied_at", N_("the application time {value} is in the future"),
                                       value=application.applied_at.strftime("%Y-%m-%d %H:%M")))
            continue
        try:
            group = load_group(session, application.group, lock=True)
            child = load_child(session, application.child)
            outcome = _enrol(session, actor=actor, child=child, group=group, funding=application.funding,
                             voucher=application.voucher_number, start_date=application.start_date,
                             applied_at=application.applied_at, reason=None)
        except EnrolError as error:
            problems.append(RowProblem(application.row, _column_of(error), error.message, **error.params))
            continue
        counts[outcome.status] += 1

