"""The permission model: every role × action through the services, on SQLite and PostgreSQL. An allowed call
succeeds; a refused one raises ``PermissionDenied`` and leaves every table exactly as it was.

The matrix below is written out by hand (not read from ``permissions._GRANTS``), so a change of the grants
that nobody meant shows up here as a failing case."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import select

from enrol.db.base import Base
from enrol.db.engine import Database
from enrol.domain.children import ChildFields
from enrol.services.enrolment import notifications, occupancy, places as enrolment
from enrol.services.people import audit, child_data, children, consent, users
from enrol.services.reporting import printing
from enrol.services.attendance import marks as attendance
from enrol.services.bookings import events, referrals, session_notes, specialists
from enrol.services.transfer import exports
from enrol.services.centre import groups, rooms, settings, staff
from enrol.services.context import Actor
from enrol.services.people.permissions import ROLES, PermissionDenied, allowed
from tests.unit.enrolment_centre import ADMIN, TODAY, Centre, moment, next_day

PASSWORD = "correct horse 42"
A, R, T, S = "administrator", "registrar", "teacher", "specialist"


@dataclass
class World:
    db: Database
    centre: Centre
    actors: dict[str, Actor]
    teacher_group: str
    specialist_id: int
    appointment_id: int
    tmp: Any


@pytest.fixture
def world(db, tmp_path) -> World:  # type: ignore[no-untyped-def]
    c = Centre(db)
    c.room("2.14", seats=30, floor=2)
    c.room("1.12", seats=4, kind="cabinet")
    teacher = c.teacher()
    c.group("OWN-1", seats=10, room="2.14", meets=((TODAY.isoweekday(), "15:00", "16:30"),), teacher_id=teacher)
    person = staff.add_staff(db, actor=ADMIN, surname="Сапарова", name="Жанар", position="specialist",
                             specialty="psychologist", cabinet="1.12")
    spec = next(s for s in specialists.list_specialists(db) if s.staff_id == person.id)
    kids = c.children(2)
    for kid in kids:
        enrolment.enrol_child(db, actor=ADMIN, child=kid, group="OWN-1", start_date=TODAY - dt.timedelta(days=21))
    booking = specialists.book_appointment(db, actor=ADMIN, specialist=spec.id, children=[kids[0]],
                                           starts_at=moment(next_day(2), "10:00"), minutes=45).booked[0]
    links = {A: None, R: None, T: teacher, S: person.id}
    actors = {role: users.actor_of(users.add_user(db, actor=ADMIN, login=f"user-{role}", role=role,
                                                  full_name=role.title(), password=PASSWORD, staff_id=links[role]))
              for role in ROLES}
    return World(db=db, centre=c, actors=actors, teacher_group="OWN-1", specialist_id=spec.id,
                 appointment_id=booking.id, tmp=tmp_path)


def snapshot(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table: "changes nothing" means this is equal before and after."""
    with db.read() as session:
        return {table.name: sorted(map(tuple, session.execute(select(table)).all()), key=repr)
                for table in Base.metadata.sorted_tables}


def _child(w: World) -> int:
    return w.centre.child()


def _enrolled_child(w: World) -> int:
    kid = w.centre.child()
    enrolment.enrol_child(w.db, actor=ADMIN, child=kid, group="OWN-1")
    return kid


def _finished_child(w: World) -> int:
    kid = _enrolled_child(w)
    enrolment.withdraw_child(w.db, actor=ADMIN, child=kid, group="OWN-1")
    return kid


def _consent_id(w: World) -> int:
    return consent.record_consent(w.db, actor=ADMIN, child=_child(w), signed_by="Ана").id


_counter = iter(range(10_000))

# action name -> (prepare the arguments as the administrator, the call as ``actor``, the roles allowed)
Action = tuple[Callable[[World], Any], Callable[[World, Actor, Any], Any], set[str]]
ACTIONS: dict[str, Action] = {
    "register a child": (lambda w: next(_counter), lambda w, a, n: children.register_child(
        w.db, actor=a, fields=ChildFields(surname="Тест", name="Бала" + "абвгдежзик"[n % 10], birth_date=dt.date(2015, 1, 1), sex="f"),
        guardians=[children.GuardianInput(full_name="Тест Ана", phone="+77017770000")], allow_duplicate=True),
        {A, R}),
    "edit a child": (_child, lambda w, a, kid: children.update_child(
        w.db, actor=a, child=kid, fields=children.child_fields(w.db, child=kid)), {A, R}),
    "record a consent": (_child, lambda w, a, kid: consent.record_consent(w.db, actor=a, child=kid, signed_by="Ана"),
                         {A, R}),
    "withdraw a consent": (_consent_id, lambda w, a, cid: consent.withdraw_consent(w.db, actor=a, consent_id=cid),
                           {A, R}),
    "enrol": (_child, lambda w, a, kid: enrolment.enrol_child(w.db, actor=a, child=kid, group="OWN-1"), {A, R}),
    "withdraw": (_enrolled_child, lambda w, a, kid: enrolment.withdraw_child(w.db, actor=a, child=kid, group="OWN-1"),
                 {A, R}),
    "change a group's seats": (lambda w: 11 + next(_counter) % 15, lambda w, a, n: enrolment.change_group_seats(
        w.db, actor=a, group="OWN-1", seats=n), {A, R}),
    "export a child's data": (_child, lambda w, a, kid: child_data.export_child(w.db, actor=a, child=kid), {A, R}),
    "anonymise a child": (_finished_child, lambda w, a, kid: child_data.anonymise_child(w.db, actor=a, child=kid),
                          {A}),
    "export the children": (lambda w: w.tmp / f"children-{next(_counter)}.csv",
                            lambda w, a, path: exports.export_children(w.db, actor=a, path=path), {A, R}),
    "add a room": (lambda w: f"9.{next(_counter)}", lambda w, a, code: rooms.add_room(
        w.db, actor=a, code=code, name="Зал", floor=3, kind="studio", seats=10), {A}),
    "add a group": (lambda w: f"NEW-{next(_counter)}", lambda w, a, code: groups.add_group(
        w.db, actor=a, code=code, club=groups.list_groups(w.db)[0].club, seats=5), {A}),
    "change a setting": (lambda w: 900 + next(_counter), lambda w, a, n: settings.set_setting(
        w.db, actor=a, key="building_capacity", value=str(n)), {A}),
    "add a user": (lambda w: f"new-{next(_counter)}", lambda w, a, login: users.add_user(
        w.db, actor=a, login=login, role="registrar", full_name="Жаңа", password=PASSWORD), {A}),
    "list users": (lambda w: None, lambda w, a, _: users.list_users(w.db, actor=a), {A}),
    "deactivate a user": (lambda w: users.add_user(w.db, actor=ADMIN, login=f"old-{next(_counter)}", role="teacher",
                                                   full_name="Ескі", password=PASSWORD).login,
                          lambda w, a, login: users.deactivate_user(w.db, actor=a, login=login), {A}),
    "read the audit trail": (lambda w: None, lambda w, a, _: audit.list_events(w.db, actor=a), {A}),
    "mark attendance of the teacher's own group": (
        lambda w: None, lambda w, a, _: attendance.mark_all_present(w.db, actor=a, group="OWN-1", day=TODAY),
        {A, R, T}),
    "refer a child to a specialist": (_child, lambda w, a, kid: referrals.refer_child(
        w.db, actor=a, child=kid, specialty="psychologist", reason="Тұйық"), {A, R, T}),
    "see the referrals": (lambda w: None, lambda w, a, _: referrals.list_referrals(w.db, actor=a), {A, R, S}),
    "book with the specialist": (lambda w: (next(_counter), _child(w)), lambda w, a, args: specialists.book_appointment(
        w.db, actor=a, specialist=w.specialist_id, children=[args[1]],
        starts_at=moment(next_day(3), f"{9 + args[0] % 8}:00"), minutes=30), {A, R, S}),
    "write a session note": (lambda w: None, lambda w, a, _: session_notes.add_note(
        w.db, actor=a, appointment_id=w.appointment_id, text="Жазба"), {A, S}),
    "book the hall for an event": (lambda w: next(_counter), lambda w, a, n: events.add_event(
        w.db, actor=a, title=f"Концерт {n}", room="2.14", starts_at=moment(next_day(6), f"{8 + n % 10}:00"),
        ends_at=moment(next_day(6), f"{8 + n % 10}:30"), headcount=5), {A, R}),
    "print a roster": (lambda w: None, lambda w, a, _: printing.print_roster(w.db, actor=a, group="OWN-1"), {A, R}),
    "see the building's load now": (lambda w: None, lambda w, a, _: occupancy.occupancy_at(
        w.db, actor=a, at=moment(TODAY, "15:30")), {A, R}),
    "see the evacuation list": (lambda w: None, lambda w, a, _: printing.evacuation_document(
        w.db, actor=a, at=moment(TODAY, "15:30")), {A, R}),
    "see the notifications with guardians' phones": (lambda w: None, lambda w, a, _: notifications.list_notifications(
        w.db, actor=a), {A, R}),
}


@pytest.mark.parametrize("action", list(ACTIONS))
def test_each_role_may_do_only_its_own_actions(world: World, action: str) -> None:
    prepare, call, roles = ACTIONS[action]
    for role in ROLES:
        actor = world.actors[role]
        assert allowed(actor, "centre.view")
        prepared = prepare(world)
        if role in roles:
            call(world, actor, prepared)
        else:
            before = snapshot(world.db)
            with pytest.raises(PermissionDenied):
                call(world, actor, prepared)
            assert snapshot(world.db) == before, f"{role} changed something while refused: {action}"


def test_a_teacher_cannot_see_or_mark_another_teachers_group(world: World) -> None:
    other = world.centre.teacher("Омарова", "Айгүл")
    world.centre.group("OTHER-1", room="2.14", meets=((TODAY.isoweekday(), "17:00", "18:00"),), teacher_id=other)
    teacher = world.actors[T]
    before = snapshot(world.db)
    for call in (lambda: attendance.mark_all_present(world.db, actor=teacher, group="OTHER-1", day=TODAY),
                 lambda: attendance.session_sheet(world.db, actor=teacher, group="OTHER-1", day=TODAY)):
        with pytest.raises(Exception) as refused:
            call()
        assert getattr(refused.value, "rule", None) == "permission"
    assert snapshot(world.db) == before
    assert [s.group for s in attendance.sessions_on(world.db, actor=teacher, day=TODAY)] == ["OWN-1"]


def test_the_cli_and_system_actors_keep_administrator_rights() -> None:
    from enrol.services.context import SYSTEM

    for actor in (Actor.cli(), SYSTEM):
        assert all(allowed(actor, permission) for permission in ("users.manage", "audit.view", "children.anonymise"))


def test_the_refusal_names_the_role_in_the_users_language() -> None:
    from enrol import i18n

    refusal = PermissionDenied("reports.view", "teacher")
    try:
        i18n.set_language("ru")
        assert "педагог" in i18n.render_error(refusal)
        i18n.set_language("en")
        assert i18n.render_error(refusal) == "Your role (teacher) does not allow this (reports.view)"
    finally:
        i18n.set_language(None)
