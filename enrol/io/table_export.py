"""Write a table the way a spreadsheet program opens it right: XLSX, or CSV in UTF-8 *with* a BOM.

Excel reads a CSV without a BOM in the system's ANSI code page, which turns Kazakh letters into mojibake;
with the BOM it reads UTF-8. The separator is ``;``: Excel in a Kazakh or Russian locale (where the decimal
mark is a comma) splits columns on ``;`` and would show a ``,``-separated file as one column. Our own
reader (``enrol.io.tables``) takes either. The file is written whole or not at all (``enrol.io.outputs``).
"""
from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TypeVar

from enrol.domain.errors import N_, ValidationError
from enrol.io.outputs import write_output

CSV_DELIMITER = ";"
T = TypeVar("T")


def table_format(path: Path) -> str:
    """``csv`` or ``xlsx`` from the file's extension (ValidationError naming ``file`` otherwise)."""
    suffix = path.suffix.lower()
    if suffix in (".csv", ".xlsx"):
        return suffix[1:]
    raise ValidationError("file", N_("{value} is neither a .csv nor an .xlsx file"), value=path.name)


def write_table(path: Path, columns: Sequence[str], rows: Iterable[Sequence[object]], *, title: str = "",
                force: bool = False) -> int:
    """Write the header and rows to ``path`` (format by extension); returns the number of rows written."""
    target = Path(path)
    kind = table_format(target)
    count: int = write_output(target, kind=kind, force=force, write=lambda draft: (
        _write_xlsx(draft, columns, rows, title) if kind == "xlsx" else _write_csv(draft, columns, rows)))
    return count


# A spreadsheet runs a cell that starts with = + - @ as a formula (CSV injection). Such text is written with a
# leading apostrophe — as Excel itself marks text — unless it is a plain number or phone; the reader
# (enrol.io.tables) takes the apostrophe off again, so an export imports back unchanged.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN = re.compile(r"[+-]?[0-9][0-9 ().-]*")


def guard_formula(text: str) -> str:
    if text.startswith(_FORMULA_START) and not _PLAIN.fullmatch(text):
        return "'" + text
    return text


def unguard_formula(text: str) -> str:
    if text.startswith("'") and guard_formula(text[1:]) == text:
        return text[1:]
    return text


def _csv_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return guard_formula(str(value))


def _write_csv(path: Path, columns: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=CSV_DELIMITER)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_csv_cell(value) for value in row])
            count += 1
    return count


def _write_xlsx(path: Path, columns: Sequence[str], rows: Iterable[Sequence[object]], title: str) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=(title or "Sheet1")[:31])
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for name in columns:
        cell = WriteOnlyCell(sheet, value=name)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    count = 0
    for row in rows:
        # Most values go in as they are (a cell object each would treble the time of a 10,000-row month);
        # dates need one for their display format, and text that looks like a formula to stay text.
        sheet.append([_xlsx_cell(sheet, value) if isinstance(value, dt.date) or _formula_like(value) else value
                      for value in row])
        count += 1
    workbook.save(path)
    return count


def _formula_like(value: object) -> bool:
    return isinstance(value, str) and value.startswith("=")


def _xlsx_cell(sheet: object, value: object) -> object:
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=value)  # type: ignore[arg-type]
    if isinstance(value, str) and cell.data_type == "f":
        cell.data_type = "s"  # text that looks like a formula stays text (no formula injection)
    if isinstance(value, dt.datetime):
        cell.number_format = "DD.MM.YYYY HH:MM"
    elif isinstance(value, dt.date):
        cell.number_format = "DD.MM.YYYY"
    return cell
