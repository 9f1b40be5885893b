"""The recovery key: a second way into the data when the keyring entry or passphrase is gone.

On first use of a data folder the app makes a random recovery key of 120 bits and
writes it, in 5 groups of 5 characters, on a "herstelblad" the user prints or writes
down. The database key is derived from it (scrypt), so the recovery key alone opens
the database and every backup, on any computer: a reinstalled Windows, a new laptop
or a wiped keyring no longer loses the data. The keyring holds the derived key, and
a passphrase wraps it (:mod:`wrapping`), so in daily use nobody types the recovery key.

The characters are Crockford's base 32 (no I, L, O or U), easy to read aloud and to
type; the last character is a check on the other 24, so a mistyped character is
caught before any file is touched. The recovery key itself is kept inside the
encrypted database (table ``recovery_key``), so the sheet can be printed again.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

DbConnection = Any  # sqlcipher3 ships no type information

ALPHABET: Final = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
DATA_CHARACTERS: Final = 24  # 24 x 5 bits = 120 random bits
GROUP: Final = 5
LENGTH: Final = DATA_CHARACTERS + 1  # and one check character
# Characters people write for the ones Crockford's alphabet leaves out.
_READ_AS: Final = {"O": "0", "I": "1", "L": "1"}
_SEPARATORS: Final = " -.\t\n\r_"
# Fixed parameters: the recovery key is random, so the salt need not be secret or
# per folder; it must be the same on every computer for the key to open a copy anywhere.
_SALT: Final = b"nabestaanden-herstelsleutel-1"
_SCRYPT_N: Final = 2**14


class RecoveryKeyProblem(ValueError):
    """A typed recovery key that cannot be right; the message says why (Dutch)."""


def _check_character(data: str) -> str:
    return ALPHABET[hashlib.sha256(data.encode("ascii")).digest()[0] % len(ALPHABET)]


@dataclass(frozen=True)
class RecoveryKey:
    """25 characters of Crockford's base 32, the last a check character."""

    characters: str

    @classmethod
    def generate(cls) -> RecoveryKey:
        data = "".join(secrets.choice(ALPHABET) for _ in range(DATA_CHARACTERS))
        return cls(data + _check_character(data))

    @classmethod
    def parse(cls, text: str) -> RecoveryKey:
        """Read a key as typed: spaces, dashes and lower case are fine; O, I and L are
        read as 0, 1 and 1.

        Raise:
            RecoveryKeyProblem: a wrong length, a character the key cannot hold, or a
                check character that does not match (a character copied wrong).
        """
        cleaned = "".join(ch for ch in text.upper() if ch not in _SEPARATORS)
        cleaned = "".join(_READ_AS.get(ch, ch) for ch in cleaned)
        if not cleaned:
            raise RecoveryKeyProblem(
                "Typ de herstelsleutel over van het herstelblad: 5 groepen van 5 tekens."
            )
        wrong = sorted({ch for ch in cleaned if ch not in ALPHABET})
        if wrong:
            shown = ", ".join(f"'{ch}'" for ch in wrong)
            raise RecoveryKeyProblem(
                f"De herstelsleutel bevat tekens die er niet in kunnen staan: {shown}. "
                "Er staan alleen cijfers en de letters A tot en met Z zonder I, L, O en U "
                "in. Kijk nog eens op het herstelblad."
            )
        if len(cleaned) != LENGTH:
            raise RecoveryKeyProblem(
                f"Een herstelsleutel heeft {LENGTH} tekens (5 groepen van 5); u typte er "
                f"{len(cleaned)}. Kijk nog eens op het herstelblad."
            )
        if _check_character(cleaned[:-1]) != cleaned[-1]:
            raise RecoveryKeyProblem(
                "Deze herstelsleutel klopt niet: een van de tekens is verkeerd overgenomen. "
                "Vergelijk elke groep met het herstelblad en probeer het opnieuw."
            )
        return cls(cleaned)

    def groups(self) -> list[str]:
        return [self.characters[i : i + GROUP] for i in range(0, LENGTH, GROUP)]

    def formatted(self) -> str:
        """``7K3QF-M9X2D-...``: how the sheet and the window show it."""
        return "-".join(self.groups())

    def database_key_hex(self) -> str:
        """The 256-bit database key derived from this recovery key, as 64 hex digits."""
        derived = hashlib.scrypt(
            self.characters.encode("ascii"), salt=_SALT, n=_SCRYPT_N, r=8, p=1, dklen=32
        )
        return derived.hex()

    def __repr__(self) -> str:  # never print the key
        return "RecoveryKey(...)"

    __str__ = __repr__


@dataclass(frozen=True)
class RecoveryRecord:
    """What the database keeps about its recovery key."""

    key: RecoveryKey
    created_at: datetime
    stored_at: datetime | None  # when the user said the sheet is put away
    reminded_at: datetime | None


def read_record(connection: DbConnection) -> RecoveryRecord | None:
    """The recovery key kept in the database, or None for a folder made before it existed."""
    row = connection.execute(
        "SELECT key, created_at, stored_at, reminded_at FROM recovery_key WHERE id = 1"
    ).fetchone()
    if row is None:
        return None
    return RecoveryRecord(
        RecoveryKey(str(row[0])),
        datetime.fromisoformat(str(row[1])),
        datetime.fromisoformat(str(row[2])) if row[2] else None,
        datetime.fromisoformat(str(row[3])) if row[3] else None,
    )


def write_record(connection: DbConnection, key: RecoveryKey, now: datetime) -> None:
    """Keep (or replace) the recovery key in the database, as not yet put away."""
    connection.execute("BEGIN IMMEDIATE")
    connection.execute("DELETE FROM recovery_key")
    connection.execute(
        "INSERT INTO recovery_key (id, key, created_at, stored_at, reminded_at) "
        "VALUES (1, ?, ?, NULL, NULL)",
        (key.characters, now.isoformat(sep=" ")),
    )
    connection.execute("COMMIT")


def mark_stored(connection: DbConnection, now: datetime) -> None:
    """The user says the sheet is put away: no more reminders."""
    connection.execute(
        "UPDATE recovery_key SET stored_at = ? WHERE id = 1", (now.isoformat(sep=" "),)
    )


def mark_reminded(connection: DbConnection, now: datetime) -> None:
    """The sheet was shown: the next reminder is a month from now."""
    connection.execute(
        "UPDATE recovery_key SET reminded_at = ? WHERE id = 1", (now.isoformat(sep=" "),)
    )
