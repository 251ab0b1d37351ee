"""Dated bookings beside the weekly timetable: specialists' appointments and events in the hall or rooms."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from enrol.db.base import Base


class Appointment(Base):
    __tablename__ = "appointments"
    __table_args__ = (
        CheckConstraint("starts_at < ends_at", name="time_order"),
        Index("ix_appointments_starts_at", "starts_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    specialist_id: Mapped[int] = mapped_column(ForeignKey("specialists.id"), index=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("rooms.id"))
    starts_at: Mapped[dt.datetime]
    ends_at: Mapped[dt.datetime]
    status: Mapped[str] = mapped_column(String(12), default="booked")
    series_id: Mapped[str | None] = mapped_column(String(36))
    created_by: Mapped[str] = mapped_column(String(80))


class AppointmentChild(Base):
    __tablename__ = "appointment_children"

    appointment_id: Mapped[int] = mapped_column(
        ForeignKey("appointments.id", ondelete="CASCADE"), primary_key=True
    )
    child_id: Mapped[int] = mapped_column(ForeignKey("children.id", ondelete="CASCADE"), primary_key=True, index=True)


class SessionNote(Base):
    """A specialist's confidential note: readable only by the login that wrote it (``author_login``, checked on
    every read; ``author_id`` is that user's row once sign-in exists)."""

    __tablename__ = "session_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    appointment_id: Mapped[int] = mapped_column(ForeignKey("appointments.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    author_login: Mapped[str] = mapped_column(String(80))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime]


class Event(Base):
    __tablename__ = "events"
    __table_args__ = (
        CheckConstraint("starts_at < ends_at", name="time_order"),
        CheckConstraint("headcount >= 0", name="headcount_nonnegative"),
        Index("ix_events_starts_at", "starts_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str]
    room_id: Mapped[int] = mapped_column(ForeignKey("rooms.id"))
    starts_at: Mapped[dt.datetime]
    ends_at: Mapped[dt.datetime]
    headcount: Mapped[int]
    notes: Mapped[str | None] = mapped_column(Text)
