"""Databases for the benchmarks: a synthetic centre with room for thousands of enrolments, and children
inserted in bulk (the registry's own speed is not what these measure)."""
from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from sqlalchemy import insert

from enrol.db.engine import Database
from enrol.db.models import Child, Consent, Guardian
from enrol.domain.iin import make_iin
from enrol.domain.names import child_search_keys, full_name, sort_key
from enrol.services.centre import clubs, groups, rooms, settings, timetable
from enrol.services.context import Actor, issue_actor
from enrol.services.storage.database import init_database

ACTOR = issue_actor(login="bench")
SURNAMES = ("Нүсіпова", "Қасымов", "Ахметова", "Иванов", "Сериков", "Әлиева", "Омаров", "Петрова", "Жұмабаев",
            "Бекова", "Смирнов", "Төлегенова", "Кузнецов", "Мұратова", "Оспанов", "Ғабитова")
NAMES = ("Әсем", "Ерлан", "Аружан", "Иван", "Дана", "Тимур", "Айгерім", "Нұрсұлтан", "Мария", "Алихан")


def add_children(db: Database, count: int, *, seed: int = 1) -> list[int]:
    rng = random.Random(seed)
    today = dt.date.today()
    rows, guardians, used = [], [], set()
    stamp = dt.datetime.now().replace(microsecond=0)
    for number in range(count):
        surname, name = rng.choice(SURNAMES), rng.choice(NAMES)
        born = dt.date(today.year - rng.randint(8, 14), rng.randint(1, 12), rng.randint(1, 28))
        sex = rng.choice("fm")
        serial = number % 10_000
        iin = make_iin(born, sex, serial)
        while iin is None or iin in used:
            serial = (serial + 1) % 10_000
            iin = make_iin(born, sex, serial)
        used.add(iin)
        key, alt = child_search_keys(surname, name, None)
        rows.append({"surname": surname, "name": name, "patronymic": None, "birth_date": born, "sex": sex, "iin": iin,
                     "school": "№ 175", "grade": 5, "shift": 1, "district": None, "priority": None, "notes": None,
                     "search_key": key, "search_key_alt": alt, "sort_key": sort_key(full_name(surname, name)),
                     "created_at": stamp, "updated_at": stamp, "anonymised": False})
    with db.write() as session:
        ids = list(session.scalars(insert(Child).returning(Child.id), rows)) if not db.is_sqlite else None
        if ids is None:
            session.execute(insert(Child), rows)
            ids = list(range(1, count + 1))
        for child_id in ids:
            guardians.append({"child_id": child_id, "full_name": "Ата-ана", "relation": "parent",
                              "phone": "+77010000000", "email": None, "iin": None})
        session.execute(insert(Guardian), guardians)
        # every child registered with the guardian's signed consent, as at a centre past its transition
        session.execute(insert(Consent), [
            {"child_id": child_id, "guardian_id": None, "signed_by": "Ата-ана", "relation": "parent",
             "signed_on": today, "scope": "standard", "valid_until": None, "photo_consent": False,
             "form_version": "bench", "withdrawn_on": None, "recorded_by": "bench", "recorded_at": stamp}
            for child_id in ids])
    return ids


def roomy_centre(path: Path, *, groups_count: int = 40, seats: int = 300) -> Database:
    """Groups big enough that thousands of enrolments all succeed: each meets in its own hall-sized room
    at its own hour, and the building limit is set high (the checks still run in full)."""
    db = init_database(str(path))
    settings.set_setting(db, actor=ACTOR, key="building_capacity", value="100000")
    today = dt.date.today()
    first = today.year if today.month >= 9 else today.year - 1
    settings.set_setting(db, actor=ACTOR, key="academic_year", value=f"{first}-{first + 1}")
    clubs.add_club(db, actor=ACTOR, name="Bench", direction="science", age_min=3, age_max=18, funding="free",
                   default_group_size=seats)
    for number in range(groups_count):
        code = f"B-{number}"
        rooms.add_room(db, actor=ACTOR, code=f"R{number}", name=f"Room {number}", floor=1 + number % 3,
                       kind="hall", seats=seats)
        groups.add_group(db, actor=ACTOR, code=code, club="Bench", seats=seats)
        timetable.add_meeting(db, actor=ACTOR, group=code, weekday=1 + number % 6, start=f"{14 + number // 6 % 4}:00",
                              end=f"{14 + number // 6 % 4}:45", room=f"R{number}")
    return db
