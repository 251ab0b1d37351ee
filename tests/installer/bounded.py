"""Run one of the project's scripts from a test with a time limit, its output in a log file."""
from __future__ import annotations

import os
import signal
import subprocess
from pathlib import Path


def run_bounded(command: list[str], *, cwd: Path, log_path: Path, timeout_s: int) -> int | None:
    """The exit status, or None when the script ran out of time (then it is stopped with all its children:
    it runs in its own session, so PyInstaller, the frozen enrol or Wine go with it)."""
    with log_path.open("w", encoding="utf-8") as log:
        process = subprocess.Popen(command, cwd=cwd, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            return process.wait(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            return None
