"""Every runtime dependency, at the version constraints.txt locks, has a wheel for 64-bit Windows
and CPython 3.11, so PyInstaller on a Windows PC never has to compile anything.

pip resolves for Windows without installing (``--dry-run``); PyPI's metadata files spare it downloading the
wheels (PySide6's is 75 MB). pip evaluates environment markers for the machine it runs on, not for
``--platform``, so dependencies only Windows needs (``tzdata; sys_platform == "win32"``) are added here by
evaluating the markers for Windows and resolving again."""
from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
WINDOWS = {**default_environment(), "sys_platform": "win32", "platform_system": "Windows", "os_name": "nt",
           "platform_machine": "AMD64", "python_version": "3.11", "python_full_version": "3.11.9",
           "implementation_name": "cpython", "platform_python_implementation": "CPython"}

# Needs PyPI (no download of the wheels themselves); left to the packaging run so the default run stays offline.
pytestmark = [pytest.mark.slow, pytest.mark.packaging]


def _resolve_for_windows(requirements: list[str], target: Path) -> list[dict]:
    report = target / "report.json"
    done = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--dry-run", "--quiet", "--ignore-installed", "--report", str(report),
         "--only-binary=:all:", "--platform", "win_amd64", "--python-version", "3.11", "--implementation", "cp",
         "--abi", "cp311", "--target", str(target / "site"), "-c", str(ROOT / "constraints.txt"), *requirements],
        capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, f"no Windows wheel for some dependency:\n{done.stderr[-4000:]}"
    return json.loads(report.read_text(encoding="utf-8"))["install"]


def test_every_runtime_dependency_has_a_windows_wheel(tmp_path: Path) -> None:
    requirements = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    while True:
        chosen = _resolve_for_windows(requirements, tmp_path)
        names = {canonicalize_name(item["metadata"]["name"]) for item in chosen}
        windows_only = []
        for item in chosen:
            for text in item["metadata"].get("requires_dist", []):
                requirement = Requirement(text)
                # Extras the resolver chose are not in the report; an "extra ==" marker is left out here.
                if requirement.marker and "extra" in str(requirement.marker):
                    continue
                if canonicalize_name(requirement.name) not in names and (
                        requirement.marker is None or requirement.marker.evaluate(WINDOWS)):
                    windows_only.append(str(requirement).split(";")[0])
        if not windows_only:
            break
        assert len(requirements) < 100, "the Windows-only dependencies do not settle"
        requirements = [*requirements, *sorted(set(windows_only))]
    files = {item["metadata"]["name"]: item["download_info"]["url"].rsplit("/", 1)[-1] for item in chosen}
    not_windows = {name: file for name, file in files.items()
                   if not file.endswith((("-win_amd64.whl"), "-none-any.whl"))}
    assert not not_windows, f"not Windows wheels: {not_windows}"
    locked = dict(line.split("==") for line in (ROOT / "constraints.txt").read_text().splitlines()
                  if "==" in line and not line.startswith("#"))
    locked = {canonicalize_name(name): version for name, version in locked.items()}
    unlocked = {name: item["metadata"]["version"] for item in chosen
                if (name := canonicalize_name(item["metadata"]["name"])) in locked
                and item["metadata"]["version"] != locked[name]}
    assert not unlocked, f"resolved other versions than constraints.txt: {unlocked}"
    print("\n".join(sorted(files.values())))
