"""Enrolling a child (the seats, building's capacity, clash and age rules): enrolled when every limit
allows, waitlisted at the right place
when a group, a room or the building is full, refused for clashes, age and school shift (the last two
with a logged override), duplicates and bad input — on SQLite and PostgreSQL."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import func, select

from enrol.db.engine import Database
from enrol.db.models import AuditEvent, Enrolment
from enrol.domain.errors import NotFoundError, RefusedError, ValidationError
from enrol.services.enrolment import offers
from enrol.services.enrolment.places import change_group_seats, enrol_child, move_child, withdraw_child
from enrolment_centre import (
    DESK,
    TODAY,
    Centre,
    enrolment_row,
    history,
    moment,
    next_day,
    statuses,
    waitlist,
)


@pytest.fixture
def centre(db: Database) -> Centre:
    built = Centre(db)
    built.room("1.01", seats=12)
    built.room("1.02", seats=12)
    built.room("1.05", seats=2, kind="cabinet")
    built.group("AVIA-1", seats=2, room="1.01", meets=[(1, "15:00", "16:30"), (3, "15:00", "16:30")])
    built.group("ROBO-1", seats=10, room="1.02", meets=[(1, "16:00", "17:00")])
    built.group("ART-1", seats=10, room="1.02", meets=[(2, "10:00", "11:00"), (6, "10:00", "11:00")],
                age_min=7, age_max=10)
    return built


def count_enrolments(db: Database, child_id: int) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(Enrolment).where(Enrolment.child_id == child_id)))


def test_enrolled_when_a_seat_is_free(db: Database, centre: Centre) -> None:
    child = centre.child()
    outcome = enrol_child(db, actor=DESK, child=child, group="AVIA-1")
    assert (outcome.status, outcome.position, outcome.group, outcome.child_id) == ("enrolled", None, "AVIA-1", child)
    assert statuses(db, "AVIA-1") == {child: "enrolled"}
    row = enrolment_row(db, outcome.enrolment_id)
    assert (row.start_date, row.funding, row.decided_at is not None) == (TODAY, "state_order", True)
    assert history(db, outcome.enrolment_id) == [(None, "enrolled", DESK.login, None)]
    with db.read() as session:
        audit = session.scalars(select(AuditEvent).where(AuditEvent.action == "enrolment.add")).one()
    assert audit.actor == DESK.login and json.loads(audit.after)["group"] == "AVIA-1"


def test_full_group_waitlists_in_order(db: Database, centre: Centre) -> None:
    first, second, third, fourth = centre.children(4)
    assert [enrol_child(db, actor=DESK, child=c, group="AVIA-1").status for c in (first, second)] == ["enrolled"] * 2
    waiting = enrol_child(db, actor=DESK, child=third, group="AVIA-1")
    assert (waiting.status, waiting.position, waiting.limit) == ("waitlisted", 1, "group")
    assert "full" in waiting.notices[-1].english()
    assert enrol_child(db, actor=DESK, child=fourth, group="AVIA-1").position == 2
    assert waitlist(db, "AVIA-1") == [third, fourth]
    assert history(db, waiting.enrolment_id) == [(None, "waitlisted", DESK.login, None)]


def test_room_seats_limit_waitlists(db: Database, centre: Centre) -> None:
    # A show in ROBO-1's room during its meeting leaves 12 − 9 = 3 seats for the group's children.
    monday = next_day(1)
    centre.event("Puppet show", moment(monday, "16:30"), moment(monday, "18:00"), room="1.02", headcount=9)
    kids = centre.children(4)
    outcomes = [enrol_child(db, actor=DESK, child=c, group="ROBO-1") for c in kids]
    assert [o.status for o in outcomes] == ["enrolled", "enrolled", "enrolled", "waitlisted"]
    assert (outcomes[3].limit, outcomes[3].position) == ("room", 1)
    assert "1.02" in outcomes[3].notices[-1].english()


def test_building_capacity_limit_waitlists(db: Database, centre: Centre) -> None:
    centre.setting("building_capacity", 3)
    a, b, c, d, e = centre.children(5)
    assert enrol_child(db, actor=DESK, child=a, group="AVIA-1").status == "enrolled"
    assert enrol_child(db, actor=DESK, child=b, group="AVIA-1").status == "enrolled"
    # ROBO-1 meets Monday 16:00–17:00, overlapping AVIA-1 until 16:30: 2 + 1 fits, 2 + 2 does not.
    assert enrol_child(db, actor=DESK, child=c, group="ROBO-1").status == "enrolled"
    blocked = enrol_child(db, actor=DESK, child=d, group="ROBO-1")
    assert (blocked.status, blocked.limit, blocked.position) == ("waitlisted", "building", 1)
    assert "3 children" in blocked.notices[-1].english()
    # ART-1 meets on other days: the building has room then.
    assert enrol_child(db, actor=DESK, child=e, group="ART-1").status == "enrolled"


def test_appointments_count_towards_the_building(db: Database, centre: Centre) -> None:
    centre.setting("building_capacity", 2)
    a, b, seen = centre.children(3)
    wednesday = next_day(3)
    centre.appointment([seen], moment(wednesday, "15:30"), moment(wednesday, "16:00"), room="1.05")
    assert enrol_child(db, actor=DESK, child=a, group="AVIA-1").status == "enrolled"
    late = enrol_child(db, actor=DESK, child=b, group="AVIA-1")
    assert (late.status, late.limit) == ("waitlisted", "building")
    assert wednesday.isoformat() in late.notices[-1].english()


def test_clash_with_another_group_is_refused(db: Database, centre: Centre) -> None:
    child = centre.child()
    enrol_child(db, actor=DESK, child=child, group="AVIA-1")
    with pytest.raises(RefusedError) as refused:
        enrol_child(db, actor=DESK, child=child, group="ROBO-1", override_reason="the guardian insists")
    assert refused.value.rule == "clash" and refused.value.params["other"] == "AVIA-1"
    assert count_enrolments(db, child) == 1


def test_clash_with_a_held_offer_is_refused(db: Database, centre: Centre) -> None:
    seated, waiting = centre.children(2)
    change_group_seats(db, actor=DESK, group="AVIA-1", seats=1)
    enrol_child(db, actor=DESK, child=seated, group="AVIA-1")
    enrol_child(db, actor=DESK, child=waiting, group="AVIA-1")
    withdraw_child(db, actor=DESK, child=seated, group="AVIA-1")
    assert statuses(db, "AVIA-1")[waiting] == "offered"
    with pytest.raises(RefusedError) as refused:
        enrol_child(db, actor=DESK, child=waiting, group="ROBO-1")
    assert refused.value.rule == "clash"


def test_clash_with_a_booked_appointment_is_refused(db: Database, centre: Centre) -> None:
    child = centre.child()
    monday = next_day(1)
    centre.appointment([child], moment(monday, "16:15"), moment(monday, "16:45"), room="1.05")
    with pytest.raises(RefusedError) as refused:
        enrol_child(db, actor=DESK, child=child, group="ROBO-1")
    assert refused.value.rule == "clash" and "appointment" in refused.value.english()
    # AVIA-1 ends at 16:30 on Monday: it clashes too; ART-1 does not.
    with pytest.raises(RefusedError):
        enrol_child(db, actor=DESK, child=child, group="AVIA-1")
    assert enrol_child(db, actor=DESK, child=child, group="ART-1").status == "enrolled"


def test_no_clash_with_a_meeting_that_has_ended(db: Database, centre: Centre) -> None:
    centre.group("OLD-1", seats=5, room="1.01", meets=[(1, "17:00", "18:00")],
                 valid_from=TODAY - dt.timedelta(days=60), valid_to=TODAY - dt.timedelta(days=1))
    centre.group("NEW-1", seats=5, room="1.02", meets=[(1, "17:00", "18:00")])
    child = centre.child()
    enrol_child(db, actor=DESK, child=child, group="OLD-1", start_date=TODAY - dt.timedelta(days=30))
    assert enrol_child(db, actor=DESK, child=child, group="NEW-1").status == "enrolled"


def test_age_is_refused_unless_overridden_with_a_reason(db: Database, centre: Centre) -> None:
    older = centre.child(age=12)
    with pytest.raises(RefusedError) as refused:
        enrol_child(db, actor=DESK, child=older, group="ART-1")
    assert refused.value.rule == "age" and refused.value.params["age"] == 12
    assert count_enrolments(db, older) == 0
    outcome = enrol_child(db, actor=DESK, child=older, group="ART-1", override_reason="twin sister is in the group")
    assert outcome.status == "enrolled"
    assert "ages 7–10" in outcome.notices[0].english()
    assert enrolment_row(db, outcome.enrolment_id).override_reason == "twin sister is in the group"
    assert history(db, outcome.enrolment_id) == [(None, "enrolled", DESK.login, "twin sister is in the group")]
    with db.read() as session:
        after = json.loads(session.scalars(select(AuditEvent.after).where(AuditEvent.action == "enrolment.add")).one())
    assert after["override_reason"] == "twin sister is in the group"


def test_school_shift_is_refused_unless_overridden(db: Database, centre: Centre) -> None:
    first_shift = centre.child(shift=1, age=8)
    second_shift = centre.child(shift=2, age=8)
    with pytest.raises(RefusedError) as refused:
        enrol_child(db, actor=DESK, child=first_shift, group="ART-1")  # Tuesday 10:00, during school
    assert refused.value.rule == "shift"
    assert enrol_child(db, actor=DESK, child=second_shift, group="ART-1").status == "enrolled"
    outcome = enrol_child(db, actor=DESK, child=first_shift, group="ART-1", override_reason="home schooling")
    assert outcome.status == "enrolled"
    assert enrolment_row(db, outcome.enrolment_id).override_reason == "home schooling"


def test_saturday_is_no_school_day(db: Database, centre: Centre) -> None:
    centre.group("SAT-1", seats=5, room="1.01", meets=[(6, "09:00", "11:00")])
    assert enrol_child(db, actor=DESK, child=centre.child(shift=1), group="SAT-1").status == "enrolled"


def test_a_second_live_application_is_refused(db: Database, centre: Centre) -> None:
    child = centre.child()
    enrol_child(db, actor=DESK, child=child, group="ROBO-1")
    with pytest.raises(RefusedError) as refused:
        enrol_child(db, actor=DESK, child=child, group="ROBO-1")
    assert refused.value.rule == "duplicate"
    withdraw_child(db, actor=DESK, child=child, group="ROBO-1", reason="moved away")
    assert enrol_child(db, actor=DESK, child=child, group="ROBO-1").status == "enrolled"


def test_a_waiting_child_cannot_apply_twice(db: Database, centre: Centre) -> None:
    kids = centre.children(3)
    for child in kids:
        enrol_child(db, actor=DESK, child=child, group="AVIA-1")
    with pytest.raises(RefusedError) as refused:
        enrol_child(db, actor=DESK, child=kids[2], group="AVIA-1")
    assert refused.value.rule == "duplicate" and refused.value.params["status"] == "waitlisted"


def test_unknown_child_or_group(db: Database, centre: Centre) -> None:
    child = centre.child()
    with pytest.raises(NotFoundError) as missing:
        enrol_child(db, actor=DESK, child=99999, group="AVIA-1")
    assert missing.value.kind == "child"
    with pytest.raises(NotFoundError) as missing:
        enrol_child(db, actor=DESK, child=child, group="NOPE-9")
    assert missing.value.kind == "group"
    with pytest.raises(NotFoundError):
        enrol_child(db, actor=DESK, child="'; DROP TABLE children; --", group="AVIA-1")


def test_child_and_group_by_iin_and_id(db: Database, centre: Centre) -> None:
    from enrol.services.people.children import child_detail
    from enrol.services.centre.groups import group_detail

    child = centre.child()
    group_id = group_detail(db, group="ROBO-1").group.id
    iin = child_detail(db, child=child).child.iin
    outcome = enrol_child(db, actor=DESK, child=str(child) if iin is None else iin, group=str(group_id))
    assert (outcome.group, outcome.child_id) == ("ROBO-1", child)


def test_funding_is_checked(db: Database, centre: Centre) -> None:
    child = centre.child()
    with pytest.raises(ValidationError) as invalid:
        enrol_child(db, actor=DESK, child=child, group="AVIA-1", funding="bitcoin")
    assert invalid.value.field == "funding"
    with pytest.raises(ValidationError) as invalid:
        enrol_child(db, actor=DESK, child=child, group="AVIA-1", funding="voucher")
    assert invalid.value.field == "voucher_number"
    assert count_enrolments(db, child) == 0
    outcome = enrol_child(db, actor=DESK, child=child, group="AVIA-1", funding="voucher", voucher_number="V-2026-17")
    row = enrolment_row(db, outcome.enrolment_id)
    assert (row.funding, row.voucher_number) == ("voucher", "V-2026-17")


def test_paid_groups_default_to_paid_places(db: Database, centre: Centre) -> None:
    centre.group("PAID-1", seats=5, room="1.01", meets=[(5, "15:00", "16:00")], funding="paid")
    outcome = enrol_child(db, actor=DESK, child=centre.child(), group="PAID-1")
    assert enrolment_row(db, outcome.enrolment_id).funding == "paid"


def test_start_date_may_be_earlier_but_not_before_the_year(db: Database, centre: Centre) -> None:
    from enrol.domain.enrolment_rules import EARLY_START_DAYS, academic_year_bounds
    from enrolment_centre import ACADEMIC_YEAR

    first, _ = academic_year_bounds(ACADEMIC_YEAR)
    child = centre.child()
    with pytest.raises(ValidationError) as invalid:
        enrol_child(db, actor=DESK, child=child, group="ROBO-1",
                    start_date=first - dt.timedelta(days=EARLY_START_DAYS + 1))
    assert invalid.value.field == "date"
    earlier = max(first, TODAY - dt.timedelta(days=20))
    outcome = enrol_child(db, actor=DESK, child=child, group="ROBO-1", start_date=earlier)
    assert enrolment_row(db, outcome.enrolment_id).start_date == earlier


def test_applied_at_orders_the_waitlist(db: Database, centre: Centre) -> None:
    a, b, late_paper, early_paper = centre.children(4)
    enrol_child(db, actor=DESK, child=a, group="AVIA-1")
    enrol_child(db, actor=DESK, child=b, group="AVIA-1")
    enrol_child(db, actor=DESK, child=late_paper, group="AVIA-1")
    paper = enrol_child(db, actor=DESK, child=early_paper, group="AVIA-1",
                        applied_at=dt.datetime.now() - dt.timedelta(days=10))
    assert paper.position == 1
    assert waitlist(db, "AVIA-1") == [early_paper, late_paper]
    with pytest.raises(ValidationError):
        enrol_child(db, actor=DESK, child=centre.child(), group="AVIA-1",
                    applied_at=dt.datetime.now() + dt.timedelta(days=1))


def test_withdraw_needs_a_live_application(db: Database, centre: Centre) -> None:
    child = centre.child()
    with pytest.raises(RefusedError) as refused:
        withdraw_child(db, actor=DESK, child=child, group="AVIA-1")
    assert refused.value.rule == "not_enrolled"
    outcome = enrol_child(db, actor=DESK, child=child, group="AVIA-1")
    withdrawn = withdraw_child(db, actor=DESK, child=child, group="AVIA-1", reason="family moved")
    assert (withdrawn.from_status, withdrawn.status, withdrawn.placements) == ("enrolled", "withdrawn", [])
    row = enrolment_row(db, outcome.enrolment_id)
    assert (row.status, row.end_date, row.withdraw_reason) == ("withdrawn", TODAY, "family moved")
    assert history(db, outcome.enrolment_id) == [(None, "enrolled", DESK.login, None),
                                                ("enrolled", "withdrawn", DESK.login, "family moved")]


def test_move_between_groups(db: Database, centre: Centre) -> None:
    mover, a, waiting = centre.children(3)
    enrol_child(db, actor=DESK, child=mover, group="AVIA-1")
    enrol_child(db, actor=DESK, child=a, group="AVIA-1")
    enrol_child(db, actor=DESK, child=waiting, group="AVIA-1")
    centre.group("AVIA-2", seats=5, room="1.02", meets=[(2, "15:00", "16:30")])
    moved = move_child(db, actor=DESK, child=mover, from_group="AVIA-1", to_group="AVIA-2")
    assert (moved.status, moved.group) == ("enrolled", "AVIA-2")
    assert statuses(db, "AVIA-2") == {mover: "enrolled"}
    assert statuses(db, "AVIA-1") == {a: "enrolled", waiting: "offered"}
    assert any("AVIA-1" in n.english() for n in moved.notices)


def test_move_clashing_with_the_old_group_itself_is_fine(db: Database, centre: Centre) -> None:
    # ROBO-1 overlaps AVIA-1 on Monday; a move leaves AVIA-1, so that is no clash.
    child = centre.child()
    enrol_child(db, actor=DESK, child=child, group="AVIA-1")
    assert move_child(db, actor=DESK, child=child, from_group="AVIA-1", to_group="ROBO-1").status == "enrolled"


def test_move_to_a_full_group_changes_nothing(db: Database, centre: Centre) -> None:
    a, b, mover = centre.children(3)
    enrol_child(db, actor=DESK, child=a, group="AVIA-1")
    enrol_child(db, actor=DESK, child=b, group="AVIA-1")
    enrol_child(db, actor=DESK, child=mover, group="ART-1")
    before = statuses(db, "AVIA-1"), statuses(db, "ART-1")
    with pytest.raises(RefusedError) as refused:
        move_child(db, actor=DESK, child=mover, from_group="ART-1", to_group="AVIA-1")
    assert refused.value.rule == "move"
    assert (statuses(db, "AVIA-1"), statuses(db, "ART-1")) == before
    assert count_enrolments(db, mover) == 1


def test_change_group_seats_limits(db: Database, centre: Centre) -> None:
    kids = centre.children(4)
    for child in kids:
        enrol_child(db, actor=DESK, child=child, group="AVIA-1")
    with pytest.raises(RefusedError) as refused:
        change_group_seats(db, actor=DESK, group="AVIA-1", seats=13)
    assert refused.value.params["room_seats"] == 12 and refused.value.params["room"] == "1.01"
    with pytest.raises(RefusedError) as refused:
        change_group_seats(db, actor=DESK, group="AVIA-1", seats=1)
    assert refused.value.params["taken"] == 2
    with pytest.raises(ValidationError):
        change_group_seats(db, actor=DESK, group="AVIA-1", seats=0)
    more = change_group_seats(db, actor=DESK, group="AVIA-1", seats=3)
    assert (more.before, more.seats, [p.child_id for p in more.placements]) == (2, 3, [kids[2]])
    assert waitlist(db, "AVIA-1") == [kids[3]]


def test_history_keeps_every_change(db: Database, centre: Centre) -> None:
    a, b, c = centre.children(3)
    enrol_child(db, actor=DESK, child=a, group="AVIA-1")
    enrol_child(db, actor=DESK, child=b, group="AVIA-1")
    waiting = enrol_child(db, actor=DESK, child=c, group="AVIA-1")
    withdraw_child(db, actor=DESK, child=a, group="AVIA-1")
    offers.accept_offer(db, actor=DESK, child=c, group="AVIA-1")
    assert [(f, t) for f, t, _, _ in history(db, waiting.enrolment_id)] == [
        (None, "waitlisted"), ("waitlisted", "offered"), ("offered", "enrolled")]
    with db.read() as session:
        actions = session.scalars(select(AuditEvent.action).where(AuditEvent.entity == "enrolment")
                                  .order_by(AuditEvent.id)).all()
    assert actions == ["enrolment.add"] * 3 + ["enrolment.withdrawn", "enrolment.offered", "enrolment.enrolled"]
