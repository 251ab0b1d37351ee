"""A specialist's confidential session notes (README, *People, roles and personal data*): only the person
who wrote a note can ever read it — not another specialist, not a registrar, not an administrator.

Until sign-in exists the writer is identified by the login of the ``Actor`` that wrote the note
(``author_login``), and every read compares it with the reader's login inside the query, so no service call
returns another person's note. Nothing else returns note text either: appointment lists, printed schedules
and the audit trail record that a note was written, never what it says.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from enrol.db.engine import Database
from enrol.db.models import Appointment, AppointmentChild, SessionNote, Specialist
from enrol.domain.errors import N_, RefusedError
from enrol.domain.validation import clean_text
from enrol.services import lookup
from enrol.services.people import audit, permissions
from enrol.services.attendance.marks import acting_staff
from enrol.services.context import Actor, now
from enrol.services.enrolment.offers import load_child

MAX_NOTE = 20_000
# Registrars and teachers never write notes; an administrator may (the desk's only role before sign-in).
WRITING_ROLES = ("specialist", "administrator")


@dataclass(frozen=True)
class NoteInfo:
    id: int
    appointment_id: int
    starts_at: dt.datetime
    text: str
    created_at: dt.datetime


def _check_may_write(session: Session, actor: Actor, booking: Appointment) -> None:
    if actor.role not in WRITING_ROLES:
        raise RefusedError(N_("{login} may not write session notes"), rule="permission", login=actor.login)
    if actor.role == "specialist":
        specialist = session.get(Specialist, booking.specialist_id)
        if specialist is None or acting_staff(session, actor) != specialist.staff_id:
            raise RefusedError(N_("{login} may not write session notes"), rule="permission", login=actor.login)


def add_note(db: Database, *, actor: Actor, appointment_id: int, text: str) -> NoteInfo:
    """Write a note on an appointment; it is readable by ``actor`` alone."""
    permissions.require(actor, "notes.write")
    body = clean_text(text, field="notes", max_length=MAX_NOTE, required=True, multiline=True)
    assert body is not None
    with db.write() as session:
        booking = lookup.by_id(session, Appointment, appointment_id)
        if booking is None:
            raise RefusedError(N_("There is no appointment «{key}»"), rule="not_found", key=appointment_id)
        _check_may_write(session, actor, booking)
        note = SessionNote(appointment_id=booking.id, author_id=actor.user_id, author_login=actor.login, text=body,
                           created_at=now())
        session.add(note)
        session.flush()
        # Only the fact of the note: its text never leaves this table except to its author.
        audit.record(session, actor=actor, action="note.add", entity="appointment", entity_id=booking.id,
                     after={"note": note.id})
        return NoteInfo(id=note.id, appointment_id=booking.id, starts_at=booking.starts_at, text=note.text,
                        created_at=note.created_at)


def my_notes(db: Database, *, actor: Actor, appointment_id: int | None = None,
             child: str | int | None = None) -> list[NoteInfo]:
    """The actor's own notes (on one appointment, or about one child), oldest first; never anyone else's.
    Every read that returns notes is audited (which notes, not what they say)."""
    permissions.require(actor, "notes.read")
    with db.write() as session:
        query = (select(SessionNote, Appointment.starts_at)
                 .join(Appointment, Appointment.id == SessionNote.appointment_id)
                 .where(SessionNote.author_login == actor.login).order_by(SessionNote.created_at, SessionNote.id))
        if appointment_id is not None:
            query = query.where(SessionNote.appointment_id == appointment_id)
        if child is not None:
            pupil = load_child(session, child, for_change=False)
            query = query.where(SessionNote.appointment_id.in_(
                select(AppointmentChild.appointment_id).where(AppointmentChild.child_id == pupil.id)))
        found = [NoteInfo(id=n.id, appointment_id=n.appointment_id, starts_at=starts_at, text=n.text,
                          created_at=n.created_at) for n, starts_at in session.execute(query).tuples()]
        if found:
            audit.record(session, actor=actor, action="note.read", entity="session_note",
                         entity_id=found[0].id if len(found) == 1 else None, after={"notes": [n.id for n in found]})
        return found


def read_note(db: Database, *, actor: Actor, note_id: int) -> NoteInfo:
    """One note, for its author only; to anyone else it does not exist (the same answer as a wrong id).
    The read is audited."""
    permissions.require(actor, "notes.read")
    with db.write() as session:
        found = session.execute(
            select(SessionNote, Appointment.starts_at).join(Appointment, Appointment.id == SessionNote.appointment_id)
            .where(SessionNote.id == note_id, SessionNote.author_login == actor.login)).tuples().first()
        if found is None:
            raise RefusedError(N_("There is no note «{key}» of yours"), rule="not_found", key=note_id)
        note, starts_at = found
        audit.record(session, actor=actor, action="note.read", entity="session_note", entity_id=note.id)
        return NoteInfo(id=note.id, appointment_id=note.appointment_id, starts_at=starts_at, text=note.text,
                        created_at=note.created_at)


__all__ = ["NoteInfo", "add_note", "my_notes", "read_note"]
