"""A print of personal data made a fact: its audit event and its PDF written whole, in one transaction.

Apart from ``printing`` because every service that prints needs it — the documents there and the consent form
of the consent register — and the consent register must not depend on how rosters and sheets gather their
data (that would tie the registry, groups and enrolment to printing in one import cycle).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from enrol.db.engine import Database
from enrol.io.table_export import write_whole
from enrol.services.context import Actor
from enrol.services.people import audit


def record_print(db: Database, *, actor: Actor, document: str, entity: str, entity_id: object = None,
                 details: Any = None, output: Path | None = None, pdf: bytes = b"") -> None:
    """Audit one print of personal data; with ``output``, write the PDF inside the same transaction, so
    a file that cannot be written leaves no audit event behind."""
    with db.write() as session:
        audit.record(session, actor=actor, action=f"print.{document}", entity=entity, entity_id=entity_id,
                     after=details)
        if output is not None:
            save_pdf(pdf, output)


def save_pdf(pdf: bytes, output: Path) -> Path:
    """Write the file whole or not at all (a half-written PDF is worse than none)."""
    target = Path(output)
    write_whole(target, lambda draft: draft.write_bytes(pdf))
    return target
