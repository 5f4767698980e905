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
