"""Sort database failures into the environment's (tell the user what to do) and ours (a bug: let it crash).

Idea from qutebrowser's ``misc/sql.py``: only errors a person can act on become ``StorageError``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.exc import DBAPIError

from enrol.domain.errors import N_, StorageError

if TYPE_CHECKING:
    from enrol.db.engine import Database

_UNREACHABLE = N_("The database server {db} cannot be reached. Check that it is running and the network is up.")

# (substring of the driver's message, kind, template) — first match wins.
_KNOWN: tuple[tuple[str, str, str], ...] = (
    ("database is locked", "locked",
     N_("The database {db} is busy or locked by another program. Close other copies of enrol and try again.")),
    ("database table is locked", "locked",
     N_("The database {db} is busy or locked by another program. Close other copies of enrol and try again.")),
    ("readonly database", "read_only",
     N_("The database {db} is read-only. Ask IT to give this user write access to the file and its folder.")),
    ("disk is full", "disk_full",
     N_("The disk holding {db} is full. Free some space, then try again; nothing was saved.")),
    ("database or disk is full", "disk_full",
     N_("The disk holding {db} is full. Free some space, then try again; nothing was saved.")),
    ("file is not a database", "not_a_database",
     N_("{db} is not an enrol database (or it is encrypted or damaged). Choose the right file or restore a backup.")),
    ("database disk image is malformed", "corrupt",
     N_("The database {db} is damaged. Restore the latest backup (enrol db restore).")),
    ("unable to open database file", "missing",
     N_("The database {db} cannot be opened: the file or its folder is missing or not accessible.")),
    ("connection refused", "unreachable",
     _UNREACHABLE),
    ("could not connect", "unreachable",
     _UNREACHABLE),
    ("connection timeout", "unreachable",
     _UNREACHABLE),
    ("timeout expired", "unreachable",
     _UNREACHABLE),
    ("server closed the connection", "unreachable",
     _UNREACHABLE),
    ("relation", "not_initialised",
     N_("The database {db} has no enrol tables yet. Run enrol db init.")),
    ("does not exist", "missing",
     N_("The database {db} does not exist on the server. Ask IT to create it, then run enrol db init.")),
    ("password authentication failed", "unreachable",
     N_("The database server {db} refused the login. Check the user name and password in the address.")),
    ("no such table", "not_initialised",
     N_("The database {db} has no enrol tables yet. Run enrol db init.")),
)


def storage_error_from(exc: DBAPIError, db: Database) -> StorageError | None:
    """The user-facing error for an environment failure, or None when it is a bug of ours."""
    if exc.connection_invalidated and not db.is_sqlite:
        return StorageError(_UNREACHABLE, kind="unreachable", db=db.describe())
    text = str(exc.orig).lower() if exc.orig is not None else str(exc).lower()
    for needle, kind, template in _KNOWN:
        if needle in text:
            if needle == "relation" and "does not exist" not in text:
                continue
            return StorageError(template, kind=kind, db=db.describe())
    return None
