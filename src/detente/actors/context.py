"""Context checks that keep a matched name from becoming the wrong actor.

Georgia the country vs the US state, Washington the government vs the state or a person, Jordan
the country vs a person: the rules are data (`data/actors/ambiguous.yaml`); this module reads the
neighbourhood of the match. Also: a place or surname inside a longer PERSON entity is a name part,
a name glued to "anti-" or "pro-" is a stance ("anti-government protesters"), a place after an
honorific is a surname ("Mr. Kano"), supporters of someone are that someone's side ("supporters
of Imran Khan"), a city inside the name of a treaty, a meeting or an incident is no actor ("the
Paris Agreement", "the Doha talks", "the Christchurch attack"), and a city followed by the state
or country it lies in, when that is another country's ("St. Petersburg, Florida", "Paris, Texas"),
is a namesake town there.
Names several countries' institutions share ("Labour Party", "House of Representatives":
`shared` in ambiguous.yaml) are the table's country's only when the context names no other
(`place_shared_names`).
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc

from .dictionary import ActorDictionary, split_code
from .match import Piece
from .names import capitalised
from .tables import norm
from .setting import MIN_HOME, article_home, code_country
from .attach import names_owner

_GEO = ("country", "capital", "province", "demonym", "region")
#: a bureau dateline's story country is named this many times as often as any other (bureau_dateline)
LEAD = 1.5
ABOUT_OTHERS = 3  # times the two countries a bureau's story is about outnumber the bureau's own
_STANCE_PREFIXES = frozenset({"anti", "pro"})


def _words(doc: Doc, start: int, end: int) -> list[str]:
    return [t.lower_ for t in doc[max(0, start) : min(len(doc), end)]]


def other_sense(doc: Doc, p: Piece, rule: dict, covered: set[int], dateline_words: frozenset[str] = frozenset()) -> bool:
    """True when the rule's cues say the match at `p` is not the actor. The article's dateline is
    read with every sentence's words ("ATLANTA (AP) - Georgia's attorney general ...": the state)."""
    sent = doc[p.start].sent
    after = p.end
    if p.trim == 0 and after < len(doc) and doc[after].lower_ in ("'s", "\u2019s", "'"):
        after += 1  # "Georgia's governor"
    nxt = _words(doc, after, after + 1)
    if nxt and nxt[0] in rule.get("followed_by", []):
        return True
    for phrase in rule.get("preceded_by", []):
        words = phrase.split()
        if _words(doc, p.start - len(words), p.start) == words:
            return True
    if rule.get("city_comma") and p.start >= 2 and doc[p.start - 1].text == ",":
        prev = doc[p.start - 2]
        if prev.pos_ == "PROPN" and prev.i not in covered and prev.lower_ not in rule.get("keep_before_comma", []):
            return True  # "Atlanta, Georgia"; "Seattle, Washington"
    if rule.get("name_neighbour"):
        before = doc[p.start - 1] if p.start > 0 else None
        nxt_tok = doc[p.end] if p.end < len(doc) and p.trim == 0 else None
        for t in (before, nxt_tok):
            if (t is not None and t.pos_ == "PROPN" and t.is_title and t.i not in covered
                    and t.ent_type_ not in ("DATE", "TIME", "GPE", "NORP", "ORG")):
                return True
    last = doc[p.end - 1]
    if rule.get("modifier_other") and last.dep_ in ("compound", "amod", "nmod") and last.head.i >= p.end:
        return True  # "the House bill", "House Republicans": what it names is another's
    if rule.get("name_before") and p.start > sent.start:
        t = doc[p.start - 1]
        if t.text[:1].isupper() and t.is_alpha and t.i not in covered and t.pos_ != "DET":
            return True  # "Chatham House", "Random House": the last word of another name
    words = {t.lower_ for t in sent}
    if (words | dateline_words) & set(rule.get("other_words", [])) and not words & set(rule.get("keep_words", [])):
        return True
    return False


def drop_misreadings(doc: Doc, pieces: list[Piece], dictionary: ActorDictionary,
                     dateline: tuple[int, str | None] | None = None) -> None:
    """Mark pieces that are not actors here (ambiguous names, name parts of other people).
    `dateline`: `setting.find_dateline`'s (where it ends, its country)."""
    covered = {i for p in pieces for i in range(p.start, p.end)}
    dateline_words = frozenset(t.lower_ for t in doc.char_span(0, dateline[0], alignment_mode="contract") or ()) if dateline else frozenset()
    owner = {i: p for p in pieces for i in range(p.start, p.end)}
    for p in pieces:
        if _stance(doc, p):
            p.dropped = True  # "anti-government protesters", "pro-Russian separatists": a stance
            continue
        if _namesake(doc, p, owner):
            p.dropped = True  # "St. Petersburg, Florida": a town in Florida
            continue
        if _in_town_name(doc, p, dictionary.attach["place_particles"]):
            p.dropped = True  # "Mocimboa da Praia", "Santiago de Compostela": another town's name
            continue
        if _names_a_thing(doc, p, owner, dictionary.attach.get("thing_heads", frozenset())):
            p.dropped = True  # "the Paris Agreement", "the Christchurch attack": a treaty, an incident
            continue
        if _region_in_name(doc, p, owner):
            p.dropped = True  # "the European Investment Bank", "the European Cup": a name's word
            continue
        if _names_a_club(doc, p, dictionary.attach["club_heads"]):
            p.dropped = True  # "Liverpool fans", "Marseille supporters": a football club's
            continue
        if _plays_a_game(doc, p, owner, dictionary.attach["game_words"]):
            p.dropped = True  # "Madrid won the league", "Moscow defeated Kazan in the final": a club
            continue
        if (p.entry is not None and p.entry.kind in _GEO and p.start > 0
                and doc[p.start - 1].lower_.rstrip(".") in dictionary.attach.get("honorifics", ())):
            p.dropped = True  # "Mr. Kano", "Ms. Lyon": a person's name
            continue
        if p.new_person or p.entry is None or p.entry.kind == "user_actor":
            continue
        if p.entry.kind == "org" and _glued_name(doc, p, owner):
            _as_unknown_group(doc, p, owner)  # "Kataib Hezbollah": another group, whose name ends in a known one
            continue
        if p.entry.follower and _owned(doc, p):
            p.dropped = True  # "supporters of Imran Khan", "Trump supporters": Khan's, Trump's side
            continue
        if p.entry.against and not _opposes(doc, p, owner) and not _silenced(doc, p, dictionary.attach["silenced_verbs"]):
            p.dropped = True  # "film critics", "critics said": no one named that they oppose
            continue
        rule = dictionary.ambiguous.get(p.key)
        if rule and p.entry.kind in (*_GEO, "org", "metonym") and other_sense(doc, p, rule, covered, dateline_words):
            other = next((e for e in p.entries if e.code == rule.get("instead")), None)
            if other is not None:
                p.entry = other  # "the RSF" in a story on Sudan: its Rapid Support Forces
            else:
                p.dropped = True
            continue
        if p.entry.kind in (*_GEO, "surname", "org"):
            ent = _person_ent(doc, p)
            if p.entry.kind == "org" and ent is not None and not _given_names(doc, ent, p, owner):
                ent = None  # a group's name is a surname only after given names ("Therese Wagner")
            if ent is not None:
                outside = [i for i in range(ent.start, ent.end) if not (p.start <= i < p.end)]
                if all(i in owner and owner[i].entry is not None and owner[i].entry.kind == "demonym"
                       for i in range(ent.start, ent.end)):
                    continue  # "Bosnian Serbs" mistaken for a name: a community of a country
                # "Michael Jordan", "Hunter Biden", "Richard Wagner": the rest of the name is nobody we know
                # ("Johnson Sakaja": the unknown rest may have been made a new person piece of its own);
                # a possessive "'s" the entity took in is no part of a name ("Sri Lanka's president")
                if any(i not in owner or owner[i].new_person or owner[i].cls == "GEO" for i in outside
                       if not (doc[i].is_punct or doc[i].tag_ == "POS")):
                    p.dropped = True
                    # names.namesakes: "Bill Johnson" is someone, with the title before the name
                    # ("Foreign Minister Michael Jordan")
                    p.extra["namesake"] = (ent.start, ent.end)


def _glued_name(doc: Doc, p: Piece, owner: dict[int, Piece]) -> int:
    """How many capitalised words no piece reads are glued before an organisation's name inside
    one name ("Kataib Hezbollah", an Iraqi militia, is not Lebanon's Hezbollah): proper nouns
    compounded onto it, of the tagger's same entity; 0 when none, or in a headline's title case.
    An acronym is no such word: "PMC Wagner" is Wagner, a private military company."""
    i = p.start
    while i > 0:
        t = doc[i - 1]
        if not (t.pos_ == "PROPN" and t.is_alpha and t.is_title and t.dep_ == "compound"
                and p.start <= t.head.i and t.whitespace_ and (i - 1 not in owner or owner[i - 1].new_person)):
            break
        i -= 1
    if i == p.start:
        return 0
    ent = next((e for e in doc.ents if e.start <= i and p.start < e.end), None)
    if ent is None or ent.label_ in ("NORP", "GPE", "LOC"):
        return 0
    words = [t for t in doc[p.start].sent if t.is_alpha and not t.is_stop]
    if sum(t.text[0].isupper() for t in words) > 0.6 * len(words):
        return 0  # "Israel Strikes Hamas Targets": a headline's capitals
    return p.start - i


def _as_unknown_group(doc: Doc, p: Piece, owner: dict[int, Piece]) -> None:
    """The whole glued name as a group the tables do not hold: the known name's role ("REB" of
    Hezbollah's LBNREBHEZ) and no country, which its sentence or story gives as for any bare role;
    with no role, no actor."""
    n = _glued_name(doc, p, owner)
    _, role = split_code(p.entry.code, frozenset())
    if role is None:
        p.dropped = True
        return
    p.start -= n
    p.key = doc[p.start:p.end].text
    p.entry = replace(p.entry, code=role, periods=(), name=doc[p.start:p.end].text)


def _names_a_thing(doc: Doc, p: Piece, owner: dict[int, Piece], heads: frozenset[str]) -> bool:
    """A city or capital compounded into a noun phrase that names a treaty, a meeting or an incident
    (attachment.yaml `thing_heads`): "the Paris Agreement", "the Minsk agreements", "the Doha
    talks", "the Boston Marathon bombing". Such a name says where the thing was signed, held or
    done, not who did it nor to whom. Not when a role or another actor stands between the place
    and the head ("the Kabul government talks" is the government's), nor for two places joined by
    a hyphen, which name the parties ("the Belgrade-Pristina talks")."""
    if p.new_person or p.entry is None or p.entry.kind not in ("capital", "province") or p.trim:
        return False
    tok = doc[p.end - 1]
    for hyphen, other in ((p.start - 1, p.start - 2), (p.end, p.end + 1)):
        if 0 <= other < len(doc) and doc[hyphen].text == "-" and other in owner:
            return False  # "the Belgrade-Pristina talks": the two sides
    while tok.dep_ in ("compound", "amod") and tok.head.i > tok.i:
        nxt = tok.head
        if any(i in owner and owner[i] is not p for i in range(tok.i + 1, nxt.i + 1)):
            return False  # "Brussels police", "the Kabul government": an actor of the place
        tok = nxt
    return tok.i >= p.end and tok.lower_ in heads


def _region_in_name(doc: Doc, p: Piece, owner: dict[int, Piece]) -> bool:
    """A region's adjective ("European", "Latin American") right before a capitalised word no
    table reads is a word of a name the tables lack ("the European Investment Bank", "the European
    Cup", "the European Medicines Agency"), not the region acting."""
    if p.new_person or p.entry is None or p.entry.kind != "region" or p.end >= len(doc):
        return False
    nxt = doc[p.end]
    return (norm(doc[p.start:p.end].text) != norm(p.entry.name) and p.end not in owner
            and nxt.is_alpha and nxt.text[:1].isupper() and nxt.pos_ in ("PROPN", "NOUN", "ADJ"))


def _names_a_club(doc: Doc, p: Piece, heads: frozenset[str]) -> bool:
    """A city or capital compounded into a noun for a sports club's people (attachment.yaml
    `club_heads`): "Liverpool fans", "Marseille supporters", "Barcelona players" name the club, not
    the place, whose government they are not. Not a country's name ("England fans")."""
    if p.new_person or p.entry is None or p.entry.kind not in ("capital", "province") or p.trim:
        return False
    tok = doc[p.end - 1]
    return tok.dep_ == "compound" and tok.head.i >= p.end and tok.head.lower_ in heads and tok.text[:1].isupper()


#: a game's score ("3-1", "24-17"), whole or split by the tokenizer ("3", "-", "1")
_SCORE = re.compile(r"\d{1,2}[-\u2013]\d{1,2}")
_MONTHS = frozenset(m.lower() for m in calendar.month_name[1:]) | frozenset(m.lower() for m in calendar.month_abbr[1:])
#: how a city acts or is acted on in a clause (not where it happens: "in Madrid")
_PLAYING_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})


def _plays_a_game(doc: Doc, p: Piece, owner: dict[int, Piece], words: frozenset[str]) -> bool:
    """A city or capital that is the subject or object of a clause, in a sentence holding a noun of
    a game's result or a competition (attachment.yaml `game_words`) or a score: a club, not its
    country's government ("Madrid won the league", "Madrid beat Barcelona 3-1"). A word inside
    another actor's name is none ("the Arab League"); a place where it happens stays a place, and
    so does a city acting on people or bodies, the subject or object of its verb ("Tehran banned
    women from the football match": the state)."""
    if p.new_person or p.entry is None or p.entry.kind not in ("capital", "province") or p.trim:
        return False
    tok = doc[p.end - 1]
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head  # "Madrid and Barcelona drew"
    if tok.dep_ not in _PLAYING_DEPS or not doc[p.start].text[:1].isupper():
        return False
    sent = doc[p.start].sent
    verb = tok.head
    for q in {id(x): x for x in owner.values()}.values():
        last = doc[q.end - 1]
        if (q is not p and not q.dropped and q.entry is not None and q.entry.kind not in _GEO
                and sent.start <= q.start < sent.end and last.head.i == verb.i and last.dep_ != "prep"):
            return False  # "Tehran banned women from the football match": the state acts on people
    for t in sent:
        if t.i in owner and owner[t.i] is not p:
            continue
        if (t.lower_ in words or t.lemma_.lower() in words) and t.pos_ not in ("VERB", "AUX") and t.dep_ != "amod":
            # a noun, or an adjective the parser left standing for one ("the hockey final"), not
            # "Washington could not match" nor "its final offer"
            return True
        if _SCORE.fullmatch(t.text) or (t.like_num and t.i + 2 < sent.end and doc[t.i + 1].text in ("-", "\u2013")
                                        and doc[t.i + 2].like_num and len(t.text) <= 2 and len(doc[t.i + 2].text) <= 2):
            end = t.i + (1 if _SCORE.fullmatch(t.text) else 3)
            if end >= len(doc) or doc[end].lower_.rstrip(".") not in _MONTHS:
                return True
    return False


def _owned(doc: Doc, p: Piece) -> bool:
    """Whether a follower agent names whom it follows: a possessive ("Khan's supporters", "his
    supporters"), a name before it ("Trump supporters") or an "of" phrase ("supporters of the
    opposition leader"). The act is then coded on the one followed, when an actor, as CAMEO codes
    it; "supporters of the bill" are nobody. "Opposition supporters" name no one: they are OPP."""
    head = doc[p.end - 1]
    return any(names_owner(c) or (c.dep_ == "prep" and c.lower_ == "of") for c in head.children)


def _opposes(doc: Doc, p: Piece, owner: dict[int, Piece]) -> bool:
    """Whether an agent named by whom it opposes (`against`: critics, opponents) names them: a
    possessive ("Bolsonaro's opponents", "his critics"), an actor before it ("Trump critics") or
    an "of" phrase ("critics of Modi"). They are then people of that one's country against it
    (OPP); "film critics" and a bare "critics said" are no actor."""
    head = doc[p.end - 1]
    return any(c.dep_ == "poss" or (c.dep_ == "compound" and c.i in owner and owner[c.i] is not p)
               or (c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" for g in c.children))
               for c in head.children)


def _silenced(doc: Doc, p: Piece, verbs: frozenset[str]) -> bool:
    """Whether an agent named by whom it opposes (critics, opponents) is what a state does one of
    `verbs` to (`silenced_verbs`: "jailed hundreds of critics", "critics were arrested"): they oppose
    that state, its opponents, though they name no one."""
    head = doc[p.end - 1]
    if any(c.dep_ == "compound" for c in head.children):
        return False  # "arrested two film critics": critics of a field, no one's opponents
    count = head.head.head
    if head.dep_ == "pobj" and head.head.lower_ == "of" and (count.like_num or count.ent_type_ == "CARDINAL"):
        head = head.head.head  # "hundreds of critics", "dozens of opponents"
    return head.dep_ in ("dobj", "nsubjpass") and head.head.pos_ == "VERB" and head.head.lemma_.lower() in verbs


def _stance(doc: Doc, p: Piece) -> bool:
    """Whether a piece is glued to "anti-" or "pro-": what the phrase's people are for or against
    ("anti-government protesters" are no government; "pro-Palestinian protesters in London" are
    of London's country, by the place or the article, not Palestinians)."""
    return (p.start >= 2 and doc[p.start - 1].text == "-" and doc[p.start - 2].lower_ in _STANCE_PREFIXES
            and doc[p.start - 2].idx + len(doc[p.start - 2].text) == doc[p.start - 1].idx)


def _namesake(doc: Doc, p: Piece, owner: dict[int, Piece]) -> bool:
    """A city or capital followed by the state or country it lies in, set off as an apposition
    ("Manchester, New Hampshire,"; "Paris, Texas"), where that is no country of the city's: a
    namesake town. Not when the next words are a clause ("Israel struck Gaza, Egypt said")."""
    if p.new_person or p.entry is None or p.entry.kind not in ("capital", "province") or p.trim:
        return False
    if p.end + 1 >= len(doc) or doc[p.end].text != ",":
        return False
    q = owner.get(p.end + 1)
    if q is None or q.start != p.end + 1 or q.new_person or q.entry is None or q.entry.kind not in ("country", "province"):
        return False
    last = doc[q.end - 1]
    if last.dep_ != "appos" or not p.start <= last.head.i < p.end:
        return False
    if q.end < len(doc) and doc[q.end].pos_ in ("VERB", "AUX"):
        return False
    return not {e.code for e in p.entries if e.kind in _GEO} & {e.code for e in q.entries if e.kind in _GEO}


def _in_town_name(doc: Doc, p: Piece, particles: frozenset[str]) -> bool:
    """A capital's name joined by a place particle to capitalised words before or after it
    ("Mocimboa da Praia", "Santiago de Compostela", "Santiago de Cuba"): part of another town's
    name, not the capital."""
    if p.new_person or p.entry is None or p.entry.kind != "capital" or p.trim:
        return False
    before = p.start >= 2 and doc[p.start - 1].text in particles and capitalised(doc[p.start - 2])
    after = p.end + 1 < len(doc) and doc[p.end].text in particles and capitalised(doc[p.end + 1])
    return before or after


def _given_names(doc: Doc, ent, p: Piece, owner: dict[int, Piece]) -> bool:
    """Whether the PERSON entity `ent` ends with piece `p` after given names: capitalised proper
    nouns no other piece holds ("[Therese Kayikwamba] Wagner"), not a tagger's misread clause
    ("Senate committee subpoenaed Meta")."""
    before = doc[ent.start:p.start]
    return (p.end == ent.end and len(before) > 0
            and all(t.pos_ == "PROPN" and t.is_title and (t.i not in owner or owner[t.i].new_person) for t in before))


def _person_ent(doc: Doc, p: Piece):
    """The PERSON entity around the piece's first token, found from the token's IOB tags.

    (Scanning `doc.ents` per piece made resolution quadratic in the article's length.)
    """
    if doc[p.start].ent_type_ != "PERSON":
        return None
    start = p.start
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = p.start + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def place_shared_names(
    doc: Doc, pieces: list[Piece], dictionary: ActorDictionary, on: date, dateline: tuple[int, str | None] | None,
) -> None:
    """A name several countries' institutions share (ambiguous.yaml `shared`: "Labour Party",
    "Democratic Party", "House of Representatives", "Foreign Office") is that of the country its
    own phrase names ("Nigeria's Labour Party", "the Democratic Party of Japan"), else of the
    article's dateline country ("ABUJA - The House of Representatives" -> NGALEG) unless its
    sentence named the table's country before it, else of its home country (setting.py) when the
    article names nothing of the table's country: the same role of that country. `dateline`:
    `setting.find_dateline`'s."""
    countries = set(dictionary.country_names)
    shared = [p for p in pieces if not p.new_person and p.entry is not None and p.entry.kind in ("org", "metonym")
              and (dictionary.ambiguous.get(p.key) or {}).get("shared")]
    if not shared:
        return
    ids = {id(p) for p in shared}
    named = [(p.start, c) for p in pieces if id(p) not in ids and (c := _piece_country(p, on, countries))]
    home = None if dateline and dateline[1] else article_home(named)
    for p in shared:
        country, role = split_code(p.entry.code_at(on), countries)
        if country is None or role is None:
            continue
        there = _own_country(doc, p, pieces)
        if there is None and dateline and dateline[1]:
            sent = doc[p.start].sent.start
            if not any(sent <= i < p.start and c == country for i, c in named):
                there = dateline[1]  # "KYIV - Trump's impeachment ... Democrats" keeps the US party
        elif there is None and not any(c == country for _, c in named):
            there = home
        states = (dictionary.ambiguous.get(p.key) or {}).get("shared_states")
        if there is not None and there != country and (not states or there in states):
            # a name only some states' institutions bear ("the House") stays the table's elsewhere
            p.entry = replace(p.entry, code=there + role, periods=())


def bureau_dateline(
    doc: Doc, pieces: list[Piece], dictionary: ActorDictionary, on: date, dateline: tuple[int, str | None] | None,
) -> tuple[int, str | None] | None:
    """`dateline` placed in the country its body is about when the dateline is only where the
    story was filed: the body never names the dateline's country (by place, demonym, person or
    institution) and names one other country at least `MIN_HOME` times and `LEAD` times as often
    as any other. Wires cover Syria from "BEIRUT", Yemen from "DUBAI", Afghanistan from
    "ISLAMABAD": "civilians" and "the army" there are not Lebanon's. A dateline whose country the
    body names, but far less than the two it is about, places nothing (its country None)."""
    if not dateline or dateline[1] is None:
        return dateline
    countries = set(dictionary.country_names)
    counts = Counter(c for p in pieces if not p.dropped and doc[p.start].idx >= dateline[0]
                     and (c := _piece_country(p, on, countries)) and c in countries)
    if not counts:
        return dateline
    (top, n), *rest = counts.most_common(2)
    if counts[dateline[1]]:
        # a third party's bureau: the story is about two others, each named `ABOUT_OTHERS` times as
        # often as the dateline's country ("ISTANBUL (Reuters) - Armenia and Azerbaijan ...", Turkey
        # named once as one who speaks): its bare "soldier", "foreign ministers" are not Turkey's
        if dateline[1] not in (top, rest[0][0] if rest else None) and rest and \
                min(n, rest[0][1]) >= max(MIN_HOME, ABOUT_OTHERS * counts[dateline[1]]):
            return dateline[0], None
        return dateline
    if n >= MIN_HOME and (not rest or n >= LEAD * rest[0][1]):
        return dateline[0], top
    return dateline


def _piece_country(p: Piece, on: date, countries: set[str]) -> str | None:
    """The country a piece names or belongs to at the date, for the article's home country."""
    if p.new_person or p.entry is None:
        return None
    e = p.entry
    if e.kind in ("country", "capital", "province", "demonym"):
        return e.code
    if e.kind in ("person", "surname") and e.person is not None:
        return e.person.code_at(on)[1]
    if e.kind in ("org", "metonym", "user_actor"):
        return code_country(e.code_at(on), countries)  # a named company places no story (setting.py)
    return None


def _own_country(doc: Doc, p: Piece, pieces: list[Piece]) -> str | None:
    """The country named in the shared name's own phrase: right before it ("Nigeria's Labour
    Party", "the Nigerian House of Representatives") or after "of" ("the Democratic Party of Japan")."""
    for q in pieces:
        if q is p or q.new_person or q.entry is None or q.entry.kind not in _GEO[:4]:
            continue
        gap = [t.lower_ for t in doc[q.end:p.start]] if 0 <= p.start - q.end <= 1 else None
        if gap is not None and (gap == [] or gap in (["'s"], ["\u2019s"], ["'"])):
            return q.entry.code
        after = [t.lower_ for t in doc[p.end:q.start]] if 0 <= q.start - p.end <= 2 else None
        if after in (["of"], ["of", "the"]):
            return q.entry.code
    return None
