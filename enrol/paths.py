"""Where enrol keeps its files on a staff PC: the user's data folder, never the program folder.

The folder holds children's records, session notes, phones and password hashes, so on POSIX it is the
user's alone: the folder 0700, every file in it 0600 (another local account cannot even list it). On Windows
the data folder is under the user's own ``%LOCALAPPDATA%``, which other accounts cannot read already.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path

import platformdirs

from enrol.domain.errors import N_, StorageError

APP_NAME = "enrol"
PRIVATE_DIR, PRIVATE_FILE = 0o700, 0o600
POSIX = os.name == "posix"


def data_dir() -> Path:
    """The user data folder; ``ENROL_HOME`` moves it (tests, portable installs). Made 0700 when new."""
    override = os.environ.get("ENROL_HOME")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    make_private_dir(path, what="ENROL_HOME" if override else None)
    return path


def default_database_path() -> Path:
    return data_dir() / "enrol.sqlite3"


def log_dir() -> Path:
    path = data_dir() / "logs"
    make_private_dir(path)
    return path


def make_private_dir(path: Path, *, what: str | None = None) -> None:
    """Create ``path`` (and missing parents) readable by this user only; a file in its place is one clear
    error (exit 5), not a traceback from deep inside the logging set-up."""
    if path.exists() and not path.is_dir():
        if what:
            raise StorageError(N_("{what} points at {path}, which is a file, not a folder. Point it at a "
                                  "folder (it is created when missing)."), kind="not_a_folder", what=what,
                               path=str(path))
        raise StorageError(N_("{path} is a file where enrol needs a folder. Move the file away."),
                           kind="not_a_folder", path=str(path))
    try:
        path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):  # a parent is a file
        raise StorageError(N_("{path} cannot be made: a part of it is a file, not a folder."),
                           kind="not_a_folder", path=str(path)) from None
    except OSError as exc:
        raise StorageError(N_("The folder {path} cannot be made: {detail}"), kind="no_access", path=str(path),
                           detail=exc.strerror or str(exc)) from None


def tighten(path: Path) -> int | None:
    """Take group and other permissions off ``path`` (POSIX); its old mode when it changed, else None."""
    if not POSIX:
        return None
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            path.chmod(mode & ~0o077)
            return mode
    except OSError:  # not ours, or gone: nothing to tighten here
        return None
    return None


def make_private_file(path: Path) -> None:
    """A file of personal data: 0600 on POSIX whatever the umask (SQLite and logging create 0644)."""
    tighten(path)


def secure_data_folder() -> list[tuple[Path, int]]:
    """At start: the data folder, its logs and backups, and the files in them made this user's only.

    Returns what was loosened before (path, old mode) so the caller can log a notice: a folder made by an
    older enrol (0755, files 0644) lets every local account read the database and its backups."""
    changed: list[tuple[Path, int]] = []
    if not POSIX:
        return changed
    root = data_dir()
    for folder in (root, root / "logs", root / "backups"):
        if not folder.is_dir():
            continue
        old = tighten(folder)
        if old is not None:
            changed.append((folder, old))
        try:
            entries = list(folder.iterdir())
        except OSError:
            continue
        for entry in entries:
            if entry.is_file() and not entry.is_symlink():
                old = tighten(entry)
                if old is not None:
                    changed.append((entry, old))
    return changed
