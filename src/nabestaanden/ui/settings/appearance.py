"""Text size, high contrast: how the window looks, as the user chose.

The style and the dialog's widgets load when first needed: with the default
appearance, start-up touches none of them.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any, ClassVar, Final

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from nabestaanden.ui.settings.language import LANGUAGES, SOURCE_LANGUAGE

# The style and the dialog's widgets load when first needed: with the default
# appearance, start-up touches none of them.
if TYPE_CHECKING:
    from PySide6.QtGui import QFont, QPalette
    from PySide6.QtWidgets import QProxyStyle


_log = logging.getLogger(__name__)


TEXT_SCALES: Final = (100, 125, 150, 175, 200)
"""The text sizes the user can choose, in percent of the normal size."""


_RELATIVE_SIZE_PROPERTY: Final = "nabestaanden_relative_font_size"


# High contrast: black on white; every colour pair below reaches at least 4.5:1
# (the disabled grey 5.7:1, the links and the highlight more than 9:1).
_BLACK: Final = "#000000"


_WHITE: Final = "#ffffff"


_HIGHLIGHT: Final = "#003087"  # dark blue, white text on it: 11.8:1


_LINK: Final = "#0000cc"


_LINK_VISITED: Final = "#551a8b"


_DISABLED: Final = "#666666"


_FOCUS: Final = _HIGHLIGHT


_FOCUS_WIDTH: Final = 3


@dataclass(frozen=True)
class Appearance:
    """How the app looks, kept in the settings file.

    Args:
        text_scale: the text size in percent, one of :data:`TEXT_SCALES`.
        high_contrast: black text on white, strong outlines and a thick focus frame.
        language: a key of :data:`LANGUAGES`; used from the next start.
    """

    text_scale: int = 100
    high_contrast: bool = False
    language: str = SOURCE_LANGUAGE

    KEY_TEXT_SCALE: ClassVar[str] = "appearance/text_scale"
    KEY_HIGH_CONTRAST: ClassVar[str] = "appearance/high_contrast"
    KEY_LANGUAGE: ClassVar[str] = "appearance/language"

    @classmethod
    def load(cls, settings: QSettings) -> Appearance:
        """Read the appearance; a missing or damaged value gives its default."""
        return cls(
            text_scale=_scale_from(settings.value(cls.KEY_TEXT_SCALE)),
            high_contrast=_bool_from(settings.value(cls.KEY_HIGH_CONTRAST)),
            language=_language_from(settings.value(cls.KEY_LANGUAGE)),
        )

    def save(self, settings: QSettings) -> None:
        """Write the appearance and flush the settings file."""
        settings.setValue(self.KEY_TEXT_SCALE, self.text_scale)
        settings.setValue(self.KEY_HIGH_CONTRAST, self.high_contrast)
        settings.setValue(self.KEY_LANGUAGE, self.language)
        settings.sync()


def _scale_from(value: object) -> int:
    try:
        number = int(str(value).strip().rstrip("%"))
    except ValueError:
        return TEXT_SCALES[0]
    return min(TEXT_SCALES, key=lambda scale: abs(scale - number))


def _bool_from(value: object) -> bool:
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in ("true", "1", "yes", "ja")


def _language_from(value: object) -> str:
    language = str(value).strip().lower() if value is not None else ""
    return language if language in LANGUAGES else SOURCE_LANGUAGE


# --- applying the appearance -----------------------------------------------------------


@dataclass
class _Originals:
    """What the application looked like before the first change, to go back to."""

    app_id: int
    font: QFont
    style_name: str
    style: Any = None  # our AppearanceStyle, while one is set


_originals: _Originals | None = None


def apply_appearance(app: QApplication, appearance: Appearance) -> None:
    """Give the whole application the text size and contrast of ``appearance``.

    Scales the font the application started with (so calling again never compounds),
    scales check boxes and radio buttons along, and switches high contrast on or off.
    Widgets made later follow by themselves; existing ones follow too, except a font
    a widget fixed itself (use :func:`set_relative_font_size` for headings). With the
    default appearance the application keeps the style, palette and font of the
    system. The language is not changed here: see :func:`install_language`.
    """
    from PySide6.QtGui import QFont, QPalette

    global _originals
    if _originals is None or _originals.app_id != id(app):
        if appearance == Appearance(language=appearance.language):
            return  # nothing changed yet, nothing to change
        _originals = _Originals(id(app), QFont(app.font()), app.style().name())
    originals = _originals

    was_high_contrast = originals.style is not None and originals.style.high_contrast
    if appearance.text_scale != 100 or appearance.high_contrast:
        base = "Fusion" if appearance.high_contrast else originals.style_name
        wanted = (base.lower(), appearance.text_scale, appearance.high_contrast)
        if originals.style is None or originals.style.key != wanted:
            style_class = _appearance_style_class()
            originals.style = style_class(  # type: ignore[call-overload]
                base, appearance.text_scale, appearance.high_contrast
            )
            app.setStyle(originals.style)  # the application owns and deletes it
    elif originals.style is not None:
        originals.style = None
        app.setStyle(originals.style_name)
    if appearance.high_contrast:
        app.setPalette(high_contrast_palette())
    elif was_high_contrast:
        app.setPalette(QPalette())  # back to the palette of the system and the style

    font = scaled_font(originals.font, appearance.text_scale / 100)
    if app.font() != font:
        app.setFont(font)
    for widget in app.allWidgets():
        factor = widget.property(_RELATIVE_SIZE_PROPERTY)
        if factor:
            _set_relative_font(widget, float(factor))


def scaled_font(font: QFont, factor: float) -> QFont:
    """A copy of ``font``, ``factor`` times as large (point or pixel sized)."""
    from PySide6.QtGui import QFont

    scaled = QFont(font)
    if factor == 1:
        return scaled
    if font.pointSizeF() > 0:
        scaled.setPointSizeF(font.pointSizeF() * factor)
    elif font.pixelSize() > 0:
        scaled.setPixelSize(round(font.pixelSize() * factor))
    return scaled


def set_relative_font_size(widget: QWidget, factor: float) -> None:
    """Make ``widget``'s text ``factor`` times the app's text size, now and after
    every change of text size. Use this for headings instead of a fixed point size.
    """
    widget.setProperty(_RELATIVE_SIZE_PROPERTY, factor)
    _set_relative_font(widget, factor)


def _set_relative_font(widget: QWidget, factor: float) -> None:
    from PySide6.QtGui import QFont

    base = QApplication.font(widget)
    font = QFont(widget.font())
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * factor)
    elif base.pixelSize() > 0:
        font.setPixelSize(round(base.pixelSize() * factor))
    widget.setFont(font)


def high_contrast_palette() -> QPalette:
    """Black text on white, a dark-blue highlight with white text, strong blue links;
    disabled text stays readable (5.7:1)."""
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    black, white = QColor(_BLACK), QColor(_WHITE)
    roles = QPalette.ColorRole
    colours = {
        roles.Window: white,
        roles.WindowText: black,
        roles.Base: white,
        roles.AlternateBase: QColor("#eeeeee"),
        roles.Text: black,
        roles.Button: white,
        roles.ButtonText: black,
        roles.BrightText: white,
        roles.ToolTipBase: white,
        roles.ToolTipText: black,
        roles.PlaceholderText: QColor("#595959"),
        roles.Highlight: QColor(_HIGHLIGHT),
        roles.HighlightedText: white,
        roles.Link: QColor(_LINK),
        roles.LinkVisited: QColor(_LINK_VISITED),
        roles.Light: white,
        roles.Midlight: QColor("#dddddd"),
        roles.Mid: QColor("#767676"),
        roles.Dark: QColor("#404040"),
        roles.Shadow: black,
        roles.Accent: QColor(_HIGHLIGHT),
    }
    for role, colour in colours.items():
        palette.setColor(role, colour)
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText, roles.PlaceholderText):
        palette.setColor(disabled, role, QColor(_DISABLED))
    palette.setColor(disabled, roles.Highlight, QColor(_DISABLED))
    palette.setColor(disabled, roles.HighlightedText, white)
    return palette


def __getattr__(name: str) -> Any:
    """``AppearanceStyle`` and ``AppearanceDialog``, made on first use: the app's start
    (before the first paint) imports this module and needs neither."""
    if name == "AppearanceStyle":
        return _appearance_style_class()
    if name == "AppearanceDialog":
        from nabestaanden.ui.settings.appearance_dialog import AppearanceDialog

        return AppearanceDialog
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@cache
def _appearance_style_class() -> type[QProxyStyle]:
    from PySide6.QtGui import QColor, QPainter, QPen
    from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption

    class AppearanceStyle(QProxyStyle):
        """The system's style with check boxes that grow with the text; in high contrast,
        Fusion with black outlines and a thick dark-blue frame around the focused control.

        Fusion draws the edges of buttons, fields and check boxes in a light grey made
        from the window colour; on white that is too faint to see. In high contrast this
        style draws them black, and draws a frame of three pixels around whatever has the
        keyboard focus, so someone using the keyboard always sees where they are.

        Args:
            base: the name of the style to build on ("Fusion", "windows11", ...).
            text_scale: the text size in percent.
            high_contrast: draw the outlines and the focus frame.
        """

        _SCALED_METRICS: ClassVar[tuple[str, ...]] = (
            "PM_IndicatorWidth",
            "PM_IndicatorHeight",
            "PM_ExclusiveIndicatorWidth",
            "PM_ExclusiveIndicatorHeight",
            "PM_SmallIconSize",
            "PM_ButtonIconSize",
            "PM_ListViewIconSize",
            "PM_ScrollBarExtent",
            "PM_ScrollBarSliderMin",
        )

        def __init__(self, base: str, text_scale: int, high_contrast: bool) -> None:
            super().__init__(base)
            self.setObjectName("appearance_style")
            self.key = (base.lower(), text_scale, high_contrast)
            self.factor = text_scale / 100
            self.high_contrast = high_contrast
            metrics = QStyle.PixelMetric
            self._scaled = frozenset(getattr(metrics, name) for name in self._SCALED_METRICS)

        def pixelMetric(
            self,
            metric: QStyle.PixelMetric,
            option: QStyleOption | None = None,
            widget: QWidget | None = None,
        ) -> int:
            value = int(super().pixelMetric(metric, option, widget))
            if metric in self._scaled:
                return round(value * self.factor)
            if self.high_contrast and metric == QStyle.PixelMetric.PM_DefaultFrameWidth:
                # Room for the whole focus frame: a list's contents would cover part of it.
                return max(value, _FOCUS_WIDTH)
            return value

        def drawPrimitive(
            self,
            element: QStyle.PrimitiveElement,
            option: QStyleOption,
            painter: QPainter,
            widget: QWidget | None = None,
        ) -> None:
            if not self.high_contrast:
                super().drawPrimitive(element, option, painter, widget)
                return
            pe = QStyle.PrimitiveElement
            if element == pe.PE_FrameFocusRect:
                self._focus_frame(option, painter)
                return
            super().drawPrimitive(element, option, painter, widget)
            if element in (pe.PE_PanelButtonCommand, pe.PE_FrameLineEdit, pe.PE_Frame):
                self._outline(option, painter, radius=2.0)
            elif element == pe.PE_IndicatorCheckBox:
                self._outline(option, painter, radius=0.0, focus=False)
            elif element == pe.PE_IndicatorRadioButton:
                self._outline(option, painter, radius=-1.0, focus=False)

        def drawComplexControl(
            self,
            control: QStyle.ComplexControl,
            option: Any,
            painter: QPainter,
            widget: QWidget | None = None,
        ) -> None:
            super().drawComplexControl(control, option, painter, widget)
            if (
                self.high_contrast
                and control == QStyle.ComplexControl.CC_SpinBox
                and getattr(option, "frame", True)
            ):
                self._outline(option, painter, radius=2.0)

        @staticmethod
        def _outline(
            option: QStyleOption, painter: QPainter, radius: float, focus: bool = True
        ) -> None:
            """A black edge (grey when disabled), thick and dark blue when focused.

            ``radius`` < 0 draws a circle (radio buttons).
            """
            state = option.state
            enabled = bool(state & QStyle.StateFlag.State_Enabled)
            focused = focus and enabled and bool(state & QStyle.StateFlag.State_HasFocus)
            width = _FOCUS_WIDTH if focused else 1
            colour = QColor(_FOCUS if focused else (_BLACK if enabled else _DISABLED))
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            pen = QPen(colour)
            pen.setWidthF(width)
            painter.setPen(pen)
            painter.setBrush(QColor(0, 0, 0, 0))
            inset = width / 2
            rect = option.rect.toRectF().adjusted(inset, inset, -inset, -inset)
            if radius < 0:
                painter.drawEllipse(rect)
            else:
                painter.drawRoundedRect(rect, radius, radius)
            painter.restore()

        @staticmethod
        def _focus_frame(option: Any, painter: QPainter) -> None:
            """The focus frame around a check box's text, the current cell of a list, a tab."""
            background = getattr(option, "backgroundColor", None)
            on_dark = (
                isinstance(background, QColor)
                and background.isValid()
                and background.lightness() < 128
            )
            pen = QPen(QColor(_WHITE if on_dark else _FOCUS))
            pen.setWidthF(2)
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(pen)
            painter.setBrush(QColor(0, 0, 0, 0))
            painter.drawRect(option.rect.toRectF().adjusted(1, 1, -1, -1))
            painter.restore()

    return AppearanceStyle
