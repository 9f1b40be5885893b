"""Checks on single values the user types, with Dutch messages that say what to fix.

Every check returns the value in its normal form (a BSN as 9 digits, a postcode as
``1234 AB``, an IBAN without spaces) or raises :class:`InvalidValue` with a message
for the user. The number checks themselves come from python-stdnum.
"""

from __future__ import annotations

import re
from datetime import date

from stdnum import iban as stdnum_iban
from stdnum.exceptions import ValidationError as StdnumError
from stdnum.nl import bsn as stdnum_bsn
from stdnum.nl import postcode as stdnum_postcode


class InvalidValue(ValueError):
    """A value the user typed that cannot be used; the message is Dutch and says why."""


_SEPARATORS = re.compile(r"[\s.\-]")


def normalize_bsn(text: str) -> str:
    """Check a burgerservicenummer with the elfproef.

    Args:
        text: the BSN as typed; spaces, dots and dashes are allowed.

    Return:
        The 9 digits.
    """
    digits = _SEPARATORS.sub("", text)
    if not digits.isdigit() or not digits.isascii():
        raise InvalidValue("Een BSN bestaat alleen uit cijfers.")
    if len(digits) != 9:
        raise InvalidValue(f"Een BSN heeft 9 cijfers. U typte er {len(digits)}.")
    if not stdnum_bsn.is_valid(digits):
        raise InvalidValue(
            "Dit BSN bestaat niet: de controle (elfproef) klopt niet. "
            "Kijk of u een cijfer verkeerd hebt overgenomen."
        )
    return digits


def normalize_iban(text: str) -> str:
    """Check an IBAN (any country), including its check digits.

    Return:
        The IBAN in capitals without spaces, as banks store it.
    """
    try:
        return str(stdnum_iban.validate(text))
    except StdnumError:
        compact = str(stdnum_iban.compact(text))
        if len(compact) < 15 or not compact[:2].isalpha():
            raise InvalidValue(
                "Een IBAN begint met de landcode en is minstens 15 tekens lang, "
                "bijvoorbeeld NL91 ABNA 0417 1643 00."
            ) from None
        raise InvalidValue(
            "Dit IBAN klopt niet: de controlecijfers passen niet bij het nummer. "
            "Kijk of u een teken verkeerd hebt overgenomen."
        ) from None


def format_iban(value: str) -> str:
    """An IBAN in groups of four, for reading (``NL91 ABNA 0417 1643 00``)."""
    return str(stdnum_iban.format(value))


def normalize_postcode(text: str, country: str = "NL") -> str:
    """Check a Dutch postcode and write it the PostNL way: ``1234 AB``.

    Args:
        text: the postcode as typed, with or without space, in any case.
        country: ISO country code of the address; outside the Netherlands any
            postcode is accepted as typed.
    """
    if country.upper() != "NL":
        return text.strip()
    try:
        return str(stdnum_postcode.validate(text))
    except StdnumError:
        raise InvalidValue(
            "Een Nederlandse postcode is 4 cijfers en 2 letters, bijvoorbeeld 1234 AB."
        ) from None


def normalize_country(text: str) -> str:
    """Check an ISO 3166 two-letter country code (``NL``, ``BE``, ``DE``...)."""
    code = text.strip().upper()
    if len(code) != 2 or not code.isalpha() or not code.isascii():
        raise InvalidValue("Een landcode bestaat uit 2 letters, bijvoorbeeld NL, BE of DE.")
    return code


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def normalize_email(text: str) -> str:
    """A rough check of an e-mail address: something@domain.tld."""
    value = text.strip()
    if not _EMAIL.match(value):
        raise InvalidValue("Een e-mailadres ziet eruit als naam@voorbeeld.nl.")
    return value


_DUTCH_DATE = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def parse_date(text: str) -> date:
    """Read a date typed as ``15-03-2026`` (also ``15/3/2026`` or ``2026-03-15``)."""
    value = text.strip()
    iso = _ISO_DATE.match(value)
    dutch = _DUTCH_DATE.match(value)
    try:
        if iso:
            return date(int(iso[1]), int(iso[2]), int(iso[3]))
        if dutch:
            return date(int(dutch[3]), int(dutch[2]), int(dutch[1]))
    except ValueError:
        raise InvalidValue("Deze datum bestaat niet. Kijk de dag en de maand na.") from None
    raise InvalidValue("Typ de datum als dag-maand-jaar, bijvoorbeeld 15-03-2026.")


def format_date(value: date) -> str:
    """A date as the user types it: ``15-03-2026``."""
    return value.strftime("%d-%m-%Y")


def check_life_dates(
    date_of_birth: date | None, date_of_death: date | None, today: date
) -> dict[str, str]:
    """Check the dates of birth and death against each other and against today.

    Return:
        Messages keyed by field name (``date_of_birth``, ``date_of_death``); empty
        when both dates are fine or unknown.
    """
    problems: dict[str, str] = {}
    if date_of_birth is not None and date_of_birth > today:
        problems["date_of_birth"] = "De geboortedatum ligt in de toekomst."
    if date_of_death is not None:
        if date_of_death > today:
            problems["date_of_death"] = "De datum van overlijden ligt in de toekomst."
        elif date_of_birth is not None and date_of_death < date_of_birth:
            problems["date_of_death"] = "De datum van overlijden ligt vóór de geboortedatum."
    return problems
