"""Backups: kept 7 daily, 4 weekly, 12 monthly; checked when written; never overwritten."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from nabestaanden.paths import AppPaths
from nabestaanden.store import backup, keys, rekeying
from nabestaanden.store.backup import BackupInfo, list_backups, to_prune
from tests.support.stores import NOW, import_example, open_new


def daily(made_at: datetime, kind: str = "dagelijks") -> BackupInfo:
    return BackupInfo(Path(f"{made_at:%Y%m%d%H%M}-{kind}.db"), made_at, kind, 1)


def test_a_year_of_daily_copies_keeps_7_days_4_weeks_and_12_months() -> None:
    start = datetime(2026, 12, 6, 9, 0)
    made = [daily(start - timedelta(days=day)) for day in range(400)]
    made += [daily(start - timedelta(days=day), "voor-migratie") for day in (3, 100, 399)]
    removed = set(to_prune(made))
    kept = [info for info in made if info not in removed]
    kept_days = sorted({info.made_at.date() for info in kept if info.kind == "dagelijks"})
    # the last 7 days, each
    assert [start.date() - timedelta(days=day) for day in range(7)] == kept_days[::-1][:7]
    # a copy in each of the last 12 months (the newest of that month)
    months = {(info.made_at.year, info.made_at.month) for info in kept if info.kind == "dagelijks"}
    assert len(months) == 12
    assert len([info for info in kept if info.kind == "dagelijks"]) <= 7 + 4 + 12
    # copies made before a migration (or by hand) are never removed
    assert all(info.kind == "dagelijks" for info in removed)
    assert {info.made_at for info in kept if info.kind == "voor-migratie"} == {
        start - timedelta(days=day) for day in (3, 100, 399)
    }


def test_a_backup_is_whole_opens_with_the_recovery_key_and_never_overwrites_one(
    paths: AppPaths,
) -> None:
    store = open_new(paths)
    import_example(store)
    first = backup.make_backup(store.raw, store.key, paths.backups, "handmatig", NOW)
    second = backup.make_backup(store.raw, store.key, paths.backups, "handmatig", NOW)
    assert store.key.recovery is not None
    from_sheet = keys.DatabaseKey.from_recovery(store.key.recovery, "keyring")
    store.close()
    assert first != second and first.exists() and second.exists()
    for made in (first, second):
        assert rekeying.opens(made, from_sheet)
    listed = list_backups(paths.backups)
    assert {info.path for info in listed} == {first, second}
    assert {info.kind for info in listed} == {"handmatig"}
    assert not list(paths.backups.glob("*.partial"))
