"""The audit trail: every change of a dossier, with its old and new value.

Each store function that changes something calls :func:`record` in the same
transaction, so the trail and the change are saved together or not at all.
"""

from __future__ import annotations

import json
from datetime import date, datetime

from nabestaanden.domain.dossier import FieldValue
from nabestaanden.store import models


def record(
    dossier: models.Dossier,
    now: datetime,
    action: str,
    entity: str,
    entity_id: int | None = None,
    field: str = "",
    old: FieldValue = None,
    new: FieldValue = None,
) -> None:
    def text(value: FieldValue) -> str | None:
        if value is None:
            return None
        return value.isoformat() if isinstance(value, date) else str(value)

    dossier.audit.append(
        models.AuditEntry(
            at=now,
            action=action,
            entity=entity,
            entity_id=entity_id,
            field=field,
            old_value=text(old),
            new_value=text(new),
        )
    )


def json_text(value: object) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)
