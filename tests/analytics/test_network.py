from datetime import date

from detente.analytics.network import actor_network, actor_profile, list_actors
from detente.model import Actor, Analysis, Article, Event, Span
from detente.store import Store


def _ev(src, tgt, g, q, modality="asserted"):
    return Event(source=src, target=tgt, cameo="042" if g > 0 else "190", plover="X", goldstein=g, quad_class=q,
                 modality=modality, text="s", start=0, end=1)


def test_network_weights_and_signs(tmp_path):
    art = Article(id="a", source="a", text="China Russia Ukraine", date=date(2025, 1, 5))
    evs = [_ev("CHNGOV", "RUSGOV", 4.0, 1), _ev("RUS", "CHN", 2.0, 1), _ev("RUSMIL", "UKRMIL", -10.0, 4),
           _ev("RUS", "UKR", 8.0, 2, modality="negated"), _ev("CHN", "CHNGOV", 1.0, 1)]
    actors = [Actor(code="CHN", name="China", country="CHN", mentions=[Span("China", 0, 5)]),
              Actor(code="RUS", name="Russia", country="RUS", mentions=[Span("Russia", 6, 12)])]
    with Store(tmp_path / "n.duckdb") as s:
        s.write([Analysis(source="a", id="a", article=art, events=evs, actors=actors)])
        net = actor_network(s)
        edges = {(e["source"], e["target"]): e for e in net["edges"]}
        assert set(edges) == {("CHN", "RUS"), ("RUS", "UKR")}
        assert edges[("CHN", "RUS")]["events"] == 2 and edges[("CHN", "RUS")]["sign"] == 1
        assert edges[("RUS", "UKR")]["events"] == 1 and edges[("RUS", "UKR")]["sign"] == -1  # the negated event is not counted
        assert {n["id"]: n["events"] for n in net["nodes"]} == {"RUS": 3, "CHN": 2, "UKR": 1}
        assert actor_network(s, min_events=2)["edges"][0]["source"] == "CHN"
        assert actor_network(s, level="actor")["edges"]
        assert actor_network(s, until=date(2025, 1, 4))["nodes"] == []
        p = actor_profile(s, "rus")
        assert p["events"] == 4 and p["events_asserted"] == 3
        assert [x["partner"] for x in p["partners"]] == ["CHN", "UKR"]
        assert actor_profile(s, "ZZZ") is None
        assert list_actors(s, q="chi")["items"][0]["code"] == "CHN"
