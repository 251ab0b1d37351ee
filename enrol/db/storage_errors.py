"""Sort database failures into the environment's (tell the user what to do) and ours (a bug: let it crash).

Idea from qutebrowser's ``misc/sql.py``: only errors a person can act on become ``StorageError``. Every
``StorageError`` has a ``kind``; for the kinds in ``RESTORE_HELPS`` the GUI offers to restore the latest
good backup (a damaged, garbled, emptied or deleted file), for the others restoring would only lose work
(a lock, a full disk, a server that is down: the data is fine, the way to it is not).

The kind comes from the driver's codes — SQLite's (extended) result code, PostgreSQL's SQLSTATE, the OS's
errno — and only where a driver gives none (a connection that never opened, ``no such table`` inside the
generic SQLITE_ERROR) from its message, whose wording changes between versions and languages. A full disk
must never be told to "restore onto a sound disk": SQLite reports some writes that fail for want of space
as a generic I/O error, so an I/O error on a disk with no room left is a full disk.
"""
from __future__ import annotations

import errno
import re
import shutil
from pathlib import Path
from typing import Protocol

from sqlalchemy.exc import DBAPIError

from enrol.domain.errors import N_, StorageError


class StorageTarget(Protocol):
    """What a storage error needs to know of a database: its kind and where it is. ``enrol.db.engine.Database``
    is one; it is described here so that the engine imports this module and not the other way round."""

    is_sqlite: bool

    @property
    def sqlite_path(self) -> Path | None: ...

    def describe(self) -> str: ...


# Kinds of StorageError, for callers that decide what to offer (the GUI's storage dialog).
MISSING, NOT_A_DATABASE, CORRUPT, LOCKED, READ_ONLY, DISK_FULL, UNREACHABLE = (
    "missing", "not_a_database", "corrupt", "locked", "read_only", "disk_full", "unreachable")
NOT_INITIALISED, NEWER_SCHEMA, IO_ERROR, NO_ACCESS = "not_initialised", "newer_schema", "io_error", "no_access"
RESTORE_HELPS = frozenset({MISSING, NOT_A_DATABASE, CORRUPT, NOT_INITIALISED, IO_ERROR})

_UNREACHABLE = N_("The database server {db} cannot be reached. Check that it is running and the network is up.")
_LOCKED = N_("The database {db} is busy or locked by another program. Close other copies of enrol and try again.")
_READ_ONLY = N_("The database {db} is read-only. Ask IT to give this user write access to the file and its folder.")
_DISK_FULL = N_("The disk holding {db} is full. Free some space, then try again; nothing was saved, and nothing "
                "was lost.")
_NOT_A_DATABASE = N_("{db} is not an enrol database (or it is encrypted or damaged). "
                     "Choose the right file or restore a backup.")
_CORRUPT = N_("The database {db} is damaged. Restore the latest backup (enrol db restore --latest).")
_NOT_INITIALISED = N_("The database {db} has no enrol tables yet. Run enrol db init.")
_SERVER_BUSY = N_("The database server {db} is busy. Wait a minute and try again; nothing was saved.")
_NO_RIGHT = N_("The database user has no right to change {db}. Ask IT to grant it write access.")
_IO_ERROR = N_("The disk holding {db} reported a read or write error. Check the disk or network drive; if it keeps "
               "happening, restore the latest backup onto a sound disk.")
_CANTOPEN = N_("The database {db} cannot be opened: the file or its folder is missing or not accessible.")
_LOGIN = N_("The database server {db} refused the login. Check the user name and password in the address.")
_NO_DATABASE = N_("The database {db} does not exist on the server. Ask IT to create it, then run enrol db init.")

# SQLite's primary result codes (the low byte of an extended code: SQLITE_IOERR_WRITE is 778 = 10 | 3 << 8).
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL = 3, 5, 6, 8, 10, 11, 13
SQLITE_CANTOPEN, SQLITE_NOTADB = 14, 26
_BY_SQLITE_CODE: dict[int, tuple[str, str]] = {
    SQLITE_BUSY: (LOCKED, _LOCKED), SQLITE_LOCKED: (LOCKED, _LOCKED),
    SQLITE_READONLY: (READ_ONLY, _READ_ONLY), SQLITE_PERM: (READ_ONLY, _READ_ONLY),
    SQLITE_IOERR: (IO_ERROR, _IO_ERROR), SQLITE_CORRUPT: (CORRUPT, _CORRUPT), SQLITE_FULL: (DISK_FULL, _DISK_FULL),
    SQLITE_CANTOPEN: (MISSING, _CANTOPEN), SQLITE_NOTADB: (NOT_A_DATABASE, _NOT_A_DATABASE),
}
# PostgreSQL's SQLSTATEs; a whole class where its first two characters say enough (08: connection exception).
_BY_SQLSTATE: dict[str, tuple[str, str]] = {
    "53100": (DISK_FULL, _DISK_FULL), "53300": (LOCKED, _SERVER_BUSY), "55P03": (LOCKED, _SERVER_BUSY),
    "57014": (LOCKED, _SERVER_BUSY), "25006": (READ_ONLY, _READ_ONLY), "42501": (READ_ONLY, _NO_RIGHT),
    "28P01": (UNREACHABLE, _LOGIN), "28000": (UNREACHABLE, _LOGIN), "3D000": (MISSING, _NO_DATABASE),
    "42P01": (NOT_INITIALISED, _NOT_INITIALISED), "XX001": (CORRUPT, _CORRUPT), "XX002": (CORRUPT, _CORRUPT),
    "58030": (IO_ERROR, _IO_ERROR), "57P01": (UNREACHABLE, _UNREACHABLE), "57P02": (UNREACHABLE, _UNREACHABLE),
    "57P03": (UNREACHABLE, _UNREACHABLE), "08": (UNREACHABLE, _UNREACHABLE),
}
_BY_ERRNO: dict[int, tuple[str, str]] = {
    errno.ENOSPC: (DISK_FULL, _DISK_FULL), errno.EDQUOT: (DISK_FULL, _DISK_FULL),
    errno.EACCES: (READ_ONLY, _READ_ONLY), errno.EPERM: (READ_ONLY, _READ_ONLY), errno.EROFS: (READ_ONLY, _READ_ONLY),
    errno.EIO: (IO_ERROR, _IO_ERROR), errno.ENOENT: (MISSING, _CANTOPEN),
}
# An I/O error on a disk with less room than this is the disk being full (SQLite says SQLITE_IOERR_WRITE,
# _FSYNC or _SHMSIZE when a write fails for want of space anywhere but its main write path).
NEARLY_FULL_BYTES = 8 << 20

# (pattern in the driver's message, kind, template) — first match wins. SQLite's and psycopg's wordings.
_KNOWN: tuple[tuple[re.Pattern[str], str, str], ...] = tuple((re.compile(p), k, t) for p, k, t in (
    (r"database (table )?is locked|database schema is locked", LOCKED, _LOCKED),
    (r"too many clients|remaining connection slots|lock timeout|canceling statement due to lock", LOCKED,
     _SERVER_BUSY),
    (r"readonly database|read-only transaction|read-only file system", READ_ONLY, _READ_ONLY),
    (r"permission denied for", READ_ONLY, _NO_RIGHT),
    (r"disk is full|no space left on device|could not extend file", DISK_FULL, _DISK_FULL),
    (r"file is not a database|file is encrypted", NOT_A_DATABASE, _NOT_A_DATABASE),
    (r"disk image is malformed|database corruption|invalid page|corrupt", CORRUPT, _CORRUPT),
    (r"disk i/o error", IO_ERROR, _IO_ERROR),
    (r"unable to open database file", MISSING, _CANTOPEN),
    (r"password authentication failed|no pg_hba\.conf entry|role \".*\" does not exist", UNREACHABLE, _LOGIN),
    (r"database \".*\" does not exist", MISSING, _NO_DATABASE),
    (r"relation \".*\" does not exist|no such table", NOT_INITIALISED, _NOT_INITIALISED),
    (r"connection refused|could not connect|connection timeout|timeout expired|server closed the connection"
     r"|could not translate host name|name or service not known|the database system is (starting up|shutting "
     r"down|in recovery mode)|terminating connection|connection to server .* failed|network is unreachable",
     UNREACHABLE, _UNREACHABLE),
))


SQLITE_ERROR = 1  # the generic code ("no such table", a syntax error): only its message says more
NO_CODE = ("", "")  # kind_from_codes: the driver gave no code that decides, read its message


def kind_from_codes(exc: BaseException | None) -> tuple[str, str] | None:
    """(kind, message template) from the driver's code — SQLite result code, SQLSTATE or errno; None when the
    code says it is not the environment's problem (a constraint: ours); ``NO_CODE`` when there is none."""
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return NO_CODE if code & 0xFF == SQLITE_ERROR else _BY_SQLITE_CODE.get(code & 0xFF)
    state = getattr(exc, "sqlstate", None)
    if isinstance(state, str) and state:
        return _BY_SQLSTATE.get(state) or _BY_SQLSTATE.get(state[:2])
    number = getattr(exc, "errno", None)
    if isinstance(exc, OSError) and isinstance(number, int):
        return _BY_ERRNO.get(number, NO_CODE)
    return NO_CODE


def _disk_has_no_room(place: Path | None) -> bool:
    folder = place if place is None or place.is_dir() else place.parent
    while folder is not None and not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if folder is None:
        return False
    try:
        return shutil.disk_usage(folder).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def storage_error_from_driver(exc: BaseException, db: StorageTarget | None = None, *,
                              where: str | None = None) -> StorageError | None:
    """The user-facing error for a driver's exception (sqlite3's, psycopg's, an OSError), or None (a bug).

    Its codes decide; the message is read only when the driver gave no code that says more."""
    place = where or (db.describe() if db is not None else "")
    path = db.sqlite_path if db is not None and db.sqlite_path is not None else Path(where) if where else None
    found = kind_from_codes(exc)
    if found is None:
        return None
    if found == NO_CODE:
        return storage_error_from_text(str(exc), db, where=where)
    kind, template = found
    if kind == IO_ERROR and path is not None and _disk_has_no_room(path):
        kind, template = DISK_FULL, _DISK_FULL
    return _error(kind, template, db, place)


def _error(kind: str, template: str, db: StorageTarget | None, place: str) -> StorageError:
    if kind == MISSING and db is not None and db.sqlite_path is not None and db.sqlite_path.exists():
        # The file is there, so SQLite could not open it or create its journal beside it.
        return StorageError(
            N_("The database {db} cannot be opened: this user may not read or write the file or its "
               "folder. Ask IT to give write access to both."), kind=NO_ACCESS, db=place)
    return StorageError(template, kind=kind, db=place)


def storage_error_from_text(text: str, db: StorageTarget | None = None, *, where: str | None = None) -> StorageError | None:
    """The user-facing error for a driver message that came without a code (``pg_dump``'s stderr, a
    connection that never opened), or None."""
    lowered = text.lower()
    place = where or (db.describe() if db is not None else "")
    for pattern, kind, template in _KNOWN:
        if pattern.search(lowered):
            return _error(kind, template, db, place)
    return None


def storage_error_from(exc: DBAPIError, db: StorageTarget) -> StorageError | None:
    """The user-facing error for an environment failure, or None when it is a bug of ours."""
    if exc.connection_invalidated and not db.is_sqlite:
        return StorageError(_UNREACHABLE, kind=UNREACHABLE, db=db.describe())
    if exc.orig is not None:
        return storage_error_from_driver(exc.orig, db)
    return storage_error_from_text(str(exc), db)


def storage_error_from_os(exc: OSError, path: str) -> StorageError:
    """A file operation of ours (a backup, an export) failed: say why in the user's terms."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageError(N_("The disk is full: {path} could not be written. Free some space and try again; "
                               "nothing was lost."),
                            kind=DISK_FULL, path=path)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StorageError(N_("No permission to write {path}. Choose another folder or ask IT for access."),
                            kind=READ_ONLY, path=path)
    if exc.errno == errno.ENOENT:
        return StorageError(N_("The folder of {path} does not exist."), kind=MISSING, path=path)
    return StorageError(N_("{path} could not be written: {detail}"), kind=IO_ERROR, path=path,
                        detail=exc.strerror or str(exc))


def restore_helps(error: StorageError) -> bool:
    """Whether restoring a backup is a sensible answer to this problem (the GUI then offers it)."""
    return error.kind in RESTORE_HELPS


SQLITE_HEADER = b"SQLite format 3\x00"


def check_sqlite_header(path: Path) -> None:
    """Catch a file that is not SQLite before the driver gives a confusing message (an empty file passes)."""
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except PermissionError:
        raise StorageError(N_("The database {db} cannot be read: permission denied."), kind=NO_ACCESS,
                           db=str(path)) from None
    except IsADirectoryError:
        raise StorageError(N_("{db} is a folder, not a database file."), kind=NOT_A_DATABASE,
                           db=str(path)) from None
    except OSError as exc:
        raise StorageError(N_("The database {db} cannot be read: {detail}"), kind=IO_ERROR, db=str(path),
                           detail=exc.strerror or str(exc)) from None
    if header and header != SQLITE_HEADER:
        raise StorageError(_NOT_A_DATABASE, kind=NOT_A_DATABASE, db=str(path))
