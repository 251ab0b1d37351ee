"""The Reports page driven as staff would: pick October 2025 on the hand-counted centre of the unit
tests, read the numbers, the bars and the tables, switch tabs, export to XLSX and preview the PDF."""
from __future__ import annotations

import datetime as dt
import io

from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from enrol.db.models import AuditEvent
from enrol.ui.main_window import MainWindow
from enrol.ui.pages.reports_page import ATTENDANCE, COVERAGE, UTILISATION, ReportsPage
from tests.gui.conftest import answer_next_modal
from tests.unit.test_report_coverage import ReportCentre


def _october(db) -> ReportCentre:  # type: ignore[no-untyped-def]
    """The coverage tests' October in short: c1 free (returning), c2 free + paid (new), c3 paid (new)."""
    c = ReportCentre(db)
    c1 = c.child(dt.date(2015, 5, 1), "f", school="№ 1", grade=4, district="Наурызбай")
    c2 = c.child(dt.date(2012, 1, 10), "m", school="№ 1", grade=7, district="Алатау", surname="Әлиев")
    c3 = c.child(dt.date(2009, 11, 30), "f")
    c.place(c1, "A", funding="state_order", start=dt.date(2025, 9, 1))
    c.place(c2, "B", funding="paid", start=dt.date(2025, 10, 10))
    absent = c.place(c2, "A", funding="voucher", start=dt.date(2025, 10, 15))
    c.place(c3, "B", funding="paid", start=dt.date(2025, 10, 20))
    c.marks(absent, {dt.date(2025, 10, d): "absent" for d in (20, 27, 30)})
    return c


def test_coverage_tab_shows_the_numbers_and_bars(qtbot, qtmodeltester, sqlite_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _october(sqlite_db)
    page = ReportsPage(sqlite_db)
    qtbot.addWidget(page)
    page.show()
    page.set_period(dt.date(2025, 10, 1), dt.date(2025, 10, 31))
    assert page.tabs.currentIndex() == COVERAGE
    summary = page.coverage_summary.text()
    assert "<b>3</b> children served, <b>2</b> of them for free (67%)" in summary
    assert "2 new, 1 returning" in summary
    assert [(b.label, b.value, b.part) for b in page.funding_chart.bars()] == [
        ("state order", 1, 1), ("voucher", 1, 1), ("city programme", 0, 0), ("centre's free place", 0, 0),
        ("paid", 2, 0)]
    assert [(b.label, b.value) for b in page.age_chart.bars()] == [
        ("6 and younger", 0), ("7–10", 1), ("11–14", 1), ("15–17", 1), ("18 and older", 0)]
    assert page.share_chart.bars()[0].text == "67%"
    page.breakdown.setCurrentIndex(page.breakdown.findData("direction"))
    rows = page.breakdown_model.rows()
    assert [(r.key, r.children, r.free) for r in rows] == [("arts", 2, 1), ("science", 2, 2)]
    assert page.breakdown_model.index(0, 0).data() == "arts and aesthetics"
    qtmodeltester.check(page.breakdown_model)
    path = page.save_xlsx(str(tmp_path / "coverage.xlsx"))
    assert path and load_workbook(path)["Summary"]["B3"].value == 3
    dialog = page.preview_pdf()
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.page_count() >= 1)
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(dialog._pdf)).pages)
    assert "Coverage report" in " ".join(text.split())
    dialog.close()


def test_utilisation_and_attendance_tabs(qtbot, qtmodeltester, sqlite_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _october(sqlite_db)
    page = ReportsPage(sqlite_db)
    qtbot.addWidget(page)
    page.show()
    page.set_period(dt.date(2025, 10, 1), dt.date(2025, 10, 31))
    page.tabs.setCurrentIndex(UTILISATION)
    assert page.utilisation is not None and page.heat_map.profile() is page.utilisation.week
    assert [g.group for g in page.groups_model.rows()] == ["ART-1", "AVIA-1"]
    qtmodeltester.check(page.groups_model)
    page.tabs.setCurrentIndex(ATTENDANCE)
    # c2's three absences in a row on the voucher place: at risk by the run (too few marks for the rate)
    assert "3 sessions recorded, attendance <b>0%</b>; <b>1</b> children" in page.attendance_summary.text()
    assert [(b.label, b.value, b.warn) for b in page.club_rate_chart.bars()] == [("Авиамодельдеу", 0, True)]
    assert page.risk_model.rowCount() == 1 and page.risk_model.index(0, 0).data().startswith("Әлиев")
    qtmodeltester.check(page.risk_model)
    page.rates_choice.setCurrentIndex(page.rates_choice.findData("teacher"))
    assert page.rates_model.index(0, 0).data() == "Байжанова Гүлнар"
    path = page.save_xlsx(str(tmp_path / "attendance.xlsx"))
    assert path
    with sqlite_db.read() as session:
        assert session.scalar(select(AuditEvent.action).where(AuditEvent.action == "export.attendance_report"))


def test_a_bad_period_is_refused_and_the_page_is_in_the_window(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    page = ReportsPage(sqlite_db)
    qtbot.addWidget(page)
    page.show()
    page.first.setDate(page.last.date().addDays(5))
    shown: list[str] = []

    def answer(dialog) -> None:  # type: ignore[no-untyped-def]
        shown.append(dialog.findChild(QLabel, "qt_msgbox_label").text())
        dialog.accept()

    answer_next_modal(answer)
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown))
    assert "ends" in shown[0] and page.coverage is None
    window = MainWindow(sqlite_db)
    qtbot.addWidget(window)
    reports = window.show_page("reports")
    assert isinstance(reports, ReportsPage) and window.current_key() == "reports"
    assert window.row_of("reports") == window.row_of("events") + 1
