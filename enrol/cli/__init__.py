"""The ``enrol`` command: the services for scripting and the centre's IT (contract in README, *The command line*).

Exit status: 0 done, 2 usage, 3 invalid input, 4 refused by a rule, 5 storage problem. Errors are one line
on stderr in the chosen language, never a traceback; the traceback goes to the log file.
"""
from __future__ import annotations

import logging
import sys
from collections.abc import Sequence

from enrol.domain.errors import N_, EnrolError, RefusedError, ValidationError
from enrol.i18n import LANGUAGES, render_error, set_language, tr
from enrol.logs import setup_logging
from enrol.paths import log_dir

log = logging.getLogger("enrol.cli")

EXIT_OK, EXIT_USAGE, EXIT_INVALID, EXIT_REFUSED, EXIT_STORAGE, EXIT_BUG = 0, 2, 3, 4, 5, 1


def _fail(message: str, code: int) -> int:
    sys.stderr.write(f"enrol: {message}\n")
    return code


def _gui_request(args_list: list[str]) -> tuple[str | None, str | None, bool] | None:
    """``(db, lang, smoke)`` when the command line asks for the window and nothing else, else None.

    The window is the everyday start: it should not wait for the parser to import every command's services
    (a third of a second). Anything unusual (``--help``, a bad language) goes through the full parser."""
    db: str | None = None
    lang: str | None = None
    smoke = seen_gui = False
    items = iter(args_list)
    for item in items:
        if item in ("--db", "--lang"):
            value = next(items, None)
            if value is None:
                return None
            item = f"{item}={value}"
        if item.startswith("--db="):
            db = item.split("=", 1)[1]
        elif item.startswith("--lang="):
            lang = item.split("=", 1)[1]
            if lang not in LANGUAGES:
                return None
        elif item == "gui" and not seen_gui:
            seen_gui = True
        elif item == "--smoke" and seen_gui and not smoke:
            smoke = True
        else:
            return None
    return db, lang, smoke


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list == ["--version"]:  # answered before the parser imports every command's services
        from enrol import __version__

        sys.stdout.write(f"enrol {__version__}\n")
        return EXIT_OK
    gui = _gui_request(args_list)
    if gui is not None:
        return _run_gui(*gui)
    return _run_command(args_list)


def _run_gui(db: str | None, lang: str | None, smoke: bool) -> int:
    import gc

    # The start creates a few hundred thousand long-lived objects (SQLAlchemy, the models, Qt's wrappers); the
    # cyclic collector would walk them again and again while they are made, a tenth of a second for nothing.
    # ``run_gui`` freezes them and turns it back on once the window is up.
    gc.disable()
    set_language(lang)
    setup_logging()
    try:
        from enrol.ui.app import run_gui

        return run_gui(db_url=db, smoke=smoke, language=lang)
    except EnrolError as error:
        return _fail(render_error(error), error.exit_code)
    except KeyboardInterrupt:
        return _fail(tr(N_("Interrupted; nothing more was changed.")), 130)
    except Exception as exc:  # noqa: BLE001 - as _run_command: one line for the user, the traceback to the log
        return _unexpected(exc, ["gui"])
    finally:
        gc.enable()


def _json_failure(error: EnrolError) -> None:
    """With --json a script reads why a command did not happen from stdout, not from the text on stderr."""
    from enrol.cli.output import print_json

    document: dict[str, object] = {"status": _JSON_STATUS.get(error.exit_code, "error"), "message": render_error(error)}
    if isinstance(error, RefusedError):
        document["rule"] = error.rule
    if isinstance(error, ValidationError):
        document["field"] = error.field
    print_json(document)


_JSON_STATUS = {EXIT_REFUSED: "refused", EXIT_INVALID: "invalid", EXIT_STORAGE: "storage"}


def _command_words(args_list: list[str]) -> str:
    """The command for the log without its arguments: those are names, IINs and phones."""
    words = [word for word in args_list if not word.startswith("-")][:2]
    return " ".join(word for word in words if word.isascii() and word.replace("-", "").isalpha())


def _unexpected(exc: Exception, args_list: list[str]) -> int:
    if type(exc).__module__.startswith("sqlalchemy"):
        log.exception("database failure in %s", _command_words(args_list))
        return _fail(tr(N_("The database reported a problem: {detail}. Details are in the log file."),
                        detail=type(exc).__name__), EXIT_STORAGE)
    log.exception("unexpected error in %s", _command_words(args_list))
    try:
        log_file = str(log_dir() / "enrol.log")
    except EnrolError:  # the data folder itself is the problem (ENROL_HOME names a file): still one line
        log_file = "enrol.log"
    return _fail(tr(N_("Unexpected error; please send the log file {path} to IT."),
                    path=log_file), EXIT_BUG)


def _run_command(args_list: list[str]) -> int:
    from enrol.cli.context import close_all
    from enrol.cli.parser import build_parser, language_from_argv

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
    except EnrolError as error:  # a value argparse could not read, e.g. a number (exit 3, the field named)
        return _fail(render_error(error), error.exit_code)
    setup_logging()
    if getattr(args, "handler", None) is None:
        args = parser.parse_args([*args_list, "gui"])
    try:
        return int(args.handler(args) or 0)
    except SystemExit as stop:  # a command group given without its subcommand
        return int(stop.code or 0)
    except EnrolError as error:
        if getattr(args, "json", False):
            _json_failure(error)
        return _fail(render_error(error), error.exit_code)
    except KeyboardInterrupt:
        return _fail(tr(N_("Interrupted; nothing more was changed.")), 130)
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - the user gets one line, the log gets the traceback
        return _unexpected(exc, args_list)
    finally:
        close_all()
