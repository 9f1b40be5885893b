"""The mandate register's words (legal bases, kinds of service, rights, durations,
statuses) in the window's language.

Also one warning of the register as rich text, for the tab and the task pages.

The domain keeps the Dutch labels (``domain/mandates.py``) for the PDFs, which are
always Dutch; the window shows them through Qt's translation system, so each text
is written out here, in a literal call, for ``lupdate`` to find. A test checks that
the Dutch words here are the domain's.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from nabestaanden.domain.mandate_rules import CONTEXT, Problem
from nabestaanden.domain.mandate_warnings import Warning


def basis_labels() -> dict[str, str]:
    return {
        "erfgenaam_wet": QCoreApplication.translate("MandateLabels", "erfgenaam volgens de wet"),
        "erfgenaam_testament": QCoreApplication.translate(
            "MandateLabels", "erfgenaam volgens het testament"
        ),
        "executeur": QCoreApplication.translate(
            "MandateLabels", "executeur (met verklaring van executele)"
        ),
        "verklaring_van_erfrecht": QCoreApplication.translate(
            "MandateLabels", "verklaring van erfrecht"
        ),
        "boedelvolmacht": QCoreApplication.translate(
            "MandateLabels", "boedelvolmacht, getekend door de mede-erfgenamen"
        ),
        "nabestaandenmachtiging": QCoreApplication.translate(
            "MandateLabels", "nabestaandenmachtiging van de Belastingdienst"
        ),
        "rechter": QCoreApplication.translate("MandateLabels", "benoemd door de rechter"),
        "anders": QCoreApplication.translate("MandateLabels", "anders"),
    }


def service_type_labels() -> dict[str, str]:
    return {
        "financien": QCoreApplication.translate("MandateLabels", "financiën"),
        "belastingen": QCoreApplication.translate("MandateLabels", "belastingen"),
        "toeslagen": QCoreApplication.translate("MandateLabels", "toeslagen"),
        "pensioen": QCoreApplication.translate("MandateLabels", "pensioen"),
        "zorg": QCoreApplication.translate("MandateLabels", "zorg"),
        "wonen": QCoreApplication.translate("MandateLabels", "wonen"),
        "overig": QCoreApplication.translate("MandateLabels", "overig"),
    }


def right_labels() -> dict[str, str]:
    return {
        "inzien": QCoreApplication.translate("MandateLabels", "inzien"),
        "wijzigen": QCoreApplication.translate("MandateLabels", "wijzigen"),
        "aanvragen": QCoreApplication.translate("MandateLabels", "aanvragen of indienen"),
    }


def duration_labels() -> dict[str, str]:
    return {
        "eenmalig": QCoreApplication.translate("MandateLabels", "eenmalig, voor één taak"),
        "tot_datum": QCoreApplication.translate("MandateLabels", "tot een datum"),
        "geen_einddatum": QCoreApplication.translate("MandateLabels", "geen einddatum"),
    }


def status_labels() -> dict[str, str]:
    return {
        "concept": QCoreApplication.translate("MandateLabels", "concept"),
        "aangevraagd": QCoreApplication.translate("MandateLabels", "aangevraagd"),
        "actief": QCoreApplication.translate("MandateLabels", "actief"),
        "ingetrokken": QCoreApplication.translate("MandateLabels", "ingetrokken"),
        "verlopen": QCoreApplication.translate("MandateLabels", "verlopen"),
    }


def right_label(right: str) -> str:
    return right_labels().get(right, right)


def warning_html(warning: Warning, about: str) -> str:
    """One warning as rich text: "⚠ Naam: tekst (te controleren) [1] [2]", with its
    sources as numbered links; ``about`` is the holder it concerns, or empty."""
    prefix = f"{about}: " if about else ""
    check = ""
    if warning.to_verify:
        check = (
            " <b>"
            + html.escape(
                QCoreApplication.translate("MandateLabels", "(te controleren)"), quote=False
            )
            + "</b>"
        )
    sources = " ".join(
        f'<a href="{html.escape(source)}">[{number}]</a>'
        for number, source in enumerate(warning.sources, start=1)
    )
    return f"⚠ {html.escape(prefix + warning.text, quote=False)}{check} {sources}"


def rule_text(problem: Problem) -> str:
    """A problem of the mandate rules (``domain.mandate_rules``) in the window's language."""
    return problem.text(lambda template: QCoreApplication.translate(CONTEXT, template))
