import pytest

from detente.analytics.dyads import DyadPoint
from detente.analytics.plot import plot_dyad


def _points():
    return [DyadPoint(period="2025-01-01", label="Jan 2025", events=5, verbal_coop=3, material_coop=1, verbal_conflict=1,
                      material_conflict=0, goldstein_mean=2.5),
            DyadPoint(period="2025-02-01", label="Feb 2025", events=0, verbal_coop=0, material_coop=0, verbal_conflict=0,
                      material_conflict=0, goldstein_mean=None),  # an empty month: on the axis, off the line
            DyadPoint(period="2025-03-01", label="Mar 2025", events=4, verbal_coop=0, material_coop=0, verbal_conflict=1,
                      material_conflict=3, goldstein_mean=-6.0),
            DyadPoint(period=None, label="undated", events=2, verbal_coop=2, material_coop=0, verbal_conflict=0,
                      material_conflict=0, goldstein_mean=3.0)]


def test_png_and_svg_are_drawn(tmp_path):
    png = plot_dyad(_points(), "chn", "rus", tmp_path / "c.png")
    assert open(png, "rb").read(8) == b"\x89PNG\r\n\x1a\n"
    svg = open(plot_dyad(_points(), "CHN", "RUS", tmp_path / "c.svg"), encoding="utf-8").read()
    assert "<svg" in svg
    # matplotlib writes text as glyph paths with the string in a comment
    assert "CHN – RUS: 9 dated asserted events by month" in svg
    assert "Feb 2025" in svg and "2025-02-01" not in svg, "months read as months, the empty one included"
    assert "+ 2 undated (not on the axis)" in svg and "undated" not in svg.split("+ 2 undated")[0]


def test_empty_dyad_and_bad_suffix(tmp_path):
    assert plot_dyad([], "A", "B", tmp_path / "e.png")
    with pytest.raises(ValueError, match="must end in"):
        plot_dyad(_points(), "A", "B", tmp_path / "c.txt")
