"""The utilisation report: the week's heat map of the building against its capacity with the peak
moments, groups to act on (under-filled, long waitlists), each room's use and each group's filled seats.

Takes the plain ``Utilisation`` the service returns (annotations only import it).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from enrol.domain.intervals import format_hhmm
from enrol.i18n import tr
from enrol.reports.charts import Bar, bar_chart, heat_map, percent
from enrol.reports.layout import LANDSCAPE, Section, build, cell, day, facts, frame_width, grid, styles, weekday_short

if TYPE_CHECKING:
    import datetime as dt

    from enrol.services.reporting.utilisation import GroupUse, Utilisation


def _hours(minutes: int) -> str:
    return f"{minutes / 60:.1f}".rstrip("0").rstrip(".")


def _moment(weekday: int, minute: int) -> str:
    return f"{weekday_short(weekday)} {format_hhmm(minute)}"


def summary_facts(report: Utilisation, width: float) -> Flowable:
    week = report.week
    peak = (tr("{load} children, {moment}", load=week.peak, moment=_moment(week.peak_weekday, week.peak_minute))
            if week.peak_weekday and week.peak_minute is not None else "—")
    return facts([
        (tr("Timetable of"), day(report.on)),
        (tr("Building capacity"), str(report.capacity)),
        (tr("Peak"), f"{peak} ({percent(week.peak / report.capacity if report.capacity else None)})"),
        (tr("Busiest half hours"), "; ".join(f"{_moment(w, m)}: {load}" for w, m, load in report.busiest) or "—"),
        (tr("Seats in groups"), tr("{taken} of {seats} taken ({share}); {waiting} waiting", taken=report.taken,
                                   seats=report.seats, waiting=report.waitlisted,
                                   share=percent(report.taken / report.seats if report.seats else None))),
    ], width)


def fill_chart(groups: list[GroupUse], *, title: str, width: float) -> Flowable:
    return bar_chart([Bar(f"{g.group} · {g.club}", round((g.fill or 0) * 100), text=f"{g.taken}/{g.seats}",
                          warn=(g.fill or 0) < 0.5) for g in groups],
                     width=width, title=title, maximum=100, label_share=0.3)


def _groups_table(groups: list[GroupUse], width: float) -> Flowable:
    widths = [28 * mm, 0.0, 48 * mm, 16 * mm, 18 * mm, 18 * mm, 18 * mm, 18 * mm]
    widths[1] = width - sum(widths)
    rows: list[list[object]] = [[tr("Group"), tr("Club"), tr("Teacher"), tr("Seats"), tr("Taken"), tr("Filled"),
                                 tr("Waiting"), tr("Hours a week")]]
    for g in groups:
        rows.append([g.group, cell(g.club, widths[1]), cell(g.teacher or "—", widths[2]), str(g.seats), str(g.taken),
                     percent(g.fill), str(g.waitlisted), _hours(g.weekly_minutes)])
    return grid(rows, widths, extra=[("ALIGN", (3, 0), (-1, -1), "RIGHT")])


def utilisation_story(report: Utilisation) -> list[Flowable]:
    width = frame_width(LANDSCAPE)
    story: list[Flowable] = [Section(tr("Utilisation report"), day(report.on)),
                             summary_facts(report, width), Spacer(1, 3 * mm),
                             Paragraph(tr("Children expected in the building over the week"), styles().heading),
                             heat_map(report.week.slots, capacity=report.capacity,
                                      weekdays=[weekday_short(d) for d in range(1, 8)], width=width,
                                      scale_text=tr("of the capacity ({capacity})", capacity=report.capacity))]
    under, waiting = report.underfilled, report.long_waitlists
    story.append(CondPageBreak(40 * mm))
    if under:
        story.append(fill_chart(under[:20], title=tr("Under-filled groups (less than half the seats taken)"),
                                width=width))
    else:
        story.append(Paragraph(tr("No group has less than half of its seats taken."), styles().body))
    story.append(Spacer(1, 3 * mm))
    if waiting:
        story.append(bar_chart([Bar(f"{g.group} · {g.club}", g.waitlisted) for g in waiting[:20]], width=width,
                               title=tr("Groups with long waitlists"), label_share=0.3))
    story.append(CondPageBreak(40 * mm))
    story.append(Paragraph(tr("Rooms"), styles().heading))
    widths = [18 * mm, 0.0, 14 * mm, 16 * mm, 28 * mm, 28 * mm, 28 * mm, 24 * mm]
    widths[1] = width - sum(widths)
    rows: list[list[object]] = [[tr("Room"), tr("Name"), tr("Floor"), tr("Seats"), tr("Hours a week"),
                                 tr("Share of the open week"), tr("Seats filled in use"), tr("Most children")]]
    for room in report.rooms:
        rows.append([room.code, cell(room.name, widths[1]), str(room.floor), str(room.seats),
                     _hours(room.weekly_minutes), percent(room.booked_share), percent(room.fill), str(room.peak)])
    story.append(grid(rows, widths, extra=[("ALIGN", (2, 0), (-1, -1), "RIGHT")]))
    story.append(CondPageBreak(40 * mm))
    story.append(Paragraph(tr("Groups"), styles().heading))
    story.append(_groups_table(report.groups, width))
    return story


def render_utilisation(report: Utilisation, *, printed_at: dt.datetime) -> bytes:
    return build(utilisation_story(report), pagesize=LANDSCAPE, centre=report.centre, printed_at=printed_at,
                 title=tr("Utilisation report"))


__all__ = ["render_utilisation", "utilisation_story"]
