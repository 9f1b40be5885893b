"""A secret wrapped under another: AES-256-GCM from ``cryptography``, keys from scrypt.

Used for the passphrase "slot" in ``opslag.json`` (the database key wrapped under
the user's passphrase) and for the note kept there while a folder moves to a new
key. Authenticated encryption: a wrong passphrase or an edited slot is refused,
never decrypted into garbage. The slot holds its own parameters, so stronger ones
can be chosen later without breaking older folders.
"""

from __future__ import annotations

import base64
import secrets
from typing import Any, Final

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

# OWASP's advice for scrypt: N = 2^17, r = 8, p = 1 (128 MB, about 0.4 s here).
PASSPHRASE_N: Final = 2**17
_CONTEXT: Final = b"nabestaanden-sleutelslot-1:"


class SlotProblem(Exception):
    """The slot cannot be unwrapped: a wrong secret, or a damaged slot."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise SlotProblem("slot field is not text")
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except ValueError:
        raise SlotProblem("slot field is not base64") from None


def _scrypt(secret: str, salt: bytes, n: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=8, p=1).derive(secret.encode("utf-8"))


def wrap_with_passphrase(
    passphrase: str, secret: bytes, purpose: str, n: int = PASSPHRASE_N
) -> dict[str, Any]:
    """Encrypt ``secret`` under a key derived from the passphrase.

    Args:
        passphrase: what the user types.
        secret: the bytes to keep (a database key, a recovery key).
        purpose: bound into the encryption, so a slot cannot be used for another role.
    """
    salt = secrets.token_bytes(16)
    return _wrap(_scrypt(passphrase, salt, n), secret, purpose) | {
        "kdf": "scrypt",
        "n": n,
        "r": 8,
        "p": 1,
        "salt": _b64(salt),
    }


def unwrap_with_passphrase(passphrase: str, slot: dict[str, Any], purpose: str) -> bytes:
    """Raise: SlotProblem for a wrong passphrase or a damaged slot."""
    n = slot.get("n")
    if slot.get("kdf") != "scrypt" or not isinstance(n, int) or not 2**10 <= n <= 2**22:
        raise SlotProblem("unknown key derivation")
    return _unwrap(_scrypt(passphrase, _unb64(slot.get("salt")), n), slot, purpose)


def wrap_with_key(key: bytes, secret: bytes, purpose: str) -> dict[str, Any]:
    """Encrypt ``secret`` under a random 256-bit key (no derivation needed)."""
    return _wrap(key, secret, purpose) | {"kdf": "none"}


def unwrap_with_key(key: bytes, slot: dict[str, Any], purpose: str) -> bytes:
    if slot.get("kdf") != "none":
        raise SlotProblem("unknown key derivation")
    return _unwrap(key, slot, purpose)


def _wrap(key: bytes, secret: bytes, purpose: str) -> dict[str, Any]:
    nonce = secrets.token_bytes(12)
    sealed = AESGCM(key).encrypt(nonce, secret, _CONTEXT + purpose.encode("ascii"))
    return {"cipher": "aes-256-gcm", "nonce": _b64(nonce), "ciphertext": _b64(sealed)}


def _unwrap(key: bytes, slot: dict[str, Any], purpose: str) -> bytes:
    if slot.get("cipher") != "aes-256-gcm":
        raise SlotProblem("unknown cipher")
    try:
        return AESGCM(key).decrypt(
            _unb64(slot.get("nonce")),
            _unb64(slot.get("ciphertext")),
            _CONTEXT + purpose.encode("ascii"),
        )
    except (InvalidTag, ValueError):
        raise SlotProblem("wrong secret or damaged slot") from None
