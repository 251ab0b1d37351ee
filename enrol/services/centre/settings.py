"""The centre's settings, stored as text and parsed by the rules in ``enrol.domain.settings``."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from enrol.db.engine import Database
from enrol.db.models import Setting
from enrol.domain.settings import SETTINGS, parse_setting, spec_for
from enrol.services.people import audit, permissions
from enrol.services.context import Actor


@dataclass(frozen=True)
class SettingInfo:
    key: str
    value: str
    default: str
    description: str


def stored_value(session: Session, key: str) -> Any:
    """The parsed value inside a caller's transaction (for other services)."""
    raw = session.get(Setting, key)
    return parse_setting(key, raw.value if raw is not None else SETTINGS[key].default)


def list_settings(db: Database) -> list[SettingInfo]:
    with db.read() as session:
        stored = {row.key: row.value for row in session.scalars(select(Setting))}
    return [
        SettingInfo(key=spec.key, value=stored.get(spec.key, spec.default), default=spec.default,
                    description=spec.description)
        for spec in SETTINGS.values()
    ]


def get_setting(db: Database, *, key: str) -> SettingInfo:
    spec_for(key)
    return next(info for info in list_settings(db) if info.key == key)


def set_setting(db: Database, *, actor: Actor, key: str, value: str) -> SettingInfo:
    """Validate and store; the value is kept in its normal form (e.g. ``8:00-13:00`` → ``08:00-13:00``)."""
    permissions.require(actor, "centre.edit")
    parsed = parse_setting(key, value)
    text = str(parsed)
    with db.write() as session:
        row = session.get(Setting, key)
        before = row.value if row is not None else None
        if row is None:
            session.add(Setting(key=key, value=text))
        else:
            row.value = text
        audit.record(session, actor=actor, action="setting.set", entity="setting", entity_id=key,
                     before=before, after=text)
    spec = SETTINGS[key]
    return SettingInfo(key=key, value=text, default=spec.default, description=spec.description)
