"""Where the family left the intake questions, as stored with each dossier.

Stored words, defined once: the store writes them, the dossier list reads them, the
questions move through them. A module without imports, so the dossier list can use
it at start-up without loading the rest of the domain.
"""

from __future__ import annotations

from typing import Final

NOT_BEGUN: Final = ""
# The pages of the questions, in order.
STEPS: Final = (
    "overledene",
    "uzelf",
    "partner",
    "kinderen",
    "testament",
    "inkomen",
    "toeslagen",
    "wonen",
    "geld",
    "klaar",
)
DONE: Final = "done"
KNOWN: Final = (NOT_BEGUN, *STEPS, DONE)
