import pytest

from detente.errors import DictionaryError
from detente.quotes import default_lexicon, load_lexicon


def test_packaged_lexicon_loads():
    lex = default_lexicon()
    assert lex.cue_for("say", "said").kind == "speech"
    assert lex.cue_for("xyz", "told").lemma == "tell"
    assert "minister" in lex.roles and "pope" in lex.styles


def test_bad_cue_kind_names_file_and_line(tmp_path):
    cues = tmp_path / "cues.tsv"
    cues.write_text("# header\nsay\tspeech\tsaid\nshout\tloud\n", encoding="utf-8")
    titles = tmp_path / "titles.tsv"
    titles.write_text("minister\trole\n", encoding="utf-8")
    with pytest.raises(DictionaryError) as err:
        load_lexicon(cues, titles)
    assert "cues.tsv" in str(err.value) and "line 3" in str(err.value)


def test_missing_field(tmp_path):
    cues = tmp_path / "cues.tsv"
    cues.write_text("say\n", encoding="utf-8")
    titles = tmp_path / "titles.tsv"
    titles.write_text("minister\trole\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="line 1"):
        load_lexicon(cues, titles)


def test_packaged_naming_cues_and_synonyms():
    lex = default_lexicon()
    assert lex.cue_for("call", "called").kind == "naming"
    assert lex.cue_for("dismiss", "dismissed").kind == "characterise"
    assert "military government" in lex.synonyms["junta"]


def test_synonym_in_two_groups_names_file_and_line(tmp_path):
    cues = tmp_path / "cues.tsv"
    cues.write_text("say\tspeech\tsaid\n", encoding="utf-8")
    titles = tmp_path / "titles.tsv"
    titles.write_text("minister\trole\n", encoding="utf-8")
    syn = tmp_path / "institutions.tsv"
    syn.write_text("junta\tmilitary government\n# c\nregime\tmilitary government\n", encoding="utf-8")
    with pytest.raises(DictionaryError) as err:
        load_lexicon(cues, titles, syn)
    assert "institutions.tsv" in str(err.value) and "line 3" in str(err.value)


def test_packaged_organisation_and_document_nouns_load():
    from detente.quotes import default_lexicon

    lex = default_lexicon()
    assert {"company", "group", "agency"} <= lex.organisations
    assert {"statement", "letter"} <= lex.documents
    assert lex.cues["read"].kind == "text"
    assert not (lex.organisations & lex.roles), "a noun is either an office or an organisation"
