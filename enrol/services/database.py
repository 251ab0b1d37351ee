"""Opening the database the way staff expect: create it on first start, upgrade an older one after a
backup, refuse a newer one, and explain every storage problem in words (``StorageError``)."""
from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select, text

from enrol.db import schema
from enrol.db.engine import Database
from enrol.db.models import Child, Enrolment, Group, Room
from enrol.domain.errors import N_, StorageError
from enrol.paths import default_database_path
from enrol.services.context import now

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


def _missing(db: Database) -> bool:
    return db.sqlite_path is not None and not db.sqlite_path.exists()


def open_database(url: str | None = None, *, create: bool = False, upgrade: bool = True) -> Database:
    """A ready database. A missing file is created only when asked (``db init``) or at the default place."""
    db = Database(url)
    try:
        _prepare(db, create=create, upgrade=upgrade)
    except BaseException:
        db.dispose()  # a refused open must not leave a pooled connection (PostgreSQL) behind
        raise
    return db


def _prepare(db: Database, *, create: bool, upgrade: bool) -> None:
    path = db.sqlite_path
    if path is not None:
        if _missing(db) and not (create or path == default_database_path()):
            raise StorageError(N_("The database file {db} does not exist. Run enrol db init to create it."),
                               kind="missing", db=str(path))
        if not path.parent.exists():
            if not create:
                raise StorageError(N_("The folder of the database {db} does not exist."), kind="missing",
                                   db=str(path))
            path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists():
            _check_header(path)
    if upgrade:
        state = schema.schema_state(db)
        if state.empty and not create and path != default_database_path():
            raise StorageError(N_("The database {db} has no enrol tables yet. Run enrol db init."),
                               kind="not_initialised", db=db.describe())
        schema.upgrade(db)


def _check_header(path: Path) -> None:
    """Catch a file that is not SQLite before the driver gives a confusing message."""
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except PermissionError:
        raise StorageError(N_("The database {db} cannot be read: permission denied."), kind="read_only",
                           db=str(path)) from None
    except IsADirectoryError:
        raise StorageError(N_("{db} is a folder, not a database file."), kind="not_a_database",
                           db=str(path)) from None
    if header and header != b"SQLite format 3\x00":
        raise StorageError(
            N_("{db} is not an enrol database (or it is encrypted or damaged). Choose the right file or restore a backup."),
            kind="not_a_database", db=str(path),
        )


def init_database(url: str | None = None) -> Database:
    return open_database(url, create=True)


def check_database(db: Database) -> DatabaseReport:
    """Integrity, schema version and a count of what is stored."""
    state = schema.schema_state(db)
    with db.read() as session:
        if db.is_sqlite:
            integrity = ", ".join(row[0] for row in session.execute(text("PRAGMA integrity_check")))
        else:
            session.execute(text("SELECT 1"))
            integrity = "ok"

        def count(model: type) -> int:
            return int(session.scalar(select(func.count()).select_from(model)) or 0)

        return DatabaseReport(
            location=db.describe(), backend=db.url.get_backend_name(), schema=state.current, head=state.head,
            integrity=integrity, rooms=count(Room), groups=count(Group), children=count(Child),
            enrolments=count(Enrolment),
        )


def backup_database(db: Database, *, target: Path | None = None) -> Path:
    """An online, verified copy of the SQLite file (PostgreSQL backups are the server's pg_dump)."""
    if db.sqlite_path is None:
        raise StorageError(N_("A PostgreSQL database is backed up on its server with pg_dump (see README)."),
                           kind="unsupported")
    if target is None:
        target = db.sqlite_path.parent / "backups" / f"enrol-{now():%Y%m%d-%H%M%S}.sqlite3"
    try:
        return schema.backup_sqlite(db, target)
    except (sqlite3.Error, OSError) as exc:
        raise StorageError(N_("The backup to {path} failed: {detail}"), kind="backup", path=str(target),
                           detail=str(exc)) from exc


def _set_aside(db: Database) -> Path:
    """Keep the current state before a restore: a verified backup, or — when the file is too damaged to
    back up — the file itself (with its WAL) renamed, so a restore never destroys anything."""
    assert db.sqlite_path is not None
    try:
        return backup_database(db)
    except StorageError:
        db.dispose()
        stamp = f"{now():%Y%m%d-%H%M%S}"
        kept = db.sqlite_path.with_name(f"{db.sqlite_path.name}.damaged-{stamp}")
        for suffix in ("", "-wal", "-shm"):
            source = Path(str(db.sqlite_path) + suffix)
            if source.exists():
                source.replace(Path(str(kept) + suffix))
        log.warning("could not back up damaged %s before restore; kept it as %s", db.sqlite_path, kept)
        return kept


def restore_database(db: Database, *, source: Path) -> Path:
    """Replace the database with a backup; the current state is backed up first so nothing is lost."""
    if db.sqlite_path is None:
        raise StorageError(N_("A PostgreSQL database is restored on its server with pg_restore (see README)."),
                           kind="unsupported")
    if not source.is_file():
        raise StorageError(N_("The backup file {path} does not exist."), kind="missing", path=str(source))
    _check_header(source)
    probe = Database(str(source))
    try:
        state = schema.schema_state(probe)
        with probe.read() as session:
            verdict = session.execute(text("PRAGMA integrity_check")).scalar()
    finally:
        probe.dispose()
    if verdict != "ok" or state.current is None:
        raise StorageError(N_("{path} is not a sound enrol backup ({detail})."), kind="corrupt", path=str(source),
                           detail=verdict if verdict != "ok" else "no schema")
    safety = _set_aside(db) if db.sqlite_path.exists() else None
    db.dispose()
    source_conn = sqlite3.connect(str(source))
    try:
        dest_conn = sqlite3.connect(str(db.sqlite_path))
        try:
            source_conn.backup(dest_conn)
        finally:
            dest_conn.close()
    finally:
        source_conn.close()
    log.info("restored %s from %s (previous state saved to %s)", db.sqlite_path, source, safety)
    schema.upgrade(db)
    return safety or source
