"""The data annex's chart: each case-inspection key question's percentage of cases judged sufficient,
against the rating thresholds, drawn with matplotlib when a report is made.

matplotlib (about 0.4 s to import) is imported here, by the one function that draws, so neither the
window nor a report without case counts pays for it; the Agg backend draws without a display. Nothing is
told by colour alone: the bands are named on the chart, each threshold is labelled with its percentage,
every bar carries its percentage, and the lowest key question of each standard (the one its rating comes
from) is hatched and says "(lowest)". The alt text, with every value, is the model's
(`publication.Chart.description`).
"""

from __future__ import annotations

from io import BytesIO

from inspector.reports.publication import Chart

WIDTH_CM = 16.0
_DARK = "#1F3864"
_BANDS = ("#F2F2F2", "#E4E4E4")  # alternate greys behind the bands; their names are written on them
_DPI = 150
# The report's font where the computer has it, else one with the same widths, else matplotlib's own.
_FONTS = ("Arial", "Liberation Sans", "Helvetica")


def case_data_png(chart: Chart) -> bytes:
    """The chart as a PNG, WIDTH_CM wide at print size."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.ticker import PercentFormatter

    with matplotlib.rc_context({"font.family": _font()}):
        return _drawn(chart, Figure, FigureCanvasAgg, PercentFormatter)


def _font() -> str:
    from matplotlib import font_manager

    for name in _FONTS:
        try:
            font_manager.findfont(font_manager.FontProperties(family=name), fallback_to_default=False)
        except ValueError:
            continue
        return name
    return "DejaVu Sans"


def _drawn(chart: Chart, Figure: type, FigureCanvasAgg: type, PercentFormatter: type) -> bytes:
    bars = chart.bars
    # A gap between standards: the bars of one standard sit together.
    positions, y, previous = [], 0.0, None
    for bar in bars:
        standard = bar.label.split(":", 1)[0]
        if previous is not None and standard != previous:
            y += 0.6
        positions.append(y)
        y += 1.0
        previous = standard
    height_in = 1.3 + 0.28 * y
    width_in = WIDTH_CM / 2.54
    figure = Figure(figsize=(width_in, height_in), dpi=_DPI)
    canvas = FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    font = {"fontsize": 7.5}

    edges = [t.from_percent for t in chart.thresholds] + [100]
    for n, threshold in enumerate(chart.thresholds):
        low, high = edges[n], edges[n + 1]
        axes.axvspan(low, high, color=_BANDS[n % 2], zorder=0, linewidth=0)
        name = threshold.rating.replace(" ", "\n", 1) if high - low < 20 else threshold.rating
        axes.text((low + high) / 2, 1.01, name, ha="center", va="bottom", fontsize=6.5, color="#333333",
                  transform=axes.get_xaxis_transform())
        if low > 0:
            axes.axvline(low, color="#555555", linestyle="--", linewidth=0.8, zorder=1)
    axes.barh(positions, [b.value for b in bars], height=0.72, color=_DARK, zorder=2,
              hatch=["////" if b.lowest else "" for b in bars], edgecolor="white", linewidth=0)
    for position, bar in zip(positions, bars, strict=True):
        text = f"{bar.shown} (lowest)" if bar.lowest else bar.shown
        inside = bar.value > 82
        axes.text(bar.value + (-1.2 if inside else 1.2), position, text, va="center",
                  ha="right" if inside else "left", color="white" if inside else "black", zorder=3,
                  bbox=None if inside else {"boxstyle": "square,pad=0.15", "facecolor": "white", "edgecolor": "none"},
                  **font)

    axes.set_yticks(positions, [b.label for b in bars], **font)
    axes.set_ylim(y - 0.4, -0.6)  # the first bar at the top
    axes.set_xlim(0, 100)
    axes.set_xticks([0, *[t.from_percent for t in chart.thresholds if t.from_percent > 0], 100])
    axes.xaxis.set_major_formatter(PercentFormatter(decimals=0))
    axes.tick_params(axis="x", labelsize=7)
    axes.tick_params(axis="y", length=0)
    axes.set_xlabel("Cases judged sufficient", fontsize=7.5)
    for side in ("top", "right", "left"):
        axes.spines[side].set_visible(False)
    # Room for the longest label on the left, worked out rather than measured (matplotlib's tight layout
    # draws the text once more to measure it: a third of the time).
    longest = max(len(b.label) for b in bars)
    left = min(0.6, (0.2 + longest * 0.52 * 7.5 / 72) / width_in)
    figure.subplots_adjust(left=left, right=0.97, top=1 - 0.42 / height_in, bottom=0.5 / height_in)
    out = BytesIO()
    canvas.print_png(out, pil_kwargs={"compress_level": 1})  # fast; the file is 100 kB or so
    return out.getvalue()
