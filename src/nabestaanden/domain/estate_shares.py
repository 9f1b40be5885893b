"""The shares of the heirs under the law without a will (Boek 4 BW), and each heir's
part of the estate's balance with the tax group it falls in.

The spouse or registered partner and the children inherit in equal parts (art. 4:10
and 4:11); the descendants of a child who died before take that child's place and
share its part (plaatsvervulling, art. 4:12). Under the wettelijke verdeling (art.
4:13) the partner receives the goods and each child a claim in money for the value of
its share; the shares are the same. The quotes are kept beside their URLs
(``LEGAL_SOURCES``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from typing import Final

# A partner who inherits by law: a spouse, or a registered partner (art. 4:8 BW).
INHERITING_RELATIONSHIPS: Final = ("married", "registered")

LEGAL_SOURCES: Final = (
    (
        "https://wetboekplus.nl/burgerlijk-wetboek-boek-4-artikel-8-echtgenoten-gelijkgesteld-geregistreerde-partners/",
        "In dit Boek worden met echtgenoten gelijkgesteld geregistreerde partners.",
    ),
    (
        "https://wetboekplus.nl/burgerlijk-wetboek-boek-4-artikel-10-wettelijke-erfgenamen/",
        "De wet roept tot een nalatenschap als erfgenamen uit eigen hoofde achtereenvolgens: "
        "de niet van tafel en bed gescheiden echtgenoot van de erflater tezamen met diens "
        "kinderen; [...] De afstammelingen van een kind, broer, zuster, grootouder of "
        "overgrootouder worden bij plaatsvervulling geroepen.",
    ),
    (
        "https://wetboekplus.nl/burgerlijk-wetboek-boek-4-artikel-11-erven-voor-gelijke-delen/",
        "Degenen die tezamen uit eigen hoofde tot een nalatenschap worden geroepen, erven "
        "voor gelijke delen.",
    ),
    (
        "https://wetboekplus.nl/burgerlijk-wetboek-boek-4-artikel-12-plaatsvervulling/",
        "Zij die bij plaatsvervulling erven, worden staaksgewijze geroepen tot het erfdeel "
        "van degene wiens plaats zij vervullen.",
    ),
    (
        "https://maxius.nl/burgerlijk-wetboek-boek-4/boek4/titel3/afdeling1",
        "De echtgenoot verkrijgt van rechtswege de goederen van de nalatenschap. [...] "
        "Ieder van de kinderen verkrijgt als erfgenaam van rechtswege een geldvordering "
        "ten laste van de echtgenoot, overeenkomend met de waarde van zijn erfdeel.",
    ),
)
LEGAL_PEILDATUM: Final = "2026-12-07"


@dataclass(frozen=True)
class Descendant:
    """A child of the deceased, or a child of such a child, for the legal shares."""

    name: str
    alive: bool = True
    # A child who died before the deceased: its own children take its place.
    descendants: tuple[Descendant, ...] = ()

    @property
    def has_heirs(self) -> bool:
        """Whether this branch inherits: the person lives, or left descendants who do."""
        return self.alive or any(child.has_heirs for child in self.descendants)


@dataclass(frozen=True)
class Share:
    """An heir's part of the estate under the law without a will."""

    name: str
    part: Fraction
    # Whose place the heir takes (plaatsvervulling), empty when inheriting in its own right.
    in_place_of: tuple[str, ...] = ()


@dataclass(frozen=True)
class LegalShares:
    shares: tuple[Share, ...]
    # When the deceased left no partner and no descendants, other relatives inherit
    # (parents, brothers and sisters and further): not worked out here.
    other_relatives_inherit: bool = False
    notes: tuple[str, ...] = field(default=())


def legal_shares(partner: str | None, children: Sequence[Descendant]) -> LegalShares:
    """The shares under the law (no will): the partner and every child that inherits,
    equal parts; a predeceased child's part shared by its own descendants.

    Args:
        partner: the name of a spouse or registered partner who survived, or None
            (a partner who lived together without marriage or registration does not
            inherit by law).
        children: the deceased's children, living or predeceased.
    """
    branches = [child for child in children if child.has_heirs]
    heads = len(branches) + (1 if partner is not None else 0)
    if heads == 0:
        return LegalShares(
            (),
            other_relatives_inherit=True,
            notes=(
                "Er is geen partner en er zijn geen kinderen of kleinkinderen die erven. "
                "Dan erven andere familieleden, zoals ouders, broers en zussen. Vraag een "
                "notaris wie dat zijn.",
            ),
        )
    part = Fraction(1, heads)
    shares: list[Share] = []
    if partner is not None:
        shares.append(Share(partner, part))
    for branch in branches:
        shares.extend(_branch_shares(branch, part, ()))
    return LegalShares(tuple(shares))


def _branch_shares(person: Descendant, part: Fraction, via: tuple[str, ...]) -> list[Share]:
    if person.alive:
        return [Share(person.name, part, via)]
    heirs = [child for child in person.descendants if child.has_heirs]
    each = part / len(heirs)
    shares: list[Share] = []
    for child in heirs:
        shares.extend(_branch_shares(child, each, (*via, person.name)))
    return shares


def shares_in_money(shares: LegalShares, balance: Decimal) -> list[tuple[Share, Decimal]]:
    """Each heir's part of a balance in euros, rounded to cents (an indication)."""
    cent = Decimal("0.01")
    return [
        (share, (balance * share.part.numerator / share.part.denominator).quantize(cent))
        for share in shares.shares
    ]


@dataclass(frozen=True)
class HeirShare:
    """One heir's part under the law, in euros, with a rough erfbelasting indication."""

    share: Share
    amount: Decimal
    relation: str  # partner, child or grandchild (the tax group)


def family_for_shares(
    partner: str | None,
    partner_inherits: bool,
    children: Sequence[str],
    grandchildren: Sequence[tuple[str, str]] = (),
) -> tuple[str | None, list[Descendant], list[str]]:
    """The partner who inherits by law (married or registered) and the children, as the
    dossier names them: the living children, and per child named in a grandchild's
    ``in_place_of`` (who died before the deceased, or refused) a branch of its own
    children (plaatsvervulling, art. 4:12 BW). ``grandchildren``: (name, in place of).

    Returns the partner, the children and notes on grandchildren that cannot count: one
    without the name of the child whose place it takes, or one whose parent is listed
    as a living heir (then the parent inherits, not the grandchild).
    """
    living = [Descendant(name) for name in children]
    listed = {name.casefold() for name in children}
    branches: dict[str, tuple[str, list[str]]] = {}  # by the parent's name in any case
    notes: list[str] = []
    for name, parent in grandchildren:
        if not parent:
            notes.append(
                f"Bij {name} staat niet in wiens plaats dit kleinkind erft: het telt niet "
                "mee. Vul bij Erfgenamen in van welk kind van de overledene het een kind is."
            )
        elif parent.casefold() in listed:
            notes.append(
                f"{parent} staat ook als erfgenaam in de lijst: dan erft {parent} zelf en "
                f"niet {name}. Een kleinkind erft alleen in de plaats van een kind dat eerder "
                "overleed of de erfenis verwierp."
            )
        else:
            branches.setdefault(parent.casefold(), (parent, []))[1].append(name)
    predeceased = [
        Descendant(parent, alive=False, descendants=tuple(Descendant(n) for n in names))
        for parent, names in branches.values()
    ]
    return (partner if partner_inherits else None), living + predeceased, notes


def heir_shares(shares: LegalShares, balance: Decimal, with_partner: bool) -> list[HeirShare]:
    """Each heir's part of the balance, and the tax group it falls in (the partner, when
    there is one, comes first in ``legal_shares``)."""
    result = []
    for index, (share, amount) in enumerate(shares_in_money(shares, balance)):
        if with_partner and index == 0:
            relation = "partner"
        elif share.in_place_of:
            relation = "grandchild"
        else:
            relation = "child"
        result.append(HeirShare(share, amount, relation))
    return result


def parse_share(text: str) -> Fraction:
    """A part of the estate as a will gives it: ``1/2``, ``1/3`` or ``1`` (all of it).

    Raise:
        ValueError: not a part between 0 and 1 (the message says how to write one).
    """
    cleaned = text.replace(" ", "")
    try:
        part = Fraction(cleaned)
    except (ValueError, ZeroDivisionError):
        raise ValueError(
            f"'{text}' is geen deel: schrijf een breuk, zoals 1/2 of 1/3 (of 1 voor alles)."
        ) from None
    if not 0 < part <= 1:
        raise ValueError(f"'{text}' is geen deel: het ligt tussen 0 en 1, zoals 1/2.")
    return part


def will_shares(names_and_parts: Sequence[tuple[str, Fraction]]) -> tuple[LegalShares, str]:
    """The shares as entered from a will, and a warning when they do not add up to the
    whole estate ("" when they do)."""
    shares = LegalShares(tuple(Share(name, part) for name, part in names_and_parts))
    total = sum((part for _name, part in names_and_parts), Fraction(0))
    warning = ""
    if total != 1:
        warning = (
            f"De delen uit het testament tellen samen op tot {total.numerator}/"
            f"{total.denominator}, niet tot het geheel. Kijk het testament na, of vraag de "
            "notaris."
        )
    return shares, warning
