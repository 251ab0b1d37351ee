"""A rotating log file in the user's data folder, so staff can send it when something goes wrong."""
from __future__ import annotations

import logging
import logging.handlers
import traceback
from pathlib import Path

from enrol.domain.errors import StorageError
from enrol.paths import log_dir, make_private_file, secure_data_folder

log = logging.getLogger("enrol.logs")
_configured = False


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """The log names children when something goes wrong with them: 0600, like the database."""

    def _open(self):  # type: ignore[no-untyped-def]
        stream = super()._open()
        make_private_file(Path(self.baseFilename))
        return stream


_DRIVER_MODULES = ("sqlalchemy", "psycopg", "sqlite3", "_sqlite3")


def safe_error_text(exc: BaseException) -> str:
    """An exception as the log may keep it: for database errors the driver's first line and the statement,
    never the bound values (names, IINs, phones) nor PostgreSQL's ``DETAIL: Key (iin)=(…)`` lines."""
    if not type(exc).__module__.startswith(_DRIVER_MODULES):
        return str(exc)
    orig = getattr(exc, "orig", None)
    text = str(orig) if orig is not None else str(exc)
    first = text.splitlines()[0] if text else ""
    if orig is not None:
        first = f"({type(orig).__module__}.{type(orig).__name__}) {first}"
    statement = getattr(exc, "statement", None)
    return f"{first} [SQL: {statement}]" if statement else first


class SafeFormatter(logging.Formatter):
    """Tracebacks in the log with every database error's text made safe (``safe_error_text``)."""

    def formatException(self, ei) -> str:  # type: ignore[no-untyped-def]  # noqa: N802 - logging's name
        kind, value, trace = ei
        if value is None:
            return super().formatException(ei)
        described = traceback.TracebackException(kind, value, trace)
        _scrub(described, value, set())
        return "".join(described.format()).rstrip("\n")


def _scrub(described: traceback.TracebackException | None, exc: BaseException | None, seen: set[int]) -> None:
    if described is None or exc is None or id(exc) in seen:
        return
    seen.add(id(exc))
    described._str = safe_error_text(exc)  # noqa: SLF001 - the one text TracebackException prints
    _scrub(described.__cause__, exc.__cause__, seen)
    _scrub(described.__context__, exc.__context__, seen)


def setup_logging(*, verbose: bool = False) -> None:
    global _configured
    if _configured:
        return
    _configured = True
    root = logging.getLogger("enrol")
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    try:
        handler: logging.Handler = _PrivateRotatingFileHandler(
            log_dir() / "enrol.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except (OSError, StorageError):
        # A read-only or full data folder (or ENROL_HOME naming a file) must not stop the program here; the
        # log is a help, not a duty. Whatever needs the folder says what is wrong in one line.
        handler = logging.NullHandler()
    handler.setFormatter(SafeFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    try:
        tightened = secure_data_folder()
    except (OSError, StorageError):
        tightened = []
    for path, old in tightened:
        log.warning("%s was readable by other accounts (mode %o); made it this user's only", path, old)
