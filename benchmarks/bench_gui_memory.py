"""Memory of the window with 100,000 children open and the table scrolled end to end (README, *Performance*).

Runs the GUI offscreen in a child process (``python -m benchmarks.bench_gui_memory DB``) and reports its
peak resident memory; ``run()`` builds the database and returns a row for the harness.
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.rows import Row, judged


def _high_water_mb() -> float:
    """This process's peak resident memory. Not ``getrusage``: on Linux its ru_maxrss keeps the parent's
    peak from before exec, and the parent has just built 100,000 children."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _measure(db_path: str) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from enrol.services.storage.database import open_database
    from enrol.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    window = MainWindow(open_database(db_path))
    window.show()
    page = window.children_page
    window._nav.setCurrentRow(window.row_of_page(page))  # noqa: SLF001 - the benchmark drives the real window
    started = time.perf_counter()
    for row in range(0, page.model.rowCount(), 997):  # scroll through every block once
        page.table.scrollTo(page.model.index(row, 0))
        app.processEvents()
    scrolled = time.perf_counter() - started
    started = time.perf_counter()
    page.table.sortByColumn(page.model.COL_BIRTH, Qt.SortOrder.DescendingOrder)
    app.processEvents()
    sorted_in = time.perf_counter() - started
    peak_mb = _high_water_mb()
    print(f"{page.model.rowCount()} {peak_mb:.0f} {scrolled:.3f} {sorted_in:.3f}")


def run(folder: Path, count: int) -> list[Row]:
    from benchmarks.centre import add_children
    from enrol.services.storage.database import init_database

    db = init_database(str(folder / "memory.sqlite3"))
    add_children(db, count)
    db.dispose()
    done = subprocess.run([sys.executable, "-m", "benchmarks.bench_gui_memory", str(folder / "memory.sqlite3")],
                          capture_output=True, text=True, check=True, env={**os.environ})
    rows, peak, scrolled, sorted_in = done.stdout.split()
    return [
        Row(f"window with {int(rows):,} children, table scrolled end to end", f"{peak} MB peak",
            "target ≤ 250 MB", None, judged(float(peak) <= 250)),
        Row(f"sort {int(rows):,} children by birth date (SQL)", f"{float(sorted_in) * 1000:.0f} ms",
            "a QSortFilterProxyModel over the same rows: 11.4 s", None, ""),
    ]


if __name__ == "__main__":
    _measure(sys.argv[1])
