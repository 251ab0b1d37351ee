"""One place that finds ``resources/`` in a development checkout, an installed wheel and a frozen bundle."""
from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_root() -> Path:
    # PyInstaller unpacks data next to the executable (sys._MEIPASS); a checkout keeps it beside the package.
    frozen_root = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    package_dir = Path(__file__).resolve().parent
    candidates += [package_dir.parent / "resources", package_dir / "resources"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("enrol's resources folder is missing; searched: " + ", ".join(map(str, candidates)))


def resource_path(*parts: str) -> Path:
    """Path of a bundled file, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``."""
    return resources_root().joinpath(*parts)
