"""The attendance report: rates by month, club, teacher and group as bars, and the children at risk of
dropping out with a guardian's phone each (so its print is audited: it names children).

Takes the plain ``AttendanceStats`` the service returns (annotations only import it).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from enrol.domain.attendance_rules import format_rate
from enrol.domain.report_rules import AT_RISK_MIN_MARKS, AT_RISK_RATE
from enrol.i18n import tr
from enrol.reports.charts import Bar, bar_chart, percent
from enrol.reports.layout import PORTRAIT, Section, build, cell, facts, frame_width, grid, styles

if TYPE_CHECKING:
    import datetime as dt

    from enrol.services.reporting.attendance_stats import AttendanceStats, RateLine


def rate_chart(lines: list[RateLine], *, title: str, width: float, label_share: float = 0.38) -> Flowable:
    """Attendance rate per line in %, red under the at-risk rate, the recorded sessions beside each bar."""
    bars = [Bar(line.label, round((line.rate or 0) * 100), text=f"{format_rate(line.rate)} ({line.counts.recorded})",
                warn=line.rate is not None and line.rate < AT_RISK_RATE) for line in lines]
    return bar_chart(bars, width=width, title=title, maximum=100, label_share=label_share,
                     reference=(AT_RISK_RATE * 100, percent(AT_RISK_RATE)))


def _rates_table(lines: list[RateLine], first: str, width: float) -> Flowable:
    widths = [0.0] + [20 * mm] * 6
    widths[0] = width - sum(widths)
    rows: list[list[object]] = [[first, tr("present"), tr("late"), tr("absent"), tr("excused"), tr("recorded"),
                                 tr("rate")]]
    for line in lines:
        c = line.counts
        rows.append([cell(line.label, widths[0]), str(c.present), str(c.late), str(c.absent), str(c.excused),
                     str(c.recorded), format_rate(c.rate)])
    return grid(rows, widths, extra=[("ALIGN", (1, 0), (-1, -1), "RIGHT")])


def attendance_stats_story(stats: AttendanceStats) -> list[Flowable]:
    width = frame_width(PORTRAIT)
    total = stats.total
    story: list[Flowable] = [Section(tr("Attendance report"), stats.period.label), facts([
        (tr("Period"), stats.period.label),
        (tr("Recorded sessions"), str(total.recorded)),
        (tr("Attendance rate"), format_rate(total.rate)),
        (tr("At risk of dropping out"), str(len(stats.at_risk))),
    ], width), Spacer(1, 3 * mm)]
    if stats.by_month:
        story.append(rate_chart(stats.by_month, title=tr("By month"), width=width, label_share=0.2))
        story.append(Spacer(1, 3 * mm))
    if stats.by_club:
        story.append(rate_chart(stats.by_club, title=tr("By club"), width=width))
        story.append(Spacer(1, 3 * mm))
    story.append(CondPageBreak(50 * mm))
    story.append(Paragraph(tr("At risk of dropping out"), styles().heading))
    story.append(Paragraph(tr("In a group on the period's last day, and either attended less than {rate} of at least "
                              "{marks} recorded sessions, or the latest {streak} marks are absences without a reason.",
                              rate=percent(AT_RISK_RATE), marks=AT_RISK_MIN_MARKS, streak=stats.threshold),
                           styles().small))
    if stats.at_risk:
        widths = [8 * mm, 0.0, 28 * mm, 22 * mm, 24 * mm, 32 * mm]
        widths[1] = width - sum(widths)
        rows: list[list[object]] = [["№", tr("Child"), tr("Group"), tr("Rate"), tr("Absent in a row"), tr("Phone")]]
        for number, risk in enumerate(stats.at_risk, start=1):
            rows.append([str(number), cell(risk.child, widths[1]), cell(risk.group, widths[2]),
                         f"{format_rate(risk.rate)} ({risk.attended}/{risk.recorded})", str(risk.streak or ""),
                         risk.phone or ""])
        story.append(grid(rows, widths))
    else:
        story.append(Paragraph(tr("No child is at risk in this period."), styles().body))
    for title, first, lines in ((tr("By teacher"), tr("Teacher"), stats.by_teacher),
                                (tr("By group"), tr("Group"), stats.by_group),
                                (tr("By month"), tr("Month"), stats.by_month)):
        story.append(CondPageBreak(30 * mm))
        story.append(Paragraph(title, styles().heading))
        story.append(_rates_table(lines, first, width))
    return story


def render_attendance_stats(stats: AttendanceStats, *, printed_at: dt.datetime) -> bytes:
    return build(attendance_stats_story(stats), pagesize=PORTRAIT, centre=stats.centre, printed_at=printed_at,
                 title=f"{tr('Attendance report')} {stats.period.label}")


__all__ = ["attendance_stats_story", "rate_chart", "render_attendance_stats"]
