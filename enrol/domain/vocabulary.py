"""The fixed lists the centre works with, each value with its English label (translated where shown)."""
from __future__ import annotations

from enrol.domain.errors import N_

ROOM_KINDS: dict[str, str] = {
    "club_room": N_("club room"),
    "laboratory": N_("laboratory"),
    "workshop": N_("workshop"),
    "studio": N_("studio"),
    "sports_hall": N_("sports hall"),
    "hall": N_("hall"),
    "cabinet": N_("cabinet"),
    "coworking": N_("coworking area"),
    "exhibition": N_("exhibition"),
    "game_area": N_("game area"),
}

DIRECTIONS: dict[str, str] = {
    "science": N_("science and technology"),
    "arts": N_("arts and aesthetics"),
    "ecology": N_("ecology and botany"),
    "sport": N_("sport"),
    "career": N_("career guidance"),
}

# "free of charge", not "free": the word for a free seat is another one in Kazakh and Russian.
CLUB_FUNDING: dict[str, str] = {"free": N_("free of charge"), "paid": N_("paid")}

# How a child's place is paid for; all but "paid" count as free places in the city's coverage figures.
ENROLMENT_FUNDING: dict[str, str] = {
    "state_order": N_("state order"),
    "voucher": N_("voucher"),
    "city_programme": N_("city programme"),
    "centre_free": N_("centre's free place"),
    "paid": N_("paid"),
}

TEACHING_LANGUAGES: dict[str, str] = {"kk": N_("Kazakh"), "ru": N_("Russian"), "en": N_("English")}

STAFF_POSITIONS: dict[str, str] = {
    "teacher": N_("teacher"),
    "specialist": N_("specialist"),
    "administrator": N_("administrator"),
    "registrar": N_("registrar"),
}

SPECIALTIES: dict[str, str] = {
    "psychologist": N_("psychologist"),
    "defectologist": N_("defectologist"),
    "speech_therapist": N_("speech therapist"),
}

GUARDIAN_RELATIONS: dict[str, str] = {
    "parent": N_("parent"),
    "mother": N_("mother"),
    "father": N_("father"),
    "guardian": N_("guardian"),
    "grandparent": N_("grandparent"),
    "other": N_("other relative"),
}

# Waitlist priority: a higher rank is served first, then the earlier application.
PRIORITY_CATEGORIES: dict[str, tuple[int, str]] = {
    "orphan": (3, N_("orphan or child without parental care")),
    "disability": (3, N_("child with a disability")),
    "large_family": (2, N_("child from a large family")),
    "low_income": (2, N_("child from a low-income family")),
    "staff_child": (1, N_("child of the centre's staff")),
}


def priority_rank(category: str | None) -> int:
    return PRIORITY_CATEGORIES[category][0] if category in PRIORITY_CATEGORIES else 0


WEEKDAYS: dict[int, str] = {
    1: N_("Monday"), 2: N_("Tuesday"), 3: N_("Wednesday"), 4: N_("Thursday"),
    5: N_("Friday"), 6: N_("Saturday"), 7: N_("Sunday"),
}

SEXES: dict[str, str] = {"f": N_("girl"), "m": N_("boy")}

# The roles a user holds are named as the staff positions are ("administrator", "registrar" …).
# The roles of the people who sign in: the staff positions, and the door's staff (a role, not a job title).
ROLE_NAMES: dict[str, str] = {**STAFF_POSITIONS, "entrance": N_("door staff")}

# Where a child's application stands.
ENROLMENT_STATUSES: dict[str, str] = {
    "enrolled": N_("enrolled"),
    "waitlisted": N_("waitlisted"),
    "offered": N_("offered a seat"),
    "withdrawn": N_("withdrawn"),
    "completed": N_("completed"),
    "declined": N_("declined"),
}

CONSENT_STATUSES: dict[str, str] = {
    "valid": N_("valid"),
    "missing": N_("missing"),
    "withdrawn": N_("withdrawn"),
    "expired": N_("expired"),
}
