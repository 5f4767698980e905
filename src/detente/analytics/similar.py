"""Same story, several reports: similar articles, near-duplicates, story groups and event clusters.

Two articles tell the same story when their words agree (TF-IDF cosine over title and text) and,
more strongly, when they report the same events (same country dyad and CAMEO root). The score
is ``0.75 * cosine + 0.25 * Jaccard(shared event keys)``; a cosine of `NEAR_DUPLICATE` or more
marks a near-duplicate (a syndicated or re-posted copy).

Event clusters follow GDELT: events reported by several articles — same source country, target
country and CAMEO root, within `window_days` — are one event with NumArticles (distinct
articles), NumSources (distinct sites or URL domains) and NumMentions.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

from ..store.database import Store
from ..events.confidence import DEFAULT_MIN_CONFIDENCE
from ..store.queries import confidence_clause, date_range

NEAR_DUPLICATE = 0.9
TEXT_WEIGHT, EVENT_WEIGHT = 0.75, 0.25


@dataclass(frozen=True)
class _Index:
    ids: list[str]
    pos: dict[str, int]
    matrix: object  # L2-normalised sparse TF-IDF rows
    keys: list[frozenset]


_cache: dict[tuple, _Index] = {}
_lock = threading.Lock()


def _index(store: Store) -> _Index:
    """The TF-IDF index of every stored article, rebuilt only when the store has changed."""
    n, last = store.con.execute("SELECT count(*), max(ingested_at) FROM articles").fetchone()
    key = (str(store.path), n, last)
    with _lock:
        if key in _cache:
            return _cache[key]
    from sklearn.feature_extraction.text import TfidfVectorizer

    rows = store.con.execute("SELECT id, coalesce(title, '') || '\n' || text FROM articles ORDER BY id").fetchall()
    events = store.con.execute(
        """SELECT article_id, list(DISTINCT least(source_country, target_country) || '-' ||
                  greatest(source_country, target_country) || ':' || root)
           FROM events WHERE modality = 'asserted' AND source_country IS NOT NULL AND target_country IS NOT NULL
           GROUP BY article_id"""
    ).fetchall()
    by_article = {a: frozenset(k) for a, k in events}
    ids = [r[0] for r in rows]
    matrix = None
    if ids:
        vec = TfidfVectorizer(stop_words="english", sublinear_tf=True, ngram_range=(1, 2), max_features=100_000)
        try:
            matrix = vec.fit_transform([r[1] for r in rows])
        except ValueError:  # every text is stop words only: nothing to compare
            matrix = None
    index = _Index(ids=ids, pos={a: i for i, a in enumerate(ids)}, matrix=matrix,
                   keys=[by_article.get(a, frozenset()) for a in ids])
    with _lock:
        _cache.clear()  # one database per process in practice; keep memory bounded
        _cache[key] = index
    return index


def _scores(index: _Index, i: int) -> list[tuple[int, float, float, float]]:
    """(j, score, cosine, jaccard) of article `i` against every other article."""
    cos = (index.matrix[i] @ index.matrix.T).toarray().ravel() if index.matrix is not None else None
    out = []
    ki = index.keys[i]
    for j in range(len(index.ids)):
        if j == i:
            continue
        c = float(cos[j]) if cos is not None else 0.0
        kj = index.keys[j]
        jac = len(ki & kj) / len(ki | kj) if ki and kj else 0.0
        out.append((j, TEXT_WEIGHT * c + EVENT_WEIGHT * jac, c, jac))
    return out


def similar_articles(store: Store, article_id: str, k: int = 5, *, min_score: float = 0.05) -> list[dict]:
    """The `k` stored articles most like `article_id`, best first, with score, cosine and shared events."""
    index = _index(store)
    i = index.pos.get(article_id)
    if i is None:
        return []
    best = sorted((s for s in _scores(index, i) if s[1] >= min_score), key=lambda s: (-s[1], index.ids[s[0]]))[:k]
    if not best:
        return []
    meta = {
        r["id"]: r
        for r in store.query(
            "SELECT id, title, url, site, date FROM articles WHERE id IN (SELECT unnest(?))", [[index.ids[j] for j, *_ in best]]
        )
    }
    return [
        {
            **meta.get(index.ids[j], {"id": index.ids[j]}),
            "score": round(score, 4),
            "cosine": round(cos, 4),
            "shared_events": sorted(index.keys[i] & index.keys[j]),
            "near_duplicate": cos >= NEAR_DUPLICATE,
        }
        for j, score, cos, _ in best
    ]


def near_duplicates(store: Store, *, threshold: float = NEAR_DUPLICATE) -> list[tuple[str, str, float]]:
    """Pairs of stored articles whose text cosine is at least `threshold`: (id, id, cosine)."""
    index = _index(store)
    if index.matrix is None:
        return []
    sims = (index.matrix @ index.matrix.T).tocoo()
    return sorted(
        ((index.ids[a], index.ids[b], round(float(v), 4)) for a, b, v in zip(sims.row, sims.col, sims.data) if a < b and v >= threshold),
        key=lambda p: (-p[2], p[0], p[1]),
    )


def story_groups(store: Store, *, threshold: float = 0.3) -> list[list[str]]:
    """Articles grouped by story: connected components of pairs scoring `threshold` or more (singletons left out)."""
    index = _index(store)
    parent = list(range(len(index.ids)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i in range(len(index.ids)):
        for j, score, _, _ in _scores(index, i):
            if j > i and score >= threshold:
                parent[find(j)] = find(i)
    groups: dict[int, list[str]] = {}
    for i, a in enumerate(index.ids):
        groups.setdefault(find(i), []).append(a)
    return sorted((g for g in groups.values() if len(g) > 1), key=lambda g: (-len(g), g[0]))


def event_clusters(
    store: Store,
    *,
    since: date | None = None,
    until: date | None = None,
    window_days: int = 3,
    min_articles: int = 1,
    limit: int | None = None,
    min_confidence: float | None = DEFAULT_MIN_CONFIDENCE,
) -> list[dict]:
    """Events reported by several articles, as one cluster each with NumArticles/NumSources/NumMentions.

    Events with the same (source country, target country, CAMEO root) join the current cluster
    while they fall within `window_days` of its first event; undated events cluster by key alone.
    Sorted by NumArticles, then NumMentions, then newest.
    """
    clauses = ["e.modality = 'asserted'", "e.source_country IS NOT NULL", "e.target_country IS NOT NULL"]
    dates, params = date_range("e.date", since, until)
    conf, values = confidence_clause("e.confidence", min_confidence)
    clauses += dates + conf
    params += values
    rows = store.con.execute(
        f"""SELECT e.source_country, e.target_country, e.root, e.date, e.article_id, e.idx, e.cameo, e.goldstein,
                   e.mentions, a.site, a.url, a.title
            FROM events e JOIN articles a ON a.id = e.article_id WHERE {' AND '.join(clauses)}
            ORDER BY e.source_country, e.target_country, e.root, e.date NULLS FIRST, e.article_id, e.idx""",
        params,
    ).fetchall()
    clusters: list[dict] = []
    current: dict | None = None
    for src, tgt, root, day, aid, idx, cameo, gold, mentions, site, url, title in rows:
        key = (src, tgt, root)
        fits = (
            current is not None and current["key"] == key
            and (day is None) == (current["first"] is None)
            and (day is None or (day - current["first"]).days <= window_days)
        )
        if not fits:
            current = {"key": key, "first": day, "last": day, "events": [], "articles": {}, "sources": set()}
            clusters.append(current)
        current["last"] = day
        current["events"].append({"article_id": aid, "idx": idx, "cameo": cameo, "goldstein": gold})
        current["articles"].setdefault(aid, title)
        current["sources"].add(_domain(site, url))
        current.setdefault("mentions", 0)
        current["mentions"] += mentions or 1
    out = []
    for c in clusters:
        if len(c["articles"]) < min_articles:
            continue
        golds = [e["goldstein"] for e in c["events"] if e["goldstein"] is not None]
        out.append({
            "source_country": c["key"][0],
            "target_country": c["key"][1],
            "root": c["key"][2],
            "cameo": sorted({e["cameo"] for e in c["events"]}),
            "first_date": c["first"].isoformat() if c["first"] else None,
            "last_date": c["last"].isoformat() if c["last"] else None,
            "num_articles": len(c["articles"]),
            "num_sources": len(c["sources"]),
            "num_mentions": c["mentions"],
            "goldstein_mean": round(sum(golds) / len(golds), 3) if golds else None,
            "articles": [{"id": a, "title": t} for a, t in c["articles"].items()],
            "events": c["events"],
        })
    out.sort(key=lambda c: c["last_date"] or "", reverse=True)  # stable sorts: newest first within equal counts
    out.sort(key=lambda c: (-c["num_articles"], -c["num_mentions"]))
    return out[:limit] if limit is not None else out


def _domain(site: str | None, url: str | None) -> str:
    """The reporting source: the site name, else the URL's domain (without `www.`), else `unknown`."""
    if url:
        host = urlsplit(url).hostname or ""
        if host:
            return host.removeprefix("www.")
    return (site or "unknown").lower()

