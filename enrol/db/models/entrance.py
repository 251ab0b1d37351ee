"""The entrance desk: children's cards, every scan in and out, who is inside now, who may collect a child."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from enrol.db.base import Base


class ChildCard(Base):
    """A card code given to a child; a reissued card keeps its row with ``replaced_at`` so the old code can
    say "replaced on DATE" instead of "unknown"."""

    __tablename__ = "child_cards"
    __table_args__ = (Index("ix_child_cards_child", "child_id", "replaced_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("children.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(10), unique=True)
    issued_at: Mapped[dt.datetime]
    replaced_at: Mapped[dt.datetime | None]


class EntranceScan(Base):
    """One scan at a door, never deleted: an undone scan keeps its row with who undid it and when."""

    __tablename__ = "entrance_scans"
    __table_args__ = (
        CheckConstraint("direction IN ('in', 'out')", name="direction_value"),
        Index("ix_entrance_scans_at", "at"),
        Index("ix_entrance_scans_child", "child_id", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("children.id", ondelete="CASCADE"))
    direction: Mapped[str] = mapped_column(String(3))
    at: Mapped[dt.datetime]
    desk: Mapped[str | None] = mapped_column(String(60))
    actor: Mapped[str] = mapped_column(String(80))
    collected_by: Mapped[str | None] = mapped_column(String(200))
    override_reason: Mapped[str | None] = mapped_column(Text)
    undone_at: Mapped[dt.datetime | None]
    undone_by: Mapped[str | None] = mapped_column(String(80))


class InsideChild(Base):
    """Who is inside now, one row per child: the primary key makes "already inside" a rule the database
    itself holds, and the building's count is a count of this small table, not of the whole scan log."""

    __tablename__ = "entrance_inside"

    child_id: Mapped[int] = mapped_column(ForeignKey("children.id", ondelete="CASCADE"), primary_key=True)
    since: Mapped[dt.datetime]
    scan_id: Mapped[int] = mapped_column(ForeignKey("entrance_scans.id"))


class PickupPerson(Base):
    """An adult besides the guardians whom the family authorised to collect the child."""

    __tablename__ = "pickup_persons"

    id: Mapped[int] = mapped_column(primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("children.id", ondelete="CASCADE"), index=True)
    full_name: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(20))
    relation: Mapped[str | None] = mapped_column(String(60))
    added_at: Mapped[dt.datetime]
    added_by: Mapped[str] = mapped_column(String(80))
