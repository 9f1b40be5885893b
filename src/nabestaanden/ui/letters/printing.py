"""Printing a letter's PDF on a printer, page by page."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QSize,
)
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

PRINT_DPI: Final = 300


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Print the pages of a PDF on ``printer`` (also a PDF file printer); return the page count.

    Each page is rendered at the printer's resolution (at most 300 dpi) to fill the page.
    """
    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready:
        raise ValueError("De brief kon niet worden gelezen om af te drukken.")
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("De printer kon niet worden gestart.")
    try:
        dpi = min(printer.resolution(), PRINT_DPI)
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            image: QImage = document.render(page, size)
            target = painter.viewport()
            painter.drawImage(target, image)
    finally:
        painter.end()
    return document.pageCount()
