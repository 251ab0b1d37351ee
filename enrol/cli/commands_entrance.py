"""``enrol checkin|checkout|inside``, ``enrol entrance log|undo``, ``enrol child card|set``, ``enrol pickup …``.

Exit statuses as elsewhere: 3 a malformed card code (letters, a misread, a wrong check digit), 4 refused by a
rule (already inside, building full, not allowed to leave alone) or an unknown or replaced card.
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from enrol.cli.context import database
from enrol.cli.output import print_json, print_table
from enrol.db.engine import Database
from enrol.domain.errors import N_
from enrol.domain.validation import parse_date
from enrol.i18n import tr
from enrol.services.context import Actor
from enrol.services.enrolment.applications import parse_moment
from enrol.services.entrance import cards, pickup, scans

Add = Callable[..., argparse.ArgumentParser]


def register(add: Add, group: Callable[..., argparse._SubParsersAction],  # type: ignore[type-arg]
             child: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    for name, help_text, handler in (("checkin", tr(N_("check a child in at the entrance")), check_in),
                                     ("checkout", tr(N_("check a child out at the entrance")), check_out)):
        sub = add(name, help_text)
        sub.add_argument("child", nargs="?", metavar="CHILD")
        sub.add_argument("--code", metavar="CODE", help=tr(N_("the card code as scanned")))
        sub.add_argument("--desk", metavar="NAME", help=tr(N_("the desk or door")))
        sub.add_argument("--at", metavar="YYYY-MM-DD HH:MM", help=tr(N_("when (default: now)")))
        sub.add_argument("--override-reason", metavar="TEXT",
                         help=tr(N_("an administrator's reason to go against a rule (logged)")))
        if name == "checkout":
            sub.add_argument("--collected-by", metavar="NAME", help=tr(N_("the adult who collects the child")))
        sub.set_defaults(handler=handler, usage=sub.error)
    add("inside", tr(N_("children inside the building now (by the entrance scans)"))).set_defaults(handler=inside)

    entrance = group("entrance", tr(N_("the entrance desk's log")))
    log = add("log", tr(N_("the scans of a day or of a child, newest first")), into=entrance)
    log.add_argument("--date", metavar="YYYY-MM-DD")
    log.add_argument("--child", metavar="CHILD")
    log.set_defaults(handler=entrance_log)
    undo = add("undo", tr(N_("undo a wrong scan (the child's latest)")), into=entrance)
    undo.add_argument("scan", type=int, metavar="SCAN_ID", help=tr(N_("the scan's number, as entrance log shows it")))
    undo.set_defaults(handler=undo_scan)

    late = add("still-inside", tr(N_("children still inside 15 minutes after the day's last meeting, "
                                      "with the guardians' phones")), into=entrance)
    late.set_defaults(handler=still_inside)
    close = add("close-day", tr(N_("record every child still inside as out, with the reason (administrators)")),
                into=entrance)
    close.add_argument("--reason", required=True)
    close.set_defaults(handler=close_day)

    card = add("card", tr(N_("a child's entrance card code; --reissue replaces a lost card")), into=child)
    card.add_argument("child", metavar="CHILD")
    card.add_argument("--reissue", action="store_true", help=tr(N_("a new code; the old card stops working")))
    card.set_defaults(handler=child_card)
    setting = add("set", tr(N_("what the guardian said about going home alone")), into=child)
    setting.add_argument("child", metavar="CHILD")
    setting.add_argument("--may-leave-alone", required=True, choices=("yes", "no", "by-age"), help=tr(N_(
        "yes: goes home alone; no: only with a guardian or an authorised adult; by-age: as the setting "
        "leave_alone_age says")))
    setting.add_argument("--said-on", metavar="YYYY-MM-DD", help=tr(N_("the day the guardian said so (default: today)")))
    setting.set_defaults(handler=set_leave_alone)

    people = group("pickup", tr(N_("adults authorised to collect a child")))
    new = add("add", tr(N_("authorise an adult to collect the child")), into=people)
    new.add_argument("child", metavar="CHILD")
    new.add_argument("--name", required=True)
    new.add_argument("--phone")
    new.add_argument("--relation")
    new.set_defaults(handler=add_pickup)
    listing = add("list", tr(N_("who may collect the child")), into=people)
    listing.add_argument("child", metavar="CHILD")
    listing.set_defaults(handler=list_pickup)
    remove = add("remove", tr(N_("withdraw an authorisation")), into=people)
    remove.add_argument("pickup", type=int, metavar="PICKUP_ID",
                        help=tr(N_("the authorised adult's number, as pickup list shows it")))
    remove.set_defaults(handler=remove_pickup)


def card_code(db: Database, child: str) -> str | None:
    """The card code ``child show`` prints (issued first when the child has none); None for an anonymised child."""
    from enrol.domain.errors import RefusedError

    try:
        return cards.child_card(db, actor=Actor.cli(), child=child).code
    except RefusedError:
        return None


def _target(args: argparse.Namespace) -> dict[str, str | None]:
    if (args.child is None) == (args.code is None):
        args.usage(tr(N_("give either CHILD or --code CODE")))
    return {"child": args.child, "code": args.code}


def _notices(result: scans.ScanResult) -> list[str]:
    return [tr(n.message, **n.params) for n in result.notices]


def _scan(args: argparse.Namespace, call: Callable[..., scans.ScanResult], **extra: object) -> scans.ScanResult:
    target = _target(args)
    at = parse_moment(args.at, field="at") if args.at else None
    return call(database(args), actor=Actor.cli(), desk=args.desk, at=at, override_reason=args.override_reason,
                **target, **extra)


def _answer(args: argparse.Namespace, result: scans.ScanResult, document: dict[str, object], line: str) -> int:
    """``--json``: the document with the notices; otherwise the notices on stderr and one line on stdout."""
    if args.json:
        print_json({"status": result.status, "child_id": result.child_id, "inside": result.inside, **document,
                    "notices": _notices(result), "scan_id": result.scan_id})
        return 0
    for text in _notices(result):
        sys.stderr.write("enrol: " + text + "\n")
    sys.stdout.write(line + "\n")
    return 0


def check_in(args: argparse.Namespace) -> int:
    result = _scan(args, scans.check_in)
    return _answer(args, result, {"capacity": result.capacity},
                   tr(N_("IN: {child} ({inside} of {capacity} inside)"), child=result.full_name,
                      inside=result.inside, capacity=result.capacity))


def check_out(args: argparse.Namespace) -> int:
    result = _scan(args, scans.check_out, collected_by=args.collected_by)
    return _answer(args, result, {"collected_by": result.collected_by},
                   tr(N_("OUT: {child} ({inside} inside)"), child=result.full_name, inside=result.inside))


def inside(args: argparse.Namespace) -> int:
    found = scans.inside_now(database(args), actor=Actor.cli())
    if args.json:
        print_json({"count": found.count, "capacity": found.capacity,
                    "children": [{"child_id": c.child_id, "surname": c.surname, "name": c.name, "since": c.since,
                                  "room": c.room} for c in found.children]})
        return 0
    print_table(["#", tr(N_("surname")), tr(N_("given name")), tr(N_("since")), tr(N_("room"))],
                [[c.child_id, c.surname, c.name, c.since.strftime("%H:%M"), c.room or "—"] for c in found.children])
    sys.stdout.write(tr(N_("{count} of {capacity} inside"), count=found.count, capacity=found.capacity) + "\n")
    return 0


def entrance_log(args: argparse.Namespace) -> int:
    day = parse_date(args.date, field="date") if args.date else None
    lines = scans.entrance_log(database(args), actor=Actor.cli(), day=day, child=args.child)
    if args.json:
        print_json(lines)
        return 0
    print_table(["#", tr(N_("when")), tr(N_("child")), tr(N_("in/out")), tr(N_("desk")), tr(N_("user")),
                 tr(N_("collected by")), tr(N_("reason"))],
                [[s.scan_id, s.at.strftime("%Y-%m-%d %H:%M"), s.child,
                  (tr(N_("IN")) if s.direction == "in" else tr(N_("OUT"))) + (" " + tr(N_("(undone)")) if s.undone else ""),
                  s.desk, s.actor, s.collected_by, s.override_reason] for s in lines])
    return 0


def undo_scan(args: argparse.Namespace) -> int:
    scans.undo_scan(database(args), actor=Actor.cli(), scan_id=args.scan)
    if args.json:
        print_json({"undone": args.scan})
    else:
        sys.stdout.write(tr(N_("Scan {scan} undone."), scan=args.scan) + "\n")
    return 0


def still_inside(args: argparse.Namespace) -> int:
    from enrol.services.entrance import facts

    found = facts.still_inside(database(args), actor=Actor.cli())
    if args.json:
        print_json(found)
        return 0
    print_table(["#", tr(N_("child")), tr(N_("since")), tr(N_("phone"))],
                [[c.child_id, c.child, c.since.strftime("%H:%M"), ", ".join(c.phones)] for c in found])
    return 0


def close_day(args: argparse.Namespace) -> int:
    from enrol.services.entrance import facts

    count = facts.close_day(database(args), actor=Actor.cli(), reason=args.reason)
    if args.json:
        print_json({"closed": count})
    else:
        sys.stdout.write(tr(N_("{count} children recorded as out."), count=count) + "\n")
    return 0


def child_card(args: argparse.Namespace) -> int:
    info = cards.child_card(database(args), actor=Actor.cli(), child=args.child, reissue=args.reissue)
    if args.json:
        print_json(info)
    else:
        sys.stdout.write(f"{info.code}\n")
    return 0


def set_leave_alone(args: argparse.Namespace) -> int:
    said_on = parse_date(args.said_on, field="said_on") if args.said_on else None
    may = {"yes": True, "no": False, "by-age": None}[args.may_leave_alone]
    result = pickup.set_leave_alone(database(args), actor=Actor.cli(), child=args.child, may=may, said_on=said_on)
    if args.json:
        print_json(result)
    else:
        sys.stdout.write((tr(N_("may leave alone")) if result.may_leave_alone else tr(N_("may not leave alone"))) + "\n")
    return 0


def add_pickup(args: argparse.Namespace) -> int:
    person = pickup.add_pickup(database(args), actor=Actor.cli(), child=args.child, name=args.name, phone=args.phone,
                               relation=args.relation)
    if args.json:
        print_json(person)
    else:
        sys.stdout.write(tr(N_("Pickup person {id} added."), id=person.pickup_id) + "\n")
    return 0


def list_pickup(args: argparse.Namespace) -> int:
    alone, people = pickup.who_may_collect(database(args), actor=Actor.cli(), child=args.child)
    if args.json:
        print_json({"may_leave_alone": alone.may_leave_alone, "by_age": alone.by_age, "said_on": alone.said_on,
                    "collectors": people})
        return 0
    sys.stdout.write((tr(N_("may leave alone")) if alone.may_leave_alone else tr(N_("may not leave alone"))) + "\n")
    print_table(["#", tr(N_("name")), tr(N_("who")), tr(N_("relation")), tr(N_("phone"))],
                [[p.pickup_id or "", p.full_name, tr(N_("guardian")) if p.kind == "guardian" else tr(N_("pickup person")),
                  p.relation, p.phone] for p in people])
    return 0


def remove_pickup(args: argparse.Namespace) -> int:
    pickup.remove_pickup(database(args), actor=Actor.cli(), pickup_id=args.pickup)
    if not args.json:
        sys.stdout.write(tr(N_("Pickup person {id} removed."), id=args.pickup) + "\n")
    else:
        print_json({"removed": args.pickup})
    return 0



