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
import secrets
from dataclasses import dataclass
from typing import Any, Final, Literal

from nabestaanden.paths import AppPaths

KEYRING_SERVICE: Final = "nabestaanden"
MIN_PASSPHRASE_LENGTH: Final = 10
KeySource = Literal["keyring", "passphrase"]


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
    """The secret handed to SQLCipher's ``PRAGMA key``."""

    secret: str
    source: KeySource

    @classmethod
    def from_raw(cls, hex_key: str) -> DatabaseKey:
        """A random 256-bit key, given as 64 hex digits; SQLCipher skips its KDF for it."""
        return cls(f"x'{hex_key}'", "keyring")

    @classmethod
    def from_passphrase(cls, passphrase: str) -> DatabaseKey:
        return cls(passphrase, "passphrase")

    def __repr__(self) -> str:  # never print the secret
        return f"DatabaseKey(source={self.source!r})"


@dataclass(frozen=True)
class StoreConfig:
    """What ``opslag.json`` says: how the database in this folder is keyed."""

    key_source: KeySource

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
        return StoreConfig(source)

    def write(self, paths: AppPaths) -> None:
        paths.ensure()
        temporary = paths.store_config.with_suffix(".tmp")
        temporary.write_text(
            json.dumps({"version": 1, "key_source": self.key_source}, indent=2) + "\n",
            encoding="utf-8",
        )
        temporary.replace(paths.store_config)


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
            f"(naam '{KEYRING_SERVICE}', map {paths.data_dir}). Zonder die sleutel kan het "
            "bestand niet worden geopend. Het bestand is niet veranderd. Zet de sleutel terug "
            "of open een reservekopie van een andere computer, en probeer het opnieuw."
        )
    return DatabaseKey.from_raw(secret)


def create_keyring_key(paths: AppPaths) -> DatabaseKey:
    """Make a new random 256-bit key and store it in the keyring (checked by reading back).

    A key the keyring already holds for this folder is used again, never replaced:
    it may be the only key to older backups.
    """
    from keyring import errors

    if not keyring_usable():
        raise KeyringUnavailable(
            "Er is op deze computer geen sleutelbos beschikbaar om de sleutel te bewaren."
        )
    hex_key = secrets.token_hex(32)
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
    return DatabaseKey.from_raw(hex_key)


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
            "is ingelogd, kan de gegevens openen. Zonder die sleutel zijn de gegevens en "
            "de reservekopieën niet te openen."
        )
    return (
        f"{where} U opent ze met uw wachtwoordzin. Die wordt nergens bewaard. "
        "Bent u de wachtwoordzin kwijt, dan zijn de gegevens en de reservekopieën niet "
        "meer te openen."
    )
