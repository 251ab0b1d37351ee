"""Create, check and upgrade the schema through Alembic; back up the SQLite file before an upgrade.

An older database is upgraded on open (after a backup); a newer one, written by a later enrol, is refused
clearly instead of being half-understood.
"""
from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from enrol.db.engine import Database
from enrol.domain.errors import N_, StorageError

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
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
        known = {rev.revision for rev in ScriptDirectory.from_config(_config()).walk_revisions()}
        return self.current is not None and self.current not in known


def schema_state(db: Database) -> SchemaState:
    with db.read() as session:
        connection = session.connection()
        current = MigrationContext.configure(connection).get_current_revision()
        has_tables = bool(inspect(connection).get_table_names())
    return SchemaState(current=current, head=head_revision(), has_tables=has_tables)


def upgrade(db: Database, *, backup_dir: Path | None = None) -> Path | None:
    """Bring the schema to head; returns the backup made first (SQLite with data only)."""
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
    if not state.empty and db.sqlite_path is not None:
        backup = backup_sqlite(db, (backup_dir or db.sqlite_path.parent) / _backup_name(db, "pre-upgrade"))
    with db._write_engine.begin() as connection:  # noqa: SLF001 - migrations need the raw write connection
        cfg = _config()
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")
    log.info("schema of %s upgraded from %s to %s", db.describe(), state.current, state.head)
    return backup


def _backup_name(db: Database, label: str) -> str:
    stem = db.sqlite_path.stem if db.sqlite_path else "enrol"
    return f"{stem}-{label}-{dt.datetime.now():%Y%m%d-%H%M%S}.sqlite3"


def backup_sqlite(db: Database, target: Path) -> Path:
    """A consistent copy through SQLite's online backup API (never a file copy of a live database)."""
    assert db.sqlite_path is not None
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(target.suffix + ".part")
    source = sqlite3.connect(str(db.sqlite_path))
    try:
        dest = sqlite3.connect(str(tmp))
        try:
            source.backup(dest)
            verdict = dest.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            dest.close()
    finally:
        source.close()
    if verdict != "ok":
        tmp.unlink(missing_ok=True)
        raise StorageError(N_("The backup {path} failed its integrity check: {detail}"), kind="corrupt",
                           path=str(target), detail=verdict)
    tmp.replace(target)
    return target
