"""The window's mandate words are the domain's in Dutch (the PDFs use the domain's)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from nabestaanden.domain import mandates
from nabestaanden.ui.mandates import labels as mandate_labels


def test_the_window_shows_the_domains_words_in_dutch(qtbot: QtBot) -> None:
    pairs = [
        (mandate_labels.basis_labels(), mandates.LEGAL_BASIS_LABELS, mandates.LEGAL_BASES),
        (
            mandate_labels.service_type_labels(),
            mandates.SERVICE_TYPE_LABELS,
            mandates.SERVICE_TYPES,
        ),
        (mandate_labels.right_labels(), mandates.RIGHT_LABELS, mandates.RIGHTS),
        (mandate_labels.duration_labels(), mandates.DURATION_LABELS, mandates.DURATIONS),
        (mandate_labels.status_labels(), mandates.STATUS_LABELS, mandates.STATUSES),
    ]
    for window, domain, codes in pairs:
        assert list(window) == list(codes)
        assert window == domain
