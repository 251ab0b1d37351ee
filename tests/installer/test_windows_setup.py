"""The Windows setup (installer/windows/enrol.iss with Kazakh.isl) compiles and installs and
uninstalls silently under Wine: installer/windows/check does it all, against a stand-in bundle laid out as
PyInstaller lays out the Windows one. About half a minute once Wine and Inno Setup are installed."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests.installer.bounded import run_bounded

ROOT = Path(__file__).resolve().parents[2]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
CHECK_BUDGET_S = 900  # installing Wine on a fresh machine included; Wine itself is bounded inside the script


def _why_wine_cannot_be_installed() -> str | None:
    if not sys.platform.startswith("linux"):
        return "the Wine check runs on Linux"
    if shutil.which("wine") and shutil.which("Xvfb"):
        return None
    if not (shutil.which("apt-get") and shutil.which("dpkg-query")):
        return "Wine is installed from Debian's packages, and this Linux has no apt-get"
    if os.geteuid() != 0 and subprocess.run(["sudo", "-n", "true"], capture_output=True, check=False).returncode:
        return "installing Wine needs root or sudo without a password"
    return None


pytestmark = [
    pytest.mark.slow,
    pytest.mark.packaging,
    pytest.mark.skipif(_why_wine_cannot_be_installed() is not None, reason=str(_why_wine_cannot_be_installed())),
]


def test_setup_compiles_installs_and_uninstalls_under_wine(tmp_path: Path) -> None:
    log_path = tmp_path / "check.log"
    code = run_bounded([str(ROOT / "installer" / "windows" / "check"), "--dist", str(tmp_path / "dist")], cwd=ROOT,
                       log_path=log_path, timeout_s=CHECK_BUDGET_S)
    text = log_path.read_text(encoding="utf-8", errors="replace")
    assert code is not None, f"installer/windows/check took more than {CHECK_BUDGET_S} s:\n{text[-4000:]}"
    assert code == 0, f"installer/windows/check failed (exit {code}):\n{text[-6000:]}"
    setup = tmp_path / "dist" / f"enrol-{VERSION}-setup.exe"
    assert setup.is_file() and setup.read_bytes()[:2] == b"MZ", "no Windows program made"
    for step in ("compile enrol.iss", "silent install for the current user, in Kazakh",
                 "silent uninstall keeps the data"):
        assert f"check: {step} took" in text, f"the check did not finish the step «{step}»"
    print(text[-1500:])  # each step's time, shown with -rP
