"""The dyad chart as a file (PNG, SVG or PDF), drawn with matplotlib's Agg backend (no display needed).

Same design as the dashboard's chart: cooperation stacks up from zero (verbal, then material),
conflict stacks down (verbal, then material), and the mean Goldstein score of each period is a
line on its own axis from -10 to +10. Periods come in order with empty ones present (the line
breaks there); events of undated articles are counted in a note, never on the axis.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from .dyads import DyadPoint

COLORS = {
    "verbal_coop": "#8fd1b0",
    "material_coop": "#1f8a5b",
    "verbal_conflict": "#f4a582",
    "material_conflict": "#c0392b",
    "goldstein": "#243b6b",
}
FORMATS = (".png", ".svg", ".pdf")


def plot_dyad(points: Sequence[DyadPoint], a: str, b: str, path: str | os.PathLike, *, by: str = "month") -> str:
    """Draw the `a`–`b` dyad timeline to `path` (format from its suffix); returns the path written."""
    path = os.fspath(path)
    if not path.lower().endswith(FORMATS):
        raise ValueError(f"chart file must end in {', '.join(FORMATS)}: {path}")
    import matplotlib

    matplotlib.use("Agg", force=True)
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    undated = sum(p.events for p in points if p.period is None)
    points = [p for p in points if p.period is not None]
    labels = [p.label or p.period for p in points]
    step = max(1, len(points) // 24)  # at most ~24 labels; the rest are ticks without text
    labels = [lab if i % step == 0 else "" for i, lab in enumerate(labels)]
    x = list(range(len(points)))
    fig = Figure(figsize=(max(7.0, 0.45 * len(points) + 3), 4.6), dpi=120)
    ax = fig.add_subplot()
    vc = [p.verbal_coop for p in points]
    mc = [p.material_coop for p in points]
    vf = [-p.verbal_conflict for p in points]
    mf = [-p.material_conflict for p in points]
    ax.bar(x, vc, color=COLORS["verbal_coop"], label="verbal cooperation")
    ax.bar(x, mc, bottom=vc, color=COLORS["material_coop"], label="material cooperation")
    ax.bar(x, vf, color=COLORS["verbal_conflict"], label="verbal conflict")
    ax.bar(x, mf, bottom=vf, color=COLORS["material_conflict"], label="material conflict")
    ax.axhline(0, color="#555", linewidth=0.8)
    top = max([v + m for v, m in zip(vc, mc)] + [1])
    bottom = max([-(v + m) for v, m in zip(vf, mf)] + [1])
    lim = max(top, bottom) * 1.15
    ax.set_ylim(-lim, lim)
    ax.set_ylabel("events (cooperation up, conflict down)")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{abs(v):g}"))  # conflict counts are counts too
    ax.set_xticks(x, labels, rotation=45 if len(points) > 6 else 0, ha="right" if len(points) > 6 else "center", fontsize=8)
    ax.spines[["top"]].set_visible(False)
    g = ax.twinx()
    g.plot(x, [float("nan") if p.goldstein_mean is None else p.goldstein_mean for p in points],
           color=COLORS["goldstein"], marker="o", linewidth=1.8, label="mean Goldstein")
    g.set_ylim(-10.5, 10.5)
    g.set_ylabel("mean Goldstein (−10 … +10)")
    g.spines[["top"]].set_visible(False)
    handles = ax.get_legend_handles_labels()[0] + g.get_legend_handles_labels()[0]
    fig.legend(handles=handles, loc="lower center", fontsize=7, frameon=False, ncol=3)
    total = sum(p.events for p in points)
    ax.set_title(f"{a.upper()} – {b.upper()}: {total} dated asserted events by {by}", fontsize=11, loc="left")
    if undated:
        ax.text(1.0, 1.02, f"+ {undated} undated (not on the axis)", transform=ax.transAxes, ha="right", fontsize=8, color="#555")
    if not points:
        ax.text(0.5, 0.5, "no asserted events for this dyad", transform=ax.transAxes, ha="center", color="#777")
    fig.tight_layout(rect=(0, 0.1, 1, 1))
    fig.savefig(path)
    return path
