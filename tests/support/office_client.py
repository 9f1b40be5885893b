"""One member of staff at the office, as a separate process, for the conflict tests.

``python -m tests.support.office_client URL DOSSIER TASK NOTE``: opens the dossier
(as the window does: the state with its versions) and prints ``read``; on a line
``save`` on stdin it saves NOTE as the task's note, naming the version it read, and
prints one JSON line: ``{"saved": true}``, or the conflict with both versions, or
``{"at_once": true}`` when the other save came at the very same moment.
"""

from __future__ import annotations

import json
import sys
from datetime import date, datetime


def main(url: str, dossier_id: int, task_id: str, note: str) -> None:
    from nabestaanden.operations import dossiers, progress
    from nabestaanden.resources import default_catalogue, default_letters
    from nabestaanden.store.conflicts import EditConflict, SavedAtOnce
    from nabestaanden.store.office import open_office, parse_database_url

    catalogue = default_catalogue()
    store = open_office(parse_database_url(url), None, datetime.now())
    try:
        state = dossiers.open_dossier(store, dossier_id, catalogue, default_letters(), date.today())
        print("read", flush=True)
        assert sys.stdin.readline().strip() == "save"
        try:
            progress.set_task_progress(
                store, catalogue, dossier_id, task_id, note=note, seen=state.seen_task(task_id)
            )
            answer: dict[str, object] = {"saved": True}
        except EditConflict as conflict:
            answer = {
                "mine": conflict.mine,
                "theirs": conflict.theirs,
                "by": conflict.by,
                "version": conflict.version,
                "message": str(conflict),
            }
        except SavedAtOnce:
            answer = {"at_once": True}
        print(json.dumps(answer), flush=True)
    finally:
        store.close()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4])
