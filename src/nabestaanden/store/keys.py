"""Where the database key lives: the OS keyring, or a passphrase the user types.

On first use of a data folder the app makes a random 256-bit key and stores it in
the OS keyring (service ``nabestaanden``, one entry per data folder). Where no
keyring is usable the user chooses a passphrase instead. The choice is written to a
small unencrypted file in the data folder (``opslag.json``, no personal data), so
the next start knows which to ask for. The keyring backend is the one the keyring
library picks: its config file or ``PYTHON_KEYRING_BACKEND`` decide.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Final, Literal

from nabestaanden.paths import AppPaths
from nabestaanden.store.errors import WRONG_PHRASE_MESSAGE, WrongKey
from nabestaanden.store.recovery import RecoveryKey

KEYRING_SERVICE: Final = "nabestaanden"
MIN_PASSPHRASE_LENGTH: Final = 10
KeySource = Literal["keyring", "passphrase"]
# What the passphrase slot in opslag.json wraps: the database key.
PASSPHRASE_SLOT_PURPOSE: Final = "databasesleutel"  # noqa: S105 - a label, not a secret


class KeyProblem(Exception):
    """The key cannot be had; the message says so in Dutch and what to do."""


class KeyringUnavailable(KeyProblem):
    pass


class KeyringLocked(KeyProblem):
    pass


class KeyMissing(KeyProblem):
    pass


@dataclass(frozen=True)
class DatabaseKey:
    """The secret handed to SQLCipher's ``PRAGMA key``.

    Args:
        secret: ``x'..'`` with 64 hex digits for a random or derived 256-bit key
            (SQLCipher skips its own key derivation then), else a passphrase as typed
            (folders made before the passphrase slot existed).
        source: where the key comes from, which decides what the app asks for.
        passphrase: the passphrase the user typed, while it is needed to write or
            open the passphrase slot.
        recovery: the recovery key the database key was derived from, when known.
    """

    secret: str
    source: KeySource
    passphrase: str | None = field(default=None, compare=False)
    recovery: RecoveryKey | None = field(default=None, compare=False)

    @classmethod
    def from_raw(cls, hex_key: str, source: KeySource = "keyring") -> DatabaseKey:
        """A 256-bit key, given as 64 hex digits."""
        return cls(f"x'{hex_key}'", source)

    @classmethod
    def from_passphrase(cls, passphrase: str) -> DatabaseKey:
        """What the user typed; :func:`unlock` turns it into the database key."""
        return cls(passphrase, "passphrase", passphrase=passphrase)

    @classmethod
    def from_recovery(
        cls, recovery: RecoveryKey, source: KeySource, passphrase: str | None = None
    ) -> DatabaseKey:
        """The database key derived from a recovery key."""
        return cls(f"x'{recovery.database_key_hex()}'", source, passphrase, recovery)

    def raw_bytes(self) -> bytes | None:
        """The 32 key bytes of a raw key, or None for a passphrase handed to SQLCipher."""
        if self.secret.startswith("x'") and self.secret.endswith("'") and len(self.secret) == 67:
            return bytes.fromhex(self.secret[2:-1])
        return None

    def __repr__(self) -> str:  # never print the secret
        return f"DatabaseKey(source={self.source!r})"


@dataclass(frozen=True)
class StoreConfig:
    """What ``opslag.json`` says: how the database in this folder is keyed.

    Version 2 adds the passphrase slot (the database key wrapped under the
    passphrase) and, only while a folder moves to a new key, ``pending``: the new
    recovery key wrapped under the old key, so an interrupted move can be finished.
    No personal data and no readable key are ever in this file.
    """

    key_source: KeySource
    passphrase_slot: dict[str, Any] | None = None
    pending: dict[str, Any] | None = None

    @staticmethod
    def read(paths: AppPaths) -> StoreConfig | None:
        try:
            data: Any = json.loads(paths.store_config.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as error:
            raise KeyProblem(
                f"Het bestand {paths.store_config} is beschadigd of onleesbaar ({error}). "
                "Het zegt waar de sleutel van uw gegevens staat. Zet een reservekopie terug "
                "of neem contact op met de maker van de app."
            ) from None
        source = data.get("key_source") if isinstance(data, dict) else None
        if source not in ("keyring", "passphrase"):
            raise KeyProblem(
                f"Het bestand {paths.store_config} noemt geen bekende sleutelbron. "
                "Zet een reservekopie terug of neem contact op met de maker van de app."
            )
        slot = data.get("passphrase_slot")
        pending = data.get("pending")
        return StoreConfig(
            source,
            slot if isinstance(slot, dict) else None,
            pending if isinstance(pending, dict) else None,
        )

    def write(self, paths: AppPaths) -> None:
        paths.ensure()
        content: dict[str, Any] = {"version": 2, "key_source": self.key_source}
        if self.passphrase_slot is not None:
            content["passphrase_slot"] = self.passphrase_slot
        if self.pending is not None:
            content["pending"] = self.pending
        temporary = paths.store_config.with_suffix(".tmp")
        with temporary.open("w", encoding="utf-8") as file:
            file.write(json.dumps(content, indent=2) + "\n")
            file.flush()
            os.fsync(file.fileno())
        temporary.replace(paths.store_config)


def passphrase_slot(key: DatabaseKey) -> dict[str, Any]:
    """The database key wrapped under the passphrase the user chose."""
    raw = key.raw_bytes()
    if raw is None or key.passphrase is None:
        raise ValueError("a passphrase slot needs a raw key and its passphrase")
    from nabestaanden.store import wrapping  # cryptography loads only where a slot is used

    return wrapping.wrap_with_passphrase(key.passphrase, raw, PASSPHRASE_SLOT_PURPOSE)


def unlock(key: DatabaseKey, config: StoreConfig | None) -> DatabaseKey:
    """The database key behind a typed passphrase: unwrapped from the slot when the
    folder has one, else the passphrase itself (a folder from before the slot).

    Raise:
        WrongKey: the passphrase does not open the slot; nothing was changed.
    """
    if key.passphrase is None or key.raw_bytes() is not None:
        return key
    if config is None or config.passphrase_slot is None:
        return key
    from nabestaanden.store import wrapping

    try:
        raw = wrapping.unwrap_with_passphrase(
            key.passphrase, config.passphrase_slot, PASSPHRASE_SLOT_PURPOSE
        )
    except wrapping.SlotProblem:
        raise WrongKey(WRONG_PHRASE_MESSAGE) from None
    return DatabaseKey(f"x'{raw.hex()}'", "passphrase", key.passphrase)


def for_new_database(key: DatabaseKey) -> DatabaseKey:
    """The key a new database gets: one derived from a new recovery key.

    A key from :func:`create_keyring_key` already is; a typed passphrase gets a
    new recovery key here (the passphrase slot then wraps the derived key).
    """
    if key.recovery is not None or key.passphrase is None:
        return key
    return DatabaseKey.from_recovery(RecoveryKey.generate(), "passphrase", key.passphrase)


def keyring_entry_name(paths: AppPaths) -> str:
    """The keyring 'username' for a data folder: its absolute path."""
    return str(paths.data_dir)


def _keyring() -> Any:
    import keyring

    return keyring.get_keyring()


def keyring_description() -> str:
    """A name for the user of the keyring backend in use (for the settings page)."""
    backend = _keyring()
    module = type(backend).__module__
    names = {
        "keyring.backends.SecretService": "de sleutelbos van uw bureaublad (Secret Service)",
        "keyring.backends.Windows": "Windows Referentiebeheer (Credential Manager)",
        "keyring.backends.macOS": "de macOS-sleutelhanger",
        "keyring.backends.kwallet": "KWallet",
        "keyring.backends.libsecret": "de sleutelbos van uw bureaublad (libsecret)",
    }
    return names.get(module, f"de sleutelopslag '{getattr(backend, 'name', module)}'")


def keyring_usable() -> bool:
    """Whether a real keyring backend is configured (not the 'fail' or 'null' one)."""
    backend = _keyring()
    module = type(backend).__module__
    if module in ("keyring.backends.fail", "keyring.backends.null"):
        return False
    if module == "keyring.backends.chainer":
        return bool(getattr(backend, "backends", []))
    return True


def _keyring_error(error: Exception) -> KeyProblem:
    from keyring import errors

    if isinstance(error, errors.KeyringLocked):
        return KeyringLocked(
            f"{keyring_description().capitalize()} is vergrendeld. Ontgrendel de sleutelbos "
            "(meestal met het wachtwoord waarmee u inlogt) en probeer het opnieuw."
        )
    return KeyringUnavailable(
        f"De sleutel kon niet worden gelezen uit {keyring_description()}: de sleutelbos "
        "reageert niet. Probeer het opnieuw; helpt dat niet, start de computer opnieuw op."
    )


def load_keyring_key(paths: AppPaths) -> DatabaseKey:
    """Read the key of this data folder from the keyring.

    Raise:
        KeyProblem: a locked keyring, no keyring at all, or no entry for this folder.
    """
    from keyring import errors

    if not keyring_usable():
        raise KeyringUnavailable(
            "Uw gegevens zijn versleuteld met een sleutel in de sleutelbos van de computer, "
            "maar er is nu geen sleutelbos beschikbaar. Start de app in uw gewone "
            "bureaubladomgeving, of zorg dat de sleutelbos draait, en probeer het opnieuw."
        )
    try:
        secret = _keyring().get_password(KEYRING_SERVICE, keyring_entry_name(paths))
    except errors.KeyringError as error:
        raise _keyring_error(error) from None
    except Exception as error:  # backends raise their own errors (D-Bus, OS)
        raise _keyring_error(error) from None
    if not secret:
        raise KeyMissing(
            f"De sleutel van uw gegevens staat niet (meer) in {keyring_description()} "
            f"(naam '{KEYRING_SERVICE}', map {paths.data_dir}). Het bestand is niet veranderd. "
            "Hebt u het herstelblad? Kies dan 'Herstellen met herstelsleutel' (of op de "
            "opdrachtregel: nabestaanden recover) en typ de herstelsleutel over."
        )
    return DatabaseKey.from_raw(secret)


def create_keyring_key(paths: AppPaths) -> DatabaseKey:
    """Make a new recovery key, and store the database key derived from it in the keyring
    (checked by reading back).

    A key the keyring already holds for this folder is used again, never replaced:
    it may be the only key to older backups.
    """
    from keyring import errors

    if not keyring_usable():
        raise KeyringUnavailable(
            "Er is op deze computer geen sleutelbos beschikbaar om de sleutel te bewaren."
        )
    recovery = RecoveryKey.generate()
    hex_key = recovery.database_key_hex()
    try:
        backend = _keyring()
        existing = backend.get_password(KEYRING_SERVICE, keyring_entry_name(paths))
        if existing and _is_raw_key(existing):
            return DatabaseKey.from_raw(existing)
        backend.set_password(KEYRING_SERVICE, keyring_entry_name(paths), hex_key)
        stored = backend.get_password(KEYRING_SERVICE, keyring_entry_name(paths))
    except errors.KeyringError as error:
        raise _keyring_error(error) from None
    except Exception as error:
        raise _keyring_error(error) from None
    if stored != hex_key:
        raise KeyringUnavailable(
            f"{keyring_description().capitalize()} bewaart de sleutel niet. "
            "Kies een wachtwoordzin om uw gegevens te beveiligen."
        )
    return DatabaseKey(f"x'{hex_key}'", "keyring", recovery=recovery)


def store_keyring_key(paths: AppPaths, key: DatabaseKey, today: date) -> None:
    """Put a database key in the keyring entry of this folder (checked by reading back).

    A different key the entry held is not thrown away: it moves to an entry named
    ``<folder> (vorige sleutel <date>)``, as it may still open an older copy.

    Raise:
        KeyProblem: the keyring is missing, locked, or does not keep the key.
    """
    from keyring import errors

    raw = key.raw_bytes()
    if raw is None:
        raise ValueError("only a raw key goes into the keyring")
    if not keyring_usable():
        raise KeyringUnavailable(
            "Er is op deze computer geen sleutelbos beschikbaar om de sleutel te bewaren."
        )
    name = keyring_entry_name(paths)
    try:
        backend = _keyring()
        existing = backend.get_password(KEYRING_SERVICE, name)
        if existing and existing != raw.hex():
            backend.set_password(KEYRING_SERVICE, f"{name} (vorige sleutel {today})", existing)
        backend.set_password(KEYRING_SERVICE, name, raw.hex())
        stored = backend.get_password(KEYRING_SERVICE, name)
    except errors.KeyringError as error:
        raise _keyring_error(error) from None
    except Exception as error:
        raise _keyring_error(error) from None
    if stored != raw.hex():
        raise KeyringUnavailable(
            f"{keyring_description().capitalize()} bewaart de sleutel niet. "
            "Kies een wachtwoordzin om uw gegevens te beveiligen."
        )


def _is_raw_key(text: str) -> bool:
    try:
        return len(bytes.fromhex(text)) == 32
    except ValueError:
        return False


def check_new_passphrase(passphrase: str, repeated: str) -> str | None:
    """Why a newly chosen passphrase cannot be used, or None when it is fine."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return (
            f"Kies een wachtwoordzin van minstens {MIN_PASSPHRASE_LENGTH} tekens. "
            "Een zin van een paar woorden is goed te onthouden."
        )
    if passphrase != repeated:
        return "De twee wachtwoordzinnen zijn niet gelijk. Typ ze nog eens."
    return None


def passphrase_from_environment() -> str | None:
    """``NABESTAANDEN_PASSPHRASE``, for the headless commands."""
    return os.environ.get("NABESTAANDEN_PASSPHRASE") or None


def key_location_text(paths: AppPaths, source: KeySource) -> str:
    """Explain to the user where the key of their data lives (settings page)."""
    where = f"Uw gegevens staan versleuteld in {paths.database}."
    if source == "keyring":
        return (
            f"{where} De sleutel staat in {keyring_description()}, onder de naam "
            f"'{KEYRING_SERVICE}' voor de map {paths.data_dir}. Wie op deze computer als u "
            "is ingelogd, kan de gegevens openen."
        )
    return f"{where} U opent ze met uw wachtwoordzin. Die wordt nergens bewaard."
