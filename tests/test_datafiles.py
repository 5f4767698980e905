"""The data-file readers: every YAML loader answers a missing file, a file that is not UTF-8, bad
YAML and a top level that is not a mapping with one `DictionaryError` naming the file (and the
line where there is one), never a traceback from yaml or the codec."""

from __future__ import annotations

import pytest

from detente.actors.plural import Words
from detente.datafiles import read_utf8, read_yaml
from detente.errors import DictionaryError
from detente.events.confidence import Weights
from detente.nlp.themes import load_taxonomy

LOADERS = {
    "confidence factors": Weights.load,
    "plural references": Words.load,
    "theme taxonomy": load_taxonomy,
}

BAD = {
    "bad YAML": (b"intent:\n  - may\n  - [unclosed\nreject: x\n", "line 4: not valid YAML"),
    "not UTF-8": (b"intent:\n  - caf\xe9\n", "line 2: not UTF-8"),
    "a list, not a mapping": (b"- may\n- might\n", "found a list"),
}


@pytest.mark.parametrize("loader", LOADERS.values(), ids=LOADERS.keys())
@pytest.mark.parametrize("content,message", BAD.values(), ids=BAD.keys())
def test_each_yaml_loader_names_the_file_and_the_fault(tmp_path, loader, content, message):
    path = tmp_path / "data.yaml"
    path.write_bytes(content)
    with pytest.raises(DictionaryError, match=message) as err:
        loader(path)
    assert str(path) in str(err.value)


@pytest.mark.parametrize("loader", LOADERS.values(), ids=LOADERS.keys())
def test_a_missing_file_is_a_dictionary_error(tmp_path, loader):
    with pytest.raises(DictionaryError, match="cannot read the file"):
        loader(tmp_path / "nowhere.yaml")


def test_an_empty_yaml_file_is_an_empty_mapping(tmp_path):
    path = tmp_path / "empty.yaml"
    path.write_text("# nothing yet\n", encoding="utf-8")
    assert read_yaml(path, "word lists") == {}


def test_read_utf8_reads_text(tmp_path):
    path = tmp_path / "t.tsv"
    path.write_text("phrase\thome\nZürich\tCHE\n", encoding="utf-8")
    assert read_utf8(path).splitlines()[1] == "Zürich\tCHE"


def test_an_event_lexicon_file_that_is_not_utf8_is_a_dictionary_error(tmp_path):
    import shutil

    from detente.events.lexicon import DATA_DIR, Lexicon

    folder = tmp_path / "events"
    shutil.copytree(DATA_DIR, folder)
    with (folder / "patterns.tsv").open("ab") as f:
        f.write(b"caf\xe9\tV\t-\t-\t010\t-\t-\n")
    with pytest.raises(DictionaryError, match="not UTF-8") as err:
        Lexicon.load(data_dir=folder)
    assert "patterns.tsv" in str(err.value)


def test_a_missing_cue_file_is_a_dictionary_error(tmp_path):
    import shutil

    from detente.events.lexicon import DATA_DIR, Lexicon

    folder = tmp_path / "events"
    shutil.copytree(DATA_DIR, folder)
    (folder / "cues.yaml").unlink()
    with pytest.raises(DictionaryError, match="cannot read the file"):
        Lexicon.load(data_dir=folder)
