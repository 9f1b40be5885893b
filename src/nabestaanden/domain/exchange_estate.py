"""The estate in the exchange format: ``estate`` with ``items`` and ``documents_sent``.

Optional (added with the estate overview): a file without it has an empty estate, and
a dossier with an empty estate is written without it, so an older app still reads it.
A value is a decimal string in euros with at most two decimals (``"1234.56"``), never
a JSON number (no rounding on the way); no value, or ``null``, is a value not known.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Final

from nabestaanden.domain.estate import (
    COPY_KINDS,
    DOCUMENTS,
    KINDS,
    OWNERSHIPS,
    VALUE_BASES,
    DocumentSent,
    Estate,
    EstateItem,
)
from nabestaanden.domain.exchange_base import ReaderBase, join

ESTATE_KEYS: Final = ("items", "documents_sent")
ITEM_KEYS: Final = (
    "kind",
    "description",
    "organisation",
    "reference",
    "value",
    "value_basis",
    "owned",
)
DOCUMENT_KEYS: Final = (
    "document",
    "copy",
    "organisation",
    "sent_on",
    "returned_on",
    "description",
)
_AMOUNT: Final = re.compile(r"\d{1,12}(\.\d{1,2})?")


class EstateReading(ReaderBase):
    """Reads ``estate``; a problem names its place (``estate.items[2].value``)."""

    def estate(self, value: object) -> Estate:
        if value is None:
            return Estate()
        obj = self.mapping(value, "estate", ESTATE_KEYS)
        if obj is None:
            return Estate()
        items = [
            self.estate_item(item, join(join("estate", "items"), index))
            for index, item in enumerate(self.items(obj, "items", "estate"))
        ]
        documents = [
            self.document_sent(item, join(join("estate", "documents_sent"), index))
            for index, item in enumerate(self.items(obj, "documents_sent", "estate"))
        ]
        return Estate(
            tuple(item for item in items if item is not None),
            tuple(document for document in documents if document is not None),
        )

    def estate_item(self, value: object, path: str) -> EstateItem | None:
        obj = self.mapping(value, path, ITEM_KEYS)
        if obj is None:
            return None
        if "kind" not in obj:
            self.problem(join(path, "kind"), "ontbreekt; wat voor bezit of schuld is het?")
        kind = self.choice(obj, "kind", path, KINDS, None)
        amount = self.amount(obj, "value", path)
        given = obj.get("value") is not None  # a value was written, well or not
        basis = self.choice(obj, "value_basis", path, VALUE_BASES, None)
        if not given and basis not in (None, "unknown"):
            self.problem(
                join(path, "value_basis"),
                f"'{basis}' zonder bedrag: vul 'value' in, of kies 'unknown'",
            )
        if given and basis is None and "value_basis" not in obj:
            self.problem(
                join(path, "value_basis"),
                "ontbreekt bij een bedrag: statement (afschrift), appraisal (taxatie) of "
                "estimate (schatting)",
            )
        if given and basis == "unknown":
            self.problem(
                join(path, "value_basis"),
                "'unknown' past niet bij een bedrag: kies statement, appraisal of estimate",
            )
        if kind is None:
            return None
        return EstateItem(
            kind=kind,
            description=self.text(obj, "description", path),
            organisation=self.text(obj, "organisation", path),
            reference=self.text(obj, "reference", path),
            value=amount,
            value_basis=basis or "unknown",
            owned=self.choice(obj, "owned", path, OWNERSHIPS, "alone") or "alone",
        )

    def amount(self, obj: Mapping[str, Any], key: str, path: str) -> Decimal | None:
        value = obj.get(key)
        if value is None:
            return None
        if isinstance(value, str) and _AMOUNT.fullmatch(value):
            return Decimal(value)
        self.problem(
            join(path, key),
            'geen bedrag: schrijf euro\'s als tekst met een punt, zoals "1234.56" '
            "(zonder euroteken, zonder duizendtallen; een schuld ook zonder min)",
        )
        return None

    def document_sent(self, value: object, path: str) -> DocumentSent | None:
        obj = self.mapping(value, path, DOCUMENT_KEYS)
        if obj is None:
            return None
        if "document" not in obj:
            self.problem(join(path, "document"), "ontbreekt; welk document is verstuurd?")
        document = self.choice(obj, "document", path, DOCUMENTS, None)
        organisation = self.text(obj, "organisation", path)
        if not organisation:
            self.problem(join(path, "organisation"), "ontbreekt; naar wie is het verstuurd?")
        sent_on = self.day(obj, "sent_on", path)
        returned_on = self.day(obj, "returned_on", path)
        if sent_on is not None and sent_on > self.today:
            self.problem(join(path, "sent_on"), "ligt in de toekomst")
        if returned_on is not None and sent_on is not None and returned_on < sent_on:
            self.problem(join(path, "returned_on"), "ligt vóór de dag van versturen (sent_on)")
        if document is None:
            return None
        return DocumentSent(
            document=document,
            organisation=organisation,
            copy_kind=self.choice(obj, "copy", path, COPY_KINDS, "copy") or "copy",
            sent_on=sent_on,
            returned_on=returned_on,
            description=self.text(obj, "description", path),
        )


def estate_json(estate: Estate) -> dict[str, Any]:
    """``estate`` as written in the exchange file."""
    return {
        "items": [
            {
                "kind": item.kind,
                "description": item.description,
                "organisation": item.organisation,
                "reference": item.reference,
                "value": None if item.value is None else f"{item.value:.2f}",
                "value_basis": item.value_basis,
                "owned": item.owned,
            }
            for item in estate.items
        ],
        "documents_sent": [
            {
                "document": document.document,
                "copy": document.copy_kind,
                "organisation": document.organisation,
                "sent_on": None if document.sent_on is None else document.sent_on.isoformat(),
                "returned_on": None
                if document.returned_on is None
                else document.returned_on.isoformat(),
                "description": document.description,
            }
            for document in estate.documents_sent
        ],
    }
