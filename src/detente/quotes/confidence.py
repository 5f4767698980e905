"""How sure the quote stage is of a quote's speaker: a 0-1 confidence read off its evidence.

A stage of its own, called by the finder for every quote it builds. The confidence is the product
of three factors from ``data/quotes/confidence.tsv`` (documented there): how the speaker was found
(an explicit speech verb beside the quote beats a verb further off, a colon, a speaker carried over
from the quote before, and nothing), what names the speaker (a name beats an organisation, a title,
a description and a pronoun), and what kind of quote it is (a whole utterance, a partial quote
inside the writer's sentence, reported speech). A quote with no speaker is always below
`LOW`, one with an explicit cue and a name at `DEFAULT_MIN_CONFIDENCE` or above.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import DictionaryError
from .lexicon import read_tsv

FRAMES = ("cue", "naming", "governed", "colon", "carried", "none")
SPEAKERS = ("name", "organisation", "title", "description", "pronoun", "none")
KINDS = ("direct", "partial", "reported")
_GROUPS = {"frame": FRAMES, "speaker": SPEAKERS, "kind": KINDS}

#: quotes at or above this are the ones a reader can take at their word
DEFAULT_MIN_CONFIDENCE = 0.5
#: below this, the stage could not say who spoke
LOW = 0.2


@dataclass(frozen=True, slots=True)
class Evidence:
    """What the finder knew of a quote's speaker."""

    frame: str  # one of FRAMES
    speaker: str  # one of SPEAKERS
    kind: str  # one of KINDS


@dataclass(frozen=True, slots=True)
class Factors:
    frame: dict[str, float]
    speaker: dict[str, float]
    kind: dict[str, float]

    @classmethod
    def load(cls, path: Path | str | None = None) -> "Factors":
        """The factors of `confidence.tsv` (or `path`), validated: each in 0-1, every key present. Cached."""
        if path is None:
            path = Path(str(resources.files("detente") / "data" / "quotes" / "confidence.tsv"))
        return _load(str(path))


@lru_cache(maxsize=4)
def _load(path: str) -> Factors:
    table: dict[str, dict[str, float]] = {g: {} for g in _GROUPS}
    for n, (group, key, value) in read_tsv(path, (3, 3)):
        if group not in _GROUPS or key not in _GROUPS[group]:
            raise DictionaryError(f"line {n}: unknown factor {group} {key!r}; see the file's header", source=path)
        try:
            factor = float(value)
        except ValueError:
            raise DictionaryError(f"line {n}: {value!r} is not a number", source=path) from None
        if not 0.0 <= factor <= 1.0:
            raise DictionaryError(f"line {n}: factor {factor} is outside 0-1", source=path)
        table[group][key] = factor
    for group, keys in _GROUPS.items():
        missing = [k for k in keys if k not in table[group]]
        if missing:
            raise DictionaryError(f"{group} factors missing: {', '.join(missing)}", source=path)
    return Factors(**table)


def score(evidence: Evidence, factors: Factors | None = None) -> float:
    """The confidence (0-1, three decimals) of a quote with this evidence."""
    f = factors or Factors.load()
    if evidence.speaker == "none":
        frame = "none"  # a frame that named nobody says nothing of the speaker
    else:
        frame = evidence.frame
    value = f.frame[frame] * f.speaker[evidence.speaker] * f.kind[evidence.kind]
    return round(min(1.0, max(0.0, value)), 3)
