"""Amounts in euros, written the Dutch way with babel: ``€ 1.234,56``.

Never floats: every amount is a :class:`~decimal.Decimal`. The space after the euro
sign does not break (a no-break space), so an amount never splits over two lines.
"""

from __future__ import annotations

from decimal import Decimal

from babel.numbers import format_currency


def euros(amount: Decimal) -> str:
    """``€ 1.234,56`` (a debt is written as a positive amount in its own column)."""
    return str(format_currency(amount, "EUR", locale="nl_NL"))
