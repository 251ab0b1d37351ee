"""Append-only audit trail: every change writes who, when, what, which record, before and after."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any

from sqlalchemy.orm import Session

from enrol.db.models import AuditEvent
from enrol.services.context import Actor, now


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
