"""Read a spreadsheet the way staff save one: CSV in UTF-8 with or without BOM, separated by ``;`` or ``,``
(Excel in a Russian locale writes ``;``), or XLSX. Every row keeps its number in the file for error reports.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from enrol.domain.errors import N_, ValidationError
from enrol.io.table_export import unguard_formula

MAX_ROWS = 200_000
MAX_BYTES = 200_000_000


@dataclass(frozen=True)
class Row:
    number: int  # as a spreadsheet shows it: the header is row 1
    values: dict[str, str]


@dataclass(frozen=True)
class Table:
    columns: list[str]
    rows: list[Row]


def _normal_header(name: object) -> str:
    return str(name or "").strip().lstrip("\ufeff").strip().lower().replace(" ", "_")


def read_table(path: Path) -> Table:
    """The table in ``path``; ValidationError (field ``file``) for anything that is not a readable table."""
    if not path.is_file():
        raise ValidationError("file", N_("the file {value} does not exist"), value=str(path))
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return _read_csv(path)
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    raise ValidationError("file", N_("{value} is neither a .csv nor an .xlsx file"), value=path.name)


def _read_csv(path: Path) -> Table:
    if path.stat().st_size > MAX_BYTES:
        raise ValidationError("file", N_("{value} is larger than {limit} MB; split it"), value=path.name,
                              limit=MAX_BYTES // 1_000_000)
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError("file", N_("{value} is not UTF-8 text; save it as «CSV UTF-8»"), value=path.name) from None
    if "\x00" in text:
        raise ValidationError("file", N_("{value} is not a text file"), value=path.name)
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        records = list(reader)
    except csv.Error as exc:
        raise ValidationError("file", N_("{value} is not a well-formed CSV file: {detail}"), value=path.name,
                              detail=str(exc)) from None
    return _table(path, iter(records), unguard=unguard_formula)


def _read_xlsx(path: Path) -> Table:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        raise ValidationError("file", N_("{value} is not a readable .xlsx workbook"), value=path.name) from None
    try:
        sheet = workbook.worksheets[0]
        records = ([_cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True))
        return _table(path, records, unguard=str)
    finally:
        workbook.close()


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="minutes") if (value.hour, value.minute) != (0, 0) else value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _table(path: Path, records: Iterator[list[str]], *, unguard: Callable[[str], str]) -> Table:
    header = next(records, None)
    if not header or not any(str(h).strip() for h in header):
        raise ValidationError("file", N_("{value} has no header row"), value=path.name)
    columns = [_normal_header(h) for h in header]
    repeated = sorted({c for c in columns if c and columns.count(c) > 1})
    if repeated:
        raise ValidationError("file", N_("{value} has the column «{column}» more than once"), value=path.name,
                              column=repeated[0])
    rows = []
    named = [(index, column) for index, column in enumerate(columns) if column]
    for number, record in enumerate(records, start=2):
        texts = [text.strip() if type(text) is str else str(text).strip() for text in record]
        if not any(texts):
            continue
        if len(rows) >= MAX_ROWS:
            raise ValidationError("file", N_("{value} has more than {limit} rows; split it"), value=path.name,
                                  limit=MAX_ROWS)
        width = len(texts)
        values = {column: (unguard(texts[index]) if texts[index] else "") if index < width else ""
                  for index, column in named}
        rows.append(Row(number=number, values=values))
    return Table(columns=[c for c in columns if c], rows=rows)
