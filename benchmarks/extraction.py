"""Article-extraction benchmark: token precision/recall/F1 of `detente.extract` on real pages.

Corpus: ../shared/corpus/scrapinghub-dev/ (``html/<id>.html.gz`` + ``ground-truth.json`` with the
hand-extracted ``articleBody`` of each page). Scoring follows the article-extraction-benchmark's
bag-of-words measure, micro-averaged: tokens are lowercased words, true positives the multiset
overlap of extracted and expected tokens, summed over all pages. A page that fails to extract
scores as an empty extraction (all its expected tokens missed) and is counted in `failures`.

    .venv/bin/python benchmarks/extraction.py            # print the figures
    .venv/bin/python benchmarks/extraction.py --gate     # exit 1 when F1 < 0.96
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from _score import prf  # noqa: E402
from detente.errors import InputError  # noqa: E402
from detente.extract import extract  # noqa: E402
from detente.model import RawDocument  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "scrapinghub-dev"
GATE_F1 = 0.96
_TOKEN = re.compile(r"\w+")


def tokens(text: str) -> Counter[str]:
    return Counter(_TOKEN.findall(text.lower()))


@dataclass
class Score:
    pages: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    seconds: float = 0.0
    failures: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return prf(self.tp, self.fp, self.fn)[0]

    @property
    def recall(self) -> float:
        return prf(self.tp, self.fp, self.fn)[1]

    @property
    def f1(self) -> float:
        return prf(self.tp, self.fp, self.fn)[2]

    def summary(self) -> str:
        speed = self.pages / self.seconds if self.seconds else 0.0
        return (
            f"extraction: pages={self.pages} precision={self.precision:.4f} recall={self.recall:.4f} "
            f"F1={self.f1:.4f} failures={len(self.failures)} pages/s={speed:.1f}"
        )


def score_corpus(corpus: Path = CORPUS) -> Score:
    """Run `extract()` on every page of the corpus and score it against the ground truth."""
    truth = json.loads((corpus / "ground-truth.json").read_text(encoding="utf-8"))
    score = Score()
    for page_id, expected in sorted(truth.items()):
        path = corpus / "html" / f"{page_id}.html.gz"
        raw = RawDocument(source=str(path), data=gzip.decompress(path.read_bytes()), kind="html", url=expected.get("url"))
        start = time.perf_counter()
        try:
            text = extract(raw).text
        except InputError as exc:
            text = ""
            score.failures.append(f"{page_id}: {type(exc).__name__}: {exc.message}")
        score.seconds += time.perf_counter() - start
        got, want = tokens(text), tokens(expected["articleBody"])
        overlap = sum((got & want).values())
        score.pages += 1
        score.tp += overlap
        score.fp += sum(got.values()) - overlap
        score.fn += sum(want.values()) - overlap
    return score


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder with html/ and ground-truth.json")
    parser.add_argument("--gate", action="store_true", help=f"exit 1 when F1 < {GATE_F1}")
    args = parser.parse_args(argv)
    if not (args.corpus / "ground-truth.json").is_file():
        print(f"no corpus at {args.corpus}: expected ground-truth.json and html/ there", file=sys.stderr)
        return 2
    score = score_corpus(args.corpus)
    for failure in score.failures:
        print(f"  failed {failure}")
    print(score.summary())
    if args.gate and score.f1 < GATE_F1:
        print(f"GATE FAILED: F1 {score.f1:.4f} < {GATE_F1}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
