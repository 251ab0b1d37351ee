"""People for the demo centre: Kazakh, Russian and Korean names of Almaty families in their gendered forms,
the registry rows of the children made from them, and the catalogue of rooms and clubs
(``resources/demo/centre.json``).

Kept apart from ``demo`` so the centre's logic stays readable.  The forms follow how names are written in
Kazakhstan's documents: a girl of the Қасымов family is Қасымова; a Kazakh patronymic is either the
father's name + ұлы/қызы (Ерланұлы, Ерланқызы) or the Russian-style form of it, written as Russian
documents spell the name (Қайрат → Кайратович, Кайратовна).
"""
from __future__ import annotations

import datetime as dt
import itertools
import json
import random
from dataclasses import dataclass, field

from enrol.domain.iin import make_iin
from enrol.domain.names import child_search_keys, full_name, search_key, sort_key
from enrol.resources import resource_path
from enrol.services.people.children import STANDARD_CONSENT_FORM, STANDARD_CONSENT_SCOPE

KAZAKH_BOYS = (
    "Алихан Арсен Ерасыл Нұрислам Әли Айсұлтан Ернұр Бекзат Мирас Диас Ақжол Санжар Абылай Ерназар "
    "Нұрдәулет Әділет Данияр Рамазан Темірлан Бексұлтан Иманғали Аян Арнұр Дамир Нұрасыл Әлинұр Жандәулет "
    "Мұхаммед Айбар Тамерлан Ансар Қуаныш Ілияс Еркебұлан Асанәлі Нұрали Айдын Батыр Ерқанат Алдияр"
).split()
KAZAKH_GIRLS = (
    "Әсем Аружан Айгерім Аяулым Әлия Жансая Інжу Мерей Томирис Дана Айша Зере Ақбота Балжан Дильназ "
    "Жанерке Қамила Мадина Назерке Сымбат Айзере Нұрай Раяна Асылым Жібек Меруерт Көркем Ботагөз Ділназ "
    "Айым Аделия Еркежан Гүлнұр Ақерке Әмина Сезім Нұрсезім Арайлым Ақжүніс Адина Ажар Айләйім"
).split()
# Grown men's names, all ending in a consonant other than й: the patronymics below are then regular.
KAZAKH_MEN = (
    "Ерлан Нұрлан Асқар Қайрат Марат Серік Талғат Бауыржан Ержан Ғалым Дархан Бақыт Мұрат Ербол Нұрбол "
    "Жандос Дәулет Қанат Болат Азамат Арман Ерік Саят Төлеген Мейрам Ермек Асхат Ерсін Нұржан Айдос "
    "Бекболат Ғабит Жасұлан Қуаныш Мақсат Самат Бағдат Жомарт Нұртас Тимур Арыстан Ерболат"
).split()
KAZAKH_WOMEN = (
    "Гүлнар Айгүл Динара Жанар Сәуле Әсел Мадина Гүлмира Ләззат Шынар Салтанат Ақмарал Жұлдыз Назгүл "
    "Айнұр Меруерт Гүлжан Анар Сабина Алия Әйгерім Данагүл Лаура Ботагөз Индира Райхан Перизат Мөлдір "
    "Камила Гаухар Ақбөпе Эльмира"
).split()
KAZAKH_SURNAMES = (
    "Қасымов Нүсіпов Ахметов Омаров Сәрсенбаев Жұмабаев Тоқтаров Есімов Серікбаев Әбдірахманов Байжанов "
    "Мұқанов Ермеков Сейітов Құдайбергенов Әлімжанов Бекенов Жақыпов Оспанов Ысқақов Қожахметов "
    "Байтұрсынов Мамыров Исаев Нұрмағанбетов Сұлтанов Әбілов Кенжебаев Рахымжанов Дүйсенбаев Тәжібаев "
    "Жүнісов Сапаров Төлеуов Байсейітов Иманғалиев Смағұлов Әуезов Қалиев Мұсин Ғалымжанов Шәкенов"
).split()

RUSSIAN_BOYS = (
    "Александр Максим Артём Михаил Даниил Иван Дмитрий Кирилл Андрей Егор Никита Илья Алексей Матвей "
    "Тимофей Роман Владимир Ярослав Фёдор Георгий Константин Лев Марк Денис Павел Арсений Глеб Степан"
).split()
RUSSIAN_GIRLS = (
    "Анастасия Мария Анна Виктория Екатерина Дарья Полина Алиса София Ксения Елизавета Александра "
    "Вероника Арина Валерия Ульяна Варвара Милана Василиса Ева Алёна Кира Диана Таисия"
).split()
# A father's name with the patronymics of his son and daughter (some are irregular: Илья → Ильич).
RUSSIAN_MEN = tuple(tuple(line.split()) for line in """\
Александр Александрович Александровна
Сергей Сергеевич Сергеевна
Андрей Андреевич Андреевна
Дмитрий Дмитриевич Дмитриевна
Алексей Алексеевич Алексеевна
Игорь Игоревич Игоревна
Николай Николаевич Николаевна
Евгений Евгеньевич Евгеньевна
Юрий Юрьевич Юрьевна
Владимир Владимирович Владимировна
Виктор Викторович Викторовна
Олег Олегович Олеговна
Михаил Михайлович Михайловна
Павел Павлович Павловна
Денис Денисович Денисовна
Роман Романович Романовна
Иван Иванович Ивановна
Максим Максимович Максимовна
Вадим Вадимович Вадимовна
Артём Артёмович Артёмовна
Константин Константинович Константиновна
Илья Ильич Ильинична
Никита Никитич Никитична""".splitlines())
RUSSIAN_WOMEN = (
    "Елена Ольга Наталья Татьяна Ирина Светлана Юлия Анна Екатерина Марина Оксана Алёна Виктория "
    "Галина Людмила Надежда Евгения Кристина"
).split()
RUSSIAN_SURNAMES = (
    "Иванов Петров Смирнов Кузнецов Попов Васильев Соколов Михайлов Новиков Фёдоров Морозов Волков "
    "Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев Орлов Андреев Макаров Захаров "
    "Зайцев Борисов Яковлев Григорьев Романов Сергеев Никитин Фомин Ильин Сорокин Кузьмин Белов Тарасов "
    "Медведев Ковальский Савицкий Вишневский"
).split()
# Almaty's Korean families (корё-сарам): surnames are the same for men and women; first names Russian.
KOREAN_SURNAMES = "Ким Пак Цой Ли Хан Тен Шин Югай".split()

_RUSSIAN_PATRONYMICS = {name: (son, daughter) for name, son, daughter in RUSSIAN_MEN}
_RUSSIAN_SPELLING = str.maketrans("ӘәҒғҚқҢңӨөҰұҮүҺһІі", "АаГгКкНнОоУуУуХхИи")

KAZAKH, RUSSIAN, KOREAN = "kazakh", "russian", "korean"
SURNAMES = {KAZAKH: KAZAKH_SURNAMES, RUSSIAN: RUSSIAN_SURNAMES, KOREAN: KOREAN_SURNAMES}
MOBILE_CODES = ("700", "701", "702", "705", "707", "708", "747", "771", "775", "776", "777", "778")
DISTRICTS = (("Наурызбай ауданы", 78), ("Алатау ауданы", 9), ("Әуезов ауданы", 8), ("Бостандық ауданы", 5))
# (number, Kazakh kind, Russian kind, district): a school is always named the same way.
SCHOOLS = (
    (175, "мектеп-гимназия", "Школа-гимназия", "Наурызбай ауданы"),
    (178, "жалпы білім беретін мектеп", "Общеобразовательная школа", "Наурызбай ауданы"),
    (180, "мектеп-лицей", "Школа-лицей", "Наурызбай ауданы"),
    (183, "жалпы білім беретін мектеп", "Общеобразовательная школа", "Наурызбай ауданы"),
    (186, "мектеп-гимназия", "Школа-гимназия", "Наурызбай ауданы"),
    (190, "жалпы білім беретін мектеп", "Общеобразовательная школа", "Наурызбай ауданы"),
    (196, "мектеп-лицей", "Школа-лицей", "Наурызбай ауданы"),
    (200, "жалпы білім беретін мектеп", "Общеобразовательная школа", "Наурызбай ауданы"),
    (207, "мектеп-гимназия", "Школа-гимназия", "Наурызбай ауданы"),
    (211, "жалпы білім беретін мектеп", "Общеобразовательная школа", "Наурызбай ауданы"),
    (169, "мектеп-гимназия", "Школа-гимназия", "Алатау ауданы"),
    (181, "жалпы білім беретін мектеп", "Общеобразовательная школа", "Алатау ауданы"),
    (137, "мектеп-гимназия", "Школа-гимназия", "Әуезов ауданы"),
    (145, "жалпы білім беретін мектеп", "Общеобразовательная школа", "Әуезов ауданы"),
    (56, "мектеп-лицей", "Школа-лицей", "Бостандық ауданы"),
)
PRIORITIES = (("large_family", 40), ("low_income", 20), ("disability", 8), ("orphan", 4), ("staff_child", 4))
EMAIL_DOMAINS = ("mail.ru", "gmail.com", "mail.kz", "inbox.ru")
AGES = tuple(range(6, 18))  # on the cut-off day; more children of 8–13 than of 6 or 17
AGE_WEIGHTS = tuple(itertools.accumulate((5, 9, 10, 11, 11, 11, 10, 9, 8, 6, 5, 4)))


@dataclass(frozen=True)
class Person:
    surname: str
    name: str
    patronymic: str | None
    sex: str

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.surname, self.name, self.patronymic) if p)


def feminine(surname: str) -> str:
    """Қасымов → Қасымова, Ильин → Ильина, Савицкий → Савицкая; Ким stays Ким."""
    if surname.endswith(("ский", "цкий")):
        return surname[:-2] + "ая"
    if surname.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return surname + "а"
    return surname


def patronymic_of(father: str, sex: str, *, kazakh_style: bool) -> str:
    """The child's patronymic from the father's name, in the family's style."""
    if kazakh_style:
        return father + ("ұлы" if sex == "m" else "қызы")
    if father in _RUSSIAN_PATRONYMICS:
        return _RUSSIAN_PATRONYMICS[father][0 if sex == "m" else 1]
    base = father.translate(_RUSSIAN_SPELLING)
    vowel = "е" if base[-1] in "жшчщц" else "о"  # Қуаныш → Куанышевич, as Russian spelling wants
    return base + vowel + ("вич" if sex == "m" else "вна")


def _weighted(rng: random.Random, pairs: tuple[tuple[str, int], ...]) -> str:
    total = sum(weight for _, weight in pairs)
    point = rng.randrange(total)
    for value, weight in pairs:
        point -= weight
        if point < 0:
            return value
    raise AssertionError("unreachable")


@dataclass(frozen=True)
class Family:
    culture: str
    kazakh_style: bool  # Kazakh patronymics in ұлы/қызы rather than -ович/-овна
    surname: str  # the masculine form
    father: Person
    mother: Person


def culture_of_family(rng: random.Random) -> str:
    """Nauryzbay district is mostly Kazakh-speaking; Russian and Korean families are its minorities."""
    return _weighted(rng, ((KAZAKH, 72), (RUSSIAN, 24), (KOREAN, 4)))


def _father_name(rng: random.Random, culture: str) -> str:
    return rng.choice(KAZAKH_MEN) if culture == KAZAKH else rng.choice(RUSSIAN_MEN)[0]


def adult(rng: random.Random, sex: str, culture: str | None = None, surname: str | None = None) -> Person:
    """A grown-up (teacher, parent, registrar) with a patronymic from their own father's name."""
    culture = culture or culture_of_family(rng)
    kazakh_style = culture == KAZAKH and rng.random() < 0.6
    if surname is None:
        surname = rng.choice(SURNAMES[culture])
    if culture == KAZAKH:
        name = rng.choice(KAZAKH_MEN if sex == "m" else KAZAKH_WOMEN)
    else:
        name = rng.choice(RUSSIAN_MEN)[0] if sex == "m" else rng.choice(RUSSIAN_WOMEN)
    patronymic = patronymic_of(_father_name(rng, culture), sex, kazakh_style=kazakh_style)
    return Person(surname if sex == "m" or culture == KOREAN else feminine(surname), name, patronymic, sex)


def family(rng: random.Random) -> Family:
    culture = culture_of_family(rng)
    surname = rng.choice(SURNAMES[culture])
    father = adult(rng, "m", culture, surname)
    # Most mothers carry the family's surname; some kept their own (still in its feminine form).
    mother = adult(rng, "f", culture, surname if rng.random() < 0.8 else None)
    return Family(culture, culture == KAZAKH and rng.random() < 0.6, surname, father, mother)


def child_person(rng: random.Random, fam: Family, sex: str) -> Person:
    if fam.culture == KAZAKH:
        name = rng.choice(KAZAKH_BOYS if sex == "m" else KAZAKH_GIRLS)
    else:
        name = rng.choice(RUSSIAN_BOYS if sex == "m" else RUSSIAN_GIRLS)
    patronymic = patronymic_of(fam.father.name, sex, kazakh_style=fam.kazakh_style)
    if rng.random() < 0.03:
        patronymic = None  # a few documents have none
    female = sex == "f" and fam.culture != KOREAN  # Korean surnames (Ким, Шин) have one form
    return Person(feminine(fam.surname) if female else fam.surname, name, patronymic, sex)


def phone(rng: random.Random) -> str:
    """A Kazakhstan mobile number as people write it: +7 7xx xxx xx xx."""
    digits = f"{rng.randrange(1_000_000, 10_000_000)}"
    return f"+7 {rng.choice(MOBILE_CODES)} {digits[:3]} {digits[3:5]} {digits[5:]}"


def email(rng: random.Random, person: Person) -> str:
    login = search_key(f"{person.name} {person.surname}").replace(" ", ".")
    return f"{login}{rng.randint(1, 99)}@{rng.choice(EMAIL_DOMAINS)}"


@dataclass
class IinMaker:
    """Valid IINs, never the same twice: a serial per birth date and sex, advanced past taken numbers."""

    rng: random.Random
    used: set[str] = field(default_factory=set)
    serials: dict[tuple[dt.date, str], int] = field(default_factory=dict)

    def make(self, birth_date: dt.date, sex: str) -> str:
        key = (birth_date, sex)
        serial = self.serials.get(key, self.rng.randint(100, 2000))
        while True:
            iin = make_iin(birth_date, sex, serial % 10000)
            serial += self.rng.randint(1, 7)
            if iin is not None and iin not in self.used:
                self.serials[key] = serial
                self.used.add(iin)
                return iin


@dataclass(frozen=True)
class DemoChild:
    """A generated child with what the registry stores and the language the family prefers for clubs."""

    person: Person
    birth_date: dt.date
    iin: str
    school: str
    grade: int
    shift: int
    district: str
    priority: str | None
    language: str
    guardians: tuple[tuple[Person, str, str, str | None], ...]  # (person, relation, phone, e-mail)
    photo_consent: bool
    registered: dt.datetime


def _grade(rng: random.Random, age: int) -> int:
    """Kazakhstan's pupils start grade 1 at six or seven; grade 0 is the pre-school class."""
    if age == 6:
        return rng.choice((0, 1, 1))
    return max(1, min(11, age - 6 + (1 if rng.random() < 0.7 else 0)))


def _shift(rng: random.Random, grade: int) -> int:
    """Grade 1 and the senior grades mostly study in the morning; grades 2–8 often in the afternoon."""
    return 2 if rng.random() < (0.5 if 2 <= grade <= 8 else 0.12) else 1


def _school(rng: random.Random, district: str, language: str) -> str:
    local = [s for s in SCHOOLS if s[3] == district] or list(SCHOOLS)
    number, kind_kk, kind_ru, _ = rng.choice(local if rng.random() < 0.9 else SCHOOLS)
    return f"№ {number} {kind_kk}" if language == "kk" else f"{kind_ru} № {number}"


def make_child(rng: random.Random, iins: IinMaker, cutoff: dt.date) -> DemoChild:
    """One child aged 6–17 on the cut-off date, with a school, a shift and one or two parents."""
    fam = family(rng)
    sex = rng.choice("fm")
    person = child_person(rng, fam, sex)
    age = rng.choices(AGES, cum_weights=AGE_WEIGHTS)[0]
    try:
        latest = cutoff.replace(year=cutoff.year - age)  # turns `age` on the cut-off day
    except ValueError:  # a 29 February cut-off in a common year
        latest = dt.date(cutoff.year - age, 2, 28)
    birth_date = latest - dt.timedelta(days=rng.randrange(365))
    language = "ru" if fam.culture != KAZAKH or rng.random() < 0.2 else "kk"
    district = _weighted(rng, DISTRICTS)
    grade = _grade(rng, age)
    priority = _weighted(rng, PRIORITIES) if rng.random() < 0.07 else None
    parents = [(fam.mother, "mother"), (fam.father, "father")]
    if rng.random() < 0.3:
        parents.reverse()  # most often the mother comes to register
    guardians = tuple(
        (parent, relation, phone(rng), email(rng, parent) if rng.random() < 0.25 else None)
        for parent, relation in parents[:2 if rng.random() < 0.55 else 1]
    )
    return DemoChild(
        person=person, birth_date=birth_date, iin=iins.make(birth_date, sex), school=_school(rng, district, language),
        grade=grade, shift=_shift(rng, grade), district=district, priority=priority, language=language,
        guardians=guardians, photo_consent=rng.random() < 0.7,
        registered=office_hours(rng, dt.date(cutoff.year, 8, 10), days=22),
    )


def office_hours(rng: random.Random, first_day: dt.date, *, days: int) -> dt.datetime:
    """A moment of the front desk's working hours: registrations in late August, applications later."""
    day = first_day + dt.timedelta(days=rng.randrange(days))
    return dt.datetime(day.year, day.month, day.day, rng.randint(9, 17), rng.randrange(60))


def child_row(kid: DemoChild) -> dict[str, object]:
    """The ``children`` row, with the search and sort keys made as ``services.children`` makes them."""
    p = kid.person
    key, key_alt = child_search_keys(p.surname, p.name, p.patronymic)
    return {
        "surname": p.surname, "name": p.name, "patronymic": p.patronymic, "birth_date": kid.birth_date,
        "sex": p.sex, "iin": kid.iin, "school": kid.school, "grade": kid.grade, "shift": kid.shift,
        "district": kid.district, "priority": kid.priority, "notes": None, "search_key": key,
        "search_key_alt": key_alt, "sort_key": sort_key(full_name(p.surname, p.name, p.patronymic)),
        "created_at": kid.registered, "updated_at": kid.registered, "anonymised": False,
    }


def guardian_rows(child_id: int, kid: DemoChild) -> list[dict[str, object]]:
    return [{"child_id": child_id, "full_name": person.full_name, "relation": relation,
             "phone": number.replace(" ", ""), "email": address, "iin": None}  # clean_phone's stored form
            for person, relation, number, address in kid.guardians]


def consent_row(child_id: int, guardian_id: int, kid: DemoChild, *, recorded_by: str,
                valid_until: dt.date) -> dict[str, object]:
    """The standard consent form, signed by the first guardian on the day the child was registered."""
    signer, relation = kid.guardians[0][0].full_name, kid.guardians[0][1]
    return {
        "child_id": child_id, "guardian_id": guardian_id, "signed_by": signer, "relation": relation,
        "signed_on": kid.registered.date(), "scope": STANDARD_CONSENT_SCOPE, "valid_until": valid_until,
        "photo_consent": kid.photo_consent, "form_version": STANDARD_CONSENT_FORM, "withdrawn_on": None,
        "recorded_by": recorded_by, "recorded_at": kid.registered,
    }


@dataclass(frozen=True)
class ClubSpec:
    """A club of the catalogue with the rooms its groups use; ``size`` is its default group size."""

    code: str
    name: str
    name_ru: str
    direction: str
    age_min: int
    age_max: int
    funding: str
    size: int
    minutes: int
    rooms: tuple[str, ...]
    popular: bool
    max_groups: int
    description: str


def load_catalogue() -> tuple[list[tuple[str, str, str, int]], list[tuple[str, str]], list[ClubSpec]]:
    """Rooms, specialists' cabinets and clubs from ``resources/demo/centre.json``."""
    data = json.loads(resource_path("demo", "centre.json").read_text(encoding="utf-8"))
    clubs = [ClubSpec(
        code=c["code"], name=c["name"], name_ru=c["name_ru"], direction=c["direction"], age_min=c["ages"][0],
        age_max=c["ages"][1], funding=c["funding"], size=c["size"], minutes=c["minutes"], rooms=tuple(c["rooms"]),
        popular=c["popular"], max_groups=c.get("max_groups", 99), description=c["description"],
    ) for c in data["clubs"]]
    rooms = [(str(code), str(name), str(kind), int(seats)) for code, name, kind, seats in data["rooms"]]
    return rooms, [(str(specialty), str(cabinet)) for specialty, cabinet in data["specialists"]], clubs
