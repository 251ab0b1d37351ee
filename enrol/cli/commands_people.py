"""``enrol user …``, ``enrol audit …``, ``enrol consent …`` and ``enrol child export|anonymise``.

The CLI acts with administrator rights as ``cli:<os user>`` (README, *The command line*). A password comes from
``ENROL_PASSWORD`` (scripts) or is asked twice without echo; it is never an argument, so it never lands in a
shell history or a process list.
"""
from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path

from enrol.cli.context import database
from enrol.cli.output import print_json, print_pairs, print_table
from enrol.domain.errors import N_, ValidationError
from enrol.domain.validation import parse_date
from enrol.domain.vocabulary import CONSENT_STATUSES, ROLE_NAMES
from enrol.i18n import format_date, ntr, render, tr, word
from enrol.services.people import audit, child_data, consent, permissions, users
from enrol.services.context import Actor

Add = Callable[..., argparse.ArgumentParser]


def register(add: Add, group: Callable[..., argparse._SubParsersAction],  # type: ignore[type-arg]
             child: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    people = group("user", tr(N_("users who sign in to the window, and their roles")))
    new = add("add", tr(N_("add a user (password from ENROL_PASSWORD or asked)")), into=people)
    new.add_argument("login")
    new.add_argument("--role", required=True, choices=permissions.ROLES)
    new.add_argument("--name", help=tr(N_("full name (default: the login)")))
    new.add_argument("--staff", type=int, metavar="STAFF_ID", help=tr(N_("the staff member this user is")))
    new.set_defaults(handler=add_user)
    add("list", tr(N_("list users")), into=people).set_defaults(handler=list_users)
    passwd = add("passwd", tr(N_("set a user's password (also lifts a lockout)")), into=people)
    passwd.add_argument("login")
    passwd.set_defaults(handler=set_password)
    off = add("deactivate", tr(N_("stop a user from signing in")), into=people)
    off.add_argument("login")
    off.set_defaults(handler=deactivate_user)
    on = add("activate", tr(N_("let a deactivated user sign in again")), into=people)
    on.add_argument("login")
    on.set_defaults(handler=activate_user)

    trail = group("audit", tr(N_("the audit trail: who did what, when")))
    listing = add("list", tr(N_("the newest events first")), into=trail)
    export = add("export", tr(N_("write the events to a .json or .csv file")), into=trail)
    export.add_argument("file", metavar="FILE")
    export.add_argument("--force", action="store_true", help=tr(N_("replace an existing file of another kind")))
    for sub in (listing, export):
        sub.add_argument("--user", help=tr(N_("only this login (e.g. cli:root)")))
        sub.add_argument("--entity", help=tr(N_("only this kind of record (child, group, user …)")))
        sub.add_argument("--id", dest="entity_id", help=tr(N_("only the record with this number")))
        sub.add_argument("--since", metavar="YYYY-MM-DD")
        sub.add_argument("--until", metavar="YYYY-MM-DD")
    listing.add_argument("--limit", type=int, default=50)
    listing.set_defaults(handler=list_audit)
    export.set_defaults(handler=export_audit)

    dump = add("export", tr(N_("everything held about a child, as JSON")), into=child)
    dump.add_argument("child", metavar="CHILD")
    dump.add_argument("-o", "--output", required=True, metavar="FILE.json")
    dump.add_argument("--force", action="store_true", help=tr(N_("replace an existing file of another kind")))
    dump.set_defaults(handler=export_child)
    forget = add("anonymise", tr(N_("remove a child's names, IIN, contacts and notes; statistics stay")), into=child)
    forget.add_argument("child", metavar="CHILD")
    forget.set_defaults(handler=anonymise_child)
    expired = add("anonymise-expired", tr(N_("anonymise every child past the retention period")), into=child)
    expired.add_argument("--dry-run", action="store_true", help=tr(N_("only list who would be anonymised")))
    expired.set_defaults(handler=anonymise_expired)

    register_consent(add, group)


def register_consent(add: Add, group: Callable[..., argparse._SubParsersAction]) -> None:  # type: ignore[type-arg]
    consents = group("consent", tr(N_("the personal-data consent register")))
    new = add("add", tr(N_("record a signed consent")), into=consents)
    new.add_argument("child", metavar="CHILD")
    new.add_argument("--signed-by", required=True, help=tr(N_("full name of the legal representative")))
    new.add_argument("--relation", default="parent")
    new.add_argument("--date", metavar="YYYY-MM-DD", help=tr(N_("day signed (default today)")))
    new.add_argument("--valid-until", metavar="YYYY-MM-DD")
    new.add_argument("--photo", action="store_true", help=tr(N_("photos and video are allowed too")))
    new.add_argument("--scope", default=consent.STANDARD_SCOPE, help=tr(N_("what data")))
    new.set_defaults(handler=add_consent)
    show = add("show", tr(N_("a child's consents")), into=consents)
    show.add_argument("child", metavar="CHILD")
    show.set_defaults(handler=show_consents)
    withdraw = add("withdraw", tr(N_("record that a consent was withdrawn")), into=consents)
    withdraw.add_argument("consent_id", type=int, metavar="CONSENT_ID")
    withdraw.add_argument("--reason")
    withdraw.set_defaults(handler=withdraw_consent)
    missing = add("missing", tr(N_("children without a valid consent")), into=consents)
    missing.add_argument("--limit", type=int, default=1000)
    missing.set_defaults(handler=missing_consents)
    form = add("form", tr(N_("print the consent form for signature")), into=consents)
    form.add_argument("child", metavar="CHILD")
    form.add_argument("--form-lang", choices=("kk", "ru"), default="kk")
    form.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    form.add_argument("--force", action="store_true", help=tr(N_("replace an existing file of another kind")))
    form.set_defaults(handler=print_form)


# --- users ---------------------------------------------------------------------------------------------------

def _password() -> str:
    """ENROL_PASSWORD, else typed twice without echo; never an argument."""
    given = os.environ.get("ENROL_PASSWORD")
    if given:
        return given
    if not sys.stdin.isatty():
        raise ValidationError("password", N_("set ENROL_PASSWORD or run the command in a terminal to type it"))
    first = getpass.getpass(tr(N_("Password: ")))
    if getpass.getpass(tr(N_("Repeat the password: "))) != first:
        raise ValidationError("password", N_("the two passwords differ"))
    return first


def _user_row(info: users.UserInfo) -> list[object]:
    state = tr(N_("active")) if info.active else tr(N_("deactivated"))
    return [info.login, info.full_name, word(ROLE_NAMES, info.role), state, info.last_sign_in_at]


def add_user(args: argparse.Namespace) -> int:
    password = _password()
    info = users.add_user(database(args), actor=Actor.cli(), login=args.login, role=args.role,
                          full_name=args.name or args.login, password=password, staff_id=args.staff)
    if args.json:
        print_json(info)
    else:
        sys.stdout.write(tr(N_("Added user {login} ({role})"), login=info.login, role=word(ROLE_NAMES, info.role)) + "\n")
    return 0


def list_users(args: argparse.Namespace) -> int:
    found = users.list_users(database(args), actor=Actor.cli())
    if args.json:
        print_json(found)
    else:
        print_table([tr(N_("login")), tr(N_("full name")), tr(N_("role")), tr(N_("state")), tr(N_("last sign-in"))],
                    [_user_row(u) for u in found])
    return 0


def set_password(args: argparse.Namespace) -> int:
    password = _password()
    users.set_password(database(args), actor=Actor.cli(), login=args.login, password=password)
    sys.stdout.write(tr(N_("The password of {login} was set"), login=args.login) + "\n")
    return 0


def deactivate_user(args: argparse.Namespace) -> int:
    info = users.deactivate_user(database(args), actor=Actor.cli(), login=args.login)
    sys.stdout.write(tr(N_("{login} can no longer sign in"), login=info.login) + "\n")
    return 0


def activate_user(args: argparse.Namespace) -> int:
    info = users.update_user(database(args), actor=Actor.cli(), login=args.login, active=True)
    sys.stdout.write(tr(N_("{login} can sign in again"), login=info.login) + "\n")
    return 0


# --- audit ---------------------------------------------------------------------------------------------------

def _day(text: str | None, field: str) -> dt.datetime | None:
    return dt.datetime.combine(parse_date(text, field=field), dt.time()) if text else None


def _filters(args: argparse.Namespace) -> dict[str, object]:
    until = _day(args.until, "until")
    return {"user": args.user, "entity": args.entity, "entity_id": args.entity_id,
            "since": _day(args.since, "since"), "until": until + dt.timedelta(days=1) if until else None}


def list_audit(args: argparse.Namespace) -> int:
    db = database(args)
    found = audit.list_events(db, actor=Actor.cli(), limit=args.limit, **_filters(args))  # type: ignore[arg-type]
    if args.json:
        print_json(found)
    else:
        print_table([tr(N_("when")), tr(N_("who")), tr(N_("what")), tr(N_("record"))],
                    [[format_date(e.entry.at.date()) + e.entry.at.strftime(" %H:%M:%S"), render(e.who), render(e.what),
                      render(e.record)] for e in audit.readable(db, found)])
    return 0


def export_audit(args: argparse.Namespace) -> int:
    count = audit.export_events(database(args), actor=Actor.cli(), path=Path(args.file), force=args.force,
                               **_filters(args))  # type: ignore[arg-type]
    sys.stdout.write(ntr(N_("{count} event written to {file}"), "{count} events written to {file}", count,
                         file=args.file) + "\n")
    return 0


# --- a child's data --------------------------------------------------------------------------------------------

def export_child(args: argparse.Namespace) -> int:
    path = child_data.export_child_file(database(args), actor=Actor.cli(), child=args.child, path=Path(args.output),
                                        force=args.force)
    sys.stdout.write(tr(N_("Everything held about the child was written to {file}"), file=str(path)) + "\n")
    return 0


def anonymise_child(args: argparse.Namespace) -> int:
    result = child_data.anonymise_child(database(args), actor=Actor.cli(), child=args.child)
    if args.json:
        print_json(result)
    else:
        sys.stdout.write(tr(N_("Child #{id} was anonymised"), id=result.child_id) + "\n")
    return 0


def anonymise_expired(args: argparse.Namespace) -> int:
    db = database(args)
    if args.dry_run:
        ids = child_data.due_for_anonymising(db, actor=Actor.cli())
    else:
        ids = child_data.anonymise_expired(db, actor=Actor.cli())
    if args.json:
        print_json({"children": ids, "done": not args.dry_run})
    else:
        sys.stdout.write(ntr(N_("{count} child past the retention period: {ids}"), "{count} children past the retention period: {ids}",
                                len(ids),
                            ids=", ".join(map(str, ids)) or "—") + "\n")
    return 0


# --- consents --------------------------------------------------------------------------------------------------

def add_consent(args: argparse.Namespace) -> int:
    info = consent.record_consent(
        database(args), actor=Actor.cli(), child=args.child, signed_by=args.signed_by, relation=args.relation,
        signed_on=parse_date(args.date, field="signed_on") if args.date else None,
        valid_until=parse_date(args.valid_until, field="valid_until") if args.valid_until else None,
        photo_consent=args.photo, scope=args.scope)
    if args.json:
        print_json(info)
    else:
        sys.stdout.write(tr(N_("Consent #{id} recorded"), id=info.id) + "\n")
    return 0


def show_consents(args: argparse.Namespace) -> int:
    register = consent.consent_register(database(args), actor=Actor.cli(), child=args.child)
    if args.json:
        print_json(register)
        return 0
    print_pairs([(tr(N_("child")), register.child), (tr(N_("consent")), word(CONSENT_STATUSES, register.status))])
    if register.consents:
        print_table(["#", tr(N_("signed by")), tr(N_("signed on")), tr(N_("valid until")), tr(N_("photos")),
                     tr(N_("withdrawn"))],
                    [[c.id, c.signed_by, c.signed_on, c.valid_until, tr(N_("yes")) if c.photo_consent else tr(N_("no")),
                      c.withdrawn_on] for c in register.consents])
    return 0


def withdraw_consent(args: argparse.Namespace) -> int:
    info = consent.withdraw_consent(database(args), actor=Actor.cli(), consent_id=args.consent_id, reason=args.reason)
    sys.stdout.write(tr(N_("Consent #{id} withdrawn on {date}"), id=info.id, date=format_date(info.withdrawn_on)) + "\n")
    return 0


def missing_consents(args: argparse.Namespace) -> int:
    found = consent.children_without_consent(database(args), actor=Actor.cli(), limit=args.limit)
    if args.json:
        print_json(found)
    else:
        print_table(["#", tr(N_("child")), tr(N_("consent"))], [[m.child_id, m.child, word(CONSENT_STATUSES, m.status)] for m in found])
    return 0


def print_form(args: argparse.Namespace) -> int:
    consent.print_consent_form(database(args), actor=Actor.cli(), child=args.child, language=args.form_lang,
                               output=Path(args.output), force=args.force)
    sys.stdout.write(tr(N_("Written {file}"), file=args.output) + "\n")
    return 0
