"""Build hook: compile the GUI's translations (.ts -> .qm) into the package before setuptools collects its
data, so that every wheel (from a checkout or from the sdist) carries them. The .qm files are build products,
git-ignored: committed, they would conflict on every merge that touches a translation.

Everything else about the package is in pyproject.toml."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

TRANSLATIONS = Path(__file__).resolve().parent / "enrol" / "resources" / "translations"
# PySide6's own entry point of Qt's lrelease; PySide6-Essentials is a build requirement (pyproject.toml).
LRELEASE = "import sys; from PySide6.scripts.pyside_tool import lrelease; sys.exit(lrelease())"


def compile_translations() -> None:
    for source in sorted(TRANSLATIONS.glob("enrol_*.ts")):
        target = source.with_suffix(".qm")
        if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            continue
        subprocess.run([sys.executable, "-c", LRELEASE, "-silent", str(source), "-qm", str(target)], check=True)
        if not target.is_file():
            raise SystemExit(f"lrelease made no {target}")


class BuildPyWithTranslations(build_py):
    def run(self) -> None:
        compile_translations()
        super().run()


setup(cmdclass={"build_py": BuildPyWithTranslations})
