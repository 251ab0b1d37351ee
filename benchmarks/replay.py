"""The enrolment's fair floor: the exact statements a run of enrolments sent to SQLite, captured at the driver
and replayed with plain ``sqlite3`` — the same parameters, the same schema, indexes and data, each enrolment
its own ``BEGIN IMMEDIATE … COMMIT`` with ``synchronous=FULL`` — and no Python between them but the loop.

What enrol costs beyond the replay is its own Python (SQLAlchemy, the rules, building the statements); what
the replay costs is SQLite and the disk flush, which no code in enrol can make cheaper.
"""
from __future__ import annotations

import shutil
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event

from enrol.db.engine import Database

Statement = tuple[str, Any]  # SQL text and its parameters as the driver took them
COMMIT = ("COMMIT", None)
ROLLBACK = ("ROLLBACK", None)


class Recording:
    """Statements per connection in the order the driver ran them; only while ``on`` is set."""

    def __init__(self) -> None:
        self.on = False
        self.statements: list[Statement] = []

    def add(self, sql: str, params: Any) -> None:
        if self.on:
            self.statements.append((sql, params))

    def transactions(self) -> list[list[Statement]]:
        """The recording cut into transactions: each starts at a BEGIN and ends at its COMMIT or ROLLBACK."""
        found: list[list[Statement]] = []
        current: list[Statement] | None = None
        for statement in self.statements:
            sql = statement[0].lstrip().upper()
            if sql.startswith("BEGIN"):
                current = [statement]
            elif current is not None:
                current.append(statement)
                if statement in (COMMIT, ROLLBACK):
                    found.append(current)
                    current = None
        return found


def _recording_classes(recording: Recording) -> type[sqlite3.Connection]:
    class RecordingCursor(sqlite3.Cursor):
        def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:  # type: ignore[override]
            recording.add(sql, parameters)
            return super().execute(sql, parameters)

        def executemany(self, sql: str, seq: Any, /) -> sqlite3.Cursor:  # type: ignore[override]
            rows = list(seq)
            for parameters in rows:
                recording.add(sql, parameters)
            return super().executemany(sql, rows)

    class RecordingConnection(sqlite3.Connection):
        def cursor(self, factory: Callable[..., sqlite3.Cursor] = RecordingCursor) -> sqlite3.Cursor:  # type: ignore[override]
            return super().cursor(factory)

        def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:  # type: ignore[override]
            return self.cursor().execute(sql, parameters)

        def commit(self) -> None:
            if self.in_transaction:
                recording.add(*COMMIT)
            super().commit()

        def rollback(self) -> None:
            if self.in_transaction:
                recording.add(*ROLLBACK)
            super().rollback()

    return RecordingConnection


@contextmanager
def recorded(db: Database) -> Iterator[Recording]:
    """Every statement ``db`` sends to SQLite inside the block, captured at the driver (below SQLAlchemy, so the
    enrolment's raw cursor statements are caught too)."""
    recording = Recording()
    factory = _recording_classes(recording)

    def _factory(_dialect, _record, _cargs, cparams) -> None:  # type: ignore[no-untyped-def]
        cparams["factory"] = factory

    event.listen(db.engine, "do_connect", _factory)
    db.engine.dispose()  # the next connections are made through the recording factory
    recording.on = True
    try:
        yield recording
    finally:
        recording.on = False
        event.remove(db.engine, "do_connect", _factory)
        db.engine.dispose()


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of a closed SQLite database (its write-ahead log folded in first)."""
    connection = sqlite3.connect(str(source))
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    shutil.copyfile(source, target)


def replay(path: Path, transactions: list[list[Statement]], *, synchronous: str = "FULL") -> float:
    """Run the recorded transactions on the database at ``path``; the transactions per second."""
    connection = sqlite3.connect(str(path), isolation_level=None)
    # the connection set-up enrol's engine makes (enrol.db.engine), outside the timing as there
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute(f"PRAGMA synchronous = {synchronous}")
    cursor = connection.cursor()
    started = time.perf_counter()
    for transaction in transactions:
        for sql, parameters in transaction:
            if parameters is None:
                cursor.execute(sql)
            else:
                cursor.execute(sql, parameters).fetchall()
    elapsed = time.perf_counter() - started
    connection.close()
    return len(transactions) / elapsed
