"""``enrol room|club|group …`` and ``enrol settings …``."""
from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Callable

from enrol.cli import commands_enrolment
from enrol.cli.output import print_json, print_pairs, print_table
from enrol.domain.errors import N_
from enrol.domain.vocabulary import CLUB_FUNDING, DIRECTIONS, ROOM_KINDS, TEACHING_LANGUAGES, WEEKDAYS
from enrol.i18n import tr, word
from enrol.services.centre import clubs, groups, rooms, settings
from enrol.services.context import Actor
from enrol.cli.context import database


def register(add: Callable[..., argparse.ArgumentParser], group: Callable[..., argparse._SubParsersAction]) -> None:  # type: ignore[type-arg]
    room = group("room", tr(N_("rooms of the building")))
    add("list", tr(N_("list rooms by floor")), into=room).set_defaults(handler=list_rooms)
    club = group("club", tr(N_("clubs")))
    add("list", tr(N_("list clubs")), into=club).set_defaults(handler=list_clubs)
    grp = group("group", tr(N_("groups of the clubs")))
    add("list", tr(N_("list groups with seats and free places")), into=grp).set_defaults(handler=list_groups)
    show = add("show", tr(N_("a group's roster, waitlist and meetings")), into=grp)
    show.add_argument("group")
    show.set_defaults(handler=show_group)
    seats = add("seats", tr(N_("change a group's number of seats (more seats go to the waitlist)")), into=grp)
    seats.add_argument("group")
    seats.add_argument("seats", type=int)
    seats.set_defaults(handler=commands_enrolment.change_seats)
    setting = group("settings", tr(N_("the centre's settings")))
    get = add("get", tr(N_("show settings")), into=setting)
    get.add_argument("key", nargs="?")
    get.set_defaults(handler=get_settings)
    put = add("set", tr(N_("change a setting")), into=setting)
    put.add_argument("key")
    put.add_argument("value")
    put.add_argument("--force", action="store_true",
                     help=tr(N_("store a building capacity below the week's peak all the same")))
    put.set_defaults(handler=set_setting)


def list_rooms(args: argparse.Namespace) -> int:
    found = rooms.list_rooms(database(args))
    if args.json:
        print_json(found)
    else:
        print_table([tr(N_("code")), tr(N_("floor")), tr(N_("room")), tr(N_("kind")), tr(N_("seats"))],
                    [[r.code, r.floor, r.name, word(ROOM_KINDS, r.kind), r.seats] for r in found])
    return 0


def list_clubs(args: argparse.Namespace) -> int:
    found = clubs.list_clubs(database(args))
    if args.json:
        print_json(found)
    else:
        print_table([tr(N_("club")), tr(N_("direction")), tr(N_("ages")), tr(N_("funding")), tr(N_("groups"))],
                    [[c.name, word(DIRECTIONS, c.direction), f"{c.age_min}–{c.age_max}", word(CLUB_FUNDING, c.funding),
                     c.groups] for c in found])
    return 0


def list_groups(args: argparse.Namespace) -> int:
    db = database(args)
    found = groups.list_groups(db)
    if args.json:
        print_json([{**dataclasses.asdict(g), "free": g.free} for g in found])
    else:
        print_table([tr(N_("group")), tr(N_("club")), tr(N_("teacher")), tr(N_("seats")), tr(N_("enrolled")),
                     tr(N_("free")), tr(N_("waitlist"))],
                    [[g.code, g.club, g.teacher, g.seats, g.enrolled, g.free, g.waitlisted] for g in found])
    return 0


def show_group(args: argparse.Namespace) -> int:
    detail = groups.group_detail(database(args), group=args.group)
    g = detail.group
    if args.json:
        print_json({
            **dataclasses.asdict(g), "free": g.free,
            "roster": [{"child_id": e.child_id, "child": e.child, "iin": e.iin, "status": e.status,
                        "start_date": e.start_date} for e in detail.roster],
            "offers": [{"child_id": e.child_id, "child": e.child, "expires_at": e.offer_expires_at}
                       for e in detail.offers],
            "waitlist": [e.child_id for e in detail.waitlist],
            "waitlist_detail": [{"position": e.position, "child_id": e.child_id, "child": e.child,
                                 "applied_at": e.applied_at} for e in detail.waitlist],
            "meetings": [{"weekday": m.weekday, "start": m.start, "end": m.end, "room": m.room}
                         for m in detail.meetings],
        })
        return 0
    print_pairs([
        (tr(N_("group")), g.code), (tr(N_("club")), g.club), (tr(N_("teacher")), g.teacher),
        (tr(N_("seats")), g.seats), (tr(N_("enrolled")), g.enrolled), (tr(N_("free")), g.free),
        (tr(N_("ages")), f"{g.age_min}–{g.age_max}"), (tr(N_("language")), word(TEACHING_LANGUAGES, g.language)),
    ])
    for m in detail.meetings:
        sys.stdout.write(f"  {tr(WEEKDAYS[m.weekday])} {m.start}–{m.end} {tr(N_('room'))} {m.room}\n")
    sys.stdout.write("\n" + tr(N_("Roster")) + "\n")
    print_table(["№", tr(N_("child")), tr(N_("birth date")), tr(N_("guardian")), tr(N_("phone"))],
                [[i, e.child, e.birth_date, e.guardian, e.phone] for i, e in enumerate(detail.roster, 1)])
    if detail.offers:
        sys.stdout.write("\n" + tr(N_("Offers")) + "\n")
        print_table([tr(N_("child")), tr(N_("phone")), tr(N_("until"))],
                    [[e.child, e.phone, e.offer_expires_at] for e in detail.offers])
    if detail.waitlist:
        sys.stdout.write("\n" + tr(N_("Waitlist")) + "\n")
        print_table(["№", tr(N_("child")), tr(N_("applied")), tr(N_("phone"))],
                    [[e.position, e.child, e.applied_at, e.phone] for e in detail.waitlist])
    return 0


def get_settings(args: argparse.Namespace) -> int:
    db = database(args)
    if args.key:
        info = settings.get_setting(db, key=args.key)
        if args.json:
            print_json({info.key: info.value})
        else:
            sys.stdout.write(info.value + "\n")
        return 0
    found = settings.list_settings(db)
    if args.json:
        print_json({s.key: s.value for s in found})
    else:
        print_table([tr(N_("setting")), tr(N_("value")), tr(N_("meaning"))],
                    [[s.key, s.value, tr(s.description)] for s in found])
    return 0


def set_setting(args: argparse.Namespace) -> int:
    info = settings.set_setting(database(args), actor=Actor.cli(), key=args.key, value=args.value,
                                force=args.force)
    if args.json:
        print_json({info.key: info.value})
    else:
        sys.stdout.write(f"{info.key} = {info.value}\n")
    return 0
