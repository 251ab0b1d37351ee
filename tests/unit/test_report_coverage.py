"""Coverage on a centre whose right answer is worked out by hand below, on SQLite and PostgreSQL.

Places are written straight into the tables with chosen dates (the enrolment services date every place today),
each with the history row that says it really was enrolled, as the services write it.

October 2025, the period of every test here:

    child  sex  born        age 31.10  school/grade/district       places (club, funding, start – end, status)
    c1     f    2015-05-01  10         № 1 / 4 / Наурызбай         A state_order 2025-09-01 –       enrolled
    c2     m    2012-01-10  13         № 1 / 7 / Алатау            B paid 2025-10-10 –; A voucher 2025-10-15 –
    c3     f    2009-11-30  15         — / — / —                   B paid 2025-10-20 –
    c4     m    2014-02-02  11         —                           A state_order 2025-09-01 – 2025-09-20 withdrawn
    c5     f    2014-03-03  11         —                           A waitlisted since October (never enrolled)
    c6     m    2014-04-04  11         —                           A withdrawn while waiting (never enrolled)
    c7     f    2018-03-01  7          —                           A city_programme 2025-11-05 – (after October)
    c8     m    2019-12-01  5          —                           A centre_free 2024-09-01 – 2025-06-01 completed;
                                                                   B paid 2025-10-01 –

Served in October: c1, c2, c3, c8 = 4. For free: c1, c2 = 2 (50%). Places 5, free 2 (40%). New: c2, c3;
returning: c1, c8 (they had places before October).
"""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import insert

from enrol.db.models import Attendance, Enrolment, EnrolmentChange
from enrol.domain.children import ChildFields
from enrol.domain.report_rules import Period, age_band, period_from
from enrol.domain.errors import ValidationError
from enrol.services.people import children
from enrol.services.centre import clubs, groups, rooms, staff
from enrol.services.reporting.coverage import coverage_report
from enrol.services.people.permissions import PermissionDenied
from tests.unit.enrolment_centre import ADMIN, Centre

OCTOBER = Period(dt.date(2025, 10, 1), dt.date(2025, 10, 31))


class ReportCentre:
    """Two clubs — A (science, free) and B (arts, paid) — with a group each; children and dated places."""

    def __init__(self, db) -> None:  # type: ignore[no-untyped-def]
        self.db = db
        Centre(db)  # the academic-year setting
        rooms.add_room(db, actor=ADMIN, code="2.14", name="Шеберхана", floor=2, kind="workshop", seats=30)
        clubs.add_club(db, actor=ADMIN, name="Авиамодельдеу", direction="science", age_min=5, age_max=17,
                       funding="free", default_group_size=20)
        clubs.add_club(db, actor=ADMIN, name="Бейнелеу өнері", direction="arts", age_min=5, age_max=17,
                       funding="paid", default_group_size=20)
        self.teacher = staff.add_staff(db, actor=ADMIN, surname="Байжанова", name="Гүлнар", position="teacher").id
        self.groups = {
            "A": groups.add_group(db, actor=ADMIN, code="AVIA-1", club="Авиамодельдеу", seats=20,
                                  teacher_id=self.teacher).id,
            "B": groups.add_group(db, actor=ADMIN, code="ART-1", club="Бейнелеу өнері", seats=20).id,
        }
        self._n = 0

    def child(self, born: dt.date, sex: str, *, school: str | None = None, grade: int | None = None,
              district: str | None = None, surname: str = "Сериков") -> int:
        self._n += 1
        fields = ChildFields(surname=surname, name=f"Бала{'абвгдежзик'[self._n % 10]}", birth_date=born, sex=sex,
                             school=school, grade=grade, district=district)
        guardian = children.GuardianInput(full_name="Ата-ана", phone=f"+7701{self._n:07d}")
        return children.register_child(self.db, actor=ADMIN, fields=fields, guardians=[guardian],
                                       allow_duplicate=True).child.id

    def place(self, child: int, group: str, *, funding: str, start: dt.date, end: dt.date | None = None,
              status: str = "enrolled", enrolled: bool = True) -> int:
        """A place with its history: ``enrolled`` says whether it ever was enrolled (not only waiting)."""
        stamp = dt.datetime.combine(start, dt.time(10))
        with self.db.write() as session:
            eid = session.execute(insert(Enrolment).returning(Enrolment.id), {
                "child_id": child, "group_id": self.groups[group], "status": status, "priority_rank": 0,
                "applied_at": stamp, "decided_at": stamp, "start_date": start, "end_date": end, "funding": funding,
            }).scalar_one()
            steps = [(None, "enrolled")] if enrolled else [(None, "waitlisted")]
            if status != steps[-1][1]:
                steps.append((steps[-1][1], status))
            session.execute(insert(EnrolmentChange), [
                {"enrolment_id": eid, "from_status": before, "to_status": after, "at": stamp, "actor": "test"}
                for before, after in steps])
        return eid

    def marks(self, enrolment_id: int, marks: dict[dt.date, str]) -> None:
        with self.db.write() as session:
            session.execute(insert(Attendance), [
                {"enrolment_id": enrolment_id, "date": day, "mark": mark, "marked_by": "test",
                 "marked_at": dt.datetime.combine(day, dt.time(18))} for day, mark in marks.items()])


@pytest.fixture
def october(db):  # type: ignore[no-untyped-def]
    c = ReportCentre(db)
    c1 = c.child(dt.date(2015, 5, 1), "f", school="№ 1", grade=4, district="Наурызбай")
    c2 = c.child(dt.date(2012, 1, 10), "m", school="№ 1", grade=7, district="Алатау")
    c3 = c.child(dt.date(2009, 11, 30), "f")
    c4, c5, c6 = (c.child(dt.date(2014, m, m), "mfm"[m - 2]) for m in (2, 3, 4))
    c7 = c.child(dt.date(2018, 3, 1), "f")
    c8 = c.child(dt.date(2019, 12, 1), "m")
    c.place(c1, "A", funding="state_order", start=dt.date(2025, 9, 1))
    c.place(c2, "B", funding="paid", start=dt.date(2025, 10, 10))
    c.place(c2, "A", funding="voucher", start=dt.date(2025, 10, 15))
    c.place(c3, "B", funding="paid", start=dt.date(2025, 10, 20))
    c.place(c4, "A", funding="state_order", start=dt.date(2025, 9, 1), end=dt.date(2025, 9, 20), status="withdrawn")
    c.place(c5, "A", funding="state_order", start=dt.date(2025, 10, 5), status="waitlisted", enrolled=False)
    c.place(c6, "A", funding="state_order", start=dt.date(2025, 10, 1), end=dt.date(2025, 10, 9),
            status="withdrawn", enrolled=False)
    c.place(c7, "A", funding="city_programme", start=dt.date(2025, 11, 5))
    c.place(c8, "A", funding="centre_free", start=dt.date(2024, 9, 1), end=dt.date(2025, 6, 1), status="completed")
    c.place(c8, "B", funding="paid", start=dt.date(2025, 10, 1))
    return c


def _table(lines):  # type: ignore[no-untyped-def]
    return {line.key: (line.children, line.free) for line in lines}


def test_coverage_of_october_by_hand(october) -> None:  # type: ignore[no-untyped-def]
    found = coverage_report(october.db, actor=ADMIN, period=OCTOBER)
    assert (found.served, found.free_children, found.paid_only) == (4, 2, 2)
    assert (found.places, found.free_places) == (5, 2)
    assert found.free_share == pytest.approx(0.5) and found.free_place_share == pytest.approx(0.4)
    assert (found.new, found.returning) == (2, 2)
    assert _table(found.by_funding) == {"state_order": (1, 1), "voucher": (1, 1), "city_programme": (0, 0),
                                        "centre_free": (0, 0), "paid": (3, 1)}
    assert [(line.key, line.children, line.free) for line in found.by_age] == [
        ("6 and younger", 1, 0), ("7–10", 1, 1), ("11–14", 1, 1), ("15–17", 1, 0), ("18 and older", 0, 0)]
    assert _table(found.by_sex) == {"f": (2, 1), "m": (2, 1)}
    assert _table(found.by_school) == {"№ 1": (2, 2), "": (2, 0)}
    assert found.by_school[0].key == "№ 1" and found.by_school[1].label == "not given"
    assert _table(found.by_grade) == {"4": (1, 1), "7": (1, 1), "": (2, 0)}
    assert _table(found.by_district) == {"Наурызбай": (1, 1), "Алатау": (1, 1), "": (2, 0)}
    assert _table(found.by_direction) == {"science": (2, 2), "arts": (3, 1)}
    assert [(line.label, line.children, line.free) for line in found.by_club] == [
        ("Бейнелеу өнері", 3, 1), ("Авиамодельдеу", 2, 2)]


def test_september_and_a_longer_period(october) -> None:  # type: ignore[no-untyped-def]
    """September: c1 and c4 (new, both state order; c8's old place ended in June) — c4 left on the 20th but
    was served. September to November adds c7's November place: 6 children, c8 the only returning one."""
    september = coverage_report(october.db, actor=ADMIN, period=Period(dt.date(2025, 9, 1), dt.date(2025, 9, 30)))
    assert (september.served, september.free_children, september.new, september.returning) == (2, 2, 2, 0)
    autumn = coverage_report(october.db, actor=ADMIN, period=Period(dt.date(2025, 9, 1), dt.date(2025, 11, 30)))
    assert (autumn.served, autumn.free_children, autumn.places) == (6, 4, 7)
    assert (autumn.new, autumn.returning) == (5, 1)
    assert _table(autumn.by_funding)["city_programme"] == (1, 1)


def test_an_empty_period_and_permissions(october) -> None:  # type: ignore[no-untyped-def]
    empty = coverage_report(october.db, actor=ADMIN, period=Period(dt.date(2020, 1, 1), dt.date(2020, 1, 31)))
    assert (empty.served, empty.free_share, empty.places) == (0, None, 0)
    assert [line.children for line in empty.by_age] == [0] * 5
    from enrol.services.context import Actor

    with pytest.raises(PermissionDenied):
        coverage_report(october.db, actor=Actor(login="t", role="teacher"), period=OCTOBER)


def test_period_rules() -> None:
    today = dt.date(2026, 11, 27)
    assert period_from(today=today) == Period(dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert period_from(month="2025-02", today=today) == Period(dt.date(2025, 2, 1), dt.date(2025, 2, 28))
    assert period_from(first="2025-09-01", last="2026-05-31", today=today).days == 273
    assert period_from(first="2026-09-01", today=today) == Period(dt.date(2026, 9, 1), today)
    for bad in ({"month": "2025-13"}, {"first": "2026-05-01", "last": "2026-04-01"},
                {"month": "2025-01", "first": "2025-01-01"}, {"first": "2020-01-01", "last": "2026-01-01"}):
        with pytest.raises(ValidationError):
            period_from(today=today, **bad)
    assert [age_band(a) for a in (3, 6, 7, 10, 11, 14, 15, 17, 18, 40)] == [
        "6 and younger", "6 and younger", "7–10", "7–10", "11–14", "11–14", "15–17", "15–17", "18 and older",
        "18 and older"]
