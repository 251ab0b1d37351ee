"""A print of personal data made a fact: its audit event and its PDF written whole, in one transaction.

Apart from ``printing`` because every service that prints needs it — the documents there and the consent form
of the consent register — and the consent register must not depend on how rosters and sheets gather their
data (that would tie the registry, groups and enrolment to printing in one import cycle).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from enrol.db.engine import Database
from enrol.io.outputs import write_output
from enrol.services.context import Actor
from enrol.services.people import audit


def record_print(db: Database, *, actor: Actor, document: str, entity: str, entity_id: object = None,
                 details: Any = None, output: Path | None = None, pdf: bytes = b"", force: bool = False) -> None:
    """Audit one print of personal data; with ``output``, write the PDF inside the same transaction, so
    a file that cannot be written leaves no audit event behind."""
    with db.write() as session:
        audit.record(session, actor=actor, action=f"print.{document}", entity=entity, entity_id=entity_id,
                     after=details)
        if output is not None:
            save_pdf(pdf, output, force=force)


def save_pdf(pdf: bytes, output: Path, *, force: bool = False) -> Path:
    """Write the file whole or not at all (a half-written PDF is worse than none), never over the database
    or a file that is not a PDF unless ``force``."""
    write_output(Path(output), kind="pdf", write=lambda draft: draft.write_bytes(pdf), force=force)
    return Path(output)
