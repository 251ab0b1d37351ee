"""``enrol import children FILE`` and ``enrol export children|enrolments FILE`` (.csv or .xlsx).

The ``import`` group is made by ``commands_enrolment.register`` (``import applications``); the ``export``
group is shared with ``export attendance``: ``register`` makes it unless it is handed one, and returns it.
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from enrol.cli.context import database
from enrol.cli.output import print_json
from enrol.domain.errors import N_, ImportRejected, RowProblem
from enrol.i18n import tr
from enrol.services.context import Actor

Add = Callable[..., argparse.ArgumentParser]
Group = Callable[..., argparse._SubParsersAction]  # type: ignore[type-arg]
SubParsers = argparse._SubParsersAction  # type: ignore[type-arg]


def _say(message: str, **params: object) -> None:
    sys.stdout.write(tr(message, **params) + "\n")


def row_line(problem: RowProblem) -> str:
    """"row 7, column birth_date: …" — the column as the file's header spells it, so it can be found."""
    return tr(N_("row {row}, column {column}: {problem}"), row=problem.row, column=problem.column,
              problem=tr(problem.message, **problem.params))


def import_children(args: argparse.Namespace) -> int:
    from enrol.services.transfer.children_import import import_children as run_import

    try:
        summary = run_import(database(args), actor=Actor.cli(), path=Path(args.file))
    except ImportRejected as rejected:
        sys.stderr.write("enrol: " + tr(rejected.message, **rejected.params) + "\n")
        for problem in rejected.problems:
            sys.stderr.write("  " + row_line(problem) + "\n")
        return rejected.exit_code
    for warning in summary.warnings:
        sys.stderr.write("enrol: " + tr(N_("warning")) + ": " + row_line(warning) + "\n")
    if args.json:
        print_json({"rows": summary.rows, "added": summary.added, "updated": summary.updated,
                    "unchanged": summary.unchanged, "warnings": len(summary.warnings)})
    else:
        _say(N_("{rows} rows: {added} children added, {updated} updated, {unchanged} unchanged."),
             rows=summary.rows, added=summary.added, updated=summary.updated, unchanged=summary.unchanged)
    return 0


def _export(args: argparse.Namespace, what: str) -> int:
    from enrol.services.transfer import exports

    run = exports.export_children if what == "children" else exports.export_enrolments
    result = run(database(args), actor=Actor.cli(), path=Path(args.file), force=args.force)
    if args.json:
        print_json({"file": str(result.path), "rows": result.rows})
    else:
        _say(N_("{rows} rows written to {path}."), rows=result.rows, path=str(result.path))
    return 0


def register(add: Add, group: Group, *, imports: SubParsers, exports: SubParsers | None = None) -> SubParsers:
    """``import children`` into the existing ``import`` group and ``export children|enrolments`` into the
    ``export`` group — made here when ``exports`` is None; returned for ``export attendance``."""
    if exports is None:
        exports = group("export", tr(N_("export to CSV or XLSX (the columns the import reads)")))
    children = add("children", tr(N_("register and update children from a file (all or nothing)")), into=imports)
    children.add_argument("file", help=tr(N_(".csv or .xlsx; the columns of enrol export children")))
    children.set_defaults(handler=import_children)
    for what, help_text in (("children", N_("every child with guardians and consent date")),
                            ("enrolments", N_("every enrolment with its status and waitlist position"))):
        command = add(what, tr(help_text), into=exports)
        command.add_argument("file", help=tr(N_(".csv or .xlsx")))
        command.add_argument("--force", action="store_true", help=tr(N_("replace an existing file of another kind")))
        command.set_defaults(handler=lambda args, what=what: _export(args, what))
    return exports
