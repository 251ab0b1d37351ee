"""A report as one XLSX workbook with a sheet per table: summary, each breakdown, rooms, groups …

Built on ``table_export``'s cell rules (dates with their display format, formula-looking text kept as text) and
written whole or not at all, like every export.
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from enrol.domain.errors import N_, ValidationError
from enrol.io.outputs import write_output
from enrol.io.table_export import _formula_like, _xlsx_cell

Sheet = tuple[str, Sequence[str], Sequence[Sequence[object]]]  # title, header, rows


def _title(text: str, used: set[str]) -> str:
    """Excel allows 31 characters and none of []:*?/\\ in a sheet title, and no two alike."""
    base = "".join("_" if ch in "[]:*?/\\" else ch for ch in text)[:31] or "Sheet"
    title, n = base, 1
    while title in used:
        n += 1
        title = f"{base[:28]} {n}"
    used.add(title)
    return title


def write_workbook(path: Path, sheets: Sequence[Sheet], *, force: bool = False) -> int:
    """Write the sheets; returns the number of data rows written in all."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        raise ValidationError("file", N_("{value} is not an .xlsx file"), value=target.name)
    workbook = Workbook()
    workbook.remove(workbook.active)
    used: set[str] = set()
    count = 0
    bold = Font(bold=True)
    for title, header, rows in sheets:
        sheet = workbook.create_sheet(title=_title(title, used))
        sheet.append(list(header))
        for cell in sheet[1]:
            cell.font = bold
        sheet.freeze_panes = "A2"
        for row in rows:
            sheet.append([_xlsx_cell(sheet, v) if _formula_like(v) else v for v in row])
            count += 1
        for index, name in enumerate(header, start=1):
            longest = max([len(str(name))] + [len(str(r[index - 1])) for r in rows[:200] if r[index - 1] is not None])
            sheet.column_dimensions[sheet.cell(row=1, column=index).column_letter].width = min(60, longest + 2)
    write_output(target, kind="xlsx", write=workbook.save, force=force)
    return count


__all__ = ["Sheet", "write_workbook"]
