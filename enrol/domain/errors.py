"""Errors that carry an untranslated message template, so every edge (CLI, GUI) renders them in its language.

The domain may not import the translation helper, so templates are marked with ``N_`` and rendered by
``enrol.i18n.render_error``.  ``params`` fill the ``{placeholders}`` of the template.
"""
from __future__ import annotations

from typing import Any


def N_(message: str) -> str:
    """Mark a message template for the translation catalogue; translated where it is shown."""
    return message


def shown(text: str) -> str:
    """Typed text as it may safely appear in a message: invisible characters made visible, not endless."""
    if len(text) <= 40 and text.isprintable():  # nearly always: every check computes it before it knows
        return text
    visible = "".join(c if c.isprintable() else f"<U+{ord(c):04X}>" for c in text)
    return visible if len(visible) <= 40 else visible[:40] + "…"


def _one_line(value: Any) -> Any:
    if isinstance(value, str) and not value.isprintable():
        return "".join(c if c.isprintable() or c == " " else f"<U+{ord(c):04X}>" for c in value)
    return value


class EnrolError(Exception):
    """Base of every error the program expects and explains to its user."""

    exit_code = 1
    # parameters holding a text of the vocabulary (marked N_), translated when the message is shown
    translated_params: tuple[str, ...] = ()

    def __init__(self, message: str, **params: Any) -> None:
        self.message = message
        # Typed text quoted back (an unknown group "0\n0", a key with a direction mark) must not break the
        # one-line message or reorder it: invisible characters are made visible (bad input).
        self.params = {key: _one_line(value) for key, value in params.items()}
        super().__init__(self.english())

    def english(self) -> str:
        try:
            return self.message.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.message


class ValidationError(EnrolError):
    """Invalid input: names the field so the user knows what to correct (CLI exit 3)."""

    exit_code = 3

    def __init__(self, field: str, message: str, **params: Any) -> None:
        self.field = field
        super().__init__(message, **params)

    def english(self) -> str:
        return f"{self.field}: {super().english()}"


class RefusedError(EnrolError):
    """A rule of the centre refuses the action: clash, age, duplicate, capacity (CLI exit 4)."""

    exit_code = 4

    def __init__(self, message: str, *, rule: str = "refused", **params: Any) -> None:
        self.rule = rule
        super().__init__(message, **params)


_NOT_FOUND = {
    "child": N_("There is no child «{key}»"),
    "group": N_("There is no group «{key}»"),
    "room": N_("There is no room «{key}»"),
    "club": N_("There is no club «{key}»"),
    "staff": N_("There is no staff member «{key}»"),
    "meeting": N_("There is no meeting «{key}»"),
    "enrolment": N_("There is no enrolment «{key}»"),
    "setting": N_("There is no setting «{key}»"),
    "user": N_("There is no user «{key}»"),
    "specialist": N_("There is no specialist «{key}»"),
    "notification": N_("There is no notification «{key}»"),
}


class NotFoundError(RefusedError):
    """The named child, group, room … does not exist (CLI exit 4, as README's *The command line* says)."""

    def __init__(self, kind: str, key: object) -> None:
        message = _NOT_FOUND.get(kind, N_("Nothing found for «{key}»"))
        super().__init__(message, rule="not_found", key=key)
        self.kind = kind
        self.key = key


class StorageError(EnrolError):
    """The environment failed us: file missing, locked, read-only, full, corrupt, server down (CLI exit 5)."""

    exit_code = 5

    def __init__(self, message: str, *, kind: str = "storage", **params: Any) -> None:
        self.kind = kind
        super().__init__(message, **params)


class Notice:
    """A warning that does not stop the action (e.g. an IIN that disagrees with a typed birth date)."""

    __slots__ = ("message", "params")

    def __init__(self, message: str, **params: Any) -> None:
        self.message = message
        self.params = params

    def __repr__(self) -> str:
        return f"Notice({self.english()!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Notice) and (self.message, self.params) == (other.message, other.params)

    def english(self) -> str:
        return self.message.format(**self.params)


class RowProblem:
    """One bad cell of an imported file: its row as the spreadsheet numbers it, its column, what is wrong."""

    __slots__ = ("row", "column", "message", "params")

    def __init__(self, row: int, column: str, message: str, **params: Any) -> None:
        self.row = row
        self.column = _one_line(column)
        self.message = message
        self.params = {key: _one_line(value) for key, value in params.items()}

    def __repr__(self) -> str:
        return f"RowProblem(row={self.row}, column={self.column!r}, {self.message.format(**self.params)!r})"


class ImportRejected(EnrolError):
    """An import is all-or-nothing: nothing was stored, and every bad row is listed (CLI exit 3)."""

    exit_code = 3

    def __init__(self, problems: list[RowProblem], *, file: str) -> None:
        self.problems = problems
        super().__init__(N_("{file}: nothing was imported; problems to correct: {count}"), file=file,
                         count=len(problems))
