"""The quote stage's word lists (speech cues, titles of office), read once from data files.

The files are TSV documented in their header comments under ``detente/data/quotes/``.
A malformed line raises `DictionaryError` naming the file and line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

from ..datafiles import read_utf8
from ..errors import DictionaryError

CUE_KINDS = ("speech", "writing", "question", "source", "text", "naming", "characterise")
PARTIAL_ONLY = ("naming", "characterise")  # cues that only introduce a partial quote
TITLE_KINDS = ("role", "modifier", "style")


@dataclass(frozen=True, slots=True)
class Cue:
    lemma: str
    kind: str  # one of CUE_KINDS
    forms: frozenset[str]


@dataclass(frozen=True, slots=True)
class Lexicon:
    cues: dict[str, Cue]  # by lemma
    forms: dict[str, Cue]  # by inflected form
    roles: frozenset[str]  # nouns that stand for their holder
    title_words: frozenset[str]  # roles, modifiers and styles
    styles: frozenset[str] = frozenset()  # titles that are part of a one-word name: "Pope Francis"
    synonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)  # institution phrase -> its other names
    organisations: frozenset[str] = frozenset()  # nouns that stand for a named organisation ("the company")
    documents: frozenset[str] = frozenset()  # nouns whose author speaks through them ("the statement")

    def cue_for(self, lemma: str, lower: str) -> Cue | None:
        """The single-word cue a token is, by lemma or (when the tagger slipped) by form."""
        cue = self.cues.get(lemma) or self.forms.get(lower)
        return cue if cue is not None and " " not in cue.lemma else None


def read_tsv(path: Path | str, ncols: tuple[int, int]) -> list[tuple[int, list[str]]]:
    """Rows of a commented TSV as (line number, fields); `ncols` is (min, max) fields per row."""
    path = Path(path)
    lines = read_utf8(path).splitlines()
    rows = []
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = line.rstrip("\n").split("\t")
        while len(fields) > ncols[0] and fields[-1] == "":
            fields.pop()
        if not ncols[0] <= len(fields) <= ncols[1] or not fields[0].strip():
            raise DictionaryError(
                f"line {n}: expected {ncols[0]} to {ncols[1]} tab-separated fields, got {len(fields)}: {line!r}",
                source=str(path),
            )
        rows.append((n, [f.strip() for f in fields]))
    return rows


def load_synonyms(path: Path | str) -> dict[str, tuple[str, ...]]:
    """Groups of names for one kind of institution, each phrase mapped to the others."""
    out: dict[str, tuple[str, ...]] = {}
    for n, fields in read_tsv(path, (2, 2)):
        group = [fields[0].lower()] + [f.strip().lower() for f in fields[1].split(",") if f.strip()]
        if len(group) < 2:
            raise DictionaryError(f"line {n}: {fields[0]!r} lists no other name", source=str(path))
        for phrase in group:
            if phrase in out:
                raise DictionaryError(f"line {n}: {phrase!r} is already in another group", source=str(path))
            out[phrase] = tuple(x for x in group if x != phrase)
    return out


def load_lexicon(
    cues_path: Path | str,
    titles_path: Path | str,
    synonyms_path: Path | str | None = None,
    organisations_path: Path | str | None = None,
    documents_path: Path | str | None = None,
) -> Lexicon:
    """Read and validate the cue and title files (and the institution synonyms, organisation and
    document nouns, when given)."""
    cues: dict[str, Cue] = {}
    forms: dict[str, Cue] = {}
    for n, fields in read_tsv(cues_path, (2, 3)):
        lemma, kind = fields[0].lower(), fields[1]
        if kind not in CUE_KINDS:
            raise DictionaryError(f"line {n}: cue kind {kind!r} is not one of {', '.join(CUE_KINDS)}", source=str(cues_path))
        if lemma in cues:
            raise DictionaryError(f"line {n}: cue {lemma!r} listed twice", source=str(cues_path))
        fs = frozenset(f.strip().lower() for f in (fields[2] if len(fields) > 2 else "").split(",") if f.strip())
        cue = Cue(lemma, kind, fs)
        cues[lemma] = cue
        for f in fs:
            forms.setdefault(f, cue)
    roles: set[str] = set()
    styles: set[str] = set()
    words: set[str] = set()
    for n, fields in read_tsv(titles_path, (2, 2)):
        word, kind = fields[0].lower(), fields[1]
        if kind not in TITLE_KINDS:
            raise DictionaryError(f"line {n}: title kind {kind!r} is not one of {', '.join(TITLE_KINDS)}", source=str(titles_path))
        words.add(word)
        if kind in ("role", "style"):
            roles.add(word)
        if kind == "style":
            styles.add(word)
    synonyms = load_synonyms(synonyms_path) if synonyms_path is not None else {}
    organisations = frozenset(f[0].lower() for _, f in read_tsv(organisations_path, (1, 1))) if organisations_path is not None else frozenset()
    documents = frozenset(f[0].lower() for _, f in read_tsv(documents_path, (1, 1))) if documents_path is not None else frozenset()
    return Lexicon(cues, forms, frozenset(roles), frozenset(words), frozenset(styles), synonyms, organisations, documents)


@cache
def default_lexicon() -> Lexicon:
    """The packaged lexicon, loaded once per process."""
    base = resources.files("detente") / "data" / "quotes"
    return load_lexicon(
        Path(str(base / "cues.tsv")),
        Path(str(base / "titles.tsv")),
        Path(str(base / "institutions.tsv")),
        Path(str(base / "organisations.tsv")),
        Path(str(base / "documents.tsv")),
    )
