"""The demo centre: the building of the article with its clubs, staff, timetable and generated families."""
