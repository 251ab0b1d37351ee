"""The personal-data consent form for the legal representative's signature, in Kazakh or Russian (the
family's language, whatever the desk's), filled in with the child's and the representative's details.

Law of the Republic of Kazakhstan No. 94-V "On personal data and their protection": the consent names who
gives it, for whom, which data, for what purpose, for how long, and says it can be withdrawn. The texts are
legal wording kept here, per language, rather than in the interface catalogues.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from enrol import i18n
from enrol.reports.layout import PORTRAIT, Section, build, day, facts, frame_width, styles

FORM_LANGUAGES = ("kk", "ru")

TEXTS: dict[str, dict[str, str]] = {
    "kk": {
        "title": "Дербес деректерді жинауға және өңдеуге келісім",
        "child": "Бала", "birth": "Туған күні", "iin": "ЖСН", "representative": "Заңды өкіл",
        "relation": "Туыстығы", "phone": "Телефоны",
        "body": "Мен, {signer}, {child} баланың заңды өкілі ретінде, Қазақстан Республикасының 2013 жылғы "
                "21 мамырдағы № 94-V «Дербес деректер және оларды қорғау туралы» Заңына сәйкес «{centre}» "
                "ұйымына баланың және өзімнің мынадай дербес деректерімді жинауға және өңдеуге келісім беремін: "
                "{scope}.",
        "purpose": "Мақсаты: баланы үйірмелер мен секцияларға қабылдау, сабаққа қатысуын есепке алу, "
                   "заңды өкілмен байланыс, мемлекеттік есептілік.",
        "term": "Келісімнің мерзімі: {term}.",
        "term_open": "бала орталықта оқитын кезең және одан кейінгі сақтау мерзімі",
        "withdraw": "Келісімді кез келген уақытта жазбаша өтінішпен кері қайтарып алуға болатыны маған "
                    "түсіндірілді. Жеке басты куәландыратын құжаттардың көшірмелері сақталмайды.",
        "photo": "Баланы суретке және бейнеге түсіруге және оларды орталықтың материалдарында пайдалануға:",
        "yes": "келісемін", "no": "келіспеймін",
        "signature": "Қолы", "date": "Күні", "version": "Нысан нұсқасы",
    },
    "ru": {
        "title": "Согласие на сбор и обработку персональных данных",
        "child": "Ребёнок", "birth": "Дата рождения", "iin": "ИИН", "representative": "Законный представитель",
        "relation": "Степень родства", "phone": "Телефон",
        "body": "Я, {signer}, являясь законным представителем ребёнка {child}, в соответствии с Законом "
                "Республики Казахстан от 21 мая 2013 года № 94-V «О персональных данных и их защите» даю "
                "согласие организации «{centre}» на сбор и обработку следующих персональных данных ребёнка и "
                "моих: {scope}.",
        "purpose": "Цель: зачисление ребёнка в кружки и секции, учёт посещаемости, связь с законным "
                   "представителем, государственная отчётность.",
        "term": "Срок действия согласия: {term}.",
        "term_open": "период обучения ребёнка в центре и последующий срок хранения",
        "withdraw": "Мне разъяснено, что согласие может быть отозвано в любое время письменным заявлением. "
                    "Копии документов, удостоверяющих личность, не хранятся.",
        "photo": "Фото- и видеосъёмка ребёнка и использование снимков в материалах центра:",
        "yes": "согласен(на)", "no": "не согласен(на)",
        "signature": "Подпись", "date": "Дата", "version": "Версия формы",
    },
}

# The register stores the scope in English (the standard form's wording); the form prints it translated.
SCOPES: dict[str, dict[str, str]] = {
    "identity, birth date, IIN, school, contacts of the legal representative, attendance": {
        "kk": "тегі, аты, әкесінің аты, туған күні, ЖСН, мектебі, заңды өкілдің байланыс деректері, қатысуы",
        "ru": "фамилия, имя, отчество, дата рождения, ИИН, школа, контакты законного представителя, посещаемость",
    },
}


@dataclass(frozen=True)
class ConsentForm:
    centre: str
    printed_at: dt.datetime
    child: str
    birth_date: dt.date
    iin: str | None
    signer: str | None
    relation: str | None
    phone: str | None
    scope: str
    valid_until: dt.date | None
    photo_consent: bool | None  # None: not chosen yet (both boxes empty)
    form_version: str


def _box(checked: bool) -> str:
    return "☒" if checked else "☐"


def consent_story(form: ConsentForm, language: str) -> list[Flowable]:
    words = TEXTS[language]
    width = frame_width(PORTRAIT)
    blank = "_" * 30
    story: list[Flowable] = [Section(words["title"])]
    story.append(facts([
        (words["child"], form.child), (words["birth"], day(form.birth_date)), (words["iin"], form.iin or blank),
        (words["representative"], form.signer or blank), (words["relation"], form.relation or blank),
        (words["phone"], form.phone or blank),
    ], width))
    story.append(Spacer(1, 5 * mm))
    scope = SCOPES.get(form.scope, {}).get(language, form.scope)
    body = styles().body
    story.append(Paragraph(escape(words["body"].format(signer=form.signer or blank, child=form.child,
                                                       centre=form.centre, scope=scope)), body))
    story.append(Spacer(1, 2 * mm))
    story.append(Paragraph(escape(words["purpose"]), body))
    term = day(form.valid_until) if form.valid_until else words["term_open"]
    story.append(Paragraph(escape(words["term"].format(term=term)), body))
    story.append(Paragraph(escape(words["withdraw"]), body))
    story.append(Spacer(1, 3 * mm))
    photo = form.photo_consent
    story.append(Paragraph(escape(f"{words['photo']}  {_box(photo is True)} {words['yes']}   "
                                  f"{_box(photo is False)} {words['no']}"), body))
    story.append(Spacer(1, 14 * mm))
    story.append(Paragraph(escape(f"{words['signature']}: ______________________      "
                                  f"{words['date']}: «____» ____________ 20___"), body))
    story.append(Spacer(1, 6 * mm))
    story.append(Paragraph(escape(f"{words['version']}: {form.form_version}"), styles().small))
    return story


def render_consent_form(form: ConsentForm, *, language: str) -> bytes:
    """The form as PDF bytes in ``language`` (kk or ru); the page header and footer follow it too."""
    if language not in FORM_LANGUAGES:
        raise ValueError(f"consent forms exist in {', '.join(FORM_LANGUAGES)}, not {language!r}")
    previous = i18n.current_language()
    i18n.set_language(language)
    try:
        return build(consent_story(form, language), pagesize=PORTRAIT, centre=form.centre,
                     printed_at=form.printed_at, title=TEXTS[language]["title"])
    finally:
        i18n.set_language(previous)


__all__ = ["FORM_LANGUAGES", "ConsentForm", "consent_story", "render_consent_form"]
