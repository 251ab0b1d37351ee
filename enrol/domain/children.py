"""What makes a child's record valid: names, birth date and sex agreeing with the IIN, school details."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from enrol.domain.errors import N_, Notice, ValidationError
from enrol.domain.iin import parse_iin
from enrol.domain.names import clean_name
from enrol.domain.validation import check_choice, check_date, check_int, clean_text
from enrol.domain.vocabulary import PRIORITY_CATEGORIES

OLDEST_AGE = 20
YOUNGEST_AGE = 2


@dataclass(frozen=True)
class ChildFields:
    """A child's record as typed by a registrar (None = not given)."""

    surname: str
    name: str
    patronymic: str | None = None
    birth_date: dt.date | None = None
    iin: str | None = None
    sex: str | None = None
    school: str | None = None
    grade: int | None = None
    shift: int | None = None
    district: str | None = None
    priority: str | None = None
    notes: str | None = None


def age_on(birth_date: dt.date, day: dt.date) -> int:
    """Whole years on ``day`` (a child born on 29 February turns a year older on 1 March)."""
    return day.year - birth_date.year - ((day.month, day.day) < (birth_date.month, birth_date.day))


def clean_child(fields: ChildFields, *, today: dt.date) -> tuple[ChildFields, list[Notice]]:
    """Checked and normalised fields plus warnings; raises ValidationError naming the first bad field."""
    notices: list[Notice] = []
    surname = clean_name(fields.surname, field="surname")
    name = clean_name(fields.name, field="name")
    patronymic = clean_name(fields.patronymic or "", field="patronymic", required=False)
    birth_date, sex, iin = fields.birth_date, fields.sex, None
    if fields.iin not in (None, ""):
        info = parse_iin(str(fields.iin))
        iin = info.iin
        if birth_date is None:
            birth_date = info.birth_date
        elif birth_date != info.birth_date:
            notices.append(Notice(N_("The IIN {iin} gives the birth date {from_iin}, but {typed} was typed; "
                                     "the typed date is kept — check the documents"),
                                  iin=iin, from_iin=info.birth_date.isoformat(), typed=birth_date.isoformat()))
        if sex is None:
            sex = info.sex
        elif sex != info.sex:
            message = (N_("By its IIN {iin} the child is a girl, but «boy» was chosen; check it") if info.sex == "f"
                       else N_("By its IIN {iin} the child is a boy, but «girl» was chosen; check it"))
            notices.append(Notice(message, iin=iin))
    if birth_date is None:
        raise ValidationError("birth_date", N_("the birth date is required when there is no IIN"))
    earliest = dt.date(today.year - OLDEST_AGE, 1, 1)
    latest = dt.date(today.year - YOUNGEST_AGE, 12, 31)
    birth_date = check_date(birth_date, field="birth_date", earliest=earliest, latest=min(latest, today))
    if sex is None:
        raise ValidationError("sex", N_("the sex (f or m) is required when there is no IIN"))
    sex = check_choice(sex, field="sex", choices=("f", "m"))
    grade = None if fields.grade in (None, "") else check_int(fields.grade, field="grade", minimum=0, maximum=12)
    shift = None if fields.shift in (None, "") else check_int(fields.shift, field="shift", minimum=1, maximum=2)
    priority = None
    if fields.priority not in (None, ""):
        priority = check_choice(fields.priority, field="priority", choices=PRIORITY_CATEGORIES)
    return ChildFields(
        surname=surname or "", name=name or "", patronymic=patronymic, birth_date=birth_date, iin=iin, sex=sex,
        school=clean_text(fields.school, field="school", max_length=200),
        grade=grade, shift=shift,
        district=clean_text(fields.district, field="district", max_length=80),
        priority=priority,
        notes=clean_text(fields.notes, field="notes", max_length=4000, multiline=True),
    ), notices
