"""The part of the screen a window may use, and sizes that fit in it: the commonest office laptop has
1366×768 pixels, about 728 of them in height once a taskbar is shown, and no window or dialog of enrol may
reach past that edge. ``enrol gui --smoke --screen WxH`` sets the area to check against without depending on
the desk's real screen."""
from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

_override: QSize | None = None
TASKBAR = 40    # what a desktop's taskbar takes from a screen's height: 768 leaves about 728
TITLE_BAR = 32  # a window's title bar and frame, which its size (the inside) does not count


def set_screen_size(size: QSize | None) -> None:
    """Check and lay out as on a screen of ``size`` pixels with a taskbar (None: the real screen again)."""
    global _override
    _override = size


def available_area(widget: QWidget | None = None) -> QRect:
    """The screen's area without the taskbar: the one ``widget`` is on, else the primary screen's."""
    if _override is not None:
        return QRect(0, 0, _override.width(), _override.height() - TASKBAR)
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768 - TASKBAR)


def room_for_window(widget: QWidget | None = None) -> QSize:
    """The largest inside of a window that, with its title bar, stays within the available area."""
    area = available_area(widget)
    return QSize(area.width(), area.height() - TITLE_BAR)


def fitted(wanted: QSize, widget: QWidget | None = None) -> QSize:
    """``wanted``, made no larger than a window on this screen can be."""
    return wanted.boundedTo(room_for_window(widget))


def fit_to_screen(window: QWidget, wanted: QSize, *, move: bool = True) -> None:
    """Resize ``window`` to ``wanted`` or to what the screen allows, and move it back onto the screen (a
    dialog passes ``move=False``: Qt centres it on its parent when shown)."""
    window.resize(fitted(wanted, window.parentWidget() or window))
    if not move:
        return
    area = available_area(window)
    x = min(max(window.x(), area.left()), max(area.left(), area.right() + 1 - window.width()))
    y = min(max(window.y(), area.top()), max(area.top(), area.bottom() + 1 - window.height() - TITLE_BAR))
    if (x, y) != (window.x(), window.y()):
        window.move(x, y)


__all__ = ["TASKBAR", "TITLE_BAR", "available_area", "fit_to_screen", "fitted", "room_for_window", "set_screen_size"]
