"""Reading articles back: full-text search and one article with everything found in it.

Search is `ILIKE` over title and text with bound parameters (every word must appear, in any
order); it needs no extension, so it works offline on any DuckDB build.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from ..store.database import Store
from ..store.queries import date_range


@dataclass(frozen=True, kw_only=True)
class ArticleQuery:
    """Which articles to list. `actor` matches a code prefix (`CHN`, `USAGOV`) of a resolved actor."""

    q: str | None = None
    actor: str | None = None
    since: date | None = None
    until: date | None = None
    limit: int = 50
    offset: int = 0

    def where(self) -> tuple[str, list]:
        clauses, params = [], []
        for word in (self.q or "").split()[:10]:
            pattern = "%" + _escape_like(word) + "%"
            clauses.append("(a.title ILIKE ? ESCAPE '\\' OR a.text ILIKE ? ESCAPE '\\')")
            params += [pattern, pattern]
        if self.actor:
            clauses.append(
                "EXISTS (SELECT 1 FROM actors x WHERE x.article_id = a.id AND (starts_with(x.code, ?) OR x.country = ?))"
            )
            params += [self.actor.upper(), self.actor.upper()]
        dates, values = date_range("a.date", self.since, self.until)
        clauses += dates
        params += values
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def search_articles(store: Store, query: ArticleQuery = ArticleQuery()) -> dict:
    """`{"total", "items"}`: matching articles, newest first, with a snippet around the first hit."""
    where, params = query.where()
    total = store.con.execute(f"SELECT count(*) FROM articles a{where}", params).fetchone()[0]
    rows = store.query(
        f"""
        SELECT a.id, a.title, a.url, a.source, a.site, a.date, a.ingested_at, a.text,
               (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events,
               (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quotes
        FROM articles a{where}
        ORDER BY a.date DESC NULLS LAST, a.ingested_at DESC, a.id
        LIMIT ? OFFSET ?
        """,
        params + [int(query.limit), int(query.offset)],
    )
    words = (query.q or "").split()
    for r in rows:
        r["snippet"] = snippet(r.pop("text"), words)
    return {"total": total, "items": rows}


def get_article(store: Store, article_id: str) -> dict | None:
    """One stored article with its actors (and mentions), quotes, events, themes and tone; None if absent."""
    rows = store.query("SELECT * FROM articles WHERE id = ?", [article_id])
    if not rows:
        return None
    art = rows[0]
    for key in ("tone", "amounts", "dates", "claims", "themes", "entities", "versions"):
        art[key] = json.loads(art[key]) if art.get(key) else ({} if key in ("tone", "versions") else [])
    art["actors"] = store.query(
        "SELECT idx, code, name, country, role, kind, mentions FROM actors WHERE article_id = ? ORDER BY idx",
        [article_id],
    )
    for a in art["actors"]:
        a["mentions"] = json.loads(a["mentions"])
    art["quotes"] = store.query(
        'SELECT idx, text, start, "end", speaker, speaker_actor, cue, direct, confidence FROM quotes WHERE article_id = ? ORDER BY idx',
        [article_id],
    )
    art["events"] = store.query(
        """SELECT idx, date, source, target, cameo, root, plover, goldstein, quad_class, modality,
                  sentence AS text, start, "end", trigger, trigger_start, trigger_end, source_text, target_text, mentions,
                  confidence, confidence_factors
           FROM events WHERE article_id = ? ORDER BY idx""",
        [article_id],
    )
    return art


def snippet(text: str, words: list[str], width: int = 220) -> str:
    """About `width` characters of `text` around the first of `words` found (the start when none is)."""
    low = text.lower()
    hits = [i for i in (low.find(w.lower()) for w in words) if i >= 0]
    start = max(0, min(hits) - width // 3) if hits else 0
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < start + 30 else start
    piece = " ".join(text[start : start + width].split())
    return ("…" if start else "") + piece + ("…" if start + width < len(text) else "")


def _escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
