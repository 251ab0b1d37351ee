"""When a child's data may be processed: the rules of the consent register (law No. 94-V, README's
*People, roles and personal data*). Pure functions over plain values so the GUI, the CLI and the enrolment check agree."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

# The centre's standard consent form: recorded when a registrar ticks the box at registration or in an import.
STANDARD_CONSENT_FORM = "standard-2026"
STANDARD_CONSENT_SCOPE = "identity, birth date, IIN, school, contacts of the legal representative, attendance"

# What "valid" means, in order of the checks, as the register shows it.
VALID, MISSING, WITHDRAWN, EXPIRED = "valid", "missing", "withdrawn", "expired"


@dataclass(frozen=True)
class ConsentTerms:
    signed_on: dt.date
    valid_until: dt.date | None
    withdrawn_on: dt.date | None


def is_valid(terms: ConsentTerms, on: dt.date) -> bool:
    """Signed on or before ``on``, not withdrawn by then, and not past its end date."""
    if terms.signed_on > on:
        return False
    if terms.withdrawn_on is not None and terms.withdrawn_on <= on:
        return False
    return terms.valid_until is None or on <= terms.valid_until


def status(consents: list[ConsentTerms], on: dt.date) -> str:
    """``valid`` when any consent is valid on ``on``; otherwise why not (withdrawn, expired, missing)."""
    if any(is_valid(c, on) for c in consents):
        return VALID
    if any(c.withdrawn_on is not None and c.withdrawn_on <= on for c in consents):
        return WITHDRAWN
    if any(c.valid_until is not None and c.valid_until < on for c in consents):
        return EXPIRED
    return MISSING


def retention_expired(last_activity: dt.date, *, years: int, on: dt.date) -> bool:
    """A child's data is kept ``years`` full years after the last activity (registration, enrolment change,
    attendance mark, appointment), then anonymised."""
    try:
        limit = last_activity.replace(year=last_activity.year + years)
    except ValueError:  # 29 February
        limit = last_activity.replace(year=last_activity.year + years, day=28)
    return on > limit
