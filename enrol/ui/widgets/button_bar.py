"""A row of buttons that keeps to the width it is given: the buttons that do not fit move, in their order, into
the menu of a "⋯" button at the row's end. Kazakh and Russian labels run long, and on a 1366-px laptop a
fixed row of them set the window's minimum width past the screen's edge."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QAbstractButton, QHBoxLayout, QLayout, QMenu, QSizePolicy, QToolButton, QWidget


class ButtonBar(QWidget):
    """The buttons stay the owner's: it connects, enables, relabels and hides them as before; a button the
    owner hides stays hidden, and one in the menu is clicked through its menu entry."""

    def __init__(self, buttons: Sequence[QAbstractButton], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._buttons = list(buttons)
        explicit = Qt.WidgetAttribute.WA_WState_ExplicitShowHide
        self._wanted = {id(button): not (button.isHidden() and button.testAttribute(explicit))
                        for button in self._buttons}
        self._arranging = False
        self.more = QToolButton(self)
        self.more.setObjectName("moreButton")
        self.more.setText("⋯")
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more.setMenu(QMenu(self.more))
        self.more.menu().aboutToShow.connect(self._fill_menu)
        self.more.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # our minimum is the "⋯" alone
        for button in self._buttons:
            layout.addWidget(button)
            button.installEventFilter(self)
        layout.addWidget(self.more)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.more.setToolTip(self.tr("More actions"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # --- what the owner wants shown ----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if not self._arranging and kind in (QEvent.Type.ShowToParent, QEvent.Type.HideToParent):
            self._wanted[id(watched)] = kind == QEvent.Type.ShowToParent
            self._arrange(self.width())
        return False

    def _shown(self) -> list[QAbstractButton]:
        return [button for button in self._buttons if self._wanted.get(id(button), True)]

    def overflowed(self) -> list[QAbstractButton]:
        """The buttons the owner shows that are in the "⋯" menu for want of room."""
        return [button for button in self._shown() if button.isHidden()]

    # --- sizes -------------------------------------------------------------------------------------------
    def _height(self) -> int:
        return max([b.sizeHint().height() for b in self._shown()] + [self.more.sizeHint().height()])

    def sizeHint(self) -> QSize:
        shown = self._shown()
        spacing = self.layout().spacing()
        return QSize(sum(b.sizeHint().width() for b in shown) + spacing * max(0, len(shown) - 1), self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.more.sizeHint().width(), self._height())

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self._arrange(event.size().width())

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:  # a relabelled button: it may fit no longer (or again)
            self._arrange(self.width())
        return handled

    def _arrange(self, width: int) -> None:
        if self._arranging:
            return
        shown, spacing = self._shown(), self.layout().spacing()
        widths = [b.sizeHint().width() for b in shown]
        fits = len(shown)
        if sum(widths) + spacing * max(0, len(shown) - 1) > width:
            room, fits = width - self.more.sizeHint().width(), 0
            for hint in widths:
                if room < hint + spacing:
                    break
                room -= hint + spacing
                fits += 1
        self._arranging = True
        try:
            for index, button in enumerate(shown):
                button.setVisible(index < fits)
            for button in self._buttons:
                if button not in shown:
                    button.setVisible(False)
            self.more.setVisible(fits < len(shown))
        finally:
            self._arranging = False

    def _fill_menu(self) -> None:
        menu = self.more.menu()
        menu.clear()
        for button in self.overflowed():
            action = menu.addAction(button.text())  # the same "&" shortcut letter as on the button
            action.setEnabled(button.isEnabled())
            action.setToolTip(button.toolTip())
            action.triggered.connect(button.click)


__all__ = ["ButtonBar"]
