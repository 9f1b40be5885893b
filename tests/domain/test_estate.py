"""The estate: totals and the warnings before accepting."""

from __future__ import annotations

from decimal import Decimal

from nabestaanden.domain.estate import CHOICE_TASK, EstateItem, estate_warnings, totals
from nabestaanden.resources import default_catalogue


def euros(text: str) -> Decimal:
    return Decimal(text)


def test_community_property_counts_for_half_and_the_rest_in_full() -> None:
    items = [
        EstateItem("house", "Woning Dorpsstraat 1", value=euros("300000"), owned="community"),
        EstateItem("mortgage", "Hypotheek", value=euros("200000.50"), owned="community"),
        EstateItem("bank_account", "Betaalrekening", value=euros("10234.56")),
        EstateItem("funeral_costs", "Uitvaart", value=euros("8500")),
    ]
    found = totals(items)
    assert found.assets == euros("160234.56")
    assert found.debts == euros("108500.25")
    assert found.balance == euros("51734.31")
    assert found.complete


def test_an_unknown_value_is_never_counted_as_zero() -> None:
    items = [
        EstateItem("bank_account", value=euros("1000")),
        EstateItem("savings", "Spaarrekening bij de ASN"),
        EstateItem("credit_card", "Creditcard"),
    ]
    found = totals(items)
    assert (found.assets, found.debts) == (euros("1000"), euros("0"))
    assert (found.unknown_assets, found.unknown_debts) == (1, 1)
    assert not found.complete
    codes = [warning.code for warning in estate_warnings(items)]
    assert codes == ["debts_may_exceed", "values_unknown"]
    [_, unknown] = estate_warnings(items)
    assert "2 posten" in unknown.text and "niet compleet" in unknown.text


def test_debts_above_the_assets_warn_before_accepting_and_point_to_the_choice() -> None:
    items = [
        EstateItem("bank_account", value=euros("5000")),
        EstateItem("loan", "Persoonlijke lening", value=euros("20000")),
    ]
    [warning] = estate_warnings(items)
    assert warning.code == "debts_exceed"
    assert "beneficiair aanvaarden" in warning.text
    assert warning.task == CHOICE_TASK
    assert CHOICE_TASK in default_catalogue().tasks


def test_an_estate_with_more_assets_and_every_value_known_gives_no_warning() -> None:
    items = [
        EstateItem("bank_account", value=euros("5000")),
        EstateItem("care_costs", value=euros("1200")),
    ]
    assert estate_warnings(items) == []
    assert estate_warnings([]) == []
