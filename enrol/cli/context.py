"""The database a CLI command works on, closed when the command ends (even when it is refused)."""
from __future__ import annotations

import argparse

from enrol.db.engine import Database
from enrol.services.storage.database import open_database

_opened: list[Database] = []


def database(args: argparse.Namespace, *, create: bool = False, upgrade: bool = True) -> Database:
    """Only ``db init`` and ``demo`` pass ``create``: any other command refuses a missing database (exit 5)."""
    db = open_database(args.db, create=create, upgrade=upgrade, create_default=False)
    _opened.append(db)
    return db


def raw_database(args: argparse.Namespace) -> Database:
    """The database without opening checks: for ``db restore`` onto a damaged or missing file."""
    db = Database(args.db)
    _opened.append(db)
    return db


def close_all() -> None:
    while _opened:
        _opened.pop().dispose()
