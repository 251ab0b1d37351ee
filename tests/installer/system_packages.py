"""What the project's scripts install from Debian, and what the libraries and tools they run rely on.

Once, CI was green because the machine had the xcb libraries from earlier work, while ``installer/build``
never installed them. These helpers let a test ask, with ``dpkg``, which Debian package provides each library
or tool a step uses and whether that step's own script installs it (directly, or as a dependency apt pulls
in with it), so a missing install step fails on any machine, however much it has installed already."""
from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterable
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BOOTSTRAP_FLAGS = {"--gui": "gui", "--tests": "tests"}  # scripts/bootstrap's options and the groups they add


def has_dpkg() -> bool:
    return shutil.which("dpkg-query") is not None and shutil.which("dpkg") is not None


@cache
def groups() -> dict[str, tuple[str, ...]]:
    """scripts/system-packages: group name -> Debian packages."""
    result = {}
    for line in (ROOT / "scripts" / "system-packages").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, packages = line.partition(":")
            result[name.strip()] = tuple(packages.split())
    return result


def groups_of(script: str) -> set[str]:
    """The groups a script installs: its own ``scripts/apt-install`` calls and those of
    ``scripts/bootstrap`` with the options it passes."""
    text = (ROOT / script).read_text(encoding="utf-8")
    found: set[str] = set()
    for match in re.finditer(r"scripts/apt-install((?: [a-z][\w-]*)+)", text):
        found |= set(match.group(1).split())
    for match in re.finditer(r"scripts/bootstrap((?: --[a-z]+)*)", text):
        found.add("base")
        found |= {BOOTSTRAP_FLAGS[flag] for flag in match.group(1).split()}
    return found


def packages_of(script: str) -> set[str]:
    return {package.split(":")[0] for group in groups_of(script) for package in groups()[group]}


@cache
def _installed() -> dict[str, tuple[set[str], bool]]:
    """Installed package -> (the packages it depends on, whether every Debian system has it anyway)."""
    out = subprocess.run(
        ["dpkg-query", "-W", "-f", "${db:Status-Abbrev}\t${Package}\t${Depends}, ${Pre-Depends}\t${Priority}\t${Essential}\n"],
        capture_output=True, text=True, check=True).stdout
    result: dict[str, tuple[set[str], bool]] = {}
    for line in out.splitlines():
        status, package, depends, priority, essential = line.split("\t")
        if not status.startswith("ii"):
            continue
        names = set()
        for clause in depends.split(","):
            # "a (>= 1) | b": any alternative will do; count every one that is installed
            names |= {alternative.split()[0].split(":")[0] for alternative in clause.split("|") if alternative.strip()}
        deps, base = result.get(package, (set(), False))
        result[package] = (deps | names, base or priority == "required" or essential == "yes")
    return result


def closure(packages: Iterable[str]) -> set[str]:
    """The packages apt installs along with ``packages`` (their dependencies, recursively, as installed here),
    plus those every Debian system has (priority required, essential)."""
    installed = _installed()
    seen = {package for package, (_deps, base) in installed.items() if base}
    stack = list(packages)
    while stack:
        package = stack.pop()
        if package in seen:
            continue
        seen.add(package)
        stack.extend(installed.get(package, (set(), False))[0])
    return seen


def owners(paths: Iterable[Path]) -> dict[Path, str]:
    """The Debian package each file came from (``dpkg -S``); a file no package owns is left out."""
    candidates: dict[str, Path] = {}
    for path in paths:
        # Debian 12 merged /lib into /usr/lib, but dpkg knows each file under the name its package used.
        names = {str(path), str(path.resolve())}
        names |= {name.replace("/usr/lib/", "/lib/", 1) for name in names if name.startswith("/usr/lib/")}
        names |= {name.replace("/lib/", "/usr/lib/", 1) for name in names if name.startswith("/lib/")}
        candidates.update(dict.fromkeys(names, path))
    if not candidates:
        return {}
    # One call for all: dpkg prints "package[, package…]: /file" for the files it knows, and complains about the rest.
    out = subprocess.run(["dpkg", "-S", *sorted(candidates)], capture_output=True, text=True, check=False).stdout
    result = {}
    for line in out.splitlines():
        packages, _, name = line.partition(": ")
        if name in candidates:
            result[candidates[name]] = packages.split(",")[0].split(":")[0].strip()
    return result


def linked_libraries(binaries: Iterable[Path], *, library_path: str = "") -> tuple[set[Path], set[str]]:
    """(system libraries the binaries load, as ldd resolves them; names ldd could not find)."""
    found: set[Path] = set()
    missing: set[str] = set()
    env = {"PATH": "/usr/bin:/bin", "LD_LIBRARY_PATH": library_path}
    for binary in binaries:
        out = subprocess.run(["ldd", str(binary)], capture_output=True, text=True, env=env, check=False).stdout
        for line in out.splitlines():
            if "not found" in line:
                missing.add(line.split()[0])
            elif "=>" in line and "/" in line.split("=>")[1]:
                found.add(Path(line.split("=>")[1].split()[0]))
    return found, missing


def policy_package(soname: str) -> str:
    """The Debian package that ships a shared library, by Debian's policy for naming shared-library packages: the soname's
    name and version run together, with a hyphen when the name ends in a digit — libxcb-keysyms.so.1 is in
    libxcb-keysyms1. For libraries this machine does not have yet, so dpkg cannot say."""
    name, _, version = soname.partition(".so.")
    name = name.removeprefix("lib")
    return f"lib{name}{'-' if name[-1:].isdigit() else ''}{version}".lower()
