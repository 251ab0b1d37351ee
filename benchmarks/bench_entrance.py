"""The entrance desk's scan: one check-in or check-out through the service, with 1000 children already inside
(SQLite, synchronous=FULL), beside a raw sqlite3 durable transaction of the same shape measured in the same
run (count who is inside, insert the scan and the inside row, commit). ``python -m benchmarks.bench_entrance``"""
from __future__ import annotations

import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

Row = tuple[str, str, str, str]


def _quantiles(seconds: list[float]) -> tuple[float, float]:
    ordered = sorted(seconds)
    return statistics.median(ordered) * 1000, ordered[int(0.95 * (len(ordered) - 1))] * 1000


def raw_scan_seconds(folder: Path, *, inside: int, scans: int) -> list[float]:
    connection = sqlite3.connect(str(folder / "raw-scan.sqlite3"), isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("CREATE TABLE scans (id INTEGER PRIMARY KEY, child_id INT, direction TEXT, at TEXT)")
    connection.execute("CREATE TABLE inside (child_id INTEGER PRIMARY KEY, since TEXT, scan_id INT)")
    connection.executemany("INSERT INTO inside VALUES (?, '2026-12-04 15:00', 0)", [(n,) for n in range(inside)])
    timings = []
    for n in range(scans):
        child = 1_000_000 + n
        started = time.perf_counter()
        connection.execute("BEGIN IMMEDIATE")
        count = connection.execute("SELECT count(*) FROM inside").fetchone()[0]
        if count < 100_000 and connection.execute("SELECT 1 FROM inside WHERE child_id = ?", (child,)).fetchone() is None:
            scan = connection.execute("INSERT INTO scans (child_id, direction, at) VALUES (?, 'in', '2026-12-04 16:00')",
                                      (child,)).lastrowid
            connection.execute("INSERT INTO inside VALUES (?, '2026-12-04 16:00', ?)", (child, scan))
        connection.execute("COMMIT")
        timings.append(time.perf_counter() - started)
    connection.close()
    return timings


def page_reaction_seconds(db, codes: list[str]) -> list[float]:  # type: ignore[no-untyped-def]
    """The Entrance page (Qt offscreen) from the Enter of a scan until it has painted the answer."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from enrol.ui.pages.entrance_page import EntrancePage

    app = QApplication.instance() or QApplication([])
    page = EntrancePage(db)
    page.resize(1200, 800)
    page.show()
    app.processEvents()
    timings = []
    for code in codes:
        page.scan.setText(code)
        started = time.perf_counter()
        page.scan.returnPressed.emit()
        page.repaint()
        timings.append(time.perf_counter() - started)
        assert page.colour in ("green", "amber"), page.name_label.text()
    page.close()
    return timings


def run(folder: Path, inside: int = 1000, scans: int = 200) -> list[Row]:
    from enrol.services.context import issue_actor
    from enrol.services.entrance import cards, scans as entrance
    from enrol.services.centre import settings
    from enrol.services.storage.database import init_database
    from benchmarks.centre import add_children

    actor = issue_actor(login="bench")
    db = init_database(str(folder / "entrance.sqlite3"))
    settings.set_setting(db, actor=actor, key="building_capacity", value="100000")
    settings.set_setting(db, actor=actor, key="entrance_unexpected", value="allow")
    ids = add_children(db, inside + scans)
    with db.write() as session:
        codes = [cards.ensure_card(session, child) for child in ids]
    for child in ids[:inside]:
        entrance.check_in(db, actor=actor, child=child)
    timings = []
    for code in codes[inside:]:
        started = time.perf_counter()
        entrance.check_in(db, actor=actor, code=code)
        timings.append(time.perf_counter() - started)
    outs = []
    for code in codes[inside:]:
        started = time.perf_counter()
        entrance.check_out(db, actor=actor, code=code, collected_by="Ата Ана")
        outs.append(time.perf_counter() - started)
    page = page_reaction_seconds(db, codes[inside:inside + min(scans, 50)])
    db.dispose()
    raw = raw_scan_seconds(folder, inside=inside, scans=scans)
    (median, p95), (out_median, out_p95), (raw_median, raw_p95) = _quantiles(timings), _quantiles(outs), _quantiles(raw)
    page_median, page_p95 = _quantiles(page)
    baseline = f"raw sqlite3 durable transaction {raw_median:.2f} ms (p95 {raw_p95:.2f} ms)"
    return [
        (f"check-in by card, {inside:,} children inside (SQLite FULL)", f"{median:.2f} ms (p95 {p95:.2f} ms)", baseline,
         "ok" if p95 <= 100 else "MISSED"),
        (f"check-out by card, {inside:,} children inside (SQLite FULL)", f"{out_median:.2f} ms (p95 {out_p95:.2f} ms)",
         baseline, "ok" if out_p95 <= 100 else "MISSED"),
        (f"Entrance page: a scan (digits + Enter) until the result, the count and the last 20 are shown, "
         f"{inside:,} inside", f"{page_median:.1f} ms (p95 {page_p95:.1f} ms)", "target ≤ 100 ms",
         "ok" if page_p95 <= 100 else "MISSED"),
    ]


if __name__ == "__main__":
    with tempfile.TemporaryDirectory(prefix="enrol-bench-") as name:
        for row in run(Path(name)):
            sys.stdout.write("| " + " | ".join(row) + " |\n")
