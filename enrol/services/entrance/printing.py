"""Entrance cards to print: one child's or a whole group's, 8 to an A4 sheet; every print is audited."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from enrol.db.engine import Database
from enrol.db.models import Child, Enrolment
from enrol.domain.errors import N_, RefusedError
from enrol.domain.names import full_name
from enrol.services import lookup
from enrol.services.centre.settings import stored_value
from enrol.services.context import Actor, now
from enrol.services.entrance.cards import ensure_card
from enrol.services.people import permissions


def _cards(db: Database, *, child_ids: list[int] | None = None, group: str | int | None = None):  # type: ignore[no-untyped-def]
    from enrol.reports.entrance_cards import EntranceCard

    with db.write() as session:  # a child without a card yet gets one now
        centre = str(stored_value(session, "centre_name"))
        code = None
        if group is not None:
            found = lookup.group(session, group)
            code = found.code
            child_ids = list(session.scalars(select(Enrolment.child_id).where(
                Enrolment.group_id == found.id, Enrolment.status == "enrolled")))
        rows = session.scalars(select(Child).where(Child.id.in_(child_ids or []), Child.anonymised.is_(False))
                               .order_by(Child.sort_key)).all()
        return code, [EntranceCard(centre=centre, child=full_name(c.surname, c.name, c.patronymic),
                                   code=ensure_card(session, c.id), group=code) for c in rows]


def print_cards(db: Database, *, actor: Actor, group: str | int | None = None, child_ids: list[int] | None = None,
                output: Path | None = None) -> bytes:
    """The entrance cards of a group's enrolled children (or of the children named), audited."""
    from enrol.i18n import tr
    from enrol.reports.entrance_cards import render_cards
    from enrol.services.reporting.printing import record_print

    permissions.require(actor, "print.documents")
    code, cards = _cards(db, child_ids=child_ids, group=group)
    if not cards:
        raise RefusedError(N_("There are no children to print cards for"), rule="empty")
    title = tr("Entrance cards: {group}", group=code) if code else tr("Entrance cards")
    pdf = render_cards(cards, printed_at=now(), title=title)
    record_print(db, actor=actor, document="cards", entity="group" if code else "child",
                 entity_id=code or ",".join(str(c) for c in child_ids or []), output=output, pdf=pdf,
                 details={"cards": len(cards)})
    return pdf
