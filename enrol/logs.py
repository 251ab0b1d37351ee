"""A rotating log file in the user's data folder, so staff can send it when something goes wrong."""
from __future__ import annotations

import logging
import logging.handlers

from enrol.paths import log_dir

_configured = False


def setup_logging(*, verbose: bool = False) -> None:
    global _configured
    if _configured:
        return
    _configured = True
    root = logging.getLogger("enrol")
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    try:
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            log_dir() / "enrol.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        # A read-only or full data folder must not stop the program; the log is a help, not a duty.
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
