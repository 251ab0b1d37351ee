"""The building drawn from its rooms: three floors, each a corridor with rooms on both sides, every room a box
coloured by how full it is and labelled with its code and "expected / seats".

Painted by hand (not a QGraphicsScene): fifty-odd boxes need no scene graph, and a paint method lays them out
again at any size. The hall and sports halls are drawn wide, cabinets narrow with a darker frame, open areas
(coworking, exhibition, game area) with a dashed outline and no door — so a glance tells them apart.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

OPEN_AREAS = ("coworking", "exhibition", "game_area")
BIG_ROOMS = ("hall", "sports_hall")
FREE = QColor("#eef1f4")


@dataclass(frozen=True)
class PlanRoom:
    """What the plan needs of a room: set by the page from the occupancy service."""

    code: str
    name: str
    floor: int
    kind: str
    seats: int
    expected: int
    inside: int | None = None  # children there now by the entrance's scans (None: not shown)


def load_colour(expected: int, seats: int) -> QColor:
    """Grey when empty, green → yellow → orange as it fills, red when over its seats."""
    if expected <= 0:
        return QColor(FREE)
    if seats <= 0 or expected > seats:
        return QColor("#d9534f")
    share = expected / seats
    stops = [(0.0, QColor("#cdebd0")), (0.5, QColor("#8fd19e")), (0.8, QColor("#f6d365")), (1.0, QColor("#f0975a"))]
    for (low, a), (high, b) in zip(stops, stops[1:]):
        if share <= high:
            t = (share - low) / (high - low)
            return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
                                   a.blueF() + (b.blueF() - a.blueF()) * t)
    return QColor(stops[-1][1])


def _weight(room: PlanRoom) -> float:
    if room.kind == "hall":
        return 3.2
    if room.kind in BIG_ROOMS or room.kind in OPEN_AREAS:
        return 1.7
    if room.kind == "cabinet":
        return 0.75
    return 1.0


class FloorPlan(QWidget):
    """Click a room to choose it (``room_clicked`` with its code); ``floor_label`` texts come from the page."""

    room_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("floorPlan")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self._rooms: list[PlanRoom] = []
        self._floor_labels: dict[int, str] = {}
        self._boxes: dict[str, QRectF] = {}
        self._selected: str | None = None

    def sizeHint(self) -> QSize:
        return QSize(900, 560)

    def minimumSizeHint(self) -> QSize:
        return QSize(600, 380)

    def set_rooms(self, rooms: list[PlanRoom], floor_labels: dict[int, str]) -> None:
        self._rooms = sorted(rooms, key=lambda r: (r.floor, r.code))
        self._floor_labels = dict(floor_labels)
        self._layout()
        self.update()

    def rooms(self) -> list[PlanRoom]:
        return list(self._rooms)

    def select(self, code: str | None) -> None:
        self._selected = code
        self.update()

    def box_of(self, code: str) -> QRectF | None:
        """Where a room is drawn (tests click its centre)."""
        return self._boxes.get(code)

    # --- layout -------------------------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self._layout()
        super().resizeEvent(event)

    def _layout(self) -> None:
        """Each floor, top floor first: a row of rooms, the corridor with the floor's name, another row."""
        self._boxes.clear()
        self._bands: list[tuple[int, QRectF]] = []
        floors = sorted({room.floor for room in self._rooms} | {1, 2, 3}, reverse=True)
        margin, gap = 8.0, 10.0
        band = (self.height() - 2 * margin - gap * (len(floors) - 1)) / max(len(floors), 1)
        width = self.width() - 2 * margin
        for index, floor in enumerate(floors):
            top = margin + index * (band + gap)
            outline = QRectF(margin, top, width, band)
            self._bands.append((floor, outline))
            rooms = [room for room in self._rooms if room.floor == floor]
            corridor = min(26.0, band * 0.18)
            row_height = (band - corridor) / 2
            total = sum(_weight(room) for room in rooms)
            upper, weight = [], 0.0
            for room in rooms:  # the first half of the floor's width on the upper side, the rest below
                if weight < total / 2:
                    upper.append(room)
                    weight += _weight(room)
            lower = rooms[len(upper):]
            for row, y in ((upper, top), (lower, top + row_height + corridor)):
                row_weight = sum(_weight(room) for room in row) or 1.0
                x = margin
                for room in row:
                    w = width * _weight(room) / row_weight
                    self._boxes[room.code] = QRectF(x, y, w, row_height).adjusted(1.5, 1.5, -1.5, -1.5)
                    x += w

    # --- painting ----------------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        for floor, outline in getattr(self, "_bands", []):
            painter.setPen(QPen(QColor("#7a8896"), 2))
            painter.setBrush(QColor("#fafbfc"))
            painter.drawRoundedRect(outline, 4, 4)
            corridor = min(26.0, outline.height() * 0.18)
            row_height = (outline.height() - corridor) / 2
            strip = QRectF(outline.left(), outline.top() + row_height, outline.width(), corridor)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#dde3ea"))
            painter.drawRect(strip)
            painter.setPen(QColor("#33414f"))
            font = QFont(self.font())
            font.setBold(True)
            painter.setFont(font)
            painter.drawText(strip.adjusted(8, 0, -8, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             self._floor_labels.get(floor, str(floor)))
        for room in self._rooms:
            box = self._boxes.get(room.code)
            if box is not None:
                self._paint_room(painter, room, box)
        painter.end()

    def _paint_room(self, painter: QPainter, room: PlanRoom, box: QRectF) -> None:
        open_area = room.kind in OPEN_AREAS
        pen = QPen(QColor("#1f3a5f") if room.code == self._selected else QColor("#5b6b7b"),
                   3 if room.code == self._selected else (2 if room.kind == "cabinet" else 1.2))
        if open_area:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(load_colour(room.expected, room.seats))
        painter.drawRect(box)
        if not open_area:  # a door onto the corridor
            door_y = box.bottom() if box.center().y() < self._corridor_y(room.floor) else box.top()
            painter.setPen(QPen(QColor("#fafbfc"), 3))
            painter.drawLine(QPointF(box.center().x() - 6, door_y), QPointF(box.center().x() + 6, door_y))
        painter.setPen(QColor("#17202a"))
        code_font = QFont(self.font())
        code_font.setBold(True)
        size = self._sizes(box)
        code_font.setPointSizeF(size)
        painter.setFont(code_font)
        inner = box.adjusted(3, 2, -3, -2)
        painter.drawText(inner, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, room.code)
        load_font = QFont(self.font())
        load_font.setPointSizeF(size)
        painter.setFont(load_font)
        painter.drawText(inner, Qt.AlignmentFlag.AlignCenter, f"{room.expected} / {room.seats}")
        if room.inside:  # the fact beside the expectation, bottom left
            painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, f"● {room.inside}")
        small = self.name_font(box)
        if small is not None:
            painter.setFont(small)
            painter.setPen(QColor("#3d4b59"))
            name = painter.fontMetrics().elidedText(room.name, Qt.TextElideMode.ElideRight, int(inner.width()))
            painter.drawText(inner, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, name)

    @staticmethod
    def _sizes(box: QRectF) -> float:
        return max(7.0, min(11.0, box.height() / 5.5, box.width() / 5.0))

    def name_font(self, box: QRectF) -> QFont | None:
        """The font the room's name is drawn in, or None when the tile has no room for it.

        Measured, not a fixed 58×70 pixels: on a 1366-pixel screen the tiles are about 54 pixels high and
        still hold the code, the count and the name, which a fixed threshold hid."""
        size = self._sizes(box)
        small = QFont(self.font())
        small.setPointSizeF(max(6.5, size - 2.5))
        big = QFont(self.font())
        big.setPointSizeF(size)
        # The count is centred: above it the code, below it the name, each needing its own line.
        line, name_line = QFontMetricsF(big).height(), QFontMetricsF(small).height()
        needed = max(3 * line, line + 2 * name_line)
        wide_enough = box.width() - 6 >= QFontMetricsF(small).averageCharWidth() * 4
        return small if box.height() - 4 >= needed and wide_enough else None

    def _corridor_y(self, floor: int) -> float:
        for number, outline in getattr(self, "_bands", []):
            if number == floor:
                return outline.center().y()
        return 0.0

    # --- interaction -------------------------------------------------------------------------------------
    def room_at(self, point: QPointF) -> PlanRoom | None:
        for room in self._rooms:
            box = self._boxes.get(room.code)
            if box is not None and box.contains(point):
                return room
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        room = self.room_at(event.position())
        if room is not None and event.button() == Qt.MouseButton.LeftButton:
            self.select(room.code)
            self.room_clicked.emit(room.code)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        room = self.room_at(event.position())
        self.setToolTip(f"{room.code} · {room.name}\n{room.expected} / {room.seats}" if room else "")
        self.setCursor(Qt.CursorShape.PointingHandCursor if room else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)
