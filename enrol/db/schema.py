"""Create, check and upgrade the schema through Alembic; back up the SQLite file before an upgrade.

An older database is upgraded on open (after a backup); a newer one, written by a later enrol, is refused
clearly instead of being half-understood.
"""
from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError

from enrol.db.engine import Database
from enrol.db.storage_errors import storage_error_from, storage_error_from_os, storage_error_from_text
from enrol.domain.errors import N_, StorageError

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# The newest migration. Opening an up-to-date database compares with this constant and never imports
# Alembic (a tenth of a second at every start); tests/unit/test_database.py checks it against the scripts.
HEAD_REVISION = "0005"


def _config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(_config()).walk_revisions()}


def head_revision() -> str:
    """The head according to the migration scripts themselves (slow: loads them all)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


@dataclass(frozen=True)
class SchemaState:
    current: str | None
    head: str
    has_tables: bool

    @property
    def empty(self) -> bool:
        return self.current is None and not self.has_tables

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head

    @property
    def newer_than_program(self) -> bool:
        return self.current is not None and not self.up_to_date and self.current not in known_revisions()


def schema_state(db: Database) -> SchemaState:
    with db.read() as session:
        connection = session.connection()
        tables = inspect(connection).get_table_names()
        current = None
        if "alembic_version" in tables:
            current = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return SchemaState(current=current, head=HEAD_REVISION, has_tables=bool(tables))


BeforeUpgrade = Callable[[Database], "Path | None"]  # makes the backup taken before a migration


def upgrade(db: Database, *, backup_dir: Path | None = None, before_upgrade: BeforeUpgrade | None = None) -> Path | None:
    """Bring the schema to head; returns the backup made first (a database with data only).

    ``before_upgrade`` makes that backup (the services put it with the other backups and use pg_dump on
    PostgreSQL); without it a SQLite file is copied beside itself or into ``backup_dir``.
    """
    state = schema_state(db)
    if state.newer_than_program:
        raise StorageError(
            N_("The database {db} was written by a newer version of enrol (schema {current}). Install that version."),
            kind="newer_schema", db=db.describe(), current=state.current,
        )
    if state.up_to_date:
        return None
    if not state.empty and state.current is None:
        raise StorageError(
            N_("{db} holds tables that are not enrol's. Choose another file or database."),
            kind="not_a_database", db=db.describe(),
        )
    backup = None
    if not state.empty:
        if before_upgrade is not None:
            backup = before_upgrade(db)
        elif db.sqlite_path is not None:
            backup = backup_sqlite(db, (backup_dir or db.sqlite_path.parent) / _backup_name(db, "pre-upgrade"))
    from alembic import command

    try:
        with db._write_engine.begin() as connection:  # noqa: SLF001 - migrations need the raw write connection
            cfg = _config()
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, "head")
    except DBAPIError as exc:  # a full disk or a lock mid-migration: the migration's transaction rolled back
        error = storage_error_from(exc, db)
        if error is None:
            raise
        raise error from exc
    log.info("schema of %s upgraded from %s to %s", db.describe(), state.current, state.head)
    return backup


def _backup_name(db: Database, label: str) -> str:
    stem = db.sqlite_path.stem if db.sqlite_path else "enrol"
    return f"{stem}-{label}-{dt.datetime.now():%Y%m%d-%H%M%S}.sqlite3"


def _read_only_uri(path: Path) -> str:
    """Open the source read-only: ``sqlite3.connect`` on a missing path would quietly create an empty file."""
    return path.resolve().as_uri() + "?mode=ro"


def sqlite_copy(source: Path, target: Path) -> str:
    """Copy ``source`` into ``target`` through the online backup API; the copy's integrity_check verdict.

    The backup API reads a consistent snapshot while other connections go on writing (WAL), where a file
    copy of a live database can catch half a transaction.
    """
    verdict = _copy_pages(source, target, verify=True, failed=N_("The backup of {db} failed: {detail}"),
                          where=source)
    assert verdict is not None
    return verdict


def backup_sqlite(db: Database, target: Path) -> Path:
    """A consistent, verified copy through SQLite's online backup API (never a file copy of a live database)."""
    assert db.sqlite_path is not None
    if not db.sqlite_path.is_file():
        raise StorageError(N_("The database file {db} does not exist. Run enrol db init to create it."),
                           kind="missing", db=str(db.sqlite_path))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise storage_error_from_os(exc, str(target)) from exc
    tmp = target.with_suffix(target.suffix + ".part")
    try:
        verdict = sqlite_copy(db.sqlite_path, tmp)
        if verdict != "ok":
            raise StorageError(
                N_("The database {db} is damaged (the backup failed its integrity check: {detail}). "
                   "Restore the latest good backup."), kind="corrupt", db=db.describe(), path=str(target),
                detail=verdict)
        tmp.replace(target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


def inspect_sqlite_file(path: Path) -> tuple[str, str | None]:
    """A file's integrity_check verdict and schema revision, read without changing it (a backup to check)."""
    try:
        connection = sqlite3.connect(_read_only_uri(path), uri=True)
        try:
            verdict = str(connection.execute("PRAGMA integrity_check").fetchone()[0])
            has_version = connection.execute(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'").fetchone()[0]
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] \
                if has_version else None
        finally:
            connection.close()
    except sqlite3.Error as exc:
        error = storage_error_from_text(str(exc), where=str(path))
        if error is None:
            return str(exc), None
        raise error from exc
    return verdict, revision


def sqlite_restore(source: Path, target: Path) -> None:
    """Write ``source`` over ``target`` page by page through the backup API (other connections see a
    consistent switch; a file copy under an open connection could tear)."""
    _copy_pages(source, target, verify=False, failed=N_("The restore into {db} failed: {detail}"), where=target)


def _copy_pages(source: Path, target: Path, *, verify: bool, failed: str, where: Path) -> str | None:
    """The backup API from ``source`` (opened read-only) into ``target``; failures become StorageError."""
    try:
        origin = sqlite3.connect(_read_only_uri(source), uri=True)
        try:
            dest = sqlite3.connect(str(target))
            try:
                origin.backup(dest)
                return str(dest.execute("PRAGMA integrity_check").fetchone()[0]) if verify else None
            finally:
                dest.close()
        finally:
            origin.close()
    except sqlite3.Error as exc:
        error = storage_error_from_text(str(exc), where=str(where))
        if error is None:
            raise StorageError(failed, kind="backup", db=str(where), detail=str(exc)) from exc
        raise error from exc
    except OSError as exc:
        raise storage_error_from_os(exc, str(target)) from exc
