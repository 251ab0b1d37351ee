"""The installer: ``installer/build`` makes the Linux bundle from a checkout and the frozen program passes its smoke
test (``--version``, ``db init``, ``demo``, ``gui --smoke``, a Kazakh roster PDF, an XLSX export, psycopg);
the bundle holds only the Qt enrol uses; the tarball's ``install.sh`` puts enrol into a user's menu and takes
it out again, keeping the data.

One build (about a minute on the project's 2-core machine, most of it PyInstaller), into a temporary folder
(nothing lands in the checkout), serves every test here. Every system library the bundle loads must
come from a Debian package that installer/build itself installs."""
from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

import pytest

from tests.installer.bounded import run_bounded
from tests.installer.system_packages import closure, has_dpkg, linked_libraries, owners, packages_of

ROOT = Path(__file__).resolve().parents[2]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
BUILD_BUDGET_S = 600  # the issue asks for CI's time limit; ~90 s here, so a slow CI machine still has room
QT_LIBS = {"Core", "Gui", "Widgets", "PrintSupport", "Pdf", "PdfWidgets", "Network", "DBus", "Svg", "XcbQpa"}

pytestmark = [
    pytest.mark.slow,
    pytest.mark.packaging,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="builds the Linux bundle and tarball"),
]


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("dist")


@pytest.fixture(scope="module")
def bundle(dist: Path, build_log: str) -> Path:
    return dist / "enrol"


@pytest.fixture(scope="module")
def build_log(dist: Path) -> str:
    log_path = dist.parent / "build.log"
    started = time.monotonic()
    code = run_bounded([str(ROOT / "installer" / "build"), "--dist", str(dist)], cwd=ROOT, log_path=log_path,
                       timeout_s=BUILD_BUDGET_S)
    elapsed = time.monotonic() - started
    text = log_path.read_text(encoding="utf-8", errors="replace")
    assert code is not None, f"installer/build took more than {BUILD_BUDGET_S} s:\n{text[-4000:]}"
    assert code == 0, f"installer/build failed (exit {code}) after {elapsed:.0f} s:\n{text[-6000:]}"
    print(f"installer/build: {elapsed:.0f} s")  # shown with -s or -rP; the build log has each step's time
    return text


def test_build_smoke_tests_the_frozen_program(build_log: str, bundle: Path) -> None:
    assert "build: smoke test passed" in build_log
    for command in ("db init", "demo --children 200", "gui --smoke", "print roster", "export children"):
        assert command in build_log, f"the smoke test did not run `enrol {command}`"
    assert (bundle / "enrol").is_file() and os.access(bundle / "enrol", os.X_OK)


def test_bundle_holds_the_resources_and_migrations(bundle: Path) -> None:
    internal = bundle / "_internal"
    for relative in ("enrol/resources/fonts/DejaVuSans.ttf", "enrol/resources/fonts/DejaVuSans-Bold.ttf",
                     "enrol/resources/fonts/LICENSE-DejaVu.txt", "enrol/resources/translations/enrol_kk.qm",
                     "enrol/resources/translations/enrol_ru.qm", "enrol/resources/translations/messages.kk.json",
                     "enrol/resources/translations/messages.ru.json", "enrol/resources/demo/centre.json",
                     "enrol/resources/icons/enrol.svg", "enrol/resources/icons/enrol-256.png",
                     "enrol/db/migrations/env.py", "PySide6/Qt/translations/qtbase_kk.qm"):
        assert (internal / relative).is_file(), f"{relative} is missing from the bundle"
    shipped = {path.name for path in (internal / "enrol/db/migrations/versions").glob("*.py")}
    assert shipped == {path.name for path in (ROOT / "enrol/db/migrations/versions").glob("*.py")}


def test_bundle_holds_no_qt_module_enrol_does_not_use(bundle: Path) -> None:
    libraries = {path.name for path in bundle.rglob("libQt6*")}
    modules = {name.removeprefix("libQt6").split(".")[0] for name in libraries}
    assert modules <= QT_LIBS, f"unused Qt modules in the bundle: {sorted(modules - QT_LIBS)}"
    bindings = {path.name.split(".")[0] for path in (bundle / "_internal" / "PySide6").glob("Qt*.abi3.so")}
    assert bindings == {"QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtPdf", "QtPdfWidgets"}
    plugins = {path.relative_to(bundle / "_internal/PySide6/Qt/plugins").as_posix()
               for path in (bundle / "_internal/PySide6/Qt/plugins").rglob("*.so")}
    assert not {p for p in plugins if p.startswith(("wayland", "egldeviceintegrations", "qmltooling", "sqldrivers",
                                                    "tls", "networkinformation"))}, plugins
    assert "platforms/libqxcb.so" in plugins and "platforms/libqoffscreen.so" in plugins


def test_tarball_installs_into_the_menu_and_uninstalls_keeping_data(dist: Path, build_log: str,
                                                                   tmp_path: Path) -> None:
    name = f"enrol-{VERSION}-linux-{os.uname().machine}"
    with tarfile.open(dist / f"{name}.tar.gz") as tar:
        tar.extractall(tmp_path, filter="tar")
    unpacked = tmp_path / name
    home = tmp_path / "home"
    home.mkdir()
    # A user's own session: ~/.local for everything, no test overrides of enrol's data folder.
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("ENROL_", "XDG_DATA_HOME", "XDG_CONFIG_HOME"))}
    env.update(HOME=str(home), PATH="/usr/bin:/bin")

    def run(*command: str) -> str:
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=False)
        assert done.returncode == 0, f"{command} failed:\n{done.stdout}\n{done.stderr}"
        return done.stdout

    out = run(str(unpacked / "install.sh"))
    assert f"enrol {VERSION} is installed" in out
    program = home / ".local/opt/enrol/enrol"
    link = home / ".local/bin/enrol"
    desktop = home / ".local/share/applications/enrol.desktop"
    assert link.is_symlink() and link.resolve() == program.resolve()
    assert f'Exec="{program}" gui' in desktop.read_text(encoding="utf-8")
    assert (home / ".local/share/icons/hicolor/48x48/apps/enrol.png").is_file()
    assert (home / ".local/share/icons/hicolor/scalable/apps/enrol.svg").is_file()
    assert run(str(link), "--version").strip() == f"enrol {VERSION}"
    run(str(link), "db", "init")  # the default database in the user's data folder
    database = home / ".local/share/enrol/enrol.sqlite3"
    assert database.is_file()

    out = run(str(unpacked / "install.sh"), "--uninstall")
    assert "data was kept" in out
    assert not link.exists() and not link.is_symlink() and not program.exists() and not desktop.exists()
    assert not (home / ".local/share/icons/hicolor/48x48/apps/enrol.png").exists()
    assert database.is_file(), "uninstalling must keep the centre's database"


@pytest.mark.skipif(not has_dpkg(), reason="reads Debian's package database")
def test_every_system_library_the_bundle_loads_is_installed_by_installer_build(bundle: Path) -> None:
    """A green build must not rest on a package this machine happens to have (as once with libxcb-keysyms1)."""
    internal = bundle / "_internal"
    binaries = [path for path in bundle.rglob("*.so*") if path.is_file() and not path.is_symlink()]
    libraries, not_found = linked_libraries(binaries, library_path=str(internal))
    assert not {name for name in not_found if not name.startswith("libcups.so")}, not_found
    system = {path for path in libraries if not path.is_relative_to(bundle)}
    assert system, "ldd found no system library at all: the check is looking in the wrong place"
    packages = owners(system)
    unowned = sorted(str(path) for path in system - packages.keys())
    assert not unowned, f"no Debian package owns {unowned}"
    # libcups and what it links are the desktop's own (enrol.spec's SYSTEM_ONLY: the printer list must match
    # the local CUPS daemon); where they are missing, printing to PDF files still works.
    allowed = closure(packages_of("installer/build")) | closure(["libcups2"])
    missing = sorted({package for package in packages.values() if package not in allowed})
    assert not missing, f"the bundle loads libraries of {missing}, which installer/build does not install"
    installed = subprocess.run(["dpkg-query", "-W", "-f", "${Package} ${db:Status-Abbrev}\n", *sorted(set(packages.values()))],
                               capture_output=True, text=True, check=True).stdout
    assert all(line.split()[1] == "ii" for line in installed.splitlines()), installed
