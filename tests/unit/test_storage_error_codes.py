"""Storage problems are told apart by the driver's code (SQLite's result code, PostgreSQL's SQLSTATE, errno),
not by its wording: each class is provoked for real where a test can, and given a misleading message where
it cannot; a full disk is never answered with "restore onto a sound disk"."""
from __future__ import annotations

import sqlite3
from collections import namedtuple
from pathlib import Path

import psycopg.errors
import pytest
from sqlalchemy import event, text

from enrol.db import engine as engine_module
from enrol.db import storage_errors
from enrol.db.engine import Database
from enrol.db.storage_errors import (CORRUPT, DISK_FULL, IO_ERROR, LOCKED, MISSING, NO_ACCESS, NOT_A_DATABASE,
                                     NOT_INITIALISED, READ_ONLY, UNREACHABLE, storage_error_from_driver)
from enrol.domain.errors import StorageError
from enrol.services.storage.database import init_database
from tests.storage_faults import damage

MISLEADING = "no such table: disk is full, database is locked, file is not a database"


def sqlite_error(code: int) -> sqlite3.Error:
    error = sqlite3.OperationalError(MISLEADING)
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    return error


@pytest.mark.parametrize(("code", "kind"), [
    (5, LOCKED), (6, LOCKED), (262, LOCKED),            # BUSY, LOCKED, LOCKED_SHAREDCACHE
    (8, READ_ONLY), (1032, READ_ONLY), (3, READ_ONLY),  # READONLY, READONLY_DBMOVED, PERM
    (10, IO_ERROR), (778, IO_ERROR),                    # IOERR, IOERR_WRITE
    (11, CORRUPT), (267, CORRUPT), (13, DISK_FULL),     # CORRUPT, CORRUPT_VTAB, FULL
    (14, MISSING), (26, NOT_A_DATABASE),                # CANTOPEN, NOTADB
])
def test_sqlite_result_codes_decide_not_the_message(tmp_path: Path, code: int, kind: str) -> None:
    error = storage_error_from_driver(sqlite_error(code), where=str(tmp_path / "gone" / "enrol.sqlite3"))
    assert error is not None and error.kind == kind


@pytest.mark.parametrize(("state", "kind"), [
    ("53100", DISK_FULL), ("53300", LOCKED), ("55P03", LOCKED), ("25006", READ_ONLY), ("42501", READ_ONLY),
    ("28P01", UNREACHABLE), ("3D000", MISSING), ("42P01", NOT_INITIALISED), ("XX001", CORRUPT),
    ("58030", IO_ERROR), ("08006", UNREACHABLE), ("57P01", UNREACHABLE),
])
def test_postgresql_sqlstates_decide_not_the_message(state: str, kind: str) -> None:
    error = storage_error_from_driver(psycopg.errors.lookup(state)(MISLEADING), where="db.local/enrol")
    assert error is not None and error.kind == kind


def test_a_bug_stays_a_bug_whatever_it_says() -> None:
    """A constraint violation is ours (let it crash to the log), even when its text sounds like storage."""
    assert storage_error_from_driver(sqlite_error(19), where="x") is None  # SQLITE_CONSTRAINT
    assert storage_error_from_driver(psycopg.errors.lookup("23505")(MISLEADING), where="x") is None


Usage = namedtuple("Usage", "total used free")


def test_an_io_error_on_a_full_disk_is_a_full_disk(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    where = str(tmp_path / "enrol.sqlite3")
    monkeypatch.setattr(storage_errors.shutil, "disk_usage", lambda _: Usage(10**10, 10**10 - 4096, 4096))
    full = storage_error_from_driver(sqlite_error(4874), where=where)  # SQLITE_IOERR_SHMSIZE
    assert full is not None and full.kind == DISK_FULL
    assert "Free some space" in full.english() and "nothing was lost" in full.english()
    assert "restore" not in full.english().lower()
    monkeypatch.setattr(storage_errors.shutil, "disk_usage", lambda _: Usage(10**10, 10**9, 9 * 10**9))
    broken = storage_error_from_driver(sqlite_error(4874), where=where)
    assert broken is not None and broken.kind == IO_ERROR and "restore" in broken.english()


# --- provoked for real: the code the driver gave is the one that decided ----------------------------------

def provoked(action) -> tuple[StorageError, int]:  # type: ignore[no-untyped-def]
    with pytest.raises(StorageError) as caught:
        action()
    cause = caught.value.__cause__
    orig = getattr(cause, "orig", cause)
    return caught.value, orig.sqlite_errorcode & 0xFF


def test_full(sqlite_url: str) -> None:
    db = init_database(sqlite_url)

    def no_room(connection, _record) -> None:  # type: ignore[no-untyped-def]
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count = {pages}")

    db.dispose()
    event.listen(db.engine, "connect", no_room)

    def fill() -> None:
        with db.write() as session:
            for n in range(2000):
                session.execute(text("INSERT INTO settings (key, value) VALUES (:k, :v)"),
                                {"k": f"filler{n}", "v": "x" * 500})

    error, code = provoked(fill)
    assert (error.kind, code) == (DISK_FULL, 13) and "nothing was lost" in error.english()
    db.dispose()


def test_busy(sqlite_url: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    init_database(sqlite_url).dispose()
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 100)
    other = sqlite3.connect(sqlite_url, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    db = Database(sqlite_url)
    try:
        def write() -> None:
            with db.write() as session:
                session.execute(text("SELECT 1"))
        error, code = provoked(write)
    finally:
        other.execute("ROLLBACK")
        other.close()
        db.dispose()
    assert (error.kind, code) == (LOCKED, 5)


def test_read_only(sqlite_url: str) -> None:
    init_database(sqlite_url).dispose()
    db = Database(f"sqlite:///file:{sqlite_url}?mode=ro&uri=true")

    def write() -> None:
        with db.write() as session:
            session.execute(text("INSERT INTO settings (key, value) VALUES ('x', 'y')"))

    error, code = provoked(write)
    db.dispose()
    assert (error.kind, code) == (READ_ONLY, 8)


def _read(db: Database) -> None:
    with db.read() as session:
        session.execute(text("SELECT count(*) FROM children")).all()


def test_corrupt_and_not_a_database(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.sqlite3"
    init_database(str(damaged)).dispose()
    damage(damaged)
    db = Database(str(damaged))
    error, code = provoked(lambda: _read(db))
    db.dispose()
    assert (error.kind, code) in ((CORRUPT, 11), (NOT_A_DATABASE, 26))

    garbled = tmp_path / "garbled.sqlite3"  # a SQLite header, then nothing SQLite can use
    garbled.write_bytes(b"SQLite format 3\x00" + b"\xee" * 8000)
    db = Database(str(garbled))
    error, code = provoked(lambda: _read(db))
    db.dispose()
    assert (error.kind, code) == (NOT_A_DATABASE, 26)


def test_cannot_open(tmp_path: Path) -> None:
    db = Database(str(tmp_path / "no-such-folder" / "enrol.sqlite3"))
    error, code = provoked(lambda: _read(db))
    db.dispose()
    assert (error.kind, code) == (MISSING, 14)
    folder = tmp_path / "a-folder.sqlite3"
    folder.mkdir()
    db = Database(str(folder))
    error, code = provoked(lambda: _read(db))
    db.dispose()
    assert code == 14 and error.kind in (MISSING, NO_ACCESS)


def test_postgresql_missing_tables_and_database(pg_url: str) -> None:
    db = Database(pg_url)  # an empty database: no enrol tables
    with pytest.raises(StorageError) as caught:
        _read(db)
    db.dispose()
    assert caught.value.kind == NOT_INITIALISED
    gone = Database(pg_url.rsplit("/", 1)[0] + "/enrol_no_such_database")
    with pytest.raises(StorageError) as caught:
        _read(gone)
    gone.dispose()
    assert caught.value.kind == MISSING
