"""Specialist cabinets on SQLite and PostgreSQL: bookings of one child or a small group, weekly series whose
clashing dates are refused one by one, cancel and reschedule, referrals, building capacity — and session notes
that nobody but their author can read through any service call."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from enrol.db.models import Appointment, AuditEvent, SessionNote
from enrol.domain.errors import RefusedError, ValidationError
from enrol.services.enrolment import occupancy, places as enrolment
from enrol.services.reporting import printing
from enrol.services.bookings import referrals, session_notes, specialists
from enrol.services.centre import staff
from enrol.services.context import Actor, issue_actor, SYSTEM
from tests.unit.enrolment_centre import ADMIN, DESK, Centre, moment, next_day

SPEECH = issue_actor(login="gui:speech-therapist", role="administrator")
OTHER_SPECIALIST = issue_actor(login="gui:psychologist", role="specialist")
MONDAY = next_day(1)
SECRET = "Бала түнде қорқады; анасы ажырасу туралы айтты."


@pytest.fixture
def centre(db):  # type: ignore[no-untyped-def]
    """A 2-seat speech-therapy cabinet, a psychologist's cabinet, a club meeting on Mondays 15:00–16:30."""
    c = Centre(db)
    c.room("1.14", seats=2, kind="cabinet")
    c.room("1.12", seats=6, kind="cabinet")
    c.room("2.14", seats=30, floor=2)
    for surname, specialty, cabinet in (("Логопедова", "speech_therapist", "1.14"), ("Сапарова", "psychologist", "1.12")):
        staff.add_staff(db, actor=ADMIN, surname=surname, name="Жанар", position="specialist", specialty=specialty,
                        cabinet=cabinet)
    ids = {s.specialty: s.id for s in specialists.list_specialists(db)}
    c.speech, c.psych = ids["speech_therapist"], ids["psychologist"]  # type: ignore[attr-defined]
    c.group("ROBO-1", room="2.14", meets=((1, "15:00", "16:30"),))
    return c


def _book(centre, children, at, *, minutes=45, weeks=1, specialist=None, actor=ADMIN):  # type: ignore[no-untyped-def]
    return specialists.book_appointment(centre.db, actor=actor, specialist=specialist or centre.speech,
                                        children=children, starts_at=at, minutes=minutes, weeks=weeks)


def test_one_child_or_a_small_group_up_to_the_cabinets_seats(centre) -> None:  # type: ignore[no-untyped-def]
    a, b, c = centre.children(3)
    outcome = _book(centre, [a, b], moment(MONDAY, "10:00"))
    assert {x.child_id for x in outcome.booked[0].children} == {a, b} and outcome.booked[0].room == "1.14"
    with pytest.raises(RefusedError) as refused:
        _book(centre, [a, b, c], moment(MONDAY, "12:00"))
    assert refused.value.rule == "seats"
    with pytest.raises(ValidationError):
        _book(centre, [a], moment(MONDAY, "12:00"), minutes=300)
    with pytest.raises(RefusedError) as refused:
        _book(centre, [a], moment(MONDAY - dt.timedelta(days=14), "12:00"))
    assert refused.value.rule == "past"


def test_a_weekly_series_refuses_only_the_clashing_date(centre) -> None:  # type: ignore[no-untyped-def]
    child = centre.child()
    third = MONDAY + dt.timedelta(weeks=2)
    centre.group("ONCE-1", room="2.14", meets=((1, "11:00", "12:00"),), valid_from=third, valid_to=third)
    enrolment.enrol_child(centre.db, actor=ADMIN, child=child, group="ONCE-1")
    outcome = _book(centre, [child], moment(MONDAY, "11:30"), weeks=4)
    assert [b.starts_at.date() for b in outcome.booked] == [MONDAY + dt.timedelta(weeks=n) for n in (0, 1, 3)]
    assert [r.starts_at.date() for r in outcome.refused] == [third]
    assert "ONCE-1" in outcome.refused[0].reason.english()
    assert len({b.series_id for b in outcome.booked}) == 1 and outcome.series_id is not None
    # nothing can be booked: the first refusal is raised and nothing is stored
    with pytest.raises(RefusedError) as refused:
        _book(centre, [child], moment(MONDAY, "11:00"), weeks=2, specialist=centre.psych)
    assert refused.value.rule == "clash"
    with centre.db.read() as session:
        assert len(session.scalars(select(Appointment)).all()) == 3


def test_specialist_cabinet_and_child_are_never_double_booked(centre) -> None:  # type: ignore[no-untyped-def]
    a, b = centre.children(2)
    _book(centre, [a], moment(MONDAY, "10:00"))
    for children, specialist, rule in (([b], None, "specialist_clash"), ([a], "psychologist", "clash")):
        with pytest.raises(RefusedError) as refused:
            _book(centre, children, moment(MONDAY, "10:30"), specialist=specialist)
        assert refused.value.rule == rule
    enrolment.enrol_child(centre.db, actor=ADMIN, child=b, group="ROBO-1")
    with pytest.raises(RefusedError) as refused:  # the child's club
        _book(centre, [b], moment(MONDAY, "16:00"))
    assert refused.value.rule == "clash" and "ROBO-1" in refused.value.english()
    # a second specialist sharing the cabinet
    staff.add_staff(centre.db, actor=ADMIN, surname="Дефектологова", name="Айгүл", position="specialist",
                    specialty="defectologist", cabinet="1.14")
    with pytest.raises(RefusedError) as refused:
        _book(centre, [b], moment(MONDAY, "10:15"), specialist="defectologist")
    assert refused.value.rule == "room_clash"


def test_appointments_count_toward_the_building_capacity(centre) -> None:  # type: ignore[no-untyped-def]
    kids = centre.children(6)
    for kid in kids[:4]:
        enrolment.enrol_child(centre.db, actor=ADMIN, child=kid, group="ROBO-1")  # Mondays 15:00–16:30
    centre.setting("building_capacity", 5)
    _book(centre, [kids[4]], moment(MONDAY, "14:30"), minutes=60)  # 4 + 1 from 15:00: at the limit, allowed
    with pytest.raises(RefusedError) as refused:  # 4 + 1 + 1 from 15:00
        _book(centre, [kids[5]], moment(MONDAY, "14:00"), minutes=90, specialist="psychologist")
    assert refused.value.rule == "building" and f"{MONDAY.isoformat()} 15:00" in refused.value.english()
    _book(centre, [kids[5]], moment(MONDAY, "14:00"), minutes=60, specialist="psychologist")
    load = occupancy.occupancy_at(centre.db, actor=SYSTEM, at=moment(MONDAY, "14:45"))
    assert load.total == 2 and {r.code: r.expected for r in load.rooms}["1.14"] == 1


def test_cancel_and_reschedule_keep_the_history(centre) -> None:  # type: ignore[no-untyped-def]
    child = centre.child()
    series = _book(centre, [child], moment(MONDAY, "10:00"), weeks=3)
    first, second, third = series.booked
    moved = specialists.reschedule_appointment(centre.db, actor=ADMIN, appointment_id=first.id,
                                               starts_at=moment(MONDAY, "12:00"))
    assert moved.series_id == first.series_id and moved.starts_at == moment(MONDAY, "12:00")
    cancelled = specialists.cancel_appointment(centre.db, actor=ADMIN, appointment_id=second.id, whole_series=True)
    assert [c.id for c in cancelled] == [second.id, third.id]
    with centre.db.read() as session:
        assert {a.id: a.status for a in session.scalars(select(Appointment))} == {
            first.id: "rescheduled", second.id: "cancelled", third.id: "cancelled", moved.id: "booked"}
    with pytest.raises(RefusedError):
        specialists.cancel_appointment(centre.db, actor=ADMIN, appointment_id=second.id)
    other = centre.child()
    _book(centre, [other], moment(MONDAY, "09:00"))
    with pytest.raises(RefusedError):  # the specialist is busy then: the old time stays booked
        specialists.reschedule_appointment(centre.db, actor=ADMIN, appointment_id=moved.id,
                                           starts_at=moment(MONDAY, "09:15"))
    week = specialists.week_calendar(centre.db, actor=ADMIN, specialist=centre.speech, week_of=MONDAY)
    assert [a.starts_at for a in week] == [moment(MONDAY, "09:00"), moment(MONDAY, "12:00")]


def test_a_teachers_referral_is_answered_by_a_booking(centre) -> None:  # type: ignore[no-untyped-def]
    child = centre.child()
    teacher = issue_actor(login="gui:teacher", role="teacher")
    referral = referrals.refer_child(centre.db, actor=teacher, child=child, specialty="speech_therapist",
                                     reason="Дыбыстарды шатастырады", group="ROBO-1")
    with pytest.raises(RefusedError):
        referrals.list_referrals(centre.db, actor=teacher)
    assert [r.id for r in referrals.list_referrals(centre.db, actor=DESK, specialty="speech_therapist")] == [referral.id]
    outcome = specialists.book_appointment(centre.db, actor=ADMIN, specialist=centre.speech, children=[child],
                                           starts_at=moment(MONDAY, "10:00"), minutes=30, referral_id=referral.id)
    assert referrals.list_referrals(centre.db, actor=DESK) == []
    done = referrals.list_referrals(centre.db, actor=DESK, status="booked")
    assert done[0].appointment_id == outcome.booked[0].id
    with centre.db.read() as session:
        assert "Дыбыстарды" not in " ".join(e.after or "" for e in session.scalars(select(AuditEvent)))


def test_notes_are_unreadable_by_anyone_but_their_author(centre) -> None:  # type: ignore[no-untyped-def]
    child = centre.child()
    booking = _book(centre, [child], moment(MONDAY, "10:00")).booked[0]
    note = session_notes.add_note(centre.db, actor=SPEECH, appointment_id=booking.id, text=SECRET)
    assert [n.text for n in session_notes.my_notes(centre.db, actor=SPEECH, child=child)] == [SECRET]
    assert session_notes.read_note(centre.db, actor=SPEECH, note_id=note.id).text == SECRET
    for reader in (ADMIN, DESK, OTHER_SPECIALIST, issue_actor(login="cli:root"), issue_actor(login=SPEECH.login.upper())):
        assert session_notes.my_notes(centre.db, actor=reader) == []
        assert session_notes.my_notes(centre.db, actor=reader, appointment_id=booking.id, child=child) == []
        with pytest.raises(RefusedError):
            session_notes.read_note(centre.db, actor=reader, note_id=note.id)
    for writer in (DESK, issue_actor(login="gui:teacher", role="teacher"), OTHER_SPECIALIST):
        with pytest.raises(RefusedError):
            session_notes.add_note(centre.db, actor=writer, appointment_id=booking.id, text="x")
    # nothing else hands the text out: calendars, printed schedules, the audit trail
    seen = [specialists.week_calendar(centre.db, actor=ADMIN, specialist=centre.speech, week_of=MONDAY),
            specialists.list_appointments(centre.db, actor=ADMIN, first=MONDAY, last=MONDAY, include_cancelled=True),
            printing.specialist_day_document(centre.db, actor=SYSTEM, specialist_id=centre.speech, day=MONDAY)]
    assert all("қорқады" not in repr(value) for value in seen)
    with centre.db.read() as session:
        assert all("қорқады" not in (e.after or "") + (e.before or "") for e in session.scalars(select(AuditEvent)))
        stored = session.scalar(select(SessionNote))
        assert (stored.author_login, stored.author_id) == (SPEECH.login, None)
