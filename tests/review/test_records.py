"""The pure overlay: which event a review acts on, and what applying reviews does."""

from datetime import datetime

from detente.review.records import Review, apply, overlay

S = "Russia and China signed a deal."


def _e(idx, src, tgt, cameo="057", start=0):
    return {"article_id": "a", "idx": idx, "sentence": S, "start": start, "end": start + len(S), "trigger": "signed",
            "trigger_start": start + 17, "trigger_end": start + 23, "source": src, "target": tgt, "cameo": cameo,
            "modality": "asserted", "confidence": 0.5}


def _r(id, action, coded, after=None, minute=0):
    return Review(id=id, article_id="a", action=action, sentence=S, start=0, end=len(S), trigger="signed",
                  trigger_start=17, trigger_end=23, coded={"cameo": "057", "modality": "asserted", **coded},
                  after=after, reviewer="x", at=datetime(2026, 1, 1, 0, minute))


def test_shared_trigger_picks_the_coded_dyad_and_the_latest_review_wins():
    events = [_e(0, "RUSGOV", "CHNGOV", start=40), _e(1, "CHNGOV", "RUSGOV", start=40)]
    reviews = [_r(1, "reject", {"source": "CHNGOV", "target": "RUSGOV"}),
               _r(2, "correct", {"source": "CHNGOV", "target": "RUSGOV"}, {"cameo": "036"}, minute=5)]
    ov = overlay(reviews, events)
    assert list(ov.applied) == [("a", 1)] and ov.applied[("a", 1)].id == 2
    out = apply(events, ov)
    assert [(e["idx"], e["cameo"], e["reviewed"]) for e in out] == [(0, "057", False), (1, "036", True)]


def test_ambiguous_review_is_detached_not_guessed():
    events = [_e(0, "RUSGOV", "CHNGOV"), _e(1, "CHNGOV", "RUSGOV")]
    ov = overlay([_r(1, "reject", {"source": "USAGOV", "target": "RUSGOV"})], events)
    assert not ov.applied and [r.id for r in ov.detached] == [1]
    assert len(apply(events, ov)) == 2


def test_single_candidate_takes_a_reject_even_when_recoded_but_not_a_confirm():
    events = [_e(0, "RUSGOV", "UKRGOV")]
    assert overlay([_r(1, "reject", {"source": "RUSGOV", "target": "CHNGOV"})], events).applied
    ov = overlay([_r(1, "confirm", {"source": "RUSGOV", "target": "CHNGOV"})], events)
    assert not ov.applied and ov.detached
