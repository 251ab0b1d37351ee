"""Every Debian package a step relies on is installed by that step's own script.

Cheap checks (no build): the libraries Qt's platform plugins link and the tools each script or the test
suite calls are looked up with ``dpkg`` and must come from the groups of scripts/system-packages the script
installs (or from what apt installs with them). tests/installer/test_bundle.py does the same for every
library of the built bundle."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.installer.system_packages import (ROOT, closure, groups, groups_of, has_dpkg, linked_libraries, owners,
                                             packages_of, policy_package)

pytestmark = pytest.mark.skipif(not has_dpkg(), reason="reads Debian's package database; the scripts install from Debian")

SCRIPTS = ("scripts/bootstrap", "scripts/demo", "scripts/test", ".ci/run", "installer/build", "installer/windows/check")
# Programs from Debian packages that scripts or tests call by name.
TOOLS = ("pdftotext", "zbarimg", "objdump", "xvfb-run", "Xvfb", "xauth", "wine", "wineboot", "winecfg", "winepath",
         "wineserver", "pg_ctlcluster", "pg_isready", "psql")


def _qt_dir() -> Path:
    import PySide6

    return Path(PySide6.__file__).resolve().parent / "Qt"


def _missing_from(script: str, paths: set[Path]) -> dict[str, list[str]]:
    """Debian packages (with the files that need them) that ``script`` does not install."""
    allowed = closure(packages_of(script))
    owned = owners(paths)
    unowned = [str(path) for path in paths if path not in owned and str(path).startswith(("/lib", "/usr/lib"))]
    assert not unowned, f"no Debian package owns {unowned}: cannot tell what installs them"
    missing: dict[str, list[str]] = {}
    for path, package in owned.items():
        if package not in allowed:
            missing.setdefault(package, []).append(path.name)
    return missing


def test_every_group_a_script_installs_is_listed() -> None:
    for script in SCRIPTS:
        unknown = groups_of(script) - set(groups())
        assert not unknown, f"{script} installs groups that scripts/system-packages does not define: {unknown}"
    # The flags of scripts/bootstrap map onto groups the way system_packages.BOOTSTRAP_FLAGS says.
    bootstrap = (ROOT / "scripts" / "bootstrap").read_text(encoding="utf-8")
    assert re.search(r'want_gui" = 0 \] \|\| groups\+=\(gui\)', bootstrap)
    assert re.search(r'want_tests" = 0 \] \|\| groups\+=\(tests\)', bootstrap)


def test_the_installer_and_the_demo_install_what_the_xcb_window_links() -> None:
    """The regression this guards: installer/build ran bootstrap without --gui, so libxcb-keysyms1 was
    missing on a fresh machine and the bundle's check failed."""
    assert {"libxcb-keysyms1", "libxcb-cursor0", "libxkbcommon-x11-0"} <= packages_of("installer/build")
    assert {"libxcb-keysyms1", "libxcb-cursor0", "libxkbcommon-x11-0"} <= packages_of("scripts/demo")


@pytest.mark.parametrize(("script", "plugins"), [
    ("installer/build", ["platforms/libqxcb.so", "platforms/libqoffscreen.so", "xcbglintegrations/*.so",
                         "platformthemes/libqxdgdesktopportal.so", "platforminputcontexts/lib{compose,ibus}platforminputcontextplugin.so",
                         "imageformats/libq{ico,jpeg,gif,svg}.so", "iconengines/libqsvgicon.so"]),
    ("scripts/demo", ["platforms/libqxcb.so", "xcbglintegrations/*.so"]),
    ("scripts/test", ["platforms/libqoffscreen.so"]),
])
def test_qt_plugins_find_their_libraries_in_the_script_s_packages(script: str, plugins: list[str]) -> None:
    qt = _qt_dir()
    files = []
    for pattern in plugins:
        names = [pattern]
        if "{" in pattern:
            head, options, tail = re.match(r"(.*)\{(.*)\}(.*)", pattern).groups()  # type: ignore[union-attr]
            names = [head + option + tail for option in options.split(",")]
        for name in names:
            found = sorted((qt / "plugins").glob(name))
            assert found, f"PySide6 has no plugin {name}"
            files += found
    libraries, not_found = linked_libraries(files, library_path=str(qt / "lib"))
    # libcups comes from the desktop (enrol.spec's SYSTEM_ONLY); without it printing to PDF files still works.
    not_found = {name for name in not_found if not name.startswith("libcups.so")}
    # A machine that never ran the script lacks them (a fresh one, running scripts/test): then the package
    # the script must install is known by Debian's library naming alone.
    unlisted = {name: policy_package(name) for name in not_found if policy_package(name) not in packages_of(script)}
    assert not unlisted, f"{script} installs no package with {unlisted} (scripts/system-packages)"
    system = {path for path in libraries if not str(path).startswith(str(qt.parent))}
    missing = _missing_from(script, system)
    assert not missing, f"{script} does not install {missing} (scripts/system-packages)"


def test_every_tool_a_script_calls_comes_from_its_packages() -> None:
    checked = 0
    for script in SCRIPTS:
        text = (ROOT / script).read_text(encoding="utf-8")
        paths = set()
        for tool in TOOLS:
            if re.search(rf"(?<![\w/.-]){re.escape(tool)}(?![\w.-])", text) and shutil.which(tool):
                paths.add(Path(shutil.which(tool)))  # type: ignore[arg-type]
        checked += len(paths)
        missing = _missing_from(script, paths)
        assert not missing, f"{script} calls programs of packages it does not install: {missing}"
    assert checked, "no tool found: the test is looking in the wrong places"


def test_the_tools_the_tests_call_come_from_scripts_test() -> None:
    # tests/installer call scripts that install their own packages; the rest run under scripts/test alone.
    sources = [path for path in (ROOT / "tests").rglob("*.py") if "installer" not in path.parts]
    text = "\n".join(path.read_text(encoding="utf-8") for path in sources)
    paths = {Path(shutil.which(tool)) for tool in TOOLS  # type: ignore[arg-type]
             if re.search(rf'["\']{re.escape(tool)}["\']', text) and shutil.which(tool)}
    missing = _missing_from("scripts/test", paths)
    assert not missing, f"the tests call programs of packages scripts/test does not install: {missing}"


def test_every_listed_package_exists_in_debian() -> None:
    if not shutil.which("apt-cache"):
        pytest.skip("no apt-cache")
    packages = sorted({package for listed in groups().values() for package in listed})
    done = subprocess.run(["apt-cache", "show", "--no-all-versions", *packages], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, f"apt does not know some of scripts/system-packages: {done.stderr.strip()}"
