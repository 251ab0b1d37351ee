"""Card codes: issued at registration (or on first need), reissued when a card is lost, looked up at a scan."""
from __future__ import annotations

from dataclasses import dataclass
import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from enrol.db.engine import Database
from enrol.db.models import Child, ChildCard
from enrol.domain.cards import new_code, parse_code
from enrol.domain.errors import N_, NotFoundError, RefusedError
from enrol.domain.names import full_name
from enrol.services import lookup
from enrol.services.context import Actor, now
from enrol.services.people import audit, permissions


@dataclass(frozen=True)
class CardInfo:
    child_id: int
    child: str
    code: str
    issued_at: dt.datetime
    replaced: str | None = None  # the code this card replaced, on a reissue


def current_code(session: Session, child_id: int) -> str | None:
    return session.scalar(select(ChildCard.code).where(ChildCard.child_id == child_id,
                                                       ChildCard.replaced_at.is_(None)))


def ensure_card(session: Session, child_id: int) -> str:
    """The child's current code, issuing one first when the child has none (children registered before the
    entrance desk got theirs in the migration; this covers any path that adds children in bulk)."""
    code = current_code(session, child_id)
    if code is not None:
        return code
    return _issue(session, child_id)


def _issue(session: Session, child_id: int) -> str:
    while True:
        code = new_code()
        # One in a hundred million per existing card: looked up rather than caught, so the transaction stays usable.
        if session.scalar(select(ChildCard.id).where(ChildCard.code == code)) is None:
            break
    session.add(ChildCard(child_id=child_id, code=code, issued_at=now()))
    session.flush()
    return code


def child_card(db: Database, *, actor: Actor, child: str | int, reissue: bool = False) -> CardInfo:
    """The child's card code; ``reissue`` replaces a lost card: the old code then answers "replaced on DATE"."""
    permissions.require(actor, "pickup.edit" if reissue else "entrance.scan")
    with db.write() as session:
        found = lookup.child(session, child)
        if found.anonymised:
            raise RefusedError(N_("This child's data was anonymised; there is no card"), rule="anonymised")
        old = current_code(session, found.id)
        if reissue and old is not None:
            card = session.scalar(select(ChildCard).where(ChildCard.code == old))
            assert card is not None
            card.replaced_at = now()
            session.flush()
            code = _issue(session, found.id)
            audit.record(session, actor=actor, action="card.reissue", entity="child", entity_id=found.id,
                         before={"code": old}, after={"code": code})
        else:
            code = ensure_card(session, found.id)
        issued = session.scalar(select(ChildCard.issued_at).where(ChildCard.code == code))
        return CardInfo(child_id=found.id, child=full_name(found.surname, found.name, found.patronymic), code=code,
                        issued_at=issued or now(), replaced=old if reissue else None)


def child_by_code(session: Session, text: str) -> Child:
    """The child whose current card this is; a malformed code is ValidationError (exit 3), an unknown, replaced
    card or an anonymised child RefusedError (exit 4)."""
    code = parse_code(text)
    row = session.execute(select(ChildCard.child_id, ChildCard.replaced_at).where(ChildCard.code == code)).first()
    if row is None:
        raise RefusedError(N_("Card {code} is not known here"), rule="unknown_card", code=code)
    child = session.get(Child, row.child_id)
    if child is None:
        raise NotFoundError("child", code)
    if child.anonymised:
        raise RefusedError(N_("This child's data was anonymised; the child cannot be checked in or out"),
                           rule="anonymised")
    if row.replaced_at is not None:
        raise RefusedError(N_("Card {code} was replaced on {date}; use the child's new card"), rule="replaced_card",
                           code=code, date=row.replaced_at.date().isoformat())
    return child
