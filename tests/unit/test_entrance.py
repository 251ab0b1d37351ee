"""The entrance desk's rules through the services, on SQLite and PostgreSQL: cards, check-in and check-out,
the building's limit at the door, who may collect a child, undo, and bad input that stores nothing."""
from __future__ import annotations

import datetime as dt
import random

import pytest
from sqlalchemy import func, select

from enrol.db.engine import Database
from enrol.db.models import AuditEvent, EntranceScan, InsideChild
from enrol.domain.cards import CODE_LENGTH, damm_digit, is_valid_code, new_code, parse_code
from enrol.domain.errors import RefusedError, ValidationError
from enrol.services.context import issue_actor, now
from enrol.services.enrolment.places import enrol_child
from enrol.services.entrance import cards, pickup, scans
from enrol.services.people import child_data
from enrol.services.people.permissions import PermissionDenied
from enrolment_centre import ADMIN, DESK, TODAY, Centre

DOOR = issue_actor(login="test:door", role="registrar")


def test_damm_codes_catch_every_single_error_and_neighbour_swap() -> None:
    rng = random.Random(15)
    for _ in range(200):
        code = new_code()
        assert len(code) == CODE_LENGTH and code.isdigit() and code[0] != "0" and is_valid_code(code)
        for i in range(CODE_LENGTH):
            for digit in "0123456789":
                if digit != code[i]:
                    assert not is_valid_code(code[:i] + digit + code[i + 1:])
            if i + 1 < CODE_LENGTH and code[i] != code[i + 1]:
                assert not is_valid_code(code[:i] + code[i + 1] + code[i] + code[i + 2:])
    assert damm_digit("572") == 4  # the algorithm's published example
    assert len({new_code() for _ in range(1000)}) == 1000
    assert rng  # codes come from ``secrets``, not from this generator


@pytest.mark.parametrize("typed", ["28O4982395", "ЙЦУКЕНГШЩЗ", "12345", "123456789012", "", "１２３４５６７８９０"])
def test_malformed_codes_are_invalid_input(typed: str) -> None:
    with pytest.raises(ValidationError):
        parse_code(typed)


def _scans(db: Database) -> tuple[int, int, int]:
    with db.read() as session:
        return (session.scalar(select(func.count()).select_from(EntranceScan)) or 0,
                session.scalar(select(func.count()).select_from(InsideChild)) or 0,
                session.scalar(select(func.count()).select_from(AuditEvent)) or 0)


@pytest.fixture
def centre(db: Database) -> Centre:
    return Centre(db)


def test_every_registered_child_has_a_card_and_checks_in_and_out_with_it(db: Database, centre: Centre) -> None:
    child = centre.child(age=12)
    code = cards.child_card(db, actor=DESK, child=child).code
    assert is_valid_code(code)
    entered = scans.check_in(db, actor=DOOR, code=code, desk="north")
    assert (entered.status, entered.child_id, entered.inside) == ("in", child, 1)
    assert [n.message for n in entered.notices] == ["Nothing on today's timetable"]
    assert entered.colour == "amber"
    with pytest.raises(RefusedError, match="already inside"):
        scans.check_in(db, actor=DOOR, code=code)
    assert [line.child_id for line in scans.inside_now(db, actor=DOOR).children] == [child]
    left = scans.check_out(db, actor=DOOR, code=code)
    assert (left.status, left.inside) == ("out", 0)
    with pytest.raises(RefusedError, match="not inside"):
        scans.check_out(db, actor=DOOR, child=child)
    log = scans.entrance_log(db, actor=DOOR, child=child)
    assert [line.direction for line in log] == ["out", "in"] and log[1].desk == "north"


def test_a_child_with_a_meeting_today_comes_in_without_a_notice_and_is_placed_in_its_room(
        db: Database, centre: Centre) -> None:
    centre.room("R1", floor=2)
    centre.group("G1", room="R1", meets=[(TODAY.isoweekday(), "00:00", "23:59")])
    child = centre.child(age=12)
    enrol_child(db, actor=DESK, child=child, group="G1", start_date=TODAY)
    entered = scans.check_in(db, actor=DOOR, child=child)
    assert entered.notices == [] and entered.colour == "green"
    assert [(item.room, item.kind) for item in entered.today] == [("R1", "meeting")]
    line, = scans.inside_now(db, actor=DOOR, at=dt.datetime.combine(TODAY, dt.time(12))).children
    assert (line.room, line.floor) == ("R1", 2)


def test_unexpected_children_are_refused_when_the_setting_says_so(db: Database, centre: Centre) -> None:
    child = centre.child(age=12)
    centre.setting("entrance_unexpected", "allow")
    assert scans.check_in(db, actor=DOOR, child=child).notices == []
    scans.undo_scan(db, actor=DOOR, scan_id=scans.entrance_log(db, actor=DOOR)[0].scan_id)
    centre.setting("entrance_unexpected", "refuse")
    with pytest.raises(RefusedError, match="nothing on today's timetable"):
        scans.check_in(db, actor=DOOR, child=child)
    assert scans.check_in(db, actor=ADMIN, child=child, override_reason="came for the concert").inside == 1


def test_the_building_limit_holds_at_the_door_and_only_an_administrator_goes_over_it(
        db: Database, centre: Centre) -> None:
    kids = centre.children(4, age=12)
    centre.setting("building_capacity", 3)
    for child in kids[:3]:
        scans.check_in(db, actor=DOOR, child=child)
    before = _scans(db)
    with pytest.raises(RefusedError, match="full: 3 of 3"):
        scans.check_in(db, actor=DOOR, child=kids[3])
    with pytest.raises(PermissionDenied):
        scans.check_in(db, actor=DOOR, child=kids[3], override_reason="sibling waiting")
    assert _scans(db) == before
    over = scans.check_in(db, actor=ADMIN, child=kids[3], override_reason="sibling waiting")
    assert over.inside == 4 and over.colour == "amber"
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(AuditEvent)
                              .where(AuditEvent.action == "entrance.override")) == 1


def test_a_young_child_goes_only_with_a_guardian_or_an_authorised_adult(db: Database, centre: Centre) -> None:
    child = centre.child(age=7)
    scans.check_in(db, actor=DOOR, child=child)
    with pytest.raises(RefusedError, match=f"may not leave alone; may collect: Guardian {centre.guardian_name(0)}"):
        scans.check_out(db, actor=DOOR, child=child)
    with pytest.raises(RefusedError, match="Aliev Marat may not collect"):
        scans.check_out(db, actor=DOOR, child=child, collected_by="Aliev Marat")
    pickup.add_pickup(db, actor=DESK, child=child, name="Әлиев Марат Серікұлы", phone="8 707 555 44 33",
                      relation="uncle")
    left = scans.check_out(db, actor=DOOR, child=child, collected_by="Aliev Marat")
    assert left.collected_by == "Әлиев Марат Серікұлы"
    # The guardian's word overrides the age; with it the child goes alone.
    scans.check_in(db, actor=DOOR, child=child)
    pickup.set_leave_alone(db, actor=DESK, child=child, may=True)
    assert scans.check_out(db, actor=DOOR, child=child).collected_by is None


def test_an_older_child_may_leave_alone_unless_the_guardian_said_no(db: Database, centre: Centre) -> None:
    child = centre.child(age=12)
    alone, people = pickup.who_may_collect(db, actor=DOOR, child=child)
    assert alone.may_leave_alone and alone.by_age and [p.kind for p in people] == ["guardian"]
    assert people[0].phone is None  # the door sees no guardian's phone
    pickup.set_leave_alone(db, actor=DESK, child=child, may=False, said_on=TODAY)
    scans.check_in(db, actor=DOOR, child=child)
    with pytest.raises(RefusedError, match="may not leave alone"):
        scans.check_out(db, actor=DOOR, child=child)


def test_undo_restores_who_is_inside_and_is_audited(db: Database, centre: Centre) -> None:
    child = centre.child(age=12)
    entered = scans.check_in(db, actor=DOOR, child=child)
    left = scans.check_out(db, actor=DOOR, child=child)
    with pytest.raises(RefusedError, match="latest"):
        scans.undo_scan(db, actor=DOOR, scan_id=entered.scan_id)
    scans.undo_scan(db, actor=DOOR, scan_id=left.scan_id)
    assert scans.inside_now(db, actor=DOOR).count == 1
    scans.undo_scan(db, actor=DOOR, scan_id=entered.scan_id)
    assert scans.inside_now(db, actor=DOOR).count == 0
    assert all(line.undone for line in scans.entrance_log(db, actor=DOOR))
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(AuditEvent)
                              .where(AuditEvent.action == "entrance.undo")) == 2


def test_bad_cards_store_nothing(db: Database, centre: Centre) -> None:
    child, gone = centre.child(age=12), centre.child(age=12)
    old = cards.child_card(db, actor=DESK, child=child).code
    new = cards.child_card(db, actor=DESK, child=child, reissue=True)
    assert new.replaced == old and new.code != old
    gone_code = cards.child_card(db, actor=DESK, child=gone).code
    child_data.anonymise_child(db, actor=ADMIN, child=gone)
    misread = old[:3] + str((int(old[3]) + 1) % 10) + old[4:]
    unknown = next(c for c in iter(new_code, None) if c not in (old, new.code, gone_code))
    before = _scans(db)
    for typed, error, text in [
        (misread, ValidationError, "misread"), ("28O4982395", ValidationError, "only digits"),
        (old[:7], ValidationError, "10 digits"), (old, RefusedError, f"replaced on {now().date().isoformat()}"),
        (unknown, RefusedError, "not known"), (gone_code, RefusedError, "anonymised"),
    ]:
        with pytest.raises(error, match=text):
            scans.check_in(db, actor=DOOR, code=typed)
    assert _scans(db) == before
    assert scans.check_in(db, actor=DOOR, code=new.code).child_id == child
    with db.read() as session:
        reissued = session.scalars(select(AuditEvent).where(AuditEvent.action == "card.reissue")).one()
    assert old in (reissued.before or "")


def test_pickup_persons_are_listed_removed_and_anonymised(db: Database, centre: Centre) -> None:
    child = centre.child(age=7)
    person = pickup.add_pickup(db, actor=DESK, child=child, name="Сейтқали Бауыржан", phone="+77015550000")
    with pytest.raises(ValidationError):
        pickup.add_pickup(db, actor=DESK, child=child, name="Бауыржан")
    assert [p.full_name for p in pickup.who_may_collect(db, actor=DOOR, child=child)[1]][-1] == "Сейтқали Бауыржан"
    pickup.remove_pickup(db, actor=DESK, pickup_id=person.pickup_id or 0)
    assert len(pickup.who_may_collect(db, actor=DOOR, child=child)[1]) == 1
    pickup.add_pickup(db, actor=DESK, child=child, name="Сейтқали Бауыржан")
    child_data.anonymise_child(db, actor=ADMIN, child=child)
    assert pickup.who_may_collect(db, actor=ADMIN, child=child)[1] == []


def test_children_registered_before_the_entrance_desk_get_cards_on_upgrade(db_url: str) -> None:
    from sqlalchemy import text

    from enrol.services.storage.database import open_database
    from test_backups import _database_at

    old = _database_at(db_url, "0004")
    try:
        with old.write() as session:
            for n in range(3):
                session.execute(text(
                    "INSERT INTO children (surname, name, birth_date, sex, search_key, search_key_alt, sort_key, "
                    "created_at, updated_at, anonymised) VALUES ('Ескі', :name, '2015-01-01', 'f', 'eski', 'eski', "
                    "'eski', '2026-01-01 10:00:00', '2026-01-01 10:00:00', false)"), {"name": f"Бала{'абв'[n]}"})
    finally:
        old.dispose()
    db = open_database(db_url)
    try:
        with db.read() as session:
            codes = list(session.scalars(text("SELECT code FROM child_cards ORDER BY child_id")))
        assert len(codes) == len(set(codes)) == 3 and all(is_valid_code(code) for code in codes)
        assert scans.check_in(db, actor=DOOR, code=codes[0]).surname == "Ескі"
    finally:
        db.dispose()
