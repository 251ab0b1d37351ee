"""Run the CLI in-process as the console script would: a SystemExit counts as the exit status."""
from __future__ import annotations

import pytest

from enrol.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as stop:
        code = stop.code if isinstance(stop.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err
