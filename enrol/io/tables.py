"""Read a spreadsheet the way staff save one: CSV in UTF-8 with or without BOM, separated by ``;`` or ``,``
(Excel in a Russian locale writes ``;``), or XLSX. Every row keeps its number in the file for error reports.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
import zlib
from xml.etree.ElementTree import ParseError
from xml.parsers.expat import ExpatError
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from enrol.domain.errors import N_, ValidationError
from enrol.io.table_export import unguard_formula

MAX_ROWS = 200_000
# A CSV is read whole and decoded (Cyrillic text takes about twice its bytes in memory): 30 MB is 150,000
# children with every column, and keeps the import well under 300 MB of memory for any file.
MAX_BYTES = 30_000_000
# An XLSX is a zip of XML: 1.5 MB can unpack to gigabytes (a zip bomb), and openpyxl keeps every shared string
# in memory. So before openpyxl sees the file, every member is unpacked once as a stream and counted: at most
# this many bytes in all, this many cells and shared strings, no DTD (the billion-laughs entities need one,
# and no spreadsheet program writes any).
MAX_UNPACKED = 100_000_000
MAX_CELLS = 1_500_000
MAX_COLUMNS = 64  # cells further right are not read (a cell at XFD would pad every row to 16,384 values)
MAX_MEMBERS = 10_000
MAX_CSV_COLUMNS = 1_000  # a quoted cell may hold the separator, so more than the columns read
_CHUNK = 1 << 20
_CELL = re.compile(rb"<(?:\w+:)?c[\s/>]")
_SHARED = re.compile(rb"<(?:\w+:)?si[\s/>]")
_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)


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
    try:
        text = path.read_bytes().decode("utf-8-sig")  # the bytes are let go at once: only the text is kept
    except OSError as exc:
        raise _cannot_read(path, exc) from exc
    except UnicodeDecodeError:
        raise ValidationError("file", N_("{value} is not UTF-8 text; save it as «CSV UTF-8»"), value=path.name) from None
    if "\x00" in text:
        raise ValidationError("file", N_("{value} is not a text file"), value=path.name)
    first_line = text[:text.find("\n")] if "\n" in text else text
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    # Records are read as the rows are built, not listed first: a second copy of every cell would cost
    # about as much memory as the rows themselves.
    reader = csv.reader(_bounded_lines(path, io.StringIO(text, newline=""), delimiter), delimiter=delimiter)
    del text
    try:
        return _table(path, reader, unguard=unguard_formula)
    except csv.Error as exc:
        raise ValidationError("file", N_("{value} is not a well-formed CSV file: {detail}"), value=path.name,
                              detail=str(exc)) from None


def _bounded_lines(path: Path, lines: Iterator[str], delimiter: str) -> Iterator[str]:
    """The file's lines, refusing one of thousands of columns before csv makes a list of them (one 30 MB
    line of ``;`` would be fifteen million cells)."""
    for line in lines:
        if line.count(delimiter) > MAX_CSV_COLUMNS:
            raise ValidationError("file", N_("{value} has a row of more than {limit} columns"), value=path.name,
                                  limit=MAX_CSV_COLUMNS)
        yield line


def _read_xlsx(path: Path) -> Table:
    from openpyxl import load_workbook

    _check_xlsx(path)
    # Our own handle, closed here: openpyxl leaves its file open when a broken workbook makes it fail.
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise _cannot_read(path, exc) from exc
    with handle:
        try:
            workbook = load_workbook(handle, read_only=True, data_only=True)
            sheet = workbook.worksheets[0]
            sheet.reset_dimensions()  # the file's own <dimension> may claim a million rows and columns
            rows = sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS, max_row=MAX_ROWS + 1)
            records = ([_cell_text(v) for v in row] for row in rows)
            return _table(path, records, unguard=str)
        except (*_BROKEN, IndexError):  # IndexError: a workbook without sheets
            raise _unreadable(path) from None


# What a broken, truncated or hostile workbook raises inside zipfile, zlib, expat and openpyxl.
_BROKEN = (zipfile.BadZipFile, zlib.error, EOFError, KeyError, OSError, ValueError, TypeError, AttributeError,
           NotImplementedError, RuntimeError, ParseError, ExpatError)  # unknown compression, encrypted


def _cannot_read(path: Path, exc: OSError) -> ValidationError:
    """Windows refuses to read a file that Excel has open (a sharing violation); also a file without read
    access. The file itself may be fine: say so rather than call it broken."""
    return ValidationError("file", N_("The file {path} cannot be read: {detail}"), path=str(path),
                           detail=exc.strerror or type(exc).__name__)


def _unreadable(path: Path) -> ValidationError:
    return ValidationError("file", N_("{value} is not a readable .xlsx workbook"), value=path.name)


def _check_xlsx(path: Path) -> None:
    """Unpack every member once as a stream, counting, and refuse a file too big when unpacked, with too many
    cells or shared strings, or with a DTD — before openpyxl builds anything in memory."""
    unpacked = cells = shared = 0
    too_big = ValidationError("file", N_("{value} is larger than {limit} MB when unpacked; split it"),
                              value=path.name, limit=MAX_UNPACKED // 1_000_000)
    try:
        archive_file = path.open("rb")
    except OSError as exc:
        raise _cannot_read(path, exc) from exc
    try:
        with archive_file, zipfile.ZipFile(archive_file) as archive:
            members = archive.infolist()
            if len(members) > MAX_MEMBERS:
                raise _unreadable(path)
            for member in members:
                if member.file_size > MAX_UNPACKED:  # the header says so: no need to unpack it to know
                    raise too_big
                counted = _CELL if member.filename.startswith("xl/worksheets/") else \
                    _SHARED if member.filename == "xl/sharedStrings.xml" else None
                tail = b""
                with archive.open(member) as stream:
                    while chunk := stream.read(_CHUNK):
                        unpacked += len(chunk)
                        if unpacked > MAX_UNPACKED:
                            raise too_big
                        window = tail + chunk
                        if _DTD.search(window):
                            raise _unreadable(path)
                        if counted is not None:  # matches ending in the carried-over tail were counted before
                            found = sum(1 for m in counted.finditer(window) if m.end() > len(tail))
                            if counted is _CELL:
                                cells += found
                            else:
                                shared += found
                        tail = window[-16:]
                if max(cells, shared) > MAX_CELLS:
                    raise ValidationError("file", N_("{value} has more than {limit} cells; split it"),
                                          value=path.name, limit=MAX_CELLS)
    except _BROKEN:
        raise _unreadable(path) from None


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
