"""Hostile and broken workbooks end in one clear line, exit 3, within 300 MB of memory: a zip bomb, a sheet of
a million empty cells, billion laughs, a truncated or garbled file. Each is built here in a temporary folder."""
from __future__ import annotations

import io
import os
import subprocess
import sys
import textwrap
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook

from enrol.domain.errors import ValidationError
from enrol.io.tables import MAX_CELLS, read_table

SHEET = "xl/worksheets/sheet1.xml"
HEAD = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
TAIL = b"</sheetData></worksheet>"


def workbook_with_sheet(path: Path, sheet: Callable[[], Iterator[bytes]]) -> Path:
    """A real workbook (openpyxl's) whose first sheet's XML is replaced by ``sheet``'s chunks, streamed."""
    base = io.BytesIO()
    book = Workbook()
    book.active.append(["surname", "name"])
    book.save(base)
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
        for member in source.infolist():
            if member.filename != SHEET:
                out.writestr(member, source.read(member))
        with out.open(SHEET, "w", force_zip64=True) as handle:
            for chunk in sheet():
                handle.write(chunk)
    return path


def bomb() -> Iterator[bytes]:
    """About 600 MB of rows of a dozen cells each: a couple of megabytes packed."""
    row = b"<row>" + b'<c t="inlineStr"><is><t>Aaaaaaaaaa</t></is></c>' * 12 + b"</row>"
    block = row * 2000
    yield HEAD
    for _ in range(600_000_000 // len(block)):
        yield block
    yield TAIL


def refused(path: Path) -> str:
    with pytest.raises(ValidationError) as caught:
        read_table(path)
    assert caught.value.field == "file"
    return caught.value.english()


def import_peak(tmp_path: Path, path: Path) -> tuple[int, int, str]:
    """``enrol import children path`` in a child process of a wrapper process: (exit status, its peak memory
    in MB, its stderr) — only the import's own peak counts, not this test process's other children."""
    wrapper = textwrap.dedent("""
        import resource, subprocess, sys
        done = subprocess.run([sys.executable, "-m", "enrol", "--db", sys.argv[1], "import", "children", sys.argv[2]],
                              capture_output=True, text=True)
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB on Linux
        print(done.returncode, peak, done.stderr.strip().replace("\\n", " | "), sep="\\t")
    """)
    env = {**os.environ, "ENROL_HOME": str(tmp_path / "home"), "ENROL_LANG": "en"}
    env.pop("ENROL_DB", None)
    database = tmp_path / "centre.sqlite3"
    if not database.exists():
        assert subprocess.run([sys.executable, "-m", "enrol", "--db", str(database), "db", "init"], env=env,
                              capture_output=True, timeout=120, check=False).returncode == 0
    out = subprocess.run([sys.executable, "-c", wrapper, str(database), str(path)], env=env, capture_output=True,
                         text=True, timeout=300, check=True).stdout
    code, peak, stderr = out.rstrip("\n").split("\t")
    return int(code), int(peak) // 1024, stderr


def test_a_zip_bomb_is_refused_by_its_unpacked_size_within_300_mb(tmp_path: Path) -> None:
    path = workbook_with_sheet(tmp_path / "bomb.xlsx", bomb)
    assert path.stat().st_size < 5_000_000  # a few megabytes that unpack to 600
    code, peak, stderr = import_peak(tmp_path, path)
    assert code == 3, stderr
    assert "larger than 100 MB when unpacked" in stderr and "|" not in stderr
    assert peak < 300, f"peak memory {peak} MB"


@pytest.mark.parametrize("shape", ["one row of millions of cells", "the largest CSV read, every row wrong"])
def test_csv_files_stay_within_300_mb(tmp_path: Path, shape: str) -> None:
    path = tmp_path / "children.csv"
    with path.open("w", encoding="utf-8") as handle:
        if shape.startswith("one row"):
            handle.write("surname;name\n" + "a;" * 14_000_000 + "\n")
        else:  # 29 MB of Cyrillic rows without a birth date: read whole, and every row is a problem to list
            row = "Нүсіпова;Әсем;Нүсіпова Гүлнар;+77071234567;" + "ескерту" * 10 + "\n"
            handle.write("surname;name;guardian;phone;notes\n" + row * (29_000_000 // len(row.encode())))
    code, peak, stderr = import_peak(tmp_path, path)
    assert code == 3, stderr
    assert peak < 300, f"peak memory {peak} MB"


def test_a_million_empty_cells_are_refused_before_reading(tmp_path: Path) -> None:
    def cells() -> Iterator[bytes]:
        yield HEAD
        row = b"<row>" + b"<c/>" * 1000 + b"</row>"
        for _ in range(MAX_CELLS // 1000 + 1):
            yield row
        yield TAIL

    assert f"more than {MAX_CELLS} cells" in refused(workbook_with_sheet(tmp_path / "cells.xlsx", cells))


def test_billion_laughs_is_invalid_input(tmp_path: Path) -> None:
    def laughs() -> Iterator[bytes]:
        entities = "".join(f'<!ENTITY l{n} "{f"&l{n - 1};" * 10}">' for n in range(1, 10))
        yield (f'<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY l0 "ha">{entities}]>'
               '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
               '<row><c t="inlineStr"><is><t>&l9;</t></is></c></row></sheetData></worksheet>').encode()

    assert "not a readable .xlsx workbook" in refused(workbook_with_sheet(tmp_path / "laughs.xlsx", laughs))


@pytest.mark.parametrize("damage", ["truncated xml", "garbled zip", "no sheet", "cut in half", "far cell"])
def test_broken_workbooks_are_invalid_input(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "broken.xlsx"
    if damage == "truncated xml":
        workbook_with_sheet(path, lambda: iter([HEAD + '<row><c t="inlineStr"><is><t>Нүс'.encode()]))
    elif damage == "garbled zip":
        path.write_bytes(b"PK\x03\x04" + os.urandom(3000))
    elif damage == "no sheet":
        workbook_with_sheet(path, lambda: iter([b""]))
    elif damage == "cut in half":
        workbook_with_sheet(path, lambda: iter([HEAD, b"<row><c t=\"inlineStr\"><is><t>x</t></is></c></row>", TAIL]))
        path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    else:  # a cell at the last column of the last row: read without padding to a million rows
        workbook_with_sheet(path, lambda: iter([HEAD, b'<row r="1"><c r="A1" t="inlineStr"><is><t>surname</t>'
                                                      b'</is></c></row><row r="1048576"><c r="XFD1048576" '
                                                      b't="inlineStr"><is><t>x</t></is></c></row>', TAIL]))
        table = read_table(path)
        assert table.columns == ["surname"] and table.rows == []
        return
    assert "not a readable .xlsx workbook" in refused(path)
