"""``pip install .`` gives a working program. From the files a fresh clone has (no .qm, no .venv),
``python -m build`` makes the sdist and, from it, the wheel; the wheel goes into a fresh virtual environment
outside the checkout, which then runs the CLI and the window on its own resources.

About a minute once pip's cache holds PySide6 (the first time it downloads the wheels, ~100 MB)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
import tomllib
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
KAZAKH_LETTERS = set("ӘәҒғҚқҢңӨөҰұҮүҺһІі")
RESOURCES = ("enrol/resources/fonts/DejaVuSans.ttf", "enrol/resources/fonts/DejaVuSans-Bold.ttf",
             "enrol/resources/fonts/LICENSE-DejaVu.txt", "enrol/resources/translations/messages.kk.json",
             "enrol/resources/translations/messages.ru.json", "enrol/resources/demo/centre.json",
             "enrol/resources/icons/enrol.svg", "enrol/resources/icons/enrol-48.png", "enrol/resources/icons/enrol.ico",
             "enrol/db/migrations/env.py")

pytestmark = [pytest.mark.slow, pytest.mark.packaging]


def _run(command: list[str], *, cwd: Path, env: dict[str, str] | None = None, timeout: int = 600) -> str:
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False)
    assert done.returncode == 0, f"{command} failed ({done.returncode}):\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done.stdout


@pytest.fixture(scope="module")
def dists(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """sdist and wheel built from a copy of what git would clone (plus files not yet committed)."""
    source = tmp_path_factory.mktemp("clone")
    files = _run(["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=ROOT).split("\0")
    for name in filter(None, files):
        if (ROOT / name).is_file():
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            (source / name).write_bytes((ROOT / name).read_bytes())
    assert not list(source.rglob("*.qm")), "the .qm are build products: a fresh clone has none"
    out = tmp_path_factory.mktemp("dists")
    _run([sys.executable, "-m", "build", "--outdir", str(out), str(source)], cwd=source, timeout=900)
    return out


@pytest.fixture(scope="module")
def installed(dists: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the wheel and the locked dependencies; returns its ``enrol``."""
    home = tmp_path_factory.mktemp("venv")
    venv.create(home / "venv", with_pip=True)
    python = home / "venv" / "bin" / "python"
    wheel = dists / f"enrol-{VERSION}-py3-none-any.whl"
    _run([str(python), "-m", "pip", "install", "-q", str(wheel), "-c", str(ROOT / "constraints.txt")], cwd=home,
         timeout=900)
    return home / "venv" / "bin" / "enrol"


def test_sdist_carries_the_resources_and_the_translation_sources(dists: Path) -> None:
    with tarfile.open(dists / f"enrol-{VERSION}.tar.gz") as sdist:
        names = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
    missing = {*RESOURCES, "enrol/resources/translations/enrol_kk.ts", "enrol/resources/translations/enrol_ru.ts",
               "setup.py", "constraints.txt"} - names
    assert not missing, f"the sdist lacks {sorted(missing)}"


def test_wheel_carries_the_resources_and_the_built_translations(dists: Path) -> None:
    with zipfile.ZipFile(dists / f"enrol-{VERSION}-py3-none-any.whl") as wheel:
        names = set(wheel.namelist())
        qm = {name: wheel.getinfo(name).file_size for name in names if name.endswith(".qm")}
    folder = "enrol/resources/translations/"
    # Kazakh and Russian whole; English holds only its plural forms ("1 child", "1000 children")
    assert set(qm) == {folder + "enrol_kk.qm", folder + "enrol_ru.qm", folder + "enrol_en.qm"}
    assert qm[folder + "enrol_kk.qm"] > 1000 and qm[folder + "enrol_ru.qm"] > 1000 and qm[folder + "enrol_en.qm"] > 0, qm
    missing = set(RESOURCES) - names
    assert not missing, f"the wheel lacks {sorted(missing)}"
    assert not {name for name in names if name.endswith(".ts")}, "the .ts sources are for the sdist only"


def test_the_installed_wheel_runs_the_cli_and_the_window(installed: Path, tmp_path: Path) -> None:
    # Outside the checkout, with a private data folder: nothing may come from the source tree.
    env = {key: value for key, value in os.environ.items() if not key.startswith(("ENROL_", "PYTHON"))}
    env.update(ENROL_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    db = str(tmp_path / "centre.sqlite3")

    def enrol(*args: str) -> str:
        return _run([str(installed), *args], cwd=tmp_path, env=env, timeout=300)

    where = _run([str(installed.parent / "python"), "-c", "import enrol.resources as r; print(r.resources_root())"],
                 cwd=tmp_path, env=env).strip()
    assert Path(where).is_relative_to(installed.parent.parent), f"resources found outside the venv: {where}"
    assert (Path(where) / "translations" / "enrol_kk.qm").is_file()

    enrol("--db", db, "--lang", "kk", "db", "init")
    enrol("--db", db, "demo", "--children", "50")
    group = json.loads(enrol("--db", db, "--json", "group", "list"))[0]["code"]
    enrol("--db", db, "--lang", "kk", "print", "roster", group, "-o", str(tmp_path / "roster.pdf"))
    import pypdf

    text = "".join(page.extract_text() for page in pypdf.PdfReader(tmp_path / "roster.pdf").pages)
    assert set(text) & KAZAKH_LETTERS, "the roster has no Kazakh letters: font or catalogue missing"
    enrol("--db", db, "--lang", "kk", "gui", "--smoke")
