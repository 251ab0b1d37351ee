"""The performance harness of README's *Performance*: enrol's figures beside raw baselines measured in the same
run, printed as a Markdown table for README.  ``python -m benchmarks.run [--quick]``"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import baselines
from benchmarks.centre import ACTOR, add_children, roomy_centre

ROOT = Path(__file__).resolve().parents[1]
Row = tuple[str, str, str, str]  # work, measured, baseline or target, verdict


def search_speed(folder: Path, count: int) -> Row:
    from enrol.services.people import children
    from enrol.services.storage.database import init_database

    db = init_database(str(folder / "search.sqlite3"))
    add_children(db, count)
    queries = ["Nusipova", "нүсі", "НУСИПОВА", "Qasymov", "Әсем", "iva", "Ahmetova Aru", "Смирнов Ив", "1", "Ерлан"]
    timings = []
    for _ in range(5):
        for query in queries:
            started = time.perf_counter()
            children.search_children(db, actor=ACTOR, text=query, limit=50)
            timings.append(time.perf_counter() - started)
    mean = statistics.mean(timings) * 1000
    return (f"child search over {count:,} children (50 rows)", f"{mean:.2f} ms/query", "target ≤ 5 ms",
            "ok" if mean <= 5 else "MISSED")


def import_speed(folder: Path, count: int) -> Row:
    db = roomy_centre(folder / "import.sqlite3", groups_count=max(10, count // 250 + 1))
    ids = add_children(db, count)
    groups_count = max(10, count // 250 + 1)
    db.dispose()
    csv = folder / "applications.csv"
    lines = ["child;group;applied_at"] + [f"{child};B-{n % groups_count};2026-09-01 {9 + n // 3600 % 8:02d}:{n // 60 % 60:02d}"
                                          for n, child in enumerate(ids)]
    csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    env = {**os.environ, "ENROL_HOME": str(folder)}
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "enrol", "--db", str(folder / "import.sqlite3"), "import",
                           "applications", str(csv)], capture_output=True, text=True, env=env)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"import failed: {done.stderr}")
    return (f"import applications, {count:,} rows (whole process)", f"{seconds:.2f} s", "target ≤ 3 s",
            "ok" if seconds <= 3 else "MISSED")


def gui_smoke(folder: Path, count: int) -> Row:
    from enrol.services.storage.database import init_database

    db = init_database(str(folder / "gui.sqlite3"))
    add_children(db, count)
    db.dispose()
    env = {**os.environ, "ENROL_HOME": str(folder), "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    empty = min(baselines.empty_window_start_seconds() for _ in range(3))
    runs = []
    for _ in range(3):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "enrol", "--db", str(folder / "gui.sqlite3"), "--lang", "kk", "gui",
                        "--smoke"], check=True, capture_output=True, env=env)
        runs.append(time.perf_counter() - started)
    best = min(runs)
    return (f"`enrol gui --smoke`, {count:,} children", f"{best * 1000:.0f} ms",
            f"empty PySide6 window {empty * 1000:.0f} ms; target ≤ 3×", "ok" if best <= 3 * empty else "MISSED")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes, to check the harness itself")
    args = parser.parse_args(argv)
    scale = 10 if args.quick else 1
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="enrol-bench-") as name:
        folder = Path(name)
        os.environ["ENROL_HOME"] = str(folder)
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # the same platform for enrol and the baseline
        from benchmarks import bench_enrol

        rows.extend(bench_enrol.run(folder, 3000 // scale))
        rows.append(search_speed(folder, 100_000 // scale))
        rows.append(import_speed(folder, 5000 // scale))
        rows.append(gui_smoke(folder, 20_000 // scale))
        from benchmarks import bench_gui_memory

        rows.extend(bench_gui_memory.run(folder, 100_000 // scale))
        try:
            from benchmarks import bench_printing
        except ImportError:
            bench_printing = None  # type: ignore[assignment]
        if bench_printing is not None:
            for work, seconds, note in bench_printing.run():
                rows.append((work, f"{seconds * 1000:.0f} ms", note, ""))
        from benchmarks import bench_import

        for work, seconds, note in bench_import.run(20_000 // scale):
            rows.append((work, f"{seconds:.2f} s", note, ""))
        from benchmarks import bench_reports  # every report under a second

        for work, seconds, note in bench_reports.run(folder, 100_000 // scale, 1_000_000 // scale):
            verdict = "" if "target ≤" not in note else ("ok" if seconds <= 1 else "MISSED")
            rows.append((work, f"{seconds * 1000:.0f} ms", note, verdict))
        from benchmarks import bench_entrance  # a scan at the door, beside a raw durable transaction

        rows.extend(bench_entrance.run(folder, 1000 // scale, 200 // scale))
    print("| work | measured | baseline / target | |")
    print("|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
