"""The Lee-corpus benchmark (benchmarks/lee.py): its gold is well formed and its articles are
numbered as the gold numbers them. The benchmark itself fetches its texts from a wheel, so it is
run by hand, not here."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

import lee  # noqa: E402

CAMEO = ROOT.parent / "shared" / "gold" / "cameo_codes.tsv"


def test_the_gold_is_well_formed():
    pages = [json.loads(line) for line in lee.GOLD.read_text(encoding="utf-8").splitlines()]
    assert len({p["page"] for p in pages}) == len(pages) > 300
    assert all(p["page"].split("-")[0] in lee.FILES for p in pages)
    codes = None
    if CAMEO.is_file():
        with CAMEO.open(encoding="utf-8") as f:
            codes = {row[0] for row in csv.reader(f, delimiter="\t") if row}
    for p in pages:
        assert isinstance(p["political"], bool)
        assert p["political"] or not p["events"], p["page"]  # a non-political page has no event
        for e in p["events"]:
            assert e["modality"] in ("asserted", "negated", "future", "hypothetical")
            assert e["sentence"].strip() and (e["source"][:3].isupper() or e["source"].startswith("---"))
            assert codes is None or e["cameo"] in codes, (p["page"], e["cameo"])


def test_articles_are_numbered_by_file_and_line(tmp_path):
    (tmp_path / "lee_background.cor").write_text("First story.\n\nThird  story,\tspaced.\n", encoding="utf-8")
    (tmp_path / "lee.cor").write_bytes("Un caf\xe9.\n".encode("latin-1"))
    texts = lee.articles(tmp_path)
    assert texts == {"lee2001-001": "First story.", "lee2001-003": "Third story, spaced.", "lee2002-001": "Un café."}
