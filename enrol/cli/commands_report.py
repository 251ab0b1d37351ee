"""``enrol report coverage|utilisation|attendance`` and ``enrol year close|rollover``.

A report prints a short summary, or one JSON document with ``--json``, or is saved with ``-o FILE.pdf|.xlsx``.
The period is ``--month YYYY-MM`` or ``--from``/``--to`` (default: this month); utilisation shows the week's
timetable of the period's last day (or today, if earlier).
"""
from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from enrol.cli.context import database
from enrol.cli.output import print_json, print_pairs, print_table
from enrol.domain.attendance_rules import format_rate
from enrol.domain.errors import N_
from enrol.domain.intervals import format_hhmm
from enrol.domain.report_rules import Period, period_from
from enrol.i18n import tr
from enrol.services.context import Actor, now


def register(add: Callable[..., argparse.ArgumentParser], group: Callable[..., argparse._SubParsersAction]) -> None:  # type: ignore[type-arg]
    report = group("report", tr(N_("reports for the centre and the city: coverage, utilisation, attendance")))
    for name, help_text, handler in (
            ("coverage", N_("children served, free and paid, by age, sex, school, district, club"), coverage),
            ("utilisation", N_("filled seats of groups and rooms, the week's peak, groups to act on"), utilisation),
            ("attendance", N_("attendance rates by group, club, teacher, month; children at risk"), attendance)):
        sub = add(name, tr(help_text), into=report)
        sub.add_argument("--month", metavar="YYYY-MM", help=tr(N_("the month (default: this month)")))
        sub.add_argument("--from", dest="first", metavar="YYYY-MM-DD", help=tr(N_("first day of the period")))
        sub.add_argument("--to", dest="last", metavar="YYYY-MM-DD", help=tr(N_("last day of the period")))
        sub.add_argument("-o", "--output", metavar="FILE.pdf|FILE.xlsx", help=tr(N_("save the report to a file")))
        sub.add_argument("--force", action="store_true", help=tr(N_("replace an existing file of another kind")))
        sub.set_defaults(handler=handler)
    year = group("year", tr(N_("the academic year: close it, roll over into the next")))
    close = add("close", tr(N_("complete every place of a year's groups and close the groups")), into=year)
    close.add_argument("academic_year", metavar="YYYY-YYYY")
    close.set_defaults(handler=close_year)
    roll = add("rollover", tr(N_("close a year, copy its groups and timetable into the next, re-enrol its children")),
               into=year)
    roll.add_argument("--from", dest="source", metavar="YYYY-YYYY", help=tr(N_("the year to close (default: an "
                                                                              "interrupted roll-over, else the "
                                                                              "current academic year)")))
    roll.add_argument("--to", dest="target", metavar="YYYY-YYYY", help=tr(N_("the new year (default: the next)")))
    roll.add_argument("--no-waitlist", action="store_true", help=tr(N_("do not carry the waiting lists over")))
    roll.set_defaults(handler=rollover)


def _period(args: argparse.Namespace) -> Period:
    return period_from(month=args.month, first=args.first, last=args.last, today=now().date())


def _saved(args: argparse.Namespace) -> int:
    if args.json:
        print_json({"file": str(args.output)})
    else:
        sys.stdout.write(tr(N_("Saved {path}"), path=str(args.output)) + "\n")
    return 0


def _period_json(period: Period) -> dict[str, Any]:
    return {"from": period.first, "to": period.last}


def _lines_json(lines: list[Any]) -> list[dict[str, Any]]:
    return [{"key": line.key, "label": line.label, "children": line.children, "free": line.free, "paid": line.paid}
            for line in lines]


def coverage(args: argparse.Namespace) -> int:
    from enrol.services.reporting import files as report_files
    from enrol.services.reporting.coverage import coverage_report

    if args.output:
        report_files.file_kind(Path(args.output))
    found = coverage_report(database(args), actor=Actor.cli(), period=_period(args))
    if args.output:
        report_files.save_coverage(found, actor=Actor.cli(), path=Path(args.output), force=args.force)
        return _saved(args)
    if args.json:
        print_json({"period": _period_json(found.period), "served": found.served, "free": found.free_children,
                    "paid_only": found.paid_only, "free_share": found.free_share, "places": found.places,
                    "free_places": found.free_places, "free_place_share": found.free_place_share, "new": found.new,
                    "returning": found.returning,
                    **{f"by_{key}": _lines_json(lines) for key, _title, lines in found.breakdowns()}})
        return 0
    share = format_rate(found.free_share)
    print_pairs([(tr(N_("Period")), found.period.label), (tr(N_("Children served")), found.served),
                 (tr(N_("Served for free")), f"{found.free_children} ({share})"),
                 (tr(N_("New / returning")), f"{found.new} / {found.returning}")])
    sys.stdout.write("\n")
    print_table([tr(N_("funding")), tr(N_("Children"))], [[line.label, line.children] for line in found.by_funding])
    return 0


def utilisation(args: argparse.Namespace) -> int:
    from enrol.services.reporting import files as report_files
    from enrol.services.reporting.utilisation import utilisation_report

    if args.output:
        report_files.file_kind(Path(args.output))
    period = _period(args)
    found = utilisation_report(database(args), actor=Actor.cli(), on=min(period.last, now().date()))
    if args.output:
        report_files.save_utilisation(found, actor=Actor.cli(), path=Path(args.output), force=args.force)
        return _saved(args)
    week = found.week
    if args.json:
        print_json({
            "on": found.on, "capacity": found.capacity,
            "peak": {"load": week.peak, "weekday": week.peak_weekday,
                     "time": None if week.peak_minute is None else format_hhmm(week.peak_minute)},
            "busiest": [{"weekday": w, "time": format_hhmm(m), "load": load} for w, m, load in found.busiest],
            "seats": found.seats, "taken": found.taken, "waitlisted": found.waitlisted,
            "groups": [{**dataclasses.asdict(g), "taken": g.taken, "fill": g.fill} for g in found.groups],
            "rooms": [{**dataclasses.asdict(r), "fill": r.fill, "booked_share": r.booked_share} for r in found.rooms],
            "underfilled": [g.group for g in found.underfilled],
            "long_waitlists": [g.group for g in found.long_waitlists],
            "week": [list(day) for day in week.slots]})
        return 0
    print_pairs([(tr(N_("Building capacity")), found.capacity), (tr(N_("Peak")), week.peak),
                 (tr(N_("Seats in groups")), f"{found.taken} / {found.seats}"),
                 (tr(N_("Waiting")), found.waitlisted)])
    sys.stdout.write("\n")
    print_table([tr(N_("group")), tr(N_("seats")), tr(N_("Taken")), tr(N_("Waiting"))],
                [[g.group, g.seats, g.taken, g.waitlisted] for g in found.underfilled + found.long_waitlists])
    return 0


def _rates_json(lines: list[Any]) -> list[dict[str, Any]]:
    return [{"key": line.key, "label": line.label, **dataclasses.asdict(line.counts), "rate": line.rate}
            for line in lines]


def attendance(args: argparse.Namespace) -> int:
    from enrol.services.reporting import files as report_files
    from enrol.services.reporting.attendance_stats import attendance_stats

    if args.output:
        report_files.file_kind(Path(args.output))
    db = database(args)
    found = attendance_stats(db, actor=Actor.cli(), period=_period(args))
    if args.output:
        report_files.save_attendance(db, found, actor=Actor.cli(), path=Path(args.output), force=args.force)
        return _saved(args)
    if args.json:
        report_files.record_attendance_export(db, actor=Actor.cli(), stats=found, target="stdout")
        print_json({"period": _period_json(found.period), **dataclasses.asdict(found.total),
                    "recorded": found.total.recorded, "rate": found.total.rate,
                    "by_group": _rates_json(found.by_group), "by_club": _rates_json(found.by_club),
                    "by_teacher": _rates_json(found.by_teacher), "by_month": _rates_json(found.by_month),
                    "at_risk": [{**dataclasses.asdict(r), "rate": r.rate} for r in found.at_risk]})
        return 0
    print_pairs([(tr(N_("Period")), found.period.label), (tr(N_("Recorded sessions")), found.total.recorded),
                 (tr(N_("Attendance rate")), format_rate(found.total.rate)),
                 (tr(N_("At risk of dropping out")), len(found.at_risk))])
    return 0


def close_year(args: argparse.Namespace) -> int:
    from enrol.services.enrolment import rollover as service

    closed = service.close_year(database(args), actor=Actor.cli(), academic_year=args.academic_year)
    if args.json:
        print_json(closed)
    else:
        sys.stdout.write(tr(N_("Closed {year}: {groups} groups, {completed} places completed, {withdrawn} "
                               "applications withdrawn"), year=closed.academic_year, groups=closed.groups,
                            completed=closed.completed, withdrawn=closed.withdrawn) + "\n")
    return 0


def rollover(args: argparse.Namespace) -> int:
    from enrol.services.enrolment import rollover as service

    db = database(args)
    done = service.roll_over(db, actor=Actor.cli(), from_year=args.source, to_year=args.target,
                             carry_waitlist=not args.no_waitlist)
    if args.json:
        print_json({"from": done.from_year, "to": done.to_year, "closed": done.closed, "groups": done.groups,
                    "meetings": done.meetings, "enrolled": done.count("enrolled"),
                    "waitlisted": done.count("waitlisted"), "offered": done.count("offered"),
                    "resumed": done.resumed, "placed_now": done.placed_now,
                    "refused": [dataclasses.asdict(p) for p in done.placements if p.status is None]})
        return 0
    if done.resumed:
        sys.stdout.write(tr(N_("Resumed the interrupted roll-over of {source} into {target}: {count} children "
                               "placed now"), source=done.from_year, target=done.to_year,
                            count=done.placed_now) + "\n")
    sys.stdout.write(tr(N_("Rolled {source} over into {target}: {groups} groups, {meetings} meetings; {enrolled} "
                           "children enrolled, {waiting} waiting, {refused} not re-enrolled"),
                        source=done.from_year, target=done.to_year, groups=done.groups, meetings=done.meetings,
                        enrolled=done.count("enrolled"), waiting=done.count("waitlisted") + done.count("offered"),
                        refused=done.count(None)) + "\n")
    refused = [p for p in done.placements if p.status is None]
    if refused:
        print_table([tr(N_("child")), tr(N_("group")), tr(N_("reason"))],
                    [[p.child_id, p.group, p.problem] for p in refused])
    return 0
