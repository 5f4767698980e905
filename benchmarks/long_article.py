"""Time against length: does one long article cost in proportion to its length?

    .venv/bin/python benchmarks/long_article.py                       # 25k, 50k, 100k, 200k characters
    .venv/bin/python benchmarks/long_article.py --chars 100000 400000

The article is the real article bodies of ../shared/corpus/scrapinghub-dev/ground-truth.json
joined into one text (repeated when more is asked than they hold), analysed end to end in this
process (`detente.analyze`: parse, actors, quotes, events), one size after another, the model
and tables loaded beforehand. Prints seconds and seconds per 100,000 characters for each size. Target
(printed, never asserted): the cost per character of the longest is at most 1.5 x that of the
shortest; a step that reads the whole text once per sentence makes it grow with the length.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import detente  # noqa: E402
from detente.nlp import load  # noqa: E402

TRUTH = ROOT.parent / "shared" / "corpus" / "scrapinghub-dev" / "ground-truth.json"
LINEAR = 1.5


def article(chars: int) -> str:
    """`chars` characters of real article text, cut at a word."""
    truth = json.loads(TRUTH.read_text("utf-8"))
    body = "\n\n".join(page["articleBody"] for page in truth.values())
    while len(body) < chars:
        body += "\n\n" + body
    return "A very long report\n\n" + body[:chars].rsplit(" ", 1)[0] + "."


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--chars", type=int, nargs="+", default=[25_000, 50_000, 100_000, 200_000])
    args = ap.parse_args(argv)
    load()
    rates = []
    with tempfile.TemporaryDirectory() as tmp:
        warm = Path(tmp) / "warm.txt"  # the first analysis loads the tables: not timed
        warm.write_text(article(5_000), "utf-8")
        detente.analyze([str(warm)])
        for chars in sorted(args.chars):
            path = Path(tmp) / f"long-{chars}.txt"
            path.write_text(article(chars), "utf-8")
            t0 = time.perf_counter()
            (analysis,) = detente.analyze([str(path)])
            seconds = time.perf_counter() - t0
            rates.append(seconds / chars * 100_000)
            print(f"  {chars:>9,} chars  {seconds:7.1f} s  {rates[-1]:6.2f} s per 100k chars  "
                  f"({len(analysis.events)} events)", flush=True)
    growth = rates[-1] / rates[0]
    verdict = "ok" if growth <= LINEAR else "grows faster than the length"
    print(f"  cost per character, longest / shortest: {growth:.2f} (target <= {LINEAR}: {verdict})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
