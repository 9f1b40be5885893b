"""What went wrong with a file, in Dutch: the system's and the JSON reader's messages
are English ("No such file or directory", "Expecting value"); the family reads these."""

from __future__ import annotations

import errno
from typing import Final

_OS_REASONS: Final[dict[int, str]] = {
    errno.ENOENT: "het bestand of de map bestaat niet",
    errno.EISDIR: "dat is een map, geen bestand",
    errno.ENOTDIR: "een deel van het pad is geen map",
    errno.EACCES: "u hebt geen toestemming om dit te openen of te schrijven",
    errno.EPERM: "u hebt geen toestemming om dit te openen of te schrijven",
    errno.ENOSPC: "de schijf is vol",
    errno.EROFS: "de schijf of map is alleen-lezen",
    errno.EEXIST: "er bestaat al een bestand met die naam",
    errno.ENAMETOOLONG: "de naam van het bestand is te lang",
    errno.EBUSY: "het bestand is in gebruik door een ander programma",
    errno.EIO: "de schijf kan niet worden gelezen of beschreven (een fout van de schijf)",
    errno.ENODEV: "het apparaat is er niet (meer), bijvoorbeeld een USB-stick die eruit is",
    errno.ENXIO: "het apparaat is er niet (meer), bijvoorbeeld een USB-stick die eruit is",
}

# The JSON reader's messages (json.JSONDecodeError.msg), by their start.
_JSON_REASONS: Final[tuple[tuple[str, str], ...]] = (
    (
        "Expecting property name enclosed in double quotes",
        "hier hoort een naam tussen dubbele aanhalingstekens",
    ),
    ("Expecting value", "hier hoort een waarde (een tekst, getal, lijst of object)"),
    ("Expecting ',' delimiter", "hier ontbreekt een komma"),
    ("Expecting ':' delimiter", "hier ontbreekt een dubbele punt"),
    ("Unterminated string", "een tekst zonder aanhalingsteken aan het eind"),
    ("Invalid control character", "een teken dat niet in een tekst mag staan"),
    ("Invalid \\escape", "een ongeldige code na een backslash (\\)"),
    ("Invalid \\uXXXX escape", "een ongeldige code na \\u"),
    ("Extra data", "na het einde van het document staat nog meer"),
)


def os_reason(error: OSError) -> str:
    """Why a file could not be read or written, in Dutch (the system's own words, in
    brackets, only when there is no Dutch for them)."""
    known = _OS_REASONS.get(error.errno or -1)
    if known is not None:
        return known
    return f"een fout van het systeem ({error.strerror or error})"


def json_reason(message: str) -> str:
    """The JSON reader's message (``Expecting value``) in Dutch."""
    for start, dutch in _JSON_REASONS:
        if message.startswith(start):
            return dutch
    return f"de opbouw klopt niet ({message})"
