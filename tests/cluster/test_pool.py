from detente import engine
from detente.cluster import RunOptions, map_batches
from detente.engine import AnalyzeOptions, ingest

from clusterkit import dump

OPTS = AnalyzeOptions(batch_size=4)


def test_two_workers_store_exactly_what_one_does(tmp_path, pages):
    folder = pages(12)
    one = ingest([str(folder)], db=tmp_path / "one.duckdb", options=OPTS, run=RunOptions(workers=1))
    two = ingest([str(folder)], db=tmp_path / "two.duckdb", options=OPTS, run=RunOptions(workers=2, in_flight=2))
    assert (one.documents, one.stored, one.failed, one.events) == (two.documents, two.stored, two.failed, two.events)
    assert one.documents == 13 and one.failed >= 1  # the empty page is recorded, not dropped
    a, b = dump(tmp_path / "one.duckdb"), dump(tmp_path / "two.duckdb")
    assert a["articles"] and a["events"] and a["actors"] and a["quotes"]  # real pages, real findings
    assert a == b


def test_pool_returns_batches_in_input_order():
    from standin import analyze_batch as fake  # order is the runner's job, whatever the unit does

    docs = [[_doc(i * 3 + j) for j in range(3)] for i in range(7)]
    got = list(map_batches(iter(docs), OPTS, RunOptions(workers=2, in_flight=3), fn=fake))
    assert [[a.source for a in batch] for batch in got] == [[d.source for d in batch] for batch in docs]


def test_rerun_resumes_and_force_reprocesses(tmp_path, pages):
    folder = pages(6)
    db = tmp_path / "r.duckdb"
    first = ingest([str(folder)], db=db, options=OPTS, skip_stored=True)
    before = dump(db)
    again = ingest([str(folder)], db=db, options=OPTS, skip_stored=True)
    assert again.skipped == first.stored and again.documents == first.failed  # only failures are retried
    assert dump(db) == before
    forced = ingest([str(folder)], db=db, options=OPTS, skip_stored=False)
    assert forced.skipped == 0 and forced.documents == first.documents
    assert dump(db) == before


def test_failures_are_counted_but_only_a_sample_is_kept(tmp_path, monkeypatch):
    from detente.errors import EmptyDocument

    monkeypatch.setattr(engine, "FAILURE_SAMPLE", 5)
    monkeypatch.setattr(engine, "read", lambda inputs, **_: (EmptyDocument("empty", source=f"e{i}.html") for i in range(40)))
    seen = []
    done = ingest(["x"], db=tmp_path / "f.duckdb", options=OPTS, progress=lambda p: seen.append(len(p.recent)))
    assert done.failed == 40 and len(done.failures) == 5
    assert sum(seen) == 40  # every failure is reported once, batch by batch


def _doc(i):
    from detente.model import RawDocument

    return RawDocument(source=f"/tmp/d{i}.html", data=f"<p>page {i}</p>".encode(), kind="html")


def test_a_worker_warms_the_resources_its_batches_use(monkeypatch, tmp_path):
    """The users' verb dictionaries are part of what a worker loads before its first batch."""
    from detente import cluster

    loaded = []
    monkeypatch.setattr(engine, "resources", lambda *files: loaded.append(files))
    verbs = str(tmp_path / "my.verbs.txt")
    cluster.warm(AnalyzeOptions(verbs_files=(verbs,)))
    assert loaded == [((), (), (verbs,))]
