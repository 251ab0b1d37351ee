"""Every table of the domain's entities; importing this package registers them all on ``Base.metadata``."""
from __future__ import annotations

from enrol.db.models.admin import AuditEvent, Lock, Setting, User
from enrol.db.models.centre import Club, Group, Meeting, Room, Specialist, Staff
from enrol.db.models.children import Child, Consent, Guardian
from enrol.db.models.enrolment import Attendance, Enrolment, EnrolmentChange, Notification, Rollover, RolloverLine
from enrol.db.models.schedule import Appointment, AppointmentChild, Event, SessionNote
from enrol.db.models.specialist_care import AttendanceChange, Referral

__all__ = [
    "Appointment", "AppointmentChild", "Attendance", "AttendanceChange", "AuditEvent", "Child", "Club", "Consent", "Enrolment",
    "EnrolmentChange", "Event", "Group", "Guardian", "Lock", "Meeting", "Notification", "Referral", "Room",
    "Rollover", "RolloverLine", "SessionNote", "Setting", "Specialist", "Staff", "User",
]
