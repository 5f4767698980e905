"""Shared fixtures: one spaCy pipeline, hand-built actor resolutions for unit tests, and whole
stories coded by the full pipeline."""

from __future__ import annotations

import re

import pytest

from detente.actors.types import Mention, Resolution
from detente.events import Lexicon, code_events
from detente.model import Actor


@pytest.fixture(scope="session")
def nlp():
    from detente.nlp import load

    return load()  # the production pipeline: its dateline, line-break and lemma components too


@pytest.fixture(scope="session")
def lexicon():
    return Lexicon.load()


def resolve(doc, phrases: dict[str, str]) -> Resolution:
    """A stand-in for the actors stage: every whole-word occurrence of each phrase becomes a
    mention with the given code (longest phrases first, no overlaps)."""
    res = Resolution()
    taken: set[int] = set()
    codes: dict[str, int] = {}
    for phrase in sorted(phrases, key=len, reverse=True):
        code = phrases[phrase]
        for m in re.finditer(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", doc.text):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or any(i in taken for i in range(span.start, span.end)):
                continue
            taken.update(range(span.start, span.end))
            if code not in codes:
                codes[code] = len(res.actors)
                res.actors.append(Actor(code=code, name=phrase, country=code[:3]))
            res.mentions.append(Mention(phrase, m.start(), m.end(), span.start, span.end, codes[code], code))
    return res.index()


@pytest.fixture
def code(nlp, lexicon):
    """code(text, {phrase: actor code}) -> list of (source, target, cameo, modality)."""

    def run(text: str, phrases: dict[str, str], full: bool = False):
        doc = nlp(text)
        events = code_events(doc, resolve(doc, phrases), lexicon=lexicon)
        return events if full else [(e.source, e.target, e.cameo, e.modality) for e in events]

    return run


@pytest.fixture(scope="session")
def story():
    """story(text, date="2019-11-20") -> (source, target, cameo, modality) of every event the whole
    pipeline codes in `text`, the actors stage included; `date=None` for an undated story."""
    from detente.engine import code_records

    def run(text: str, date: str | None = "2019-11-20") -> list[tuple]:
        (rec,) = code_records([{"id": "1", "text": text} | ({"date": date} if date else {})])
        return [(e["source"], e["target"], e["cameo"], e["modality"]) for e in rec["events"]]

    return run
