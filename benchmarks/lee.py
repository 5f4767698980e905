"""Events in a second set of real news articles, annotated for this project: the Lee corpus.

    python benchmarks/lee.py [--corpus DIR] [--half A|B|all] [--dictionaries builtin|phoenix|both]
                             [--min-confidence X] [--show N] [--json OUT] [--chart OUT.png]

The Lee corpus (Lee, Pincombe and Welsh, 2005) is 350 short Australian news articles: 300 ABC
stories of December 2001 (the background set) and 50 of August–September 2002, one article per
line. gensim ships it as test data, so it comes from PyPI like everything else: with no
`--corpus`, this script fetches the gensim 4.3.3 wheel once with `pip download` (no install, no
dependencies) into `benchmarks/.cache/` and reads `lee_background.cor` and `lee.cor` out of it. On
a machine with no package index, pass `--corpus DIR` holding those two files.

`benchmarks/data/lee_gold.jsonl` holds every CAMEO event of the 340 distinct articles (exact
repeats dropped), annotated by WILD.md's rules (../shared/gold/WILD.md) before detente's output on
them was read: page ids are `lee2001-NNN` (line NNN of the background set) and `lee2002-NNN`.
Scoring, halves and calibration are wild.py's: per article, asserted events matched one to one on
(source country, target country, CAMEO root); non-political articles have no right event.
Tune on half A; half B is for checking.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import wild  # noqa: E402

GOLD = ROOT / "benchmarks" / "data" / "lee_gold.jsonl"
CACHE = ROOT / "benchmarks" / ".cache" / "lee"
WHEEL = "gensim==4.3.3"
FILES = {"lee2001": "lee_background.cor", "lee2002": "lee.cor"}
ENCODINGS = {"lee2001": "utf-8", "lee2002": "latin-1"}  # lee.cor is Latin-1 (its pound signs and accents)


def fetch(cache: Path = CACHE) -> Path:
    """The folder holding the two corpus files, fetched from the gensim wheel on first use."""
    if all((cache / name).exists() for name in FILES.values()):
        return cache
    cache.mkdir(parents=True, exist_ok=True)
    wheels = sorted(cache.glob("gensim-*.whl"))
    if not wheels:
        print(f"fetching the {WHEEL} wheel (test data only; nothing is installed) ...", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "pip", "download", WHEEL, "--no-deps", "--only-binary", ":all:",
                        "--quiet", "-d", str(cache)], check=True)
        wheels = sorted(cache.glob("gensim-*.whl"))
    with zipfile.ZipFile(wheels[-1]) as z:
        for name in FILES.values():
            (cache / name).write_bytes(z.read(f"gensim/test/test_data/{name}"))
    return cache


def articles(corpus: Path) -> dict[str, str]:
    """Page id -> article text (whitespace normalised), as the gold numbers them."""
    out = {}
    for tag, name in FILES.items():
        with (corpus / name).open(encoding=ENCODINGS[tag]) as f:
            for n, line in enumerate(f, 1):
                text = " ".join(line.split())
                if text:
                    out[f"{tag}-{n:03d}"] = text
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, help="folder with lee_background.cor and lee.cor (default: fetch them)")
    ap.add_argument("--half", choices=("A", "B", "all"), default="all")
    ap.add_argument("--dictionaries", choices=("builtin", "phoenix", "both"), default="builtin")
    ap.add_argument("--min-confidence", type=float, default=None, help="default: detente's DEFAULT_MIN_CONFIDENCE")
    ap.add_argument("--show", type=int, default=0, help="print the first N misses and extras of half A")
    ap.add_argument("--json", help="write the figures to this file")
    ap.add_argument("--chart", help="draw precision/recall by threshold and the calibration per half to this PNG or SVG")
    args = ap.parse_args(argv)

    from detente.events.confidence import DEFAULT_MIN_CONFIDENCE

    min_conf = DEFAULT_MIN_CONFIDENCE if args.min_confidence is None else args.min_confidence
    texts = articles(args.corpus or fetch())
    pages = [p for p in wild.gold_pages(GOLD) if args.half == "all" or wild.half(p["page"]) == args.half]
    folder = CACHE / "articles"
    folder.mkdir(parents=True, exist_ok=True)
    for page in pages:
        path = folder / f"{page['page']}.txt"
        if not path.exists() or path.read_text(encoding="utf-8") != texts[page["page"]] + "\n":
            path.write_text(texts[page["page"]] + "\n", encoding="utf-8")
        page["path"] = str(path)
    figures = {}
    for dicts in (("builtin", "phoenix") if args.dictionaries == "both" else (args.dictionaries,)):
        predicted, secs = wild.run(pages, dicts)
        figures[dicts] = wild.report(pages, predicted, min_conf, args.show, f"Lee corpus, {dicts} dictionaries, {secs:.1f} s")
        if args.chart:
            out = Path(args.chart)
            out = out if args.dictionaries != "both" else out.with_name(f"{out.stem}-{dicts}{out.suffix}")
            print(f"  chart: {wild.chart(pages, predicted, min_conf, str(out), f'{dicts} dictionaries', 'Lee corpus')}")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
