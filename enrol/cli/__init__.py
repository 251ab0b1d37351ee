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


def _preload_storage() -> None:
    """Import SQLAlchemy and the models while Qt loads: the window needs both, and on a 2-core desk the two
    imports overlap instead of queueing (a tenth of a second off every start)."""
    try:
        import enrol.db.models  # noqa: F401
        import enrol.db.engine  # noqa: F401
    except Exception:  # noqa: BLE001 - the main thread imports them again and reports any real problem
        log.debug("preloading the storage modules failed", exc_info=True)


def _run_gui(db: str | None, lang: str | None, smoke: bool) -> int:
    import threading

    threading.Thread(target=_preload_storage, name="preload-storage", daemon=True).start()
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


def _unexpected(exc: Exception, args_list: list[str]) -> int:
    if type(exc).__module__.startswith("sqlalchemy"):
        log.exception("database failure in %s", args_list)
        return _fail(tr(N_("The database reported a problem: {detail}. Details are in the log file."),
                        detail=type(exc).__name__), EXIT_STORAGE)
    log.exception("unexpected error in %s", args_list)
    return _fail(tr(N_("Unexpected error; please send the log file {path} to IT."),
                    path=str(log_dir() / "enrol.log")), EXIT_BUG)


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
