"""Sort database failures into the environment's (tell the user what to do) and ours (a bug: let it crash).

Idea from qutebrowser's ``misc/sql.py``: only errors a person can act on become ``StorageError``. Every
``StorageError`` has a ``kind``; for the kinds in ``RESTORE_HELPS`` the GUI offers to restore the latest
good backup (a damaged, garbled, emptied or deleted file), for the others restoring would only lose work
(a lock, a full disk, a server that is down: the data is fine, the way to it is not).
"""
from __future__ import annotations

import errno
import re
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
_DISK_FULL = N_("The disk holding {db} is full. Free some space, then try again; nothing was saved.")
_NOT_A_DATABASE = N_("{db} is not an enrol database (or it is encrypted or damaged). "
                     "Choose the right file or restore a backup.")
_CORRUPT = N_("The database {db} is damaged. Restore the latest backup (enrol db restore --latest).")
_NOT_INITIALISED = N_("The database {db} has no enrol tables yet. Run enrol db init.")

# (pattern in the driver's message, kind, template) — first match wins. SQLite's and psycopg's wordings.
_KNOWN: tuple[tuple[re.Pattern[str], str, str], ...] = tuple((re.compile(p), k, t) for p, k, t in (
    (r"database (table )?is locked|database schema is locked", LOCKED, _LOCKED),
    (r"too many clients|remaining connection slots|lock timeout|canceling statement due to lock", LOCKED,
     N_("The database server {db} is busy. Wait a minute and try again; nothing was saved.")),
    (r"readonly database|read-only transaction|read-only file system", READ_ONLY, _READ_ONLY),
    (r"permission denied for", READ_ONLY,
     N_("The database user has no right to change {db}. Ask IT to grant it write access.")),
    (r"disk is full|no space left on device|could not extend file", DISK_FULL, _DISK_FULL),
    (r"file is not a database|file is encrypted", NOT_A_DATABASE, _NOT_A_DATABASE),
    (r"disk image is malformed|database corruption|invalid page|corrupt", CORRUPT, _CORRUPT),
    (r"disk i/o error", IO_ERROR,
     N_("The disk holding {db} reported a read or write error. Check the disk or network drive; if it keeps "
        "happening, restore the latest backup onto a sound disk.")),
    (r"unable to open database file", MISSING,
     N_("The database {db} cannot be opened: the file or its folder is missing or not accessible.")),
    (r"password authentication failed|no pg_hba\.conf entry|role \".*\" does not exist", UNREACHABLE,
     N_("The database server {db} refused the login. Check the user name and password in the address.")),
    (r"database \".*\" does not exist", MISSING,
     N_("The database {db} does not exist on the server. Ask IT to create it, then run enrol db init.")),
    (r"relation \".*\" does not exist|no such table", NOT_INITIALISED, _NOT_INITIALISED),
    (r"connection refused|could not connect|connection timeout|timeout expired|server closed the connection"
     r"|could not translate host name|name or service not known|the database system is (starting up|shutting "
     r"down|in recovery mode)|terminating connection|connection to server .* failed|network is unreachable",
     UNREACHABLE, _UNREACHABLE),
))


def storage_error_from_text(text: str, db: StorageTarget | None = None, *, where: str | None = None) -> StorageError | None:
    """The user-facing error for a driver message (SQLAlchemy's, sqlite3's or psycopg's), or None."""
    lowered = text.lower()
    place = where or (db.describe() if db is not None else "")
    for pattern, kind, template in _KNOWN:
        if pattern.search(lowered):
            if kind == MISSING and db is not None and db.sqlite_path is not None and db.sqlite_path.exists():
                # The file is there, so SQLite could not open it or create its journal beside it.
                return StorageError(
                    N_("The database {db} cannot be opened: this user may not read or write the file or its "
                       "folder. Ask IT to give write access to both."), kind=NO_ACCESS, db=place)
            return StorageError(template, kind=kind, db=place)
    return None


def storage_error_from(exc: DBAPIError, db: StorageTarget) -> StorageError | None:
    """The user-facing error for an environment failure, or None when it is a bug of ours."""
    if exc.connection_invalidated and not db.is_sqlite:
        return StorageError(_UNREACHABLE, kind=UNREACHABLE, db=db.describe())
    text = str(exc.orig) if exc.orig is not None else str(exc)
    return storage_error_from_text(text, db)


def storage_error_from_os(exc: OSError, path: str) -> StorageError:
    """A file operation of ours (a backup, an export) failed: say why in the user's terms."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageError(N_("The disk is full: {path} could not be written. Free some space and try again."),
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
