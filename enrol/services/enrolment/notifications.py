"""The registrar's to-do list: whom to call about an offered seat or an enrolment from the waitlist.

Listing first expires the offers that are due (``offers.expire_offers``), so the list never shows a seat
held for a child whose time is up, and the seat it frees is already offered to the next in line. The enrolment
engine behind that loads only when an offer is due: the list is on *Now*, the window's first page.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import func, select

from enrol.db.engine import Database
from enrol.db.models import Notification
from enrol.domain.errors import NotFoundError
from enrol.services import lookup
from enrol.services.people import permissions
from enrol.services.context import Actor, now
from enrol.services.enrolment.offer_expiry import any_due


@dataclass(frozen=True)
class NotificationInfo:
    id: int
    created_at: dt.datetime
    kind: str
    child_id: int | None
    child: str | None
    group_id: int | None
    group: str | None
    enrolment_id: int | None
    guardian: str | None
    phone: str | None
    expires_at: dt.datetime | None
    done: bool


def _info(row: Notification) -> NotificationInfo:
    try:
        payload = json.loads(row.payload or "{}")
    except ValueError:
        payload = {}
    expires = payload.get("expires_at")
    return NotificationInfo(
        id=row.id, created_at=row.created_at, kind=row.kind, child_id=row.child_id, child=payload.get("child"),
        group_id=row.group_id, group=payload.get("group"), enrolment_id=row.enrolment_id,
        guardian=payload.get("guardian"), phone=payload.get("phone"),
        expires_at=dt.datetime.fromisoformat(expires) if expires else None, done=row.done,
    )


def list_notifications(db: Database, *, actor: Actor, include_done: bool = False) -> list[NotificationInfo]:
    """Open notifications, newest first (all of them with ``include_done``), after expiring due offers."""
    permissions.require_signed_in(db, actor, "notifications.view")
    if any_due(db, now()):
        from enrol.services.enrolment.offers import expire_offers

        expire_offers(db)
    with db.read() as session:
        query = select(Notification).order_by(Notification.created_at.desc(), Notification.id.desc())
        if not include_done:
            query = query.where(Notification.done.is_(False))
        return [_info(row) for row in session.scalars(query)]


def open_count(db: Database, *, actor: Actor) -> int:
    """How many notifications are open, for the navigation's badge (a count: no offer is expired here)."""
    permissions.require_signed_in(db, actor, "notifications.view")
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(Notification).where(Notification.done.is_(False)))
                   or 0)


def mark_done(db: Database, *, actor: Actor, notification_id: int) -> NotificationInfo:
    """The registrar has called: the notification leaves the open list (it is kept, marked done)."""
    from enrol.services.enrolment.offers import write_audit

    permissions.require(actor, "notifications.edit")
    with db.write() as session:
        row = lookup.by_id(session, Notification, notification_id)
        if row is None:
            raise NotFoundError("notification", notification_id)
        write_audit(session, actor=actor, action="notification.done", entity="notification",
                    entity_id=notification_id, before={"done": row.done}, after={"done": True})
        row.done = True
        return _info(row)
