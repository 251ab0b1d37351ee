"""Where enrol keeps its files on a staff PC: the user's data folder, never the program folder."""
from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "enrol"


def data_dir() -> Path:
    """The user data folder; ``ENROL_HOME`` moves it (tests, portable installs)."""
    override = os.environ.get("ENROL_HOME")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / "enrol.sqlite3"


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path
