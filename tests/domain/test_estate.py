"""The estate: totals, the warnings before accepting, and the shares under the law."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from nabestaanden.domain.estate import (
    CHOICE_TASK,
    Descendant,
    EstateItem,
    Share,
    estate_warnings,
    legal_shares,
    shares_in_money,
    totals,
)
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


def test_a_partner_and_two_children_each_inherit_a_third() -> None:
    result = legal_shares("Anna", [Descendant("Bram"), Descendant("Cees")])
    assert result.shares == (
        Share("Anna", Fraction(1, 3)),
        Share("Bram", Fraction(1, 3)),
        Share("Cees", Fraction(1, 3)),
    )
    assert not result.other_relatives_inherit


def test_children_without_a_partner_share_equally() -> None:
    result = legal_shares(None, [Descendant("Bram"), Descendant("Cees")])
    assert [share.part for share in result.shares] == [Fraction(1, 2), Fraction(1, 2)]


def test_the_children_of_a_child_who_died_before_take_its_place_and_share_its_part() -> None:
    daan = Descendant("Daan", alive=False, descendants=(Descendant("Eva"), Descendant("Finn")))
    result = legal_shares("Anna", [Descendant("Bram"), daan])
    assert result.shares == (
        Share("Anna", Fraction(1, 3)),
        Share("Bram", Fraction(1, 3)),
        Share("Eva", Fraction(1, 6), ("Daan",)),
        Share("Finn", Fraction(1, 6), ("Daan",)),
    )
    assert sum(share.part for share in result.shares) == 1


def test_a_child_who_died_before_without_descendants_leaves_no_part() -> None:
    result = legal_shares("Anna", [Descendant("Bram"), Descendant("Daan", alive=False)])
    assert [(share.name, share.part) for share in result.shares] == [
        ("Anna", Fraction(1, 2)),
        ("Bram", Fraction(1, 2)),
    ]


def test_a_great_grandchild_takes_the_place_of_two_generations() -> None:
    daan = Descendant(
        "Daan",
        alive=False,
        descendants=(
            Descendant("Eva"),
            Descendant("Gijs", alive=False, descendants=(Descendant("Hana"),)),
        ),
    )
    result = legal_shares(None, [daan])
    assert result.shares == (
        Share("Eva", Fraction(1, 2), ("Daan",)),
        Share("Hana", Fraction(1, 2), ("Daan", "Gijs")),
    )


def test_without_partner_or_descendants_other_relatives_inherit() -> None:
    result = legal_shares(None, [Descendant("Daan", alive=False)])
    assert result.shares == ()
    assert result.other_relatives_inherit
    assert "notaris" in result.notes[0]


def test_the_shares_in_euros_are_rounded_to_cents() -> None:
    result = legal_shares("Anna", [Descendant("Bram"), Descendant("Cees")])
    money = shares_in_money(result, euros("100000.00"))
    assert [amount for _share, amount in money] == [euros("33333.33")] * 3


def test_each_heirs_tax_group_follows_from_the_shares() -> None:
    from nabestaanden.domain.estate import heir_shares

    daan = Descendant("Daan", alive=False, descendants=(Descendant("Eva"),))
    shares = legal_shares("Anna", [Descendant("Bram"), daan])
    found = [
        (heir.share.name, heir.relation, heir.amount)
        for heir in heir_shares(shares, euros("90000"), with_partner=True)
    ]
    assert found == [
        ("Anna", "partner", euros("30000.00")),
        ("Bram", "child", euros("30000.00")),
        ("Eva", "grandchild", euros("30000.00")),
    ]
    alone = heir_shares(legal_shares(None, [Descendant("Bram")]), euros("10"), False)
    assert [heir.relation for heir in alone] == ["child"]
