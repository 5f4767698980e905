"""The CLI doors on the seed page and a bad input: exit codes, formats, the stored result."""

import csv
import io
import json

from detente.cli.main import main


def test_ingest_twice_does_not_duplicate(db, seed_path, capsys):
    assert main(["stats", "--db", str(db), "--json"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert first["articles"] == 1 and first["failed"] == 1 and first["events"] > 5
    assert main(["ingest", str(seed_path), "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["stats", "--db", str(db), "--json"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert again["articles"] == 1 and again["events"] == first["events"]


def test_events_formats_and_filters(db, capsys):
    assert main(["events", "--db", str(db), "--dyad", "CHN,RUS", "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows and all({r["source"][:3], r["target"][:3]} == {"CHN", "RUS"} for r in rows)
    assert main(["events", "--db", str(db), "--actor", "USA", "--format", "csv"]) == 0
    table = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert table and all("USA" in (r["source"][:3], r["target"][:3]) for r in table)
    assert main(["events", "--db", str(db), "--cameo", "16"]) == 0
    out = capsys.readouterr().out
    assert "163" in out and "White House" in out


def test_dyad_tone_signs_hold(db, seed_gold, capsys):
    for want in seed_gold["dyad_tone"]:
        a, b = want["dyad"]
        assert main(["dyad", a, b, "--db", str(db), "--json"]) == 0
        points = json.loads(capsys.readouterr().out)
        dated = [p for p in points if p["goldstein_mean"] is not None]  # empty periods have no mean
        mean = sum(p["goldstein_mean"] * p["events"] for p in dated) / sum(p["events"] for p in dated)
        assert (mean > 0) == (want["sign"] == "positive"), (a, b, mean)


def test_relations_and_failures(db, capsys):
    assert main(["relations", "--db", str(db)]) == 0
    assert "CHN - RUS" in capsys.readouterr().out
    assert main(["failures", "--db", str(db)]) == 0
    assert "EmptyDocument" in capsys.readouterr().out


def test_code_jsonl(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "1", "text": "Israeli forces attacked Hamas positions in Gaza.", "date": "20240105"})
                   + "\nnot json\n")
    out = tmp_path / "out.jsonl"
    assert main(["code", str(src), "-o", str(out)]) == 1  # one bad line
    recs = [json.loads(x) for x in out.read_text().splitlines()]
    assert recs[0]["id"] == "1" and recs[0]["error"] is None
    assert any(e["source"].startswith("ISR") and e["cameo"][:2] in {"18", "19"} for e in recs[0]["events"])
    assert recs[1]["error"] is not None


def test_usage_errors_exit_2(tmp_path, capsys):
    assert main(["events", "--db", str(tmp_path / "none.duckdb")]) == 2
    assert "detente ingest" in capsys.readouterr().err
    assert main(["events", "--db", str(tmp_path / "none.duckdb"), "--dyad", "CHN"]) == 2


def test_resume_skips_unchanged_pages_and_updates_changed_ones(tmp_path, capsys):
    page = tmp_path / "p.txt"
    body = " The two leaders spoke for three hours, aides said, and agreed to meet again before the end of the year."
    page.write_text("Talks in Ankara\n\nTurkish President Recep Tayyip Erdogan met Russian President Vladimir Putin in Ankara." + body)
    db = str(tmp_path / "r.duckdb")
    assert main(["ingest", str(page), "--db", db]) == 0
    assert "1 stored" in capsys.readouterr().out
    assert main(["ingest", str(page), "--db", db]) == 0
    assert "0 stored" in capsys.readouterr().out  # unchanged: skipped
    page.write_text("Talks in Ankara\n\nTurkish President Recep Tayyip Erdogan criticized Israel over the war in Gaza." + body)
    assert main(["ingest", str(page), "--db", db]) == 0
    assert "1 stored" in capsys.readouterr().out  # changed: analysed again, replaced
    assert main(["events", "--db", db, "--format", "jsonl"]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert any(r["target"] and r["target"].startswith("ISR") for r in rows)
    assert not any("met Russian President" in r["text"] for r in rows)


def test_plot_dyad_png_and_svg(db, tmp_path):
    png, svg = tmp_path / "chart.png", tmp_path / "chart.svg"
    assert main(["plot", "dyad", "CHN", "RUS", "--db", str(db), "-o", str(png)]) == 0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 5000
    assert main(["plot", "dyad", "CHN", "RUS", "--db", str(db), "-o", str(svg)]) == 0
    assert "<svg" in svg.read_text("utf-8")[:2000]
    assert main(["plot", "dyad", "CHN", "RUS", "--db", str(db), "-o", str(tmp_path / "chart.gif")]) == 2
