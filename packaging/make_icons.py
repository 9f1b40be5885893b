"""Make the app icon in every format from ``resources/icons/nabestaanden.svg``.

Run after changing the drawing (``make icons``); the results are committed:

- ``resources/icons/nabestaanden-<size>.png`` (16 to 512 pixels): the window icon at
  run time, and the Linux desktop icons (hicolor theme);
- ``packaging/icons/nabestaanden.ico``: Windows (the executable and the installer),
  with the sizes Explorer and the taskbar use;
- ``packaging/icons/nabestaanden.icns``: macOS (the ``.app`` bundle).

Qt draws the SVG (as the app would); Pillow writes the ICO and ICNS containers.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "nabestaanden.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_path(size: int) -> Path:
    return ROOT / "resources" / "icons" / f"nabestaanden-{size}.png"


def render_pngs() -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0], "-platform", "offscreen"])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE} is not a valid SVG")
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        if not image.save(str(png_path(size)), "PNG"):
            raise SystemExit(f"could not write {png_path(size)}")
    del app


def write_containers() -> None:
    from PIL import Image

    out = ROOT / "packaging" / "icons"
    out.mkdir(exist_ok=True)
    largest = Image.open(png_path(512))
    largest.save(out / "nabestaanden.ico", sizes=[(size, size) for size in ICO_SIZES])
    largest.save(out / "nabestaanden.icns")


def main() -> int:
    render_pngs()
    write_containers()
    print(f"icons written from {SOURCE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
