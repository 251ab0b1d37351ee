"""The waitlist (the waitlist rule): a freed seat goes to the head of the list — offered for ``offer_days`` or,
in direct mode, enrolled at once — with a notification naming the child, the group and the guardian's
phone; priority before time of application; accept, decline, expire; nobody jumps the list."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from enrol.db.engine import Database
from enrol.db.models import Notification
from enrol.domain.errors import RefusedError
from enrol.services.enrolment import notifications, offers
from enrol.services.people.children import child_detail
from enrol.services.enrolment.places import change_group_seats, enrol_child, withdraw_child
from enrolment_centre import DESK, Centre, enrolment_row, history, moment, next_day, statuses, waitlist
from enrol.services.context import SYSTEM


@pytest.fixture
def centre(db: Database) -> Centre:
    built = Centre(db)
    built.room("1.01", seats=12)
    built.room("1.02", seats=12)
    built.group("AVIA-1", seats=1, room="1.01", meets=[(1, "15:00", "16:30")])
    built.group("ROBO-1", seats=5, room="1.02", meets=[(1, "16:00", "17:00")])
    return built


def fill_avia(db: Database, centre: Centre, waiting: int = 3) -> list[int]:
    """One child enrolled in AVIA-1 and ``waiting`` more on its list, in application order."""
    kids = centre.children(1 + waiting)
    for child in kids:
        enrol_child(db, actor=DESK, child=child, group="AVIA-1")
    return kids


def positions(db: Database, child: int) -> dict[str, int | None]:
    return {e.group: e.position for e in child_detail(db, child=child).enrolments if e.status == "waitlisted"}


def test_withdrawal_offers_the_seat_to_the_head_and_renumbers(db: Database, centre: Centre) -> None:
    seated, first, second, third = fill_avia(db, centre)
    assert [positions(db, c)["AVIA-1"] for c in (first, second, third)] == [1, 2, 3]
    outcome = withdraw_child(db, actor=DESK, child=seated, group="AVIA-1", reason="moved")
    assert [(p.child_id, p.status) for p in outcome.placements] == [(first, "offered")]
    offer = outcome.placements[0]
    assert offer.expires_at is not None
    held = offer.expires_at - dt.datetime.now()
    assert dt.timedelta(days=3) - dt.timedelta(seconds=5) <= held <= dt.timedelta(days=3)
    assert statuses(db, "AVIA-1") == {first: "offered", second: "waitlisted", third: "waitlisted"}
    assert [positions(db, c)["AVIA-1"] for c in (second, third)] == [1, 2]
    assert waitlist(db, "AVIA-1") == [second, third]


def test_direct_mode_enrols_the_head_at_once(db: Database, centre: Centre) -> None:
    centre.setting("waitlist_mode", "direct")
    seated, first, second, _ = fill_avia(db, centre)
    outcome = withdraw_child(db, actor=DESK, child=seated, group="AVIA-1")
    assert [(p.child_id, p.status, p.expires_at) for p in outcome.placements] == [(first, "enrolled", None)]
    assert statuses(db, "AVIA-1")[first] == "enrolled"
    assert positions(db, second)["AVIA-1"] == 1
    assert [n.kind for n in notifications.list_notifications(db, actor=SYSTEM)] == ["enrolled_from_waitlist"]


def test_offer_days_setting(db: Database, centre: Centre) -> None:
    centre.setting("offer_days", 7)
    seated, first, *_ = fill_avia(db, centre, waiting=1)
    offer = withdraw_child(db, actor=DESK, child=seated, group="AVIA-1").placements[0]
    assert offer.expires_at is not None and offer.expires_at - dt.datetime.now() > dt.timedelta(days=6)


def test_priority_category_beats_an_earlier_application(db: Database, centre: Centre) -> None:
    seated, early = fill_avia(db, centre, waiting=1)
    orphan = centre.child(priority="orphan")
    large_family = centre.child(priority="large_family")
    assert enrol_child(db, actor=DESK, child=large_family, group="AVIA-1").position == 1
    assert enrol_child(db, actor=DESK, child=orphan, group="AVIA-1").position == 1
    assert waitlist(db, "AVIA-1") == [orphan, large_family, early]
    placements = withdraw_child(db, actor=DESK, child=seated, group="AVIA-1").placements
    assert [p.child_id for p in placements] == [orphan]


def test_accept_an_offer(db: Database, centre: Centre) -> None:
    seated, first, *_ = fill_avia(db, centre)
    withdraw_child(db, actor=DESK, child=seated, group="AVIA-1")
    outcome = offers.accept_offer(db, actor=DESK, child=first, group="AVIA-1")
    assert (outcome.status, outcome.child_id) == ("enrolled", first)
    assert statuses(db, "AVIA-1")[first] == "enrolled"
    assert notifications.list_notifications(db, actor=SYSTEM) == []  # the call is answered
    with pytest.raises(RefusedError) as refused:
        offers.accept_offer(db, actor=DESK, child=first, group="AVIA-1")
    assert refused.value.rule == "no_offer"


def test_decline_passes_the_seat_on(db: Database, centre: Centre) -> None:
    seated, first, second, third = fill_avia(db, centre)
    withdraw_child(db, actor=DESK, child=seated, group="AVIA-1")
    declined = offers.decline_offer(db, actor=DESK, child=first, group="AVIA-1", reason="found another club")
    assert (declined.child_id, declined.status) == (first, "declined")
    assert [p.child_id for p in declined.placements] == [second]
    assert statuses(db, "AVIA-1") == {second: "offered", third: "waitlisted"}
    assert history(db, declined.enrolment_id)[-1] == ("offered", "declined", DESK.login, "found another club")


def test_expired_offers_pass_the_seat_on(db: Database, centre: Centre) -> None:
    seated, first, second, _ = fill_avia(db, centre)
    withdraw_child(db, actor=DESK, child=seated, group="AVIA-1")
    assert offers.expire_offers(db) == []  # not due yet
    later = dt.datetime.now() + dt.timedelta(days=3, minutes=1)
    expired = offers.expire_offers(db, now=later)
    assert [(e.child_id, e.group) for e in expired] == [(first, "AVIA-1")]
    assert [p.child_id for p in expired[0].placements] == [second]
    assert enrolment_row(db, expired[0].enrolment_id).status == "expired"
    assert statuses(db, "AVIA-1")[second] == "offered"


def test_an_expired_offer_cannot_be_accepted(db: Database, centre: Centre) -> None:
    seated, first, *_ = fill_avia(db, centre, waiting=1)
    offer = withdraw_child(db, actor=DESK, child=seated, group="AVIA-1").placements[0]
    with db.write() as session:
        from sqlalchemy import update

        from enrol.db.models import Enrolment
        session.execute(update(Enrolment).where(Enrolment.id == offer.enrolment_id)
                        .values(offer_expires_at=dt.datetime.now() - dt.timedelta(minutes=1)))
    with pytest.raises(RefusedError) as refused:
        offers.accept_offer(db, actor=DESK, child=first, group="AVIA-1")
    assert refused.value.rule == "offer_expired"
    assert notifications.list_notifications(db, actor=SYSTEM) == []  # listing expired it; nobody else waits
    assert enrolment_row(db, offer.enrolment_id).status == "expired"


def test_more_seats_go_to_the_head(db: Database, centre: Centre) -> None:
    _, first, second, third = fill_avia(db, centre)
    outcome = change_group_seats(db, actor=DESK, group="AVIA-1", seats=3)
    assert [p.child_id for p in outcome.placements] == [first, second]
    assert waitlist(db, "AVIA-1") == [third]


def test_a_newcomer_never_jumps_a_waiting_list(db: Database, centre: Centre) -> None:
    # The building is full at AVIA-1's time: its head waits although the group has a seat.
    centre.setting("building_capacity", 2)
    change_group_seats(db, actor=DESK, group="AVIA-1", seats=3)
    a, b, head, newcomer = centre.children(4)
    enrol_child(db, actor=DESK, child=a, group="AVIA-1")
    enrol_child(db, actor=DESK, child=b, group="AVIA-1")
    blocked = enrol_child(db, actor=DESK, child=head, group="AVIA-1")
    assert (blocked.status, blocked.limit) == ("waitlisted", "building")
    late = enrol_child(db, actor=DESK, child=newcomer, group="AVIA-1")
    assert (late.status, late.position, late.limit) == ("waitlisted", 2, "waitlist")
    # More room in the building: the seat goes to the head, not to the newcomer.
    centre.setting("building_capacity", 3)
    placements = offers.fill_waiting_groups(db, actor=DESK)
    assert [p.child_id for p in placements] == [head]
    assert waitlist(db, "AVIA-1") == [newcomer]


def test_a_head_with_a_clash_keeps_the_place_but_not_the_seat(db: Database, centre: Centre) -> None:
    seated, busy, free = centre.children(3)
    enrol_child(db, actor=DESK, child=seated, group="AVIA-1")
    enrol_child(db, actor=DESK, child=busy, group="AVIA-1")  # waiting for AVIA-1…
    enrol_child(db, actor=DESK, child=busy, group="ROBO-1")  # …and meanwhile in ROBO-1 at the same time
    enrol_child(db, actor=DESK, child=free, group="AVIA-1")
    placements = withdraw_child(db, actor=DESK, child=seated, group="AVIA-1").placements
    assert [p.child_id for p in placements] == [free]
    assert positions(db, busy)["AVIA-1"] == 1
    # When the clash is gone and a seat frees, the head gets it.
    withdraw_child(db, actor=DESK, child=busy, group="ROBO-1")
    assert statuses(db, "AVIA-1")[busy] == "waitlisted"  # AVIA-1 is still full
    placements = withdraw_child(db, actor=DESK, child=free, group="AVIA-1").placements
    assert [p.child_id for p in placements] == [busy]


def test_a_seat_freed_in_the_building_goes_to_the_list_that_waited_for_it(db: Database, centre: Centre) -> None:
    centre.setting("building_capacity", 2)
    a, b, waiting = centre.children(3)
    change_group_seats(db, actor=DESK, group="AVIA-1", seats=2)
    enrol_child(db, actor=DESK, child=a, group="AVIA-1")
    enrol_child(db, actor=DESK, child=b, group="AVIA-1")
    blocked = enrol_child(db, actor=DESK, child=waiting, group="ROBO-1")
    assert (blocked.status, blocked.limit) == ("waitlisted", "building")
    placements = withdraw_child(db, actor=DESK, child=a, group="AVIA-1").placements
    assert [(p.child_id, p.group) for p in placements] == [(waiting, "ROBO-1")]


def test_notification_names_child_group_and_phone(db: Database, centre: Centre) -> None:
    seated, first, *_ = fill_avia(db, centre, waiting=1)
    withdraw_child(db, actor=DESK, child=seated, group="AVIA-1")
    (note,) = notifications.list_notifications(db, actor=SYSTEM)
    detail = child_detail(db, child=first)
    assert (note.kind, note.child_id, note.group) == ("offer", first, "AVIA-1")
    assert note.child == detail.child.full_name
    assert note.phone == detail.guardians[0].phone == Centre.phone(1)
    assert note.expires_at is not None and note.done is False
    with db.read() as session:
        payload = session.scalars(select(Notification.payload)).one()
    assert detail.child.full_name in payload and "AVIA-1" in payload and Centre.phone(1) in payload
    done = notifications.mark_done(db, actor=DESK, notification_id=note.id)
    assert done.done is True
    assert notifications.list_notifications(db, actor=SYSTEM) == []
    assert [n.id for n in notifications.list_notifications(db, actor=SYSTEM, include_done=True)] == [note.id]


def test_listing_notifications_expires_due_offers(db: Database, centre: Centre) -> None:
    seated, first, second = fill_avia(db, centre, waiting=2)
    offer = withdraw_child(db, actor=DESK, child=seated, group="AVIA-1").placements[0]
    with db.write() as session:
        from sqlalchemy import update

        from enrol.db.models import Enrolment
        session.execute(update(Enrolment).where(Enrolment.id == offer.enrolment_id)
                        .values(offer_expires_at=dt.datetime.now() - dt.timedelta(minutes=1)))
    open_notes = notifications.list_notifications(db, actor=SYSTEM)
    assert [(n.kind, n.child_id) for n in open_notes] == [("offer", second)]
    assert statuses(db, "AVIA-1") == {second: "offered"}
    assert enrolment_row(db, offer.enrolment_id).status == "expired"


def test_mark_done_of_an_unknown_notification(db: Database, centre: Centre) -> None:
    with pytest.raises(RefusedError):
        notifications.mark_done(db, actor=DESK, notification_id=12345)


def test_an_appointment_booked_in_the_meantime_blocks_the_seat_for_that_child(db: Database, centre: Centre) -> None:
    centre.room("1.05", seats=2, kind="cabinet")
    seated, booked, free = fill_avia(db, centre, waiting=2)
    monday = next_day(1)
    centre.appointment([booked], moment(monday, "15:00"), moment(monday, "15:45"), room="1.05")
    placements = withdraw_child(db, actor=DESK, child=seated, group="AVIA-1").placements
    assert [p.child_id for p in placements] == [free]
