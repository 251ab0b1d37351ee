"""``enrol gui``, ``enrol db init|upgrade|check|backup|backups|restore`` and ``enrol demo``."""
from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from enrol.cli.context import database, raw_database
from enrol.cli.output import print_json, print_pairs, print_table
from enrol.db import schema
from enrol.domain.errors import N_, RefusedError, StorageError, ValidationError
from enrol.i18n import format_date, tr
from enrol.services.storage import backups
from enrol.services.storage import database as storage
from enrol.services.context import Actor


Add = Callable[..., argparse.ArgumentParser]
Group = Callable[..., argparse._SubParsersAction]  # type: ignore[type-arg]


def say(message: str, **params: object) -> None:
    sys.stdout.write(tr(message, **params) + "\n")


def gui(args: argparse.Namespace) -> int:
    from enrol.ui.app import run_gui

    if (args.user or args.screen) and not args.smoke:
        sys.stderr.write("enrol: " + tr(N_("--user and --screen go with --smoke")) + "\n")
        return 2
    if args.screen and not args.user:
        sys.stderr.write("enrol: " + tr(N_("--screen goes with --user")) + "\n")
        return 2
    screen = None
    if args.screen:
        from PySide6.QtCore import QSize

        screen = QSize(*args.screen)
    return run_gui(db_url=args.db, smoke=args.smoke, language=args.lang, user=args.user, screen=screen)


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
    backup = storage.upgrade_database(db)
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
    """Exit 0 when sound; 5 with one line on stderr naming the latest backup to restore when not."""
    db = database(args, upgrade=False)
    report = storage.check_database(db)
    if args.json:
        print_json(report)
    else:
        print_pairs([
            (tr(N_("database")), report.location), (tr(N_("schema")), f"{report.schema} / {report.head}"),
            (tr(N_("integrity")), tr(N_("no damage found")) if report.integrity == "ok" else report.integrity), (tr(N_("rooms")), report.rooms),
            (tr(N_("groups")), report.groups), (tr(N_("children")), report.children),
            (tr(N_("enrolments")), report.enrolments), (tr(N_("backups")), report.backups),
            (tr(N_("latest backup")), report.latest_backup or "—"),
        ])
    if report.integrity != "ok":
        sys.stderr.write("enrol: " + tr(N_("The database {db} is damaged ({detail}). Restore the latest good "
                                           "backup: enrol db restore --latest"),
                                        db=report.location, detail=report.integrity[:200]) + "\n")
        return 5
    return 0


def backup(args: argparse.Namespace) -> int:
    db = database(args)
    path = storage.backup_database(db, target=Path(args.output) if args.output else None,
                                   force=args.force)
    if args.json:
        print_json({"backup": str(path)})
    else:
        say(N_("Backup written and verified: {path}"), path=str(path))
    return 0


def list_backups(args: argparse.Namespace) -> int:
    db = raw_database(args)  # listing works also when the database itself cannot be opened
    found = backups.list_backups(db)
    if args.json:
        print_json([{"path": str(b.path), "kind": b.kind, "taken_at": b.taken_at, "size": b.size} for b in found])
        return 0
    if not found:
        say(N_("No backups yet in {folder}."), folder=str(backups.backups_folder(db)))
        return 0
    print_table([tr(N_("taken at")), tr(N_("kind")), tr(N_("size, MB")), tr(N_("file"))],
                [[format_date(b.taken_at.date()) + b.taken_at.strftime(" %H:%M:%S"), tr(backups.KINDS[b.kind]), f"{b.size / 1e6:.1f}",
                  str(b.path)] for b in found])
    return 0


def restore(args: argparse.Namespace) -> int:
    db = raw_database(args)  # the file may be damaged or missing: that is why one restores
    if args.latest == bool(args.file):
        raise ValidationError("file", N_("name a backup file or give --latest (not both)"))
    if args.latest:
        latest = backups.latest_good_backup(db)
        if latest is None:
            raise StorageError(N_("There is no sound backup of {db} in {folder}."), kind="missing",
                               db=db.describe(), folder=str(backups.backups_folder(db)))
        source = latest.path
    else:
        source = Path(args.file)
    result = backups.restore(db, actor=Actor.cli(), source=source)
    safety = result.previous_state
    if args.json:
        print_json({"restored_from": str(source), "previous_state": str(safety) if safety else None})
    elif safety:
        say(N_("Restored from {path}; the previous state is saved in {safety}."), path=str(source), safety=str(safety))
    else:
        say(N_("Restored from {path}."), path=str(source))
    return 0


def register_db(add: Add, group: Group) -> None:
    """``enrol db init|upgrade|check|backup|backups|restore``."""
    db = group("db", tr(N_("create, check, upgrade, back up and restore the database")))
    add("init", tr(N_("create the database")), into=db).set_defaults(handler=init)
    add("upgrade", tr(N_("upgrade an older database (after a backup)")), into=db).set_defaults(handler=upgrade)
    add("check", tr(N_("check integrity and schema")), into=db).set_defaults(handler=check)
    backup_cmd = add("backup", tr(N_("write a verified backup (pg_dump for PostgreSQL)")), into=db)
    backup_cmd.add_argument("-o", "--output", help=tr(N_("backup file (default: the backups folder)")))
    backup_cmd.add_argument("--force", action="store_true", help=tr(N_("replace an existing file of another kind")))
    backup_cmd.set_defaults(handler=backup)
    add("backups", tr(N_("list the backups, newest first")), into=db).set_defaults(handler=list_backups)
    restore_cmd = add("restore", tr(N_("replace the database with a backup (the current state is backed up first)")),
                      into=db)
    restore_cmd.add_argument("file", nargs="?")
    restore_cmd.add_argument("--latest", action="store_true", help=tr(N_("the newest backup that passes its check")))
    restore_cmd.set_defaults(handler=restore)


def demo(args: argparse.Namespace) -> int:
    from enrol.services.demo.centre import build_demo

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
