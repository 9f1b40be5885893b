"""Progress on the plan: a task's status and note."""

from __future__ import annotations

from typing import TYPE_CHECKING

from nabestaanden.operations.work import DOSSIER, PLAN, Changed, changing

if TYPE_CHECKING:
    from nabestaanden.domain.catalogue import Catalogue
    from nabestaanden.store.base import Store
    from nabestaanden.store.conflicts import Seen


def set_task_progress(
    store: Store,
    catalogue: Catalogue,
    dossier_id: int,
    task_id: str,
    status: str | None = None,
    note: str | None = None,
    seen: Seen | None = None,
) -> Changed[bool]:
    """Change a task's status or note (``None`` leaves it); the value says whether
    anything changed.

    Raise:
        EditConflict: somebody else changed the same part since ``seen`` (what the
            window showed); nothing was saved.
    """
    from nabestaanden.store import conflicts, tasks

    with changing(store, catalogue) as work:
        changed = tasks.set_task_progress(
            work.session, dossier_id, task_id, work.now, status=status, note=note, seen=seen
        )
        if status is not None:  # a note never moves the dossier's next deadline
            work.touch(dossier_id)
        saved = conflicts.task_saved(work.session, dossier_id, task_id)
    return Changed(changed, dossier_id, frozenset({DOSSIER, PLAN}), saved)
