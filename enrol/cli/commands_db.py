"""``enrol gui``, ``enrol db …`` and ``enrol demo``."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from enrol.cli.output import print_json, print_pairs
from enrol.db import schema
from enrol.domain.errors import N_, RefusedError, ValidationError
from enrol.i18n import tr
from enrol.cli.context import database, raw_database
from enrol.services import database as storage
from enrol.services.context import Actor


def say(message: str, **params: object) -> None:
    sys.stdout.write(tr(message, **params) + "\n")


def gui(args: argparse.Namespace) -> int:
    from enrol.ui.app import run_gui

    return run_gui(db_url=args.db, smoke=args.smoke, language=args.lang)


def init(args: argparse.Namespace) -> int:
    db = database(args, create=True)
    report = storage.check_database(db)
    if args.json:
        print_json(report)
    else:
        say(N_("The database is ready: {db} (schema {schema})."), db=report.location, schema=report.schema)
    return 0


def upgrade(args: argparse.Namespace) -> int:
    db = database(args, upgrade=False)
    backup = schema.upgrade(db)
    state = schema.schema_state(db)
    if args.json:
        print_json({"schema": state.current, "backup": str(backup) if backup else None})
    elif backup:
        say(N_("Upgraded to schema {schema}; the previous state is saved in {path}."), schema=state.current,
            path=str(backup))
    else:
        say(N_("The database is up to date (schema {schema})."), schema=state.current)
    return 0


def check(args: argparse.Namespace) -> int:
    db = database(args, upgrade=False)
    report = storage.check_database(db)
    if args.json:
        print_json(report)
    else:
        print_pairs([
            (tr(N_("database")), report.location), (tr(N_("schema")), f"{report.schema} / {report.head}"),
            (tr(N_("integrity")), report.integrity), (tr(N_("rooms")), report.rooms),
            (tr(N_("groups")), report.groups), (tr(N_("children")), report.children),
            (tr(N_("enrolments")), report.enrolments),
        ])
    if report.integrity != "ok":
        return 5
    return 0


def backup(args: argparse.Namespace) -> int:
    db = database(args)
    path = storage.backup_database(db, target=Path(args.output) if args.output else None)
    if args.json:
        print_json({"backup": str(path)})
    else:
        say(N_("Backup written and verified: {path}"), path=str(path))
    return 0


def restore(args: argparse.Namespace) -> int:
    db = raw_database(args)  # the file may be damaged or missing: that is why one restores
    safety = storage.restore_database(db, source=Path(args.file))
    if args.json:
        print_json({"restored_from": args.file, "previous_state": str(safety)})
    else:
        say(N_("Restored from {path}; the previous state is saved in {safety}."), path=args.file, safety=str(safety))
    return 0


def demo(args: argparse.Namespace) -> int:
    from enrol.services.demo import build_demo

    if not 0 <= args.children <= 200_000:
        raise ValidationError("children", N_("the number of children must be between 0 and 200000"))
    db = database(args, create=True)
    if storage.check_database(db).rooms:
        raise RefusedError(N_("The database {db} already holds a centre; the demo needs an empty database."),
                           rule="not_empty", db=db.describe())
    report = build_demo(db, actor=Actor.cli(), children=args.children, seed=args.seed)
    if args.json:
        print_json(report)
    else:
        say(N_("Demo centre built: {rooms} rooms, {clubs} clubs, {groups} groups, {children} children, "
               "{enrolments} enrolments."), rooms=report.rooms, clubs=report.clubs, groups=report.groups,
            children=report.children, enrolments=report.enrolments)
    return 0
