"""Whether an offered seat's time is up: asked whenever the notifications are listed (every start, on *Now*),
so it loads only the models; the enrolment engine (``offers.expire_offers``) loads when one is."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import Select, select

from enrol.db.engine import Database
from enrol.db.models import Enrolment


def due_offers(moment: dt.datetime) -> Select[tuple[int, int, int, dt.datetime | None]]:
    """The offers past their time at ``moment``, oldest first (the order they are expired in)."""
    return select(Enrolment.id, Enrolment.child_id, Enrolment.group_id, Enrolment.offer_expires_at).where(
        Enrolment.status == "offered", Enrolment.offer_expires_at <= moment).order_by(Enrolment.offer_expires_at,
                                                                                      Enrolment.id)


def any_due(db: Database, moment: dt.datetime) -> bool:
    with db.read() as session:  # the common case, nothing due, needs no write lock
        return session.connection().execute(due_offers(moment).limit(1)).first() is not None
