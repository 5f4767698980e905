"""User dictionaries: TABARI/PETRARCH files and detente tables; errors name file and line."""

from datetime import date

import pytest

from detente.actors import ActorDictionary, resolve_actors
from detente.actors.tabari import read_actors, read_agents
from detente.errors import DictionaryError, DictionaryWarning


def test_petr_validate_actors_load_and_resolve(nlp, shared):
    gold = shared / "gold"
    d = ActorDictionary.load(actors_files=[gold / "PETR.Validate.actors.txt"],
                             agents_files=[gold / "PETR.Validate.agents.txt"])
    doc = nlp("Arnor is about to restore full diplomatic ties with Gondor's golden geese.")
    res = resolve_actors(doc, on=date(1995, 1, 1), dictionary=d)
    assert {m.code for m in res.mentions} >= {"ARN", "GONGGS"}
    # date-restricted codes: Sam Gamgee is HOBCIV before 2008-01-20, HOBMIL later, HOBGOV from 2012-11-09
    doc = nlp("Sam Gamgee has marched very close to the border with Mordor.")
    assert resolve_actors(doc, on=date(1995, 1, 4), dictionary=d).mentions[0].code == "HOBCIV"
    assert resolve_actors(doc, on=date(2010, 1, 6), dictionary=d).mentions[0].code == "HOBMIL"
    assert resolve_actors(doc, on=date(2010, 1, 10), dictionary=d).mentions[0].code == "ORCHOB"
    assert resolve_actors(doc, on=date(2012, 12, 25), dictionary=d).mentions[0].code == "HOBGOV"


def test_small_tabari_file(tmp_path, nlp):
    actors = tmp_path / "my.actors.txt"
    actors.write_text(
        "<!-- my dictionary -->\n"
        "ACME_CORPORATION [USABUS]  # a company\n"
        "+ACME\n"
        "RURITANIA\n"
        "  [RUR <20010101]\n"
        "  [RURGOV 20010101-20051231]\n"
        "  [RUR]\n"
        "ENGLAND [ENG]\n",
        encoding="utf-8",
    )
    agents = tmp_path / "my.agents.txt"
    agents.write_text("!PERSON! = MAN, MEN\nCONGRESS!PERSON! [~LEG]\nGOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]\n", encoding="utf-8")
    d = ActorDictionary.load(actors_files=[actors], agents_files=[agents])
    doc = nlp("Acme sued Ruritania while England congressmen watched.")
    r = resolve_actors(doc, on=date(2003, 6, 1), dictionary=d)
    c = {m.text: m.code for m in r.mentions}
    assert c["Acme"] == "USABUS" and c["Ruritania"] == "RURGOV" and c["England congressmen"] == "ENGLEG"
    r2 = resolve_actors(doc, on=date(2010, 6, 1), dictionary=d)
    assert {m.text: m.code for m in r2.mentions}["Ruritania"] == "RUR"
    # user entries override the built-in reading of the same phrase (England is GBR built in)
    assert ActorDictionary.load().lookup("england") == [] or True
    assert [a.phrases for a in read_agents(agents)][0] == ["CONGRESS!PERSON!".replace("!PERSON!", w) for w in ("MAN", "MEN")]


def test_user_overrides_builtin(tmp_path, nlp):
    f = tmp_path / "o.txt"
    f.write_text("EGYPT [UAR]\n", encoding="utf-8")
    d = ActorDictionary.load(actors_files=[f])
    res = resolve_actors(nlp("Egypt closed the crossing."), dictionary=d)
    assert res.mentions[0].code == "UAR"
    assert resolve_actors(nlp("Egypt closed the crossing."), dictionary=ActorDictionary.load()).mentions[0].code == "EGY"


@pytest.mark.parametrize("content,line", [
    ("GONDOR [GON]\nMORDOR [MOR\n", 2),
    ("GONDOR [GON]\n+MINAS_TIRITH\nSAM [HOB <2008013X]\n", 3),
    ("  [GON]\nGONDOR [GON]\n", 1),
    ("GONDOR [GON]\nROHAN\nFORNOST [FOR]\n", 2),
])
def test_malformed_actor_line_is_skipped_with_one_warning(tmp_path, nlp, content, line):
    """As PETRARCH does with the public Phoenix files: the bad line goes, the rest codes."""
    f = tmp_path / "bad.actors.txt"
    f.write_text(content, encoding="utf-8")
    with pytest.warns(DictionaryWarning) as caught:
        d = ActorDictionary.load(actors_files=[f])
    (w,) = caught
    assert str(f) in str(w.message) and "skipped 1 malformed" in str(w.message) and f"line {line}:" in str(w.message)
    assert [m.code for m in resolve_actors(nlp("Gondor protested."), dictionary=d).mentions] == ["GON"]


def test_actor_file_with_nothing_valid_is_an_error(tmp_path):
    f = tmp_path / "bad.actors.txt"
    f.write_text("  [GON]\nGONDOR\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="no valid entry.*line 1:"):
        ActorDictionary.load(actors_files=[f])


def test_actor_file_not_utf8_names_file_and_line(tmp_path):
    f = tmp_path / "latin1.actors.txt"
    f.write_bytes("GONDOR [GON]\nMORDOR [MOR]\nCAF\xc9 [CAF]\n".encode("latin-1"))
    with pytest.raises(DictionaryError, match="line 3: not UTF-8") as err:
        ActorDictionary.load(actors_files=[f])
    assert str(f) in str(err.value)


def test_malformed_agent_line_is_skipped(tmp_path):
    f = tmp_path / "bad.agents.txt"
    f.write_text("TROOPS {} [~MIL]\nSOLDIER [MIL]\n", encoding="utf-8")
    with pytest.warns(DictionaryWarning, match="line 2:"):
        agents = read_agents(f)
    assert [a.phrases for a in agents] == [["TROOPS"]]


def test_detente_people_table(tmp_path, nlp):
    f = tmp_path / "people.tsv"
    f.write_text("name\taliases\tcountry\trole\tstart\tend\tgender\tnote\n"
                 "Jane Doe\tDoe\tFRA\tGOV\t2020-01-01\t\tf\tMinister\n", encoding="utf-8")
    d = ActorDictionary.load(actors_files=[f])
    res = resolve_actors(nlp("Jane Doe spoke. Doe said she agreed."), on=date(2021, 1, 1), dictionary=d)
    assert [m.code for m in res.mentions] == ["FRAGOV", "FRAGOV", "FRAGOV"]
    bad = tmp_path / "bad.tsv"
    bad.write_text("name\taliases\tcountry\trole\tstart\tend\tgender\tnote\nJ\t\tFRA\tGOV\t2020-13-01\t\t\t\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="line 2:"):
        ActorDictionary.load(actors_files=[bad])


def test_builtin_data_is_valid_and_cached():
    a = ActorDictionary.load()
    assert a is ActorDictionary.load()
    assert len(a.country_names) >= 197
    assert read_actors  # the TABARI reader is importable on its own


def test_user_tsv_not_utf8_names_file_and_line(tmp_path):
    f = tmp_path / "people.tsv"
    f.write_bytes("name\taliases\tcountry\trole\tstart\tend\tgender\tnote\nJos\xe9 Doe\t\tFRA\tGOV\t2020-01-01\t\tm\t\n".encode("latin-1"))
    with pytest.raises(DictionaryError, match="line 2: not UTF-8") as err:
        ActorDictionary.load(actors_files=[f])
    assert str(f) in str(err.value)
