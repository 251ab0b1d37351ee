"""Enrolments with their never-overwritten status history, attendance marks and registrar notifications."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from enrol.db.base import Base

ACTIVE_STATUSES = ("waitlisted", "offered", "enrolled")
_ACTIVE_SQL = "status IN ('waitlisted', 'offered', 'enrolled')"


class Enrolment(Base):
    __tablename__ = "enrolments"
    __table_args__ = (
        CheckConstraint(
            "status IN ('waitlisted', 'offered', 'enrolled', 'withdrawn', 'completed', 'declined', 'expired')",
            name="status_value",
        ),
        # One live application per child and group; finished ones stay as history.
        Index(
            "uq_enrolments_child_group_active", "child_id", "group_id", unique=True,
            sqlite_where=text(_ACTIVE_SQL), postgresql_where=text(_ACTIVE_SQL),
        ),
        Index("ix_enrolments_group_status", "group_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("children.id"), index=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id"))
    status: Mapped[str] = mapped_column(String(12))
    priority_rank: Mapped[int] = mapped_column(default=0)
    applied_at: Mapped[dt.datetime]
    decided_at: Mapped[dt.datetime | None]
    start_date: Mapped[dt.date | None]
    end_date: Mapped[dt.date | None]
    offer_expires_at: Mapped[dt.datetime | None]
    funding: Mapped[str] = mapped_column(String(20))
    voucher_number: Mapped[str | None] = mapped_column(String(40))
    override_reason: Mapped[str | None] = mapped_column(Text)
    withdraw_reason: Mapped[str | None] = mapped_column(Text)

    history: Mapped[list[EnrolmentChange]] = relationship(
        back_populates="enrolment", lazy="raise", order_by="EnrolmentChange.id"
    )


class EnrolmentChange(Base):
    __tablename__ = "enrolment_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    enrolment_id: Mapped[int] = mapped_column(ForeignKey("enrolments.id", ondelete="CASCADE"), index=True)
    from_status: Mapped[str | None] = mapped_column(String(12))
    to_status: Mapped[str] = mapped_column(String(12))
    at: Mapped[dt.datetime]
    actor: Mapped[str] = mapped_column(String(80))
    reason: Mapped[str | None] = mapped_column(Text)

    enrolment: Mapped[Enrolment] = relationship(back_populates="history", lazy="raise")


class Attendance(Base):
    __tablename__ = "attendance"
    __table_args__ = (
        UniqueConstraint("enrolment_id", "date"),
        CheckConstraint("mark IN ('present', 'absent', 'excused', 'late')", name="mark_value"),
        Index("ix_attendance_date_mark", "date", "mark"),  # covers the reports' counts per day (migration 0004)
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    enrolment_id: Mapped[int] = mapped_column(ForeignKey("enrolments.id", ondelete="CASCADE"))
    date: Mapped[dt.date]
    mark: Mapped[str] = mapped_column(String(8))
    marked_by: Mapped[str] = mapped_column(String(80))
    marked_at: Mapped[dt.datetime]


class Notification(Base):
    """Something the registrar must act on, e.g. an offered seat: whom to call, about which group."""

    __tablename__ = "notifications"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(index=True)
    kind: Mapped[str] = mapped_column(String(30))
    child_id: Mapped[int | None] = mapped_column(ForeignKey("children.id", ondelete="CASCADE"))
    group_id: Mapped[int | None] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"))
    enrolment_id: Mapped[int | None] = mapped_column(ForeignKey("enrolments.id", ondelete="CASCADE"))
    payload: Mapped[str] = mapped_column(Text, default="{}")
    done: Mapped[bool] = mapped_column(default=False)


class Rollover(Base):
    """One academic-year roll-over: written with its plan in the close-and-copy transaction, finished when the
    last line is done, so a killed run can be resumed and a finished one is never run twice."""

    __tablename__ = "rollovers"

    id: Mapped[int] = mapped_column(primary_key=True)
    from_year: Mapped[str] = mapped_column(String(9), unique=True)
    to_year: Mapped[str] = mapped_column(String(9), unique=True)
    carry_waitlist: Mapped[bool]
    closed_groups: Mapped[int]
    groups: Mapped[int]
    meetings: Mapped[int]
    completed: Mapped[int]
    withdrawn: Mapped[int]
    started_at: Mapped[dt.datetime]
    finished_at: Mapped[dt.datetime | None]
    actor: Mapped[str] = mapped_column(String(80))


class RolloverLine(Base):
    """Who goes where, in which order; ``done_at`` is set in the transaction that placed (or refused) the child."""

    __tablename__ = "rollover_lines"
    __table_args__ = (UniqueConstraint("rollover_id", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    rollover_id: Mapped[int] = mapped_column(ForeignKey("rollovers.id"))
    seq: Mapped[int]
    child_id: Mapped[int] = mapped_column(ForeignKey("children.id"))
    group_code: Mapped[str] = mapped_column(String(30))
    funding: Mapped[str] = mapped_column(String(20))
    voucher_number: Mapped[str | None] = mapped_column(String(40))
    applied_at: Mapped[dt.datetime]
    was_enrolled: Mapped[bool]  # returning child (else from the waiting list)
    done_at: Mapped[dt.datetime | None]
    status: Mapped[str | None] = mapped_column(String(12))
    problem: Mapped[str | None] = mapped_column(Text)
