"""Events in the project's own whole articles: precision / recall / F1 per genre.

    python benchmarks/articles.py [--min-confidence X] [--show]

`fixtures/articles/articles.jsonl` holds 44 news articles of 240-700 words in nine genres (US
politics and regulators, protests, courts and immigration, diplomacy, elections, armed
conflict; civil society and bodies the tables lack, domestic politics outside the US, several
states blaming and appealing to each other), written for the project in the style of wire copy and annotated by the rules of
../shared/gold/WILD.md before detente was run on them. They are not real news and they were
tuned on (each genre's fixes were written against its own articles), so they are a regression
check and a view per genre, not an estimate for unseen news: `wild.py`'s half B is that.

Each article runs through `detente.analyze` as a JSON document (title, date, text) and is scored
as `wild.py` scores a page: asserted events matched one to one on source country, target
country and CAMEO root; a gold side `---` matches anything.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import wild  # noqa: E402

FIXTURE = ROOT / "benchmarks" / "fixtures" / "articles" / "articles.jsonl"


def load(path: Path = FIXTURE) -> list[dict]:
    """The articles as wild.py's page records (page id, political, events) plus their text."""
    arts = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for a in arts:
        a["page"], a["political"] = a["id"], True
        for e in a["events"]:
            e.setdefault("modality", "asserted")
    return arts


def run(arts: list[dict]) -> dict[str, list[dict]]:
    """Our scored events per article id: each article written out as a JSON document and run
    as wild.py runs a page (`path`)."""
    with tempfile.TemporaryDirectory() as tmp:
        for a in arts:
            a["path"] = str(Path(tmp) / f"{a['id']}.json")
            Path(a["path"]).write_text(json.dumps({"title": a["title"], "date": a["date"], "text": a["text"]}), encoding="utf-8")
        return wild.run(arts)[0]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--min-confidence", type=float, default=None, help="default: detente's DEFAULT_MIN_CONFIDENCE")
    ap.add_argument("--show", action="store_true", help="print every article's misses and extras")
    args = ap.parse_args(argv)
    from detente.events.confidence import DEFAULT_MIN_CONFIDENCE

    min_conf = DEFAULT_MIN_CONFIDENCE if args.min_confidence is None else args.min_confidence
    arts = load()
    predicted = run(arts)
    by_genre: dict[str, list[dict]] = defaultdict(list)
    for a in arts:
        by_genre[a["genre"]].append(a)
    print(f"{len(arts)} articles, {sum(e['modality'] == 'asserted' for a in arts for e in a['events'])} asserted gold events; confidence >= {min_conf:.2f}"
          " (every event in brackets)")
    for genre, part in [*by_genre.items(), ("all", arts)]:
        at, every = wild.score(part, predicted, min_conf), wild.score(part, predicted, 0.0)
        print(f"  {genre:34} {len(part):2} articles  P {at.p:.3f} R {at.r:.3f} F1 {at.f1:.3f}"
              f"  (tp {at.tp}, fp {at.fp}, fn {at.fn})  [F1 {every.f1:.3f}]")
    if args.show:
        s = wild.score(arts, predicted, min_conf)
        for page, g in s.misses:
            print(f"  miss  {page:24} {g['source']:>10} {g['cameo']} {g['target']:<10} | {g['sentence'][:150]}")
        for page, p in s.extras:
            print(f"  extra {page:24} {p['source'] or '-':>10} {p['cameo']} {p['target'] or '-':<10} {p['confidence']:.2f} | {p['sentence'][:150]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
