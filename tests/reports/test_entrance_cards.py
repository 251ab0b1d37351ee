"""Entrance cards as a phone or a USB scanner sees them: printed, rasterised with pdftoppm, the QR codes
decoded by a real decoder (zbarimg from Debian's zbar-tools), and the decoded text checks the child in."""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from enrol.cli import main
from enrol.db.engine import Database
from enrol.domain.cards import is_valid_code
from enrol.services.entrance import cards
from enrol.services.enrolment.places import enrol_child
from tests.reports.pdf_reading import flat, pages
from tests.unit.enrolment_centre import DESK, Centre


def decoded(pdf: Path, tmp_path: Path, *, resolutions: tuple[int, ...] = (200, 300)) -> set[str]:
    """Every symbol zbarimg finds on the pages rasterised at these resolutions, as ``TYPE:text``: a whole sheet
    holds 16 symbols, and zbar, like a person with a phone, now and then needs a second look at one."""
    assert shutil.which("zbarimg"), "zbarimg is missing: scripts/bootstrap --tests installs zbar-tools"
    found: set[str] = set()
    for dpi in resolutions:
        prefix = tmp_path / f"page{dpi}"
        subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True)
        for image in sorted(tmp_path.glob(f"page{dpi}-*.png")):
            done = subprocess.run(["zbarimg", "-q", str(image)], capture_output=True, text=True)
            found |= set(done.stdout.split())
    return found


def run(capsys, *argv: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_groups_cards_scan_and_check_the_children_in(db: Database, db_url: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    centre = Centre(db)
    centre.room("R1", seats=30)
    centre.group("AVIA-1", room="R1", seats=20)
    kids = centre.children(9, age=12)
    for child in kids:
        enrol_child(db, actor=DESK, child=child, group="AVIA-1")
    codes = {cards.child_card(db, actor=DESK, child=child).code: child for child in kids}
    pdf = tmp_path / "cards.pdf"
    assert run(capsys, "--db", db_url, "print", "cards", "AVIA-1", "-o", str(pdf))[0] == 0
    document = pdf.read_bytes()
    assert len(pages(document)) == 2  # 8 to a page
    assert all(f"{code[:5]} {code[5:]}" in flat(document) for code in codes)
    symbols = decoded(pdf, tmp_path)
    qr_codes = {s.split(":", 1)[1] for s in symbols if s.startswith("QR-Code:")}
    bars = {s.split(":", 1)[1] for s in symbols if s.startswith("CODE-128:")}
    assert qr_codes == set(codes)
    assert bars <= set(codes) and bars  # Code 128 is read too (a photo of a small sheet may miss some)
    for text in sorted(qr_codes):
        code, out, err = run(capsys, "--db", db_url, "--json", "checkin", "--code", text)
        assert code == 0, err
        assert json.loads(out)["child_id"] == codes[text]
    code, out, _ = run(capsys, "--db", db_url, "--json", "inside")
    assert json.loads(out)["count"] == 9


def test_the_timetable_card_carries_the_code(db: Database, db_url: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    child = Centre(db).child(age=9)
    pdf = tmp_path / "card.pdf"
    assert run(capsys, "--db", db_url, "print", "card", str(child), "-o", str(pdf))[0] == 0
    qr_codes = [s.split(":", 1)[1] for s in decoded(pdf, tmp_path, resolutions=(100,)) if s.startswith("QR-Code:")]
    assert len(qr_codes) == 1 and is_valid_code(qr_codes[0])
    assert qr_codes[0] == cards.child_card(db, actor=DESK, child=child).code
    assert run(capsys, "--db", db_url, "print", "cards", "NOPE", "-o", str(tmp_path / "x.pdf"))[0] == 4
    assert not (tmp_path / "x.pdf").exists()
