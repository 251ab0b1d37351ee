"""Opening the database the way staff expect: create it on first start, upgrade an older one after a
backup, refuse a newer one, and explain every storage problem in words (``StorageError``)."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select, text

from enrol.db import schema
from enrol.db.engine import Database
from enrol.db.models import Child, Enrolment, Group, Room
from enrol.db.storage_errors import check_sqlite_header
from enrol.domain.errors import N_, StorageError
from enrol.paths import default_database_path
from enrol.services.context import Actor

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DatabaseReport:
    location: str
    backend: str
    schema: str | None
    head: str
    integrity: str
    rooms: int
    groups: int
    children: int
    enrolments: int
    backups: int = 0
    latest_backup: str | None = None


def open_database(url: str | None = None, *, create: bool = False, upgrade: bool = True,
                  create_default: bool = True) -> Database:
    """A ready database. A missing file is created only when asked (``db init``) or, for the window's first
    start, at the default place; the CLI passes ``create_default=False`` so that a command that reads never
    invents an empty database and answers with an empty table."""
    db = Database(url)
    try:
        _prepare(db, create=create or (create_default and _is_default(db)), upgrade=upgrade)
    except BaseException:
        db.dispose()  # a refused open must not leave a pooled connection (PostgreSQL) behind
        raise
    return db


def _local_file(db: Database) -> Path | None:
    """The SQLite file, also for a ``sqlite:///file:…?mode=ro&uri=true`` address (a read-only open)."""
    path = db.sqlite_path
    if path is not None and db.url.query.get("uri") == "true" and str(path).startswith("file:"):
        return Path(str(path)[len("file:"):])
    return path


def _is_default(db: Database) -> bool:
    return _local_file(db) == default_database_path()


def _prepare(db: Database, *, create: bool, upgrade: bool) -> None:
    path = _local_file(db)
    if path is not None:
        if not path.exists() and not create and path == default_database_path():
            raise StorageError(N_("No database at {db}: run «enrol db init», or pass --db."),
                               kind="missing", db=str(path))
        if not path.exists() and not create:
            raise StorageError(N_("The database file {db} does not exist. Run enrol db init to create it."),
                               kind="missing", db=str(path))
        if not path.parent.exists():
            if not create:
                raise StorageError(N_("The folder of the database {db} does not exist."), kind="missing",
                                   db=str(path))
            path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists():
            check_sqlite_header(path)
    if upgrade:
        state = schema.schema_state(db)
        if state.empty and not create:
            raise StorageError(N_("The database {db} has no enrol tables yet. Run enrol db init."),
                               kind="not_initialised", db=db.describe())
        schema.upgrade(db, before_upgrade=_back_up_before_upgrade)


def _back_up_before_upgrade(db: Database) -> Path | None:
    from enrol.services.storage import backups  # an upgrade is rare: the backups' module is not loaded at every open

    return backups.before_upgrade(db)


def init_database(url: str | None = None) -> Database:
    return open_database(url, create=True)


def check_database(db: Database) -> DatabaseReport:
    """Integrity (pages and foreign keys), schema version, a count of what is stored and the backups."""
    from enrol.services.storage import backups

    state = schema.schema_state(db)
    found = backups.list_backups(db)
    with db.read() as session:
        if db.is_sqlite:
            integrity = ", ".join(row[0] for row in session.execute(text("PRAGMA integrity_check")))
            orphans = session.execute(text("PRAGMA foreign_key_check")).all()
            if orphans and integrity == "ok":
                integrity = f"{len(orphans)} row(s) refer to missing rows, e.g. in table {orphans[0][0]}"
        else:
            session.execute(text("SELECT 1"))
            integrity = "ok"

        def count(model: type) -> int:
            return int(session.scalar(select(func.count()).select_from(model)) or 0)

        return DatabaseReport(
            location=db.describe(), backend=db.url.get_backend_name(), schema=state.current, head=state.head,
            integrity=integrity, rooms=count(Room), groups=count(Group), children=count(Child),
            enrolments=count(Enrolment), backups=len(found),
            latest_backup=str(found[0].path) if found else None,
        )


def upgrade_database(db: Database) -> Path | None:
    """``enrol db upgrade``: migrate an older schema after a backup; the backup's path, if one was needed."""
    return schema.upgrade(db, before_upgrade=_back_up_before_upgrade)


def backup_database(db: Database, *, target: Path | None = None, force: bool = False) -> Path:
    """A verified backup made by hand (SQLite online backup API, or pg_dump for PostgreSQL)."""
    from enrol.services.storage import backups

    return backups.back_up(db, kind=backups.MANUAL, target=target, force=force).path


def restore_database(db: Database, *, actor: Actor, source: Path) -> Path:
    """Replace the database with a backup; returns where the state it replaced was saved."""
    from enrol.services.storage import backups

    result = backups.restore(db, actor=actor, source=source)
    return result.previous_state or source
