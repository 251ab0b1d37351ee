"""Every CLI text in the chosen language: argparse's own words, and the help and placeholder name of every
argument that its command module left without them.

argparse looks its texts up through the module-level ``_``/``ngettext`` of ``gettext``; routing them through
the project's catalogue (``translate``) makes ``usage:``, ``options:``, ``invalid choice`` … Kazakh or Russian.
The arguments' help lives here by destination name because most of them (child, group, file, reason …) mean
the same in every command; a command module gives its own ``help=`` where the meaning differs.
"""
from __future__ import annotations

import argparse
import re

from enrol.domain.errors import N_
from enrol.i18n import translate

# argparse's texts as Python 3.11 asks for them (the catalogues collect these N_ literals).
ARGPARSE_TEXTS = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("expected %s argument"),
    N_("expected %s arguments"),
    N_("invalid %(type)s value: %(value)r"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("not allowed with argument %s"),
    N_("one of the arguments %s is required"),
    N_("ignored explicit argument %r"),
    N_("unexpected option string: %s"),
    N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
    N_("%(prog)s: error: %(message)s\n"),
)

# Help of an argument by its destination, when its command gave none.
ARGUMENT_HELP: dict[str, str] = {
    "academic_year": N_("the academic year, e.g. 2026-2027"),
    "appointment": N_("the appointment's number"),
    "at": N_("the moment"),
    "child": N_("the child's id or IIN"),
    "children": N_("how many children the demo centre gets"),
    "consent_id": N_("the consent's number (enrol consent show)"),
    "date": N_("the day"),
    "district": N_("the district the child lives in"),
    "event": N_("the event's number"),
    "file": N_("the file to read or write (.csv or .xlsx; audit: .json or .csv)"),
    "form_lang": N_("language of the printed form"),
    "from_group": N_("the group the child leaves (id or code)"),
    "funding": N_("how the place is paid for: state_order, voucher, city_programme, centre_free or paid"),
    "grade": N_("school grade, 0–12"),
    "group": N_("the group's id or code"),
    "headcount": N_("how many people come"),
    "iin": N_("individual identification number, 12 digits (fills in the birth date and sex)"),
    "key": N_("the setting's name"),
    "last": N_("last day of the period"),
    "limit": N_("show at most this many lines"),
    "login": N_("the user's login"),
    "minutes": N_("length in minutes"),
    "month": N_("the month"),
    "name": N_("given name"),
    "notes": N_("notes"),
    "output": N_("the file to write"),
    "override_reason": N_("reason to enrol despite the age or school-shift rule"),
    "patronymic": N_("patronymic, when there is one"),
    "phone": N_("the guardian's phone"),
    "priority": N_("waitlist priority category (orphan, disability, large_family, low_income, staff_child)"),
    "reason": N_("why; kept with the record"),
    "relation": N_("the guardian's relation to the child (parent, mother, father, guardian, grandparent, other)"),
    "role": N_("what the user may do"),
    "room": N_("the room's code"),
    "school": N_("the child's school"),
    "search": N_("part of a name or an IIN, in any script"),
    "seats": N_("the new number of seats"),
    "seed": N_("the same seed gives the same demo centre"),
    "sex": N_("f (girl) or m (boy); the IIN gives it too"),
    "shift": N_("the school shift the child studies in: 1 or 2"),
    "since": N_("first day (inclusive)"),
    "specialist": N_("the specialist's staff id (or their specialty)"),
    "specialty": N_("psychologist, defectologist or speech_therapist"),
    "surname": N_("surname"),
    "teacher": N_("only the groups of this teacher"),
    "title": N_("the event's title"),
    "to_group": N_("the group the child moves to (id or code)"),
    "until": N_("last day (inclusive)"),
    "valid_until": N_("the consent holds until this day (default: no end)"),
    "value": N_("the setting's new value"),
    "voucher": N_("the voucher's number (funding voucher)"),
}

# Placeholder names shown in usage lines and help (an argument's metavar, else its destination in capitals).
METAVARS: dict[str, str] = {
    "COMMAND": N_("COMMAND"),
    "SUBCOMMAND": N_("SUBCOMMAND"),
    "CHILD": N_("CHILD"),
    "GROUP": N_("GROUP"),
    "FROM_GROUP": N_("FROM_GROUP"),
    "TO_GROUP": N_("TO_GROUP"),
    "FILE": N_("FILE"),
    "FILE.pdf": N_("FILE.pdf"),
    "FILE.json": N_("FILE.json"),
    "FILE.pdf|FILE.xlsx": N_("FILE.pdf|FILE.xlsx"),
    "OUTPUT": N_("FILE"),
    "ID": N_("NUMBER"),
    "ID,…": N_("CHILD,…"),
    "ID|SPECIALTY": N_("SPECIALIST|SPECIALTY"),
    "STAFF_ID": N_("STAFF"),
    "CONSENT_ID": N_("CONSENT"),
    "SPECIALIST_ID": N_("SPECIALIST"),
    "DATE": N_("DATE"),
    "DB": N_("DATABASE"),
    "SURNAME": N_("SURNAME"),
    "NAME": N_("NAME"),
    "PATRONYMIC": N_("PATRONYMIC"),
    "IIN": N_("IIN"),
    "SCHOOL": N_("SCHOOL"),
    "GRADE": N_("GRADE"),
    "DISTRICT": N_("DISTRICT"),
    "PRIORITY": N_("CATEGORY"),
    "NOTES": N_("TEXT"),
    "GUARDIAN": N_("NAME"),
    "SIGNED_BY": N_("NAME"),
    "PHONE": N_("PHONE"),
    "RELATION": N_("RELATION"),
    "SEARCH": N_("TEXT"),
    "LIMIT": N_("N"),
    "CHILDREN": N_("N"),
    "SEED": N_("N"),
    "SEATS": N_("N"),
    "MINUTES": N_("N"),
    "WEEKS": N_("N"),
    "HEADCOUNT": N_("N"),
    "REFERRAL": N_("NUMBER"),
    "ENTITY_ID": N_("NUMBER"),
    "LOGIN": N_("LOGIN"),
    "USER": N_("LOGIN"),
    "ENTITY": N_("RECORD"),
    "REASON": N_("TEXT"),
    "OVERRIDE_REASON": N_("TEXT"),
    "FUNDING": N_("FUNDING"),
    "VOUCHER": N_("NUMBER"),
    "APPLIED_AT": N_("MOMENT"),
    "START": N_("DATE"),
    "BIRTH_DATE": N_("DATE"),
    "AT": N_("MOMENT"),
    "KEY": N_("SETTING"),
    "VALUE": N_("VALUE"),
    "TITLE": N_("TITLE"),
    "ROOM": N_("ROOM"),
    "SPECIALTY": N_("SPECIALTY"),
    "SCOPE": N_("TEXT"),
}

# A date or time mask (YYYY-MM-DD, HH:MM …) stays as it is: it shows what to type, in every language.
_MASK = re.compile(r"^[YMDHT:\-. ]+$")


def _gettext(message: str | None) -> str | None:
    return translate(message) if message else message  # argparse asks for a missing description too


def _ngettext(singular: str, plural: str, count: int) -> str:
    return translate(singular if count == 1 else plural)


def use_catalogue_for_argparse() -> None:
    """argparse asks ``gettext`` for its texts when it builds a parser and when it prints; answer from ours."""
    argparse._ = _gettext  # type: ignore[attr-defined]
    argparse.ngettext = _ngettext  # type: ignore[attr-defined]


def metavar(name: str) -> str:
    if _MASK.match(name):
        return name
    label = METAVARS.get(name)
    return translate(label) if label else name


def localise(parser: argparse.ArgumentParser) -> None:
    """Fill in the help and placeholder name of every argument, in the current language, recursively."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            action.metavar = metavar(str(action.metavar or "COMMAND"))
            for sub in action.choices.values():
                localise(sub)
            continue
        if isinstance(action, (argparse._HelpAction, argparse._VersionAction)):
            continue
        if action.help is None and action.dest in ARGUMENT_HELP:
            action.help = translate(ARGUMENT_HELP[action.dest])
        if action.nargs != 0 and action.choices is None:
            action.metavar = metavar(action.metavar if isinstance(action.metavar, str) else action.dest.upper())
