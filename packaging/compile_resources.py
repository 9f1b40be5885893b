"""Write ``resources/compiled.json`` (``make compiled``): the catalogue's and letter
texts' TOML files, parsed, each with the hash of its bytes (see
``nabestaanden.domain.toml_files``). Run it after editing a TOML file; a test says
when it is behind."""

from __future__ import annotations

from pathlib import Path

from nabestaanden.domain.toml_files import COMPILED_FOLDERS, COMPILED_NAME, compile_folder

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def main() -> None:
    target = RESOURCES / COMPILED_NAME
    text = compile_folder(RESOURCES, COMPILED_FOLDERS)
    partial = target.with_suffix(".json.part")
    partial.write_text(text, encoding="utf-8")
    partial.replace(target)
    print(f"{target.relative_to(RESOURCES.parent)}: {len(text.encode()) // 1024} KiB")


if __name__ == "__main__":
    main()
