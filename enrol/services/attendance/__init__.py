"""Attendance: the marks a teacher makes and the month grid read back from them."""
