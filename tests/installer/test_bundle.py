"""The installer: ``installer/build`` makes the Linux bundle from a checkout and the frozen program passes its smoke
test (``--version``, ``db init``, ``demo``, ``gui --smoke``, a Kazakh roster PDF, an XLSX export, psycopg);
the bundle holds only the Qt enrol uses; the tarball's ``install.sh`` puts enrol into a user's menu and takes
it out again, keeping the data.

One build (about a minute and a half on the project's 2-core machine, most of it PyInstaller) serves every
test here."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist"
BUNDLE = DIST / "enrol"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
BUILD_BUDGET_S = 600  # the issue asks for CI's time limit; ~90 s here, so a slow CI machine still has room
QT_LIBS = {"Core", "Gui", "Widgets", "PrintSupport", "Pdf", "PdfWidgets", "Network", "DBus", "Svg", "XcbQpa"}

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="builds the Linux bundle and tarball"),
]


@pytest.fixture(scope="module")
def build_log(tmp_path_factory: pytest.TempPathFactory) -> str:
    log_path = tmp_path_factory.mktemp("installer") / "build.log"
    started = time.monotonic()
    with log_path.open("w", encoding="utf-8") as log:
        # Its own session, so a build that hangs is stopped with all its children (PyInstaller, the frozen enrol).
        process = subprocess.Popen([str(ROOT / "installer" / "build")], cwd=ROOT, stdout=log,
                                   stderr=subprocess.STDOUT, start_new_session=True)
        try:
            code = process.wait(timeout=BUILD_BUDGET_S)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            code = None
    elapsed = time.monotonic() - started
    text = log_path.read_text(encoding="utf-8", errors="replace")
    assert code is not None, f"installer/build took more than {BUILD_BUDGET_S} s:\n{text[-4000:]}"
    assert code == 0, f"installer/build failed (exit {code}) after {elapsed:.0f} s:\n{text[-6000:]}"
    print(f"installer/build: {elapsed:.0f} s")  # shown with -s or -rP; the build log has each step's time
    return text


def test_build_smoke_tests_the_frozen_program(build_log: str) -> None:
    assert "build: smoke test passed" in build_log
    for command in ("db init", "demo --children 200", "gui --smoke", "print roster", "export children"):
        assert command in build_log, f"the smoke test did not run `enrol {command}`"
    assert (BUNDLE / "enrol").is_file() and os.access(BUNDLE / "enrol", os.X_OK)


def test_bundle_holds_the_resources_and_migrations(build_log: str) -> None:
    internal = BUNDLE / "_internal"
    for relative in ("resources/fonts/DejaVuSans.ttf", "resources/fonts/DejaVuSans-Bold.ttf",
                     "resources/fonts/LICENSE-DejaVu.txt", "resources/translations/enrol_kk.qm",
                     "resources/translations/enrol_ru.qm", "resources/translations/messages.kk.json",
                     "resources/translations/messages.ru.json", "resources/demo/centre.json",
                     "resources/icons/enrol.svg", "resources/icons/enrol-256.png",
                     "enrol/db/migrations/env.py", "PySide6/Qt/translations/qtbase_kk.qm"):
        assert (internal / relative).is_file(), f"{relative} is missing from the bundle"
    shipped = {path.name for path in (internal / "enrol/db/migrations/versions").glob("*.py")}
    assert shipped == {path.name for path in (ROOT / "enrol/db/migrations/versions").glob("*.py")}


def test_bundle_holds_no_qt_module_enrol_does_not_use(build_log: str) -> None:
    libraries = {path.name for path in BUNDLE.rglob("libQt6*")}
    modules = {name.removeprefix("libQt6").split(".")[0] for name in libraries}
    assert modules <= QT_LIBS, f"unused Qt modules in the bundle: {sorted(modules - QT_LIBS)}"
    bindings = {path.name.split(".")[0] for path in (BUNDLE / "_internal" / "PySide6").glob("Qt*.abi3.so")}
    assert bindings == {"QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtPdf", "QtPdfWidgets"}
    plugins = {path.relative_to(BUNDLE / "_internal/PySide6/Qt/plugins").as_posix()
               for path in (BUNDLE / "_internal/PySide6/Qt/plugins").rglob("*.so")}
    assert not {p for p in plugins if p.startswith(("wayland", "egldeviceintegrations", "qmltooling", "sqldrivers",
                                                    "tls", "networkinformation"))}, plugins
    assert "platforms/libqxcb.so" in plugins and "platforms/libqoffscreen.so" in plugins


def test_tarball_installs_into_the_menu_and_uninstalls_keeping_data(build_log: str, tmp_path: Path) -> None:
    name = f"enrol-{VERSION}-linux-{os.uname().machine}"
    with tarfile.open(DIST / f"{name}.tar.gz") as tar:
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
