"""Append-only audit trail: every change writes who, when, what, which record, before and after.

No service updates or deletes an event, with one exception: anonymising a child (``child_data``) scrubs
the child's names, IIN and contacts out of the events' before/after texts — the law's "destroy" applies
to copies too — while the events themselves (who, when, what) stay."""
from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from enrol.db.models import AuditEvent, Child, Club, Group, Room, User
from enrol.domain.audit_words import action_words, person_words, record_words
from enrol.domain.errors import N_, Notice, ValidationError
from enrol.io.outputs import check_output, write_output
from enrol.services.people import permissions
from enrol.services.context import Actor, now

if TYPE_CHECKING:
    from enrol.db.engine import Database


def _jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _jsonable(dataclasses.asdict(value))
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def record(
    session: Session, *, actor: Actor, action: str, entity: str, entity_id: object = None,
    before: Any = None, after: Any = None,
) -> None:
    """Add one audit event to the caller's transaction (it lands or vanishes with the change itself)."""
    session.add(AuditEvent(
        at=now(), actor=actor.login, action=action, entity=entity,
        entity_id=None if entity_id is None else str(entity_id),
        before=None if before is None else json.dumps(_jsonable(before), ensure_ascii=False, sort_keys=True),
        after=None if after is None else json.dumps(_jsonable(after), ensure_ascii=False, sort_keys=True),
    ))


# --- reading the trail (administrators only) -------------------------------------------------------------

@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: dt.datetime
    actor: str
    action: str
    entity: str
    entity_id: str | None
    before: str | None
    after: str | None


def _entry(row: AuditEvent) -> AuditEntry:
    return AuditEntry(id=row.id, at=row.at, actor=row.actor, action=row.action, entity=row.entity,
                      entity_id=row.entity_id, before=row.before, after=row.after)


def _query(*, user: str | None, entity: str | None, entity_id: str | None, since: dt.datetime | None,
           until: dt.datetime | None, action: str | None):  # type: ignore[no-untyped-def]
    query = select(AuditEvent)
    if user:
        query = query.where(AuditEvent.actor == user.strip())
    if entity:
        query = query.where(AuditEvent.entity == entity.strip())
    if entity_id:
        query = query.where(AuditEvent.entity_id == str(entity_id).strip())
    if action:
        query = query.where(AuditEvent.action.startswith(action.strip()))
    if since is not None:
        query = query.where(AuditEvent.at >= since)
    if until is not None:
        query = query.where(AuditEvent.at < until)
    return query


def list_events(db: Database, *, actor: Actor, limit: int = 200, user: str | None = None,
                entity: str | None = None, entity_id: str | None = None, since: dt.datetime | None = None,
                until: dt.datetime | None = None, action: str | None = None) -> list[AuditEntry]:
    """The newest events first, filtered by who, which record and period."""
    permissions.require(actor, "audit.view")
    if not 1 <= limit <= 1_000_000:
        raise ValidationError("limit", N_("the limit must be between 1 and 1000000"))
    query = _query(user=user, entity=entity, entity_id=entity_id, since=since, until=until, action=action)
    with db.read() as session:
        rows = session.scalars(query.order_by(AuditEvent.at.desc(), AuditEvent.id.desc()).limit(limit))
        return [_entry(r) for r in rows]


def export_events(db: Database, *, actor: Actor, path: Path, user: str | None = None, entity: str | None = None,
                  entity_id: str | None = None, since: dt.datetime | None = None,
                  until: dt.datetime | None = None, force: bool = False) -> int:
    """The filtered trail as a file, oldest first: ``.json`` (one document) or ``.csv`` (UTF-8 with BOM, for
    Excel). The export is itself audited: the trail holds names."""
    permissions.require(actor, "audit.view")
    query = _query(user=user, entity=entity, entity_id=entity_id, since=since, until=until, action=None)
    kind = "csv" if path.suffix.lower() == ".csv" else "json"
    check_output(path, kind=kind, force=force)  # before the export is audited
    with db.write() as session:
        entries = [_entry(r) for r in session.scalars(query.order_by(AuditEvent.at, AuditEvent.id))]
        record(session, actor=actor, action="audit.export", entity="audit", entity_id=None,
               after={"file": path.name, "events": len(entries), "user": user, "entity": entity,
                      "entity_id": entity_id})
    rows = [_jsonable(e) for e in entries]

    def write(draft: Path) -> None:
        if kind == "csv":
            with draft.open("w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.DictWriter(handle, fieldnames=[f.name for f in dataclasses.fields(AuditEntry)])
                writer.writeheader()
                writer.writerows(rows)
        else:
            draft.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")

    write_output(path, kind=kind, write=write, force=force)
    return len(entries)


# --- the trail as words ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class ReadableEntry:
    """An event as people read it: the person by name, the action and the record as words (``Notice`` s
    that the CLI and the GUI render in their language); ``entry`` keeps the codes."""

    entry: AuditEntry
    who: Notice
    what: Notice
    record: Notice


# Records whose name the trail can show next to the number: entity -> (model, how to name a row).
def _record_names(session: Session, entity: str, ids: set[str]) -> dict[str, str]:
    numbers = [int(i) for i in ids if i.isdigit()]
    if not numbers:
        return {}
    if entity == "child":
        rows = session.execute(select(Child.id, Child.surname, Child.name).where(Child.id.in_(numbers)))
        return {str(i): f"{surname} {name}" for i, surname, name in rows}
    if entity == "group":
        return {str(i): code for i, code in session.execute(select(Group.id, Group.code).where(Group.id.in_(numbers)))}
    if entity == "club":
        return {str(i): name for i, name in session.execute(select(Club.id, Club.name).where(Club.id.in_(numbers)))}
    if entity == "room":
        return {str(i): code for i, code in session.execute(select(Room.id, Room.code).where(Room.id.in_(numbers)))}
    if entity == "user":
        return {str(i): name for i, name in session.execute(select(User.id, User.full_name).where(User.id.in_(numbers)))}
    return {}


def user_names(session: Session, logins: set[str]) -> dict[str, str]:
    """login -> the user's full name, for showing people by name rather than by login."""
    if not logins:
        return {}
    return dict(session.execute(select(User.login, User.full_name).where(User.login.in_(logins))).all())


def readable(db: Database, entries: list[AuditEntry]) -> list[ReadableEntry]:
    """The entries with people, actions and records as words (one batch of look-ups per kind of record)."""
    with db.read() as session:
        names = user_names(session, {e.actor for e in entries})
        by_kind: dict[str, set[str]] = {}
        for e in entries:
            if e.entity_id:
                by_kind.setdefault(e.entity, set()).add(e.entity_id)
        records = {kind: _record_names(session, kind, ids) for kind, ids in by_kind.items()}
    return [ReadableEntry(entry=e, who=person_words(e.actor, names), what=action_words(e.action),
                          record=record_words(e.entity, e.entity_id, records.get(e.entity, {}).get(e.entity_id or "")))
            for e in entries]
