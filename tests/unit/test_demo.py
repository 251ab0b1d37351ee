"""The demo centre: the building of the article, a clash-free timetable, valid children, the same for a seed."""
from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from enrol.db.engine import Database
from enrol.db.models import (
    AuditEvent, Child, Club, Consent, Enrolment, EnrolmentChange, Group, Guardian, Meeting, Room, Specialist, Staff,
)
from enrol.domain.children import age_on
from enrol.domain.iin import parse_iin
from enrol.domain.intervals import Interval, WeeklySlot, peak_load
from enrol.domain.names import child_search_keys, full_name, sort_key
from enrol.domain.validation import clean_phone
from enrol.services.context import Actor, issue_actor
from enrol.services.storage.database import init_database
from enrol.services.demo.centre import DemoReport, build_demo
from enrol.services.demo.names import KOREAN_SURNAMES, feminine, patronymic_of

CUTOFF = dt.date(2026, 9, 1)  # the default academic year 2026-2027 and age cut-off 09-01
ACTOR = issue_actor(login="test:demo")


def _build(path: Path, *, children: int, seed: int) -> tuple[Database, DemoReport]:
    db = init_database(str(path))
    return db, build_demo(db, actor=ACTOR, children=children, seed=seed)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, DemoReport]]:
    db, report = _build(tmp_path_factory.mktemp("demo") / "demo.sqlite3", children=300, seed=1)
    yield db, report
    db.dispose()


def _meetings(db: Database) -> list[tuple[Meeting, Group]]:
    with db.read() as session:
        return list(session.execute(select(Meeting, Group).join(Group, Group.id == Meeting.group_id)).tuples())


def _overlapping_pairs(items: list[tuple[object, Meeting]]) -> list[tuple[object, object]]:
    """Pairs of items (grouped by the first element) whose meetings share a minute on the same weekday."""
    by_key: dict[object, list[Meeting]] = defaultdict(list)
    for key, meeting in items:
        by_key[key].append(meeting)
    clashes = []
    for key, meetings in by_key.items():
        for a, b in itertools.combinations(meetings, 2):
            if a.weekday == b.weekday and a.start_minute < b.end_minute and b.start_minute < a.end_minute:
                clashes.append((key, (a.group_id, b.group_id)))
    return clashes


def test_building_has_three_floors_and_the_hall(demo: tuple[Database, DemoReport]) -> None:
    db, report = demo
    with db.read() as session:
        rooms = session.scalars(select(Room)).all()
        specialists = session.execute(select(Specialist.specialty, Room.kind, Room.seats)
                                      .join(Room, Room.id == Specialist.cabinet_id)).all()
    assert report.rooms == len(rooms)
    assert {r.floor for r in rooms} == {1, 2, 3}
    assert all(r.code.startswith(f"{r.floor}.") for r in rooms)
    halls = [r for r in rooms if r.kind == "hall"]
    assert [h.seats for h in halls] == [300]
    kinds = {r.kind for r in rooms}
    assert {"exhibition", "game_area", "coworking", "laboratory", "workshop", "studio", "sports_hall"} <= kinds
    assert sorted(s for s, _, _ in specialists) == ["defectologist", "psychologist", "speech_therapist"]
    assert all(kind == "cabinet" and 4 <= seats <= 6 for _, kind, seats in specialists)
    assert sum(r.seats for r in rooms) > 1000


def test_clubs_cover_every_direction_and_the_article(demo: tuple[Database, DemoReport]) -> None:
    db, report = demo
    with db.read() as session:
        clubs = session.scalars(select(Club)).all()
    assert report.clubs == len(clubs) and 20 <= len(clubs) <= 30
    assert {c.direction for c in clubs} == {"science", "arts", "ecology", "sport", "career"}
    names = {c.name: c.name_ru for c in clubs}
    assert names["Авиамодельдеу"] == "Авиамоделирование"
    assert names["Виртуалды зертхана"] == "Виртуальная лаборатория"
    assert names["Баламалы энергия көздері"] == "Альтернативные источники энергии"
    assert "Робототехника" in names and "Бейнелеу өнері" in names
    assert all(6 <= c.age_min <= c.age_max <= 17 for c in clubs)
    funding = Counter(c.funding for c in clubs)
    assert funding["free"] > funding["paid"] > 0


def test_timetable_is_clash_free_and_fits_the_shifts(demo: tuple[Database, DemoReport]) -> None:
    db, report = demo
    rows = _meetings(db)
    with db.read() as session:
        seats = dict(session.execute(select(Room.id, Room.seats)).tuples().all())
        groups = session.scalars(select(Group)).all()
    assert report.groups == len(groups) and report.meetings == len(rows)
    per_group = Counter(group.id for _, group in rows)
    assert all(per_group[g.id] == 2 for g in groups)
    for meeting, group in rows:
        assert 1 <= meeting.weekday <= 6
        assert 60 <= meeting.end_minute - meeting.start_minute <= 90
        morning = 9 * 60 <= meeting.start_minute and meeting.end_minute <= 12 * 60 + 30
        afternoon = 14 * 60 <= meeting.start_minute and meeting.end_minute <= 18 * 60 + 30
        assert morning or afternoon, (group.code, meeting.start_minute)
        assert group.seats <= seats[meeting.room_id]
    assert _overlapping_pairs([(m.room_id, m) for m, _ in rows]) == []
    assert _overlapping_pairs([(g.teacher_id, m) for m, g in rows]) == []
    assert all(g.teacher_id is not None and g.language in ("kk", "ru") for g in groups)
    assert all(g.code.split("-")[1].isdigit() for g in groups)


def test_every_iin_is_valid_and_agrees_with_the_child(demo: tuple[Database, DemoReport]) -> None:
    db, report = demo
    with db.read() as session:
        children = session.scalars(select(Child)).all()
    assert report.children == len(children) == 300
    assert len({c.iin for c in children}) == len(children)
    for child in children:
        info = parse_iin(child.iin or "")
        assert (info.birth_date, info.sex) == (child.birth_date, child.sex)
        assert 6 <= age_on(child.birth_date, CUTOFF) <= 17
        assert child.shift in (1, 2) and child.grade is not None and 0 <= child.grade <= 11
        assert (child.search_key, child.search_key_alt) == child_search_keys(child.surname, child.name,
                                                                             child.patronymic)
        assert child.sort_key == sort_key(full_name(child.surname, child.name, child.patronymic))


def test_names_have_their_gendered_forms(demo: tuple[Database, DemoReport]) -> None:
    db, _ = demo
    with db.read() as session:
        children = session.scalars(select(Child)).all()
    for child in children:
        if child.patronymic:
            assert child.patronymic.endswith(("ұлы", "вич", "ич") if child.sex == "m" else ("қызы", "вна", "чна"))
        if child.sex == "f" and child.surname.endswith(("ов", "ев", "ин")) and child.surname not in KOREAN_SURNAMES:
            pytest.fail(f"a girl with a masculine surname: {child.surname}")
    assert feminine("Қасымов") == "Қасымова" and feminine("Нүсіпов") == "Нүсіпова" and feminine("Ким") == "Ким"
    assert patronymic_of("Ерлан", "f", kazakh_style=True) == "Ерланқызы"
    assert patronymic_of("Қайрат", "m", kazakh_style=False) == "Кайратович"
    assert patronymic_of("Илья", "f", kazakh_style=False) == "Ильинична"
    assert patronymic_of("Қуаныш", "m", kazakh_style=False) == "Куанышевич"
    assert patronymic_of("Серік", "f", kazakh_style=False) == "Сериковна"


def test_guardians_and_consents(demo: tuple[Database, DemoReport]) -> None:
    db, _ = demo
    with db.read() as session:
        guardians = Counter(session.scalars(select(Guardian.child_id)).all())
        relations = set(session.scalars(select(Guardian.relation)).all())
        phones = session.scalars(select(Guardian.phone)).all()
        consents = session.execute(select(Consent, Guardian).join(Guardian, Guardian.id == Consent.guardian_id)).all()
        children = session.scalar(select(func.count()).select_from(Child))
    assert len(guardians) == children and set(guardians.values()) <= {1, 2}
    assert relations == {"mother", "father"}
    assert all(clean_phone(p) == p and p.startswith("+77") for p in phones)
    assert len(consents) == children and len({c.child_id for c, _ in consents}) == children
    assert all(c.child_id == g.child_id and c.signed_by == g.full_name and c.withdrawn_on is None
               for c, g in consents)


def test_enrolments_keep_every_rule(demo: tuple[Database, DemoReport]) -> None:
    db, report = demo
    with db.read() as session:
        rows = session.execute(select(Enrolment, Child, Group).join(Child, Child.id == Enrolment.child_id)
                               .join(Group, Group.id == Enrolment.group_id)).all()
        history = session.execute(select(EnrolmentChange.enrolment_id, EnrolmentChange.from_status,
                                         EnrolmentChange.to_status, EnrolmentChange.actor)).all()
    assert report.enrolments == len(rows)
    meetings = defaultdict(list)
    for meeting, group in _meetings(db):
        meetings[group.id].append(meeting)
    enrolled = [(e, c, g) for e, c, g in rows if e.status == "enrolled"]
    waitlisted = [(e, c, g) for e, c, g in rows if e.status == "waitlisted"]
    assert {e.status for e, _, _ in rows} <= {"enrolled", "waitlisted"} and enrolled and waitlisted
    per_group = Counter(g.id for _, _, g in enrolled)
    seats = {g.id: g.seats for _, _, g in rows}
    assert all(per_group[gid] <= seats[gid] for gid in per_group)
    assert all(per_group[g.id] == g.seats for _, _, g in waitlisted), "only a full group has a waitlist"
    for _, child, group in rows:
        assert group.age_min <= age_on(child.birth_date, CUTOFF) <= group.age_max
        first = meetings[group.id][0]
        assert child.shift == (2 if first.start_minute < 13 * 60 else 1)
    assert max(Counter(c.id for _, c, _ in rows).values()) <= 2
    assert _overlapping_pairs([(c.id, m) for _, c, g in rows for m in meetings[g.id]]) == []
    assert max(e.applied_at for e, _, _ in enrolled) < min(e.applied_at for e, _, _ in waitlisted)
    assert all(e.start_date == CUTOFF and e.decided_at is not None for e, _, _ in enrolled)
    assert all((e.funding == "paid") == (g.funding == "paid") for e, _, g in rows)
    assert sorted(h[0] for h in history) == sorted(e.id for e, _, _ in rows)
    status = {e.id: e.status for e, _, _ in rows}
    assert all(h[1] is None and h[2] == status[h[0]] and h[3] == ACTOR.login for h in history)


def test_the_building_can_reach_its_limit_and_never_passes_it(demo: tuple[Database, DemoReport]) -> None:
    db, report = demo
    with db.read() as session:
        enrolled = Counter(session.scalars(select(Enrolment.group_id).where(Enrolment.status == "enrolled")).all())
    seats: list[tuple[Interval, int]] = []
    expected: list[tuple[Interval, int]] = []
    for meeting, group in _meetings(db):
        interval = WeeklySlot(meeting.weekday, meeting.start_minute, meeting.end_minute).interval_in_week()
        seats.append((interval, group.seats))
        expected.append((interval, enrolled[group.id]))
    assert peak_load(seats)[0] >= 1000
    assert peak_load(expected)[0] == report.peak_expected <= 1000


def test_the_build_is_audited(demo: tuple[Database, DemoReport]) -> None:
    db, report = demo
    with db.read() as session:
        event = session.scalar(select(AuditEvent).where(AuditEvent.action == "demo.build"))
        staff = Counter(session.scalars(select(Staff.position)).all())
    assert event is not None and event.actor == ACTOR.login and '"seed": 1' in (event.after or "")
    assert report.staff == sum(staff.values())
    assert staff["specialist"] == 3 and staff["administrator"] >= 1 and staff["registrar"] >= 1
    assert staff["teacher"] >= 20


def _children(db: Database) -> list[tuple[str, str, str | None, str | None, dt.date]]:
    with db.read() as session:
        return list(session.execute(select(Child.surname, Child.name, Child.patronymic, Child.iin, Child.birth_date)
                                    .order_by(Child.id)).tuples())


def test_same_seed_same_centre_other_seed_other_children(demo: tuple[Database, DemoReport], tmp_path: Path) -> None:
    db, report = demo
    again, again_report = _build(tmp_path / "again.sqlite3", children=300, seed=1)
    other, _ = _build(tmp_path / "other.sqlite3", children=300, seed=2)
    try:
        assert again_report == report
        assert _children(again) == _children(db)
        with again.read() as session:
            codes = session.scalars(select(Group.code).order_by(Group.id)).all()
        with db.read() as session:
            assert codes == session.scalars(select(Group.code).order_by(Group.id)).all()
        assert _children(other) != _children(db)
    finally:
        again.dispose()
        other.dispose()


def test_no_children(tmp_path: Path) -> None:
    db, report = _build(tmp_path / "empty.sqlite3", children=0, seed=5)
    try:
        assert (report.children, report.enrolments, report.peak_expected) == (0, 0, 0)
        assert report.groups > 0
    finally:
        db.dispose()
