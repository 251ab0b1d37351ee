"""Attendance statistics over October–November 2025, counted by hand, on SQLite and PostgreSQL.

    place  group (club, teacher)         marks in the period (P present, L late, A absent, E excused)
    e1     AVIA-1 (A, Байжанова)          Oct 6 P, 13 P, 20 L, 27 A; Nov 3 A, 10 A, 17 A   → 3/7, 4 absent in a row
    e2     AVIA-1                          Oct 6 P, 13 A, 20 P, 27 E; Nov 3 P (and Sep 29 P, outside)  → 3/5
    e3     ART-1 (B, no teacher)           Oct 7 A, 14 A, 21 E                               → 0/3, the E ends the run
    e4     ART-1                           Nov 4 A, 11 A, 18 A                               → 0/3, 3 absent in a row
    e5     ART-1, left on 1 November       Oct 1, 8, 15, 22, 29 A                             → 0/5, but gone

At risk (a rate under 50% over at least 4 marks, or the latest 3 marks unexcused absences, and still in the
group on 30 November): e1 (both) and e4 (the run). e3 has too few marks and an excuse; e5 left.
"""
from __future__ import annotations

import datetime as dt

import pytest

from enrol.domain.report_rules import Period
from enrol.services.reporting.attendance_stats import attendance_stats
from tests.unit.enrolment_centre import ADMIN
from tests.unit.test_report_coverage import ReportCentre

AUTUMN = Period(dt.date(2025, 10, 1), dt.date(2025, 11, 30))


def _d(month: int, day: int) -> dt.date:
    return dt.date(2025, month, day)


@pytest.fixture
def autumn(db):  # type: ignore[no-untyped-def]
    c = ReportCentre(db)
    kids = [c.child(dt.date(2014, 1, n + 1), "fm"[n % 2], surname=s)
            for n, s in enumerate(("Әлиева", "Бекова", "Жұмабаев", "Қасымов", "Омаров"))]
    start = _d(9, 1)
    e1 = c.place(kids[0], "A", funding="state_order", start=start)
    e2 = c.place(kids[1], "A", funding="state_order", start=start)
    e3 = c.place(kids[2], "B", funding="paid", start=start)
    e4 = c.place(kids[3], "B", funding="paid", start=start)
    e5 = c.place(kids[4], "B", funding="paid", start=start, end=_d(11, 1), status="withdrawn")
    c.marks(e1, {_d(10, 6): "present", _d(10, 13): "present", _d(10, 20): "late", _d(10, 27): "absent",
                 _d(11, 3): "absent", _d(11, 10): "absent", _d(11, 17): "absent"})
    c.marks(e2, {_d(9, 29): "present", _d(10, 6): "present", _d(10, 13): "absent", _d(10, 20): "present",
                 _d(10, 27): "excused", _d(11, 3): "present"})
    c.marks(e3, {_d(10, 7): "absent", _d(10, 14): "absent", _d(10, 21): "excused"})
    c.marks(e4, {_d(11, 4): "absent", _d(11, 11): "absent", _d(11, 18): "absent"})
    c.marks(e5, {_d(10, d): "absent" for d in (1, 8, 15, 22, 29)})
    c.kids = kids  # type: ignore[attr-defined]
    return c


def _rates(lines):  # type: ignore[no-untyped-def]
    return {line.label: (line.counts.recorded, line.counts.attended) for line in lines}


def test_rates_and_at_risk_by_hand(autumn) -> None:  # type: ignore[no-untyped-def]
    found = attendance_stats(autumn.db, actor=ADMIN, period=AUTUMN)
    total = found.total
    assert (total.present, total.late, total.absent, total.excused) == (5, 1, 15, 2)
    assert total.rate == pytest.approx(6 / 23)
    assert _rates(found.by_group) == {"AVIA-1": (12, 6), "ART-1": (11, 0)}
    assert _rates(found.by_club) == {"Авиамодельдеу": (12, 6), "Бейнелеу өнері": (11, 0)}
    assert _rates(found.by_teacher) == {"Байжанова Гүлнар": (12, 6), "no teacher": (11, 0)}
    assert [(line.key, line.counts.recorded, line.counts.attended) for line in found.by_month] == [
        ("2025-10", 16, 5), ("2025-11", 7, 1)]
    assert found.threshold == 3
    risky = [(r.child_id, r.group, r.recorded, r.attended, r.streak) for r in found.at_risk]
    assert risky == [(autumn.kids[0], "AVIA-1", 7, 3, 4), (autumn.kids[3], "ART-1", 3, 0, 3)]
    assert found.at_risk[0].phone and found.at_risk[0].child.startswith("Әлиева")


def test_october_alone_and_a_higher_alert_setting(autumn) -> None:  # type: ignore[no-untyped-def]
    """In October e1 is 3 of 4 with a run of one absence and e4 has no marks; e5 had not left yet on the 31st
    and came to none of 5 sessions. With absence_alert 4 over the autumn, e4's run of 3 no longer counts (e1
    still does, by its rate and its run of 4)."""
    october = attendance_stats(autumn.db, actor=ADMIN, period=Period(_d(10, 1), _d(10, 31)))
    assert october.total.recorded == 16
    assert [(r.child_id, r.recorded, r.attended, r.streak) for r in october.at_risk] == [(autumn.kids[4], 5, 0, 5)]
    from enrol.services.centre import settings

    settings.set_setting(autumn.db, actor=ADMIN, key="absence_alert", value="4")
    found = attendance_stats(autumn.db, actor=ADMIN, period=AUTUMN)
    assert [(r.child_id, r.streak) for r in found.at_risk] == [(autumn.kids[0], 4)]


def test_no_marks() -> None:
    from enrol.domain.attendance_rules import count_marks

    assert count_marks(()).rate is None
