"""The argument parser: every subcommand with its options; handlers live in ``enrol.cli.commands_*``."""
from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import NoReturn

from enrol import __version__
from enrol.cli.arguments import localise, metavar, use_catalogue_for_argparse
from enrol.domain.errors import N_, ValidationError
from enrol.i18n import LANGUAGES, tr


class Parser(argparse.ArgumentParser):
    """argparse with exit 2 and one translated line, as the CLI contract wants; a number it cannot read
    (``group seats G 1.5``) is invalid input naming the field (exit 3), like every other bad value."""

    def _get_value(self, action: argparse.Action, arg_string: str) -> object:
        try:
            return super()._get_value(action, arg_string)
        except argparse.ArgumentError:
            if action.type is int:
                raise ValidationError(action.dest, N_("«{value}» is not a whole number"), value=arg_string) from None
            raise

    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"{self.prog}: {tr(N_('usage error'))}: {message}\n")
        sys.stderr.write(tr(N_("Run «{prog} --help» for the list of options.")).format(prog=self.prog) + "\n")
        raise SystemExit(2)


def language_from_argv(argv: Sequence[str]) -> str | None:
    for index, item in enumerate(argv):
        if item == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if item.startswith("--lang="):
            return item.split("=", 1)[1]
    return None


def screen_size(text: str) -> tuple[int, int]:
    """``1366x768`` (or ``1366×768``) as (width, height): the screen ``gui --smoke --screen`` checks against."""
    width, _, height = text.lower().replace("×", "x").partition("x")
    if not (width.isdigit() and height.isdigit() and 320 <= int(width) <= 10000 and 240 <= int(height) <= 10000):
        raise argparse.ArgumentTypeError(tr(N_("a screen size such as 1366x768, not «{text}»"), text=text))
    return int(width), int(height)


def _common(parser: argparse.ArgumentParser, *, top: bool) -> None:
    default = None if top else argparse.SUPPRESS
    parser.add_argument("--db", default=default, metavar=metavar("DB"), help=tr(N_("database: a SQLite file or a postgresql:// URL (or ENROL_DB)")))
    parser.add_argument("--lang", choices=LANGUAGES, default=default, help=tr(N_("language of messages")))
    parser.add_argument("--json", action="store_true", default=False if top else argparse.SUPPRESS,
                        help=tr(N_("print one JSON document")))


def build_parser() -> Parser:
    from enrol.cli import commands_centre, commands_children, commands_db, commands_enrolment, commands_print
    from enrol.cli import commands_attendance, commands_report, commands_transfer
    from enrol.cli import commands_people

    use_catalogue_for_argparse()
    parser = Parser(prog="enrol", description=tr(N_("enrol: the front desk of a children's creative centre")))
    parser.add_argument("--version", action="version", version=f"enrol {__version__}",
                        help=tr(N_("show the program's version and exit")))
    _common(parser, top=True)
    commands = parser.add_subparsers(title=tr(N_("commands")), metavar=metavar("COMMAND"), parser_class=Parser)

    def add(name: str, help_text: str, *, into: argparse._SubParsersAction = commands) -> argparse.ArgumentParser:  # type: ignore[type-arg]
        sub = into.add_parser(name, help=help_text)
        _common(sub, top=False)
        return sub

    def group(name: str, help_text: str) -> argparse._SubParsersAction:  # type: ignore[type-arg]
        sub = add(name, help_text)
        sub.set_defaults(handler=lambda _args, sub=sub: sub.error(tr(N_("choose a subcommand"))))
        return sub.add_subparsers(metavar=metavar("SUBCOMMAND"), parser_class=Parser)

    gui = add("gui", tr(N_("open the window (the default)")))
    gui.add_argument("--smoke", action="store_true", help=tr(N_("open the main window, paint once, exit")))
    gui.add_argument("--user", metavar="LOGIN", help=tr(N_(
        "with --smoke: sign in as LOGIN (password from ENROL_PASSWORD), open every page and main dialog of the "
        "role and list each problem (exit 1) or none (exit 0)")))
    gui.add_argument("--screen", metavar=tr(N_("WIDTH×HEIGHT")), type=screen_size, help=tr(N_(
        "with --smoke --user: check as on a screen of that many pixels (e.g. 1366×768)")))
    gui.set_defaults(handler=commands_db.gui)

    commands_db.register_db(add, group)

    demo = add("demo", tr(N_("fill the database with the demo centre")))
    demo.add_argument("--children", type=int, default=1000, help=tr(N_("how many children the demo centre gets")))
    demo.add_argument("--seed", type=int, default=1, help=tr(N_("the same seed gives the same demo centre")))
    demo.set_defaults(handler=commands_db.demo)

    child = group("child", tr(N_("register, find and show children")))
    commands_children.register(child, add)
    commands_people.register(add, group, child)  # user, audit, consent, child export|anonymise
    commands_centre.register(add, group)
    commands_print.register(add, group)
    imports = commands_enrolment.register(add, group)
    commands_attendance.register(add, group)
    commands_transfer.register(add, group, imports=imports, exports=commands_attendance.export_group(group))
    commands_report.register(add, group)
    localise(parser)
    return parser
