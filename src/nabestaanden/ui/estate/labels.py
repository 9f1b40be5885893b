"""The estate's words in the window's language.

The domain keeps the Dutch labels (``domain/estate.py``) for the PDFs, which are
always Dutch; the window shows them through Qt's translation system, so each text is
written out here, in a literal call, for ``lupdate`` to find. A test checks that the
Dutch words here are the domain's.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication


def kind_labels() -> dict[str, str]:
    return {
        "bank_account": QCoreApplication.translate("EstateLabels", "Betaalrekening"),
        "savings": QCoreApplication.translate("EstateLabels", "Spaarrekening"),
        "house": QCoreApplication.translate("EstateLabels", "Huis"),
        "car": QCoreApplication.translate("EstateLabels", "Auto"),
        "insurance": QCoreApplication.translate("EstateLabels", "Verzekering"),
        "pension_capital": QCoreApplication.translate("EstateLabels", "Pensioenkapitaal"),
        "shares": QCoreApplication.translate("EstateLabels", "Aandelen of beleggingen"),
        "inventory": QCoreApplication.translate("EstateLabels", "Inboedel"),
        "claim": QCoreApplication.translate(
            "EstateLabels", "Vordering (geld dat de overledene nog kreeg)"
        ),
        "mortgage": QCoreApplication.translate("EstateLabels", "Hypotheek"),
        "loan": QCoreApplication.translate("EstateLabels", "Lening"),
        "credit_card": QCoreApplication.translate("EstateLabels", "Creditcard"),
        "tax": QCoreApplication.translate("EstateLabels", "Belasting"),
        "care_costs": QCoreApplication.translate("EstateLabels", "Zorgkosten"),
        "funeral_costs": QCoreApplication.translate("EstateLabels", "Kosten van de uitvaart"),
        "allowance_repayment": QCoreApplication.translate("EstateLabels", "Toeslagen terugbetalen"),
    }


def basis_labels() -> dict[str, str]:
    return {
        "statement": QCoreApplication.translate("EstateLabels", "afschrift of opgave"),
        "appraisal": QCoreApplication.translate("EstateLabels", "taxatie"),
        "estimate": QCoreApplication.translate("EstateLabels", "schatting"),
        "unknown": QCoreApplication.translate("EstateLabels", "onbekend"),
    }


def owned_labels() -> dict[str, str]:
    return {
        "alone": QCoreApplication.translate("EstateLabels", "van de overledene alleen"),
        "community": QCoreApplication.translate(
            "EstateLabels", "gemeenschap van goederen (de helft telt)"
        ),
    }


def document_labels() -> dict[str, str]:
    return {
        "akte_van_overlijden": QCoreApplication.translate("EstateLabels", "Akte van overlijden"),
        "verklaring_van_erfrecht": QCoreApplication.translate(
            "EstateLabels", "Verklaring van erfrecht"
        ),
        "testament": QCoreApplication.translate("EstateLabels", "Testament"),
        "other": QCoreApplication.translate("EstateLabels", "Ander document"),
    }


def copy_labels() -> dict[str, str]:
    return {
        "original": QCoreApplication.translate("EstateLabels", "origineel"),
        "certified_copy": QCoreApplication.translate("EstateLabels", "gewaarmerkte kopie"),
        "copy": QCoreApplication.translate("EstateLabels", "kopie"),
    }


def parse_amount(text: str) -> Decimal | None:
    """An amount as people type it: ``1.234,56``, ``1234,56``, ``€ 1234`` or ``1234.56``;
    None for an empty field.

    Raise:
        ValueError: not an amount (the caller says how to write one).
    """
    cleaned = text.replace("€", "").replace("\xa0", "").replace(" ", "").strip()
    if not cleaned:
        return None
    if "," in cleaned:  # Dutch: points group thousands, the comma marks the cents
        cleaned = cleaned.replace(".", "").replace(",", ".")
    elif cleaned.count(".") == 1 and len(cleaned.split(".")[1]) != 3:
        pass  # 1234.56: a decimal point
    else:
        cleaned = cleaned.replace(".", "")  # 1.234 or 1.234.567: thousands
    try:
        amount = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(text) from None
    if not amount.is_finite():
        raise ValueError(text)
    return amount
