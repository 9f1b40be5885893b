"""The shares under the law (no will): partner and children equal, plaatsvervulling."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from nabestaanden.domain.estate_shares import (
    Descendant,
    Share,
    family_for_shares,
    heir_shares,
    legal_shares,
    shares_in_money,
)


def euros(text: str) -> Decimal:
    return Decimal(text)


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


def test_a_part_from_a_will_is_a_fraction_between_nothing_and_all() -> None:
    import pytest

    from nabestaanden.domain.estate_shares import parse_share, will_shares

    assert parse_share(" 1 / 3 ") == Fraction(1, 3)
    assert parse_share("1") == 1
    for wrong in ("0", "3/2", "-1/2", "half", "1/0"):
        with pytest.raises(ValueError, match="geen deel"):
            parse_share(wrong)
    _shares, warning = will_shares([("Anna", Fraction(1, 2)), ("Bram", Fraction(1, 2))])
    assert warning == ""


def test_grandchildren_entered_in_the_place_of_a_child_share_its_part() -> None:
    partner, children, notes = family_for_shares(
        "Anna",
        True,
        ["Bram"],
        [("Eva", "Daan"), ("Finn", "daan"), ("Gijs", "Daan")],
    )
    # "daan" is the same child as "Daan": one branch, shared by three.
    result = legal_shares(partner, children)
    assert [(s.name, s.part, s.in_place_of) for s in result.shares] == [
        ("Anna", Fraction(1, 3), ()),
        ("Bram", Fraction(1, 3), ()),
        ("Eva", Fraction(1, 9), ("Daan",)),
        ("Finn", Fraction(1, 9), ("Daan",)),
        ("Gijs", Fraction(1, 9), ("Daan",)),
    ]
    assert notes == []


def test_a_grandchild_without_a_parent_or_with_a_living_one_does_not_count() -> None:
    _partner, children, notes = family_for_shares(
        None, False, ["Bram"], [("Eva", ""), ("Finn", "bram")]
    )
    assert [child.name for child in children] == ["Bram"]
    assert len(notes) == 2
    assert notes[0].startswith("Bij Eva staat niet in wiens plaats")
    assert "bram staat ook als erfgenaam in de lijst: dan erft bram zelf en niet Finn" in notes[1]
