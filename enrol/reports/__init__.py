"""Printed documents (README, *Printed documents*): plain functions from plain dataclasses to PDF bytes.

No Qt and no database here: ``enrol.services.reporting.printing`` gathers the data, the GUI previews the bytes. Texts
come out in the current language (``enrol.i18n``); fonts are the bundled DejaVu Sans, so Kazakh letters print.
"""
from __future__ import annotations

from enrol.reports.attendance import MARK_SYMBOLS, AttendanceBook, AttendanceRow, AttendanceSheet, \
    ProgressCallback, mark_symbol, render_attendance
from enrol.reports.card import CardSession, CardWaiting, TimetableCard, render_card
from enrol.reports.evacuation import EvacuationList, Evacuee, EventLine, RoomList, render_evacuation
from enrol.reports.layout import TimeSlot
from enrol.reports.roster import RosterDocument, RosterLine, render_roster
from enrol.reports.specialist_day import AppointmentLine, SpecialistDay, render_specialist_day

__all__ = [
    "MARK_SYMBOLS", "AppointmentLine", "AttendanceBook", "AttendanceRow", "AttendanceSheet", "CardSession",
    "CardWaiting", "EvacuationList", "Evacuee", "EventLine", "ProgressCallback", "RoomList", "RosterDocument",
    "RosterLine", "SpecialistDay", "TimeSlot", "TimetableCard", "mark_symbol", "render_attendance", "render_card",
    "render_evacuation", "render_roster", "render_specialist_day",
]
