"""Beside the weekly timetable: corrections of attendance marks (who changed what, when) and a teacher's
referral of a child to a specialist. Added by migration 0002."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from enrol.db.base import Base


class AttendanceChange(Base):
    """Every setting, correction or removal of a mark, never overwritten: the journal's paper trail.

    ``from_mark`` is None for the first mark of the date, ``to_mark`` None when a mark was removed."""

    __tablename__ = "attendance_changes"
    __table_args__ = (Index("ix_attendance_changes_enrolment_date", "enrolment_id", "date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    enrolment_id: Mapped[int] = mapped_column(ForeignKey("enrolments.id", ondelete="CASCADE"))
    date: Mapped[dt.date]
    from_mark: Mapped[str | None] = mapped_column(String(8))
    to_mark: Mapped[str | None] = mapped_column(String(8))
    changed_by: Mapped[str] = mapped_column(String(80))
    changed_at: Mapped[dt.datetime]


class Referral(Base):
    """A club teacher asks a specialist to see a child; it is open until an appointment is booked for it."""

    __tablename__ = "referrals"
    __table_args__ = (CheckConstraint("status IN ('open', 'booked', 'closed')", name="status_value"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("children.id", ondelete="CASCADE"), index=True)
    specialty: Mapped[str] = mapped_column(String(30))
    group_id: Mapped[int | None] = mapped_column(ForeignKey("groups.id", ondelete="SET NULL"))
    referred_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    reason: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(12), default="open")
    appointment_id: Mapped[int | None] = mapped_column(ForeignKey("appointments.id", ondelete="SET NULL"))
    created_by: Mapped[str] = mapped_column(String(80))
    created_at: Mapped[dt.datetime]
    closed_at: Mapped[dt.datetime | None]
