"""Printing for the CLI: one JSON document with ``--json``, aligned plain text otherwise."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sys
import unicodedata
from collections.abc import Sequence
from typing import Any

from enrol.i18n import format_date


def _default(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    raise TypeError(f"cannot print {type(value).__name__} as JSON")


def print_json(document: Any) -> None:
    sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2, default=_default) + "\n")


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def cell(value: Any) -> str:
    """A value as text output shows it: dates (and moments, to the minute) in the language's one format."""
    if value is None:
        return ""
    if isinstance(value, (dt.date, dt.datetime)):
        return format_date(value)
    return str(value)


def print_table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    cells = [[cell(v) for v in row] for row in rows]
    widths = [max([_width(h)] + [_width(r[i]) for r in cells]) for i, h in enumerate(headers)]
    def line(values: Sequence[str]) -> str:
        return "  ".join(v + " " * (w - _width(v)) for v, w in zip(values, widths)).rstrip()
    out = [line(headers), line(["-" * w for w in widths])] + [line(r) for r in cells]
    sys.stdout.write("\n".join(out) + "\n")


def print_pairs(pairs: Sequence[tuple[str, Any]]) -> None:
    width = max((_width(k) for k, _ in pairs), default=0)
    for key, value in pairs:
        sys.stdout.write(f"{key}{' ' * (width - _width(key))}  {cell(value)}\n")
