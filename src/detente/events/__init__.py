"""Events: who did what to whom, coded in CAMEO (with PLOVER type, Goldstein score, QuadClass).

    lexicon = Lexicon.load()                    # built-in data files, validated, cached
    events = code_events(doc, res, on=article_date, lexicon=lexicon)

`doc` is the spaCy parse of the article text, `res` the actors stage's `Resolution` of it.
"""

from .coder import code_events
from .lexicon import CodeInfo, Lexicon, Pattern, quad_class

__all__ = ["CodeInfo", "Lexicon", "Pattern", "code_events", "quad_class"]
