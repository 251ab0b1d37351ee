"""``import children`` of 20,000 rows, the whole ``enrol`` process (target ≤ 3 s), beside
the preview of the same file and ``export children`` of what was imported.

``run()`` gives rows ``(name, seconds, note)`` for the harness; ``python -m benchmarks.bench_import`` prints them.
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


def run(count: int = 20_000) -> list[tuple[str, float, str]]:
    with tempfile.TemporaryDirectory(prefix="enrol-bench-import-") as name:
        folder = Path(name)
        source = make_children_file(folder / "children.csv", count)
        db = str(folder / "import.sqlite3")
        _enrol(folder, "--db", db, "db", "init")
        startup = min(_enrol(folder, "--version") for _ in range(3))
        seconds = _enrol(folder, "--db", db, "import", "children", str(source))
        export = _enrol(folder, "--db", db, "export", "children", str(folder / "out.csv"))
        xlsx = _enrol(folder, "--db", db, "export", "children", str(folder / "out.xlsx"))
    return [
        (f"`enrol import children`, {count:,} rows (whole process)", seconds,
         f"target ≤ 3 s; `enrol --version` alone {startup:.2f} s"),
        (f"`enrol export children`, {count:,} rows, CSV (whole process)", export, ""),
        (f"`enrol export children`, {count:,} rows, XLSX (whole process)", xlsx, ""),
    ]


def main() -> int:
    for work, seconds, note in run():
        print(f"{work}: {seconds:.2f} s  {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
