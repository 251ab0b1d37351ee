"""The building and what is taught in it: rooms, staff, clubs, groups and their weekly meetings."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from enrol.db.base import Base


class Room(Base):
    __tablename__ = "rooms"
    __table_args__ = (
        CheckConstraint("floor BETWEEN 1 AND 3", name="floor_range"),
        CheckConstraint("seats >= 0", name="seats_nonnegative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str]
    floor: Mapped[int]
    kind: Mapped[str] = mapped_column(String(30))
    seats: Mapped[int]
    active: Mapped[bool] = mapped_column(default=True)


class Staff(Base):
    """A person who works at the centre: teachers, specialists, administrators (a User may point here)."""

    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    surname: Mapped[str] = mapped_column(String(80))
    name: Mapped[str] = mapped_column(String(80))
    patronymic: Mapped[str | None] = mapped_column(String(80))
    position: Mapped[str] = mapped_column(String(30))
    phone: Mapped[str | None] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(default=True)


class Specialist(Base):
    __tablename__ = "specialists"

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), unique=True)
    specialty: Mapped[str] = mapped_column(String(30))
    cabinet_id: Mapped[int | None] = mapped_column(ForeignKey("rooms.id"))

    staff: Mapped[Staff] = relationship(lazy="raise")
    cabinet: Mapped[Room | None] = relationship(lazy="raise")


class Club(Base):
    __tablename__ = "clubs"
    __table_args__ = (CheckConstraint("age_min <= age_max", name="age_order"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(unique=True)
    name_ru: Mapped[str | None]
    direction: Mapped[str] = mapped_column(String(30))
    description: Mapped[str | None] = mapped_column(Text)
    age_min: Mapped[int]
    age_max: Mapped[int]
    funding: Mapped[str] = mapped_column(String(10))
    default_group_size: Mapped[int]
    active: Mapped[bool] = mapped_column(default=True)

    groups: Mapped[list[Group]] = relationship(back_populates="club", lazy="raise")


class Group(Base):
    __tablename__ = "groups"
    __table_args__ = (
        CheckConstraint("seats >= 0", name="seats_nonnegative"),
        CheckConstraint("age_min <= age_max", name="age_order"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(30), unique=True)
    club_id: Mapped[int] = mapped_column(ForeignKey("clubs.id"), index=True)
    teacher_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), index=True)
    seats: Mapped[int]
    age_min: Mapped[int]
    age_max: Mapped[int]
    language: Mapped[str] = mapped_column(String(2))
    academic_year: Mapped[str] = mapped_column(String(9))
    funding: Mapped[str] = mapped_column(String(10))
    active: Mapped[bool] = mapped_column(default=True)

    club: Mapped[Club] = relationship(back_populates="groups", lazy="raise")
    teacher: Mapped[Staff | None] = relationship(lazy="raise")
    meetings: Mapped[list[Meeting]] = relationship(back_populates="group", lazy="raise")


class Meeting(Base):
    """A weekly slot; times are minutes from midnight so overlap checks are plain integer comparisons."""

    __tablename__ = "meetings"
    __table_args__ = (
        CheckConstraint("weekday BETWEEN 1 AND 7", name="weekday_range"),
        CheckConstraint("start_minute >= 0 AND start_minute < end_minute AND end_minute <= 1440", name="time_order"),
        Index("ix_meetings_weekday_room", "weekday", "room_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"), index=True)
    weekday: Mapped[int]
    start_minute: Mapped[int]
    end_minute: Mapped[int]
    room_id: Mapped[int] = mapped_column(ForeignKey("rooms.id"), index=True)
    valid_from: Mapped[dt.date | None]
    valid_to: Mapped[dt.date | None]

    group: Mapped[Group] = relationship(back_populates="meetings", lazy="raise")
    room: Mapped[Room] = relationship(lazy="raise")
