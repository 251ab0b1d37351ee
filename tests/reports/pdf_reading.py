"""Reading printed documents back the way a person reads them: the text of each page, and the words with their
place on the page, so a test can tell which date column a mark stands in."""
from __future__ import annotations

import io
from dataclasses import dataclass

from pypdf import PdfReader


@dataclass(frozen=True)
class Word:
    text: str
    x: float
    y: float


def pages(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def text(pdf: bytes) -> str:
    return "\n".join(pages(pdf))


def flat(pdf: bytes) -> str:
    """All text with line breaks and doubled spaces folded, for phrases that may wrap in a narrow cell."""
    return " ".join(text(pdf).split())


def words(pdf: bytes, page: int = 0) -> list[Word]:
    """Each text fragment of a page with its start on the page (reportlab draws one fragment per table cell)."""
    found: list[Word] = []

    def visit(fragment: str, cm: list[float], tm: list[float], _font: object, _size: object) -> None:
        if fragment.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.extend(Word(part, x, y) for part in fragment.strip().splitlines() if part.strip())

    PdfReader(io.BytesIO(pdf)).pages[page].extract_text(visitor_text=visit)
    return found


def nearest(candidates: dict[str, float], value: float, *, within: float) -> str | None:
    key, place = min(candidates.items(), key=lambda item: abs(item[1] - value))
    return key if abs(place - value) <= within else None
