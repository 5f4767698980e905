"""Reviews as data: the gold file the wild benchmark scores against, the coder's precision as
the analysts see it, and the queue of events still to review. Each takes a read-only `Store`
(whose `events` are the reviewed view)."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

from .table import current

#: confidence bands of `stats`, as benchmarks/wild.py reports calibration
BANDS = ((0.0, 0.3), (0.3, 0.5), (0.5, 0.7), (0.7, 0.85), (0.85, 1.01))
_PAGE = re.compile(r"^([0-9a-f]{64})\.html(\.gz)?$")


def gold(store) -> list[dict]:
    """One record per reviewed article, in the format of ../shared/gold/wild_dev.jsonl: `page`,
    `url`, `title`, `political`, and `events` (confirmed, corrected and added ones: source, target,
    cameo, modality, sentence, note). Extra keys: `article_id`; `path`, the stored page when it is
    a local file (benchmarks/wild.py reads it); `complete`, whether every event the coder found
    there has been reviewed (precision against an incomplete article's gold is a lower bound)."""
    ov, reviews = current(store.con)
    notes = {r.id: r.note for r in reviews}
    ids = sorted({r.article_id for r in reviews})
    out = []
    for aid in ids:
        art = store.con.execute('SELECT source, url, title FROM main.articles WHERE id = ?', [aid]).fetchone()
        if art is None:
            continue  # the article itself is gone; its reviews are detached
        rows = store.query(
            'SELECT source, target, cameo, modality, sentence, reviewed, review_id FROM events '
            'WHERE article_id = ? ORDER BY start, idx', [aid])
        events = [{"source": r["source"] or "---", "target": r["target"] or "---", "cameo": r["cameo"],
                   "modality": r["modality"], "sentence": r["sentence"].strip(),
                   "note": notes.get(r["review_id"]) or "reviewed in detente"} for r in rows if r["reviewed"]]
        source = art[0] or ""
        name = Path(source).name
        page = _PAGE.match(name)
        record = {"page": page.group(1) if page else aid, "url": art[1], "title": art[2], "political": bool(events),
                  "events": events, "article_id": aid, "complete": all(r["reviewed"] for r in rows)}
        if "://" not in source and Path(source).is_file():
            record["path"] = str(Path(source).resolve())
        out.append(record)
    return out


def export_gold(store, path: str | Path) -> int:
    """Write `gold(store)` as JSON Lines to `path` ("-" for stdout); returns the article count."""
    records = gold(store)
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    if str(path) == "-":
        import sys

        sys.stdout.write(text)
    else:
        Path(path).write_text(text, encoding="utf-8")
    return len(records)


def _band(conf: float | None) -> str:
    c = 1.0 if conf is None else float(conf)
    for lo, hi in BANDS:
        if lo <= c < hi:
            return f"{lo:.2f}-{min(hi, 1.0):.2f}"
    return f"{BANDS[-1][0]:.2f}-1.00"


def stats(store) -> dict:
    """The share of reviewed coder events the analysts confirmed, overall, per CAMEO root and per
    confidence band (the coder's own), with the counts behind it; plus added and detached reviews."""
    ov, reviews = current(store.con)
    overall = {"reviewed": 0, "confirmed": 0, "corrected": 0, "rejected": 0}
    roots: dict[str, dict] = defaultdict(lambda: {"reviewed": 0, "confirmed": 0})
    bands: dict[str, dict] = defaultdict(lambda: {"reviewed": 0, "confirmed": 0})
    word = {"confirm": "confirmed", "correct": "corrected", "reject": "rejected"}
    for r in ov.applied.values():
        coded = r.coded or {}
        overall["reviewed"] += 1
        overall[word[r.action]] += 1
        for table, key in ((roots, (coded.get("cameo") or "??")[:2]), (bands, _band(coded.get("confidence")))):
            table[key]["reviewed"] += 1
            table[key]["confirmed"] += r.action == "confirm"

    def share(d):
        return {**d, "share_confirmed": round(d["confirmed"] / d["reviewed"], 3) if d["reviewed"] else None}

    return {
        **share(overall),
        "added": len(ov.added),
        "detached": len(ov.detached),
        "reviews": len(reviews),
        "by_root": {k: share(v) for k, v in sorted(roots.items())},
        "by_confidence": {k: share(v) for k, v in sorted(bands.items())},
    }


def queue(store, *, limit: int = 50, article_id: str | None = None) -> list[dict]:
    """Events no analyst has reviewed yet, the coder's least sure first (every confidence)."""
    sql = ('SELECT e.article_id, e.idx, e.date, e.source, e.target, e.cameo, e.modality, e.confidence, '
           'e.sentence AS text, e.trigger, a.title FROM events e JOIN articles a ON a.id = e.article_id '
           'WHERE NOT e.reviewed')
    params: list = []
    if article_id:
        sql += " AND e.article_id = ?"
        params.append(article_id)
    sql += " ORDER BY coalesce(e.confidence, 1.0), e.date DESC NULLS LAST, e.article_id, e.idx LIMIT ?"
    return store.query(sql, params + [int(limit)])
