"""The seed page end to end through `detente analyze`, checked against its hand annotation."""

import json

import pytest

from detente.cli.main import main


@pytest.fixture(scope="module")
def seed_result(tmp_path_factory, seed_path):
    out = tmp_path_factory.mktemp("seed") / "out.jsonl"
    assert main(["analyze", str(seed_path), "-o", str(out)]) == 0
    lines = out.read_text("utf-8").splitlines()
    assert len(lines) == 1
    return json.loads(lines[0])


def _country(code):
    return code[:3] if code else None


def _matches(event, want, roots):
    pair = (_country(event["source"]), _country(event["target"]))
    dyads = {(want["source"], want["target"])}
    if want.get("either_direction"):
        dyads.add((want["target"], want["source"]))
    return pair in dyads and event["cameo"][:2] in roots


def test_extraction(seed_result, seed_gold):
    gold, text = seed_gold["extraction"], seed_result["text"]
    assert seed_result["error"] is None
    assert seed_result["title"] == gold["title"]
    assert text.count(gold["title"]) == gold["title_occurrences_in_text"]
    assert text.startswith(gold["text_must_start_with"])
    assert text.rstrip().endswith(gold["text_must_end_with"])
    for s in gold["text_must_contain"]:
        assert s in text
    for s in gold["text_must_not_contain"]:
        assert s not in text


def test_offsets_index_the_text(seed_result):
    text = seed_result["text"]
    for actor in seed_result["actors"]:
        for m in actor["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
    for q in seed_result["quotes"]:
        assert q["text"][:20] in text[q["start"]:q["end"]]
    for e in seed_result["events"]:
        assert text[e["start"]:e["end"]] == e["text"]


def test_people(seed_result, seed_gold):
    actors = {a["name"]: a for a in seed_result["actors"]}
    for person in seed_gold["people"]:
        assert person["name"] in actors, f"{person['name']} not among {sorted(actors)}"
        actor = actors[person["name"]]
        assert actor["code"] == person["actor"]
        mentions = {m["text"] for m in actor["mentions"]}
        for text in person["mentions_include"]:
            assert text in mentions, f"{text!r} not among {person['name']}'s mentions {sorted(mentions)}"


def test_quotes(seed_result, seed_gold):
    quotes = seed_result["quotes"]
    for want in seed_gold["quotes"]:
        found = [q for q in quotes if q["text"].lstrip("“\"").startswith(want["starts_with"])]
        assert found, f"no quote starting {want['starts_with']!r}"
        assert found[0]["speaker"] == want["speaker"]
        assert found[0]["speaker_actor"] == want["speaker_actor"]


def test_events(seed_result, seed_gold):
    events = [e for e in seed_result["events"] if e["modality"] == "asserted"]
    found = [w for w in seed_gold["events_must"]
             if any(_matches(e, w, {w["root"], *w.get("alternatives", [])}) for e in events)]
    missing = [w["evidence"] for w in seed_gold["events_must"] if w not in found]
    assert len(found) >= 4, f"only {len(found)} of 6 events_must; missing: {missing}"
    for bad in seed_gold["events_must_not"]:
        a, b = bad["dyad"]
        wrong = [e for e in events if {_country(e["source"]), _country(e["target"])} == {a, b}
                 and e["cameo"][:2] in bad["roots"]]
        assert not wrong, f"{bad['why']}: {wrong}"
