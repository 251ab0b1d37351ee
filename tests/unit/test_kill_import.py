"""``enrol import children`` of 20,000 rows killed with SIGKILL at random moments, many times: the
database always passes integrity_check and holds either none or all of the file's children — with their
guardians and audit events — and it takes the next import as if nothing had happened."""
from __future__ import annotations

import csv
import datetime as dt
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from enrol.domain.iin import make_iin

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")]
ROWS = 20_000
RUNS = 15


def children_file(path: Path) -> Path:
    rng = random.Random(8)
    used: set[str] = set()
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["iin", "surname", "name", "school", "guardian", "phone"])
        while len(used) < ROWS:
            born = dt.date(2012 + rng.randrange(6), rng.randint(1, 12), rng.randint(1, 28))
            iin = make_iin(born, rng.choice("fm"), rng.randrange(10_000))
            if iin is None or iin in used:
                continue
            used.add(iin)
            writer.writerow([iin, rng.choice(["Нүсіпова", "Қасымова", "Ахметова"]), rng.choice(["Әсем", "Дана"]),
                             "№ 175", "Ата-ана", f"+7701{len(used):07d}"])
    return path


def _env(home: Path) -> dict[str, str]:
    env = {**os.environ, "ENROL_HOME": str(home), "ENROL_LANG": "en"}
    env.pop("ENROL_DB", None)
    return env


def enrol(home: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "enrol", *argv], env=_env(home), capture_output=True, text=True,
                          timeout=120, check=False)


def kill_after(home: Path, delay: float, *argv: str) -> None:
    """Start ``enrol …`` and SIGKILL it ``delay`` seconds later (if it is still running)."""
    with subprocess.Popen([sys.executable, "-m", "enrol", *argv], env=_env(home), stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL) as process:
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait(60)


def state(path: Path) -> tuple[str, int, int, int]:
    connection = sqlite3.connect(path)  # as the next program to open it would: WAL recovery included
    try:
        integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
        children = connection.execute("SELECT count(*) FROM children").fetchone()[0]
        guardians = connection.execute("SELECT count(*) FROM guardians").fetchone()[0]
        audit = connection.execute("SELECT count(*) FROM audit_events WHERE action = 'child.import'").fetchone()[0]
    finally:
        connection.close()
    return integrity, children, guardians, audit


def test_sigkill_during_import_leaves_none_or_all(tmp_path: Path) -> None:
    source = children_file(tmp_path / "children.csv")
    template = tmp_path / "template.sqlite3"
    assert enrol(tmp_path, "--db", str(template), "db", "init").returncode == 0
    assert enrol(tmp_path, "--db", str(template), "child", "add", "--surname", "Серікбаев", "--name", "Асқар",
                 "--birth-date", "2014-05-01", "--sex", "m", "--guardian", "Серікбаева Гүл",
                 "--phone", "+77010000001").returncode == 0
    base = state(template)
    assert base[:2] == ("ok", 1)

    # one whole import, to know how long the work lasts on this machine
    whole = tmp_path / "whole.sqlite3"
    shutil.copy(template, whole)
    started = time.monotonic()
    done = enrol(tmp_path, "--db", str(whole), "import", "children", str(source))
    assert done.returncode == 0, done.stderr
    duration = time.monotonic() - started
    assert state(whole) == ("ok", 1 + ROWS, 1 + ROWS, ROWS)

    rng = random.Random()
    outcomes = []
    for run in range(RUNS):
        target = tmp_path / f"run{run}.sqlite3"
        shutil.copy(template, target)
        # half the kills anywhere, half in the last part: the write transaction and its commit
        delay = rng.uniform(0.05, duration) if run % 2 else rng.uniform(duration * 0.6, duration * 1.02)
        kill_after(tmp_path, delay, "--db", str(target), "import", "children", str(source))
        integrity, children, guardians, audit = state(target)
        assert integrity == "ok", (run, delay, integrity)
        assert (children, guardians, audit) in ((1, 1, 0), (1 + ROWS, 1 + ROWS, ROWS)), (run, delay, children)
        outcomes.append((round(delay, 2), "all" if children > 1 else "none"))
        target.unlink()
        for leftover in (Path(f"{target}-wal"), Path(f"{target}-shm")):
            leftover.unlink(missing_ok=True)
    print("kills (seconds after start → children stored):", outcomes)

    # a database whose import was killed mid-way takes the import again, whole
    last = tmp_path / "again.sqlite3"
    shutil.copy(template, last)
    kill_after(tmp_path, duration * 0.8, "--db", str(last), "import", "children", str(source))
    committed = state(last)[1] == 1 + ROWS
    again = enrol(tmp_path, "--db", str(last), "import", "children", str(source))
    # after a kill that came too late to stop the commit, the second run reports every row as a duplicate
    assert again.returncode == (3 if committed else 0), again.stderr[:500]
    assert state(last) == ("ok", 1 + ROWS, 1 + ROWS, ROWS)
    assert enrol(tmp_path, "--db", str(last), "db", "check").returncode == 0
