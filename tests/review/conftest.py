"""A small store of real-shaped events for the review tests."""

from datetime import date

import pytest

from detente.model import Analysis, Article, Event
from detente.store import Store

TEXT = "Xi met Putin in Moscow. China condemned Japan. Russia and China signed a deal. Nothing else happened."


def ev(src, tgt, cameo, sentence, trigger, conf=0.9, modality="asserted", shift=0, text=TEXT):
    s = text.index(sentence)
    t = s + sentence.index(trigger)
    return Event(source=src, target=tgt, cameo=cameo, plover=None, goldstein=0.0, quad_class=1, modality=modality,
                 text=sentence, start=s + shift, end=s + shift + len(sentence), confidence=conf, source_text=None,
                 target_text=None, trigger=trigger, trigger_start=t + shift, trigger_end=t + shift + len(trigger))


def coder_events(text=TEXT):
    return [
        ev("CHNGOV", "RUSGOV", "040", "Xi met Putin in Moscow.", "met", 0.8, text=text),
        ev("CHNGOV", "JPNGOV", "112", "China condemned Japan.", "condemned", 0.4, text=text),
        ev("RUSGOV", "CHNGOV", "057", "Russia and China signed a deal.", "signed", 0.6, text=text),
        ev("CHNGOV", "RUSGOV", "057", "Russia and China signed a deal.", "signed", 0.6, text=text),
    ]


def doc(evs, text=TEXT, aid="art1"):
    art = Article(id=aid, source=f"{aid}.txt", text=text, title="A day", date=date(2020, 5, 1))
    return Analysis(source=art.source, id=aid, article=art, events=list(evs))


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "r.duckdb"
    with Store(path) as s:
        s.write([doc(coder_events())])
    return path


NEW = "NZLGOV"  # a country the seed article never mentions: corrections and additions point there


def pair(source, target):
    """The undirected country pair `relations` counts an asserted event under, or None."""
    from detente.store.database import _country

    a, b = _country(source), _country(target)
    return tuple(sorted((a, b))) if a and b and a != b else None


def plan(rows):
    """Two asserted international events to reject and correct (found, not hard-coded, so a better
    coder does not break the walk) and the `relations` counts expected after the walk, given the
    counts before: the rejected and corrected events leave their pairs, the corrected one (its
    target now NEW) and an added UKRGOV -> NEW event join theirs."""
    dyadic = [r for r in rows if r["modality"] == "asserted" and pair(r["source"], r["target"])
              and pair(r["source"], NEW)]
    assert len(dyadic) >= 2, "the seed article should have two international events"
    bad, fix = dyadic[0], dyadic[1]

    def expect(before: dict) -> dict:
        from collections import Counter

        after = Counter(before)
        after[pair(bad["source"], bad["target"])] -= 1
        after[pair(fix["source"], fix["target"])] -= 1
        after[pair(fix["source"], NEW)] += 1
        after[pair("UKRGOV", NEW)] += 1
        return {k: v for k, v in after.items() if v}

    return bad, fix, expect
