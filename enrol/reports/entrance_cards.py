"""Entrance cards: the child's card code as a QR code and as Code 128 with the digits under them, 8 cards to an
A4 sheet with cut marks. reportlab's own barcode module, so nothing new to install.

A phone photo of the card must scan too: the QR code is 30 mm wide with its 4-module quiet zone, the
Code 128 has 10 bar widths of white on either side, and both are black on white.
"""
from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode import qr
from reportlab.graphics.barcode.code128 import Code128
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from enrol.i18n import tr
from enrol.reports.layout import BOLD, FONT, register_fonts

CARD_WIDTH, CARD_HEIGHT = 85.6 * mm, 54 * mm   # a bank card: fits a wallet and a lanyard sleeve
QR_SIZE = 30 * mm                              # with its quiet zone; the symbol itself is about 22 mm
COLUMNS, ROWS = 2, 4
BAR_WIDTH = 0.4 * mm


@dataclass(frozen=True)
class EntranceCard:
    centre: str
    child: str
    code: str
    group: str | None = None


def spaced(code: str) -> str:
    """The digits as people read them aloud: 28049 82395."""
    return f"{code[:5]} {code[5:]}"


def qr_drawing(code: str, size: float = QR_SIZE) -> Drawing:
    widget = qr.QrCodeWidget(code, barLevel="M", barBorder=4)
    x1, y1, x2, y2 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x2 - x1), 0, 0, size / (y2 - y1), 0, 0])
    drawing.add(widget)
    return drawing


def code128(code: str, *, height: float = 14 * mm) -> Code128:
    return Code128(code, barWidth=BAR_WIDTH, barHeight=height, quiet=1, lquiet=10 * BAR_WIDTH, rquiet=10 * BAR_WIDTH)


def draw_codes(canvas: Canvas, code: str, *, x: float, y: float, height: float) -> float:
    """The QR code at (x, y) and the Code 128 with the digits beside it; returns the width used."""
    renderPDF.draw(qr_drawing(code, height), canvas, x, y)
    bars = code128(code, height=height * 0.45)
    bars.drawOn(canvas, x + height + 2 * mm, y + height * 0.4)
    canvas.setFont(BOLD, 13)
    canvas.drawCentredString(x + height + 2 * mm + bars.width / 2, y + height * 0.4 - 6 * mm, spaced(code))
    return height + 2 * mm + bars.width


def _fit(text: str, font: str, size: float, width: float) -> tuple[list[str], float]:
    while size > 6:
        lines = simpleSplit(text, font, size, width)
        if len(lines) <= 2:
            return lines, size
        size -= 0.5
    return simpleSplit(text, font, size, width)[:2], size


def _card(canvas: Canvas, card: EntranceCard, x: float, y: float) -> None:
    inner = CARD_WIDTH - 8 * mm
    canvas.setFillGray(0)
    canvas.setFont(FONT, 6.5)
    canvas.drawString(x + 4 * mm, y + CARD_HEIGHT - 6 * mm, simpleSplit(card.centre, FONT, 6.5, inner)[0])
    canvas.setFont(FONT, 7)
    canvas.drawRightString(x + CARD_WIDTH - 4 * mm, y + CARD_HEIGHT - 10 * mm, tr("Entrance card"))
    lines, size = _fit(card.child, BOLD, 11, inner)
    canvas.setFont(BOLD, size)
    top = y + CARD_HEIGHT - 10 * mm - (size + 2) * (len(lines) - 1)
    for index, line in enumerate(lines):
        canvas.drawString(x + 4 * mm, top + (size + 2) * (len(lines) - 1 - index) - 5 * mm, line)
    draw_codes(canvas, card.code, x=x + 3 * mm, y=y + 3 * mm, height=QR_SIZE)
    if card.group:
        canvas.setFont(FONT, 7)
        canvas.drawRightString(x + CARD_WIDTH - 4 * mm, y + 4 * mm, card.group)


def _cut_marks(canvas: Canvas, x: float, y: float) -> None:
    """Short lines outside each corner, so a guillotine or scissors follow the card's edge."""
    canvas.setLineWidth(0.3)
    canvas.setStrokeGray(0.3)
    gap, length = 1.5 * mm, 4 * mm
    for cx in (x, x + CARD_WIDTH):
        for cy in (y, y + CARD_HEIGHT):
            dx = -1 if cx == x else 1
            dy = -1 if cy == y else 1
            canvas.line(cx + dx * gap, cy, cx + dx * (gap + length), cy)
            canvas.line(cx, cy + dy * gap, cx, cy + dy * (gap + length))


def render_cards(cards: list[EntranceCard], *, printed_at: dt.datetime, title: str) -> bytes:
    """The cards as PDF bytes: 2 × 4 on each A4 page, 12 mm between them for the cut marks."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1)
    canvas.setTitle(title)
    canvas.setCreator("enrol")
    page_width, page_height = A4
    gap = 12 * mm
    left = (page_width - COLUMNS * CARD_WIDTH - (COLUMNS - 1) * gap) / 2
    bottom = (page_height - ROWS * CARD_HEIGHT - (ROWS - 1) * gap) / 2
    per_page = COLUMNS * ROWS
    pages = max(1, -(-len(cards) // per_page))
    for page in range(pages):
        canvas.setFont(FONT, 7)
        canvas.setFillGray(0.3)
        canvas.drawString(left, page_height - 8 * mm, f"{title} — {printed_at:%d.%m.%Y %H:%M} — "
                          + tr("Page {page} of {pages}", page=page + 1, pages=pages))
        for index, card in enumerate(cards[page * per_page:(page + 1) * per_page]):
            column, row = index % COLUMNS, index // COLUMNS
            x = left + column * (CARD_WIDTH + gap)
            y = page_height - bottom - (row + 1) * CARD_HEIGHT - row * gap
            _cut_marks(canvas, x, y)
            _card(canvas, card, x, y)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


class CodesFlowable(Flowable):
    """The card code on a document (the child's timetable card): QR code, Code 128 and the digits."""

    def __init__(self, code: str, *, height: float = QR_SIZE) -> None:
        super().__init__()
        self.code = code
        self.height = height
        self.width = height + 2 * mm + code128(code, height=height * 0.45).width

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        draw_codes(self.canv, self.code, x=0, y=0, height=self.height)
