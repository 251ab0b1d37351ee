"""Children, their legal representatives and the consents those gave (personal-data law No. 94-V)."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from enrol.db.base import Base


class Child(Base):
    __tablename__ = "children"
    __table_args__ = (
        CheckConstraint("sex IN ('f', 'm')", name="sex_value"),
        Index("ix_children_birth_date", "birth_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    surname: Mapped[str] = mapped_column(String(80))
    name: Mapped[str] = mapped_column(String(80))
    patronymic: Mapped[str | None] = mapped_column(String(80))
    birth_date: Mapped[dt.date]
    sex: Mapped[str] = mapped_column(String(1))
    iin: Mapped[str | None] = mapped_column(String(12), unique=True)
    school: Mapped[str | None]
    grade: Mapped[int | None]
    shift: Mapped[int | None]
    district: Mapped[str | None] = mapped_column(String(80))
    priority: Mapped[str | None] = mapped_column(String(30))
    notes: Mapped[str | None] = mapped_column(Text)
    # Stored keys made in Python (enrol.domain.names): SQLite folds only ASCII, and an index needs a column.
    search_key: Mapped[str] = mapped_column(String(300), index=True)
    search_key_alt: Mapped[str] = mapped_column(String(300), index=True)
    sort_key: Mapped[str] = mapped_column(String(600), index=True)
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]
    anonymised: Mapped[bool] = mapped_column(default=False)
    # The guardian's word on going home alone (migration 0005); None: by age (setting leave_alone_age).
    may_leave_alone: Mapped[bool | None]
    leave_alone_said_on: Mapped[dt.date | None]

    guardians: Mapped[list[Guardian]] = relationship(
        back_populates="child", lazy="raise", cascade="all, delete-orphan", order_by="Guardian.id"
    )


class Guardian(Base):
    __tablename__ = "guardians"

    id: Mapped[int] = mapped_column(primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("children.id", ondelete="CASCADE"), index=True)
    full_name: Mapped[str]
    relation: Mapped[str] = mapped_column(String(30))
    phone: Mapped[str] = mapped_column(String(20))
    email: Mapped[str | None]
    iin: Mapped[str | None] = mapped_column(String(12))

    child: Mapped[Child] = relationship(back_populates="guardians", lazy="raise")


class Consent(Base):
    """A legal representative's consent to process a child's data; withdrawn, never deleted."""

    __tablename__ = "consents"

    id: Mapped[int] = mapped_column(primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("children.id", ondelete="CASCADE"), index=True)
    guardian_id: Mapped[int | None] = mapped_column(ForeignKey("guardians.id", ondelete="SET NULL"))
    signed_by: Mapped[str]
    relation: Mapped[str] = mapped_column(String(30))
    signed_on: Mapped[dt.date]
    scope: Mapped[str] = mapped_column(Text)
    valid_until: Mapped[dt.date | None]
    photo_consent: Mapped[bool] = mapped_column(default=False)
    form_version: Mapped[str] = mapped_column(String(30))
    withdrawn_on: Mapped[dt.date | None]
    withdrawn_by: Mapped[str | None] = mapped_column(String(80))  # migration 0003
    withdrawal_reason: Mapped[str | None] = mapped_column(Text)  # migration 0003
    recorded_by: Mapped[str] = mapped_column(String(80))
    recorded_at: Mapped[dt.datetime]
