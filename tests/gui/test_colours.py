"""The GUI's colours made from the palette: every text tone reaches WCAG AA (4.5:1) against every
background it is drawn on, in the light palette, a dark one and a high-contrast one; a pill's text against
the pill; outlines 3:1; and a label's colour follows a palette changed while the app runs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QRadioButton
from pytestqt.qtbot import QtBot

from inspector.app.navigator import Tone
from inspector.gui.app import configure_application
from inspector.gui.colours import (
    AA,
    NON_TEXT,
    Colours,
    Ink,
    colours,
    contrast,
    follow_style,
    least_contrast,
    readable,
    set_ink,
)
from inspector.gui.indicators import ClearIndicatorStyle
from tests.gui.shots import dark_palette, high_contrast_palette, unreadable

TEXT_TONES = ("text", "muted", "warning", "positive", "negative", "decisive", "suggested", "accent", "diversity",
              "interviews", "heading")
PALETTES = ("light", "dark", "high-contrast")


def palette_named(name: str, app: QApplication) -> QPalette:
    light = QPalette(app.palette())
    return {"light": light, "dark": dark_palette(light), "high-contrast": high_contrast_palette(light)}[name]


@pytest.fixture
def kept_palette(qapp: QApplication) -> Iterator[QPalette]:
    kept = QPalette(qapp.palette())
    yield kept
    qapp.setPalette(kept)


@pytest.mark.parametrize("name", PALETTES)
def test_every_text_tone_reads_on_every_background(name: str, qapp: QApplication) -> None:
    found = colours(palette_named(name, qapp))
    figures = {tone: round(least_contrast(getattr(found, tone), found.backgrounds()), 2) for tone in TEXT_TONES}
    assert min(figures.values()) >= AA, figures


@pytest.mark.parametrize("name", PALETTES)
def test_pills_tags_and_tints_read(name: str, qapp: QApplication) -> None:
    found = colours(palette_named(name, qapp))
    for tone in Tone:  # a filled pill: the base colour on the tone; an outlined one: the tone on the base
        assert contrast(found.on_tone, found.tone(tone)) >= AA, tone
        assert contrast(found.tone(tone), found.base) >= AA, tone
    for tag in (found.diversity, found.interviews):
        assert contrast(found.on_tone, tag) >= AA
    for ground in (found.hit_tint, found.callout_tint, found.aspect_tint, *found.rating_tints, found.note_tint,
                   found.proposed_tint, found.interviews_tint):
        assert contrast(found.text, ground) >= 7.0  # text on a tint keeps AAA
        assert contrast(found.muted, ground) >= AA or ground in found.rating_tints or ground is found.hit_tint
    assert least_contrast(found.outline, (found.window, found.base)) >= NON_TEXT
    for edge, ground in ((found.proposed_edge, found.base), (found.interviews_edge, found.window)):
        assert contrast(edge, ground) >= NON_TEXT


def test_the_light_design_is_kept_where_it_reads(qapp: QApplication) -> None:
    """On the light palette the tones are the app's own colours, or a shade darker where these miss 5:1."""
    found = colours(palette_named("light", qapp))
    assert found.suggested.name() == "#1f5f8b" and found.diversity.name() == "#6b3fa0"
    assert found.warning.hslHue() == QColor("#b3261e").hslHue()
    assert found.on_tone.name() == "#ffffff"


def test_readable_moves_lightness_the_way_the_background_needs() -> None:
    red = QColor("#b3261e")
    on_dark = readable(red, (QColor("#1f1f1f"),))
    on_light = readable(QColor("#ff8080"), (QColor("#ffffff"),))
    assert on_dark.lightness() > red.lightness() and contrast(on_dark, QColor("#1f1f1f")) >= 5.0
    assert on_light.lightness() < 200 and contrast(on_light, QColor("#ffffff")) >= 5.0


def test_a_label_follows_a_palette_changed_while_it_shows(qtbot: QtBot, qapp: QApplication,
                                                          kept_palette: QPalette) -> None:
    label = QLabel("Why this default")
    qtbot.addWidget(label)
    set_ink(label, Ink.MUTED)
    label.show()
    assert label.palette().color(QPalette.ColorRole.WindowText) == colours().muted
    qapp.setPalette(dark_palette(kept_palette))
    dark: Colours = colours()
    qtbot.waitUntil(lambda: label.palette().color(QPalette.ColorRole.WindowText) == dark.muted)
    set_ink(label, Ink.WARNING)
    assert label.palette().color(QPalette.ColorRole.WindowText) == dark.warning and label.font().bold()
    set_ink(label, None)
    assert label.palette().color(QPalette.ColorRole.WindowText) == dark.text and not label.font().bold()


def test_a_style_sheet_follows_a_palette_change(qtbot: QtBot, qapp: QApplication, kept_palette: QPalette) -> None:
    label = QLabel("Draft")
    qtbot.addWidget(label)
    follow_style(label, lambda found: f"QLabel {{ background: {found.note_tint.name()}; }}")
    light = colours().note_tint.name()
    assert light in label.styleSheet()
    qapp.setPalette(dark_palette(kept_palette))
    qtbot.waitUntil(lambda: colours().note_tint.name() in label.styleSheet())
    assert light not in label.styleSheet()


def test_the_check_finds_grey_text_on_a_dark_window(qtbot: QtBot, qapp: QApplication, kept_palette: QPalette) -> None:
    """The screenshot tests' readability check: the app's old muted grey on the dark palette fails it."""
    qapp.setPalette(dark_palette(kept_palette))
    label = QLabel("Every key question answered 'yes'.")
    label.setStyleSheet("color: #555555;")
    label.resize(300, 30)
    qtbot.addWidget(label)
    label.show()
    qtbot.waitExposed(label)
    problems = unreadable(label, label.grab().toImage())
    assert problems and problems[0].startswith("unreadable:"), problems
    set_ink(label, Ink.MUTED)
    label.setStyleSheet("")
    assert unreadable(label, label.grab().toImage()) == []


def test_fusion_radio_buttons_show_which_is_chosen_on_dark(qtbot: QtBot, qapp: QApplication,
                                                           kept_palette: QPalette) -> None:
    configure_application(qapp)
    assert isinstance(qapp.style(), ClearIndicatorStyle)
    qapp.setPalette(dark_palette(kept_palette))
    chosen, other = QRadioButton("Good"), QRadioButton("Outstanding")
    for button in (chosen, other):
        qtbot.addWidget(button)
        button.show()
    chosen.setChecked(True)
    qtbot.waitExposed(chosen)
    window = colours().window

    def centre(button: QRadioButton) -> QColor:
        image = button.grab().toImage()
        side = qapp.style().pixelMetric(qapp.style().PixelMetric.PM_ExclusiveIndicatorWidth, None, button)
        ratio = image.width() / button.width()
        return image.pixelColor(round((1 + side / 2) * ratio), image.height() // 2)

    assert contrast(centre(chosen), centre(other)) >= NON_TEXT  # the dot shows against an empty ring
    ring = [other.grab().toImage().pixelColor(x, other.grab().toImage().height() // 2) for x in range(0, 6)]
    assert max(contrast(pixel, window) for pixel in ring) >= 2.0  # the ring shows against the window
