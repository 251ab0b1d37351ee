"""Reports: coverage for the city, utilisation of the building, attendance — each a tab with its
numbers, bar charts (and the week's heat map) drawn in the window and a table, for the period chosen at the
top; each exported to PDF (previewed, with the same charts) or XLSX.

A tab is computed when it is first looked at after the period changed, so opening the page costs one report.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSplitter,
    QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from enrol.db.engine import Database
from enrol.domain.attendance_rules import format_rate, month_bounds
from enrol.domain.intervals import format_hhmm
from enrol.domain.report_rules import AT_RISK_RATE, CITY_TARGET_SHARE, check_period
from enrol.services.reporting.attendance_stats import AttendanceStats, RateLine, attendance_stats
from enrol.services.context import now
from enrol.services.reporting.coverage import Coverage, Line, coverage_report
from enrol.services.reporting.utilisation import GroupUse, Utilisation, utilisation_report
from enrol.ui.errors import run_safely
from enrol.ui.models.rows_model import Column, RowsTableModel
from enrol.ui.pages.base import Page
from enrol.ui.pages.reports_export import ATTENDANCE, COVERAGE, UTILISATION, ReportExports
from enrol.ui.pages.now_page import table, weekday_names
from enrol.ui.session import current_actor
from enrol.ui.widgets.charts import FREE, PAID, BarChart, ChartBar
from enrol.ui.widgets.heat_map import HeatMap
from enrol import i18n
from enrol.ui.dates import adopt



def _pct(value: float | None) -> str:
    return format_rate(value)


def _charts(parent: QWidget, count: int, columns: int = 2) -> tuple[QScrollArea, list[BarChart]]:
    """A scrolling grid of ``count`` charts."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    inner = QWidget(area)
    grid = QGridLayout(inner)
    charts = []
    for index in range(count):
        chart = BarChart(inner)
        grid.addWidget(chart, index // columns, index % columns, 1, 1 if index < count - 1 or count % columns == 0
                       else columns)
        charts.append(chart)
    grid.setRowStretch(count // columns + 1, 1)
    area.setWidget(inner)
    return area, charts


class ReportsPage(ReportExports, Page):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.setObjectName("reportsPage")
        self.coverage: Coverage | None = None
        self.utilisation: Utilisation | None = None
        self.attendance: AttendanceStats | None = None
        self._stale = {COVERAGE, UTILISATION, ATTENDANCE}
        today = now().date()
        first, last = month_bounds(today)
        self.period_label = QLabel(self)
        self.first = QDateEdit(QDate(first.year, first.month, first.day), self)
        self.last = QDateEdit(QDate(last.year, last.month, last.day), self)
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            adopt(edit)
        self.first.setObjectName("periodFirst")
        self.last.setObjectName("periodLast")
        self.month_button = QPushButton(self)
        self.year_button = QPushButton(self)
        self.show_button = QPushButton(self)
        self.show_button.setObjectName("showReportButton")
        self.pdf_button = QPushButton(self)
        self.pdf_button.setObjectName("reportPdfButton")
        self.xlsx_button = QPushButton(self)
        self.xlsx_button.setObjectName("reportXlsxButton")
        top = QHBoxLayout()
        for widget in (self.period_label, self.first, QLabel("–", self), self.last, self.month_button,
                       self.year_button, self.show_button):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.pdf_button)
        top.addWidget(self.xlsx_button)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("reportTabs")
        self.tabs.addTab(self._coverage_tab(), "")
        self.tabs.addTab(self._utilisation_tab(), "")
        self.tabs.addTab(self._attendance_tab(), "")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.show_button.clicked.connect(self.refresh)
        self.month_button.clicked.connect(lambda: self.set_period(*month_bounds(now().date())))
        self.year_button.clicked.connect(self._academic_year)
        self.tabs.currentChanged.connect(lambda _index: self._load_current())
        self.pdf_button.clicked.connect(self.preview_pdf)
        self.xlsx_button.clicked.connect(lambda: self.save_xlsx())
        self.retranslateUi()

    # --- tabs ------------------------------------------------------------------------------------------
    def _coverage_tab(self) -> QWidget:
        tab = QWidget(self)
        self.coverage_summary = QLabel(tab)
        self.coverage_summary.setObjectName("coverageSummary")
        self.coverage_summary.setWordWrap(True)
        area, charts = _charts(tab, 7)
        (self.share_chart, self.funding_chart, self.age_chart, self.sex_chart, self.direction_chart,
         self.district_chart, self.club_chart) = charts
        self.breakdown = QComboBox(tab)
        self.breakdown.setObjectName("breakdownChoice")
        self.breakdown_model: RowsTableModel[Line] = RowsTableModel([
            Column(lambda: self.tr("Children of"), lambda line: line.label, stretch=True),
            Column(lambda: self.tr("Children"), lambda line: line.children, align_right=True),
            Column(lambda: self.tr("Free"), lambda line: line.free, align_right=True),
            Column(lambda: self.tr("Paid"), lambda line: line.paid, align_right=True),
        ], self)
        self.breakdown_table = table(tab, self.breakdown_model, "breakdownTable")
        self.breakdown.currentIndexChanged.connect(lambda _index: self._show_breakdown())
        return self._split(tab, self.coverage_summary, area, [self.breakdown, self.breakdown_table], (700, 330))

    def _utilisation_tab(self) -> QWidget:
        tab = QWidget(self)
        self.utilisation_summary = QLabel(tab)
        self.utilisation_summary.setObjectName("utilisationSummary")
        self.utilisation_summary.setWordWrap(True)
        self.heat_map = HeatMap(tab)
        area, charts = _charts(tab, 2, columns=1)
        self.underfilled_chart, self.waitlist_chart = charts
        self.groups_model: RowsTableModel[GroupUse] = RowsTableModel([
            Column(lambda: self.tr("Group"), lambda g: g.group),
            Column(lambda: self.tr("Club"), lambda g: g.club, stretch=True),
            Column(lambda: self.tr("Taken"), lambda g: f"{g.taken} / {g.seats}", align_right=True),
            Column(lambda: self.tr("Filled"), lambda g: _pct(g.fill), align_right=True),
            Column(lambda: self.tr("Waiting"), lambda g: g.waitlisted, align_right=True),
        ], self)
        self.groups_table = table(tab, self.groups_model, "groupUseTable")
        lower = QSplitter(tab)
        lower.addWidget(area)
        lower.addWidget(self.groups_table)
        lower.setSizes([560, 440])
        layout = QVBoxLayout(tab)
        layout.addWidget(self.utilisation_summary)
        layout.addWidget(self.heat_map, 2)
        layout.addWidget(lower, 3)
        return tab

    def _attendance_tab(self) -> QWidget:
        tab = QWidget(self)
        self.attendance_summary = QLabel(tab)
        self.attendance_summary.setObjectName("attendanceSummary")
        self.attendance_summary.setWordWrap(True)
        area, charts = _charts(tab, 2, columns=1)
        self.month_chart, self.club_rate_chart = charts
        self.rates_choice = QComboBox(tab)
        self.rates_choice.setObjectName("ratesChoice")
        self.rates_model: RowsTableModel[RateLine] = RowsTableModel([
            Column(lambda: self.tr("Of"), lambda line: line.label, stretch=True),
            Column(lambda: self.tr("Recorded"), lambda line: line.counts.recorded, align_right=True),
            Column(lambda: self.tr("Attended"), lambda line: line.counts.attended, align_right=True),
            Column(lambda: self.tr("Rate"), lambda line: format_rate(line.rate), align_right=True),
        ], self)
        self.rates_table = table(tab, self.rates_model, "ratesTable")
        self.rates_choice.currentIndexChanged.connect(lambda _index: self._show_rates())
        self.risk_label = QLabel(tab)
        self.risk_model: RowsTableModel[Any] = RowsTableModel([
            Column(lambda: self.tr("Child"), lambda r: r.child, stretch=True),
            Column(lambda: self.tr("Group"), lambda r: r.group),
            Column(lambda: self.tr("Rate"), lambda r: f"{format_rate(r.rate)} ({r.attended}/{r.recorded})",
                   align_right=True),
            Column(lambda: self.tr("In a row"), lambda r: r.streak or "", align_right=True),
            Column(lambda: self.tr("Phone"), lambda r: r.phone or ""),
        ], self)
        self.risk_table = table(tab, self.risk_model, "atRiskTable")
        return self._split(tab, self.attendance_summary, area,
                           [self.risk_label, self.risk_table, self.rates_choice, self.rates_table], (460, 570))

    def _split(self, tab: QWidget, summary: QLabel, left: QWidget, right: list[QWidget],
               sizes: tuple[int, int]) -> QWidget:
        side = QWidget(tab)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        for widget in right:
            column.addWidget(widget, 1 if isinstance(widget, QTableView) else 0)
        splitter = QSplitter(tab)
        splitter.addWidget(left)
        splitter.addWidget(side)
        splitter.setSizes(list(sizes))
        layout = QVBoxLayout(tab)
        layout.addWidget(summary)
        layout.addWidget(splitter, 1)
        return tab

    # --- period and loading ------------------------------------------------------------------------------
    def period(self):  # type: ignore[no-untyped-def]
        return check_period(self.first.date().toPython(), self.last.date().toPython())

    def set_period(self, first: dt.date, last: dt.date) -> None:
        self.first.setDate(QDate(first.year, first.month, first.day))
        self.last.setDate(QDate(last.year, last.month, last.day))
        self.refresh()

    def _academic_year(self) -> None:
        today = now().date()
        start = today.year if today.month >= 9 else today.year - 1
        self.set_period(dt.date(start, 9, 1), min(today, dt.date(start + 1, 8, 31)))

    def refresh(self) -> None:
        self._stale = {COVERAGE, UTILISATION, ATTENDANCE}
        self._load_current()

    def _load_current(self) -> None:
        index = self.tabs.currentIndex()
        if index in self._stale and run_safely(self, lambda: self._load(index)) is not None:
            self._stale.discard(index)

    def _load(self, index: int) -> bool:
        period, actor = self.period(), current_actor()
        if index == COVERAGE:
            self.coverage = coverage_report(self.db, actor=actor, period=period)
            self._show_coverage()
        elif index == UTILISATION:
            self.utilisation = utilisation_report(self.db, actor=actor, on=min(period.last, now().date()))
            self._show_utilisation()
        else:
            self.attendance = attendance_stats(self.db, actor=actor, period=period)
            self._show_attendance()
        return True

    # --- showing -----------------------------------------------------------------------------------------
    def _split_bars(self, lines: list[Line], top: int = 12) -> list[ChartBar]:
        shown = lines if len(lines) <= top else sorted(lines, key=lambda line: -line.children)[:top]
        return [ChartBar(line.label, line.children, part=line.free, text=str(line.children)) for line in shown]

    def _show_coverage(self) -> None:
        found = self.coverage
        if found is None:
            return
        self.coverage_summary.setText(self.tr(
            "<b>%1</b> children served, <b>%2</b> of them for free (%3); %4 new, %5 returning; "
            "%6 places, %7 of them free (%8).")
            .replace("%1", str(found.served)).replace("%2", str(found.free_children))
            .replace("%3", _pct(found.free_share)).replace("%4", str(found.new)).replace("%5", str(found.returning))
            .replace("%6", str(found.places)).replace("%7", str(found.free_places))
            .replace("%8", _pct(found.free_place_share)))
        legend = [(self.tr("free"), FREE), (self.tr("paid"), PAID)]
        self.share_chart.set_bars(
            [ChartBar(self.tr("children served for free"), round((found.free_share or 0) * 100),
                      text=_pct(found.free_share)),
             ChartBar(self.tr("free places"), round((found.free_place_share or 0) * 100),
                      text=_pct(found.free_place_share))],
            title=self.tr("Share served for free"), maximum=100,
            reference=(CITY_TARGET_SHARE * 100, self.tr("city target %1").replace("%1", _pct(CITY_TARGET_SHARE))))
        self.funding_chart.set_bars(
            [ChartBar(line.label, line.children, part=0 if line.key == "paid" else line.children,
                      text=str(line.children)) for line in found.by_funding],
            title=self.tr("By funding"), legend=legend)
        for chart, title, lines in ((self.age_chart, self.tr("By age"), found.by_age),
                                    (self.sex_chart, self.tr("By sex"), found.by_sex),
                                    (self.direction_chart, self.tr("By direction"), found.by_direction),
                                    (self.district_chart, self.tr("By district"), found.by_district),
                                    (self.club_chart, self.tr("By club"), found.by_club)):
            chart.set_bars(self._split_bars(lines), title=title, legend=legend, empty=self.tr("Nobody"))
        current = self.breakdown.currentIndex()
        self.breakdown.blockSignals(True)
        self.breakdown.clear()
        for key, title, _lines in found.breakdowns():
            self.breakdown.addItem(title, key)
        self.breakdown.setCurrentIndex(max(0, current))
        self.breakdown.blockSignals(False)
        self._show_breakdown()

    def _show_breakdown(self) -> None:
        if self.coverage is not None:
            key = self.breakdown.currentData() or "funding"
            self.breakdown_model.set_rows(getattr(self.coverage, f"by_{key}"))

    def _show_utilisation(self) -> None:
        found = self.utilisation
        if found is None:
            return
        week = found.week
        peak = (f"{weekday_names()[week.peak_weekday - 1]} {format_hhmm(week.peak_minute)}"
                if week.peak_weekday and week.peak_minute is not None else "—")
        self.utilisation_summary.setText(self.tr(
            "Week of %1: peak <b>%2</b> of %3 children (%4); %5 of %6 seats in groups taken, %7 waiting.")
            .replace("%1", i18n.format_date(found.on)).replace("%2", str(week.peak))
            .replace("%3", str(found.capacity)).replace("%4", peak).replace("%5", str(found.taken))
            .replace("%6", str(found.seats)).replace("%7", str(found.waitlisted)))
        self.heat_map.set_profile(week, weekday_names())
        self.underfilled_chart.set_bars(
            [ChartBar(f"{g.group} · {g.club}", round((g.fill or 0) * 100), text=f"{g.taken}/{g.seats}", warn=True)
             for g in found.underfilled[:15]],
            title=self.tr("Under-filled groups (less than half the seats taken)"), maximum=100,
            empty=self.tr("None"))
        self.waitlist_chart.set_bars(
            [ChartBar(f"{g.group} · {g.club}", g.waitlisted) for g in found.long_waitlists[:15]],
            title=self.tr("Groups with long waitlists"), empty=self.tr("None"))
        self.groups_model.set_rows(found.groups)

    def _show_attendance(self) -> None:
        found = self.attendance
        if found is None:
            return
        self.attendance_summary.setText(self.tr(
            "%1 sessions recorded, attendance <b>%2</b>; <b>%3</b> children at risk of dropping out.")
            .replace("%1", str(found.total.recorded)).replace("%2", format_rate(found.total.rate))
            .replace("%3", str(len(found.at_risk))))

        def bars(lines: list[RateLine]) -> list[ChartBar]:
            return [ChartBar(line.label, round((line.rate or 0) * 100), text=format_rate(line.rate),
                             warn=line.rate is not None and line.rate < AT_RISK_RATE) for line in lines]

        reference = (AT_RISK_RATE * 100, _pct(AT_RISK_RATE))
        self.month_chart.set_bars(bars(found.by_month), title=self.tr("By month"), maximum=100, reference=reference,
                                  empty=self.tr("No attendance recorded in this period"))
        self.club_rate_chart.set_bars(bars(found.by_club), title=self.tr("By club"), maximum=100, reference=reference,
                                      empty=self.tr("No attendance recorded in this period"))
        self.risk_model.set_rows(found.at_risk)
        self._show_rates()

    def _show_rates(self) -> None:
        if self.attendance is not None:
            key = self.rates_choice.currentData() or "group"
            self.rates_model.set_rows(getattr(self.attendance, f"by_{key}"))

    # --- texts ---------------------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Reports")

    def retranslateUi(self) -> None:
        for edit in (self.first, self.last):
            adopt(edit)
        self.period_label.setText(self.tr("Period:"))
        self.month_button.setText(self.tr("This month"))
        self.year_button.setText(self.tr("Academic year"))
        self.show_button.setText(self.tr("Show"))
        self.pdf_button.setText(self.tr("PDF…"))
        self.xlsx_button.setText(self.tr("XLSX…"))
        self.tabs.setTabText(COVERAGE, self.tr("Coverage"))
        self.tabs.setTabText(UTILISATION, self.tr("Utilisation"))
        self.tabs.setTabText(ATTENDANCE, self.tr("Attendance"))
        self.risk_label.setText(self.tr("Children at risk of dropping out"))
        current = self.rates_choice.currentIndex()
        self.rates_choice.blockSignals(True)
        self.rates_choice.clear()
        for key, text in (("group", self.tr("Rates by group")), ("club", self.tr("Rates by club")),
                          ("teacher", self.tr("Rates by teacher")), ("month", self.tr("Rates by month"))):
            self.rates_choice.addItem(text, key)
        self.rates_choice.setCurrentIndex(max(0, current))
        self.rates_choice.blockSignals(False)
        for model in (self.breakdown_model, self.groups_model, self.rates_model, self.risk_model):
            model.retranslate()
        self._stale = {COVERAGE, UTILISATION, ATTENDANCE}  # labels inside the reports follow the language
        if self.isVisible():
            self._load_current()


__all__ = ["ReportsPage"]
