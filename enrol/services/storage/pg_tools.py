"""PostgreSQL backups through the server's own tools, ``pg_dump`` and ``pg_restore``, when installed here.

A dump in the custom format is what the centre's IT can also restore by hand (README). The password of the
address goes to the tools in ``PGPASSWORD``, never on a command line that other users could read.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from enrol.db.engine import Database
from enrol.db.storage_errors import storage_error_from_os, storage_error_from_text
from enrol.paths import PRIVATE_DIR, PRIVATE_FILE, make_private_file
from enrol.domain.errors import N_, StorageError

TIMEOUT_SECONDS = 3600
# A restore waits at most this long for other desks' locks, instead of hanging behind them.
LOCK_TIMEOUT_MS = 15_000


def _tool(name: str, db: Database) -> str:
    found = shutil.which(name)
    if found is None:
        raise StorageError(
            N_("{tool} is not installed on this computer, so the PostgreSQL database {db} cannot be backed up or "
               "restored from here. Install the PostgreSQL client tools, or let IT back up the server (see README)."),
            kind="unsupported", tool=name, db=db.describe())
    return found


def available() -> bool:
    return shutil.which("pg_dump") is not None


def require(db: Database) -> None:
    """Both tools, or a StorageError saying what to install (before anything is touched)."""
    _tool("pg_dump", db)
    _tool("pg_restore", db)


def _address(db: Database) -> tuple[str, dict[str, str]]:
    """A libpq address without the password, and the environment that carries the password."""
    url = db.url.set(drivername="postgresql", password=None)
    env = dict(os.environ)
    if db.url.password:
        env["PGPASSWORD"] = str(db.url.password)
    return url.render_as_string(hide_password=False), env


def _run(db: Database, argv: list[str], env: dict[str, str], *, action: str) -> None:
    try:
        done = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=TIMEOUT_SECONDS, check=False)
    except subprocess.TimeoutExpired:
        raise StorageError(N_("{tool} took longer than an hour on {db} and was stopped."), kind="backup",
                           tool=action, db=db.describe()) from None
    except OSError as exc:
        raise StorageError(N_("{tool} could not be started: {detail}"), kind="unsupported", tool=action,
                           detail=exc.strerror or str(exc)) from exc
    if done.returncode != 0:
        detail = next((line for line in done.stderr.splitlines() if line.strip()), "exit status "
                      + str(done.returncode))
        error = storage_error_from_text(done.stderr, db)
        if error is not None:
            raise error
        raise StorageError(N_("{tool} failed on {db}: {detail}"), kind="backup", tool=action, db=db.describe(),
                           detail=detail.strip()[:300])


def dump(db: Database, target: Path) -> Path:
    """``pg_dump --format=custom`` into ``target``, written aside first and checked with ``pg_restore --list``."""
    pg_dump = _tool("pg_dump", db)
    address, env = _address(db)
    try:
        target.parent.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    except OSError as exc:
        raise storage_error_from_os(exc, str(target)) from exc
    part = target.with_suffix(target.suffix + ".part")
    try:
        # A dump holds every child's record: made 0600 before pg_dump writes into it (it keeps the mode).
        os.close(os.open(part, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, PRIVATE_FILE))
        make_private_file(part)
        _run(db, [pg_dump, "--format=custom", "--no-owner", "--no-privileges", f"--file={part}",
                  f"--dbname={address}"], env, action="pg_dump")
        verdict = verify(part)
        if verdict != "ok":
            raise StorageError(N_("The backup {path} failed its check: {detail}"), kind="backup", path=str(target),
                               detail=verdict)
        part.replace(target)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return target


def verify(path: Path) -> str:
    """"ok" when pg_restore can read the dump's table of contents to the end."""
    pg_restore = shutil.which("pg_restore")
    if pg_restore is None:
        return "pg_restore is not installed"
    done = subprocess.run([pg_restore, "--list", str(path)], capture_output=True, text=True,
                          timeout=TIMEOUT_SECONDS, check=False)
    if done.returncode != 0:
        return next((line for line in done.stderr.splitlines() if line.strip()), "unreadable dump")
    return "ok"


def restore(db: Database, source: Path) -> None:
    """Replace the database's contents with the dump in one transaction: on any error nothing changes."""
    pg_restore = _tool("pg_restore", db)
    address, env = _address(db)
    env["PGOPTIONS"] = f"-c lock_timeout={LOCK_TIMEOUT_MS}"
    _run(db, [pg_restore, "--clean", "--if-exists", "--single-transaction", "--exit-on-error", "--no-owner",
              "--no-privileges", f"--dbname={address}", str(source)], env, action="pg_restore")
