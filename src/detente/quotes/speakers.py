"""Who a speaker phrase stands for: a person's full name, and their actor code when resolved.

With a `Resolution` from the actors stage the phrase's mentions decide (the actors stage does
coreference, so "he" and "the minister" already carry the person's code). Without one — or when
the phrase holds no mention — the text decides:

* a name is completed to the longest PERSON name of the document that contains it
  ("Putin" -> "Vladimir Putin", "Xi" -> "Xi Jinping"), particles included ("Abdulaziz bin Salman");
* "he"/"she" is, in the nearest sentence that names someone outside quotation marks, the last
  person named as a subject, else the last one named (a subject carries on over an object);
* a title with a name in apposition ("his foreign secretary, Vikram Misri,") is that name;
* a definite title ("the minister", "the Indian prime minister") is the most recent person
  introduced with that title, preferring the one whose title shares most words with the phrase;
* a definite common noun ("the ministry") is the institution as first introduced with that head
  noun ("the Chinese Foreign Ministry", "Argentina's foreign ministry"), or under a synonym from
  `data/quotes/institutions.tsv` ("the junta" -> "Mali's military government");
* a definite title the article has not given yet but gives a few sentences on ("China’s ambassador
  to Britain warned …" before "China’s ambassador to Britain, Liu Xiaoming,") is that person;
* a definite noun introduced with a name beside it ("The group, WeWorkers Coalition,") is that name;
* a definite organisation noun (`data/quotes/organisations.tsv`: "the company", "the production
  company") is the organisation named most recently before it, preferring one whose name shares a
  word stem with the phrase ("Dick Clark Productions");
* a definite document noun (`data/quotes/documents.tsv`: "the statement", "the letter") speaks for
  the author of the latest such document ("Big Machine Records issued a statement");
* initials are the name the article spells out ("the DEA" -> "Drug Enforcement Administration");
* a share of poll respondents ("51 percent") is nobody;
* anything else (an organisation, "a senior official") is the phrase itself.

Each speaker says what named them (`Speaker.via`: name, organisation, title, description,
pronoun), which the quote's confidence reads.

With a `Resolution`, the mention under the phrase's head decides only when it is a *named*
person (an actor the article names, not a generic agent such as "minister"); the speaker's name is
then the longest form of that person's name the article itself gives (completing a shortened one:
"Maria Corina" -> "Maria Corina Machado"), else the actor's canonical name. Where the article
spells the person its own way ("Zelenskiy" for the dictionary's "Zelenskyy") the article's spelling
is the name — it is what a reader sees, and the actor code already identifies the person; a
shortening of the canonical name ("Macron") still gives the canonical one. A pronoun goes by the
text's antecedent when the text finds one; the resolver's link for it is the fallback. Otherwise the text
decides the name as above, and the code is that of the named person (or organisation) the text
led to, else of the mention under the phrase.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate

from spacy.tokens import Doc, Span, Token

from ..actors.coref import PERSON_PRONOUNS
from ..actors.types import Mention, Resolution
from ..nlp.pipeline import text_of
from .lexicon import Lexicon

_NAME_PARTICLES = {"bin", "al", "el", "da", "de", "do", "dos", "van", "von", "der", "den", "la", "le", "ibn", "abu", "-"}
_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
_POSSESSIVE = ("’s", "'s", "‘s", "’", "'")
_INDEFINITE = {"a", "an", "one", "some", "another", "several", "two", "three"}
_SHARES = {"percent", "cent", "%", "percentage", "majority", "minority", "plurality"}


@dataclass(slots=True)
class Person:
    name: str
    start: int  # char offsets of the name in the text
    end: int
    title_words: frozenset[str]
    tok_start: int = 0  # token offsets of the name
    tok_end: int = 0  # lower-case words of the title around the name


@dataclass(slots=True)
class Speaker:
    name: str
    actor: str | None = None
    via: str = "name"  # what named them in the text: name | organisation | title | description | pronoun


class People:
    """The people named in a document, built once per document."""

    def __init__(self, doc: Doc, lex: Lexicon, quoted: list[tuple[int, int]]):
        self.doc = doc
        self.lex = lex
        self.quoted = quoted
        # for in_quote: the quoted stretches by start, and the furthest end reached by any of
        # them up to each one (stretches may nest)
        by_start = sorted(quoted)
        self._quote_starts = [a for a, _ in by_start]
        self._quote_reach = list(accumulate((b for _, b in by_start), max))
        spans: list[Span] = []
        for ent in doc.ents:
            if ent.label_ == "PERSON" and not (ent[-1].dep_ == "compound" and ent[-1].head.pos_ == "NOUN"):
                # (a name that only qualifies a common noun, "Border agents", "Trump supporters", is
                # not someone in the story)
                span = _clean_name(ent, lex)
                if span is not None:
                    span = _continue_name(span, lex)
                    spans.append(name_run(doc, span.end - 1, lex) if doc[span.end - 1].pos_ == "PROPN" else span)
        spans += _titled_names(doc, lex)
        # a title with a name beside it: "Nigeria's central bank governor, Olayemi Cardoso,"
        for t in doc:
            if t.lower_ in lex.roles and t.pos_ == "NOUN":
                apposed = _appositive_name(doc[t.left_edge.i : t.i + 1], lex)
                if apposed is not None:
                    spans.append(apposed)
        # a proper noun as the subject of a verb, with no other entity type, is a person
        # the tagger missed ("Syrskyi said", "Petro later posted")
        late: list[Span] = []
        for t in doc:
            if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN" and t.text[:1].isupper():
                run = name_run(doc, t.i, lex)
                if t.ent_type_ in ("", "PERSON"):
                    spans.append(run)
                elif run is not None:
                    late.append(run)
        # ... and so is one tagged otherwise when it repeats a person's name ("Araghchi struck a
        # cautious tone" after "Abbas Araghchi", the tagger calling the surname ORG)
        known = [s.text.split() for s in spans if s is not None]
        spans += [r for r in late if any(_contains(k, r.text.split()) for k in known)]
        self.people: list[Person] = []
        taken_to = -1  # spans come sorted by start: one overlaps a kept one iff it starts before this
        for span in sorted((s for s in spans if s is not None), key=lambda s: (s.start_char, -s.end_char)):
            if span.start_char < taken_to:
                continue
            taken_to = max(taken_to, span.end_char)
            self.people.append(self._person(span))
        # every proper-noun run, to complete a surname to the full name given elsewhere
        self._by_word: dict[str, list[str]] | None = None
        self._expansions: dict[str, str] | None = None  # initials -> the name they stand for
        self.runs: list[str] = []
        for t in doc:
            if t.pos_ == "PROPN" and (t.i + 1 == len(doc) or doc[t.i + 1].pos_ != "PROPN"):
                run = name_run(doc, t.i, lex)
                if run is not None and not all(x.ent_type_ in _PLACES for x in run):
                    self.runs.append(run.text)

    def _person(self, span: Span) -> Person:
        doc = self.doc
        words: set[str] = set()
        i = span.start - 1
        # the title in front of the name: "Russian President", "Russia's ambassador"
        # (stopping at a verb: "Ramaphosa hosted Angolan leader João Lourenço" gives Lourenço
        # "angolan leader", not Ramaphosa's "president")
        while i >= 0 and span.start - i <= 6 and not doc[i].is_punct and doc[i].pos_ not in ("VERB", "AUX") and doc[i].lower_ not in {"and", "with", "by", "of", "'s", "’s"}:
            words.add(doc[i].lower_)
            i -= 1
        if i >= 0 and doc[i].lower_ in {"'s", "’s"}:
            j = i - 1
            while j >= 0 and i - j <= 3 and not doc[j].is_punct:
                words.add(doc[j].lower_)
                j -= 1
        # an appositive around it: "Ursula von der Leyen, the president of the Commission,"
        # and "Ukraine's top commander, Oleksandr Syrskyi,"
        if span.end < len(doc) and doc[span.end].text == ",":
            for t in doc[span.end + 1 : span.end + 9]:
                if t.is_punct or t.pos_ in ("VERB", "AUX"):
                    break
                words.add(t.lower_)
        if span.start > 0 and doc[span.start - 1].text == ",":
            for t in reversed(doc[max(0, span.start - 9) : span.start - 1]):
                if t.is_punct or t.pos_ in ("VERB", "AUX"):
                    break
                words.add(t.lower_)
        return Person(span.text, span.start_char, span.end_char, frozenset(words), span.start, span.end)

    def in_quote(self, pos: int) -> bool:
        """Whether a character offset lies inside quotation marks."""
        i = bisect_right(self._quote_starts, pos) - 1
        return i >= 0 and self._quote_reach[i] > pos

    def full_name(self, name: str) -> str:
        """The longest name in the document whose words contain `name`'s words in a row."""
        words = name.split()
        if not words:
            return name
        if self._by_word is None:  # candidates by word, built on first use: one scan per document
            self._by_word = {}
            for cand in dict.fromkeys([p.name for p in self.people] + self.runs):
                for w in dict.fromkeys(cand.split()):
                    self._by_word.setdefault(w, []).append(cand)
        best = name
        for cand in self._by_word.get(words[0], ()):
            cw = cand.split()
            if len(cw) > len(best.split()) and _contains(cw, words):
                best = cand
        return best

    def before(self, pos: int) -> list[Person]:
        return [p for p in self.people if p.end <= pos and not self.in_quote(p.start)]

    def antecedent(self, pos: int) -> Person | None:
        """Who "he"/"she" at `pos` stands for: in the nearest sentence before it (or its own) that
        names someone outside quotation marks, the last person named as a subject, else the last
        one named. "A met her counterpart, B, in C. B said … “…,” she said." -> B; "A met B. “…,”
        she said" -> A: a subject carries on over an object or a possessor."""
        prior = self.before(pos)
        if not prior:
            return None
        sent = self.doc[prior[-1].tok_start].sent.start
        same = [p for p in prior if self.doc[p.tok_start].sent.start == sent]
        subjects = [p for p in same if _is_subject(self.doc[p.tok_end - 1])]
        return (subjects or same)[-1]

    def resolve(self, phrase: Span, res: Resolution | None) -> Speaker | None:
        """The speaker a phrase (a token span) stands for."""
        appositive = _appositive_name(phrase, self.lex)
        title = _trim(phrase) if appositive is not None else None
        phrase = _trim(appositive if appositive is not None else phrase)
        if phrase is None:
            return None
        head = _head(phrase)
        if head.lower_ in _SHARES or (head.like_num and len(phrase) == 1):
            return None  # "51 percent say that “…”": poll answers, not anyone's words
        found = self._from_text(phrase)
        if res is None:
            speaker = Speaker(found[0]) if found is not None else None
        else:
            speaker = self._with_actors(phrase, found, res)
            if speaker is not None and speaker.actor is None and title is not None:
                # a name the resolver does not know takes the code of its title ("the Thai foreign minister")
                m = _head_mention(title, res)
                speaker.actor = m.code if m is not None else None
        if speaker is not None:
            speaker.via = self._via(phrase, speaker, res)
            speaker.name = self.expand_acronym(speaker.name)
        return speaker

    def expand_acronym(self, name: str) -> str:
        """An organisation's initials as the article spells them out: "the DEA" -> "Drug Enforcement
        Administration", "CBP" -> "Customs and Border Protection"; else the name unchanged."""
        short = name[4:] if name.lower().startswith("the ") else name
        if not (2 <= len(short) <= 6 and short.isalpha() and short.isupper()):
            return name
        if self._expansions is None:
            self._expansions = {}
            for m in _SPELLED_OUT.finditer(text_of(self.doc)):
                words = m.group(0).split()
                # every tail that starts with a capital: "The Drug Enforcement Administration"
                # stands for "DEA" as well as "TDEA"
                for i in range(len(words) - 1):
                    if words[i][0].isupper():
                        initials = "".join(w[0] for w in words[i:] if w[0].isupper())
                        self._expansions.setdefault(initials, " ".join(words[i:]))
        return self._expansions.get(short, name)

    def _via(self, phrase: Span, speaker: Speaker, res: Resolution | None) -> str:
        """What kind of phrase names the speaker (for the quote's confidence)."""
        head = _head(phrase)
        if head.pos_ == "PRON" or (len(phrase) == 1 and head.lower_ in PERSON_PRONOUNS):
            return "pronoun"
        if speaker.name.split()[-1:] == [head.text] and any(speaker.name == self.full_name(p.name) for p in self.people):
            return "name"  # a person's surname or name, whatever the tagger made of it
        m = _head_mention(phrase, res) if res is not None else None
        if (m is not None and res.actor_of(m).kind in ("organisation", "country", "group") and head.lower_ not in self.lex.roles) or head.ent_type_ in ("ORG", "GPE", "NORP"):
            return "organisation"
        if head.ent_type_ == "PERSON" or (head.pos_ == "PROPN" and head.text[:1].isupper()):
            return "name"
        if head.lower_ in self.lex.roles:
            return "title"
        return "description"

    def _from_text(self, phrase: Span, depth: int = 0) -> tuple[str, tuple[int, int] | None] | None:
        """The speaker's name by the text alone, and the tokens (start, end) that name them."""
        head = _head(phrase)
        if len(phrase) == 1 and head.lower_ in PERSON_PRONOUNS:
            p = self.antecedent(head.idx)
            return (self.full_name(p.name), (p.tok_start, p.tok_end)) if p is not None else None
        if len(phrase) == 1 and head.pos_ != "PROPN" and head.text[:1].isupper() and head.lower_ not in self.lex.title_words:
            # a surname the tagger took for a common noun ("“…,” Valdes said"): a known person's name
            full = self.full_name(head.text)
            if full != head.text and any(full == self.full_name(p.name) for p in self.people):
                return full, (head.i, head.i + 1)
        if (head.pos_ == "PROPN" and head.text[:1].isupper()) or head.ent_type_ == "PERSON":
            run = name_run(self.doc, head.i, self.lex, lo=phrase.start)
            if run is not None and self._looks_like_name(run):
                return self.full_name(run.text), (run.start, run.end)
        for ent in self.doc.ents:
            if ent.label_ == "PERSON" and ent.start < phrase.end and phrase.start < ent.end:
                span = _clean_name(ent, self.lex)
                if span is not None:
                    return self.full_name(span.text), (span.start, span.end)
        if head.lower_ in self.lex.roles and phrase[0].lower_ not in _INDEFINITE:
            person = self._by_title(phrase[: head.i - phrase.start + 1])
            if person is None:
                person = self._named_later(phrase[: head.i - phrase.start + 1])
            if person is not None:
                return self.full_name(person.name), (person.tok_start, person.tok_end)
        if phrase[0].lower_ == "the" and head.lower_ in self.lex.documents and depth < 2:
            owner = self._author(phrase, head)
            if owner is not None:
                found = self._from_text(owner, depth + 1)
                if found is not None and found[1] is None:
                    found = (found[0], (owner.start, owner.end))
                return found
        # (a lower-case word is a common noun even when the tagger says PROPN: "the junta")
        if phrase[0].lower_ == "the" and head.pos_ in ("NOUN", "PROPN") and head.text.islower() and head.lower_ not in self.lex.roles:
            intro = self._introduced(phrase, head)
            if intro is None and head.lower_ in self.lex.organisations:
                org = self._last_organisation(phrase)
                if org is not None:
                    return org.text, (org.start, org.end)
            if intro is not None:
                # "the Chinese Foreign Ministry", but "Argentina's foreign ministry"
                owned = any(x.lower_ in _POSSESSIVE or x.dep_ == "poss" for x in intro)
                return ("" if owned else "the ") + intro.text, (intro.start, intro.end)
        return phrase.text, None

    def _looks_like_name(self, run: Span) -> bool:
        """A one-word run is a name only when the text treats it as a person: tagged one, named
        elsewhere in full, or a speaking subject ("Office" in "the U.S. Attorney's Office" is not)."""
        if len(run) > 1 or run[0].ent_type_ == "PERSON":
            return True
        if any(p.tok_start <= run[0].i < p.tok_end for p in self.people):
            return True
        return len(self.full_name(run.text).split()) > 1

    def _introduced(self, phrase: Span, head: Token) -> Span | None:
        """The name a definite noun shortens, as the article first gave it: 'the ministry' ->
        'Chinese Foreign Ministry', 'Argentina's foreign ministry'; 'the court' -> 'Spain's Supreme
        Court'; and through a synonym (`institutions.tsv`) 'the junta' -> 'Mali's military government'."""
        doc = self.doc
        words = {t.lower_ for t in phrase[1:] if not t.is_punct}
        for t in reversed(doc[: phrase.start]):
            if t.lower_ != head.lower_ or self.in_quote(t.idx):
                continue
            if not t.text[:1].isupper() and (t.pos_ not in ("NOUN", "PROPN") or t.dep_ == "compound"):
                continue  # lower case only as the head of its own phrase, not "a ministry official"
            span = self._phrase_ending_at(t)
            if len(span) > 1 and words <= {x.lower_ for x in span}:
                return span
            named = _appositive_name(doc[t.left_edge.i : t.i + 1], self.lex) if t.left_edge.lower_ == "the" else None
            if named is not None:
                return named  # "The group, WeWorkers Coalition, …" … "the group said"
        own = " ".join(t.lower_ for t in phrase[1:] if not t.is_punct)
        others = self.lex.synonyms.get(own, ())
        for t in reversed(doc[: phrase.start]):
            if self.in_quote(t.idx) or t.pos_ not in ("NOUN", "PROPN") or t.dep_ == "compound":
                continue
            for other in others:
                ow = other.split()
                if t.i + 1 >= len(ow) and [x.lower_ for x in doc[t.i + 1 - len(ow) : t.i + 1]] == ow:
                    return self._phrase_ending_at(t)
        return None

    def _author(self, phrase: Span, head: Token) -> Span | None:
        """Who put out the document a definite "the statement" refers to: at the latest mention of
        that noun before it, outside quotation marks, its possessor ("Big Machine's statement"), its
        "from"/"by" phrase ("a letter from the doctors"), or the subject of the verb it is the
        object of ("X issued a statement") or that its "in" phrase hangs on ("X said in a statement")."""
        doc = self.doc
        for t in reversed(doc[max(0, phrase.start - 400) : phrase.start]):
            if t.lower_ != head.lower_ or self.in_quote(t.idx) or t.pos_ != "NOUN":
                continue
            for c in t.children:
                if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN"):
                    return doc[c.left_edge.i : c.i + 1]
                if c.dep_ == "prep" and c.lower_ in ("from", "by"):
                    objs = [o for o in c.children if o.dep_ == "pobj"]
                    if objs:
                        return doc[objs[0].left_edge.i : objs[0].i + 1]
            verb = None
            if t.dep_ == "dobj":
                verb = t.head
            elif t.dep_ == "pobj" and t.head.lower_ == "in" and t.head.head.pos_ == "VERB":
                verb = t.head.head
            if verb is None:
                continue  # "The statement, obtained by Variety, claimed …": look further back
            subj = [c for c in verb.children if c.dep_ == "nsubj"]
            if not subj and verb.dep_ in ("conj", "advcl", "xcomp"):
                subj = [c for c in verb.head.children if c.dep_ == "nsubj"]
            if subj and subj[0].pos_ in ("PROPN", "NOUN"):
                return doc[subj[0].left_edge.i : subj[0].i + 1]
        return None

    def _last_organisation(self, phrase: Span) -> Span | None:
        """The organisation a definite "the (production) company" stands for: of the organisations
        named before it outside quotation marks, in the last few sentences, the latest whose name
        shares a word stem with the phrase, else the latest."""
        doc = self.doc
        sent_floor = max(0, phrase.sent.start - 1)
        floor = doc[sent_floor].sent.start if sent_floor else 0
        ents = [e for e in doc.ents if e.end <= phrase.start and e.start >= floor - 120 and not self.in_quote(e.start_char)]
        stems = {t.lower_[:5] for t in phrase[:-1] if t.pos_ in ("NOUN", "PROPN", "ADJ") and len(t) > 3}
        # (the tagger calls some firms people: "Dick Clark Productions" for "the production company")
        sharing = [e for e in ents if e.label_ in ("ORG", "PERSON", "FAC", "PRODUCT") and stems & {t.lower_[:5] for t in e if len(t) > 3}]
        orgs = [e for e in ents if e.label_ == "ORG"]
        if not (sharing or orgs):
            return None
        ent = (sharing or orgs)[-1]
        while len(ent) > 1 and ent[0].pos_ == "DET":
            ent = ent[1:]
        return ent

    def _phrase_ending_at(self, t: Token) -> Span:
        """The noun phrase headed by `t`, from its possessor or first capitalised word, without a
        leading article: "Argentina's foreign ministry", "Chinese Foreign Ministry"."""
        doc = self.doc
        i = t.i
        while i > 0 and doc[i - 1].text[:1].isupper() and doc[i - 1].pos_ in ("PROPN", "ADJ", "NOUN") and not doc[i - 1].is_sent_start:
            i -= 1
        j = t.i + 1
        if t.ent_type_ and t.ent_iob_ != "O":
            ent = next((e for e in doc.ents if e.start <= t.i < e.end), None)
            if ent is not None:
                i, j = min(i, ent.start), max(j, ent.end)
        if t.dep_ != "compound":
            i = min(i, t.left_edge.i)
        while i < j and doc[i].pos_ == "DET":
            i += 1
        return doc[i:j]

    def _with_actors(self, phrase: Span, found: tuple[str, tuple[int, int] | None] | None, res: Resolution) -> Speaker | None:
        m = _head_mention(phrase, res)
        if found is not None and found[1] is not None and len(phrase) == 1 and phrase[0].lower_ in PERSON_PRONOUNS:
            # "she": the text's antecedent (subject first) decides who, the resolver's mentions
            # at that name give the code; the pronoun's own link is only the fallback
            hits = [h for h in (res.mention_at(i) for i in range(*found[1])) if h is not None]
            named = [h for h in hits if _named_person(res, h.actor)]
            if named:
                return Speaker(self._article_name(res, named[-1].actor), named[-1].code)
            pronoun_named = m is not None and _named_person(res, m.actor)
            return Speaker(found[0], (hits[-1].code if hits else None) or (None if pronoun_named or m is None else m.code))
        if m is not None and _named_person(res, m.actor):
            return Speaker(self._article_name(res, m.actor), m.code)
        if found is None:
            if m is None:
                return None
            actor = res.actor_of(m)
            return Speaker(actor.name if actor.kind == "person" else phrase.text, m.code)
        name, anchor = found
        inside = anchor is None or phrase.start <= anchor[0] < phrase.end
        if inside and m is not None and res.actor_of(m).kind != "person" and m.tok_start <= _head(phrase).i < m.tok_end:
            # an organisation or country under the head: the phrase names it ("the Interior Ministry")
            return Speaker(phrase.text, m.code)
        if anchor is not None:
            hits = [res.mention_at(i) for i in range(*anchor)]
            hits = [h for h in hits if h is not None]
            named = [h for h in hits if _named_person(res, h.actor)]
            if named or hits:
                return Speaker(name, (named or hits)[-1].code)
        return Speaker(name, m.code if m is not None else None)

    def _article_name(self, res: Resolution, actor: int) -> str:
        """A resolved person's canonical name, unless the article gives a longer name that extends
        it (the resolver knew "Maria Corina", the article says "Maria Corina Machado").

        The canonical name wins ties and shorter article names ("Macron" -> "Emmanuel Macron"), so
        one person reads the same across articles; a title run into the name in the article
        ("Indiana House Speaker Brian Bosma") does not extend it.
        """
        canonical = res.actors[actor].name
        # "Prince Abdulaziz" is extended by "Abdulaziz bin Salman": a style is not part of the name
        core = " ".join(w for w in canonical.split() if w.lower().rstrip(".") not in self.lex.styles) or canonical
        spans = [(x.start, x.end) for x in res.mentions if x.actor == actor and x.via not in _UNNAMED]
        best, variant = canonical, None
        for p in self.people:
            if not any(a < p.end and p.start < b for a, b in spans):
                continue
            name = self.full_name(p.name)
            if _extends(name, core, self.lex):
                if len(name.split()) > len(best.split()):
                    best = name
            elif (
                any(b == p.end for _, b in spans)  # the name ends the mention, as names do
                and not _extends(canonical, name, self.lex)
                and not any(w.lower().rstrip(".") in self.lex.title_words for w in name.split())
            ):
                # neither a shortening nor an extension: the article spells the person its own
                # way ("Zelenskiy" for "Zelenskyy", "Tiani" for "Tchiani"); the reader sees that
                if variant is None or len(name.split()) > len(variant.split()):
                    variant = name
        return variant if variant is not None and best == canonical else best

    def _named_later(self, phrase: Span) -> Person | None:
        """A title whose holder the article names only further on ("China’s ambassador to Britain
        warned …" before "China’s ambassador to Britain Liu Xiaming has said …"): the first person
        named after it, within a few sentences, whose title holds every word of the phrase."""
        words = {t.lower_ for t in phrase if not t.is_stop and not t.is_punct and t.lower_ not in _POSSESSIVE}
        if len(words) < 2:
            return None  # "the minister" alone is too thin to look ahead on
        limit = phrase.end_char + 1500
        for p in self.people:
            if p.start >= phrase.end_char and p.start < limit and not self.in_quote(p.start) and words <= p.title_words:
                return p
        return None

    def _by_title(self, phrase: Span) -> Person | None:
        words = {t.lower_ for t in phrase if not t.is_stop and not t.is_punct}
        head = _head(phrase).lower_
        best, best_score = None, 0
        for p in self.before(phrase.start_char):
            if head not in p.title_words:
                continue
            score = len(words & p.title_words)
            if score >= best_score:
                best, best_score = p, score
        return best


# entity types a name set beside a title cannot be; the tagger often calls an unfamiliar
# person's name FAC or ORG ("governor, Olayemi Cardoso,"), so those do not rule it out
_NOT_PEOPLE = {"GPE", "LOC", "NORP", "DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY", "EVENT", "LAW"}
_PLACES = {"GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART", "MONEY", "CARDINAL", "ORDINAL"}


def name_run(doc: Doc, head: int, lex: Lexicon, lo: int = 0) -> Span | None:
    """The name ending at token `head`: proper nouns and particles back to the first title word.

    "Lithuanian Foreign Minister Kestutis Budrys" -> "Kestutis Budrys"; "Ursula von der Leyen"
    stays whole; a one-word name after a style that is part of it keeps it ("Pope Francis").
    """
    end = head + 1
    while end - 1 > lo and doc[end - 1].is_punct and doc[end - 1].text != ".":
        end -= 1
    i = end - 1
    if i < lo or doc[i].lower_.rstrip(".") in lex.title_words:
        return None
    while i - 1 >= lo:
        t = doc[i - 1]
        low = t.lower_.rstrip(".")
        if low in lex.title_words and t.text[:1].isupper():
            break
        if t.pos_ == "PROPN" or (low in _NAME_PARTICLES and t.i + 1 < end):
            i -= 1
            continue
        break
    while i < end and doc[i].text == "-":
        i += 1
    if i >= end:
        return None
    core = [t for t in doc[i:end] if t.lower_ not in _SUFFIXES]
    if len(core) == 1 and i - 1 >= lo and doc[i - 1].lower_ in lex.styles:
        i -= 1
    return doc[i:end]


def _continue_name(span: Span, lex: Lexicon) -> Span:
    """A name the tagger cut at a particle: "Prince Abdulaziz" + "bin Salman" -> one name."""
    doc = span.doc
    end = span.end
    while (
        end + 1 < len(doc)
        and doc[end].lower_ in _NAME_PARTICLES
        and doc[end].lower_ != "-"
        and doc[end + 1].pos_ == "PROPN"
        and doc[end + 1].ent_type_ in ("PERSON", "")
        and doc[end + 1].lower_ not in lex.title_words
    ):
        end += 2
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].ent_type_ == "PERSON" and doc[end].ent_iob_ == "I":
            end += 1
    return doc[span.start : end]


def _is_subject(t: Token) -> bool:
    """Whether a name's last word belongs to a clause's subject ("Foreign Minister X said", "The
    minister, X, said"), not to an object or a possessor."""
    for _ in range(4):
        if t.dep_ in ("nsubj", "nsubjpass"):
            return True
        if t.dep_ not in ("compound", "flat", "appos") or t.head.i == t.i:
            return False
        t = t.head
    return False


def _head(phrase: Span) -> Token:
    """The phrase's syntactic head ("spokesperson" in "a spokesperson for the ministry"), else its last word."""
    roots = [t for t in phrase if not (phrase.start <= t.head.i < phrase.end) or t.head.i == t.i]
    if len(roots) == 1 and not roots[0].is_punct:
        return roots[0]
    return phrase[-1]


def _contains(big: list[str], small: list[str]) -> bool:
    n = len(small)
    return any(big[i : i + n] == small for i in range(len(big) - n + 1))


def _trim(phrase: Span) -> Span | None:
    """Drop punctuation, leading adverbs and anything after a comma (appositives, clauses)."""
    doc = phrase.doc
    start, end = phrase.start, phrase.end
    for i in range(start, end):
        if doc[i].text in {",", "(", "—", "–"}:
            end = i
            break
    while start < end and (doc[start].is_punct or doc[start].is_space or doc[start].pos_ in {"ADV", "CCONJ", "ADP"}):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].lower_ in {"'s", "’s"}):
        end -= 1
    return doc[start:end] if end > start else None


def _clean_name(ent: Span, lex: Lexicon) -> Span | None:
    """A PERSON entity without possessive endings, stray titles or quote marks around it."""
    doc = ent.doc
    start, end = ent.start, ent.end
    while start < end and (doc[start].is_punct or doc[start].lower_.rstrip(".") in lex.title_words):
        start += 1
    while end > start and (doc[end - 1].is_punct and doc[end - 1].text not in {"."} or doc[end - 1].lower_ in _POSSESSIVE):
        end -= 1
    if end <= start:
        return None
    span = doc[start:end]
    text = span.text
    for suffix in _POSSESSIVE:
        if text.endswith(suffix) and len(text) > len(suffix) + 1:
            return doc.char_span(span.start_char, span.end_char - len(suffix), alignment_mode="contract")
    return span


def _titled_names(doc: Doc, lex: Lexicon, within: Span | None = None) -> list[Span]:
    """Proper-noun runs right after a capitalised title word: "Defence Minister Shin Won-sik"."""
    out = []
    lo, hi = (within.start, within.end) if within is not None else (0, len(doc))
    i = lo
    while i < hi:
        t = doc[i]
        if t.text[:1].isupper() and t.lower_.rstrip(".") in lex.title_words:
            j = i + 1
            while j < hi and doc[j].text[:1].isupper() and doc[j].lower_.rstrip(".") in lex.title_words:
                j += 1
            k = j
            while k < hi and (
                (doc[k].pos_ == "PROPN" and doc[k].lower_ not in lex.title_words and doc[k].ent_type_ not in {"GPE", "NORP"})
                or (doc[k].lower_ in _NAME_PARTICLES and k + 1 < hi and doc[k + 1].pos_ == "PROPN")
                or (doc[k].lower_ in _SUFFIXES and k > j)
            ):
                k += 1
            if k > j:
                out.append(doc[j:k])
            i = max(k, i + 1)
        else:
            i += 1
    return out


# mention kinds that do not show the actor is a named person ("context": a bare role such as "the
# minister" given its country from the paragraph or the article by actors/setting.py; "plural":
# "the two leaders", standing for two people named before, actors/plural.py)
# a run of capitalised words, "of"/"and"/"for" between them: a name that initials can stand for
_SPELLED_OUT = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:(?:of|and|for|on|the)\s+)?[A-Z][a-z]+)+")

_UNNAMED = {"agent", "pronoun", "context", "plural"}


def _fold(text: str) -> list[str]:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().split()


def _extends(longer: str, name: str, lex: Lexicon) -> bool:
    """Whether `longer` is `name` with more name words around it, accents aside; not a title."""
    big, small = _fold(longer), _fold(name)
    n = len(small)
    at = next((i for i in range(len(big) - n + 1) if big[i : i + n] == small), None)
    return at is not None and not any(w.rstrip(".") in lex.title_words for w in big[:at])


def _named_person(res: Resolution, actor: int) -> bool:
    """A person the article names (or the resolver knows by name), not a generic 'minister'."""
    if res.actors[actor].kind != "person" or res.actors[actor].name.islower():
        return False  # (a person known only by a role, "minister", is not named)
    return any(m.actor == actor and m.via not in _UNNAMED for m in res.mentions)


def _head_mention(phrase: Span, res: Resolution) -> Mention | None:
    """The mention under the phrase's head; else a named person's, else the last one in it —
    never a possessive's ("his" in "his foreign secretary" is not the speaker)."""
    m = res.mention_at(_head(phrase).i)
    if m is not None:
        return m
    found: list[Mention] = []
    for t in phrase:
        x = res.mention_at(t.i)
        if x is not None and x not in found and t.dep_ != "poss":
            found.append(x)
    named = [x for x in found if _named_person(res, x.actor)]
    return (named or found or [None])[-1]


def _appositive_name(phrase: Span, lex: Lexicon) -> Span | None:
    """The name set beside a title: 'the Thai foreign minister, Maris Sangiampongsa,' -> the name."""
    trimmed = _trim(phrase)
    if trimmed is None:
        return None
    head = _head(trimmed)
    doc = phrase.doc
    if head.lower_ not in lex.roles:
        # "The group, WeWorkers Coalition, …": a definite common noun with a name beside it
        k = trimmed.end
        if trimmed[0].lower_ == "the" and head.pos_ == "NOUN" and k < len(doc) and doc[k].text == ",":
            j = k + 1
            while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].ent_type_ in ("ORG", "PERSON", ""):
                j += 1
            if j > k + 1 and j < len(doc) and doc[j].text in {",", "—", "–", ")"}:
                return doc[k + 1 : j]
        return None
    k = trimmed.end
    if k < len(doc) and doc[k].text == ",":
        j = k + 1
        while j < len(doc) and (
            (doc[j].pos_ == "PROPN" and doc[j].ent_type_ not in _NOT_PEOPLE and doc[j].lower_ not in lex.title_words)
            or (doc[j].lower_ in _NAME_PARTICLES and j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN")
        ):
            j += 1
        if j > k + 1 and (j == len(doc) or doc[j].text in {",", "—", "–", ")"}):
            return doc[k + 1 : j]
    for c in head.children:
        if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ not in _NOT_PEOPLE:
            return name_run(doc, c.i, lex)
    return None
