"""Every colour the GUI uses beyond the palette's own roles, made from the palette so that it reads in a
light, a dark and a high-contrast theme alike, and made again when the palette changes.

Text tones (muted, warning, the navigator's positive/negative/decisive/suggested, the accent, the tags) keep
the hue of the light design and take the lightness that gives at least `TARGET` contrast (WCAG AA asks
4.5:1 for text) against every background they are drawn on: the window, the base, the alternate base and the
tints below. A filled pill or tag is the tone as background with the base colour as its text, so it reads by
the same ratio. Tints (the proposed column, the interviews box, the panel form) are a little of a hue over
the base or window, as faint as the text on them needs.

`set_ink(widget, ink)` colours a label's text, `follow_palette(widget, apply)` calls `apply` now and after
every palette change that reaches the widget (a theme switched while the app runs), for as long as the
widget lives.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from enum import Enum
from functools import lru_cache

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from inspector.app.navigator import Tone
from inspector.framework.reading import reading_css

AA = 4.5  # WCAG 2 AA, normal text
TARGET = 5.0  # what a derived tone is made to reach, a little above AA
NON_TEXT = 3.0  # WCAG 2 AA for a control's outline (1.4.11)

Role = QPalette.ColorRole

# The light design's hues (the colours the app had on a light theme).
_DESIGN = {
    "warning": "#b3261e", "positive": "#2e7d32", "negative": "#b35900", "decisive": "#b3261e",
    "suggested": "#1f5f8b", "accent": "#1f5fa8", "diversity": "#6b3fa0", "interviews": "#1f6f8b",
    "heading": "#1f3a5f",
}
_AMBER, _HIT = "#d9a520", "#ffd43b"


class Ink(Enum):
    """What a label's text says by its colour."""
    TEXT = "text"
    MUTED = "muted"  # explanation and context
    WARNING = "warning"  # needs attention: a departure without rationale, a refused entry
    POSITIVE = "positive"
    NEGATIVE = "negative"
    DECISIVE = "decisive"
    SUGGESTED = "suggested"
    ACCENT = "accent"  # what the inspector chose (the proposed rating's column)


@dataclass(frozen=True)
class Colours:
    text: QColor  # the palette's window text
    window: QColor
    base: QColor
    alternate: QColor
    muted: QColor
    warning: QColor
    positive: QColor
    negative: QColor
    decisive: QColor
    suggested: QColor
    accent: QColor
    diversity: QColor
    interviews: QColor
    heading: QColor  # the reading pane's section headings
    on_tone: QColor  # text on a filled pill or tag: the base colour
    outline: QColor  # a control's outline against the window (a radio button's ring)
    proposed_tint: QColor  # the proposed characteristic column, over the base
    proposed_edge: QColor
    interviews_tint: QColor  # the prompt page's interviews box, over the window
    interviews_edge: QColor
    note_tint: QColor  # the panel form and the reading pane's editorial notes, over the base
    note_edge: QColor
    hit_tint: QColor  # a search match in the reading pane
    callout_tint: QColor  # the reading pane's callouts, over the base
    aspect_tint: QColor  # the characteristics table's aspect column, over the base
    table_edge: QColor
    rating_tints: tuple[QColor, QColor, QColor, QColor]  # the table's rating headings, Outstanding first

    def ink(self, ink: Ink) -> QColor:
        return self.text if ink is Ink.TEXT else getattr(self, ink.value)

    def tone(self, tone: Tone) -> QColor:
        """A navigator tone: the colour of its pill and of the rating it names on a page."""
        return self.muted if tone is Tone.OPEN else getattr(self, tone.value)

    def backgrounds(self) -> tuple[QColor, ...]:
        """Every background text may be drawn on."""
        return (self.window, self.base, self.alternate, self.proposed_tint, self.interviews_tint, self.note_tint,
                self.callout_tint)

    def named(self) -> dict[str, QColor]:
        """Every colour by name (the tests check each against the backgrounds)."""
        return {f.name: getattr(self, f.name) for f in fields(self) if isinstance(getattr(self, f.name), QColor)}


# --- the arithmetic ---------------------------------------------------------------------------------


def luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an opaque sRGB colour."""
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def contrast(one: QColor, other: QColor) -> float:
    """WCAG 2 contrast ratio, 1 to 21."""
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def mix(front: QColor, back: QColor, amount: float) -> QColor:
    """`amount` of front over back, opaque."""
    return QColor(
        round(front.red() * amount + back.red() * (1 - amount)),
        round(front.green() * amount + back.green() * (1 - amount)),
        round(front.blue() * amount + back.blue() * (1 - amount)),
    )


def least_contrast(colour: QColor, backgrounds: tuple[QColor, ...]) -> float:
    return min(contrast(colour, back) for back in backgrounds)


def readable(colour: QColor, backgrounds: tuple[QColor, ...], target: float = TARGET) -> QColor:
    """The colour as it is if it reaches `target` against every background; else its hue and saturation at
    the nearest lightness that does, darker on light backgrounds and lighter on dark ones."""
    if least_contrast(colour, backgrounds) >= target:
        return colour
    lighter = least_contrast(QColor("#ffffff"), backgrounds) > least_contrast(QColor("#000000"), backgrounds)
    hue, saturation, lightness = colour.hslHueF(), colour.hslSaturationF(), colour.lightnessF()
    step = 0.01 if lighter else -0.01
    best = colour
    while 0.0 <= lightness <= 1.0:
        candidate = QColor.fromHslF(max(hue, 0.0), saturation, min(max(lightness, 0.0), 1.0))
        best = candidate
        if least_contrast(candidate, backgrounds) >= target:
            return candidate
        lightness += step
    return best


def faded(front: QColor, back: QColor, backgrounds: tuple[QColor, ...], most: float, target: float = TARGET) -> QColor:
    """As little of `front` over `back` as keeps `target` against every background (at most `most` of
    back): a secondary text colour."""
    amount = 1.0 - most
    while amount < 1.0:
        candidate = mix(front, back, amount)
        if least_contrast(candidate, backgrounds) >= target:
            return candidate
        amount += 0.02
    return QColor(front)


def tint(hue: QColor, back: QColor, amount: float, text: QColor, target: float = 7.0) -> QColor:
    """A little of `hue` over `back`, at most `amount`, less if `text` on it would fall below `target`."""
    while amount > 0.0:
        candidate = mix(hue, back, amount)
        if contrast(text, candidate) >= target:
            return candidate
        amount -= 0.02
    return QColor(back)


def _edge(hue: QColor, back: QColor) -> QColor:
    """A border that shows (3:1, as a control's outline) against what it surrounds."""
    return readable(hue, (back,), NON_TEXT)


# --- the colours of a palette -----------------------------------------------------------------------


def colours(palette: QPalette | None = None) -> Colours:
    """The colours for a palette (the application's by default), made once per palette."""
    if palette is None:
        palette = QApplication.palette()
    key = tuple(palette.color(role).rgba() for role in (Role.WindowText, Role.Window, Role.Base, Role.AlternateBase,
                                                           Role.Text))
    return _colours(key)


@lru_cache(maxsize=8)
def _colours(key: tuple[int, ...]) -> Colours:
    text, window, base, alternate, _ = (QColor.fromRgba(value) for value in key)
    for colour in (text, window, base, alternate):
        colour.setAlpha(255)
    design = {name: QColor(value) for name, value in _DESIGN.items()}
    plain = (window, base, alternate)
    # The tints first: the text tones must read on them too.
    accent = readable(design["accent"], plain)
    interviews = readable(design["interviews"], plain)
    amber = readable(QColor(_AMBER), plain, NON_TEXT)
    proposed_tint = tint(accent, base, 0.1, text)
    interviews_tint = tint(interviews, window, 0.08, text)
    note_tint = tint(amber, base, 0.16, text)
    backgrounds = (*plain, proposed_tint, interviews_tint, note_tint)
    tones = {name: readable(colour, backgrounds) for name, colour in design.items()}
    ratings = ("positive", "suggested", "negative", "decisive")  # Outstanding, Good, RI, Inadequate
    return Colours(
        text=text, window=window, base=base, alternate=alternate,
        muted=faded(text, window, backgrounds, 0.6),
        on_tone=base,
        outline=faded(text, window, (window, base), 0.7, NON_TEXT + 0.5),
        proposed_tint=proposed_tint, proposed_edge=_edge(accent, base),
        interviews_tint=interviews_tint, interviews_edge=_edge(interviews, window),
        note_tint=note_tint, note_edge=_edge(amber, base),
        hit_tint=tint(readable(QColor(_HIT), (base,), 1.0), base, 0.7, text),
        callout_tint=tint(interviews, base, 0.1, text), aspect_tint=tint(text, base, 0.07, text),
        table_edge=faded(text, base, (base,), 0.8, 1.6),
        rating_tints=tuple(tint(tones[name], base, 0.16, text) for name in ratings),  # type: ignore[arg-type]  # one for each of the four
        **tones,
    )


def reading_colours(found: Colours) -> dict[str, str]:
    """The reading pane's colours (framework.reading.LIGHT_COLOURS' names) for these colours."""
    ratings = dict(zip(("outstanding", "good", "requires_improvement", "inadequate"), found.rating_tints, strict=True))
    return {
        "text": found.text.name(), "heading": found.heading.name(), "muted": found.muted.name(),
        "on_tone": found.on_tone.name(), "diversity": found.diversity.name(), "interviews": found.interviews.name(),
        "hit": found.hit_tint.name(), "hit_text": found.text.name(), "note": found.note_tint.name(),
        "note_edge": found.note_edge.name(), "callout": found.callout_tint.name(),
        "callout_edge": found.interviews_edge.name(), "grid_edge": found.table_edge.name(),
        **{name: colour.name() for name, colour in ratings.items()}, "aspect": found.aspect_tint.name(),
        "rating_outstanding": found.positive.name(), "rating_good": found.positive.name(),
        "rating_requires_improvement": found.negative.name(), "on_requires_improvement": found.on_tone.name(),
        "rating_inadequate": found.decisive.name(),
    }


def reading_style(found: Colours | None = None) -> str:
    """The reading pane's style sheet in the palette's colours."""
    return reading_css(reading_colours(found or colours()))


# --- following the palette --------------------------------------------------------------------------


class _Follower(QObject):
    """Calls `apply` after each palette change that reaches the widget it watches (its child: it goes with it)."""

    def __init__(self, widget: QWidget, apply: Callable[[Colours], None]) -> None:
        super().__init__(widget)
        self._apply = apply
        self._busy = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.PaletteChange and not self._busy:
            self._busy = True  # what `apply` sets on the widget is a palette change of its own
            try:
                self._apply(colours())
            finally:
                self._busy = False
        return False


def follow_palette(widget: QWidget, apply: Callable[[Colours], None]) -> None:
    """`apply(colours())` now and after every palette change that reaches `widget`, while it lives."""
    apply(colours())
    _Follower(widget, apply)


def follow_style(widget: QWidget, make: Callable[[Colours], str]) -> None:
    """The widget's style sheet made from the colours, now and after every palette change (set again only
    when it differs: a style sheet set re-polishes the widget and all in it)."""
    def apply(found: Colours) -> None:
        sheet = make(found)
        if widget.styleSheet() != sheet:
            widget.setStyleSheet(sheet)
    follow_palette(widget, apply)


_INK, _BOLD = "ink", "inkBold"


def tone_ink(tone: Tone) -> Ink:
    """The ink of a navigator tone (what is open reads muted)."""
    return Ink.MUTED if tone is Tone.OPEN else Ink(tone.value)


def set_ink(widget: QWidget, ink: Ink | None, *, bold: bool | None = None) -> None:
    """Colour the widget's text (None: the palette's own). A warning is bold unless `bold` says otherwise;
    a weight set here is taken off again by the next call that does not ask for it."""
    if bold is None:
        bold = ink is Ink.WARNING
    made_bold = bool(widget.property(_BOLD))
    if bold != made_bold:
        font = QFont(widget.font())
        if bold and not font.bold():
            font.setWeight(QFont.Weight.DemiBold)
            widget.setProperty(_BOLD, True)
        elif not bold:
            font.setWeight(QFont.Weight.Normal)
            widget.setProperty(_BOLD, False)
        widget.setFont(font)
    first = widget.property(_INK) is None
    widget.setProperty(_INK, "" if ink is None else ink.value)
    if first:
        follow_palette(widget, lambda found: _paint_ink(widget, found))
    else:
        _paint_ink(widget, colours())


def _paint_ink(widget: QWidget, found: Colours) -> None:
    name = widget.property(_INK)
    palette = QPalette(widget.palette())
    wanted = found.ink(Ink(name)) if name else QApplication.palette().color(Role.WindowText)
    if palette.color(Role.WindowText) == wanted and palette.color(Role.Text) == wanted:
        return
    for role in (Role.WindowText, Role.Text):
        palette.setColor(QPalette.ColorGroup.Active, role, wanted)
        palette.setColor(QPalette.ColorGroup.Inactive, role, wanted)
    widget.setPalette(palette)


def ink_of(widget: QWidget) -> Ink | None:
    name = widget.property(_INK)
    return Ink(name) if name else None
