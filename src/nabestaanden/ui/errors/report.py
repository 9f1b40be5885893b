"""The error report: what went wrong, where in the code, without personal data.

No values, no file names from the user's folders: only the kind of error and the
places in our code, so a report can be sent on without a second look.
"""

from __future__ import annotations

import platform
import sysconfig
import traceback
from pathlib import Path, PurePath
from types import TracebackType
from typing import Final

import PySide6
from PySide6.QtCore import qVersion

import nabestaanden
from nabestaanden import APP_NAME, __version__

# More distinct reports than this in one dialog are only counted.
MAX_REPORTS: Final = 20


REPORT_SEPARATOR: Final = "\n\n" + "-" * 40 + "\n\n"


# --- the report ------------------------------------------------------------------------


def _code_roots() -> list[Path]:
    """Folders that code files are shown relative to: our package's, the libraries'."""
    roots = [Path(nabestaanden.__file__).resolve().parent.parent]
    paths = sysconfig.get_paths()
    for key in ("purelib", "platlib", "stdlib", "platstdlib"):
        if key in paths:
            roots.append(Path(paths[key]).resolve())
    # The deepest folder first: site-packages before the standard library around it.
    return sorted(set(roots), key=lambda root: len(root.parts), reverse=True)


_ROOTS: Final = _code_roots()


def code_location(filename: str) -> str:
    """A code file's name without anything personal in it.

    ``/home/anna/app/src/nabestaanden/ui/main_window.py`` becomes
    ``nabestaanden/ui/main_window.py``; a library file is shown relative to
    site-packages or the standard library; any other file by its name alone.
    """
    if filename.startswith("<"):  # <frozen importlib._bootstrap>, <string>
        return filename
    path = PurePath(filename)
    if not path.is_absolute():  # a frozen app keeps relative names
        return path.as_posix() if ".." not in path.parts else path.name
    try:
        resolved = Path(filename).resolve()
    except (OSError, RuntimeError):
        resolved = Path(filename)
    for root in _ROOTS:
        if resolved.is_relative_to(root):
            return resolved.relative_to(root).as_posix()
    return path.name


def _type_name(exc_type: type[BaseException]) -> str:
    module = getattr(exc_type, "__module__", "")
    name = getattr(exc_type, "__qualname__", getattr(exc_type, "__name__", "?"))
    return name if module in ("builtins", "", None) else f"{module}.{name}"


def _frames(tb: TracebackType | None) -> list[str]:
    lines = []
    for frame, line_number in traceback.walk_tb(tb):
        code = frame.f_code
        function = getattr(code, "co_qualname", code.co_name)
        lines.append(f"  {code_location(code.co_filename)}:{line_number} in {function}")
    return lines


def _chain(exc: BaseException | None) -> list[tuple[str, BaseException]]:
    """The exceptions that led to ``exc``: (how they relate, exception), ``exc`` excluded."""
    chain: list[tuple[str, BaseException]] = []
    seen = {id(exc)}
    current = exc
    while current is not None:
        if current.__cause__ is not None:
            relation, current = "Veroorzaakt door", current.__cause__
        elif current.__context__ is not None and not current.__suppress_context__:
            relation, current = "Terwijl deze fout werd afgehandeld", current.__context__
        else:
            break
        if id(current) in seen:
            break
        seen.add(id(current))
        chain.append((relation, current))
    return chain


def _scrub_home(text: str) -> str:
    """Belt and braces: no path into the home folder, whatever ended up in the text."""
    try:
        home = str(Path.home())
    except (RuntimeError, KeyError):
        return text
    if len(home) > 1:
        text = text.replace(home, "~")
    return text


def error_report(
    exc_type: type[BaseException],
    exc: BaseException | None,
    tb: TracebackType | None,
) -> str:
    """A bug report without personal data.

    It holds the app, Python and Qt versions, the platform, the exception's type and
    the frames of the traceback (file relative to its package, line, function), for
    the exception and the ones that caused it. It never holds the exception's message,
    local variables, source lines or paths into the home folder.

    Args:
        exc_type: the exception's class.
        exc: the exception (its message is not used).
        tb: its traceback.

    Return:
        The report, plain text, one fact per line.
    """
    lines = [
        f"Foutrapport {APP_NAME}",
        f"App: {__version__}",
        f"Python: {platform.python_version()}",
        f"Qt: {qVersion()} (PySide6 {PySide6.__version__})",
        f"Systeem: {platform.system()} {platform.release()}".rstrip(),
        "",
        f"Fout: {_type_name(exc_type)}",
        "Plek (de laatste aanroep onderaan):",
        *(_frames(tb) or ["  (onbekend)"]),
    ]
    for relation, earlier in _chain(exc):
        lines += [
            "",
            f"{relation}: {_type_name(type(earlier))}",
            *(_frames(earlier.__traceback__) or ["  (onbekend)"]),
        ]
    return _scrub_home("\n".join(lines))
