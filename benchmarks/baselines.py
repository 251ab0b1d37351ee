"""Raw baselines measured in the same run as enrol's own figures, so the comparison holds on any machine."""
from __future__ import annotations

import sqlite3
import tempfile
import time
from pathlib import Path


def raw_checked_enrolment_per_second(*, synchronous: str = "FULL", count: int = 2000) -> float:
    """Plain sqlite3: count the group's seats taken, insert if free, each in its own IMMEDIATE transaction."""
    with tempfile.TemporaryDirectory() as folder:
        connection = sqlite3.connect(str(Path(folder) / "raw.sqlite3"), isolation_level=None)
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute(f"PRAGMA synchronous={synchronous}")
        connection.execute("CREATE TABLE enrolments (id INTEGER PRIMARY KEY, child_id INT, group_id INT, status TEXT)")
        connection.execute("CREATE INDEX ix ON enrolments (group_id, status)")
        started = time.perf_counter()
        for child in range(count):
            group = child % 100
            connection.execute("BEGIN IMMEDIATE")
            taken = connection.execute(
                "SELECT count(*) FROM enrolments WHERE group_id = ? AND status = 'enrolled'", (group,)
            ).fetchone()[0]
            if taken < 1000:
                connection.execute("INSERT INTO enrolments (child_id, group_id, status) VALUES (?, ?, 'enrolled')",
                                   (child, group))
            connection.execute("COMMIT")
        elapsed = time.perf_counter() - started
        connection.close()
    return count / elapsed


_WINDOW = ("import sys\nfrom PySide6.QtWidgets import QApplication, QMainWindow\n"
           "app = QApplication(sys.argv)\nw = QMainWindow()\nw.show()\nw.repaint()\napp.processEvents()\n")


def _cold_start_seconds(code: str) -> float:
    import subprocess
    import sys

    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
    return time.perf_counter() - started


def empty_window_start_seconds() -> float:
    """A cold Python process that opens an empty PySide6 window, paints it once and exits."""
    return _cold_start_seconds(_WINDOW)


def stack_floor_start_seconds() -> float:
    """The floor the chosen stack sets for a window that shows data: the empty window of
    ``empty_window_start_seconds`` in a process that also imports ``sqlalchemy.orm`` and declares enrol's models
    (``enrol.db.models``) — what any window over this storage layer pays before its first query."""
    return _cold_start_seconds("import sqlalchemy.orm\nimport enrol.db.models\n" + _WINDOW)
