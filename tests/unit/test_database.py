"""Storage: the migration from empty on SQLite and PostgreSQL, the schema at head, check, backup and restore,
and every environment failure reaching the caller as a StorageError of the right kind."""
from __future__ import annotations

import gc
import os
import sqlite3
import warnings
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, select, text

import enrol.db.models  # noqa: F401  (every table on Base.metadata)
from enrol.db import schema
from enrol.db.base import Base
from enrol.db.engine import Database
from enrol.db.models import Room
from enrol.domain.errors import StorageError
from enrol.services.centre import rooms
from enrol.services.context import Actor, issue_actor, SYSTEM
from enrol.services.storage.database import (
    backup_database, check_database, init_database, open_database, restore_database,
)

ACTOR = issue_actor(login="test:admin")


def add_room(db: Database, code: str) -> None:
    rooms.add_room(db, actor=ACTOR, code=code, name="Room " + code, floor=1, kind="club_room", seats=10)


def room_codes(db: Database) -> list[str]:
    return [r.code for r in rooms.list_rooms(db)]


def leaked_connections() -> list[str]:
    """Collect garbage and return the ResourceWarnings of connections nobody closed (e.g. left in the pool of
    a Database that open_database built and then gave up on)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        gc.collect()
    return [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)]


# --- migration from empty ------------------------------------------------------------------------------

def test_init_migrates_an_empty_database_to_head(db_url: str) -> None:
    db = init_database(db_url)
    try:
        state = schema.schema_state(db)
        assert state.current == state.head == schema.head_revision()
        assert state.up_to_date and not state.newer_than_program and not state.empty
        with db.engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            assert set(Base.metadata.tables) <= tables
            assert "alembic_version" in tables
            for needed in ("rooms", "clubs", "groups", "meetings", "children", "guardians", "consents",
                           "enrolments", "users", "audit_events", "settings"):
                assert needed in tables
            # the migration builds exactly what the models describe: no drift between the two
            differences = compare_metadata(MigrationContext.configure(connection, opts={"compare_type": True}),
                                           Base.metadata)
            assert differences == []
        report = check_database(db)
        assert (report.schema, report.head, report.integrity) == (state.head, state.head, "ok")
        assert (report.rooms, report.groups, report.children, report.enrolments) == (0, 0, 0, 0)
        add_room(db, "1.01")
        assert check_database(db).rooms == 1
    finally:
        db.dispose()
    again = init_database(db_url)  # opening again is harmless and keeps the data
    try:
        assert room_codes(again) == ["1.01"]
        assert schema.upgrade(again) is None
    finally:
        again.dispose()


def test_sqlite_connection_settings(sqlite_db: Database) -> None:
    with sqlite_db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


def test_foreign_keys_are_enforced(db: Database) -> None:
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), db.write() as session:
        session.execute(text("INSERT INTO meetings (group_id, weekday, start_minute, end_minute, room_id) "
                             "VALUES (999, 1, 600, 660, 999)"))


# --- refused databases ---------------------------------------------------------------------------------

def test_a_text_file_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("shopping list: milk, bread\n" * 10, encoding="utf-8")
    for opener in (open_database, init_database):
        with pytest.raises(StorageError) as caught:
            opener(str(path))
        assert caught.value.kind == "not_a_database" and str(path) in caught.value.english()
    assert path.read_text(encoding="utf-8").startswith("shopping list")


def test_a_sqlite_file_of_another_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)")
    connection.commit()
    connection.close()
    with pytest.raises(StorageError) as caught:
        init_database(str(path))
    assert caught.value.kind == "not_a_database"
    connection = sqlite3.connect(path)
    assert [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")] == ["recipes"]
    connection.close()


def test_a_missing_file_is_not_created(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.sqlite3"
    with pytest.raises(StorageError) as caught:
        open_database(str(path))
    assert caught.value.kind == "missing" and str(path) in caught.value.english()
    assert not path.exists()
    with pytest.raises(StorageError) as caught:
        open_database(str(tmp_path / "no" / "such" / "folder" / "enrol.sqlite3"))
    assert caught.value.kind == "missing"
    assert not (tmp_path / "no").exists()


def test_an_empty_file_is_not_initialised(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.touch()
    with pytest.raises(StorageError) as caught:
        open_database(str(path))
    assert caught.value.kind == "not_initialised"


def _stamp_future(db: Database) -> None:
    with db.write() as session:
        session.execute(text("UPDATE alembic_version SET version_num = 'ffff9999_from_the_future'"))


def test_a_newer_schema_is_refused(db_url: str) -> None:
    db = init_database(db_url)
    add_room(db, "1.01")
    _stamp_future(db)
    db.dispose()
    for opener in (open_database, init_database):
        with pytest.raises(StorageError) as caught:
            opener(db_url)
        assert caught.value.kind == "newer_schema" and "ffff9999_from_the_future" in caught.value.english()
        leaked_connections()  # reported by test_a_refused_open_closes_its_connections
    probe = Database(db_url)
    try:
        assert schema.schema_state(probe).current == "ffff9999_from_the_future"  # untouched
        assert room_codes(probe) == ["1.01"]
    finally:
        probe.dispose()


def test_pg_empty_database_is_not_initialised_and_missing_database_is_named(pg_url: str) -> None:
    with pytest.raises(StorageError) as caught:
        open_database(pg_url)
    assert caught.value.kind == "not_initialised"
    leaked_connections()  # reported by test_a_refused_open_closes_its_connections
    missing = pg_url.rsplit("/", 1)[0] + "/enrol_no_such_database"
    with pytest.raises(StorageError) as caught:
        open_database(missing)
    assert caught.value.kind == "missing"


def test_a_refused_open_closes_its_connections(pg_url: str) -> None:
    """A database that open_database refuses must not keep a server connection open in a lost pool."""
    leaked_connections()
    with pytest.raises(StorageError):
        open_database(pg_url)  # empty: not initialised
    assert leaked_connections() == []


def test_unreachable_server() -> None:
    with pytest.raises(StorageError) as caught:
        open_database("postgresql+psycopg://nobody@127.0.0.1:1/enrol")
    assert caught.value.kind == "unreachable"


# --- read-only --------------------------------------------------------------------------------------------

def test_read_only_file_refuses_writes(sqlite_url: str) -> None:
    db = init_database(sqlite_url)
    add_room(db, "1.01")
    db.dispose()
    path = Path(sqlite_url)
    for leftover in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)
    path.chmod(0o444)
    try:
        if os.access(path, os.W_OK):
            pytest.skip("running as root: chmod does not make the file read-only")
        db = Database(sqlite_url)
        try:
            with pytest.raises(StorageError) as caught:
                add_room(db, "1.02")
            assert caught.value.kind == "read_only"
        finally:
            db.dispose()
    finally:
        path.chmod(0o644)


def test_read_only_connection_refuses_writes(sqlite_url: str) -> None:
    """The same failure without relying on file permissions: SQLite opened read-only."""
    init_database(sqlite_url).dispose()
    engine = create_engine(f"sqlite:///file:{sqlite_url}?mode=ro&uri=true")
    db = Database(engine.url)
    engine.dispose()
    try:
        assert room_codes(db) == []
        with pytest.raises(StorageError) as caught:
            add_room(db, "1.02")
        assert caught.value.kind == "read_only"
    finally:
        db.dispose()


# --- backup and restore ---------------------------------------------------------------------------------

def test_backup_and_restore_round_trip(sqlite_db: Database, tmp_path: Path) -> None:
    add_room(sqlite_db, "1.01")
    copy = backup_database(sqlite_db, target=tmp_path / "copies" / "monday.sqlite3")
    assert copy == tmp_path / "copies" / "monday.sqlite3" and copy.is_file()
    assert not copy.with_suffix(".sqlite3.part").exists()
    connection = sqlite3.connect(copy)
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert [r[0] for r in connection.execute("SELECT code FROM rooms")] == ["1.01"]
    connection.close()
    add_room(sqlite_db, "1.02")
    assert room_codes(sqlite_db) == ["1.01", "1.02"]

    safety = restore_database(sqlite_db, actor=SYSTEM, source=copy)
    assert room_codes(sqlite_db) == ["1.01"]
    with sqlite_db.read() as session:
        assert session.scalars(select(Room.code)).all() == ["1.01"]
    assert safety != copy and safety.is_file()
    saved = Database(str(safety))
    try:
        assert room_codes(saved) == ["1.01", "1.02"]  # the state before the restore is kept
    finally:
        saved.dispose()
    add_room(sqlite_db, "1.03")  # the restored database is writable and at head
    assert schema.schema_state(sqlite_db).up_to_date
    reopened = open_database(str(sqlite_db.sqlite_path))
    try:
        assert room_codes(reopened) == ["1.01", "1.03"]
    finally:
        reopened.dispose()


def test_default_backup_goes_to_the_backups_folder(sqlite_db: Database) -> None:
    copy = backup_database(sqlite_db)
    assert copy.parent == sqlite_db.sqlite_path.parent / "backups" and copy.is_file()


def test_restore_refuses_bad_sources(sqlite_db: Database, tmp_path: Path) -> None:
    add_room(sqlite_db, "1.01")
    with pytest.raises(StorageError) as caught:
        restore_database(sqlite_db, actor=SYSTEM, source=tmp_path / "missing.sqlite3")
    assert caught.value.kind == "missing"
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"PK\x03\x04 this is a zip, not a database" * 20)
    with pytest.raises(StorageError) as caught:
        restore_database(sqlite_db, actor=SYSTEM, source=junk)
    assert caught.value.kind == "not_a_database"
    empty = tmp_path / "blank.sqlite3"
    sqlite3.connect(empty).close()
    with pytest.raises(StorageError) as caught:
        restore_database(sqlite_db, actor=SYSTEM, source=empty)
    assert caught.value.kind == "corrupt"
    assert room_codes(sqlite_db) == ["1.01"]


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # the header stays valid, the second page is garbage
    path.write_bytes(bytes(data))


def test_a_damaged_file_is_reported_as_corrupt(sqlite_url: str) -> None:
    db = init_database(sqlite_url)
    add_room(db, "1.01")
    db.dispose()
    _damage(Path(sqlite_url))
    with pytest.raises(StorageError) as caught:
        open_database(sqlite_url)
    assert caught.value.kind == "corrupt"


def test_restore_over_a_damaged_database(sqlite_url: str, tmp_path: Path) -> None:
    """The message for a damaged database says "restore the latest backup": restoring must then work."""
    db = init_database(sqlite_url)
    add_room(db, "1.01")
    copy = backup_database(db, target=tmp_path / "good.sqlite3")
    db.dispose()
    _damage(Path(sqlite_url))
    damaged = Database(sqlite_url)
    try:
        restore_database(damaged, actor=SYSTEM, source=copy)
    finally:
        damaged.dispose()
    restored = open_database(sqlite_url)
    try:
        assert room_codes(restored) == ["1.01"]
        assert check_database(restored).integrity == "ok"
    finally:
        restored.dispose()


def test_backup_of_postgresql_without_pg_dump_is_explained(pg_url: str, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Without the PostgreSQL client tools on this computer, a backup or restore says what to install."""
    db = init_database(pg_url)
    monkeypatch.setenv("PATH", str(tmp_path))  # no pg_dump, no pg_restore
    try:
        with pytest.raises(StorageError) as caught:
            backup_database(db)
        assert caught.value.kind == "unsupported" and "pg_dump" in caught.value.english()
        dump = tmp_path / "x.dump"
        dump.write_bytes(b"PGDMP")
        with pytest.raises(StorageError) as caught:
            restore_database(db, actor=SYSTEM, source=dump)
        assert caught.value.kind == "unsupported"
    finally:
        db.dispose()


def test_an_up_to_date_database_is_not_backed_up_on_open(sqlite_url: str) -> None:
    db = init_database(sqlite_url)
    add_room(db, "1.01")
    db.dispose()
    open_database(sqlite_url).dispose()
    assert schema.upgrade(Database(sqlite_url)) is None
    assert list(Path(sqlite_url).parent.glob("*pre-upgrade*")) == []
