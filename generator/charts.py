"""SVG charts drawn at build time: statements per month, stacked by side.

Plain SVG with a <title> and <desc>, so the chart needs no script and screen readers get
the same numbers as a sentence.
"""
from __future__ import annotations

from html import escape

SIDE_COLOURS = {"united-states": "#3b6db3", "russia": "#c0392b", "ukraine": "#e0b000",
                "europe": "#2e8b57", "other": "#888888"}
BAR_GAP = 2


def monthly_chart(counts: dict[str, dict[str, int]], sides: dict[str, str], title: str,
                  width: int = 720, height: int = 180) -> str:
    """counts: month key "YYYY-MM" -> side -> number of statements (months in order)."""
    months = list(counts)
    top = max((sum(c.values()) for c in counts.values()), default=0) or 1
    plot_h, label_h = height - 34, 14
    bar_w = max(2, (width - 40) // max(1, len(months)) - BAR_GAP)
    bars = []
    for i, month in enumerate(months):
        x, y = 30 + i * (bar_w + BAR_GAP), plot_h
        for side in sides:
            n = counts[month].get(side, 0)
            if not n:
                continue
            h = round(n / top * (plot_h - 10))
            y -= h
            bars.append(f'<rect x="{x}" y="{y}" width="{bar_w}" height="{h}" fill="{SIDE_COLOURS[side]}">'
                        f"<title>{escape(month)}: {n} by {escape(sides[side])}</title></rect>")
    labels = [f'<text x="{30 + i * (bar_w + BAR_GAP)}" y="{plot_h + label_h}" font-size="10">{escape(m)}</text>'
              for i, m in enumerate(months) if len(months) <= 12 or i % max(1, len(months) // 8) == 0]
    step = (width - 30) // max(1, len(sides))
    legend = [f'<rect x="{30 + j * step}" y="{height - 12}" width="10" height="10" fill="{SIDE_COLOURS[s]}"/>'
              f'<text x="{44 + j * step}" y="{height - 3}" font-size="10">{escape(label)}</text>'
              for j, (s, label) in enumerate(sides.items())]
    desc = describe(counts, sides)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
            f'width="{width}" height="{height}" font-family="sans-serif" '
            f'aria-labelledby="t d"><title id="t">{escape(title)}</title><desc id="d">{escape(desc)}</desc>'
            f'<text x="2" y="12" font-size="10">{top}</text>'
            f'<line x1="28" y1="{plot_h}" x2="{width}" y2="{plot_h}" stroke="#999"/>'
            + "".join(bars + labels + legend) + "</svg>\n")


def describe(counts: dict[str, dict[str, int]], sides: dict[str, str]) -> str:
    """The chart as a sentence: totals per side and the busiest month."""
    if not counts:
        return "No statements yet."
    totals = {s: sum(c.get(s, 0) for c in counts.values()) for s in sides}
    busiest = max(counts, key=lambda m: (sum(counts[m].values()), m))
    parts = ", ".join(f"{label} {totals[s]}" for s, label in sides.items() if totals[s])
    return (f"Statements per month from {min(counts)} to {max(counts)}: {parts}. "
            f"Busiest month {busiest} with {sum(counts[busiest].values())}.")
