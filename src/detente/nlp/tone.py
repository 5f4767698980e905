"""Document tone in GDELT's terms, scored with the VADER lexicon that vaderSentiment ships.

    tone(doc) -> {"tone", "positive", "negative", "polarity", "activity_density", "word_count"}

Formula (GDELT GKG V1.5/2.0 tone fields, word-share version):

* word_count       = number of word tokens (alphabetic, not punctuation or numbers)
* positive         = 100 x (words with a positive VADER valence) / word_count
* negative         = 100 x (words with a negative VADER valence) / word_count
* tone             = positive - negative          (range -100..+100, news usually -10..+10)
* polarity         = positive + negative          (how emotionally charged, either way)
* activity_density = 100 x (verbs, spaCy POS VERB) / word_count

Words are looked up lower-cased, as written and then as their lemma; VADER's valence strengths are
not used (GDELT counts words), nor its negation and booster rules. An empty text scores all zeros.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import vaderSentiment
from spacy.tokens import Doc

from ..errors import DictionaryError


@cache
def _lexicon() -> dict[str, float]:
    path = Path(vaderSentiment.__file__).with_name("vader_lexicon.txt")
    out: dict[str, float] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DictionaryError(f"cannot read the VADER lexicon: {exc}; reinstall vaderSentiment", source=str(path)) from exc
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        fields = line.split("\t")
        try:
            out[fields[0]] = float(fields[1])
        except (IndexError, ValueError) as exc:
            raise DictionaryError(f"line {n}: expected word<TAB>valence, got {line[:60]!r}", source=str(path)) from exc
    return out


def tone(doc: Doc) -> dict:
    """GDELT-style tone of a parsed text (see the module docstring for the formula)."""
    lex = _lexicon()
    words = pos = neg = verbs = 0
    for t in doc:
        if not t.is_alpha:
            continue
        words += 1
        if t.pos_ == "VERB":
            verbs += 1
        v = lex.get(t.lower_)
        if v is None:
            v = lex.get(t.lemma_.lower())
        if v is None:
            continue
        if v > 0:
            pos += 1
        elif v < 0:
            neg += 1
    if words == 0:
        return {"tone": 0.0, "positive": 0.0, "negative": 0.0, "polarity": 0.0, "activity_density": 0.0, "word_count": 0}
    p, n = 100.0 * pos / words, 100.0 * neg / words
    return {
        "tone": round(p - n, 4),
        "positive": round(p, 4),
        "negative": round(n, 4),
        "polarity": round(p + n, 4),
        "activity_density": round(100.0 * verbs / words, 4),
        "word_count": words,
    }
