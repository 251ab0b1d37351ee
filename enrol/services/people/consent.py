"""The consent register (README, *People, roles and personal data*): a legal representative's consent to process a
child's data — who, relation, when, what data, for how long, photos, which form — and its withdrawal.

``check_consent_for_enrolment`` is the enrolment gate: the enrolment services call it inside their own
locked transaction. With the setting ``consent_required`` = ``yes`` a child without a valid consent is
refused; with ``no`` (the transition while a centre enters its paper consents; the default, so databases
from before the register keep working) the enrolment goes ahead and the missing consent is audited with the
registrar's reason.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import bindparam, exists, or_, select
from sqlalchemy.orm import Session

from enrol.db.engine import Database
from enrol.db.models import Child, Consent, Guardian
from enrol.domain import consent as rules
from enrol.domain.consent import STANDARD_CONSENT_FORM, STANDARD_CONSENT_SCOPE
from enrol.domain.errors import N_, RefusedError, ValidationError
from enrol.domain.names import clean_name, full_name
from enrol.domain.validation import check_choice, clean_text
from enrol.domain.vocabulary import GUARDIAN_RELATIONS
from enrol.i18n import translate
from enrol.services import lookup
from enrol.services.people import audit, permissions
from enrol.services.enrolment.hot_sql import Statement, raw
from enrol.services.context import Actor, now
from enrol.services.centre.settings import stored_value
from enrol.services.reporting.print_record import record_print

STANDARD_FORM = STANDARD_CONSENT_FORM
STANDARD_SCOPE = STANDARD_CONSENT_SCOPE


@dataclass(frozen=True)
class ConsentInfo:
    id: int
    child_id: int
    signed_by: str
    relation: str
    signed_on: dt.date
    scope: str
    valid_until: dt.date | None
    photo_consent: bool
    form_version: str
    withdrawn_on: dt.date | None
    withdrawn_by: str | None
    withdrawal_reason: str | None
    recorded_by: str
    recorded_at: dt.datetime
    valid: bool


@dataclass(frozen=True)
class ConsentRegister:
    child_id: int
    child: str
    status: str  # rules.VALID / MISSING / WITHDRAWN / EXPIRED
    photo_allowed: bool
    consents: list[ConsentInfo]


def _terms(row: Consent) -> rules.ConsentTerms:
    return rules.ConsentTerms(signed_on=row.signed_on, valid_until=row.valid_until, withdrawn_on=row.withdrawn_on)


def _info(row: Consent, on: dt.date) -> ConsentInfo:
    return ConsentInfo(
        id=row.id, child_id=row.child_id, signed_by=row.signed_by, relation=row.relation, signed_on=row.signed_on,
        scope=row.scope, valid_until=row.valid_until, photo_consent=row.photo_consent, form_version=row.form_version,
        withdrawn_on=row.withdrawn_on, withdrawn_by=row.withdrawn_by, withdrawal_reason=row.withdrawal_reason,
        recorded_by=row.recorded_by, recorded_at=row.recorded_at, valid=rules.is_valid(_terms(row), on))


def _consents(session: Session, child_id: int) -> list[Consent]:
    return list(session.scalars(select(Consent).where(Consent.child_id == child_id).order_by(Consent.signed_on,
                                                                                             Consent.id)))


def consent_status(session: Session, *, child_id: int, on: dt.date) -> str:
    """Inside a caller's transaction: valid / missing / withdrawn / expired. An anonymised child's consent
    reads as withdrawn: nobody can act on it any more, whatever rows an older anonymisation left open."""
    if session.scalar(select(Child.anonymised).where(Child.id == child_id)):
        return rules.WITHDRAWN
    return rules.status([_terms(c) for c in _consents(session, child_id)], on)


_VALID_EXISTS = Statement(select(exists().where(
    Consent.child_id == bindparam("child"), Consent.signed_on <= bindparam("on"),
    or_(Consent.withdrawn_on.is_(None), Consent.withdrawn_on > bindparam("on")),
    or_(Consent.valid_until.is_(None), Consent.valid_until >= bindparam("on")))))


def check_consent_for_enrolment(session: Session, *, actor: Actor, child_id: int, on: dt.date,
                                reason: str | None = None) -> str:
    """The enrolment gate, inside the enrolment's own transaction (after the child is loaded).

    Refuses (``RefusedError``, rule ``consent``) when the setting ``consent_required`` is ``yes`` and the
    child has no consent valid on ``on``. Otherwise returns the status; a missing consent is written to the
    audit trail with ``reason`` (the registrar's, or "transition period"), so the centre can find and
    complete those children later."""
    # The common case in one indexed EXISTS (no ORM objects): about a fifth of the full status's cost, which
    # matters on the enrolment path (README, *Performance*: ≥ 2,000 checked enrolments a second).
    if _VALID_EXISTS.scalar(raw(session), {"child": child_id, "on": on}):
        return rules.VALID
    state = consent_status(session, child_id=child_id, on=on)
    if stored_value(session, "consent_required") == "yes":
        raise RefusedError(N_("Child #{child} has no valid consent to process personal data ({status}); "
                              "record the legal representative's consent first"),
                           rule="consent", child=child_id, status=state)
    audit.record(session, actor=actor, action="consent.bypass", entity="child", entity_id=child_id,
                 after={"status": state, "reason": reason or N_("transition period")})
    return state


def consent_register(db: Database, *, actor: Actor, child: str | int) -> ConsentRegister:
    permissions.require(actor, "children.view")
    today = now().date()
    with db.read() as session:
        found = lookup.child(session, child)
        rows = _consents(session, found.id)
        infos = [_info(r, today) for r in rows]
        return ConsentRegister(
            child_id=found.id, child=full_name(found.surname, found.name, found.patronymic),
            status=rules.WITHDRAWN if found.anonymised else rules.status([_terms(r) for r in rows], today),
            photo_allowed=any(i.valid and i.photo_consent for i in infos), consents=infos)


def record_consent(db: Database, *, actor: Actor, child: str | int, signed_by: str, relation: str = "parent",
                   signed_on: dt.date | None = None, scope: str = STANDARD_SCOPE, valid_until: dt.date | None = None,
                   photo_consent: bool = False, form_version: str = STANDARD_FORM) -> ConsentInfo:
    """Record a signed consent form; the signer should be one of the child's guardians (linked when so)."""
    permissions.require(actor, "consent.edit")
    stamp = now()
    signed = signed_on or stamp.date()
    signer = clean_name(signed_by, field="guardian", max_length=150) or ""
    if not signer:
        raise ValidationError("guardian", N_("This field is empty; please fill it in"))
    kin = check_choice(relation, field="relation", choices=GUARDIAN_RELATIONS)
    what = clean_text(scope, field="scope", max_length=1000, required=True) or ""
    version = clean_text(form_version, field="scope", max_length=30, required=True) or STANDARD_FORM
    if signed > stamp.date():
        raise ValidationError("signed_on", N_("The date {value} is in the future"), value=signed.isoformat())
    if valid_until is not None and valid_until < signed:
        raise ValidationError("valid_until", N_("the consent would end before it was signed"))
    with db.write() as session:
        found = lookup.child(session, child)
        if found.anonymised:
            raise RefusedError(N_("Child #{child} has been anonymised"), rule="anonymised", child=found.id)
        guardian = session.scalar(select(Guardian).where(Guardian.child_id == found.id, Guardian.full_name == signer))
        row = Consent(child_id=found.id, guardian_id=guardian.id if guardian else None, signed_by=signer, relation=kin,
                      signed_on=signed, scope=what, valid_until=valid_until, photo_consent=photo_consent,
                      form_version=version, withdrawn_on=None, recorded_by=actor.login, recorded_at=stamp)
        session.add(row)
        session.flush()
        info = _info(row, stamp.date())
        audit.record(session, actor=actor, action="consent.add", entity="child", entity_id=found.id,
                     after={"consent": row.id, "signed_by": signer, "signed_on": signed, "valid_until": valid_until,
                            "photo": photo_consent, "form": version})
        return info


def withdraw_consent(db: Database, *, actor: Actor, consent_id: int, reason: str | None = None,
                     on: dt.date | None = None) -> ConsentInfo:
    """The representative withdraws a consent: kept, with the day, who recorded it and why."""
    permissions.require(actor, "consent.edit")
    stamp = now()
    why = clean_text(reason, field="reason", max_length=500)
    day = on or stamp.date()
    with db.write() as session:
        row = session.get(Consent, consent_id)
        if row is None:
            raise RefusedError(N_("There is no consent «{key}»"), rule="not_found", key=consent_id)
        if row.withdrawn_on is not None:
            raise RefusedError(N_("This consent was already withdrawn on {date}"), rule="withdrawn",
                               date=row.withdrawn_on.isoformat())
        row.withdrawn_on, row.withdrawn_by, row.withdrawal_reason = day, actor.login, why
        audit.record(session, actor=actor, action="consent.withdraw", entity="child", entity_id=row.child_id,
                     after={"consent": row.id, "withdrawn_on": day})
        return _info(row, stamp.date())


@dataclass(frozen=True)
class MissingConsent:
    child_id: int
    child: str
    status: str


def children_without_consent(db: Database, *, actor: Actor, limit: int = 1000) -> list[MissingConsent]:
    """Children (not anonymised) whose consent is missing, withdrawn or expired today: the register's flag."""
    permissions.require(actor, "children.view")
    today = now().date()
    with db.read() as session:
        terms: dict[int, list[rules.ConsentTerms]] = {}
        for row in session.scalars(select(Consent)):
            terms.setdefault(row.child_id, []).append(_terms(row))
        found = []
        for child in session.scalars(select(Child).where(Child.anonymised.is_(False)).order_by(Child.sort_key)):
            state = rules.status(terms.get(child.id, []), today)
            if state != rules.VALID:
                found.append(MissingConsent(child_id=child.id, child=full_name(child.surname, child.name,
                                                                               child.patronymic), status=state))
                if len(found) >= limit:
                    break
        return found


def print_consent_form(db: Database, *, actor: Actor, child: str | int, language: str = "kk",
                       output: Path | None = None, force: bool = False) -> bytes:
    """The consent form for signature (kk or ru), filled in with the child's first guardian and, when a
    consent is on file, its terms; audited as ``print.consent``."""
    permissions.require(actor, "print.documents")
    # Late for the start's sake, not for a cycle: reportlab loads on the first print.
    from enrol.reports.consent_form import FORM_LANGUAGES, ConsentForm, render_consent_form

    if language not in FORM_LANGUAGES:
        raise ValidationError("language", N_("«{value}» is not one of: {choices}"), value=language,
                              choices=", ".join(FORM_LANGUAGES))
    stamp = now()
    with db.read() as session:
        found = lookup.child(session, child)
        if found.anonymised:
            raise RefusedError(N_("Child #{child} has been anonymised"), rule="anonymised", child=found.id)
        guardian = session.scalar(select(Guardian).where(Guardian.child_id == found.id).order_by(Guardian.id))
        latest = next((c for c in reversed(_consents(session, found.id)) if rules.is_valid(_terms(c), stamp.date())),
                      None)
        form = ConsentForm(
            centre=str(stored_value(session, "centre_name")), printed_at=stamp,
            child=full_name(found.surname, found.name, found.patronymic), birth_date=found.birth_date, iin=found.iin,
            signer=latest.signed_by if latest else guardian.full_name if guardian else None,
            relation=latest.relation if latest else guardian.relation if guardian else None,
            phone=guardian.phone if guardian else None, scope=latest.scope if latest else STANDARD_SCOPE,
            valid_until=latest.valid_until if latest else None,
            photo_consent=latest.photo_consent if latest else None,
            form_version=latest.form_version if latest else STANDARD_FORM)
    kin = form.relation
    if kin in GUARDIAN_RELATIONS:  # the family's language, not the stored code
        form = dataclasses.replace(form, relation=translate(GUARDIAN_RELATIONS[kin], language=language))
    pdf = render_consent_form(form, language=language)
    record_print(db, actor=actor, document="consent", entity="child", entity_id=found.id, output=output, pdf=pdf,
                 force=force, details={"language": language})
    return pdf


__all__ = ["ConsentInfo", "ConsentRegister", "MissingConsent", "check_consent_for_enrolment", "children_without_consent", "print_consent_form",
           "consent_register", "consent_status", "record_consent", "withdraw_consent"]
