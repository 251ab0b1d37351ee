"""Every file enrol writes on request (PDF, XLSX, CSV, JSON, a backup copy) goes through ``write_output``.

An output path is checked before anything is written: the open database, its write-ahead log and journal and
its backups folder are never overwritten; an existing file that is not of the output's kind (told by its first
bytes: ``%PDF``, ``PK`` for XLSX, text for CSV/JSON, the SQLite header for a backup) is refused unless the
caller forces it — ``print roster … -o centre.sqlite3`` once turned the live database into a PDF. The file is
written beside the target under a temporary name and renamed over it, so a reader never sees half a file and
a failed write leaves the old file as it was. A folder, or a path that cannot be created, is a storage problem.
"""
from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from enrol.domain.errors import N_, RefusedError, StorageError

T = TypeVar("T")
SQLITE_HEADER = b"SQLite format 3\x00"
_MAGIC = {"pdf": (b"%PDF",), "xlsx": (b"PK\x03\x04",), "sqlite3": (SQLITE_HEADER,), "dump": (b"PGDMP",)}
_BINARY = (b"%PDF", b"PK\x03\x04", SQLITE_HEADER, b"PGDMP")
_TEXT_KINDS = ("csv", "json")
_DATABASE_COMPANIONS = ("", "-wal", "-shm", "-journal")
_open_databases: set[Path] = set()


def protect_database(path: Path) -> None:
    """Remember a database file this process opened: no output may replace it, its companions or backups."""
    _open_databases.add(Path(path).resolve())


def _protected(target: Path) -> bool:
    """The open database or a companion file (even one not there now: a stray journal would be rolled back
    into the database), or an existing backup of it."""
    for database in _open_databases:
        if target.exists() and database.parent / "backups" in target.parents:
            return True
        if target.parent == database.parent and any(target.name == database.name + tail
                                                    for tail in _DATABASE_COMPANIONS):
            return True
    return False


def _is_kind(head: bytes, kind: str) -> bool:
    if not head:
        return True  # an empty file holds nothing to lose
    if kind in _MAGIC:
        return head.startswith(_MAGIC[kind])
    if kind in _TEXT_KINDS:
        if b"\x00" in head or head.startswith(_BINARY):
            return False
        try:
            head[:-4].decode("utf-8")  # the last bytes may cut a letter in two
        except UnicodeDecodeError:
            return False
        return True
    raise ValueError(kind)


def check_output(path: Path, *, kind: str, force: bool = False, make_folder: bool = False) -> Path:
    """The checked target of an output of ``kind`` (pdf, xlsx, csv, json, sqlite3, dump); ``make_folder``
    creates a missing folder (a backup's) instead of refusing it."""
    from enrol.db.storage_errors import storage_error_from_os

    target = Path(path).expanduser()
    resolved = target.resolve()
    if target.is_dir():
        raise StorageError(N_("{path} is a folder: give the name of a file to write"), kind="io", path=str(target))
    if make_folder:
        try:
            resolved.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise storage_error_from_os(exc, str(target)) from exc
    if not resolved.parent.is_dir():
        raise StorageError(N_("The folder of {path} does not exist."), kind="missing", path=str(target))
    if _protected(resolved):
        raise RefusedError(N_("{path} is the open database or one of its backups: it is never overwritten; "
                              "choose another file"), rule="output", path=str(target))
    if resolved.exists():
        try:
            with resolved.open("rb") as handle:
                head = handle.read(4096)
        except OSError as exc:
            raise storage_error_from_os(exc, str(target)) from exc
        if not force and not _is_kind(head, kind):
            raise RefusedError(N_("{path} already exists and is not a {kind} file: choose another name, or "
                                  "replace it with --force"), rule="output", path=str(target), kind=kind.upper())
    return target


def write_output(path: Path, *, kind: str, write: Callable[[Path], T], force: bool = False) -> T:
    """Check ``path``, let ``write`` fill a temporary file beside it, then rename that over ``path``."""
    from enrol.db.storage_errors import storage_error_from_os

    target = check_output(path, kind=kind, force=force)
    draft = target.with_name(f".{target.name}.{os.getpid()}.part")
    try:
        result = write(draft)
        os.replace(draft, target)
    except OSError as exc:
        draft.unlink(missing_ok=True)
        raise storage_error_from_os(exc, str(target)) from exc
    except BaseException:
        draft.unlink(missing_ok=True)
        raise
    return result


__all__ = ["check_output", "protect_database", "write_output"]
