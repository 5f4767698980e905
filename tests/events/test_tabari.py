"""Users' TABARI/PETRARCH verb dictionaries: the reader, and the coder with one loaded."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.errors import DictionaryError, DictionaryWarning
from detente.events import Lexicon, code_events
from detente.events.tabari import read_verbs

from .conftest import resolve

VALIDATE = Path(__file__).resolve().parents[2].parent / "shared" / "gold" / "PETR.Validate.verbs.txt"

SMALL = """\
<!-- a test dictionary -->
&CURRENCY
+DOLLAR
+SWISS_FRANC
&TIES_
+MILITARY

--- GRANT  [070] ---
GRANT
GIVE {GAVE GIVEN}  [071]   # own code
- * &CURRENCY  [903]
- WILL_NOT * [---]

--- BREAK [1717] ---
BREAK { BROKE BROKEN }
- * &TIES RELATIONS  [345]
- + WAS_ * FROM $  [174]

--- LEAVE [032:033] ---
LEFT
"""


@pytest.fixture
def small(tmp_path):
    path = tmp_path / "test.verbs.txt"
    path.write_text(SMALL)
    return path


def test_blocks_synsets_forms_and_codes(small):
    pats = read_verbs(small)
    by = {}
    for p in pats:
        by.setdefault(p.trigger, []).append(p)
    assert {"grant", "give", "gave", "given", "break", "broke", "broken", "left"} <= set(by)
    assert [p.code for p in by["give"] if not p.after and not p.before] == ["071"]
    (cur,) = [p for p in by["grant"] if p.code == "903"]
    assert cur.after[0].alts == {("dollar",), ("dollars",), ("swiss", "franc"), ("swiss", "francs")}
    (null,) = [p for p in by["grant"] if p.before]
    # "WILL_NOT *": WILL touches NOT; NOT may stand apart from the verb ("will not easily grant")
    assert null.code == "" and null.before[0].adjacent and not null.before[-1].adjacent
    (rel,) = [p for p in by["break"] if p.code == "345"]
    assert rel.after[0].alts == {("military",)}  # "&TIES_": no plurals
    (pas,) = [p for p in by["break"] if p.code == "174"]
    assert pas.roles == {"tgt": "subject", "src": "from"}
    assert [(p.code, p.reverse_code) for p in by["left"]] == [("032", "033")]


def test_malformed_lines_are_skipped_with_one_warning(tmp_path):
    bad = tmp_path / "bad.verbs.txt"
    bad.write_text("--- MEET [031] ---\nMEET\n- HOLD TALKS [031]\n- * TALKS [031]\n--- [:110] ---\nBLAME\n- * FOR [112]\n")
    with pytest.warns(DictionaryWarning, match=r"bad\.verbs\.txt: skipped 2 malformed.*line 3.*'\*'"):
        pats = read_verbs(bad)
    # the good pattern of the first block is kept; the block with a broken header goes whole
    assert {(p.trigger, p.code) for p in pats} == {("meet", "031")}
    assert any(p.after for p in pats)


def test_unreadable_verb_files_are_errors(tmp_path):
    bad = tmp_path / "bad.verbs.txt"
    bad.write_text("- * TALKS [031]\n")
    with pytest.raises(DictionaryError, match="no valid entry.*line 1"):
        read_verbs(bad)
    with pytest.raises(DictionaryError, match="not found"):
        read_verbs(tmp_path / "missing.txt")


def test_codes_outside_cameo_are_accepted_without_plover(small):
    lex = Lexicon.load(verbs_files=(small,))
    info = lex.info("345")
    assert info.plover is None and info.goldstein == 0.0
    assert lex.info("1717").goldstein == lex.info("171").goldstein  # nearest CAMEO parent


def test_the_validation_dictionary_loads():
    if not VALIDATE.is_file():
        pytest.skip(f"{VALIDATE} not found")
    pats = read_verbs(VALIDATE)
    assert len(pats) > 500
    assert any(p.trigger == "restore" and p.code == "064" for p in pats)


def test_coder_with_a_user_dictionary(nlp, small):
    lex = Lexicon.load(verbs_files=(small,))

    def run(text, phrases):
        doc = nlp(text)
        return {(e.source, e.target, e.cameo, e.modality) for e in code_events(doc, resolve(doc, phrases), lexicon=lex)}

    actors = {"Arnor": "ARN", "Gondor": "GON"}
    assert run("Arnor broke military relations with Gondor.", actors) == {("ARN", "GON", "345", "asserted")}
    assert run("Arnor has broken relations with Gondor.", actors) == {("ARN", "GON", "1717", "asserted")}
    # a user pattern keeps its code in the future (no intent recoding)
    assert run("Arnor will give a million dollars to Gondor.", actors) == {("ARN", "GON", "903", "future")}
    assert run("Arnor will not grant aid to Gondor.", actors) == set()  # the null code
    assert run("The minister left for Gondor.", {"The minister": "ARNGOV", "Gondor": "GON"}) == {
        ("ARNGOV", "GON", "032", "asserted"),
        ("GON", "ARNGOV", "033", "asserted"),
    }


def test_questionable_block_code_is_a_reporting_verb(tmp_path, nlp):
    f = tmp_path / "v.verbs.txt"
    f.write_text("--- REPORT  [025?] ---\nREPORT\n\n--- RESTORE  [064] ---\nRESTORE\n")
    pats = [p for p in read_verbs(f) if p.trigger == "report"]
    assert pats and all("say" in p.flags for p in pats)
    lex = Lexicon.load(verbs_files=(f,))
    doc = nlp("Chile will restore ties with Peru, the Chilean agency reported.")
    res = resolve(doc, {"Chile": "CHL", "Peru": "PER", "Chilean agency": "CHLMED"})
    got = [(e.source, e.target, e.cameo) for e in code_events(doc, res, lexicon=lex)]
    assert got == [("CHL", "PER", "064")]  # the report codes nothing beside the clause it reports


SPEECH = """\
--- SAID  [023]  ---
SAID
- * WAS_PLEASED  [041]

--- RESTORE  [064]  ---
RESTORE
"""


@pytest.fixture
def speech(tmp_path):
    path = tmp_path / "speech.verbs.txt"
    path.write_text(SPEECH)
    return Lexicon.load(verbs_files=(path,))


def test_user_speech_verb_reporting_a_coded_clause_codes_nothing(nlp, speech):
    text = "Chile will restore ties with Peru next month, a senior Bolivian official said on Monday."
    doc = nlp(text)
    res = resolve(doc, {"Chile": "CHL", "Peru": "PER", "Bolivian official": "BOLGOV"})
    got = {(e.source, e.target, e.cameo) for e in code_events(doc, res, lexicon=speech)}
    assert got == {("CHL", "PER", "064")}


def test_user_speech_verb_with_its_own_words_is_coded_as_written(nlp, speech):
    doc = nlp("Chile said it was pleased with Peru.")
    res = resolve(doc, {"Chile": "CHL", "Peru": "PER"})
    got = {(e.source, e.target, e.cameo) for e in code_events(doc, res, lexicon=speech)}
    assert ("CHL", "PER", "041") in got  # the target from the verb's phrase, as for built-in patterns


def test_user_pattern_takes_its_target_from_the_verbs_phrase(tmp_path, nlp):
    f = tmp_path / "march.verbs.txt"
    f.write_text("--- MARCH  [181] ---\nMARCH\n")
    lex = Lexicon.load(verbs_files=(f,))
    doc = nlp("Arnor marched its troops close to the border with Gondor.")
    res = resolve(doc, {"Arnor": "ARN", "Gondor": "GON"})
    got = [(e.source, e.target, e.cameo) for e in code_events(doc, res, lexicon=lex)]
    assert got == [("ARN", "GON", "181")]
