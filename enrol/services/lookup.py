"""Find the record a user named: a child by id or IIN, a group by id or code, a room by code."""
from __future__ import annotations

from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from enrol.db.models import Child, Club, Group, Room, Staff
from enrol.domain.errors import NotFoundError

T = TypeVar("T")


def _as_id(key: str | int) -> int | None:
    text = str(key).strip()
    return int(text) if text.isdigit() and len(text) < 10 else None


def child(session: Session, key: str | int) -> Child:
    text = str(key).strip()
    found = None
    if len(text) == 12 and text.isdigit():
        found = session.scalar(select(Child).where(Child.iin == text))
    elif (ident := _as_id(text)) is not None:
        found = session.get(Child, ident)
    if found is None:
        raise NotFoundError("child", text)
    return found


def group(session: Session, key: str | int, *, for_update: bool = False) -> Group:
    text = str(key).strip()
    query = select(Group).where(Group.code == text)
    found = session.scalar(query.with_for_update() if for_update else query)
    if found is None and (ident := _as_id(text)) is not None:
        query = select(Group).where(Group.id == ident)
        found = session.scalar(query.with_for_update() if for_update else query)
    if found is None:
        raise NotFoundError("group", text)
    return found


def room(session: Session, key: str | int) -> Room:
    text = str(key).strip()
    found = session.scalar(select(Room).where(Room.code == text))
    if found is None and (ident := _as_id(text)) is not None:
        found = session.get(Room, ident)
    if found is None:
        raise NotFoundError("room", text)
    return found


def club(session: Session, key: str | int) -> Club:
    text = str(key).strip()
    found = session.scalar(select(Club).where(Club.name == text))
    if found is None and (ident := _as_id(text)) is not None:
        found = session.get(Club, ident)
    if found is None:
        raise NotFoundError("club", text)
    return found


def by_id(session: Session, model: type[T], key: str | int) -> T | None:
    """The row with this id, or None — also for a key that cannot be an id at all (text, or a number no
    database holds: SQLite refuses integers past 2**63 with an OverflowError instead of "not found")."""
    ident = _as_id(key)
    return session.get(model, ident) if ident is not None else None


def staff(session: Session, key: int) -> Staff:
    found = by_id(session, Staff, key)
    if found is None:
        raise NotFoundError("staff", key)
    return found
