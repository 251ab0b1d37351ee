"""The centre's reports as files: PDF (reportlab, with the same charts as the window) or XLSX (a sheet per
table), chosen by the file's extension. Coverage and utilisation are aggregates without names; the attendance
report lists the children at risk with a phone, so saving or printing it is audited as an export of personal
data (README, *People, roles and personal data*).
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from enrol.db.engine import Database
from enrol.domain.attendance_rules import format_rate
from enrol.domain.errors import N_, ValidationError
from enrol.domain.intervals import format_hhmm
from enrol.i18n import tr
from enrol.io.outputs import write_output
from enrol.io.report_workbook import Sheet, write_workbook
from enrol.services.people import audit, permissions
from enrol.services.context import Actor, now

if TYPE_CHECKING:
    from enrol.services.reporting.attendance_stats import AttendanceStats, RateLine
    from enrol.services.reporting.coverage import Coverage
    from enrol.services.reporting.utilisation import Utilisation

FORMATS = (".pdf", ".xlsx")


def file_kind(path: Path) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError("file", N_("{value} is neither a .pdf nor an .xlsx file"), value=Path(path).name)
    return suffix[1:]


def _write_pdf(path: Path, pdf: bytes, *, force: bool) -> None:
    write_output(Path(path), kind="pdf", write=lambda draft: draft.write_bytes(pdf), force=force)


def _pct(value: float | None) -> float | None:
    return None if value is None else round(value * 100, 1)


# --- coverage ---------------------------------------------------------------------------------------

def coverage_pdf(coverage: Coverage) -> bytes:
    from enrol.reports.coverage import render_coverage

    return render_coverage(coverage, printed_at=now())


def coverage_sheets(coverage: Coverage) -> list[Sheet]:
    summary = [
        (tr("Period"), coverage.period.label), (tr("Children served"), coverage.served),
        (tr("Served for free"), coverage.free_children), (tr("Paid places only"), coverage.paid_only),
        (tr("Free share, %"), _pct(coverage.free_share)), (tr("Places (enrolments)"), coverage.places),
        (tr("Free places"), coverage.free_places), (tr("Free places, %"), _pct(coverage.free_place_share)),
        (tr("New"), coverage.new), (tr("Returning"), coverage.returning),
    ]
    sheets: list[Sheet] = [(tr("Summary"), (tr("Figure"), tr("Value")), summary)]
    header = (tr("Group of children"), tr("Children"), tr("free of charge"), tr("paid"), tr("free share"))
    for _key, title, lines in coverage.breakdowns():
        sheets.append((title, header, [(line.label, line.children, line.free, line.paid,
                                        _pct(line.free / line.children if line.children else None))
                                       for line in lines]))
    return sheets


def save_coverage(coverage: Coverage, *, actor: Actor, path: Path, force: bool = False) -> None:
    permissions.require(actor, "reports.view")
    if file_kind(path) == "pdf":
        _write_pdf(path, coverage_pdf(coverage), force=force)
    else:
        write_workbook(path, coverage_sheets(coverage), force=force)


# --- utilisation ------------------------------------------------------------------------------------

def utilisation_pdf(report: Utilisation) -> bytes:
    from enrol.reports.utilisation import render_utilisation

    return render_utilisation(report, printed_at=now())


def utilisation_sheets(report: Utilisation) -> list[Sheet]:
    hours = [format_hhmm(slot * 30) for slot in range(48)]
    return [
        (tr("Groups"), (tr("Group"), tr("Club"), tr("Teacher"), tr("Seats"), tr("Taken"), tr("Filled, %"),
                        tr("Waiting"), tr("Hours a week")),
         [(g.group, g.club, g.teacher, g.seats, g.taken, _pct(g.fill), g.waitlisted, round(g.weekly_minutes / 60, 2))
          for g in report.groups]),
        (tr("Rooms"), (tr("Room"), tr("Name"), tr("Floor"), tr("Seats"), tr("Hours a week"),
                       tr("Share of the open week"), tr("Seats filled in use"), tr("Most children")),
         [(r.code, r.name, r.floor, r.seats, round(r.weekly_minutes / 60, 2), _pct(r.booked_share), _pct(r.fill),
           r.peak) for r in report.rooms]),
        (tr("Week"), (tr("Time"), *(str(d) for d in range(1, 8))),
         [(hours[slot], *(report.week.slots[d][slot] for d in range(7))) for slot in range(48)]),
    ]


def save_utilisation(report: Utilisation, *, actor: Actor, path: Path, force: bool = False) -> None:
    permissions.require(actor, "reports.view")
    if file_kind(path) == "pdf":
        _write_pdf(path, utilisation_pdf(report), force=force)
    else:
        write_workbook(path, utilisation_sheets(report), force=force)


# --- attendance -------------------------------------------------------------------------------------

def attendance_pdf(stats: AttendanceStats) -> bytes:
    from enrol.reports.attendance_stats import render_attendance_stats

    return render_attendance_stats(stats, printed_at=now())


def _rate_rows(lines: list[RateLine]) -> list[tuple[object, ...]]:
    return [(line.label, line.counts.present, line.counts.late, line.counts.absent, line.counts.excused,
             line.counts.recorded, _pct(line.rate)) for line in lines]


def attendance_sheets(stats: AttendanceStats) -> list[Sheet]:
    rates = (tr("present"), tr("late"), tr("absent"), tr("excused"), tr("recorded"), tr("rate, %"))
    return [
        (tr("At risk"), (tr("Child"), tr("Group"), tr("Attended"), tr("recorded"), tr("Rate"), tr("Absent in a row"),
                         tr("Phone")),
         [(r.child, r.group, r.attended, r.recorded, format_rate(r.rate), r.streak, r.phone) for r in stats.at_risk]),
        (tr("By month"), (tr("Month"), *rates), _rate_rows(stats.by_month)),
        (tr("By club"), (tr("Club"), *rates), _rate_rows(stats.by_club)),
        (tr("By teacher"), (tr("Teacher"), *rates), _rate_rows(stats.by_teacher)),
        (tr("By group"), (tr("Group"), *rates), _rate_rows(stats.by_group)),
    ]


def record_attendance_export(db: Database, *, actor: Actor, stats: AttendanceStats, target: str) -> None:
    """The at-risk list names children: its print or file is an export of personal data."""
    permissions.require(actor, "reports.view")
    with db.write() as session:
        audit.record(session, actor=actor, action="export.attendance_report", entity="report",
                     entity_id=stats.period.label, after={"file": target, "children": len(stats.at_risk)})


def save_attendance(db: Database, stats: AttendanceStats, *, actor: Actor, path: Path, force: bool = False) -> None:
    permissions.require(actor, "reports.view")
    if file_kind(path) == "pdf":
        _write_pdf(path, attendance_pdf(stats), force=force)
    else:
        write_workbook(path, attendance_sheets(stats), force=force)
    record_attendance_export(db, actor=actor, stats=stats, target=str(path))


__all__ = ["FORMATS", "attendance_pdf", "attendance_sheets", "coverage_pdf", "coverage_sheets", "file_kind",
           "record_attendance_export", "save_attendance", "save_coverage", "save_utilisation", "utilisation_pdf",
           "utilisation_sheets"]
