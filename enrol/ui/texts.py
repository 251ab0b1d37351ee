"""Words for the states and codes the services return, in the GUI's language.

Each text is a literal ``QCoreApplication.translate("texts", …)`` call so that lupdate finds it.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from enrol import i18n



def status_text(status: str | None, *, position: int | None = None, until: dt.datetime | None = None) -> str:
    if status == "waitlisted" and position is not None:
        return QCoreApplication.translate("texts", "waitlisted, position %1").replace("%1", str(position))
    if status == "offered" and until is not None:
        when = i18n.format_date(until)
        return QCoreApplication.translate("texts", "offered a seat until %1").replace("%1", when)
    names = {
        "enrolled": QCoreApplication.translate("texts", "enrolled"),
        "waitlisted": QCoreApplication.translate("texts", "waitlisted"),
        "offered": QCoreApplication.translate("texts", "offered a seat"),
        "withdrawn": QCoreApplication.translate("texts", "withdrawn"),
        "completed": QCoreApplication.translate("texts", "completed"),
        "declined": QCoreApplication.translate("texts", "declined the offer"),
        "expired": QCoreApplication.translate("texts", "offer expired"),
    }
    return names.get(status or "", status or "")
