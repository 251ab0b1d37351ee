"""The one place that finds enrol's bundled files (fonts, translations, demo centre, icons).

They are package data beside this file, so a checkout (editable install), an installed wheel and the frozen
bundle (installer/enrol.spec copies them to ``_internal/enrol/resources``) all find them the same way."""
from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def resources_root() -> Path:
    root = Path(__file__).resolve().parent
    if not (root / "translations").is_dir():
        # A build that left the data out (a wheel without package data, a spec without datas) fails here
        # with the place it looked, not later with a font or catalogue that cannot be opened.
        raise FileNotFoundError(f"enrol's resources are missing from {root}")
    return root


def resource_path(*parts: str) -> Path:
    """Path of a bundled file, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``."""
    return resources_root().joinpath(*parts)
