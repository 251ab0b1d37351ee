"""The performance harness: enrol's figures beside the floors of its own stack measured in the same run,
printed as README's Markdown table or, with ``--json``, as a list of rows for scripts.

``python -m benchmarks.run [--quick] [--only NAME …] [--json] [--list]``"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks import baselines
from benchmarks.centre import ACTOR, add_children, roomy_centre
from benchmarks.rows import Row, judged, timed

ROOT = Path(__file__).resolve().parents[1]


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
    return Row(f"child search over {count:,} children (50 rows)", f"{mean:.2f} ms/query", "target ≤ 5 ms", None,
               judged(mean <= 5))


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
    return Row(f"import applications, {count:,} rows (whole process)", f"{seconds:.2f} s", "target ≤ 3 s", None,
               judged(seconds <= 3))


SMOKE_TARGET = 1.3  # × the stack's floor (an empty window that also loads SQLAlchemy's ORM and the models)
FIRST_PAINT_TARGET = 2.0  # × an empty window


def _best_of(runs: int, measure: Callable[[], float]) -> float:
    return min(measure() for _ in range(runs))


def _cold_enrol(argv: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "enrol", *argv], check=True, capture_output=True, env=env)
    return time.perf_counter() - started


def gui_start(folder: Path, count: int) -> list[Row]:
    """The window's start with ``count`` children, and the first paint of the sign-in dialog on a desk that has
    signed in before (``enrol.ui.early_sign_in``), each from a cold process, best of five."""
    import compileall

    import enrol
    from enrol.services.people import users
    from enrol.services.storage.database import init_database

    path = folder / "gui.sqlite3"
    db = init_database(str(path))
    add_children(db, count)
    users.create_first_administrator(db, login="bench", full_name="Bench", password="bench-password-1")
    db.dispose()
    env = {**os.environ, "ENROL_HOME": str(folder), "XDG_CONFIG_HOME": str(folder / "config"),
           "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    # this desk has signed in to the database before, as every desk has after its first day
    subprocess.run([sys.executable, "-c", "from PySide6.QtCore import QCoreApplication, QSettings\n"
                    "QCoreApplication.setOrganizationName('enrol'); QCoreApplication.setApplicationName('enrol')\n"
                    f"QSettings().setValue('signed_in_databases', [{str(path)!r}]); QSettings().sync()"],
                   check=True, env=env)
    # An installed enrol starts from compiled modules (pip and the installer compile them); a checkout where
    # PYTHONDONTWRITEBYTECODE is set would compile every module at every start and time the compiler instead.
    compileall.compile_dir(str(Path(enrol.__file__).parent), quiet=1)
    empty = _best_of(5, baselines.empty_window_start_seconds)
    floor = _best_of(5, baselines.stack_floor_start_seconds)
    smoke = _best_of(5, lambda: _cold_enrol(["--db", str(path), "--lang", "kk", "gui", "--smoke"], env))
    painted = _best_of(5, lambda: _cold_enrol(["--db", str(path), "--lang", "kk", "gui"],
                                             {**env, "ENROL_EXIT_AT_FIRST_PAINT": "1"}))
    return [
        Row(f"`enrol gui --smoke`, {count:,} children", f"{smoke * 1000:.0f} ms",
            f"floor: empty window importing sqlalchemy.orm and the models {floor * 1000:.0f} ms; "
            f"target ≤ {SMOKE_TARGET}×", floor / smoke, judged(smoke <= SMOKE_TARGET * floor)),
        Row("first paint: the sign-in dialog on screen, taking keystrokes (cold process)", f"{painted * 1000:.0f} ms",
            f"empty PySide6 window {empty * 1000:.0f} ms; target ≤ {FIRST_PAINT_TARGET:g}×", empty / painted,
            judged(painted <= FIRST_PAINT_TARGET * empty)),
    ]


def _printing(folder: Path, scale: int) -> list[Row]:
    from benchmarks import bench_printing

    return [timed(work, seconds, note) for work, seconds, note in bench_printing.run()]


def _children_import(folder: Path, scale: int) -> list[Row]:
    from benchmarks import bench_import

    return bench_import.run(20_000 // scale)


def _reports(folder: Path, scale: int) -> list[Row]:
    from benchmarks import bench_reports  # every report under a second

    return [timed(work, seconds, note, target=1 if "target ≤" in note else None)
            for work, seconds, note in bench_reports.run(folder, 100_000 // scale, 1_000_000 // scale)]


def _enrolment(folder: Path, scale: int) -> list[Row]:
    from benchmarks import bench_enrol

    return bench_enrol.run(folder, 3000 // scale)


def _entrance(folder: Path, scale: int) -> list[Row]:
    from benchmarks import bench_entrance  # a scan at the door, beside a raw durable transaction

    return [Row(work, measured, baseline, None, verdict)
            for work, measured, baseline, verdict in bench_entrance.run(folder, 1000 // scale, 200 // scale)]


def _memory(folder: Path, scale: int) -> list[Row]:
    from benchmarks import bench_gui_memory

    return bench_gui_memory.run(folder, 100_000 // scale)


# name → (what it measures, the function); ``--only NAME`` runs one, in this order otherwise
BENCHMARKS: dict[str, tuple[str, Callable[[Path, int], list[Row]]]] = {
    "enrolment": ("fully checked enrolments against a raw replay of their statements", _enrolment),
    "search": ("type-ahead search over 100,000 children", lambda folder, scale: [search_speed(folder, 100_000 // scale)]),
    "applications": ("import applications, 5,000 rows", lambda folder, scale: [import_speed(folder, 5000 // scale)]),
    "startup": ("the window's start and first paint against the stack's floor", lambda folder, scale: gui_start(folder, 20_000 // scale)),
    "memory": ("the window's memory with 100,000 children", _memory),
    "printing": ("printed documents", _printing),
    "import": ("import and export children, 20,000 rows", _children_import),
    "reports": ("reports over 100,000 children and 1,000,000 marks", _reports),
    "entrance": ("a scan at the door with 1000 children inside", _entrance),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes, to check the harness itself")
    parser.add_argument("--only", choices=sorted(BENCHMARKS), action="append",
                        help="run only this benchmark (may be repeated)")
    parser.add_argument("--json", action="store_true", help="print the rows as a JSON list instead of a table")
    parser.add_argument("--list", action="store_true", help="list the benchmarks' names and exit")
    args = parser.parse_args(argv)
    if args.list:
        for name, (what, _function) in BENCHMARKS.items():
            print(f"{name:14} {what}")
        return 0
    scale = 10 if args.quick else 1
    names = args.only or list(BENCHMARKS)
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="enrol-bench-") as name:
        folder = Path(name)
        os.environ["ENROL_HOME"] = str(folder)
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # the same platform for enrol and the baseline
        for benchmark in names:
            rows.extend(BENCHMARKS[benchmark][1](folder, scale))
    if args.json:
        print(json.dumps([row.as_json() for row in rows], ensure_ascii=False, indent=1))
        return 0
    print("| work | measured | baseline / target | |")
    print("|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row.cells()) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
