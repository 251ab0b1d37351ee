"""The centre itself: rooms, clubs, groups, staff, the weekly timetable and the settings."""
