r"""Quote benchmark: precision, recall, F1 and speaker accuracy on hand-written passages and real pages.

    .venv/bin/python benchmarks/quotes.py [--verbose] [--gate] [--real-only] [--half A|B|all] [--input text|html]

Two kinds of gold: hand-written passages (below) and real news pages (`real_pages.jsonl`, see
"Real pages" further down).

Two fixture files under `benchmarks/fixtures/quotes/`, one passage per line,
``{"id", "set"?, "tags", "text", "quotes": [{"starts_with", "speaker"}]}``:

* `passages.jsonl` (95 passages) — written by the quote finder's author and seen while tuning it;
  its ``"set": "heldout"`` passages were written after the code and scored once before tuning on
  them. Optimistic.
* `heldout_blind.jsonl` (40 passages) — written by a colleague who had not read the code, then
  used to fix the quote stage: no longer blind.
* `heldout_blind2.jsonl` (40 passages, 52 quotes) — a second set by a colleague who had not read
  the code. Measured once before any change (production P 1.000 R 0.923 F1 0.960, speaker
  accuracy 0.833), then used to fix the stage: no longer blind either.

Gold speakers are the full name when the passage names the person, else the phrase that stands for
them ("the Kremlin", "a senior official").

Every file (and, inside `passages.jsonl`, its dev/heldout sets) and all passages together are
scored in two modes:

* ``actors`` — production: `find_quotes(doc, resolve_actors(doc, dictionary=ActorDictionary.load()))`,
  as `engine.understand` calls it;
* ``none`` — ``find_quotes(doc, None)``: the quote stage's own text-only fallback.

A predicted direct quote matches a gold quote when its text, with quotation marks and case set
aside, starts with the gold `starts_with`. Speaker accuracy is the share of matched quotes whose
speaker equals the gold speaker with case, accents (Unicode NFKD, combining marks dropped:
"Félix" = "Felix"), leading articles and punctuation set aside — the actor dictionary spells
canonical names with their accents, passages often do not, and both name the same person.
The speaker field carries the article's own spelling of a name ("Zelenskiy" where the dictionary
has "Zelenskyy"), completed to the dictionary's fuller name only when the article's is a
shortening of it ("Macron" -> "Emmanuel Macron"); gold follows the passage's text, so that one
completion counts as a miss (h018), on purpose: the comparison does not guess which shortenings
are the same person.

A passage's quotes are the quoted stretches the stage returns: direct quotes, and partial quotes
(``direct=False`` between quotation marks) of more than four words. The passages were written when
the stage left quoted phrases of four words or fewer out as scare quotes, and their gold does not
list them; the real-page gold (below) does, as partial quotes, when a speech verb governs them
("said the launch was a “provocation”"), so those are scored there and not here. Reported speech
without marks is not scored.

Real pages
----------
`real_pages.jsonl` (documented in `README_real_pages.md`, written by an annotator who did not read
the code) holds, for pages of ../shared/corpus/scrapinghub-dev/, every quotation with its speaker:
``direct`` true for a quoted utterance, false for quoted words inside the writer's paraphrase
(a *partial* quote), and the quoted stretches that are nobody's words (``not_quotes``: titles,
scare quotes, terms). Pages split into halves by `_split.half(page)`: rules are tuned on half A
only; half B is only ever scored in aggregate, to check that a change generalises.

Input. Each page goes through the public `detente.analyze` as a ``.json`` document
``{"text": articleBody, "url": ...}`` (``--input text``, the default and the gated figure): the
gold is written on the articleBody, so this measures quotes and speakers, not extraction.
``--input html`` runs the page's HTML instead, what users have; its figures also pay for
extraction (scored on its own by benchmarks/extraction.py) and are printed for information.

Matching. A predicted quote is cut into its quoted stretches (a split quote "“A,” she said, “B.”"
is one `Quote` but two stretches, as the gold writes them); each stretch is a unit with the
quote's speaker and kind. Texts are compared as lower-cased word multisets (``\w+``, quotation
marks and punctuation aside); a unit and a gold quote *match* when their common words are at
least half of each one's words (overlap / max(len) >= 0.5), so a unit that holds a gold quote
plus as much again, or half of one, does not match. Units and gold quotes are paired one-to-one,
best overlap first. Direct: gold ``direct`` true against units of direct quotes; partial: gold
``direct`` false against units of partial quotes; each with its own P/R/F1 (a direct quote
returned as partial costs one miss and one false quote). ``not_quotes``: how many of them a
unit (direct or partial) matches, by the same rule.

A predicted stretch that lies inside a gold quote's span (a title or scare quote nested in
someone's words) is not scored, as the gold's README asks.

Speakers. Among matched direct quotes whose gold speaker is *named* (``speaker_kind`` "person"),
the predicted speaker is right when, after folding case and accents and dropping punctuation,
leading articles, titles of office and name suffixes (`_speaker_words`), one name's words appear
in a row inside the other's: "Omar" and "Rep. Ilhan Omar" match "Ilhan Omar"; "Lakshiwnder
Singh" does not match "Jabarjung Singh". The speaker's actor counts too: when the quote's
`speaker_actor` code belongs to exactly one actor of the article, that actor's name is tried as
well. Organisation speakers are reported apart, by the same rule, and the speaker accuracy of
matched quotes (direct and partial, named or organisation speakers) is reported for quotes at or
in three confidence bands (>= 0.8, from `quotes.confidence.DEFAULT_MIN_CONFIDENCE` to 0.8, below),
to show what the confidence is worth.

``--gate`` checks the production mode on all passages, and each half of the real pages, against
the floors in `benchmarks/baselines/quotes.json` and exits 1 when a figure falls below its floor;
tests/quotes/test_benchmark.py checks the same.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))  # _split and _score, when loaded from a test

from _score import prf  # noqa: E402

FIXTURE_DIR = HERE / "fixtures" / "quotes"
FIXTURES = FIXTURE_DIR / "passages.jsonl"
BLIND = FIXTURE_DIR / "heldout_blind.jsonl"
BLIND2 = FIXTURE_DIR / "heldout_blind2.jsonl"
FILES = (FIXTURES, BLIND, BLIND2)
REAL = FIXTURE_DIR / "real_pages.jsonl"
CORPUS = HERE.parent.parent / "shared" / "corpus" / "scrapinghub-dev"
BASELINE = HERE / "baselines" / "quotes.json"
MODES = ("actors", "none")
GATE_MODE = "actors"
KEYS = ("precision", "recall", "f1", "speaker_accuracy")
REAL_KEYS = ("direct_precision", "direct_recall", "direct_f1", "named_speaker_accuracy", "partial_f1")
REAL_CEILINGS = ("not_quote_rate",)  # lower is better
INPUTS = ("text", "html")
HIGH_CONFIDENCE = 0.8  # a band of the confidence report
_OPENERS = "“\"‘«'"


def _fold(text: str) -> str:
    """Lower case without accents: "Félix Tshisekedi" -> "felix tshisekedi"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _norm(text: str) -> str:
    text = re.sub(r"[\"“”‘’'«»]", "", text).casefold()
    return " ".join(text.split())


def norm_speaker(name: str | None) -> str:
    if not name:
        return ""
    words = re.sub(r"[^\w\s-]", " ", _fold(name)).split()
    while words and words[0] in {"the", "a", "an"}:
        words.pop(0)
    return " ".join(words)


def quoted(q, text: str) -> bool:
    """Whether a quote sits between quotation marks (a direct or partial quote, not reported speech)."""
    before = text[: q.start].rstrip()[-1:]
    return before != "" and before in _OPENERS


def load(path: Path = FIXTURES) -> list[dict]:
    """The passages of one fixture file, each tagged with the file's stem as `file`."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            p = json.loads(line)
            p["file"] = path.stem
            out.append(p)
    return out


def load_all() -> list[dict]:
    """The passages of every fixture file."""
    return [p for path in FILES for p in load(path)]


def resolver(mode: str):
    """A function doc -> the `res` argument of find_quotes for a mode ("actors" or "none")."""
    if mode == "none":
        return lambda doc: None
    if mode != "actors":
        raise ValueError(f"unknown mode {mode!r}: use one of {', '.join(MODES)}")
    from detente.actors import ActorDictionary, resolve_actors

    dictionary = ActorDictionary.load()
    return lambda doc: resolve_actors(doc, on=None, dictionary=dictionary)


def score(passages: list[dict], nlp, *, mode: str = GATE_MODE, verbose: bool = False, out=sys.stdout, docs: dict | None = None) -> dict:
    """Run find_quotes over the passages in `mode` and compare with their gold quotes.

    `docs` (id -> parsed Doc) lets a caller parse each passage once for several modes.
    """
    from detente.quotes import find_quotes
    from detente.quotes.marks import word_count

    res_for = resolver(mode)
    tp = fp = fn = right = 0
    for p in passages:
        doc = docs[p["id"]] if docs is not None and p["id"] in docs else nlp(p["text"])
        found = [q for q in find_quotes(doc, res_for(doc)) if q.direct or (quoted(q, doc.text) and word_count(q.text) > 4)]
        gold = list(p["quotes"])
        used: set[int] = set()
        for q in found:
            hit = next(
                (k for k, g in enumerate(gold) if k not in used and _norm(q.text).startswith(_norm(g["starts_with"]))),
                None,
            )
            if hit is None:
                fp += 1
                if verbose:
                    print(f"[{mode}] {p['id']} FP  {q.text[:60]!r} ({q.speaker})", file=out)
                continue
            used.add(hit)
            tp += 1
            ok = norm_speaker(q.speaker) == norm_speaker(gold[hit]["speaker"])
            right += ok
            if verbose and not ok:
                print(f"[{mode}] {p['id']} SPK {gold[hit]['starts_with'][:40]!r}: {q.speaker!r} != {gold[hit]['speaker']!r}", file=out)
        for k, g in enumerate(gold):
            if k not in used:
                fn += 1
                if verbose:
                    print(f"[{mode}] {p['id']} FN  {g['starts_with'][:60]!r} ({g['speaker']})", file=out)
    precision, recall, f1 = prf(tp, fp, fn, empty=1.0)
    return {
        "passages": len(passages),
        "gold": tp + fn,
        "found": tp + fp,
        "matched": tp,
        "speakers_right": right,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "speaker_accuracy": round(right / tp, 4) if tp else 0.0,
    }


def groups(passages: list[dict]) -> dict[str, list[dict]]:
    """All passages, each file, and the dev/heldout sets inside the author's file."""
    out: dict[str, list[dict]] = {"all": passages}
    for p in passages:
        out.setdefault(p["file"], []).append(p)
    for p in passages:
        if p["file"] == FIXTURES.stem:
            out.setdefault(f"{p['file']}:{p.get('set', 'dev')}", []).append(p)
    return out


# --- real pages ------------------------------------------------------------------------------


def load_real(path: Path = REAL) -> list[dict]:
    """The annotated real pages, one dict per page (see README_real_pages.md)."""
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def in_half(pages: list[dict], name: str) -> list[dict]:
    """The pages of half "A" or "B" (`_split.half`), or all of them for "all"."""
    from _split import half

    return [p for p in pages if name == "all" or half(p["page"]) == name]


def analyze_pages(pages: list[dict], *, source: str = "text") -> dict[str, object]:
    """page id -> its `Analysis` from the public `detente.analyze`, fed the articleBody as a
    ``.json`` document (``source="text"``) or the page's HTML (``source="html"``)."""
    import detente

    if source not in INPUTS:
        raise ValueError(f"unknown input {source!r}: use one of {', '.join(INPUTS)}")
    truth = json.loads((CORPUS / "ground-truth.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for p in pages:
            if source == "text":
                path = Path(tmp) / f"{p['page']}.json"
                path.write_text(json.dumps({"text": truth[p["page"]]["articleBody"], "url": p.get("url")}), encoding="utf-8")
            else:
                path = CORPUS / "html" / f"{p['page']}.html.gz"
            paths.append(str(path))
        return {Path(a.source).name.split(".")[0]: a for a in detente.analyze(paths)}


_WORD = re.compile(r"\w+")
_HONORIFICS = {"mr", "mrs", "ms", "dr", "rep", "sen", "gov", "gen", "lt", "col", "sgt", "prof", "rev", "sir", "dame", "lord", "lady", "jr", "sr", "ii", "iii", "iv"}


def _bag(text: str) -> Counter:
    return Counter(_WORD.findall(_fold(text)))


def overlap(a: Counter, b: Counter) -> float:
    """Common words over the longer text's words: 1.0 for the same words, 0.5 for half of them."""
    n = max(sum(a.values()), sum(b.values()))
    return sum((a & b).values()) / n if n else 0.0


def units(analysis) -> list[dict]:
    """The quoted stretches of an analysis's quotes, each with its quote's kind and speaker names.

    Reported speech (no quotation marks) gives none: the gold annotates quotations only.
    """
    from detente.quotes.marks import find_segments

    text = analysis.article.text
    segs = [s for chain in find_segments(text) for s in chain]
    out = []
    for q in analysis.quotes:
        if not q.direct and not quoted(q, text):
            continue
        parts = [(s.start, s.end) for s in segs if q.start <= s.start and s.end <= q.end] or [(q.start, q.end)]
        names = [q.speaker] if q.speaker else []
        if q.speaker_actor:
            owners = [a for a in analysis.actors if a.code == q.speaker_actor]
            if len(owners) == 1:
                names.append(owners[0].name)
        for a, b in parts:
            out.append({"text": text[a:b], "start": a, "end": b, "kind": "direct" if q.direct else "partial", "speakers": names, "quote": q})
    return out


def gold_spans(text: str, gold: list[dict]) -> list[tuple[int, int]]:
    """Where the gold quotes stand in `text`: every occurrence of a gold text that opens right
    after a quotation mark."""
    out = []
    for q in gold:
        t = q["text"].strip()  # (gold texts keep a space inside the marks; stretches do not)
        i = text.find(t) if t else -1
        while i >= 0 and t.strip():
            mark = text[:i].rstrip()[-1:]
            if mark != "" and mark in _OPENERS:
                out.append((i, i + len(t)))
            i = text.find(t, i + 1)
    return out


def pair(found: list[dict], gold: list[dict]) -> list[tuple[int, int]]:
    """One-to-one pairs (found index, gold index) with overlap >= 0.5, best overlap first."""
    bags = [_bag(u["text"]) for u in found]
    gbags = [_bag(g["text"] if isinstance(g, dict) else g) for g in gold]
    cands = sorted(
        ((overlap(b, gb), i, k) for i, b in enumerate(bags) for k, gb in enumerate(gbags)),
        key=lambda x: -x[0],
    )
    used_f: set[int] = set()
    used_g: set[int] = set()
    out = []
    for o, i, k in cands:
        if o < 0.5:
            break
        if i in used_f or k in used_g:
            continue
        used_f.add(i)
        used_g.add(k)
        out.append((i, k))
    return out


def _speaker_words(name: str | None) -> list[str]:
    if not name:
        return []
    from detente.quotes import default_lexicon

    drop = default_lexicon().title_words | _HONORIFICS
    words = [w.replace("’", "'") for w in re.sub(r"[^\w\s'’-]", " ", _fold(name)).split()]
    words = [w[:-2] if w.endswith("'s") else w for w in words]
    while words and words[0] in {"the", "a", "an"}:
        words.pop(0)
    return [w for w in words if w not in drop and w.strip("'-")]


def same_speaker(predicted: list[str], gold: str | None) -> bool:
    """Whether any predicted name and the gold name share a name: one's words in a row in the other's."""
    g = _speaker_words(gold)
    if not g:
        return False
    for name in predicted:
        p = _speaker_words(name)
        if p and (_in_row(p, g) or _in_row(g, p)):
            return True
    return False


def _in_row(small: list[str], big: list[str]) -> bool:
    n = len(small)
    return any(big[i : i + n] == small for i in range(len(big) - n + 1))


def _kind_figures(c, kind: str) -> dict:
    """Counts and P/R/F1 of one kind of quote ("direct" or "partial") from the tallies `c`."""
    tp, fp, fn = c[f"{kind}_tp"], c[f"{kind}_fp"], c[f"{kind}_fn"]
    p, r, f = prf(tp, fp, fn, empty=1.0)
    return {f"{kind}_gold": tp + fn, f"{kind}_found": tp + fp, f"{kind}_matched": tp,
            f"{kind}_precision": round(p, 4), f"{kind}_recall": round(r, 4), f"{kind}_f1": round(f, 4)}


def score_real(pages: list[dict], analyses: dict, *, verbose: bool = False, out=sys.stdout) -> dict:
    """Direct and partial quote P/R/F1, not-quotes taken for quotes, and speaker accuracy."""
    from detente.quotes.confidence import DEFAULT_MIN_CONFIDENCE as min_conf

    c = Counter()
    for p in pages:
        a = analyses.get(p["page"])
        found = units(a) if a is not None and a.article is not None else []
        if a is None or a.article is None:
            c["failed"] += 1
        else:
            # a stretch inside a gold quote (a title or scare quote nested in someone's words) is
            # not scored: the gold does not annotate nested quotes as quotes
            spans = gold_spans(a.article.text, p["quotes"])
            found = [u for u in found if not any(x <= u["start"] and u["end"] <= y and (x, y) != (u["start"], u["end"]) for x, y in spans)]
        for kind in ("direct", "partial"):
            f = [u for u in found if u["kind"] == kind]
            g = [q for q in p["quotes"] if bool(q.get("direct")) == (kind == "direct")]
            pairs = pair(f, g)
            c[f"{kind}_tp"] += len(pairs)
            c[f"{kind}_fp"] += len(f) - len(pairs)
            c[f"{kind}_fn"] += len(g) - len(pairs)
            hit_f, hit_g = {i for i, _ in pairs}, {k for _, k in pairs}
            for i, k in pairs:
                sk = g[k].get("speaker_kind")
                group = "named" if sk == "person" else "org" if sk == "organisation" else None
                if group is None:
                    continue
                ok = same_speaker(f[i]["speakers"], g[k]["speaker"])
                conf = f[i]["quote"].confidence
                band = "hi" if conf >= HIGH_CONFIDENCE else "mid" if conf >= min_conf else "lo"
                c[f"conf_{band}_n"] += 1
                c[f"conf_{band}_right"] += ok
                if kind == "direct":
                    c[f"{group}_n"] += 1
                    c[f"{group}_right"] += ok
                c[f"all_{group}_n"] += 1
                c[f"all_{group}_right"] += ok
                if verbose and not ok:
                    print(f"  {p['page'][:12]} SPK [{kind}] {g[k]['text'][:50]!r}: {f[i]['speakers']} != {g[k]['speaker']!r}", file=out)
            if verbose:
                for i, u in enumerate(f):
                    if i not in hit_f:
                        print(f"  {p['page'][:12]} FP  [{kind}] {u['text'][:60]!r} ({u['speakers'][:1]})", file=out)
                for k, q in enumerate(g):
                    if k not in hit_g:
                        print(f"  {p['page'][:12]} FN  [{kind}] {q['text'][:60]!r} ({q.get('speaker')})", file=out)
        # kind confusions: a stretch returned as one kind that matches a gold quote of the other
        for kind, other in (("direct", False), ("partial", True)):
            f = [u for u in found if u["kind"] == kind]
            g = [q for q in p["quotes"] if bool(q.get("direct")) == other]
            c[f"{kind}_as_other"] += len(pair(f, g))
        nots = p.get("not_quotes") or []
        taken = pair(found, [n if isinstance(n, str) else n.get("text", "") for n in nots])
        c["not_quotes"] += len(nots)
        c["not_quote_hits"] += len(taken)
        c["not_quote_hits_direct"] += sum(found[i]["kind"] == "direct" for i, _ in taken)
        if verbose:
            for i, k in taken:
                print(f"  {p['page'][:12]} NOTQ {found[i]['text'][:60]!r}", file=out)
    ratio = lambda a, b: round(c[a] / c[b], 4) if c[b] else 0.0  # noqa: E731
    return {
        "pages": len(pages),
        "failed": c["failed"],
        **_kind_figures(c, "direct"),
        **_kind_figures(c, "partial"),
        "direct_for_partial": c["direct_as_other"],
        "partial_for_direct": c["partial_as_other"],
        "not_quotes": c["not_quotes"],
        "not_quote_hits": c["not_quote_hits"],
        "not_quote_hits_direct": c["not_quote_hits_direct"],
        "not_quote_rate": ratio("not_quote_hits", "not_quotes"),
        "named": c["named_n"],
        "named_right": c["named_right"],
        "named_speaker_accuracy": ratio("named_right", "named_n"),
        "org": c["org_n"],
        "org_right": c["org_right"],
        "org_speaker_accuracy": ratio("org_right", "org_n"),
        "all_named": c["all_named_n"],
        "all_named_right": c["all_named_right"],
        "all_named_speaker_accuracy": ratio("all_named_right", "all_named_n"),
        "confident": c["conf_hi_n"],
        "confident_speaker_accuracy": ratio("conf_hi_right", "conf_hi_n"),
        "middling": c["conf_mid_n"],
        "middling_speaker_accuracy": ratio("conf_mid_right", "conf_mid_n"),
        "unsure": c["conf_lo_n"],
        "unsure_speaker_accuracy": ratio("conf_lo_right", "conf_lo_n"),
    }


def real_line(name: str, r: dict) -> str:
    return (
        f"  half {name:3s} pages={r['pages']:2d}" + (f" (failed {r['failed']})" if r["failed"] else "") + f"  direct gold={r['direct_gold']:3d} found={r['direct_found']:3d} "
        f"P={r['direct_precision']:.3f} R={r['direct_recall']:.3f} F1={r['direct_f1']:.3f}  "
        f"named speaker={r['named_speaker_accuracy']:.3f} ({r['named_right']}/{r['named']})\n"
        f"             partial gold={r['partial_gold']:3d} found={r['partial_found']:3d} "
        f"P={r['partial_precision']:.3f} R={r['partial_recall']:.3f} F1={r['partial_f1']:.3f}  "
        f"not-quotes taken {r['not_quote_hits']}/{r['not_quotes']} ({r['not_quote_hits_direct']} as direct)  "
        f"kind confused: {r['direct_for_partial']} partial returned as direct, {r['partial_for_direct']} direct as partial\n             "
        f"org speaker={r['org_speaker_accuracy']:.3f} ({r['org_right']}/{r['org']})  "
        f"named, direct+partial={r['all_named_speaker_accuracy']:.3f} ({r['all_named_right']}/{r['all_named']})\n"
        f"             speaker right (named or organisation), by confidence: >= {HIGH_CONFIDENCE} {r['confident_speaker_accuracy']:.3f} "
        f"of {r['confident']}, 0.5-{HIGH_CONFIDENCE} {r['middling_speaker_accuracy']:.3f} of {r['middling']}, "
        f"< 0.5 {r['unsure_speaker_accuracy']:.3f} of {r['unsure']}"
    )


def real_below_floor(name: str, result: dict, pinned: dict) -> list[str]:
    """One line per real-page figure of half `name` past its floor (or ceiling)."""
    half_floors = pinned.get("real_pages", {}).get(name, {})
    out = [f"half {name} {k} {result[k]:.4f} fell below the floor {half_floors[k]}" for k in REAL_KEYS if k in half_floors and result[k] < half_floors[k]]
    out += [f"half {name} {k} {result[k]:.4f} rose above the ceiling {half_floors[k]}" for k in REAL_CEILINGS if k in half_floors and result[k] > half_floors[k]]
    return out


def floors() -> dict:
    return json.loads(BASELINE.read_text(encoding="utf-8"))


def below_floor(result: dict, pinned: dict) -> list[str]:
    """One line per figure under its floor; empty when the gate passes."""
    return [f"{k} {result[k]:.4f} fell below the floor {pinned[k]}" for k in KEYS if result[k] < pinned[k]]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", action="store_true", help="print every miss and wrong speaker (real pages: half A only)")
    ap.add_argument("--gate", action="store_true", help=f"exit 1 when mode {GATE_MODE!r} on all passages or a real-page half is under a floor")
    ap.add_argument("--real-only", action="store_true", help="score the real pages only")
    ap.add_argument("--half", choices=("A", "B", "all"), default=None, help="real pages: one half (default: A, B and all)")
    ap.add_argument("--input", choices=INPUTS, default="text", help="real pages: articleBody as text (gated) or the HTML")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(HERE.parent / "src"))
    sys.path.insert(0, str(HERE))
    failed: list[str] = []
    if not args.real_only:
        from detente.nlp import load as load_nlp

        nlp = load_nlp()
        passages = load_all()
        docs = {p["id"]: nlp(p["text"]) for p in passages}
        if len(docs) != len(passages):
            print("passage ids repeat across the fixture files: make them unique", file=sys.stderr)
            return 2
        gate = None
        for mode in MODES:
            print(f"== passages, res={mode}" + ("  (production)" if mode == GATE_MODE else ""))
            for name, group in groups(passages).items():
                r = score(group, nlp, mode=mode, verbose=args.verbose and name == "all", docs=docs)
                print(
                    f"  {name:22s} passages={r['passages']:3d} gold={r['gold']:3d} found={r['found']:3d}  "
                    f"P={r['precision']:.3f} R={r['recall']:.3f} F1={r['f1']:.3f}  "
                    f"speaker_acc={r['speaker_accuracy']:.3f} ({r['speakers_right']}/{r['matched']})"
                )
                if mode == GATE_MODE and name == "all":
                    gate = r
        failed += below_floor(gate, floors())
    pages = load_real()
    if pages and CORPUS.exists():
        halves = [args.half] if args.half else ["A", "B", "all"]
        wanted = in_half(pages, "all" if len(halves) > 1 else halves[0])
        analyses = analyze_pages(wanted, source=args.input)
        print(f"== real pages ({REAL.name}, input={args.input}, production: detente.analyze)")
        for name in halves:
            group = in_half(wanted, name)
            r = score_real(group, analyses, verbose=args.verbose and name == "A")
            print(real_line(name, r))
            if args.input == "text" and name in ("A", "B"):
                failed += real_below_floor(name, r, floors())
    else:
        print(f"== real pages: skipped ({REAL.name} or {CORPUS} missing)")
    if args.gate:
        for line in failed:
            print(f"GATE FAILED: {line}", file=sys.stderr)
        if not failed:
            print(f"gate passed: floors {BASELINE.name}")
        return 1 if failed else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
