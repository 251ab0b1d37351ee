"""``import children`` of 20,000 rows, the whole ``enrol`` process (target ≤ 3 s), and ``export children`` of what
was imported.

The file that counts is a real one: the demo centre's own export (``enrol demo --children 20000``, then
``export children`` with the id column cleared, as a centre moving its registry would send it) — two guardians
where the demo has them, e-mails, notes, every guardian's name distinct, so no per-name cache helps. The old
synthetic file (a handful of surnames, one guardian each) stays as a second row.

``python -m benchmarks.bench_import`` prints the rows.
"""
from __future__ import annotations

import csv
import datetime as dt
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.centre import NAMES, SURNAMES
from benchmarks.rows import Row, timed
from enrol.domain.iin import make_iin

PATRONYMICS = ("Ерланұлы", "Серікқызы", "Иванович", "Сергеевна", "", "", "")
SCHOOLS = ("№ 175 мектеп-гимназия", "№ 204 мектеп", "Гимназия № 12", "№ 188 мектеп-лицей")
HEADER = ["id", "iin", "surname", "name", "patronymic", "birth_date", "sex", "school", "grade", "shift",
          "district", "guardian", "guardian_relation", "phone", "consent_signed_on"]


def make_children_file(path: Path, count: int, *, seed: int = 1, delimiter: str = ";") -> Path:
    """A believable file of ``count`` new children with valid, distinct IINs (as a school would send)."""
    rng = random.Random(seed)
    today = dt.date.today()
    used: set[str] = set()
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(HEADER)
        for number in range(count):
            born = dt.date(today.year - rng.randint(7, 15), rng.randint(1, 12), rng.randint(1, 28))
            sex = rng.choice("fm")
            serial = rng.randrange(10_000)
            iin = make_iin(born, sex, serial)
            while iin is None or iin in used:
                serial = (serial + 1) % 10_000
                iin = make_iin(born, sex, serial)
            used.add(iin)
            surname = rng.choice(SURNAMES)
            writer.writerow(["", iin, surname, rng.choice(NAMES), rng.choice(PATRONYMICS),
                             born.strftime("%d.%m.%Y"), sex, rng.choice(SCHOOLS), rng.randint(1, 11),
                             rng.randint(1, 2), "Наурызбай", f"{surname} Гүлнар", "mother",
                             f"+7 70{rng.randint(0, 9)} {rng.randint(100, 999)} {rng.randint(10, 99)} "
                             f"{rng.randint(10, 99)}", (today - dt.timedelta(days=rng.randint(0, 300))).isoformat()])
    return path


def _enrol(folder: Path, *argv: str) -> float:
    env = {**os.environ, "ENROL_HOME": str(folder)}
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "enrol", *argv], capture_output=True, text=True, env=env,
                          check=False)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"enrol {' '.join(argv)} failed: {done.stderr}")
    return seconds


def demo_export_file(folder: Path, count: int) -> Path:
    """The demo centre's registry of ``count`` children as ``export children`` writes it, ids cleared."""
    demo = str(folder / "demo.sqlite3")
    _enrol(folder, "--db", demo, "demo", "--children", str(count), "--seed", "1")
    exported = folder / "demo-export.csv"
    _enrol(folder, "--db", demo, "export", "children", str(exported))
    source = folder / "demo-children.csv"
    with exported.open(encoding="utf-8-sig", newline="") as given, source.open("w", encoding="utf-8-sig",
                                                                              newline="") as taken:
        reader, writer = csv.reader(given, delimiter=";"), csv.writer(taken, delimiter=";")
        header = next(reader)
        writer.writerow(header)
        first = header.index("id")
        for row in reader:
            writer.writerow(row[:first] + [""] + row[first + 1:])
    return source


def _import_into_new(folder: Path, source: Path, name: str) -> tuple[float, str]:
    db = str(folder / f"{name}.sqlite3")
    _enrol(folder, "--db", db, "db", "init")
    return _enrol(folder, "--db", db, "import", "children", str(source)), db


def run(count: int = 20_000) -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="enrol-bench-import-") as name:
        folder = Path(name)
        real = demo_export_file(folder, count)
        synthetic = make_children_file(folder / "children.csv", count)
        startup = min(_enrol(folder, "--version") for _ in range(3))
        seconds, db = _import_into_new(folder, real, "import-real")
        old, _ = _import_into_new(folder, synthetic, "import-synthetic")
        export = _enrol(folder, "--db", db, "export", "children", str(folder / "out.csv"))
        xlsx = _enrol(folder, "--db", db, "export", "children", str(folder / "out.xlsx"))
    return [
        timed(f"`enrol import children`, {count:,} rows of the demo centre's own export (whole process)", seconds,
              f"target ≤ 3 s; `enrol --version` alone {startup:.2f} s", target=3, unit="s"),
        timed(f"the same, {count:,} synthetic rows (few distinct names, one guardian each)", old, "", unit="s"),
        timed(f"`enrol export children`, {count:,} rows, CSV (whole process)", export, "", unit="s"),
        timed(f"`enrol export children`, {count:,} rows, XLSX (whole process)", xlsx, "", unit="s"),
    ]


def main() -> int:
    for row in run():
        print(f"{row.work}: {row.measured}  {row.baseline} {row.verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
