"""The English translation is complete, compiled, and in step with the code.

A failure here usually means someone changed a text in the code and did not run
``make translations``, or did not translate the new texts it marked ``unfinished``
in ``resources/translations/nabestaanden_en.ts`` (open it in ``pyside6-linguist``
or any text editor, then run ``make translations`` again).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from nabestaanden.ui.settings.language import translations_dir

TS_FILE = translations_dir() / "nabestaanden_en.ts"
QM_FILE = TS_FILE.with_suffix(".qm")
SOURCE_DIR = Path(__file__).resolve().parents[2] / "src" / "nabestaanden"
# The options of the Makefile's `translations` target: keep the two in step.
LUPDATE_OPTIONS = ("-extensions", "py", "-locations", "none", "-no-obsolete")

_PLACEHOLDER = re.compile(r"\{[^{}]*\}")
_TAG = re.compile(r"</?\s*([a-zA-Z]+)[^>]*>")
_MNEMONIC = re.compile(r"(?<!&)&(?![&\s])")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str | None
    translations: tuple[str, ...]  # one, or one per plural form
    unfinished: bool

    def __str__(self) -> str:
        return f"{self.context}: {self.source!r}"


def read_ts(path: Path) -> list[Message]:
    """The current messages of a .ts file (obsolete and vanished ones left out)."""
    messages = []
    tree = ET.parse(path)  # noqa: S314 - our own file, from the repository
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{name}: a message without <translation>"
            kind = translation.get("type")
            if kind in ("obsolete", "vanished"):
                continue
            forms = translation.findall("numerusform")
            texts = tuple(form.text or "" for form in forms) if forms else (translation.text or "",)
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment"),
                    translations=texts,
                    unfinished=kind == "unfinished",
                )
            )
    return messages


@pytest.fixture(scope="module")
def messages() -> list[Message]:
    assert TS_FILE.is_file(), f"{TS_FILE} is missing: run `make translations`"
    return read_ts(TS_FILE)


def test_every_message_has_an_english_translation(messages: list[Message]) -> None:
    assert messages
    untranslated = [
        str(message)
        for message in messages
        if message.unfinished or not all(text.strip() for text in message.translations)
    ]
    assert not untranslated, (
        f"Translate these texts in {TS_FILE.name}, then run `make translations`:\n"
        + "\n".join(untranslated)
    )


def test_translations_keep_placeholders_markup_and_mnemonics(messages: list[Message]) -> None:
    """``{name}`` must survive (``.format`` would fail), as must the HTML tags and a
    keyboard shortcut (``&``)."""
    problems = []
    for message in messages:
        for text in message.translations:
            if not text:
                continue
            if sorted(_PLACEHOLDER.findall(message.source)) != sorted(_PLACEHOLDER.findall(text)):
                problems.append(f"{message}: placeholders differ in {text!r}")
            if sorted(_TAG.findall(message.source)) != sorted(_TAG.findall(text)):
                problems.append(f"{message}: HTML tags differ in {text!r}")
            source_keys = len(_MNEMONIC.findall(message.source))
            if source_keys != len(_MNEMONIC.findall(text)):
                problems.append(f"{message}: keyboard shortcut (&) missing or extra in {text!r}")
    assert not problems, "\n".join(problems)


def test_the_compiled_file_matches_the_ts(messages: list[Message]) -> None:
    """The .qm the app loads holds exactly the translations of the .ts."""
    translator = QTranslator()
    assert translator.load(str(QM_FILE)), f"{QM_FILE} is missing: run `make translations`"
    stale = []
    for message in messages:
        if message.unfinished or len(message.translations) != 1:
            continue
        found = translator.translate(message.context, message.source, message.comment)
        if found != message.translations[0]:
            stale.append(f"{message}: {found!r} instead of {message.translations[0]!r}")
    assert not stale, f"{QM_FILE.name} is out of date: run `make translations`.\n" + "\n".join(
        stale
    )


def test_the_ts_file_has_every_text_in_the_code(tmp_path: Path) -> None:
    """Running lupdate over the code adds nothing new to the .ts."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    command = str(lupdate) if lupdate.exists() else shutil.which("pyside6-lupdate")
    assert command, "pyside6-lupdate not found (it comes with PySide6)"
    updated = tmp_path / TS_FILE.name
    shutil.copyfile(TS_FILE, updated)
    subprocess.run(
        [command, *LUPDATE_OPTIONS, str(SOURCE_DIR), "-ts", str(updated)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    known = {(message.context, message.source) for message in read_ts(TS_FILE)}
    current = read_ts(updated)
    new = [str(message) for message in current if (message.context, message.source) not in known]
    gone = known - {(message.context, message.source) for message in current}
    assert not new and not gone, (
        "The texts in the code changed: run `make translations` and translate the new "
        "texts.\nNew:\n"
        + "\n".join(new)
        + "\nNo longer in the code:\n"
        + "\n".join(f"{context}: {source!r}" for context, source in sorted(gone))
    )
