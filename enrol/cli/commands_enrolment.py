"""``enrol enrol|withdraw|move|accept|decline``, ``enrol occupancy``, ``enrol notifications``,
``enrol group seats`` and ``enrol import applications``."""
from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from enrol.cli.context import database
from enrol.cli.output import print_json, print_table
from enrol.domain.errors import N_, ImportRejected
from enrol.domain.validation import parse_date
from enrol.i18n import field_label, format_date, tr
from enrol.services.enrolment import applications, notifications, occupancy, offers, places as enrolment
from enrol.services.enrolment.applications import parse_moment
from enrol.services.context import Actor, now
from enrol.services.enrolment.offers import EnrolOutcome, Placement

Add = Callable[..., argparse.ArgumentParser]


def register(add: Add, group: Callable[..., argparse._SubParsersAction]) -> argparse._SubParsersAction:  # type: ignore[type-arg]
    """Returns the ``import`` group, to which ``commands_transfer`` adds ``import children``."""
    enrol = add("enrol", tr(N_("enrol a child in a group (or put them on its waitlist)")))
    enrol.add_argument("child")
    enrol.add_argument("group")
    enrol.add_argument("--funding")
    enrol.add_argument("--voucher")
    enrol.add_argument("--from", dest="start", help=tr(N_("start date YYYY-MM-DD (default today)")))
    enrol.add_argument("--applied-at", help=tr(N_("when the application was made, YYYY-MM-DD HH:MM")))
    enrol.add_argument("--override-reason", help=tr(N_("reason to enrol despite the age or school-shift rule")))
    enrol.set_defaults(handler=enrol_child)

    withdraw = add("withdraw", tr(N_("withdraw a child from a group (the seat goes to the waitlist)")))
    withdraw.add_argument("child")
    withdraw.add_argument("group")
    withdraw.add_argument("--reason")
    withdraw.set_defaults(handler=withdraw_child)

    move = add("move", tr(N_("move a child from one group to another, all at once")))
    move.add_argument("child")
    move.add_argument("from_group")
    move.add_argument("to_group")
    move.add_argument("--reason")
    move.add_argument("--override-reason")
    move.set_defaults(handler=move_child)

    accept = add("accept", tr(N_("the child accepts the seat offered to them")))
    accept.add_argument("child")
    accept.add_argument("group")
    accept.set_defaults(handler=accept_offer)
    decline = add("decline", tr(N_("the child declines the seat offered to them")))
    decline.add_argument("child")
    decline.add_argument("group")
    decline.add_argument("--reason")
    decline.set_defaults(handler=decline_offer)

    occupancy_cmd = add("occupancy", tr(N_("children expected in the building at a moment")))
    occupancy_cmd.add_argument("--at", help="YYYY-MM-DDTHH:MM")
    occupancy_cmd.set_defaults(handler=show_occupancy)

    add("notifications", tr(N_("offers and enrolments from waitlists to tell guardians about"))) \
        .set_defaults(handler=list_notifications)

    imports = group("import", tr(N_("import from CSV or XLSX (all or nothing)")))
    applications_cmd = add("applications", tr(N_("allocate applications in file order")), into=imports)
    applications_cmd.add_argument("file")
    applications_cmd.set_defaults(handler=import_applications)
    return imports


def _outcome(args: argparse.Namespace, outcome: EnrolOutcome) -> int:
    for notice in outcome.notices:
        sys.stderr.write("enrol: " + tr(notice.message, **notice.params) + "\n")
    if args.json:
        print_json({"status": outcome.status, "position": outcome.position, "enrolment_id": outcome.enrolment_id,
                    "group": outcome.group, "child_id": outcome.child_id})
    elif outcome.status == "waitlisted":
        _say(N_("Waitlisted for {group} at position {position}."), group=outcome.group, position=outcome.position)
    elif outcome.status == "offered":
        _say(N_("A seat in {group} is offered and held."), group=outcome.group)
    else:
        _say(N_("Enrolled in {group}."), group=outcome.group)
    return 0


def _say(message: str, **params: object) -> None:
    sys.stdout.write(tr(message, **params) + "\n")


def _placements(args: argparse.Namespace, placements: list[Placement], document: dict) -> None:
    if args.json:
        document["placements"] = [{"child_id": p.child_id, "child": p.child, "group": p.group, "status": p.status,
                                   "phone": p.phone, "expires_at": p.expires_at} for p in placements]
        print_json(document)
        return
    for p in placements:
        if p.status == "offered":
            _say(N_("The seat is offered to {child} until {until}; call {phone}."), child=p.child,
                 until=format_date(p.expires_at) if p.expires_at else "—", phone=p.phone or "—")
        else:
            _say(N_("{child} is enrolled from the waitlist; call {phone}."), child=p.child, phone=p.phone or "—")


def enrol_child(args: argparse.Namespace) -> int:
    start = parse_date(args.start, field="date") if args.start else None
    applied = parse_moment(args.applied_at, field="applied_at") if args.applied_at else None
    outcome = enrolment.enrol_child(
        database(args), actor=Actor.cli(), child=args.child, group=args.group, funding=args.funding,
        voucher_number=args.voucher, start_date=start, applied_at=applied, override_reason=args.override_reason)
    return _outcome(args, outcome)


def withdraw_child(args: argparse.Namespace) -> int:
    outcome = enrolment.withdraw_child(database(args), actor=Actor.cli(), child=args.child, group=args.group,
                                       reason=args.reason)
    if not args.json:
        _say(N_("Withdrawn from {group}."), group=outcome.group)
    _placements(args, outcome.placements, {"status": outcome.status, "group": outcome.group})
    return 0


def move_child(args: argparse.Namespace) -> int:
    outcome = enrolment.move_child(database(args), actor=Actor.cli(), child=args.child, from_group=args.from_group,
                                   to_group=args.to_group, reason=args.reason, override_reason=args.override_reason)
    return _outcome(args, outcome)


def accept_offer(args: argparse.Namespace) -> int:
    return _outcome(args, offers.accept_offer(database(args), actor=Actor.cli(), child=args.child, group=args.group))


def decline_offer(args: argparse.Namespace) -> int:
    outcome = offers.decline_offer(database(args), actor=Actor.cli(), child=args.child, group=args.group,
                                   reason=args.reason)
    if not args.json:
        _say(N_("The offer of {group} is declined."), group=outcome.group)
    _placements(args, outcome.placements, {"status": outcome.status, "group": outcome.group})
    return 0


def change_seats(args: argparse.Namespace) -> int:
    outcome = enrolment.change_group_seats(database(args), actor=Actor.cli(), group=args.group, seats=args.seats)
    if not args.json:
        _say(N_("{group} now has {seats} seats (was {before})."), group=outcome.group, seats=outcome.seats,
             before=outcome.before)
    _placements(args, outcome.placements, {"group": outcome.group, "seats": outcome.seats, "before": outcome.before})
    return 0


def show_occupancy(args: argparse.Namespace) -> int:
    at = parse_moment(args.at, field="at") if args.at else now()
    found = occupancy.occupancy_at(database(args), actor=Actor.cli(), at=at)
    if args.json:
        print_json({
            "at": found.at.strftime("%Y-%m-%dT%H:%M"), "capacity": found.capacity, "total": found.total,
            "floors": {str(floor): count for floor, count in sorted(found.floors.items())},
            "rooms": [{"code": r.code, "floor": r.floor, "seats": r.seats, "expected": r.expected,
                       "adults": r.adults, "groups": r.groups} for r in found.rooms],
        })
        return 0
    _say(N_("{at}: {total} of {capacity} children expected in the building."),
         at=format_date(found.at), total=found.total, capacity=found.capacity)
    if not any(r.expected for r in found.rooms):
        _say(N_("Nobody is expected in any room at that moment."))
        return 0
    print_table([tr(N_("floor")), tr(N_("room")), tr(N_("expected")), tr(N_("seats")), tr(N_("groups"))],
                [[r.floor, r.code, r.expected, r.seats, ", ".join(r.groups)] for r in found.rooms if r.expected])
    return 0


def list_notifications(args: argparse.Namespace) -> int:
    found = notifications.list_notifications(database(args), actor=Actor.cli())
    if args.json:
        print_json(found)
    else:
        print_table([tr(N_("when")), tr(N_("child")), tr(N_("group")), tr(N_("phone")), tr(N_("until"))],
                    [[n.created_at, n.child, n.group, n.phone, n.expires_at] for n in found])
    return 0


def import_applications(args: argparse.Namespace) -> int:
    try:
        summary = applications.import_applications(database(args), actor=Actor.cli(), path=Path(args.file))
    except ImportRejected as rejected:
        sys.stderr.write("enrol: " + tr(rejected.message, **rejected.params) + "\n")
        for problem in rejected.problems:
            sys.stderr.write("  " + tr(N_("row {row}, {column}: {problem}"), row=problem.row,
                                       column=field_label(problem.column),
                                       problem=tr(problem.message, **problem.params)) + "\n")
        return rejected.exit_code
    if args.json:
        print_json(summary)
    else:
        _say(N_("{rows} applications: {enrolled} enrolled, {offered} offered, {waitlisted} waitlisted."),
             rows=summary.rows, enrolled=summary.enrolled, offered=summary.offered, waitlisted=summary.waitlisted)
    return 0


__all__ = ["register"]
