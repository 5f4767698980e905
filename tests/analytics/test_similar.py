from datetime import date

from detente.analytics.similar import event_clusters, near_duplicates, similar_articles, story_groups
from detente.model import Analysis, Article, Event
from detente.store import Store

PLAGUE = "Two cases of pneumonic plague were confirmed in Beijing on Tuesday, health officials in China said, after patients from Inner Mongolia were treated."
PLAGUE2 = "Health officials in China confirmed two cases of pneumonic plague in Beijing, patients who travelled from Inner Mongolia for treatment, on Tuesday."
TRADE = "The United States and China resumed trade talks in Washington as tariffs on steel and soybeans weigh on farmers and factories."
TENNIS = "Spain beat Canada in the Davis Cup final in Madrid, with Rafael Nadal winning the decisive singles rubber on Sunday evening."


def _ev(src, tgt, cameo, day_text, g=1.0, q=1):
    return Event(source=src, target=tgt, cameo=cameo, plover="CONSULT", goldstein=g, quad_class=q, modality="asserted",
                 text=day_text, start=0, end=len(day_text))


def _a(aid, text, day, url, events=()):
    art = Article(id=aid, source=url, url=url, text=text, title=text[:30], date=day)
    return Analysis(source=url, id=aid, article=art, events=list(events))


def _store(tmp_path, items):
    s = Store(tmp_path / "s.duckdb")
    s.write(items)
    return s


def test_same_story_ranks_first_and_copies_are_near_duplicates(tmp_path):
    with _store(tmp_path, [
        _a("p1", PLAGUE, date(2019, 11, 12), "https://a.example/1"),
        _a("p2", PLAGUE2, date(2019, 11, 13), "https://b.example/2"),
        _a("p3", PLAGUE, date(2019, 11, 13), "https://c.example/3"),
        _a("t1", TRADE, date(2019, 11, 12), "https://a.example/4"),
        _a("s1", TENNIS, date(2019, 11, 24), "https://d.example/5"),
    ]) as s:
        sims = similar_articles(s, "p2", k=3)
        assert {x["id"] for x in sims[:2]} == {"p1", "p3"}
        assert all(x["id"] not in ("s1",) for x in sims)
        assert sims[0]["score"] >= sims[-1]["score"]
        assert ("p1", "p3", 1.0) in near_duplicates(s)
        assert not any("p2" in pair[:2] and "t1" in pair[:2] for pair in near_duplicates(s))
        assert story_groups(s) == [["p1", "p2", "p3"]]
        assert similar_articles(s, "missing") == []


def test_shared_events_raise_the_score(tmp_path):
    trade2 = "Negotiators met again; farmers wait for relief while factories count the cost of the dispute."
    with _store(tmp_path, [
        _a("t1", TRADE, date(2019, 11, 12), "https://a.example/1", [_ev("USAGOV", "CHNGOV", "043", "talks")]),
        _a("t2", trade2, date(2019, 11, 12), "https://b.example/2", [_ev("CHNGOV", "USAGOV", "046", "met")]),
        _a("s1", TENNIS, date(2019, 11, 12), "https://c.example/3"),
    ]) as s:
        best = similar_articles(s, "t1", k=2)[0]
        assert best["id"] == "t2" and best["shared_events"] == ["CHN-USA:04"]
        assert best["score"] > 0.75 * best["cosine"]


def test_event_clusters_count_articles_and_sources_within_the_window(tmp_path):
    ev = lambda: _ev("CHNGOV", "RUSGOV", "042", "call")  # noqa: E731
    with _store(tmp_path, [
        _a("a", PLAGUE, date(2025, 2, 20), "https://www.tass.ru/1", [ev(), ev()]),
        _a("b", PLAGUE2, date(2025, 2, 21), "https://tass.ru/2", [ev()]),
        _a("c", TRADE, date(2025, 2, 22), "https://xinhua.cn/3", [ev()]),
        _a("d", TENNIS, date(2025, 3, 10), "https://xinhua.cn/4", [ev()]),  # weeks later: another event
        _a("e", TENNIS + " x", date(2025, 2, 21), "https://bbc.co.uk/5", [_ev("RUSGOV", "CHNGOV", "042", "call")]),  # other direction
    ]) as s:
        clusters = event_clusters(s, window_days=3)
        top = clusters[0]
        assert (top["source_country"], top["target_country"], top["root"]) == ("CHN", "RUS", "04")
        assert top["num_articles"] == 3 and top["num_sources"] == 2 and top["num_mentions"] == 4
        assert top["first_date"] == "2025-02-20" and top["last_date"] == "2025-02-22"
        assert sorted(c["num_articles"] for c in clusters) == [1, 1, 3]
        assert len(event_clusters(s, min_articles=2)) == 1
        assert event_clusters(s, since=date(2025, 3, 1))[0]["articles"] == [{"id": "d", "title": TENNIS[:30]}]
