"""A rotating log file in the user's data folder, so staff can send it when something goes wrong."""
from __future__ import annotations

import logging
import logging.handlers
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
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    try:
        tightened = secure_data_folder()
    except (OSError, StorageError):
        tightened = []
    for path, old in tightened:
        log.warning("%s was readable by other accounts (mode %o); made it this user's only", path, old)
