"""The audit trail and a place's history as words: the trail stores codes (``enrolment.add``, ``child 2001``,
``cli:root``) so that filters and exports stay stable; people read sentences. The CLI and the GUI both take
their words from here and render them with the translation helper (``i18n.tr(notice.message, **params)``)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from enrol.domain.errors import N_, Notice
from enrol.domain.vocabulary import ENROLMENT_STATUSES


@dataclass(frozen=True)
class Word:
    """A vocabulary text as a message parameter, translated when the message is shown."""

    text: str

    def localised(self, translate: Callable[[str], str]) -> str:
        return translate(self.text)

    def __str__(self) -> str:
        return self.text


# What happened, as a phrase that follows the person's name.
AUDIT_ACTIONS: dict[str, str] = {
    "appointment.book": N_("booked an appointment"),
    "appointment.cancel": N_("cancelled an appointment"),
    "appointment.reschedule": N_("moved an appointment"),
    "attendance.mark": N_("marked attendance"),
    "audit.export": N_("exported the audit trail"),
    "child.add": N_("registered a child"),
    "child.anonymise": N_("anonymised a child's data"),
    "child.edit": N_("edited a child's card"),
    "child.export": N_("exported a child's data"),
    "children.export": N_("exported the list of children"),
    "children.import": N_("imported children"),
    "club.add": N_("added a club"),
    "club.edit": N_("edited a club"),
    "consent.add": N_("recorded a consent"),
    "consent.bypass": N_("enrolled without a valid consent"),
    "consent.withdraw": N_("recorded a consent's withdrawal"),
    "demo.build": N_("built the demo centre"),
    "enrolment.add": N_("made an application"),
    "enrolments.export": N_("exported the list of places"),
    "event.add": N_("booked an event"),
    "event.cancel": N_("cancelled an event"),
    "export.attendance": N_("exported attendance"),
    "export.attendance_report": N_("exported the attendance report"),
    "group.add": N_("added a group"),
    "group.edit": N_("edited a group"),
    "group.seats": N_("changed a group's seats"),
    "meeting.add": N_("added a meeting to the timetable"),
    "meeting.edit": N_("changed a meeting in the timetable"),
    "meeting.remove": N_("removed a meeting from the timetable"),
    "note.add": N_("wrote a session note"),
    "note.read": N_("read a session note"),
    "notification.done": N_("closed a notification"),
    "pg_dump": N_("backed up the database"),
    "pg_restore": N_("restored the database"),
    "referral.add": N_("referred a child to a specialist"),
    "referral.close": N_("closed a referral"),
    "room.add": N_("added a room"),
    "room.edit": N_("edited a room"),
    "setting.set": N_("changed a setting"),
    "staff.add": N_("added a staff member"),
    "staff.edit": N_("edited a staff member"),
    "user.activate": N_("allowed a user to sign in again"),
    "user.add": N_("added a user"),
    "user.deactivate": N_("stopped a user from signing in"),
    "user.edit": N_("edited a user"),
    "user.locked": N_("was locked out after wrong passwords"),
    "user.password": N_("set a password"),
    "user.sign_in": N_("signed in"),
    "user.sign_in_failed": N_("failed to sign in"),
    "year.close": N_("closed the academic year"),
    "year.rollover": N_("rolled the academic year over"),
    "year.rollover_done": N_("finished rolling the academic year over"),
    "card.reissue": N_("issued a new entrance card"),
    "child.leave_alone": N_("recorded whether a child may go home alone"),
    "entrance.close_day": N_("closed the day at the entrance"),
    "entrance.override": N_("let a child in or out against a rule"),
    "entrance.undo": N_("undid a scan at the entrance"),
    "pickup.add": N_("authorised an adult to collect a child"),
    "pickup.remove": N_("withdrew an adult's leave to collect a child"),
    "db.restore": N_("restored the database from a backup"),
}

# Which kind of record an event is about.
AUDIT_RECORDS: dict[str, str] = {
    "academic_year": N_("academic year"),
    "appointment": N_("appointment"),
    "attendance": N_("attendance"),
    "audit": N_("audit trail"),
    "building": N_("building"),
    "centre": N_("centre"),
    "child": N_("child"),
    "club": N_("club"),
    "consent": N_("consent"),
    "database": N_("database"),
    "enrolment": N_("place in a group"),
    "event": N_("event"),
    "file": N_("file"),
    "group": N_("group"),
    "meeting": N_("meeting"),
    "notification": N_("notification"),
    "referral": N_("referral"),
    "report": N_("report"),
    "room": N_("room"),
    "session_note": N_("session note"),
    "setting": N_("setting"),
    "specialist": N_("specialist"),
    "staff": N_("staff member"),
    "user": N_("user"),
}

CLI_PREFIX = "cli:"


def action_words(action: str) -> Notice:
    """``enrolment.waitlisted`` → "put a child on the waitlist"-like words; an unknown code stays readable."""
    if action in AUDIT_ACTIONS:
        return Notice(AUDIT_ACTIONS[action])
    kind, _dot, detail = action.partition(".")
    if kind == "enrolment" and detail in ENROLMENT_STATUSES:
        return Notice(N_("changed a place to «{status}»"), status=Word(ENROLMENT_STATUSES[detail]))
    if kind == "print":
        return Notice(N_("printed a document"))
    return Notice(N_("did «{action}»"), action=action)


def person_words(login: str, names: dict[str, str]) -> Notice:
    """A login as the person's name; the CLI's ``cli:<os user>`` as the command line run by that user."""
    if login.startswith(CLI_PREFIX):
        return Notice(N_("command line ({user})"), user=login[len(CLI_PREFIX):])
    return Notice(N_("{name}"), name=names.get(login, login))


def record_words(entity: str, entity_id: str | None, name: str | None) -> Notice:
    """``child 2001`` → "child Нүсіпова Әсем (#2001)": the kind as a word, the record by its name."""
    kind = Word(AUDIT_RECORDS[entity]) if entity in AUDIT_RECORDS else entity
    if name and entity_id:
        return Notice(N_("{kind} {name} (#{id})"), kind=kind, name=name, id=entity_id)
    if entity_id:
        return Notice(N_("{kind} #{id}"), kind=kind, id=entity_id)
    return Notice(N_("{kind}"), kind=kind)


def history_words(*, group: str, before: str | None, after: str, who: Notice, reason: str | None) -> Notice:
    """One line of a place's history as a sentence: who did what to the child's place in which group."""
    status = Word(ENROLMENT_STATUSES.get(after, after))
    if before is None:
        text = N_("{group}: {who} made an application, now «{status}»")
        params: dict[str, object] = {"group": group, "who": who, "status": status}
    else:
        text = N_("{group}: {who} changed the place from «{before}» to «{status}»")
        params = {"group": group, "who": who, "before": Word(ENROLMENT_STATUSES.get(before, before)),
                  "status": status}
    if reason:
        return Notice(N_("{change}; reason: {reason}"), change=Notice(text, **params), reason=reason)
    return Notice(text, **params)
