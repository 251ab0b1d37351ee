"""``enrol child add|list|show``."""
from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Callable

from enrol.cli.output import print_json, print_pairs, print_table
from enrol.domain.children import ChildFields
from enrol.domain.errors import N_
from enrol.domain.validation import parse_date
from enrol.domain.vocabulary import ENROLMENT_STATUSES, GUARDIAN_RELATIONS, SEXES
from enrol.i18n import format_date, tr, word
from enrol.services.people import children
from enrol.services.context import Actor, now
from enrol.cli.context import database


def register(child: argparse._SubParsersAction, add: Callable[..., argparse.ArgumentParser]) -> None:  # type: ignore[type-arg]
    new = add("add", tr(N_("register a child")), into=child)
    new.add_argument("--surname", required=True)
    new.add_argument("--name", required=True)
    new.add_argument("--patronymic")
    new.add_argument("--birth-date", help="YYYY-MM-DD")
    new.add_argument("--iin")
    new.add_argument("--sex", choices=("f", "m"))
    new.add_argument("--school")
    new.add_argument("--grade")
    new.add_argument("--shift", choices=("1", "2"))
    new.add_argument("--district")
    new.add_argument("--priority")
    new.add_argument("--notes")
    new.add_argument("--guardian", required=True, help=tr(N_("full name of the legal representative")))
    new.add_argument("--phone", required=True)
    new.add_argument("--relation", default="parent")
    new.add_argument("--consent", action="store_true",
                     help=tr(N_("the guardian named signed the centre's standard consent form today")))
    new.add_argument("--allow-duplicate", action="store_true",
                     help=tr(N_("register even though a child with the same name and birth date exists")))
    new.set_defaults(handler=add_child)

    listing = add("list", tr(N_("list or search children")), into=child)
    listing.add_argument("--search", default="")
    listing.add_argument("--limit", type=int, default=50)
    listing.set_defaults(handler=list_children)

    show = add("show", tr(N_("show a child (id or IIN)")), into=child)
    show.add_argument("child")
    show.set_defaults(handler=show_child)


def add_child(args: argparse.Namespace) -> int:
    fields = ChildFields(
        surname=args.surname, name=args.name, patronymic=args.patronymic,
        birth_date=parse_date(args.birth_date, field="birth_date") if args.birth_date else None,
        iin=args.iin, sex=args.sex, school=args.school, grade=args.grade, shift=args.shift,
        district=args.district, priority=args.priority, notes=args.notes,
    )
    guardian = children.GuardianInput(full_name=args.guardian, phone=args.phone, relation=args.relation)
    consent = None
    if args.consent:
        consent = children.ConsentInput(signed_by=args.guardian, relation=args.relation, signed_on=now().date())
    db = database(args)
    result = children.register_child(db, actor=Actor.cli(), fields=fields, guardians=[guardian], consent=consent,
                                     allow_duplicate=args.allow_duplicate)
    for notice in result.notices:
        sys.stderr.write("enrol: " + tr(N_("warning")) + ": " + tr(notice.message, **notice.params) + "\n")
    if args.json:
        print_json(result.child)
    else:
        sys.stdout.write(tr(N_("Registered #{id}: {child}, born {birth_date}"), id=result.child.id,
                            child=result.child.full_name, birth_date=format_date(result.child.birth_date)) + "\n")
    return 0


def list_children(args: argparse.Namespace) -> int:
    db = database(args)
    found = children.search_children(db, text=args.search, limit=args.limit)
    if args.json:
        print_json(found)
    else:
        print_table(
            ["#", tr(N_("IIN")), tr(N_("child")), tr(N_("birth date")), tr(N_("school")), tr(N_("grade"))],
            [[c.id, c.iin, c.full_name, c.birth_date, c.school, c.grade] for c in found],
        )
    return 0


def show_child(args: argparse.Namespace) -> int:
    db = database(args)
    detail = children.child_detail(db, child=args.child)
    if args.json:
        document = {**dataclasses.asdict(detail.child), "district": detail.district, "priority": detail.priority,
                    "guardians": detail.guardians, "has_consent": detail.has_consent,
                    "enrolments": [{"group": e.group, "club": e.club, "status": e.status, "position": e.position,
                                    "start_date": e.start_date, "offer_expires_at": e.offer_expires_at}
                                   for e in detail.enrolments]}
        print_json(document)
        return 0
    c = detail.child
    print_pairs([
        ("#", c.id), (tr(N_("child")), c.full_name), (tr(N_("IIN")), c.iin), (tr(N_("birth date")), c.birth_date),
        (tr(N_("sex")), word(SEXES, c.sex)), (tr(N_("school")), c.school), (tr(N_("grade")), c.grade),
        (tr(N_("school shift")), c.shift), (tr(N_("consent")), tr(N_("yes")) if detail.has_consent else tr(N_("no"))),
    ])
    for g in detail.guardians:
        sys.stdout.write(f"{tr(N_('guardian'))}: {g.full_name} ({word(GUARDIAN_RELATIONS, g.relation)}) {g.phone}\n")
    if detail.enrolments:
        print_table([tr(N_("group")), tr(N_("club")), tr(N_("status")), tr(N_("position"))],
                    [[e.group, e.club, word(ENROLMENT_STATUSES, e.status), e.position] for e in detail.enrolments])
    return 0
