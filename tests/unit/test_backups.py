"""Backups: start-up and daily automatic backups, verified and rotated; backup → change → restore
gives back exactly the earlier data, table by table (SQLite through the online backup API, PostgreSQL
through pg_dump/pg_restore); a restore first backs up what it replaces; an older schema is upgraded only
after a backup; a damaged database is found by the backup's integrity check."""
from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import select, text

import enrol.db.models  # noqa: F401  (every table on Base.metadata)
from enrol.db import schema
from enrol.db.base import Base
from enrol.db.engine import Database
from enrol.domain.children import ChildFields
from enrol.domain.errors import StorageError
from enrol.domain.iin import make_iin
from enrol.services.enrolment import places as enrolment
from enrol.services.people import children
from enrol.services.centre import clubs, groups, rooms, settings, timetable
from enrol.services.storage import backups
from enrol.services.context import Actor, SYSTEM
from enrol.services.storage.database import init_database, open_database

ACTOR = Actor(login="test:admin")


def needs_pg_dump(db: Database) -> None:
    if not db.is_sqlite and shutil.which("pg_dump") is None:
        pytest.skip("pg_dump is not installed")


def dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in primary-key order: "exactly the earlier data"."""
    tables: dict[str, list[tuple[Any, ...]]] = {}
    with db.read() as session:
        for table in Base.metadata.sorted_tables:
            query = select(table).order_by(*table.primary_key.columns)
            tables[table.name] = [tuple(row) for row in session.execute(query)]
    return tables


def iin(serial: int) -> str:
    found = make_iin(dt.date(2015, 3, 14), "f", serial)
    assert found is not None
    return found


def child(db: Database, surname: str, serial: int) -> int:
    return children.register_child(
        db, actor=ACTOR, fields=ChildFields(surname=surname, name="Әсем", iin=iin(serial)),
        guardians=[children.GuardianInput(full_name=f"{surname} Гүлнар", phone="+77071234567")],
    ).child.id


def small_centre(db: Database) -> None:
    """A little of everything, so a round trip is checked on many tables, not one."""
    year = dt.date.today().year if dt.date.today().month >= 9 else dt.date.today().year - 1
    settings.set_setting(db, actor=ACTOR, key="academic_year", value=f"{year}-{year + 1}")
    rooms.add_room(db, actor=ACTOR, code="2.14", name="Авиамодельдеу", floor=2, kind="workshop", seats=12)
    clubs.add_club(db, actor=ACTOR, name="Авиамодельдеу", direction="science", age_min=6, age_max=17,
                   funding="free", default_group_size=2)
    groups.add_group(db, actor=ACTOR, code="AVIA-1", club="Авиамодельдеу")
    timetable.add_meeting(db, actor=ACTOR, group="AVIA-1", weekday=2, start="15:00", end="16:30", room="2.14")
    for serial, surname in enumerate(("Нүсіпова", "Қасымова", "Ахметова"), start=1):
        enrolment.enrol_child(db, actor=ACTOR, child=child(db, surname, serial * 7), group="AVIA-1")


# --- automatic backups, rotation --------------------------------------------------------------------------

def test_automatic_backup_is_verified_and_listed(sqlite_db: Database) -> None:
    small_centre(sqlite_db)
    made = backups.automatic_backup(sqlite_db)
    assert made.kind == "auto" and made.path.parent == sqlite_db.sqlite_path.parent / "backups"
    assert made.path.name.startswith(f"{sqlite_db.sqlite_path.stem}-auto-") and made.size > 0
    assert backups.verify(made.path) == "ok"
    assert [b.path for b in backups.list_backups(sqlite_db)] == [made.path]
    manual = backups.back_up(sqlite_db)  # the same second: a distinct name all the same
    assert manual.path != made.path and manual.kind == "manual"
    assert {b.kind for b in backups.list_backups(sqlite_db)} == {"auto", "manual"}
    assert not list(made.path.parent.glob("*.part"))
    copy = Database(str(made.path))
    try:
        assert dump(copy) == dump(sqlite_db)
    finally:
        copy.dispose()


def _fake(db: Database, kind: str, when: dt.datetime) -> Path:
    """A backup file as if written at ``when`` (the name carries the time)."""
    source = backups.back_up(db, kind=kind)
    target = source.path.with_name(f"{db.sqlite_path.stem}-{kind}-{when:%Y%m%d-%H%M%S}.sqlite3")
    source.path.replace(target)
    return target


def test_rotation_keeps_the_newest_automatic_backup_of_each_of_the_last_days(sqlite_db: Database) -> None:
    today = dt.datetime.now().replace(microsecond=0)
    made = {}
    for days_ago in range(6):
        for hour in (9, 14):
            when = (today - dt.timedelta(days=days_ago)).replace(hour=hour, minute=0, second=0)
            made[(days_ago, hour)] = _fake(sqlite_db, "auto", when)
    manual = _fake(sqlite_db, "manual", today - dt.timedelta(days=30))
    before_restore = _fake(sqlite_db, "before-restore", today - dt.timedelta(days=40))
    settings.set_setting(sqlite_db, actor=ACTOR, key="backup_keep", value="3")
    removed = backups.rotate(sqlite_db)
    kept = {b.path for b in backups.list_backups(sqlite_db)}
    assert kept == {made[(0, 14)], made[(1, 14)], made[(2, 14)], manual, before_restore}
    assert set(removed) == set(made.values()) - kept


def test_no_automatic_backups_of_a_shared_postgresql_server(pg_url: str) -> None:
    db = init_database(pg_url)
    try:
        assert backups.automatic_backup(db) is None and backups.backup_if_due(db) is None
        assert backups.list_backups(db) == []
    finally:
        db.dispose()


def test_an_interrupted_copy_is_cleaned_up(sqlite_db: Database) -> None:
    import os

    folder = backups.backups_folder(sqlite_db)
    folder.mkdir(parents=True, exist_ok=True)
    old = folder / f"{sqlite_db.sqlite_path.stem}-auto-20200101-000000.sqlite3.part"
    fresh = folder / f"{sqlite_db.sqlite_path.stem}-auto-20990101-000000.sqlite3.part"
    for part in (old, fresh):
        part.write_bytes(b"half")
    os.utime(old, (0, 0))
    backups.automatic_backup(sqlite_db)
    assert not old.exists() and fresh.exists()  # a copy being written right now is left alone
    assert all(b.path.suffix == ".sqlite3" for b in backups.list_backups(sqlite_db))


def test_daily_backup_only_when_due(sqlite_db: Database) -> None:
    first = backups.backup_if_due(sqlite_db)
    assert first is not None and first.kind == "auto"
    assert backups.backup_if_due(sqlite_db) is None  # the one just made is fresh
    first.path.replace(first.path.with_name(
        f"{sqlite_db.sqlite_path.stem}-auto-{dt.datetime.now() - dt.timedelta(hours=25):%Y%m%d-%H%M%S}.sqlite3"))
    assert backups.backup_if_due(sqlite_db) is not None


def test_backup_while_another_desk_writes_is_consistent(sqlite_db: Database) -> None:
    """The online backup API copies a snapshot; a writer in another thread never makes a torn copy."""
    small_centre(sqlite_db)
    stop = threading.Event()

    def write() -> None:
        number = 0
        while not stop.is_set():
            number += 1
            rooms.add_room(sqlite_db, actor=ACTOR, code=f"9.{number:03d}", name="x", floor=3, kind="cabinet", seats=2)

    writer = threading.Thread(target=write)
    writer.start()
    try:
        made = [backups.back_up(sqlite_db) for _ in range(5)]
    finally:
        stop.set()
        writer.join()
    for backup in made:
        assert backups.verify(backup.path) == "ok"
        copy = sqlite3.connect(backup.path)
        assert copy.execute("SELECT count(*) FROM audit_events WHERE action = 'room.add'").fetchone()[0] == \
            copy.execute("SELECT count(*) FROM rooms").fetchone()[0]  # each room with its audit event
        copy.close()


def test_a_damaged_database_fails_the_start_up_backup(sqlite_url: str) -> None:
    db = init_database(sqlite_url)
    small_centre(db)
    good = backups.automatic_backup(db)
    db.dispose()
    with sqlite3.connect(sqlite_url) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    data = bytearray(Path(sqlite_url).read_bytes())
    page = 4096
    # damage a page of the children table's data, leaving the schema readable
    root = sqlite3.connect(f"file:{sqlite_url}?mode=ro", uri=True)
    number = root.execute("SELECT rootpage FROM sqlite_master WHERE name = 'children'").fetchone()[0]
    root.close()
    data[(number - 1) * page + 8:(number - 1) * page + 200] = b"\xee" * 192
    Path(sqlite_url).write_bytes(bytes(data))
    damaged = Database(sqlite_url)
    try:
        with pytest.raises(StorageError) as caught:
            backups.automatic_backup(damaged)
        assert caught.value.kind == "corrupt"
        assert backups.latest_good_backup(damaged).path == good.path  # the failed copy was not kept
        assert [b.path for b in backups.list_backups(damaged)] == [good.path]
    finally:
        damaged.dispose()


def test_latest_good_backup_skips_a_damaged_one(sqlite_db: Database) -> None:
    good = _fake(sqlite_db, "auto", dt.datetime.now() - dt.timedelta(hours=2))
    bad = _fake(sqlite_db, "auto", dt.datetime.now() - dt.timedelta(hours=1))
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)  # a copy cut short
    assert backups.verify(bad) != "ok"
    assert backups.latest_good_backup(sqlite_db).path == good


def test_backup_of_a_missing_file_creates_nothing(tmp_path: Path) -> None:
    db = Database(str(tmp_path / "gone.sqlite3"))
    try:
        with pytest.raises(StorageError) as caught:
            backups.back_up(db)
        assert caught.value.kind == "missing"
        assert not (tmp_path / "gone.sqlite3").exists()
    finally:
        db.dispose()


# --- backup → change → restore ------------------------------------------------------------------------------

def test_backup_change_restore_gives_back_exactly_the_earlier_data(db: Database) -> None:
    needs_pg_dump(db)
    small_centre(db)
    earlier = dump(db)
    made = backups.back_up(db)
    assert made.path.suffix == (".sqlite3" if db.is_sqlite else ".dump")
    # changes of every kind: new rows, edited rows, deleted-and-replaced rows
    enrolment.withdraw_child(db, actor=ACTOR, child=iin(7), group="AVIA-1", reason="moved")
    child(db, "Сериков", 40)
    settings.set_setting(db, actor=ACTOR, key="building_capacity", value="900")
    changed = dump(db)
    assert changed != earlier

    result = backups.restore(db, actor=SYSTEM, source=made.path)
    assert dump(db) == earlier
    assert result.previous_state is not None and result.previous_state.exists()
    # the restore first backed up what it replaced: restoring that brings the changes back
    backups.restore(db, actor=SYSTEM, source=result.previous_state)
    assert dump(db) == changed
    child(db, "Омарова", 50)  # writable after a restore, and the schema is at head
    assert schema.schema_state(db).up_to_date


def test_restore_refuses_a_backup_from_a_newer_enrol(sqlite_db: Database, tmp_path: Path) -> None:
    small_centre(sqlite_db)
    made = backups.back_up(sqlite_db)
    connection = sqlite3.connect(made.path)
    connection.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
    connection.commit()
    connection.close()
    before = dump(sqlite_db)
    with pytest.raises(StorageError) as caught:
        backups.restore(sqlite_db, actor=SYSTEM, source=made.path)
    assert caught.value.kind == "corrupt" and "newer" in caught.value.english()
    assert dump(sqlite_db) == before
    assert [b.kind for b in backups.list_backups(sqlite_db)] == ["manual"]  # nothing set aside either


def test_restore_onto_a_deleted_database(sqlite_url: str) -> None:
    db = init_database(sqlite_url)
    small_centre(db)
    earlier = dump(db)
    made = backups.back_up(db)
    db.dispose()
    for suffix in ("", "-wal", "-shm"):
        Path(sqlite_url + suffix).unlink(missing_ok=True)
    gone = Database(sqlite_url)
    try:
        assert backups.latest_good_backup(gone).path == made.path
        result = backups.restore(gone, actor=SYSTEM, source=made.path)
        assert result.previous_state is None
    finally:
        gone.dispose()
    reopened = open_database(sqlite_url)
    try:
        assert dump(reopened) == earlier
    finally:
        reopened.dispose()


# --- schema upgrade after a backup ----------------------------------------------------------------------------

def _database_at(url: str, revision: str) -> Database:
    """A database at an older revision of the schema, as an earlier enrol left it."""
    db = Database(url)
    with db._write_engine.begin() as connection:  # noqa: SLF001
        config = schema._config()  # noqa: SLF001
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    return db


def test_an_older_schema_is_upgraded_after_a_backup(db_url: str) -> None:
    if db_url.startswith("postgresql") and shutil.which("pg_dump") is None:
        pytest.skip("pg_dump is not installed")
    old = _database_at(db_url, "0001")
    try:
        with old.write() as session:
            session.execute(text("INSERT INTO rooms (code, name, floor, kind, seats, active) "
                                 "VALUES ('1.01', 'Зал', 1, 'hall', 300, true)"))
    finally:
        old.dispose()
    db = open_database(db_url)
    try:
        assert schema.schema_state(db).up_to_date
        [made] = backups.list_backups(db)
        assert made.kind == "before-upgrade"
        if db.is_sqlite:
            copy = sqlite3.connect(made.path)
            assert copy.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
            assert copy.execute("SELECT code FROM rooms").fetchall() == [("1.01",)]
            copy.close()
        assert [r.code for r in rooms.list_rooms(db)] == ["1.01"]
    finally:
        db.dispose()


def test_an_up_to_date_database_is_opened_without_a_backup(sqlite_url: str) -> None:
    init_database(sqlite_url).dispose()
    db = open_database(sqlite_url)
    try:
        assert backups.list_backups(db) == []
    finally:
        db.dispose()


def test_os_errors_become_clear_storage_errors() -> None:
    import errno

    from enrol.db.storage_errors import storage_error_from_os

    assert storage_error_from_os(OSError(errno.ENOSPC, "No space left on device"), "/x").kind == "disk_full"
    assert storage_error_from_os(OSError(errno.EROFS, "Read-only file system"), "/x").kind == "read_only"
    assert storage_error_from_os(OSError(errno.EACCES, "Permission denied"), "/x").kind == "read_only"
    assert storage_error_from_os(OSError(errno.EIO, "Input/output error"), "/x").kind == "io_error"


def test_a_file_that_is_not_a_dump_is_refused_before_anything_changes(pg_url: str, tmp_path: Path) -> None:
    if shutil.which("pg_restore") is None:
        pytest.skip("pg_restore is not installed")
    db = init_database(pg_url)
    try:
        small_centre(db)
        before = dump(db)
        sqlite_file = tmp_path / "desk.sqlite3"
        init_database(str(sqlite_file)).dispose()
        with pytest.raises(StorageError) as caught:
            backups.restore(db, actor=SYSTEM, source=sqlite_file)
        assert caught.value.kind == "corrupt"
        assert dump(db) == before and backups.list_backups(db) == []  # not even a safety dump was needed
    finally:
        db.dispose()


def test_only_an_administrator_restores(sqlite_db: Database) -> None:
    """Restoring throws away everything written since the backup: the services refuse it to other roles."""
    from enrol.services.people.permissions import PermissionDenied

    small_centre(sqlite_db)
    made = backups.back_up(sqlite_db)
    child(sqlite_db, "Сериков", 40)
    before = dump(sqlite_db)
    for role in ("registrar", "teacher", "specialist"):
        with pytest.raises(PermissionDenied):
            backups.restore(sqlite_db, actor=Actor(login=f"user-{role}", role=role), source=made.path)
    assert dump(sqlite_db) == before
