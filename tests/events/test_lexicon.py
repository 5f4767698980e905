"""Lexicon loading: validation errors name file and line; code tables map as documented."""

from __future__ import annotations

import shutil

import pytest

from detente.errors import DictionaryError
from detente.events import Lexicon, quad_class
from detente.events.lexicon import DATA_DIR


def _copy(tmp_path):
    d = tmp_path / "lex"
    shutil.copytree(DATA_DIR, d)
    return d


def test_builtin_lexicon_loads_once():
    assert Lexicon.load() is Lexicon.load()
    assert Lexicon.load().lookup("V", "attack")


def test_every_root_has_patterns():
    lex = Lexicon.load()
    roots = {p.code[:2] for pats in lex.patterns.values() for p in pats}
    assert roots >= {f"{i:02d}" for i in range(1, 21)}


def test_unknown_cameo_code_is_an_error_with_file_and_line(tmp_path):
    d = _copy(tmp_path)
    with open(d / "patterns.tsv", "a", encoding="utf-8") as f:
        f.write("frobnicate\tV\t-\t-\t999\t-\tbad code\n")
    n = len((d / "patterns.tsv").read_text().splitlines())
    with pytest.raises(DictionaryError) as err:
        Lexicon.load(data_dir=d)
    assert "patterns.tsv" in str(err.value) and f"line {n}" in str(err.value) and "999" in str(err.value)


@pytest.mark.parametrize(
    "row, words",
    [
        ("frobnicate\tX\t-\t-\t010\t-\t-", "pos"),
        ("frobnicate\tV\t-\t-\t010\tsideways\t-", "flag"),
        ("frobnicate\tV\t-\t010", "fields"),
        ("Frobnicate\tV\t-\t-\t010\t-\t-", "lower-case"),
    ],
)
def test_malformed_pattern_rows(tmp_path, row, words):
    d = _copy(tmp_path)
    with open(d / "patterns.tsv", "a", encoding="utf-8") as f:
        f.write(row + "\n")
    with pytest.raises(DictionaryError, match=words):
        Lexicon.load(data_dir=d)


def test_bad_cue_file(tmp_path):
    d = _copy(tmp_path)
    (d / "cues.yaml").write_text((d / "cues.yaml").read_text() + "\nintent:\n  '04': '999'\n")
    with pytest.raises(DictionaryError, match="cues.yaml"):
        Lexicon.load(data_dir=d)


def test_plover_goldstein_and_quad_mapping():
    lex = Lexicon.load()
    assert lex.info("041").plover == "CONSULT" and lex.info("041").goldstein == 1.0
    assert lex.info("072").plover == "AID"
    assert lex.info("112").plover == "ACCUSE"
    assert lex.info("163").plover == "SANCTION"  # departs from the 2021 table (COERCE): see the file header
    assert lex.info("1723").plover == "COERCE"
    assert lex.info("1823").plover == "ASSAULT" and lex.info("1823").goldstein == -10.0
    assert lex.info("0231").plover == "REQUEST"  # nearest parent: 02 APPEAL
    assert lex.info("010").plover == "STATEMENT"
    assert [quad_class(c) for c in ("010", "057", "061", "090", "100", "145", "150", "204")] == [1, 1, 2, 2, 3, 3, 4, 4]


def test_intent_and_reject_recoding():
    lex = Lexicon.load()
    assert lex.recode(lex.cues.intent, "042") == "036"
    assert lex.recode(lex.cues.intent, "072") == "0332"
    assert lex.recode(lex.cues.reject, "046") == "125"
    assert lex.recode(lex.cues.intent, "190") is None
