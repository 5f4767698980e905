"""The read commands as a first-time user meets them: formats, defaults in help, examples,
names for codes, warnings for unknown ones, the confidence threshold, finding the demo database."""

import csv
import io
import json

import pytest

from detente.cli.main import build_parser, main
from detente.events.confidence import DEFAULT_MIN_CONFIDENCE

READ = ["events", "quotes", "stats", "failures", "dyad", "relations"]


def _sub(name):
    parser = build_parser()
    return next(a for a in parser._subparsers._group_actions[0].choices.items() if a[0] == name)[1]


@pytest.mark.parametrize("name", READ)
def test_every_read_command_takes_one_format_option(name):
    fmt = next(a for a in _sub(name)._actions if "--format" in a.option_strings)
    assert tuple(fmt.choices) == ("table", "csv", "jsonl") and fmt.default == "table"


@pytest.mark.parametrize("name", ["events", "relations", "dyad", "export", "plot"])
def test_min_confidence_defaults_to_the_threshold(name):
    opt = next(a for a in _sub(name)._actions if "--min-confidence" in a.option_strings)
    assert opt.default == DEFAULT_MIN_CONFIDENCE


def test_help_states_every_default_and_ends_with_an_example():
    parser = build_parser()
    for name, sub in parser._subparsers._group_actions[0].choices.items():
        text = sub.format_help()
        assert text.rstrip().splitlines()[-1].strip().startswith("detente " + name), (name, text[-200:])
        for action in sub._actions:
            if action.option_strings and action.default not in (None, False, [], "==SUPPRESS==") and action.help != "==SUPPRESS==":
                assert "default" in (sub._get_formatter()._get_help_string(action) or "").lower(), (name, action.option_strings)


def test_csv_and_jsonl_on_read_commands(db, capsys):
    for name, extra in (("relations", []), ("dyad", ["CHN", "RUS"]), ("failures", []), ("stats", []), ("quotes", [])):
        assert main([name, *extra, "--db", str(db), "--format", "csv"]) == 0
        rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
        assert rows, name
        assert main([name, *extra, "--db", str(db), "--format", "jsonl"]) == 0
        assert all(json.loads(line) for line in capsys.readouterr().out.splitlines()), name


def test_names_beside_codes_and_names_for_codes(db, capsys):
    assert main(["relations", "--db", str(db)]) == 0
    assert "China - Russia" in capsys.readouterr().out
    assert main(["dyad", "china", "Russia", "--db", str(db)]) == 0
    out, err = capsys.readouterr()
    assert "read as CHN (China)" in err and "read as RUS (Russia)" in err
    assert "CHN (China) - RUS (Russia)" in out
    assert out.rstrip().splitlines()[-1].startswith("undated"), "the seed page has no date: its events stand apart, last"
    assert main(["events", "--db", str(db), "--cameo", "041", "--format", "table"]) == 0
    assert "041 Discuss by telephone" in capsys.readouterr().out


def test_unknown_codes_warn_and_suggest(db, capsys):
    assert main(["events", "--db", str(db), "--actor", "ZZZ"]) == 1, "nothing to show, because of the unknown code"
    assert "warning: no actor ZZZ" in capsys.readouterr().err
    assert main(["dyad", "CHNN", "RUS", "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert "no actor CHNN" in err and "did you mean" in err and "CHN" in err.split("did you mean")[1]
    assert main(["events", "--db", str(db), "--cameo", "999"]) == 0
    assert "999 is not a CAMEO code" in capsys.readouterr().err


def test_min_confidence_changes_what_is_counted(db, capsys):
    assert main(["events", "--db", str(db), "--min-confidence", "0", "--format", "jsonl"]) == 0
    every = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert main(["events", "--db", str(db), "--format", "jsonl"]) == 0
    kept = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert {(r["article_id"], r["idx"]) for r in kept} == {
        (r["article_id"], r["idx"]) for r in every if r["confidence"] is None or r["confidence"] >= DEFAULT_MIN_CONFIDENCE}
    with pytest.raises(SystemExit):
        main(["events", "--db", str(db), "--min-confidence", "2"])


def test_evidence_sentences_have_no_trailing_newlines(db, capsys):
    assert main(["events", "--db", str(db), "--min-confidence", "0", "--format", "jsonl"]) == 0
    texts = [json.loads(x)["text"] for x in capsys.readouterr().out.splitlines()]
    assert texts and all(t == t.strip() for t in texts)


def test_without_db_the_demo_database_is_found_or_named(db, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DETENTE_DB", raising=False)
    assert main(["stats"]) == 2
    err = capsys.readouterr().err
    assert "detente.duckdb" in err and "demo.duckdb" in err
    (tmp_path / "demo.duckdb").write_bytes(db.read_bytes())
    assert main(["stats", "--format", "jsonl"]) == 0
    assert json.loads(capsys.readouterr().out)["articles"] == 1
