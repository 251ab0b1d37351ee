"""``enrol year rollover`` killed with SIGKILL at random (seeded, bounded) moments and then run again ends in
the same state as one uninterrupted run: the close, the copy and the stored plan are one transaction, and every
re-enrolment marks its line of the plan done in the transaction that placed the child."""
from __future__ import annotations

import random
import shutil
import signal
import sqlite3
import time
from pathlib import Path

import pytest

from tests.unit.test_kill_import import enrol, kill_after

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")]
RUNS = 6


def end_state(path: Path) -> tuple[object, ...]:
    """Everything a roll-over decides, without ids and clock times (which differ between runs)."""
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        places = sorted(connection.execute(
            "SELECT e.child_id, g.code, g.academic_year, g.active, e.status, e.funding, e.applied_at, e.start_date,"
            " e.end_date, e.withdraw_reason FROM enrolments e JOIN groups g ON g.id = e.group_id").fetchall(),
            key=repr)
        meetings = sorted(connection.execute(
            "SELECT g.code, m.weekday, m.start_minute, m.end_minute, m.room_id, m.valid_from, m.valid_to"
            " FROM meetings m JOIN groups g ON g.id = m.group_id").fetchall(), key=repr)
        lines = connection.execute("SELECT seq, child_id, group_code, status, problem, done_at IS NOT NULL"
                                   " FROM rollover_lines ORDER BY seq").fetchall()
        runs = connection.execute("SELECT from_year, to_year, finished_at IS NOT NULL FROM rollovers").fetchall()
        year = connection.execute("SELECT value FROM settings WHERE key = 'academic_year'").fetchall()
    finally:
        connection.close()
    return places, meetings, lines, runs, year


def new_groups(path: Path) -> int:
    """Groups renamed ``CODE/YYYY`` by a close."""
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("SELECT count(*) FROM groups WHERE code LIKE '%/%'").fetchone()[0])
    finally:
        connection.close()


def test_sigkill_during_rollover_then_resume(tmp_path: Path) -> None:
    template = tmp_path / "template.sqlite3"
    assert enrol(tmp_path, "--db", str(template), "demo", "--children", "200", "--seed", "3").returncode == 0

    whole = tmp_path / "whole.sqlite3"
    shutil.copy(template, whole)
    started = time.monotonic()
    done = enrol(tmp_path, "--db", str(whole), "year", "rollover")
    lasted = time.monotonic() - started
    assert done.returncode == 0, done.stderr
    expected = end_state(whole)
    assert expected[3][0][2] == 1 and any(line[3] == "enrolled" for line in expected[2])
    again = enrol(tmp_path, "--db", str(whole), "year", "rollover")
    assert again.returncode == 4 and "rolled over into 2" in again.stderr

    rng = random.Random(21)
    interrupted = 0
    for run in range(RUNS):
        target = tmp_path / f"run{run}.sqlite3"
        shutil.copy(template, target)
        for _ in range(1 + run % 2):  # every other run is killed twice before it is resumed
            kill_after(tmp_path, rng.uniform(0.2, lasted), "--db", str(target), "year", "rollover")
        killed = end_state(target)
        if not killed[3]:  # killed before the close-and-copy committed: nothing of it is stored
            assert new_groups(target) == 0 and killed[0] == end_state(template)[0]
        interrupted += bool(killed[3]) and killed[3][0][2] == 0
        resumed = enrol(tmp_path, "--db", str(target), "year", "rollover")
        if killed[3] and killed[3][0][2] == 1:  # the kill came after the roll-over had finished
            assert resumed.returncode == 4 and "rolled over into" in resumed.stderr, resumed.stderr
        else:
            assert resumed.returncode == 0, resumed.stderr
        assert end_state(target) == expected, f"run {run}"
    assert interrupted, "no kill landed inside the re-enrolment: the test proved nothing"
