"""Words for the states and codes the services return, in the GUI's language."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale


def _t(text: str) -> str:
    return QCoreApplication.translate("texts", text)


def status_text(status: str | None, *, position: int | None = None, until: dt.datetime | None = None) -> str:
    if status == "waitlisted" and position is not None:
        return _t("waitlisted, position %1").replace("%1", str(position))
    if status == "offered" and until is not None:
        return _t("offered a seat until %1").replace("%1", QLocale().toString(until, QLocale.FormatType.ShortFormat))
    names = {
        "enrolled": _t("enrolled"), "waitlisted": _t("waitlisted"), "offered": _t("offered a seat"),
        "withdrawn": _t("withdrawn"), "completed": _t("completed"), "declined": _t("declined the offer"),
        "expired": _t("offer expired"),
    }
    return names.get(status or "", status or "")
