"""The printed reports, read back as text: the hand-counted numbers, Kazakh labels in the charts
(DejaVu, not black boxes), the at-risk children by name, and the demo centre's coverage in Kazakh."""
from __future__ import annotations

import datetime as dt

import pytest

from enrol import i18n
from enrol.domain.report_rules import Period, month_period
from enrol.services.reporting import files as report_files
from enrol.services.reporting.attendance_stats import attendance_stats
from enrol.services.context import Actor
from enrol.services.reporting.coverage import coverage_report
from enrol.services.demo.centre import build_demo
from enrol.services.reporting.utilisation import utilisation_report
from tests.reports.pdf_reading import flat
from tests.unit.enrolment_centre import ADMIN, TODAY
from tests.unit.test_report_attendance import AUTUMN, autumn  # noqa: F401 - fixture
from tests.unit.test_report_coverage import OCTOBER, october  # noqa: F401 - fixture


@pytest.fixture
def kazakh():  # type: ignore[no-untyped-def]
    i18n.set_language("kk")
    yield
    i18n.set_language("en")


def test_coverage_pdf_numbers(october) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    text = flat(report_files.coverage_pdf(coverage_report(october.db, actor=ADMIN, period=OCTOBER)))
    assert "Coverage report" in text and "2025-10" in text
    assert "Children served 4" in text and "Served for free 2 (50%)" in text
    assert "5, of them free 2 (40%)" in text and "New / returning 2 / 2" in text
    assert "Бейнелеу өнері 3 1 2 33%" in text  # the club table: children, free, paid, free share
    assert "city target 25%" in text


def test_coverage_pdf_in_kazakh(october, kazakh) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    text = flat(report_files.coverage_pdf(coverage_report(october.db, actor=ADMIN, period=OCTOBER)))
    for label in ("Қамту есебі", "мемлекеттік тапсырыс", "ақылы", "Жасы бойынша", "Наурызбай"):
        assert label in text, label


def test_attendance_and_utilisation_pdfs(autumn) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    text = flat(report_files.attendance_pdf(attendance_stats(autumn.db, actor=ADMIN, period=AUTUMN)))
    assert "Attendance rate 26%" in text and "At risk of dropping out 2" in text
    assert "Әлиева" in text and "43% (3/7)" in text and "Қасымов" in text
    assert "AVIA-1 5 1 5 1 12 50%" in text
    text = flat(report_files.utilisation_pdf(utilisation_report(autumn.db, actor=ADMIN, on=TODAY)))
    assert "Utilisation report" in text and "Building capacity 1000" in text


def test_demo_centre_coverage_in_kazakh(sqlite_db, kazakh) -> None:  # type: ignore[no-untyped-def]
    build_demo(sqlite_db, actor=Actor(login="test"), children=300, seed=1)
    found = coverage_report(sqlite_db, actor=ADMIN, period=month_period(TODAY))
    assert found.served > 0 and 0 < found.free_children <= found.served
    assert sum(line.children for line in found.by_age) == found.served
    assert sum(line.children for line in found.by_sex) == found.served
    text = flat(report_files.coverage_pdf(found))
    assert "Балалар қаржыландыру бойынша" in text or "қаржыландыру" in text
    assert f"{found.served}" in text and "■" not in text
    assert Period(found.period.first, found.period.last).label in text
    assert dt.date.today().year > 2000
