"""Academic-year roll-over on SQLite and PostgreSQL.

    G1 (ages 6–10, 2 seats, Monday 15:00–16:00 in R1): a (10 today, 11 at the next cut-off) and b (8) enrolled,
                                                        c (9) waiting
    G2 (ages 6–17, 5 seats, Tuesday 15:00–16:00 in R1): d (12) enrolled

Rolling this year over: the year closes (a, b, d completed; c's application withdrawn), G1/G2 are renamed
``G1/<year>``, ``G2/<year>`` and closed, new G1/G2 of the next year get the same seats and weekly slots. Then
b and d are re-enrolled, a is refused (11 at the new cut-off, G1 is for 6–10), and c — carried over from the
waiting list — gets a's seat.
"""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from enrol.db.models import Enrolment, EnrolmentChange, Group, Meeting
from enrol.domain.errors import RefusedError
from enrol.services.enrolment import places as enrolment
from enrol.services.centre import groups
from enrol.services.context import Actor
from enrol.services.people.permissions import PermissionDenied
from enrol.services.enrolment.rollover import close_year, roll_over
from enrol.services.centre.settings import get_setting
from tests.unit.enrolment_centre import ACADEMIC_YEAR, ADMIN, CUTOFF, Centre, statuses

NEXT = f"{CUTOFF.year + 1}-{CUTOFF.year + 2}"


@pytest.fixture
def centre(db):  # type: ignore[no-untyped-def]
    c = Centre(db)
    c.room("R1", seats=20)
    c.group("G1", room="R1", seats=2, age_min=6, age_max=10, meets=((1, "15:00", "16:00"),))
    c.group("G2", room="R1", seats=5, meets=((2, "15:00", "16:00"),))
    c.a, c.b, c.c, c.d = c.child(age=10), c.child(age=8), c.child(age=9), c.child(age=12)  # type: ignore[attr-defined]
    for child, group in ((c.a, "G1"), (c.b, "G1"), (c.c, "G1"), (c.d, "G2")):  # type: ignore[attr-defined]
        enrolment.enrol_child(db, actor=ADMIN, child=child, group=group)
    return c


def test_roll_over_into_the_next_year(centre) -> None:  # type: ignore[no-untyped-def]
    db = centre.db
    assert statuses(db, "G1") == {centre.a: "enrolled", centre.b: "enrolled", centre.c: "waitlisted"}
    done = roll_over(db, actor=ADMIN, from_year=ACADEMIC_YEAR)
    assert (done.from_year, done.to_year) == (ACADEMIC_YEAR, NEXT)
    assert (done.closed.groups, done.closed.completed, done.closed.withdrawn) == (2, 3, 1)
    assert (done.groups, done.meetings) == (2, 2)
    outcome = {p.child_id: (p.group, p.status) for p in done.placements}
    assert outcome == {centre.a: ("G1", None), centre.b: ("G1", "enrolled"), centre.d: ("G2", "enrolled"),
                       centre.c: ("G1", "enrolled")}
    refused = next(p for p in done.placements if p.status is None)
    assert "11" in (refused.problem or "") and "6–10" in (refused.problem or "")
    assert get_setting(db, key="academic_year").value == NEXT
    infos = {g.code: g for g in groups.list_groups(db)}
    year = ACADEMIC_YEAR[:4]
    assert set(infos) == {"G1", "G2", f"G1/{year}", f"G2/{year}"}
    assert infos["G1"].academic_year == NEXT and infos["G1"].active and infos["G1"].seats == 2
    assert not infos[f"G1/{year}"].active and infos[f"G1/{year}"].academic_year == ACADEMIC_YEAR
    assert statuses(db, "G1") == {centre.b: "enrolled", centre.c: "enrolled"}
    with db.read() as session:
        old = session.scalar(select(Group.id).where(Group.code == f"G1/{year}"))
        kept = dict(session.execute(select(Enrolment.child_id, Enrolment.status).where(Enrolment.group_id == old)).all())
        assert kept == {centre.a: "completed", centre.b: "completed", centre.c: "withdrawn"}
        history = session.scalars(select(EnrolmentChange.to_status).join(Enrolment).where(
            Enrolment.group_id == old, Enrolment.child_id == centre.a).order_by(EnrolmentChange.id)).all()
        assert history == ["enrolled", "completed"]
        slots = session.execute(select(Meeting.weekday, Meeting.start_minute, Meeting.valid_from, Meeting.valid_to)
                                .join(Group).where(Group.code == "G1")).all()
        assert slots == [(1, 900, dt.date(CUTOFF.year + 1, 9, 1), None)]
        ended = session.scalar(select(Meeting.valid_to).where(Meeting.group_id == old))
        assert ended == dt.date(CUTOFF.year + 1, 8, 31)
        starts = set(session.scalars(select(Enrolment.start_date).join(Group).where(Group.academic_year == NEXT)))
        assert starts == {dt.date(CUTOFF.year + 1, 9, 1)}


def test_twice_refused_and_only_administrators(centre) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PermissionDenied):
        roll_over(centre.db, actor=Actor(login="desk", role="registrar"), from_year=ACADEMIC_YEAR)
    roll_over(centre.db, actor=ADMIN, from_year=ACADEMIC_YEAR, carry_waitlist=False)
    assert centre.c not in statuses(centre.db, "G1")
    with pytest.raises(RefusedError):
        roll_over(centre.db, actor=ADMIN, from_year=ACADEMIC_YEAR)
    with pytest.raises(RefusedError):
        close_year(centre.db, actor=ADMIN, academic_year="1999-2000")


def test_close_only(centre) -> None:  # type: ignore[no-untyped-def]
    closed = close_year(centre.db, actor=ADMIN, academic_year=ACADEMIC_YEAR)
    assert (closed.groups, closed.completed, closed.withdrawn) == (2, 3, 1)
    assert statuses(centre.db, "G1") == {} and not any(g.active for g in groups.list_groups(centre.db))


def test_only_a_running_year_into_the_next(centre) -> None:  # type: ignore[no-untyped-def]
    later = f"{CUTOFF.year + 2}-{CUTOFF.year + 3}"
    with pytest.raises(RefusedError, match="not further ahead"):
        roll_over(centre.db, actor=ADMIN, from_year=ACADEMIC_YEAR, to_year=later)
    with pytest.raises(RefusedError, match="has not started"):
        roll_over(centre.db, actor=ADMIN, from_year=NEXT)
    assert statuses(centre.db, "G1")[centre.a] == "enrolled"  # nothing closed


def test_an_interrupted_roll_over_is_resumed_and_a_finished_one_refused(centre, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from enrol.services.enrolment import rollover

    real, calls = rollover._place, []

    def dies_on_the_third(db, *, actor, line_id):  # type: ignore[no-untyped-def]
        calls.append(line_id)
        if len(calls) == 3:
            raise KeyboardInterrupt  # the power cut: the process ends here
        real(db, actor=actor, line_id=line_id)

    monkeypatch.setattr(rollover, "_place", dies_on_the_third)
    with pytest.raises(KeyboardInterrupt):
        roll_over(centre.db, actor=ADMIN)
    assert rollover.unfinished(centre.db) == (ACADEMIC_YEAR, NEXT)
    assert get_setting(centre.db, key="academic_year").value == NEXT
    monkeypatch.setattr(rollover, "_place", real)
    done = roll_over(centre.db, actor=ADMIN)  # no years given: the interrupted one
    assert done.resumed and done.placed_now == 2 and (done.from_year, done.to_year) == (ACADEMIC_YEAR, NEXT)
    outcome = {p.child_id: p.status for p in done.placements}
    assert outcome == {centre.a: None, centre.b: "enrolled", centre.d: "enrolled", centre.c: "enrolled"}
    assert rollover.unfinished(centre.db) is None
    with pytest.raises(RefusedError, match="already rolled over"):
        roll_over(centre.db, actor=ADMIN, from_year=ACADEMIC_YEAR)
    with pytest.raises(RefusedError, match="has not started"):
        roll_over(centre.db, actor=ADMIN)
