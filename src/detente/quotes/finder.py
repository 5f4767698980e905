"""Direct and reported speech: who said what, with char offsets into the article text.

Direct quotes come from quotation marks (`marks.find_segments`); each quoted stretch is then
attributed by its *frame*, the words around it:

* after it, in the same sentence: "“…,” Putin said", "“…,” said the minister",
  "“…,” according to a senior official";
* before it, ending in a colon or comma: "Xi said: “…”", "He stated, “…”",
  "…, stating, “…”" (a participle takes the subject of the verb it hangs on);
* before it, a colon with no speech verb: "Aliyev, speaking later, was guarded: “…”" (the
  clause's subject);
* a quoted phrase right after a naming or characterising verb ("what she called “…”",
  "dismissed the report as “…”", "describing her as “…”"; three words or more) is that verb's
  subject's;
* a quoted phrase inside a sentence takes the speech verb it hangs on in the parse, the outermost
  one on the way up — "X said that the operation would continue “…”" is X's, not the
  operation's — or one set beside its clause ("…, Mayer said, and “patched” the software"); a
  phrase of four words or fewer only when at most one other verb stands between;
* with no frame: the speaker of the quote just before ("“A,” he said. “B.”"), else the subject of
  the paragraph's last speech verb outside quotation marks ("…, he added. “B.”"), when nobody
  else is named in between.

Direct or partial. A quote is *direct* (``direct=True``) when its stretches are whole sentences
of the speaker's: nothing of the writer's before them but a speech frame ending in a colon or a
comma, and nothing after them but the end of the sentence or a frame. Quoted words set into the
writer's own sentence ("warned that the government “will not sit on its hands”", "said that
“…”", "“The people aren’t buying” impeachment, Trump said") are a *partial* quote: a `Quote`
with ``direct=False`` whose text is the quoted words (the marks are just outside `start`/`end`,
which is how a partial quote is told from reported speech) and whose speaker is the sentence's.

A split quote ("“A,” she said, “B.”") is ONE `Quote`: its `text` is the parts joined by a single
space ("A, B."), `start` is where the first part's words begin and `end` where the last part's
words end (the marks themselves are outside). A quote over several paragraphs is joined the same
way.

Not quotes: scare quotes and names with no speech verb over them ("the so-called “peace plan”",
"an ‘oxygen bar’"); one capitalised or coined word ("“Cleggmania”", "“factcheckUK”"); a quoted
name set before the noun it qualifies ("the “one country, two systems” formula"); quoted titles
(Title Case, or after "titled", "called", "the film", …); poll wording ("51 percent say that
“…”"); words imagined after a modal or infinitive speech verb ("will be left to wonder: “…”").

Reported speech — a cue verb with a clausal complement, "X said (that) …" — becomes a `Quote`
with ``direct=False`` whose text is the reported clause without "that".

Every quote's `confidence` is read off how its speaker was found (`confidence.py`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..actors.types import Resolution
from ..model import Quote
from ..nlp.pipeline import text_of
from .confidence import Evidence, score
from .lexicon import PARTIAL_ONLY, Cue, Lexicon, default_lexicon
from .marks import Segment, find_segments, word_count
from .grammar import active as _active
from .grammar import adjacent_subject as _adjacent_subject
from .grammar import hypothetical as _hypothetical
from .grammar import outermost as _outermost
from .grammar import personal as _personal
from .grammar import subject as _subject
from .reported import reported_speech
from .speakers import People, Speaker

_ABBREV = {"mr", "mrs", "ms", "dr", "jr", "sr", "st", "gen", "lt", "col", "sgt", "sen", "rep", "gov", "prof", "no", "vs", "gen", "maj", "capt", "adm", "rev", "inc", "co", "corp", "ltd"}
_TITLE_TRIGGERS = {
    "titled", "entitled", "called", "so-called", "dubbed", "named", "film", "movie", "book", "report",
    "song", "album", "novel", "series", "documentary", "theme", "slogan", "motto", "operation", "hashtag",
    "banner", "programme", "program", "initiative", "campaign", "newspaper", "magazine", "show", "term", "word", "phrase",
}
_CLOSERS = "”\"’»"
_MAX_FRAME_TOKENS = 18
_SHORT = 4  # quoted phrases of this many words or fewer must be whole utterances
_MIN_NAMED = 3  # words a quoted phrase after a naming verb needs ("what she called “…”"); shorter ones are names and terms
_INHERIT_GAP = 60  # chars between a quote's close and an unframed next quote of the same speaker
_MAX_NAMING_GAP = 12  # tokens between a naming verb and its quote ("dismissed reports of a rift with X as")
_PARTICLES = {"for", "on", "off", "up", "out", "in", "back", "upon"}
_OPENERS = "“\"‘«'"


@dataclass(slots=True)
class _Frame:
    cue: Cue
    speaker: Speaker | None
    end: int  # char offset where the frame's window ends
    merge_next: bool = False  # "“A,” she said, “B”": the next quoted stretch continues this quote
    how: str = "cue"  # how the speaker was found: one of confidence.FRAMES


def find_quotes(doc: Doc, res: Resolution | None = None, *, lexicon: Lexicon | None = None) -> list[Quote]:
    """Direct quotes (with speaker, actor code and cue lemma) and reported speech in a parsed article."""
    lex = lexicon or default_lexicon()
    text = text_of(doc)
    chains = find_segments(text)
    quoted = [(c[0].open_at, (c[-1].close_at if c[-1].close_at is not None else c[-1].end) + 1) for c in chains]
    people = People(doc, lex, quoted)
    finder = _Finder(doc, res, lex, people, chains)
    direct = finder.direct()
    covered = [(q.start - 1, q.end + 1) for q in direct]
    reported = [q for q in reported_speech(doc, res, lex, people) if not any(a < q.end and q.start < b for a, b in covered + quoted)]
    out = sorted(direct + reported, key=lambda q: q.start)
    for q in out:
        if not q.direct:  # partial quotes and reported speech: the sentence they are set in
            span = doc.char_span(q.start, min(q.end, q.start + 1), alignment_mode="expand")
            if span is not None and len(span):
                sent = span[0].sent
                q.context_start, q.context_end = sent.start_char, sent.end_char
    return out


class _Finder:
    def __init__(self, doc: Doc, res: Resolution | None, lex: Lexicon, people: People, chains: list[list[Segment]]):
        self.doc, self.res, self.lex, self.people, self.chains = doc, res, lex, people, chains
        self.text = text_of(doc)
        self.opens = sorted(c[0].open_at for c in chains)
        self.closes = sorted(s.close_at for c in chains for s in c if s.close_at is not None)
        self._via: dict[int, str] = {}  # id(quote) -> how its speaker was named, for a carried-over speaker

    def direct(self) -> list[Quote]:
        out: list[Quote] = []
        prev: tuple[Quote, int] | None = None  # the last quote and where its frame ended
        k = 0
        while k < len(self.chains):
            parts = list(self.chains[k])
            nxt = self.chains[k + 1] if k + 1 < len(self.chains) else None
            k += 1
            after = self._after(parts, nxt)
            while after is not None and after.merge_next and nxt is not None:
                parts += nxt
                nxt = self.chains[k + 1] if k + 1 < len(self.chains) else None
                k += 1
                after = self._after(parts, nxt) or after
            quote, frame_end = self._accept(parts, after, prev)
            if quote is not None:
                out.append(quote)
                prev = (quote, frame_end)
        return out

    def _accept(self, parts: list[Segment], after: _Frame | None, prev: tuple[Quote, int] | None):
        text = self.text
        first, last = parts[0], parts[-1]
        body = " ".join(text[s.start : s.end] for s in parts)
        words = word_count(body)
        if words == 0:
            return None, 0
        pre_start = self._sentence_start(first.open_at)
        pre = text[pre_start : first.open_at].strip()
        utterance = pre == "" or pre.endswith(":") or pre.endswith(",")
        end_of = last.close_at + 1 if last.close_at is not None else last.end
        framed_after = after is not None and after.speaker is not None
        if not utterance:
            # inside the writer's sentence: a partial quote, or nobody's words
            return self._embedded(body, parts, pre, pre_start, words, after if framed_after else None), end_of
        if self._title_like(body, pre, after is not None):
            return None, 0
        if not framed_after and pre and self._imagined(pre_start, first.open_at):
            return None, 0
        before = None if framed_after else self._before(first, pre_start)
        frame = after if framed_after else before
        if frame is not None and frame.speaker is not None:
            direct = self._whole(parts, pre, pre_start)
            if words <= _SHORT and not direct and (frame is not after or pre):
                return None, 0  # ("“Voters are not buying” the inquiry, Trump said" is Trump's partial quote)
            cue = frame.cue.lemma if frame.cue is not _COLON else None
            return self._quote(body, parts, frame.speaker, cue, direct, frame.how), max(frame.end, end_of)
        continues = prev is not None and pre == "" and self._close_to(prev, first)
        if words <= _SHORT and not continues:
            return None, 0
        if continues:
            q = prev[0]
            carried = Speaker(q.speaker, q.speaker_actor, self._via.get(id(q), "name")) if q.speaker else None
            return self._quote(body, parts, carried, q.cue, self._whole(parts, pre, pre_start), "carried"), end_of
        if pre == "" and words > _SHORT:
            last = self._paragraph_speaker(first.open_at, prev[1] if prev is not None else 0)
            if last is not None:
                return self._quote(body, parts, last.speaker, last.cue.lemma, self._whole(parts, pre, pre_start), "carried"), end_of
        if body.rstrip()[-1:] in ".?!…" and words > _SHORT and self._whole(parts, pre, pre_start):
            return self._quote(body, parts, None, None, True, "none"), end_of
        return None, 0

    def _embedded(self, body: str, parts: list[Segment], pre: str, pre_start: int, words: int, after: _Frame | None) -> Quote | None:
        """A quoted stretch inside a sentence of the writer's: the speaker's words (a partial quote,
        ``direct=False``) when a cue of the sentence governs it, else a term, title or scare quote.

        "warned that the government “will not sit on our hands”", "said SpaceX would fly Starship
        “a lot”", "what she called “a reform written for the banks”" are partial quotes; "the
        “one country, two systems” formula", "a film called “…”", "an ‘oxygen bar’" are not.
        """
        first = parts[0]
        if words >= 2 and self._modifier(parts):
            return None
        if words == 1 and _NAME_LIKE.search(body.strip(" ,.;:!?")):
            return None  # "“Cleggmania”", "“factcheckUK”": a name, a handle or a code
        if words >= _MIN_NAMED:
            # "what she called “…”", "dismissed the report as “…”": checked before the title
            # triggers, since "called" also introduces titles ("a film called “…”")
            named = self._naming_frame(pre_start, first.open_at)
            if named is not None and not self._title_like(body, "", False):
                return self._quote(body, parts, named.speaker, named.cue.lemma, False, named.how)
        if self._title_like(body, pre, False):
            return None
        frame = self._dominating_cue(parts, 1 if words <= _SHORT else None)
        if frame is None and after is not None and words > _SHORT:
            frame = after
        if frame is None and words > _SHORT:
            frame = self._governing_cue(pre_start, first.open_at)
        if frame is None or frame.speaker is None:
            return None
        return self._quote(body, parts, frame.speaker, frame.cue.lemma if frame.cue is not _COLON else None, False, frame.how)

    def _whole(self, parts: list[Segment], pre: str, pre_start: int) -> bool:
        """Whether quoted stretches are whole sentences of the speaker's (a direct quote), not words
        set into the writer's own sentence: nothing of the writer's before them but a speech frame
        ending in a colon or comma ("He said: “…”", "Xi stated, “…”"), and nothing after them but the
        end of the sentence or a frame ("“…,” she said")."""
        text = self.text
        if pre and not pre.endswith(":"):
            if not pre.endswith(","):
                return False
            span = self.doc.char_span(pre_start, parts[0].open_at, alignment_mode="contract")
            if span is None or not any(self._cue(t) is not None and _active(t) for t in span):
                # "At the moment, “…,” he said", "That being said, “…”": the writer's words lead in
                return False
        last = parts[-1]
        if last.close_at is None:
            return True
        if text[last.start : last.end].rstrip()[-1:] in ".?!,;:…—–-":
            return True
        nxt = text[last.close_at + 1 : last.close_at + 2]
        if nxt in ("", "\n") or nxt in ".?!,;:)":
            return True
        w1 = self._sentence_end(last.close_at + 1)
        if not text[last.close_at + 1 : w1].strip():
            return True
        return self._frame_follows(last, w1)

    def _frame_follows(self, last: Segment, w1: int) -> bool:
        """Whether what follows a quote's closing mark is only its frame ("“… to see” Mayer said"),
        not words of the writer's sentence ("“… aren’t buying” impeachment, Trump said"): every word
        before the speech verb hangs on that verb, none on a word inside the quote."""
        span = self.doc.char_span(last.close_at + 1, w1, alignment_mode="contract")
        if span is None:
            return False
        toks = list(span[:_MAX_FRAME_TOKENS])
        cue = next((t for t in toks if self._cue(t) is not None), None)
        if cue is None:
            return False
        for t in toks:
            if t.i >= cue.i:
                break
            if t.is_punct or t.is_space:
                continue
            x = t
            while x.i != cue.i and x.head.i != x.i and x.i >= span.start:
                x = x.head
            if x.i != cue.i:
                return False
        return True

    def _modifier(self, parts: list[Segment]) -> bool:
        """A quoted name set before the noun it qualifies: "the “one country, two systems” formula",
        "a new “functions on demand” system" — a term, not anyone's words."""
        last = parts[-1]
        if last.close_at is None:
            return False
        span = self.doc.char_span(parts[0].start, last.end, alignment_mode="expand")
        if span is None:
            return False
        after = next((t for t in self.doc[span.end : span.end + 2] if t.idx > last.close_at), None)
        if after is None or after.pos_ not in ("NOUN", "PROPN"):
            return False
        if self.text[last.close_at + 1 : after.idx].strip():
            return False
        roots = [t for t in span if not (span.start <= t.head.i < span.end)]
        return bool(roots) and all(t.head.i == after.i for t in roots)

    def _dominating_cue(self, parts: list[Segment], max_clauses: int | None) -> _Frame | None:
        """The cue verb a quoted stretch hangs on in the parse, and its subject's speaker.

        From the quote's words up through their heads (words inside quotation marks are the
        speaker's and skipped): the nearest speech, writing or question verb, or one set beside a
        clause on the way ("…, Mayer said, and “patched” the software"). Of the cues on the way
        the outermost speaks: in "X said that the operation would continue “…”" the words are
        X's. `max_clauses` bounds how many other verbs may stand between the quote and its cue
        (a short phrase deep inside a clause is more often a scare quote than a quotation).
        """
        span = self.doc.char_span(parts[0].start, parts[-1].end, alignment_mode="expand")
        if span is None:
            return None
        roots = [t for t in span if not (span.start <= t.head.i < span.end) or t.head.i == t.i]
        if not roots:
            return None
        found: list[Token] = []
        x, verbs = roots[0], 0
        for _ in range(12):
            side = [c for c in x.children if c.dep_ == "parataxis" and not self.people.in_quote(c.idx) and self._speech(c)]
            if side:
                found.append(side[0])
                break
            if x.head.i == x.i:
                break
            child, x = x, x.head
            if self.people.in_quote(x.idx) or span.start <= x.i < span.end:
                continue
            if self._speech(x):
                if child.dep_ in ("nsubj", "nsubjpass", "csubj"):
                    return None  # words inside the subject of a speech verb are not what it said
                found.append(x)
                break
            if x.pos_ in ("VERB", "AUX") and x.dep_ not in ("aux", "auxpass"):
                verbs += 1
                if max_clauses is not None and verbs > max_clauses:
                    return None
        if not found:
            return None
        # climb on for an outer cue whose reported clause holds this one
        y = found[-1]
        while y.head.i != y.i:
            y = y.head
            if self._speech(y) and not self.people.in_quote(y.idx) and _active(y):
                found.append(y)  # "That said, the DEA says …": an idiom, not an outer speaker
        v = found[-1]
        phrase = _subject(v)
        speaker = self.people.resolve(phrase, self.res) if phrase is not None else None
        return _Frame(self._cue(v), speaker, parts[0].open_at, how="governed") if speaker is not None else None

    def _imagined(self, w0: int, open_at: int) -> bool:
        """Whether the words before a quote end in a speech verb under a modal or in an infinitive:
        "will be left to wonder: “…”", "will scream, “…”" — imagined words, not a quote."""
        span = self.doc.char_span(w0, open_at, alignment_mode="contract")
        verbs = [t for t in span or () if t.pos_ == "VERB" and not self.people.in_quote(t.idx)]
        if not verbs:
            return False
        v = verbs[-1]
        return self._speech(v) and _hypothetical(v)

    def _paragraph_speaker(self, open_at: int, after: int) -> _Frame | None:
        """The speaker of the paragraph's last speech frame outside quotation marks ("…, he added."),
        for a quote with no frame of its own that follows it, when nobody else is named between.

        The frame may close the paragraph before when the quote opens its own. Frames before
        `after` (the end of the last quote's frame) are the last quote's and already spoken for.
        """
        text = self.text
        para = text.rfind("\n", 0, open_at) + 1
        if not text[para:open_at].strip():
            prev_end = len(text[:para].rstrip())
            if text[:para].count("\n", prev_end) > 2:
                return None
            para = text.rfind("\n", 0, prev_end) + 1
        span = self.doc.char_span(max(para, after), open_at, alignment_mode="contract")
        if span is None:
            return None
        cues = [t for t in span if self._speech(t) and _active(t) and not _hypothetical(t) and not self.people.in_quote(t.idx)]
        if not cues:
            return None
        v = cues[-1]
        # anyone named after the frame's verb and its subject takes the floor away
        between = self.doc[v.sent.end : span.end] if v.sent.end < span.end else self.doc[v.i + 1 : v.i + 1]
        if any(t.ent_type_ == "PERSON" and not self.people.in_quote(t.idx) for t in between):
            return None
        phrase = _subject(v)
        speaker = self.people.resolve(phrase, self.res) if phrase is not None else None
        return _Frame(self._cue(v), speaker, open_at, how="carried") if speaker is not None else None

    def _speech(self, t: Token) -> bool:
        cue = self._cue(t)
        return cue is not None and cue.kind in ("speech", "writing", "question") and t.pos_ in ("VERB", "AUX")

    def _quote(self, body: str, parts: list[Segment], speaker: Speaker | None, cue: str | None, direct: bool, how: str) -> Quote:
        q = Quote(
            text=body,
            start=parts[0].start,
            end=parts[-1].end,
            speaker=speaker.name if speaker else None,
            speaker_actor=speaker.actor if speaker else None,
            cue=cue,
            direct=direct,
            confidence=score(Evidence(how, speaker.via if speaker else "none", "direct" if direct else "partial")),
        )
        if speaker is not None:
            self._via[id(q)] = speaker.via
        return q

    def _close_to(self, prev: tuple[Quote, int], seg: Segment) -> bool:
        gap = self.text[prev[1] : seg.open_at]
        return prev[0].speaker is not None and len(gap.strip()) <= _INHERIT_GAP and gap.count("\n\n") <= 1

    # --- frames -----------------------------------------------------------------------------

    def _after(self, parts: list[Segment], nxt: list[Segment] | None) -> _Frame | None:
        last = parts[-1]
        if last.close_at is None:
            return None
        text = self.text
        w0 = last.close_at + 1
        w1 = self._sentence_end(w0)
        body_end = text[last.start : last.end].rstrip()[-1:]
        rest = text[w0:w1].lstrip(" ,")
        if not rest.strip():
            return None
        if body_end in ".?!" and rest[:1].isupper() and not _starts_with_name_cue(rest, self.lex):
            return None  # the quoted sentence ended; what follows is a new sentence
        span = self.doc.char_span(w0, w1, alignment_mode="expand")
        if span is None:
            return None
        toks = [t for t in span[:_MAX_FRAME_TOKENS]]
        for j, t in enumerate(toks):
            cue = self._cue(t)
            if cue is None:
                continue
            if _hypothetical(t):
                return None  # "“…,” voters will say": imagined words, nobody's quote
            before = [x for x in toks[:j] if not (x.is_punct or x.is_space)]
            if cue.kind == "source":
                phrase = self._np_after(t.i + 2, span.end)
            elif before:
                phrase = _adjacent_subject(self.doc[before[0].i : t.i])
            else:
                phrase = self._np_after(t.i + 1, span.end)
            if cue.kind == "text" and phrase is not None and _personal(phrase):
                return None  # "Schiff read into the record …": a person reading is no frame
            speaker = self.people.resolve(phrase, self.res) if phrase is not None else None
            if speaker is None:
                return None
            merge = (
                nxt is not None
                and text[w0:w1].rstrip().endswith(",")
                and not text[w1 : nxt[0].open_at].strip()
                and "\n" not in text[w0 : nxt[0].open_at]
            )
            return _Frame(cue, speaker, w1, merge)
        return None

    def _before(self, first: Segment, w0: int) -> _Frame | None:
        pre = self.text[w0 : first.open_at]
        if not pre.strip():
            return None
        span = self.doc.char_span(w0, first.open_at, alignment_mode="contract")
        if span is None or len(span) == 0:
            return None
        stripped = pre.rstrip()
        toks = [t for t in span if not t.is_space]
        cues = [t for t in toks if self._cue(t) is not None]
        if not cues:
            if stripped.endswith(":"):
                return self._colon_frame(span, first.open_at)
            return None
        v = _outermost(cues)
        if _hypothetical(v):
            return None  # "will be left to wonder: “…”", "will scream, “…”"
        tail = [t for t in toks if t.i > v.i and not t.is_punct]
        if not (stripped.endswith(":") or stripped.endswith(",")) and tail:
            return None
        cue = self._cue(v)
        if cue.kind == "source":
            phrase = self._np_after(v.i + 2, span.end)
        else:
            phrase = _subject(v) or self._np_before(v, span.start)
        if cue.kind == "text" and phrase is not None and _personal(phrase):
            return None
        speaker = self.people.resolve(phrase, self.res) if phrase is not None else None
        return _Frame(cue, speaker, first.open_at)

    def _colon_frame(self, span: Span, open_at: int) -> _Frame | None:
        """'Boric was blunt: “…”' — no cue verb, but a colon hands the floor to the subject."""
        roots = [t for t in span if t.head.i < span.start or t.head.i >= span.end or t.head.i == t.i]
        verbs = [t for t in roots if t.pos_ in ("VERB", "AUX")]
        if not verbs:
            return None
        phrase = _subject(verbs[-1])
        speaker = self.people.resolve(phrase, self.res) if phrase is not None else None
        return _Frame(_COLON, speaker, open_at, how="colon") if speaker is not None else None

    def _governing_cue(self, w0: int, open_at: int) -> _Frame | None:
        """For a quoted phrase inside a sentence: the cue verb earlier in the sentence and its subject.

        The cue is the outermost one: in "X said that the operation would continue “…”" the
        quote is X's, not the reported clause's subject's. With no speech verb, a leading
        "According to X, …" names the source.
        """
        span = self.doc.char_span(w0, open_at, alignment_mode="contract")
        if span is None:
            return None
        cues = [t for t in span if self._cue(t) is not None and self._cue(t).kind in ("speech", "writing")]
        if cues:
            v = _outermost(cues)
            phrase = _subject(v) or self._np_before(v, span.start)
        else:
            src = [t for t in span if self._cue(t) is not None and self._cue(t).kind == "source"]
            if not src:
                return None
            v = src[0]
            phrase = self._np_after(v.i + 2, span.end)
        speaker = self.people.resolve(phrase, self.res) if phrase is not None else None
        return _Frame(self._cue(v), speaker, open_at, how="governed") if speaker is not None else None

    def _naming_frame(self, w0: int, open_at: int) -> _Frame | None:
        """A naming or characterising verb right before a quoted phrase, and its subject.

        "what she called “…”", "called the remarks “…”", "dismissed reports of a rift as “…”":
        the words are the subject's own. The verb must have a subject of its own (or share its
        conjunct's), so "a film called “…”" stays a title; "called for “…”" is a demand, not a
        name; and no other verb or punctuation may stand between the verb and the quote.
        """
        span = self.doc.char_span(w0, open_at, alignment_mode="contract")
        if span is None:
            return None
        toks = [t for t in span if not t.is_space and t.text not in _OPENERS]
        for j in range(len(toks) - 1, max(-1, len(toks) - 1 - _MAX_NAMING_GAP), -1):
            t = toks[j]
            cue = self._partial_cue(t)
            if cue is None:
                if t.pos_ in ("VERB", "AUX") or (t.is_punct and t.text not in {"-", "’s", "'s"}):
                    return None
                continue
            between = toks[j + 1 :]
            as_ = bool(between) and between[-1].lower_ == "as"
            if cue.kind == "characterise" and not as_:
                return None
            if between and between[0].lower_ in _PARTICLES:
                return None  # "called for “…”", "called on …"
            subj = [c for c in t.children if c.dep_ == "nsubj"]
            if subj:
                phrase = _subject(t)
            elif t.dep_ == "conj":
                phrase = _subject(t.head)  # "urged talks and dismissed the plan as “…”"
            elif t.dep_ in ("advcl", "xcomp") and t.tag_ == "VBG" and t.head.pos_ == "VERB":
                phrase = _subject(t.head)  # "The mother testified, describing her daughter as “…”"
            else:
                return None
            speaker = self.people.resolve(phrase, self.res) if phrase is not None else None
            return _Frame(cue, speaker, open_at, how="naming") if speaker is not None else None
        return None

    def _partial_cue(self, t: Token) -> Cue | None:
        cue = self.lex.cue_for(t.lemma_.lower(), t.lower_)
        if cue is None or cue.kind not in PARTIAL_ONLY or t.pos_ not in ("VERB", "AUX"):
            return None
        return cue

    def _cue(self, t: Token) -> Cue | None:
        """The speech, writing, question or source cue a token is (not a naming verb)."""
        cue = self._any_cue(t)
        return None if cue is None or cue.kind in PARTIAL_ONLY else cue

    def _any_cue(self, t: Token) -> Cue | None:
        if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to":
            return self.lex.cues.get("according to")
        if t.pos_ in ("NOUN", "PROPN", "ADJ", "DET", "PRON", "ADP", "NUM") and t.lower_ not in self.lex.forms:
            return None
        if t.pos_ == "NOUN" and t.i > 0 and t.doc[t.i - 1].pos_ in ("DET", "ADJ"):
            return None  # "the note", "a warning"
        return self.lex.cue_for(t.lemma_.lower(), t.lower_)

    def _np_after(self, i: int, limit: int) -> Span | None:
        """The noun phrase starting at token i: "the minister", "Israeli Prime Minister Benjamin Netanyahu"."""
        doc = self.doc
        while i < limit and doc[i].pos_ in ("ADV",):
            i += 1
        j = i
        while j < limit:
            t = doc[j]
            if t.pos_ in ("DET", "ADJ", "PROPN", "NOUN", "NUM") or t.lower_ in {"'s", "’s", "-"} or t.ent_type_ == "PERSON":
                j += 1
                continue
            if t.lower_ in {"of", "for", "from"} and j + 1 < limit and (doc[j + 1].text[:1].isupper() or doc[j + 1].pos_ == "DET"):
                j += 1  # "a spokesman for the ministry", "a statement from the health ministry"
                continue
            break
        # a trailing ADJ run belongs to a postmodifier ("official familiar with"): drop it
        while j > i and doc[j - 1].pos_ == "ADJ":
            j -= 1
        return doc[i:j] if j > i else None

    def _np_before(self, v: Token, lo: int) -> Span | None:
        doc = self.doc
        j = v.i
        i = j
        while i > lo and (doc[i - 1].pos_ in ("PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM") or doc[i - 1].lower_ in {"'s", "’s", "-"}):
            i -= 1
        if j > i and doc[j - 1].ent_type_ in ("DATE", "TIME"):
            return None  # "sent a letter earlier this month stating …": a time, not a speaker
        return doc[i:j] if j > i else None

    # --- sentence windows -------------------------------------------------------------------

    def _sentence_start(self, pos: int) -> int:
        """Where the sentence holding `pos` begins, or the last quote close before it."""
        text = self.text
        i = pos - 1
        while i >= 0:
            ch = text[i]
            if ch == "\n":
                before = text[:i].rstrip()
                if before.endswith(":") and not text[i:pos].strip():
                    i = len(before) - 1  # "He said:" ending the previous paragraph
                    continue
                return i + 1
            if ch in _CLOSERS and i in self._close_set():
                return i + 1
            if ch in ".!?" and i + 1 < len(text) and text[i + 1].isspace() and self._is_boundary(i):
                return i + 1
            i -= 1
        return 0

    def _sentence_end(self, pos: int) -> int:
        text = self.text
        nxt_open = next((o for o in self.opens if o >= pos), len(text))
        i = pos
        while i < min(len(text), nxt_open):
            ch = text[i]
            if ch == "\n":
                return i
            if ch in ".!?" and (i + 1 >= len(text) or text[i + 1].isspace()) and self._is_boundary(i):
                return i + 1
            i += 1
        return min(len(text), nxt_open)

    def _is_boundary(self, i: int) -> bool:
        if self.text[i] != ".":
            return True
        m = re.search(r"(\S+)$", self.text[max(0, i - 20) : i])
        word = m.group(1) if m else ""
        if re.fullmatch(r"(?:[A-Za-z]\.)*[A-Za-z]", word) or word.lower().strip("(") in _ABBREV:
            return False  # "U.S. President", "Gen. Smith": an abbreviation, not a full stop
        return True

    def _close_set(self) -> set[int]:
        if not hasattr(self, "_closes_set"):
            self._closes_set = set(self.closes)
        return self._closes_set

    def _title_like(self, body: str, pre: str, framed_after: bool) -> bool:
        prev_word = re.findall(r"[\w-]+", pre.lower())[-1:] or [""]
        if prev_word[0] in _TITLE_TRIGGERS:
            return True
        words = re.findall(r"[A-Za-z][\w’'-]*", body)
        content = [w for w in words if w.lower() not in _FUNCTION_WORDS]
        if len(content) >= 2 and all(w[0].isupper() for w in content) and body.rstrip()[-1:] not in ".?!":
            return not framed_after or len(words) > _SHORT
        return False


_COLON = Cue(lemma=":", kind="speech", forms=frozenset())

_FUNCTION_WORDS = {
    "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as",
    "into", "over", "under", "nor", "vs", "via", "its", "their", "our", "is",
}


# one word that is capitalised, or has capitals or digits inside: a name, handle or code
_NAME_LIKE = re.compile(r"^[A-Z]|^\S*[a-z]\S*[A-Z0-9]|^\S*[0-9]")


def _starts_with_name_cue(rest: str, lex: Lexicon) -> bool:
    """'“…!” Putin said' — a capitalised name followed by a cue still belongs to the quote."""
    m = re.match(r"^((?:[A-Z][\w.’'-]*\s+){1,5})([a-z]+)\b(?!\s+that\b)", rest)
    if not m or m.group(2) not in lex.forms:
        return False
    # "“….” He assured that …" is a new sentence, not the quote's frame
    return m.group(1).split()[0].lower() not in {"he", "she", "they", "it", "we", "i", "this", "that", "the"}
