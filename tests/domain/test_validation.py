from datetime import date

import pytest

from nabestaanden.domain import validation
from nabestaanden.domain.validation import InvalidValue


@pytest.mark.parametrize("typed", ["111222333", "1112.22.333", " 111 222 333 "])
def test_bsn_passing_the_elfproef_is_kept_as_nine_digits(typed: str) -> None:
    assert validation.normalize_bsn(typed) == "111222333"


@pytest.mark.parametrize(
    ("typed", "fragment"),
    [
        ("123456789", "elfproef"),
        ("11122233", "9 cijfers"),
        ("1112223334", "9 cijfers"),
        ("11122233a", "alleen uit cijfers"),
    ],
)
def test_bad_bsn_is_refused_with_a_dutch_reason(typed: str, fragment: str) -> None:
    with pytest.raises(InvalidValue, match=fragment):
        validation.normalize_bsn(typed)


def test_iban_is_stored_compact_and_shown_in_groups() -> None:
    compact = validation.normalize_iban("nl91 abna 0417 1643 00")
    assert compact == "NL91ABNA0417164300"
    assert validation.format_iban(compact) == "NL91 ABNA 0417 1643 00"


def test_iban_with_a_wrong_check_digit_is_refused() -> None:
    with pytest.raises(InvalidValue, match="controlecijfers"):
        validation.normalize_iban("NL91ABNA0417164301")
    with pytest.raises(InvalidValue, match="landcode"):
        validation.normalize_iban("12345")


@pytest.mark.parametrize("typed", ["1234ab", "1234 AB", " 1234  ab "])
def test_dutch_postcode_is_written_the_postnl_way(typed: str) -> None:
    assert validation.normalize_postcode(typed) == "1234 AB"


def test_bad_dutch_postcode_is_refused_but_foreign_postcodes_pass_as_typed() -> None:
    with pytest.raises(InvalidValue, match="4 cijfers en 2 letters"):
        validation.normalize_postcode("123 AB")
    assert validation.normalize_postcode("10115", "de") == "10115"


def test_dates_are_read_as_dutch_users_type_them() -> None:
    assert validation.parse_date("15-03-2026") == date(2026, 3, 15)
    assert validation.parse_date("5/3/2026") == date(2026, 3, 5)
    assert validation.parse_date("2026-03-15") == date(2026, 3, 15)
    with pytest.raises(InvalidValue, match="bestaat niet"):
        validation.parse_date("31-02-2026")
    with pytest.raises(InvalidValue, match="dag-maand-jaar"):
        validation.parse_date("maart 2026")


def test_death_in_the_future_or_before_birth_is_reported_per_field() -> None:
    today = date(2026, 11, 29)
    assert validation.check_life_dates(date(1950, 1, 1), date(2026, 3, 15), today) == {}
    future = validation.check_life_dates(None, date(2026, 11, 30), today)
    assert "toekomst" in future["date_of_death"]
    before_birth = validation.check_life_dates(date(1950, 1, 2), date(1950, 1, 1), today)
    assert "vóór de geboortedatum" in before_birth["date_of_death"]
    assert "date_of_birth" in validation.check_life_dates(date(2027, 1, 1), None, today)


def test_country_and_email_checks() -> None:
    assert validation.normalize_country(" be ") == "BE"
    with pytest.raises(InvalidValue):
        validation.normalize_country("NLD")
    assert validation.normalize_email(" a@b.nl ") == "a@b.nl"
    with pytest.raises(InvalidValue):
        validation.normalize_email("pieter.example.nl")
