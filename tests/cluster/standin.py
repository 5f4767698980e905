"""A deterministic, fast stand-in for `engine.analyze_batch`, importable by worker processes.

For the runner's own properties (order, backpressure) on many small batches, which do not depend
on what the stages find; everything about stored results is tested with the real pipeline.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date

from detente.errors import reason
from detente.model import Actor, Analysis, Article, Event, Quote, Span, content_id

CODES = ("USAGOV", "CHNGOV", "RUSGOV", "GBRGOV", "FRAMIL")


def analyze_batch(items, options=None):
    out = []
    for item in items:
        if isinstance(item, BaseException):
            src = getattr(item, "source", None) or "?"
            out.append(Analysis(source=src, id=content_id(src), error=reason(item)))
            continue
        text = re.sub(r"<[^>]+>", " ", item.data.decode("utf-8", "replace"))
        text = " ".join(text.split())[:4000]
        h = hashlib.sha1(item.data).digest()
        art = Article(id=item.id, source=item.source, text=text, title=text[:40], date=date(2019, 11, 1 + h[0] % 28))
        actors = [Actor(code=CODES[(h[i] + i) % 5], name=f"n{i}", country=CODES[(h[i] + i) % 5][:3], role="GOV",
                        mentions=[Span(text[:5], 0, 5)]) for i in range(1 + h[1] % 3)]
        events = [Event(source=actors[0].code, target=CODES[h[2 + i] % 5], cameo=f"0{1 + h[3 + i] % 9}{h[4] % 10}",
                        plover="CONSULT", goldstein=float(h[5] % 10), quad_class=1, modality="asserted",
                        text=text[i * 50:(i + 1) * 50], start=i * 50, end=(i + 1) * 50) for i in range(h[6] % 4)]
        quotes = [Quote(text=text[10:30], start=10, end=30, speaker="n0", speaker_actor=actors[0].code)] if h[7] % 2 else []
        out.append(Analysis(source=item.source, id=item.id, article=art, actors=actors, events=events, quotes=quotes,
                            tone={"tone": h[8] / 10}))
    return out
