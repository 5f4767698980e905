"""The article text as HTML with its actors, quotes and event sentences marked, from stored offsets.

Spans may overlap (an actor inside a quote inside an event sentence), so the text is cut at every
span boundary and each piece carries the classes of all spans covering it; nothing is nested.
Each event gets an empty anchor `id="ev-{idx}"` at its sentence start, so `/articles/{id}#ev-3`
lands on the sentence without JavaScript; the dashboard's script also lights the whole sentence.
Each quote gets `id="q-{idx}"` the same way (the quotes page links there).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape

from markupsafe import Markup


@dataclass(slots=True)
class Mark:
    start: int
    end: int
    cls: str  # "ev", "act" or "quote"
    data: dict[str, str] = field(default_factory=dict)  # data-* attributes, merged space-separated
    title: str | None = None


def marks_for(article: dict) -> list[Mark]:
    """Marks for a `get_article` dict: every actor mention, quote and event sentence."""
    marks = []
    for ev in article.get("events", []):
        label = f"{ev['source'] or '?'} → {ev['target'] or '?'}  CAMEO {ev['cameo']} {ev.get('plover') or ''} ({ev['modality']})"
        marks.append(Mark(ev["start"], ev["end"], "ev", {"ev": str(ev["idx"]), "quad": str(ev.get("quad_class") or "")}, label))
    for q in article.get("quotes", []):
        marks.append(Mark(q["start"], q["end"], "quote", {"quote": str(q["idx"])}, f"quote: {q.get('speaker') or 'unknown speaker'}"))
    for a in article.get("actors", []):
        for m in a.get("mentions", []):
            marks.append(Mark(m["start"], m["end"], "act", {"actor": a["code"]}, f"{a['name']} ({a['code']})"))
    return marks


def highlight(text: str, marks: list[Mark]) -> Markup:
    """`text` escaped, with each piece wrapped in a span for the marks covering it."""
    n = len(text)
    good = [m for m in marks if 0 <= m.start < m.end <= n]
    cuts = sorted({0, n, *(m.start for m in good), *(m.end for m in good)})
    anchors: dict[int, list[str]] = {}
    for m in good:
        if m.cls == "ev":
            anchors.setdefault(m.start, []).append("ev-" + m.data["ev"])
        elif m.cls == "quote" and "quote" in m.data:  # /quotes links to /articles/{id}#q-{idx}
            anchors.setdefault(m.start, []).append("q-" + m.data["quote"])
    # One sweep over the cuts: the marks covering a piece are those open at its start (start <= lo
    # < end, since every start and end is a cut), kept by their index so the order is the input's.
    starts: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    for i, m in enumerate(good):
        starts.setdefault(m.start, []).append(i)
        ends.setdefault(m.end, []).append(i)
    open_marks: set[int] = set()
    out = []
    for lo, hi in zip(cuts, cuts[1:]):
        open_marks.difference_update(ends.get(lo, ()))
        open_marks.update(starts.get(lo, ()))
        for idx in anchors.get(lo, []):
            out.append(f'<a class="anchor" id="{escape(idx)}"></a>')
        piece = escape(text[lo:hi])
        over = [good[i] for i in sorted(open_marks)]
        if not over:
            out.append(piece)
            continue
        classes = sorted({m.cls for m in over})
        data: dict[str, list[str]] = {}
        for m in over:
            for k, v in m.data.items():
                if v and v not in data.setdefault(k, []):
                    data[k].append(v)
        attrs = "".join(f' data-{k}="{escape(" ".join(v))}"' for k, v in sorted(data.items()))
        titles = [m.title for m in over if m.title]
        title = f' title="{escape(" | ".join(dict.fromkeys(titles)))}"' if titles else ""
        out.append(f'<span class="{" ".join(classes)}"{attrs}{title}>{piece}</span>')
    return Markup("".join(out))
