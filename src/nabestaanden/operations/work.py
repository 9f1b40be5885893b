"""The unit of work: one session per user action, committed once, with what changed.

Every operation that writes runs inside :func:`changing`: it opens a session,
lets the action change the store, brings each touched dossier's derived data up to
date (the earliest open deadline the dossier list sorts on), and commits. Should
anything fail, nothing of the action is kept. Known problems of the computer (a
full disk, a read-only folder) arrive as :class:`~nabestaanden.store.errors.
EnvironmentProblem` from the store; problems the user can fix in what they entered
as :class:`ActionRefused`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from nabestaanden.domain.catalogue import Catalogue
    from nabestaanden.store.base import Store
    from nabestaanden.store.conflicts import Saved

T = TypeVar("T")

# The parts of a dossier an action may change; the window refreshes what it shows.
DOSSIER = "dossier"  # the list row: name, archived, next deadline
PERSONS = "persons"  # the deceased, the contact person, the heirs
PLAN = "plan"  # the intake answers and task progress
LETTERS = "letters"  # the register of letters
MANDATES = "mandates"
ESTATE = "estate"  # the boedel's items and the documents sent


class ActionRefused(Exception):
    """The action cannot be done with what was entered; nothing was changed.

    The message says what to put right, in Dutch; ``problems`` lists each one (in
    the exchange format's paths where a file was read).
    """

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []

    def full_text(self) -> str:
        """The message with each problem on a line of its own."""
        return "\n".join([str(self), *(f"  {problem}" for problem in self.problems)])


@dataclass(frozen=True)
class Changed(Generic[T]):
    """What an action did: its result, the dossier and the parts it changed."""

    value: T
    dossier_id: int | None = None
    parts: frozenset[str] = frozenset()
    # The rows saved under optimistic locking, as the window now sees them (their key
    # in ``DossierState.versions`` and ``store.conflicts.Seen``).
    saved: Saved = ()

    def touches(self, part: str) -> bool:
        return part in self.parts


@dataclass
class Work:
    """The open unit of work handed to an action."""

    session: Session
    now: datetime
    touched: set[int] = field(default_factory=set)

    def touch(self, dossier_id: int) -> None:
        """The action changed this dossier: refresh its derived data before commit."""
        self.touched.add(dossier_id)


@contextmanager
def changing(
    store: Store, catalogue: Catalogue | None, now: datetime | None = None
) -> Iterator[Work]:
    """Run one action in one transaction; see the module's description.

    ``catalogue`` is needed only by actions that touch a dossier's plan; for the others
    (a name, the archive) it may be None, so they work even without the data files.
    """
    from sqlalchemy.orm.exc import StaleDataError

    from nabestaanden.store import dossiers
    from nabestaanden.store.conflicts import SavedAtOnce

    with store.session() as session:
        work = Work(session, now or datetime.now())
        try:
            yield work
            session.flush()
            if work.touched and catalogue is None:
                from nabestaanden.resources import default_catalogue

                catalogue = default_catalogue()
            for dossier_id in sorted(work.touched):
                if store.read_only:
                    break  # a meekijker reads; the derived data waits for the next change
                if catalogue is not None and dossiers.exists(session, dossier_id):
                    dossiers.update_next_deadline(session, dossier_id, catalogue)
            session.commit()
        except StaleDataError as error:
            # Somebody else's save of the same row came first (the version moved on
            # between reading and writing): nothing of this action is kept.
            raise SavedAtOnce() from error
