"""The ``enrol`` command: the services for scripting and the centre's IT (contract in DESIGN.md section 5).

Exit status: 0 done, 2 usage, 3 invalid input, 4 refused by a rule, 5 storage problem. Errors are one line
on stderr in the chosen language, never a traceback; the traceback goes to the log file.
"""
from __future__ import annotations

import logging
import sys
from collections.abc import Sequence

from sqlalchemy.exc import SQLAlchemyError

from enrol.domain.errors import N_, EnrolError
from enrol.i18n import render_error, set_language, tr
from enrol.cli.context import close_all
from enrol.logs import setup_logging
from enrol.paths import log_dir

log = logging.getLogger("enrol.cli")

EXIT_OK, EXIT_USAGE, EXIT_INVALID, EXIT_REFUSED, EXIT_STORAGE, EXIT_BUG = 0, 2, 3, 4, 5, 1


def _fail(message: str, code: int) -> int:
    sys.stderr.write(f"enrol: {message}\n")
    return code


def main(argv: Sequence[str] | None = None) -> int:
    from enrol.cli.parser import build_parser, language_from_argv

    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list == ["--version"]:  # answered before the parser imports every command's services
        from enrol import __version__

        sys.stdout.write(f"enrol {__version__}\n")
        return EXIT_OK
    try:
        set_language(language_from_argv(args_list))
    except ValueError:
        set_language(None)
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")  # Cyrillic on a Windows console
    parser = build_parser()
    try:
        args = parser.parse_args(args_list)
    except SystemExit as stop:  # argparse has printed its usage message
        return int(stop.code or 0)
    setup_logging()
    if getattr(args, "handler", None) is None:
        args = parser.parse_args([*args_list, "gui"])
    try:
        return int(args.handler(args) or 0)
    except SystemExit as stop:  # a command group given without its subcommand
        return int(stop.code or 0)
    except EnrolError as error:
        return _fail(render_error(error), error.exit_code)
    except SQLAlchemyError as exc:
        log.exception("database failure in %s", args_list)
        return _fail(tr(N_("The database reported a problem: {detail}. Details are in the log file."),
                        detail=type(exc).__name__), EXIT_STORAGE)
    except KeyboardInterrupt:
        return _fail(tr(N_("Interrupted; nothing more was changed.")), 130)
    except BrokenPipeError:
        return EXIT_OK
    except Exception:  # noqa: BLE001 - the user gets one line, the log gets the traceback
        log.exception("unexpected error in %s", args_list)
        return _fail(tr(N_("Unexpected error; please send the log file {path} to IT."),
                        path=str(log_dir() / "enrol.log")), EXIT_BUG)
    finally:
        close_all()
