"""The repository explains itself: no comment, docstring, test or document points to a tracker's issue
numbers or to a design file that is not in the repository, and every heading of README or of
docs/architecture.md that a comment sends the reader to exists.

Why: a maintainer who has only the repository must be able to follow every pointer in it.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHECKED = ("enrol", "tests", "benchmarks", "installer", "scripts", "docs", "README.md")
SKIPPED_DIRS = {"__pycache__", ".venv", "build", "dist"}

# Spelled in pieces so that this file does not find itself.
_DESIGN_FILE = "DESIGN" + r"\.md"
_POINTERS = {
    "an issue number": re.compile(r"\bissues?\s*#?\d", re.IGNORECASE),
    "the design file": re.compile(r"\b" + _DESIGN_FILE),
    "the shared folder": re.compile(r"\bshared" + "/"),
    "a numbered section": re.compile(r"\bsections?\s+\d|" + "\u00a7"),
}
# README or docs/architecture.md, a comma or 's, then the heading between asterisks (it may wrap a line).
_HEADING_REFERENCE = re.compile(r"(README|docs/architecture\.md)(?:'s|,)\s+\*([^*]+)\*")


def _text_files() -> list[Path]:
    """Every text file under the checked folders (binary files such as images are skipped)."""
    found: list[Path] = []
    for name in CHECKED:
        top = ROOT / name
        candidates = [top] if top.is_file() else sorted(top.rglob("*"))
        for path in candidates:
            if not path.is_file() or SKIPPED_DIRS & set(path.relative_to(ROOT).parts):
                continue
            try:
                path.read_text(encoding="utf-8")
            except (UnicodeDecodeError, OSError):
                continue
            found.append(path)
    return found


def _headings(document: Path) -> set[str]:
    return {m.group(1).strip() for m in re.finditer(r"^#+\s+(.+)$", document.read_text(encoding="utf-8"), re.M)}


def test_no_pointer_leads_outside_the_repository() -> None:
    """Say what a rule or section means (its name, this repository's document and heading), not a number."""
    offenders = []
    for path in _text_files():
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for what, pattern in _POINTERS.items():
                if pattern.search(line):
                    offenders.append(f"{path.relative_to(ROOT)}:{number}: {what}: {line.strip()}")
    assert not offenders, "pointers outside the repository:\n" + "\n".join(offenders)


def test_named_headings_exist() -> None:
    """A comment that sends the reader to a heading of README or the architecture document finds it there."""
    documents = {"README": ROOT / "README.md", "docs/architecture.md": ROOT / "docs" / "architecture.md"}
    headings = {name: _headings(path) for name, path in documents.items()}
    missing = []
    for path in _text_files():
        for match in _HEADING_REFERENCE.finditer(path.read_text(encoding="utf-8")):
            document, heading = match.group(1), " ".join(match.group(2).split())
            if heading not in headings[document]:
                missing.append(f"{path.relative_to(ROOT)}: {document}, *{heading}*")
    assert not missing, "no such heading:\n" + "\n".join(missing)


def test_architecture_document_is_there() -> None:
    """The maintainer's map: long enough to say how the layers, transactions and rules fit together."""
    words = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8").split()
    assert len(words) >= 800
    assert "docs/architecture.md" in (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("text", ["see iss" + "ue 10", "Issues" + " 7 and 8", "DESIGN" + ".md rule 2", "\u00a7" + "8",
                                  "sec" + "tion 9"])
def test_the_patterns_catch_pointers(text: str) -> None:
    assert any(pattern.search(text) for pattern in _POINTERS.values())
