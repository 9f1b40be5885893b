"""The answers the intake questions collect, apart from the widgets."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Final

from nabestaanden.domain.dossier import (
    Deceased,
    FieldValue,
    Situation,
)

MAX_CHILDREN: Final = 12


UNKNOWN: Final = "unknown"


@dataclass
class IntakeAnswers:
    """What the wizard asks: the deceased's main facts and the situation."""

    first_names: str = ""
    surname_prefix: str = ""
    surname: str = ""
    date_of_birth: date | None = None
    date_of_death: date | None = None
    lived_in_netherlands: bool = True
    situation: Situation = field(default_factory=Situation)
    # The contact person's fields by the store's names (see contact_page.TEXT_FIELDS
    # and "relation"); empty: not asked.
    contact: dict[str, FieldValue] = field(default_factory=dict)

    @classmethod
    def of(
        cls,
        deceased: Deceased,
        situation: Situation,
        contact: dict[str, FieldValue] | None = None,
    ) -> IntakeAnswers:
        """The answers as a dossier holds them."""
        return cls(
            contact=dict(contact or {}),
            first_names=deceased.first_names,
            surname_prefix=deceased.surname_prefix,
            surname=deceased.surname,
            date_of_birth=deceased.date_of_birth,
            date_of_death=deceased.date_of_death,
            lived_in_netherlands=deceased.lived_in_netherlands,
            situation=situation,
        )

    def deceased(self) -> Deceased:
        """The deceased as these answers describe them (nothing else filled in)."""
        return Deceased(
            first_names=self.first_names,
            surname_prefix=self.surname_prefix,
            surname=self.surname,
            date_of_birth=self.date_of_birth,
            date_of_death=self.date_of_death,
            lived_in_netherlands=self.lived_in_netherlands,
        )

    def person_values(self) -> dict[str, str | date | bool | None]:
        """The deceased's fields, by the store's field names."""
        return {
            "first_names": self.first_names,
            "surname_prefix": self.surname_prefix,
            "surname": self.surname,
            "date_of_birth": self.date_of_birth,
            "date_of_death": self.date_of_death,
            "lived_in_netherlands": self.lived_in_netherlands,
        }
