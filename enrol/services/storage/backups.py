"""Backups: taken at every start and daily while the program runs, verified, kept in rotation, restored.

A SQLite database is copied through SQLite's online backup API (a consistent snapshot while the desk keeps
working; a file copy of a live database can catch half a transaction) and every copy must pass
``integrity_check`` before it counts. A PostgreSQL database is dumped with the server's own ``pg_dump`` when
it is installed on this computer. A restore first backs up the state it replaces, so it can be undone.

Backups live in a ``backups`` folder beside the SQLite file (for PostgreSQL: in the user's data folder) and
are named ``<database>-<kind>-<YYYYMMDD-HHMMSS>.sqlite3`` (``.dump`` for PostgreSQL). Rotation keeps the
newest automatic backup of each of the last ``backup_keep`` days; backups made by hand, before a restore
and before an upgrade are never deleted by the program.
"""
from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from enrol.db import schema
from enrol.db.engine import Database
from enrol.db.storage_errors import check_sqlite_header, storage_error_from_os
from enrol.io.outputs import check_output
# Which storage problems a restore can mend, and the kinds a retry may cure: the GUI asks here, not in db/.
from enrol.db.storage_errors import LOCKED, UNREACHABLE, restore_helps  # noqa: F401 - re-exported
from enrol.domain.errors import N_, StorageError
from enrol.paths import data_dir
from enrol.services.people import permissions
from enrol.services.storage import pg_tools
from enrol.services.context import Actor, now

log = logging.getLogger(__name__)

AUTO, MANUAL, BEFORE_RESTORE, BEFORE_UPGRADE = "auto", "manual", "before-restore", "before-upgrade"
KINDS = {
    AUTO: N_("automatic"),
    MANUAL: N_("made by hand"),
    BEFORE_RESTORE: N_("before a restore"),
    BEFORE_UPGRADE: N_("before an upgrade"),
}
_NAME = re.compile(r"^(?P<stem>.+)-(?P<kind>auto|manual|before-restore|before-upgrade)-"
                   r"(?P<stamp>\d{8}-\d{6})(?:-\d+)?\.(?:sqlite3|dump)$")
DAILY = dt.timedelta(hours=24)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: str
    taken_at: dt.datetime
    size: int


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    previous_state: Path | None  # the backup (or the set-aside damaged file) of what was replaced


def backups_folder(db: Database) -> Path:
    if db.sqlite_path is not None:
        return db.sqlite_path.parent / "backups"
    return data_dir() / "backups"


def _stem(db: Database) -> str:
    if db.sqlite_path is not None:
        return db.sqlite_path.stem
    raw = f"{db.url.host or 'local'}-{db.url.database or 'enrol'}"
    return re.sub(r"[^\w.-]", "_", raw)


def _suffix(db: Database) -> str:
    return ".sqlite3" if db.is_sqlite else ".dump"


def _target(db: Database, kind: str) -> Path:
    """A new file name that sorts by time; two backups in one second get -2, -3 …"""
    folder = backups_folder(db)
    base = f"{_stem(db)}-{kind}-{now():%Y%m%d-%H%M%S}"
    target = folder / f"{base}{_suffix(db)}"
    number = 2
    while target.exists():
        target = folder / f"{base}-{number}{_suffix(db)}"
        number += 1
    return target


def _info(path: Path, stem: str) -> BackupInfo | None:
    match = _NAME.match(path.name)
    if match is None or match["stem"] != stem:
        return None
    try:
        size = path.stat().st_size
        taken = dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
    except (OSError, ValueError):
        return None
    return BackupInfo(path=path, kind=match["kind"], taken_at=taken, size=size)


def list_backups(db: Database) -> list[BackupInfo]:
    """This database's backups, newest first (files of other databases in the folder are left out)."""
    folder = backups_folder(db)
    try:
        candidates = list(folder.iterdir()) if folder.is_dir() else []
    except OSError as exc:
        raise storage_error_from_os(exc, str(folder)) from exc
    found = [info for path in candidates if (info := _info(path, _stem(db))) is not None]
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def back_up(db: Database, *, kind: str = MANUAL, target: Path | None = None, force: bool = False) -> BackupInfo:
    """One verified backup: SQLite's online backup API, or pg_dump for PostgreSQL. A ``target`` chosen by the
    caller is checked as every output is (never the database, its backups, nor another kind of file)."""
    if target is not None:
        check_output(target, kind="sqlite3" if db.is_sqlite else "dump", force=force, make_folder=True)
    path = target if target is not None else _target(db, kind)
    if db.sqlite_path is not None:
        schema.backup_sqlite(db, path)
    elif db.is_sqlite:
        raise StorageError(N_("An in-memory database cannot be backed up."), kind="unsupported")
    else:
        pg_tools.dump(db, path)
    log.info("backup of %s written to %s", db.describe(), path)
    return BackupInfo(path=path, kind=kind, taken_at=now(), size=path.stat().st_size)


def before_upgrade(db: Database) -> Path | None:
    """The backup ``schema.upgrade`` takes before migrating; PostgreSQL without pg_dump relies on the
    migration's own transaction (a failed migration changes nothing there)."""
    if not db.is_sqlite and not pg_tools.available():
        log.warning("pg_dump is not installed: upgrading %s without a backup", db.describe())
        return None
    return back_up(db, kind=BEFORE_UPGRADE).path


def _keep_setting(db: Database) -> int:
    from enrol.services.centre.settings import get_setting

    return int(get_setting(db, key="backup_keep").value)


def rotate(db: Database, *, keep: int | None = None) -> list[Path]:
    """Delete old automatic backups: keep the newest of each of the last ``keep`` days that have one."""
    keep = _keep_setting(db) if keep is None else keep
    kept_days: set[dt.date] = set()
    removed = []
    for backup in list_backups(db):
        if backup.kind != AUTO:
            continue
        day = backup.taken_at.date()
        if day not in kept_days and len(kept_days) < keep:
            kept_days.add(day)
            continue
        try:
            backup.path.unlink()
            removed.append(backup.path)
        except OSError as exc:  # a backup we cannot delete is no harm: try again next time
            log.warning("could not delete old backup %s: %s", backup.path, exc)
    _remove_leftovers(db)
    return removed


def _remove_leftovers(db: Database) -> None:
    """Half-written copies (``.part``) of a backup that was interrupted — the program closed mid-copy."""
    folder = backups_folder(db)
    cutoff = (now() - DAILY).timestamp()
    for part in folder.glob(f"{_stem(db)}-*.part") if folder.is_dir() else ():
        try:
            if part.stat().st_mtime < cutoff:
                part.unlink()
        except OSError:
            pass


def automatic_backup(db: Database) -> BackupInfo | None:
    """The start-up and daily backup; a failed integrity check here means the database itself is damaged.

    None for PostgreSQL: a server shared by several desks is backed up on the server (README), not by every
    desk dumping all of it at every start; "Back up now" and ``enrol db backup`` still run pg_dump."""
    if not db.is_sqlite:
        return None
    info = back_up(db, kind=AUTO)
    rotate(db)
    return info


def latest_automatic(db: Database) -> BackupInfo | None:
    return next((b for b in list_backups(db) if b.kind == AUTO), None)


def backup_if_due(db: Database, *, every: dt.timedelta = DAILY) -> BackupInfo | None:
    """The daily backup while running: only when the newest automatic one is older than ``every``."""
    if not db.is_sqlite:
        return None
    latest = latest_automatic(db)
    if latest is not None and now() - latest.taken_at < every:
        return None
    return automatic_backup(db)


def verify(path: Path) -> str:
    """"ok" when ``path`` is a sound backup, else what is wrong with it (the file is only read)."""
    if path.suffix == ".dump":
        return pg_tools.verify(path)
    try:
        check_sqlite_header(path)
        verdict, revision = schema.inspect_sqlite_file(path)
    except StorageError as error:
        return error.english()
    if verdict != "ok":
        return verdict
    if revision is None:
        return "no enrol schema"
    if revision != schema.HEAD_REVISION and revision not in schema.known_revisions():
        return f"written by a newer enrol (schema {revision})"
    return "ok"


def latest_good_backup(db: Database) -> BackupInfo | None:
    """The newest backup that passes verification: what the storage-problem dialog offers to restore."""
    for backup in list_backups(db):
        if verify(backup.path) == "ok":
            return backup
        log.warning("backup %s is not usable", backup.path)
    return None


def restore(db: Database, *, actor: Actor, source: Path) -> RestoreResult:
    """Replace the database with ``source``; what it held is backed up first, so nothing is lost.

    Administrators only (and the start-up recovery, which acts as ``SYSTEM``: a database that cannot be
    opened has no users to sign in with)."""
    permissions.require(actor, "backups.manage")
    if not source.is_file():
        raise StorageError(N_("The backup file {path} does not exist."), kind="missing", path=str(source))
    if not db.is_sqlite:
        pg_tools.require(db)
        verdict = pg_tools.verify(source)
        if verdict != "ok":
            raise StorageError(N_("{path} is not a sound enrol backup ({detail})."), kind="corrupt",
                               path=str(source), detail=verdict)
        previous = back_up(db, kind=BEFORE_RESTORE).path
        db.dispose()
        pg_tools.restore(db, source)
        schema.upgrade(db, before_upgrade=before_upgrade)
        return RestoreResult(restored_from=source, previous_state=previous)
    if db.sqlite_path is None:
        raise StorageError(N_("An in-memory database cannot be restored."), kind="unsupported")
    check_sqlite_header(source)
    verdict = verify(source)
    if verdict != "ok":
        raise StorageError(N_("{path} is not a sound enrol backup ({detail})."), kind="corrupt", path=str(source),
                           detail=verdict)
    previous = _set_aside(db) if db.sqlite_path.exists() else None
    db.dispose()
    schema.sqlite_restore(source, db.sqlite_path)
    log.info("restored %s from %s (previous state saved to %s)", db.sqlite_path, source, previous)
    schema.upgrade(db, before_upgrade=before_upgrade)
    return RestoreResult(restored_from=source, previous_state=previous)


def _set_aside(db: Database) -> Path:
    """Keep the current state before a restore: a verified backup, or — when the file is too damaged to
    back up — the file itself (with its WAL) renamed, so a restore never destroys anything."""
    assert db.sqlite_path is not None
    try:
        return back_up(db, kind=BEFORE_RESTORE).path
    except StorageError as error:
        if error.kind in ("disk_full", "read_only", "no_access", "locked"):
            raise  # the file is fine; the place or the moment is not: do not touch it
    db.dispose()
    kept = db.sqlite_path.with_name(f"{db.sqlite_path.name}.damaged-{now():%Y%m%d-%H%M%S}")
    try:
        for suffix in ("", "-wal", "-shm"):
            old = Path(str(db.sqlite_path) + suffix)
            if old.exists():
                old.replace(Path(str(kept) + suffix))
    except OSError as exc:
        raise storage_error_from_os(exc, str(kept)) from exc
    log.warning("could not back up damaged %s before restore; kept it as %s", db.sqlite_path, kept)
    return kept
