"""``enrol print roster|attendance|evacuation|card|specialist-day``: the paper documents as PDF files.

Every print of children's data is audited as ``cli:<user>``. Bad dates and months exit 3, unknown groups,
children or specialists exit 4 (README, *The command line*).
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path

from enrol.cli.context import database
from enrol.cli.output import print_json
from enrol.domain.errors import N_, ValidationError, shown
from enrol.domain.intervals import parse_hhmm
from enrol.domain.validation import check_int, parse_date
from enrol.i18n import tr
from enrol.services.context import Actor


def _printing():  # type: ignore[no-untyped-def]
    """The printing service, imported when a print command runs: reportlab costs a tenth of a second at
    import, which every other command (``gui`` above all) should not pay."""
    from enrol.services.reporting import printing

    return printing


def register(add: Callable[..., argparse.ArgumentParser], group: Callable[..., argparse._SubParsersAction]) -> None:  # type: ignore[type-arg]
    printed = group("print", tr(N_("print documents to PDF: rosters, attendance sheets, evacuation lists")))

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = add(name, help_text, into=printed)
        sub.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help=tr(N_("the PDF file to write")))
        sub.add_argument("--force", action="store_true", help=tr(N_("replace an existing file of another kind")))
        return sub

    roster = command("roster", tr(N_("a group's roster with its waitlist")))
    roster.add_argument("group", metavar="GROUP")
    roster.set_defaults(handler=print_roster)

    sheets = command("attendance", tr(N_("monthly attendance sheets of a group, or of every group")))
    sheets.add_argument("group", nargs="?", metavar="GROUP")
    sheets.add_argument("--all", action="store_true", help=tr(N_("every group that meets that month")))
    sheets.add_argument("--month", required=True, metavar="YYYY-MM")
    sheets.add_argument("--blank", action="store_true", help=tr(N_("empty boxes instead of the recorded marks")))
    sheets.add_argument("--teacher", metavar="STAFF_ID", help=tr(N_("only the groups of this teacher")))
    sheets.set_defaults(handler=print_attendance, usage=sheets.error)

    evacuation = command("evacuation", tr(N_("who is expected in each room at a moment, for fire drills")))
    evacuation.add_argument("--at", required=True, metavar="YYYY-MM-DDTHH:MM")
    evacuation.set_defaults(handler=print_evacuation)

    card = command("card", tr(N_("a child's timetable card for the guardian")))
    card.add_argument("child", metavar="CHILD")
    card.set_defaults(handler=print_card)

    day = command("specialist-day", tr(N_("a specialist's appointments of one day")))
    day.add_argument("specialist", metavar="SPECIALIST_ID")
    day.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    day.set_defaults(handler=print_specialist_day)


def parse_moment(text: str, *, field: str = "at") -> dt.datetime:
    """``YYYY-MM-DDTHH:MM`` (a space instead of the T is fine too)."""
    stripped = (text or "").strip().replace(" ", "T", 1)
    day_text, _, time_text = stripped.partition("T")
    if not time_text:
        raise ValidationError(field, N_("«{value}» is not a moment: type it as YYYY-MM-DDTHH:MM, for example "
                                        "2026-03-16T15:30"), value=shown(text or ""))
    minutes = parse_hhmm(time_text, field=field)
    return dt.datetime.combine(parse_date(day_text, field=field), dt.time(minutes // 60, minutes % 60))


def _done(args: argparse.Namespace, pdf: bytes | None) -> int:
    path = Path(args.output)
    if args.json:
        print_json({"file": str(path), "bytes": len(pdf or b"")})
    else:
        sys.stdout.write(tr(N_("Saved {path}"), path=str(path)) + "\n")
    return 0


def print_roster(args: argparse.Namespace) -> int:
    pdf = _printing().print_roster(database(args), actor=Actor.cli(), group=args.group, output=Path(args.output), force=args.force)
    return _done(args, pdf)


def print_attendance(args: argparse.Namespace) -> int:
    if args.group and args.all:
        args.usage(tr(N_("name a GROUP or give --all, not both")))
    if not (args.group or args.all or args.teacher):
        args.usage(tr(N_("name a GROUP, or give --all or --teacher")))
    if args.group and args.teacher:
        args.usage(tr(N_("--teacher chooses among all groups; leave out GROUP")))
    month = _printing().parse_month(args.month)
    teacher = check_int(args.teacher, field="teacher", minimum=1) if args.teacher else None
    pdf = _printing().print_attendance(database(args), actor=Actor.cli(), month=month, group=args.group,
                                    teacher_id=teacher, blank=args.blank, output=Path(args.output), force=args.force)
    return _done(args, pdf)


def print_evacuation(args: argparse.Namespace) -> int:
    at = parse_moment(args.at)
    pdf = _printing().print_evacuation(database(args), actor=Actor.cli(), at=at, output=Path(args.output), force=args.force)
    return _done(args, pdf)


def print_card(args: argparse.Namespace) -> int:
    pdf = _printing().print_card(database(args), actor=Actor.cli(), child=args.child, output=Path(args.output), force=args.force)
    return _done(args, pdf)


def print_specialist_day(args: argparse.Namespace) -> int:
    specialist = check_int(args.specialist, field="specialist", minimum=1)
    day = parse_date(args.date, field="date")
    pdf = _printing().print_specialist_day(database(args), actor=Actor.cli(), specialist_id=specialist, day=day,
                                        output=Path(args.output), force=args.force)
    return _done(args, pdf)
