"""``enrol attendance mark|show|sessions|alerts``, ``enrol export attendance``, ``enrol appointment …`` and
``enrol event …``. The ``export`` command group is created here; later exports add their
subcommands to it through :func:`export_group`.
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path

from enrol.cli.context import database
from enrol.cli.output import print_json, print_table
from enrol.domain.attendance_rules import MARKS, format_rate, parse_month
from enrol.domain.errors import N_
from enrol.domain.validation import parse_date
from enrol.domain.vocabulary import SPECIALTIES
from enrol.i18n import format_date, ntr, tr, translate, word
from enrol.services.attendance import marks as attendance, month as attendance_reports
from enrol.services.bookings import events, referrals, specialists
from enrol.services.enrolment.applications import parse_moment
from enrol.services.context import Actor, now
from enrol.services.bookings.specialists import AppointmentInfo

Add = Callable[..., argparse.ArgumentParser]
Group = Callable[..., argparse._SubParsersAction]  # type: ignore[type-arg]
_export: tuple[Group, argparse._SubParsersAction] | None = None  # type: ignore[type-arg]


def export_group(group: Group) -> argparse._SubParsersAction:  # type: ignore[type-arg]
    """The ``enrol export`` command group of the parser being built (``group`` is that parser's helper), made
    on first use: other modules add their subcommands with ``add(name, help, into=export_group(group))``."""
    global _export
    if _export is None or _export[0] is not group:
        _export = (group, group("export", tr(N_("export data to CSV (UTF-8, for Excel) or XLSX"))))
    return _export[1]


def register(add: Add, group: Group) -> None:
    register_attendance(add, group)
    exported = add("attendance", tr(N_("a month's attendance, one row per child and session date")),
                   into=export_group(group))
    exported.add_argument("file", metavar="FILE")
    exported.add_argument("--force", action="store_true", help=tr(N_("replace an existing file of another kind")))
    exported.add_argument("--month", metavar="YYYY-MM", help=tr(N_("the month (default: this month)")))
    exported.set_defaults(handler=export_attendance)
    register_appointments(add, group)
    register_events(add, group)


def register_attendance(add: Add, group: Group) -> None:
    commands = group("attendance", tr(N_("record and show attendance")))
    mark = add("mark", tr(N_("record the marks of a group's session")), into=commands)
    mark.add_argument("group", metavar="GROUP")
    mark.add_argument("date", metavar="DATE")
    for kind in MARKS:
        mark.add_argument(f"--{kind}", metavar="ID,…", default="", help=tr(N_("children (ids or IINs) marked {mark}"),
                                                                           mark=translate(MARKS[kind])))
    mark.add_argument("--all-present", action="store_true", help=tr(N_("everyone not otherwise marked is present")))
    mark.set_defaults(handler=mark_attendance, usage=mark.error)
    show = add("show", tr(N_("a group's month: its session dates and marks")), into=commands)
    show.add_argument("group", metavar="GROUP")
    show.add_argument("--month", metavar="YYYY-MM", help=tr(N_("the month (default: this month)")))
    show.set_defaults(handler=show_month)
    sessions = add("sessions", tr(N_("the sessions of a day and how many children are marked")), into=commands)
    sessions.add_argument("--date", metavar="DATE")
    sessions.add_argument("--teacher", type=int, metavar="STAFF_ID")
    sessions.set_defaults(handler=show_sessions)
    add("alerts", tr(N_("children absent too many times in a row")), into=commands).set_defaults(handler=show_alerts)


def _ids(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def mark_attendance(args: argparse.Namespace) -> int:
    day = parse_date(args.date, field="date")
    marks: dict[str | int, str | None] = {}
    for kind in MARKS:
        for key in _ids(getattr(args, kind)):
            if key in marks:
                args.usage(tr(N_("child {child} is given two marks"), child=key))
            marks[key] = kind
    if not marks and not args.all_present:
        args.usage(tr(N_("give at least one of --present, --absent, --excused, --late or --all-present")))
    outcome = attendance.mark_attendance(database(args), actor=Actor.cli(), group=args.group, day=day, marks=marks,
                                         others_present=args.all_present)
    for alert in outcome.alerts:
        sys.stderr.write("enrol: " + tr(N_("{child} has been absent {count} times in a row; call {phone}"),
                                        child=alert.child, count=alert.absences, phone=alert.phone or "—") + "\n")
    if args.json:
        print_json({"group": outcome.group, "date": day, "changed": outcome.changed, "alerts": outcome.alerts})
    else:
        sys.stdout.write(tr(N_("{group}, {date}: {count} marks recorded."), group=outcome.group,
                            date=format_date(day), count=outcome.changed) + "\n")
    return 0


def show_month(args: argparse.Namespace) -> int:
    month = parse_month(args.month) if args.month else now().date().replace(day=1)
    grid = attendance_reports.month_grid(database(args), actor=Actor.cli(), group=args.group, month=month)
    if args.json:
        print_json({"group": grid.group, "month": f"{grid.month:%Y-%m}", "dates": grid.dates, "rows": [
            {"child_id": r.child_id, "child": r.child, "attended": r.counts.attended, "recorded": r.counts.recorded,
             "marks": {d.isoformat(): m for d, m in zip(grid.dates, r.marks) if m}} for r in grid.rows]})
        return 0
    headers = [tr(N_("child"))] + [f"{d:%d}" for d in grid.dates] + ["Σ", "%"]
    rows = [[r.child] + [attendance_reports.mark_letter(m) if on else "·" for m, on in zip(r.marks, r.enrolled)]
            + [r.counts.attended, format_rate(r.counts.rate)] for r in grid.rows]
    sys.stdout.write(f"{grid.group} · {grid.club} · {grid.month:%Y-%m}\n")
    print_table(headers, rows)
    return 0


def show_sessions(args: argparse.Namespace) -> int:
    day = parse_date(args.date, field="date") if args.date else now().date()
    found = attendance.sessions_on(database(args), actor=Actor.cli(), day=day, teacher_id=args.teacher)
    if args.json:
        print_json(found)
    else:
        print_table([tr(N_("time")), tr(N_("group")), tr(N_("room")), tr(N_("teacher")), tr(N_("marked"))],
                    [[f"{s.start}–{s.end}", s.group, s.room, s.teacher, f"{s.marked}/{s.enrolled}"] for s in found])
    return 0


def show_alerts(args: argparse.Namespace) -> int:
    found = attendance_reports.absence_alerts(database(args))
    if args.json:
        print_json(found)
    else:
        print_table([tr(N_("child")), tr(N_("group")), tr(N_("absences")), tr(N_("phone"))],
                    [[a.child, a.group, a.absences, a.phone] for a in found])
    return 0


def export_attendance(args: argparse.Namespace) -> int:
    month = parse_month(args.month) if args.month else None
    summary = attendance_reports.export_attendance(database(args), actor=Actor.cli(), path=Path(args.file),
                                                   month=month, force=args.force)
    if args.json:
        print_json({"file": str(summary.path), "month": f"{summary.month:%Y-%m}", "rows": summary.rows,
                    "children": summary.children, "groups": summary.groups})
    else:
        sys.stdout.write(tr(N_("{path}: {rows} rows ({children} children, {groups} groups, {month})."),
                            path=str(summary.path), rows=summary.rows, children=summary.children,
                            groups=summary.groups, month=f"{summary.month:%Y-%m}") + "\n")
    return 0


# --- appointments -----------------------------------------------------------------------------------

def register_appointments(add: Add, group: Group) -> None:
    commands = group("appointment", tr(N_("specialists' appointments and referrals")))
    book = add("book", tr(N_("book children with a specialist, once or weekly")), into=commands)
    book.add_argument("--specialist", required=True, metavar="ID|SPECIALTY")
    book.add_argument("--child", required=True, metavar="ID,…", help=tr(N_("one child, or a small group")))
    book.add_argument("--at", required=True, metavar="YYYY-MM-DDTHH:MM")
    book.add_argument("--minutes", type=int, default=45)
    book.add_argument("--weeks", type=int, default=1, help=tr(N_("repeat weekly this many times")))
    book.add_argument("--referral", type=int, metavar="ID", help=tr(N_("the referral this booking answers")))
    book.set_defaults(handler=book_appointment)
    listed = add("list", tr(N_("appointments of a week")), into=commands)
    listed.add_argument("--specialist", metavar="ID|SPECIALTY")
    listed.add_argument("--week", metavar="DATE", help=tr(N_("any day of the week (default: this week)")))
    listed.set_defaults(handler=list_appointments)
    cancel = add("cancel", tr(N_("cancel an appointment")), into=commands)
    cancel.add_argument("appointment", type=int, metavar="ID")
    cancel.add_argument("--series", action="store_true", help=tr(N_("also the later appointments of its series")))
    cancel.add_argument("--reason")
    cancel.set_defaults(handler=cancel_appointment)
    move = add("reschedule", tr(N_("move an appointment to another time")), into=commands)
    move.add_argument("appointment", type=int, metavar="ID")
    move.add_argument("--at", required=True, metavar="YYYY-MM-DDTHH:MM")
    move.add_argument("--minutes", type=int)
    move.set_defaults(handler=reschedule_appointment)
    refer = add("refer", tr(N_("refer a child to a specialist")), into=commands)
    refer.add_argument("child", metavar="CHILD")
    refer.add_argument("--specialty", required=True)
    refer.add_argument("--reason", required=True)
    refer.add_argument("--group", metavar="GROUP", help=tr(N_("the referring teacher's group")))
    refer.set_defaults(handler=refer_child)
    add("referrals", tr(N_("open referrals")), into=commands).set_defaults(handler=list_referrals)


def _appointment_rows(found: list[AppointmentInfo]) -> None:
    print_table(["#", tr(N_("when")), tr(N_("specialist")), tr(N_("room")), tr(N_("children"))],
                [[a.id, f"{format_date(a.starts_at)}–{a.ends_at:%H:%M}", a.specialist, a.room, a.names]
                 for a in found])


def book_appointment(args: argparse.Namespace) -> int:
    outcome = specialists.book_appointment(
        database(args), actor=Actor.cli(), specialist=args.specialist, children=_ids(args.child),
        starts_at=parse_moment(args.at, field="at"), minutes=args.minutes, weeks=args.weeks,
        referral_id=args.referral)
    for refused in outcome.refused:
        sys.stderr.write("enrol: " + tr(N_("{at} not booked: {reason}"), at=refused.starts_at,
                                        reason=tr(refused.reason.message, **refused.reason.params)) + "\n")
    if args.json:
        print_json({"series": outcome.series_id, "booked": outcome.booked, "refused": [
            {"at": r.starts_at, "reason": tr(r.reason.message, **r.reason.params)} for r in outcome.refused]})
    else:
        _appointment_rows(outcome.booked)
    return 0


def list_appointments(args: argparse.Namespace) -> int:
    day = parse_date(args.week, field="date") if args.week else now().date()
    monday = day - dt.timedelta(days=day.isoweekday() - 1)
    found = specialists.list_appointments(database(args), actor=Actor.cli(), specialist=args.specialist,
                                          first=monday, last=monday + dt.timedelta(days=6))
    if args.json:
        print_json(found)
    else:
        _appointment_rows(found)
    return 0


def cancel_appointment(args: argparse.Namespace) -> int:
    found = specialists.cancel_appointment(database(args), actor=Actor.cli(), appointment_id=args.appointment,
                                           reason=args.reason, whole_series=args.series)
    if args.json:
        print_json(found)
    else:
        sys.stdout.write(ntr(N_("{count} appointment cancelled."), "{count} appointments cancelled.", len(found)) + "\n")
    return 0


def reschedule_appointment(args: argparse.Namespace) -> int:
    moved = specialists.reschedule_appointment(database(args), actor=Actor.cli(), appointment_id=args.appointment,
                                               starts_at=parse_moment(args.at, field="at"), minutes=args.minutes)
    if args.json:
        print_json(moved)
    else:
        _appointment_rows([moved])
    return 0


def refer_child(args: argparse.Namespace) -> int:
    found = referrals.refer_child(database(args), actor=Actor.cli(), child=args.child, specialty=args.specialty,
                                  reason=args.reason, group=args.group)
    if args.json:
        print_json(found)
    else:
        sys.stdout.write(tr(N_("Referral {id} recorded."), id=found.id) + "\n")
    return 0


def list_referrals(args: argparse.Namespace) -> int:
    found = referrals.list_referrals(database(args), actor=Actor.cli())
    if args.json:
        print_json(found)
    else:
        print_table(["#", tr(N_("child")), tr(N_("specialist")), tr(N_("group")), tr(N_("reason"))],
                    [[r.id, r.child, word(SPECIALTIES, r.specialty), r.group, r.reason] for r in found])
    return 0


# --- events -----------------------------------------------------------------------------------------

def register_events(add: Add, group: Group) -> None:
    commands = group("event", tr(N_("events in the hall or another room")))
    event = add("add", tr(N_("book a room for an event")), into=commands)
    event.add_argument("--title", required=True)
    event.add_argument("--room", required=True)
    event.add_argument("--at", required=True, metavar="YYYY-MM-DDTHH:MM")
    event.add_argument("--until", required=True, metavar="HH:MM")
    event.add_argument("--headcount", type=int, required=True)
    event.add_argument("--notes")
    event.set_defaults(handler=add_event)
    listed = add("list", tr(N_("events from a day on")), into=commands)
    listed.add_argument("--from", dest="first", metavar="DATE", help=tr(N_("default: today")))
    listed.add_argument("--to", dest="last", metavar="DATE")
    listed.set_defaults(handler=list_events)
    cancel = add("cancel", tr(N_("cancel an event")), into=commands)
    cancel.add_argument("event", type=int, metavar="ID")
    cancel.set_defaults(handler=cancel_event)


def add_event(args: argparse.Namespace) -> int:
    starts = parse_moment(args.at, field="at")
    ends = parse_moment(f"{starts:%Y-%m-%d} {args.until}", field="end")
    found = events.add_event(database(args), actor=Actor.cli(), title=args.title, room=args.room, starts_at=starts,
                             ends_at=ends, headcount=args.headcount, notes=args.notes)
    if args.json:
        print_json(found)
    else:
        sys.stdout.write(tr(N_("Event {id} booked: {title}, room {room}, {at}."), id=found.id, title=found.title,
                            room=found.room, at=f"{format_date(found.starts_at)}–{found.ends_at:%H:%M}") + "\n")
    return 0


def list_events(args: argparse.Namespace) -> int:
    first = parse_date(args.first, field="date") if args.first else now().date()
    last = parse_date(args.last, field="date") if args.last else None
    found = events.list_events(database(args), first=first, last=last)
    if args.json:
        print_json(found)
    else:
        print_table(["#", tr(N_("when")), tr(N_("room")), tr(N_("headcount")), tr(N_("title"))],
                    [[e.id, f"{format_date(e.starts_at)}–{e.ends_at:%H:%M}", e.room, e.headcount, e.title]
                     for e in found])
    return 0


def cancel_event(args: argparse.Namespace) -> int:
    found = events.cancel_event(database(args), actor=Actor.cli(), event_id=args.event)
    if args.json:
        print_json(found)
    else:
        sys.stdout.write(tr(N_("Event {id} cancelled."), id=found.id) + "\n")
    return 0


__all__ = ["export_group", "register"]
