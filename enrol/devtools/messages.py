"""Collect every translatable literal outside the GUI (``tr("…")`` and ``N_("…")``) for the JSON catalogues.

``python -m enrol.devtools.messages --update`` adds new texts (empty, to be translated) and drops texts no
longer in the code; the test ``tests/unit/test_i18n.py`` fails while any text lacks a translation.
"""
from __future__ import annotations

import argparse
import ast
import json
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1]
TRANSLATED = ("kk", "ru")
MARKERS = {"tr", "N_", "translate"}


def collect(package: Path = PACKAGE) -> dict[str, list[str]]:
    """Message → the files that use it (the GUI's Qt ``self.tr`` texts go to .ts files instead)."""
    found: dict[str, list[str]] = {}
    for path in sorted(package.rglob("*.py")):
        relative = path.relative_to(package.parent)
        if relative.parts[1] in ("ui", "devtools"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else None
            if name not in MARKERS:
                continue
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.setdefault(first.value, []).append(str(relative))
    return found


def catalogue_path(language: str) -> Path:
    return PACKAGE / "resources" / "translations" / f"messages.{language}.json"


def load(language: str) -> dict[str, str]:
    path = catalogue_path(language)
    if not path.exists():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


def update() -> dict[str, int]:
    messages = collect()
    missing = {}
    for language in TRANSLATED:
        old = load(language)
        new = {message: old.get(message, "") for message in sorted(messages)}
        catalogue_path(language).parent.mkdir(parents=True, exist_ok=True)
        catalogue_path(language).write_text(json.dumps(new, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        missing[language] = sum(1 for value in new.values() if not value)
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--update", action="store_true", help="rewrite the catalogues")
    args = parser.parse_args(argv)
    if args.update:
        for language, count in update().items():
            print(f"{language}: {count} texts to translate")
        return 0
    for message, files in sorted(collect().items()):
        print(f"{message!r}  ({', '.join(sorted(set(files)))})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
