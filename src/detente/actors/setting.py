"""The country in context: a bare role ("police", "the court", "protesters") takes the country the
article says it belongs to, when the evidence is clear.

Runs after `resolve_actors`, on its `Resolution`, whose mentions it recodes in place. A mention
whose code is a role alone (`COP`, `JUD`, `OPP`: the sentence named no country, see places.py)
is given, in this order:

1. the one country the earlier sentences of its paragraph name (by name, capital, province or an
   actor of that country, save a named company: Huawei's news is not China's; never as only where
   something goes: "sent a note to Washington"); its own sentence
   was read by places.py, whose rules (a destination, a later object, two countries) said it names
   none the role belongs to;
2. else, under a dateline whose country the body never names, the one country whose same role
   the article named in an earlier sentence, in the role's own phrase ("GENEVA - ... Myanmar's
   military ... The army": `_named_role`);
3. else the article's dateline ("NEW DELHI:", "HONG KONG (Reuters) -", "MANCHESTER, England
   (Reuters) -"), whose words are a place, never an actor of the first sentence (their mentions
   are dropped);
4. else the article's home: one country with at least `MIN_HOME` mentions (or `HOME_MENTIONS` in
   two sentences or more, no other country named as often) and at least `HOME_SHARE` of all
   country mentions.

Failing all four it stays bare: no country is guessed. People the article names who hold no
known office and carry no title become private individuals, the civilians (`CVL`) of that same
country, by the same rules. Such a mention is marked
`via="context"`, which the event confidence stage reads as weaker evidence than a named country.
Refugees (`REF`) keep no country: CAMEO codes them by origin, which the host country is not.
Nor do the officials of several states ("foreign ministers", "the ambassadors of the member
states": `Resolution.several`); in a story about one international body they act as that body.
International and transnational codes (IGO, a named NGO such as NGOAMN, ...) are never touched;
a bare `NGO` ("consumer advocates", "advocacy groups": agents.tsv) is a country's own civil
society and takes its country as the other roles do (USANGO).
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import replace
from itertools import takewhile

from spacy.tokens import Doc

from .coref import antecedents
from .dictionary import NON_COUNTRY, ROLES, ActorDictionary, split_code
from .places import STATE_STRIKERS, destination, strikes
from .tables import norm
from ..model import Actor, Span
from ..nlp.pipeline import text_of
from .types import Mention, Resolution

#: a town's own country word before its noun or after its name is read from these mentions
_COUNTRY_VIAS = frozenset({"name", "demonym", "metonym", "place"})
#: roles of a state acting as itself or by its forces, which act abroad too; the others (rebels,
#: protesters, police, civilians) named with their own country act at home
_STATE_ROLES = STATE_STRIKERS | {""}

#: how far before a town's noun its "the" may be (towns.py)
_MAX_MODIFIERS = 4
#: a country named this many times outweighs a dateline's (context.py) ...
MIN_HOME = 3
#: ... or this many, in two sentences or more, with no other country named as often (any article
#: with no dateline: a short story may name its country only twice, "Australia's Governor-General
#: ... Australian troops") ...
HOME_MENTIONS = 2
#: ... and this share of every country mention
HOME_SHARE = 0.5
#: roles that never take the context country
KEEP_BARE = frozenset({"REF", "IGO", "MNC", "UIS"})
_GEO_KINDS = ("country", "capital", "province", "city")
_SUB_KINDS = ("capital", "province", "city", "region")
# "NEW DELHI:", "HONG KONG (Reuters) -", "WASHINGTON, Nov 18 (Reuters) —", "Kabul, Afghanistan —"
_DATELINE = re.compile(r"\A\s*([A-Z][A-Za-z .'\u2019-]{1,40}?)\s*(?:,([^:\n—–(]{1,40}))?\s*(?:\([^)\n]{1,40}\))?\s*[:—–-]\s")
# the words of a date after a dateline's comma ("Nov 3", "Sept. 5", "Tuesday")
_DATE_WORDS = tuple(n.lower() for n in (*calendar.month_name[1:], *calendar.day_name))
#: a body whose capitalised name alone, with no country in its phrase or context, is one country's
#: in English news: "Congress" unqualified is the U.S. Congress (Peru's, Brazil's or the Philippine
#: Congress carry their country in the phrase or the story; the Indian National Congress is a party)
_UNQUALIFIED_BODIES = {("Congress", "LEG"): "USA"}
#: the states whose legislature English news calls "Congress": in a story about any other ("Israel
#: launched strikes ... Congress criticized the Israeli government") the unqualified name is still
#: the U.S. Congress, not the Knesset; in Indian and Nepali stories "Congress" is a party of theirs
CONGRESS_STATES = frozenset({"USA", "PHL", "MEX", "BRA", "ARG", "CHL", "COL", "PER", "GTM", "HND",
                             "PRY", "DOM", "ESP", "FSM", "IND", "NPL"})


def place_in_context(
    doc: Doc, res: Resolution, dictionary: ActorDictionary, dateline: tuple[int, str | None] | None,
    towns: list[tuple[int, int, int]] = (),
) -> Resolution:
    """`res` with bare-role mentions given the country their paragraph or article is about;
    `dateline` is `find_dateline`'s (where it ends, its country), or None; `towns` the town names
    `towns.town_names` found (none of them a person)."""
    countries = set(dictionary.country_names)
    if dateline:
        # "HANOI, Vietnam (AP) —": where the story was filed, not an actor of its first sentence
        res.mentions = [m for m in res.mentions if m.start >= dateline[0]]
        res.index()
    _owned_by_place(doc, res, dictionary, dateline)  # "Floods hit Chennai ... The city's police": IND's
    # "the two countries" repeats the countries named before it (plural.py): it places nothing
    found = [(m, c) for m in res.mentions if m.via != "plural" and (c := code_country(m.code, countries))]
    named = [(m.start, c) for m, c in found]
    home = (dateline and dateline[1]) or article_home(named, [s.start_char for s in doc.sents])
    paragraphs = _paragraph_starts(text_of(doc))
    # where something is sent ("sent a note to Washington", "flew to Kenya") is not what its
    # paragraph is about: it places none of the paragraph's later roles (places.py, for a sentence)
    here = [(m.start, c) for m, c in found if not destination(doc, m.tok_start, m.tok_end)]
    res.setting = (home, here, paragraphs)
    # "the town of Kitengela": the tagger's person is a town (towns.py, `place_towns`)
    in_towns = {i for start, end, _ in towns for i in range(start, end)}
    _private_people(doc, res, here, paragraphs, home, dictionary.attach["not_people"], dateline[0] if dateline else 0, in_towns)
    foreign = dictionary.attach["foreign_words"]
    _several_of_one_body(doc, res, paragraphs, countries, foreign)
    bare = [m for m in res.mentions if _bare_role(m.code, countries) and (m.tok_start, m.tok_end) not in res.several
            and not foreign_role(doc, m.tok_start, m.tok_end, foreign)]
    if not bare:
        return res.index()
    # a dateline whose country the body never names is only where the story was filed ("GENEVA -"
    # on Myanmar): a role named before with its country outweighs it
    bureau = bool(dateline and dateline[1]) and all(c != dateline[1] for _, c in named)
    new_codes: Counter = Counter()
    people: dict[int, str] = {}  # a person's country, from where the article first names them
    for m in bare:
        person = m.actor >= 0 and res.actors[m.actor].kind == "person"
        # "Foreign Minister Bill Johnson criticised Rwanda. Johnson said ...": one person, one country
        country = (people.get(m.actor) if person else None) or _paragraph_country(m, doc, here, paragraphs) or (
            bureau and _named_role(doc, m, res, countries)) or home
        own = unqualified_body(doc, m.tok_start, m.tok_end, m.code)
        if own is not None and (country is None or (own == "USA" and country not in CONGRESS_STATES)):
            country = own
        if country is None:
            continue
        m.code = country + m.code
        m.via = "context"
        new_codes[(m.actor, m.code)] += 1
        if person:
            people.setdefault(m.actor, country)
    for (actor, code), _ in new_codes.most_common():
        a = res.actors[actor]
        if _bare_role(a.code, countries):  # the actor takes its most frequent new code
            res.actors[actor] = replace(a, code=code, country=code[:3], role=code[3:6] or a.role)
    return res.index()


def _named_role(doc: Doc, m: Mention, res: Resolution, countries: set[str]) -> str | None:
    """The one country whose same role the article named, in that role's own phrase, in a sentence
    before the bare role's: "GENEVA - The UN accused Myanmar's military of war crimes. || The army
    has killed 2,000 civilians": Myanmar's army, not Switzerland's. With two such countries
    ("Russian troops ... Ukrainian troops ... the army") none. A title ("the president") is left
    to the dateline: a minister named before meets another state's president."""
    if res.actors[m.actor].kind == "person":
        return None
    sent = doc[m.tok_start].sent.start
    found = {c for n in res.mentions if n.tok_start < sent and n.via not in ("context", "plural")
             and len(n.code) == 6 and n.code[3:] == m.code and (c := n.code[:3]) in countries}
    return found.pop() if len(found) == 1 else None


def _owned_by_place(doc: Doc, res: Resolution, dictionary: ActorDictionary, dateline) -> None:
    """A role owned by a place word ("the city's police", "the province's governor") belongs to the
    city or province the article named last before it, else (a city) to the dateline's: "Floods hit
    Chennai ... The city's police arrested two Sri Lankan fishermen" is India's police, though its
    own sentence names Sri Lanka. Only a role in lower-case words is recoded, never a name."""
    countries = set(dictionary.country_names)
    owners = dictionary.attach["city_owners"] | dictionary.attach["province_owners"]
    # the cities and provinces named (the tables hold many cities as provinces: one list for both)
    # ("Beijing said" is its government, "in Caracas" the city; a city-state is both: "Hong Kong")
    city_states = {c.upper() for c in dictionary.attach["city_states"]}
    places = [(m.start, c) for m in res.mentions if (c := code_country(m.code, countries)) and (
              (m.via == "place" or (m.via == "metonym" and doc[m.tok_end - 1].dep_ == "pobj"))
              and any(e.kind in _SUB_KINDS for e in dictionary.lookup(norm(m.text)))
              or m.via == "name" and m.code in city_states)]
    for m in res.mentions:
        t = m.tok_start
        if (t < 3 or doc[t - 1].lower_ not in ("'s", "\u2019s") or doc[t - 2].lower_ not in owners
                or doc[t - 3].lower_ not in ("the", "this")):
            continue
        if any(not tok.is_lower for tok in doc[t:m.tok_end] if tok.is_alpha):
            continue  # "the city's Chinese community": a name, not a role
        country, role = split_code(m.code, countries)
        if role is None or m.code[:3] in KEEP_BARE:
            continue
        found = next((c for pos, c in reversed(places) if pos < m.start), None)
        if found is None and doc[t - 2].lower_ in dictionary.attach["city_owners"] and dateline and dateline[1]:
            found = dateline[1]
        if found is None or found == country:
            continue
        old, m.code = m.code, found + role  # its own phrase names its owner: it keeps its `agent` via
        a = res.actors[m.actor]
        if a.code == old:
            res.actors[m.actor] = replace(a, code=m.code, country=found, role=role)


def _several_of_one_body(doc: Doc, res: Resolution, paragraphs: list[int], countries,
                         foreign: frozenset[str] = frozenset()) -> None:
    """The officials of several states (`Resolution.several`: "foreign ministers", "the
    ambassadors of the 27 member states") in a story about one international body act as that
    body: the one their paragraph names before them (in their own sentence too), else the one the
    article names before them ("The EU imposed sanctions on Belarus ... Foreign ministers also agreed to ...":
    the EU's). With none, or two, they keep their bare role; so do those a modifier calls outsiders
    (`foreign_role`: "accused Western governments of meddling" names no EU)."""
    bodies = [(m.start, res.actors[m.actor].code) for m in res.mentions if m.actor >= 0
              and res.actors[m.actor].kind == "organisation" and res.actors[m.actor].code.startswith("IGO")
              and m.code == res.actors[m.actor].code]
    for m in res.mentions:
        if (m.tok_start, m.tok_end) not in res.several or not _bare_role(m.code, countries):
            continue
        if foreign_role(doc, m.tok_start, m.tok_end, foreign):
            continue
        lo = _paragraph_start(m.start, paragraphs)
        near = {code for pos, code in bodies if lo <= pos < m.start}
        before = {code for pos, code in bodies if pos < m.start}
        found = near if near else before
        if len(found) == 1:
            m.code = found.pop() + m.code
            m.via = "context"


def _private_people(doc: Doc, res: Resolution, named, paragraphs, home: str | None, not_people: frozenset[str],
                    body: int = 0, towns: frozenset[int] | set[int] = frozenset()) -> None:
    """People the article names who hold no office the dictionary knows and carry no title
    ("Michael Webb, 51", "Patrick Carlineo Jr."): private individuals, CAMEO's civilians
    (`CVL`) of the country their paragraph or article is about. With no clear country, none.
    Nothing before `body` (where the dateline ends) is a person: the tagger reads a capital in
    capitals as one ("KHARTOUM (Reuters) -", "DOHA (Reuters) -"), nor a name of `towns` (its
    tokens: "the town of Kitengela")."""
    covered = {i for m in res.mentions for i in range(m.tok_start, m.tok_end)}
    covered.update(t.i for t in takewhile(lambda t: t.idx < body, doc))  # tokens come in text order
    covered.update(towns)
    index: dict[str, int] = {}
    for ent in doc.ents:
        if ent.label_ != "PERSON" or any(i in covered for i in range(ent.start, ent.end)) or len(ent.text) < 3:
            continue
        if ent.text.lower() in not_people:
            continue  # "Twitter pledged ...": the tagger's person is a platform
        if _named_body(ent):
            continue  # "The Tigray People's Liberation Front": the tagger's person is a body
        probe = Mention(ent.text, ent.start_char, ent.end_char, ent.start, ent.end, -1, "", "context")
        country = _paragraph_country(probe, doc, named, paragraphs) or home
        if country is None:
            continue
        key = ent.text.split()[-1].lower()  # "Michael Webb", then "Webb": one person
        if key not in index:
            res.actors.append(Actor(code=country + "CVL", name=ent.text, country=country, role="CVL", kind="person"))
            index[key] = len(res.actors) - 1
        _add(res, index[key], ent.text, ent.start_char, ent.end_char, ent.start, ent.end, covered)
    if not index:
        return  # no private person: no surname or pronoun of one to look for
    for tok in doc:  # the surname alone where the tagger saw no person ("Webb denied the charges")
        a = index.get(tok.lower_)
        if a is not None and tok.i not in covered and tok.pos_ == "PROPN" and tok.is_title:
            _add(res, a, tok.text, tok.idx, tok.idx + len(tok.text), tok.i, tok.i + 1, covered)
    # "Webb ... he was arrested": their pronouns, by the rules of coref.py
    private = set(index.values())
    people = [m for m in res.mentions if m.actor in private or res.actors[m.actor].kind == "person"]
    for tok, m in list(antecedents(doc, people, covered)):
        if m.actor in private:
            _add(res, m.actor, tok.text, tok.idx, tok.idx + len(tok.text), tok.i, tok.i + 1, covered)


def _named_body(ent) -> bool:
    """A name the tagger took for a person that is a body's: one that opens with "the" or holds a
    possessive ("The Tigray People's Liberation Front", "the Oromo Liberation Army", "People's
    Democratic Party"). A person's name does neither ("Michael Webb", "Patrick Carlineo Jr.")."""
    return ent[0].lower_ == "the" or any(t.lower_ in ("'s", "\u2019s") for t in ent[:-1])


def _add(res: Resolution, a: int, text: str, start: int, end: int, tok_start: int, tok_end: int, covered: set[int]) -> None:
    res.mentions.append(Mention(text, start, end, tok_start, tok_end, a, res.actors[a].code, "context"))
    res.actors[a].mentions.append(Span(text, start, end))
    covered.update(range(tok_start, tok_end))


def unqualified_body(doc: Doc, start: int, end: int, code: str) -> str | None:
    """The country of a body named by its capitalised name alone ("Congress", "the Congress"):
    `_UNQUALIFIED_BODIES`; none for any other words ("a congress", "party congress")."""
    words = [t.text for t in doc[start:end] if t.lower_ not in ("the", "this")]
    return _UNQUALIFIED_BODIES.get((words[0], code)) if len(words) == 1 else None


def foreign_role(doc: Doc, start: int, end: int, foreign_words: frozenset[str]) -> bool:
    """True when a modifier outside the role's words (tokens `start`..`end`) says it is not of the
    country around it: "foreign journalists", "Western companies", "overseas investors"
    (`foreign_words`); "the foreign ministry", a name of its own, is not such a role."""
    return any(c.lower_ in foreign_words and c.dep_ in ("amod", "compound", "nmod") and not start <= c.i < end
               for c in doc[end - 1].children)


def _bare_role(code: str, countries: set[str]) -> bool:
    return len(code) == 3 and code in ROLES and code not in countries and code not in KEEP_BARE


def code_country(code: str, countries: set[str]) -> str | None:
    """The country an actor code places a story in: none for a transnational code or a named company."""
    if not code or code[:3] in NON_COUNTRY:
        return None
    country, role = split_code(code, countries)
    if role == "BUS" and len(code) > 6:
        return None  # a named company ("Huawei", CHNBUSHUA) does business everywhere: it places no story
    return country if country in countries else None


def article_home(named: list[tuple[int, str]], sentences: list[int] | None = None) -> str | None:
    """The article's home: the one country of (position, country) mentions with at least
    `MIN_HOME` of them and `HOME_SHARE` of all. Given `sentences` (the sorted start positions of
    the sentences), `HOME_MENTIONS` in two sentences or more suffice when no other country is
    named as often ("Chile's farmers ... Growers across Chile"; not "Ruto met Museveni of
    Uganda", one sentence)."""
    counts = Counter(c for _, c in named)
    if not counts:
        return None
    (code, n), *rest = counts.most_common(2)
    if n < HOME_SHARE * sum(counts.values()):
        return None
    if n >= MIN_HOME:
        return code
    if sentences is None or n < HOME_MENTIONS or (rest and rest[0][1] == n):
        return None  # "Kenya ... Uganda ... Kenya and Uganda": so few, a tie names no home
    return code if len({bisect_right(sentences, pos) for pos, c in named if c == code}) >= 2 else None


def dateline_country(text: str, dictionary: ActorDictionary) -> str | None:
    """The country of an article's dateline place, if it opens with one."""
    found = find_dateline(text, dictionary)
    return found[1] if found else None


def find_dateline(text: str, dictionary: ActorDictionary) -> tuple[int, str | None] | None:
    """(where the dateline ends, its country) when the article opens with a known place, or with
    a place in capitals and the known region or country it lies in ("SALFORD, England").

    What follows the place's comma, unless a date, says where the place is ("MANCHESTER,
    England", "HYDERABAD, Pakistan") and outweighs the place's own name: "PARIS, Texas" is
    American, and "ATHENS, Ga." or "MANCHESTER, N.H." a town of no country we know. A name several
    countries share ("HYDERABAD") gives none by itself, nor does a place in capitals we do not
    know before a wire's credit ("PERTH (AAP) -": the credit is no actor, Australian Associated
    Press no Aam Aadmi Party)."""
    hit = _DATELINE.match(text[:120])
    if not hit:
        return None
    place = hit.group(1).strip()
    if not any(c.isupper() for c in place[1:]) and " " in place:
        return None  # "The president said - ...": a sentence, not a dateline
    where = (hit.group(2) or "").split(",")[0].strip()
    if _is_date(where):
        where = ""
    whole = _place_codes(f"{place}, {where}", dictionary) if where else None  # "WASHINGTON, D.C."
    own = _place_codes(place, dictionary)
    region = _place_codes(where, dictionary) if where else None
    if whole is not None:
        codes = whole
    elif own is None and place.isupper() and not where and "(" in hit.group(0):
        return hit.end(), None  # "PERTH (AAP) -", "LUCKNOW (PTI) -": a wire's credit, a place we do not know
    elif own is None and not (place.isupper() and region):
        return None  # no place we know: perhaps no dateline at all
    else:
        codes = (region or set()) if where else own  # "PARIS, Texas": where it lies outweighs its name
    return hit.end(), (next(iter(codes)) if len(codes) == 1 else None)


def dateline_place(text: str) -> str | None:
    """The place words of an article's dateline ("SAN JOSE" of "SAN JOSE, California (Reuters) -"),
    in their lookup form; None without one."""
    hit = _DATELINE.match(text[:120])
    return norm(hit.group(1)) if hit else None


def _place_codes(name: str, dictionary: ActorDictionary) -> set[str] | None:
    """The countries a place name may be in; None when it is no place."""
    codes = {e.code for e in dictionary.lookup(norm(name)) if e.kind in _GEO_KINDS}
    return {c for c in codes if c in dictionary.country_names} if codes else None


def _is_date(words: str) -> bool:
    """"Nov 3", "Sept. 5", "Tuesday": a date, not the region of a dateline's place."""
    first = words.split()[0].strip(".").lower() if words.strip() else ""
    return any(c.isdigit() for c in words) or (len(first) >= 3 and any(n.startswith(first) for n in _DATE_WORDS))


def _paragraph_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer(r"\n\s*\n|\n", text)]


def _paragraph_start(pos: int, starts: list[int]) -> int:
    """Where the paragraph holding character `pos` begins (`starts` are sorted, the first is 0)."""
    return starts[bisect_right(starts, pos) - 1]


def country_in_context(doc: Doc, res: Resolution, token_i: int) -> str | None:
    """The country a bare role at token `token_i` would take from its context (`place_in_context`'s
    rules 1, 3 and 4: its paragraph's earlier sentences, else the dateline, else the article's home), for
    a side the sentence leaves unsaid: "BEIJING - Banning most rallies has not stopped the protests"
    (China's government bans them). None when no one country is clear, or before `place_in_context`."""
    if res.setting is None:
        return None
    home, named, paragraphs = res.setting
    return _paragraph_country_at(doc[token_i].idx, doc[token_i].sent.start_char, named, paragraphs) or home


def _paragraph_country(m: Mention, doc: Doc, named: list[tuple[int, str]], starts: list[int]) -> str | None:
    """The one country the earlier sentences of the mention's paragraph name."""
    return _paragraph_country_at(m.start, doc[m.tok_start].sent.start_char, named, starts)


def _paragraph_country_at(start: int, sent_start: int, named: list[tuple[int, str]], starts: list[int]) -> str | None:
    """The one country the sentences of a paragraph name before `sent_start` (the paragraph is the
    one holding character `start`)."""
    lo = _paragraph_start(start, starts)
    found = {c for pos, c in named if lo <= pos < sent_start}
    return found.pop() if len(found) == 1 else None


def place_towns(doc: Doc, res: Resolution, dictionary: ActorDictionary, towns: list[tuple[int, int, int]]) -> Resolution:
    """`res` with a place mention for each of the `towns` (`towns.town_names`) that no mention
    covers, in the country its phrase or its context gives (towns.py); run after `place_in_context`."""
    if res.setting is None:
        return res
    countries = set(dictionary.country_names)
    home, named, paragraphs = res.setting
    covered = {i for m in res.mentions for i in range(m.tok_start, m.tok_end)}
    added = False
    for start, end, noun in towns:
        if any(i in covered for i in range(start, end)):
            continue  # a place we know ("the town of Goma"), or another actor
        country = _phrase_country(doc, res, start, end, noun, countries)
        if country is None:
            para = _paragraph_country_at(doc[noun].idx, doc[noun].sent.start_char, named, paragraphs)
            country = para or home
            if country is None or _other_country(doc, res, noun, country, countries):
                continue
        added = True
        _add_place(doc, res, start, end, country, dictionary)
        covered.update(range(start, end))
        _town_victims(doc, res, noun, country, countries, dictionary)
    return res.index() if added else res


def _town_victims(doc: Doc, res: Resolution, noun: int, country: str, countries: set[str],
                  dictionary: ActorDictionary) -> None:
    """The bare civilians a state's strike on a town of another country kills are the town's
    country's, not the strikers': "KYIV - Russian forces shelled the village of X, killing two
    civilians" (UKRCVL, not RUSCVL), "Russia carried out strikes on the town of X, killing two
    people". The strike is a `hostile_verbs` verb or one whose object is a `weapon_heads` noun;
    its subject a state or its forces; the civilians those the sentence gave the strikers' country."""
    words = dictionary.attach
    verb = next((a for a in doc[noun].ancestors if a.pos_ == "VERB"), None)
    if verb is None or not strikes(verb, words["hostile_verbs"], words["weapon_heads"]):
        return
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    doer = res.mention_at(subj.i) if subj is not None else None
    if doer is None:
        return
    striker, role = split_code(doer.code, countries)
    if striker is None or striker == country or (role or "") not in _STATE_ROLES:
        return
    for m in res.mentions:
        if m.code == striker + "CVL" and m.via in ("agent", "context") and m.tok_start > noun \
                and verb.left_edge.i <= m.tok_start <= verb.right_edge.i:
            code = country + "CVL"
            actor = next((i for i, a in enumerate(res.actors) if a.code == code), None)
            if actor is None:
                res.actors.append(Actor(code=code, name=f"{dictionary.country_names.get(country, country)} civilians",
                                        country=country, role="CVL", kind="group"))
                actor = len(res.actors) - 1
            old = res.actors[m.actor]
            old.mentions[:] = [x for x in old.mentions if (x.start, x.end) != (m.start, m.end)]
            res.actors[actor].mentions.append(Span(m.text, m.start, m.end))
            res.actors[actor].mentions.sort(key=lambda x: x.start)
            m.actor, m.code = actor, code


def _phrase_country(doc: Doc, res: Resolution, start: int, end: int, noun: int, countries: set[str]) -> str | None:
    """The one country the town's own phrase names: before its noun ("the Syrian town of",
    "Lebanon's village of"), after a comma ("Saraqeb, Syria") or "in" ("... in southern Lebanon")."""
    first = noun if noun < start else start  # the noun of "the town of X"; the name of "X district"
    lo = first
    while lo > 0 and doc[lo - 1].lower_ != "the" and first - lo < _MAX_MODIFIERS + 2 \
            and doc[lo - 1].text not in (",", ".", ";", ":"):
        lo -= 1
    spots = list(range(lo, first))
    after = noun + 1 if noun >= end else end
    if after < len(doc) and doc[after].text == ",":
        spots.append(after + 1)
    elif after < len(doc) and doc[after].lower_ in ("in", "inside"):
        j = after + 1
        while j < len(doc) and j < after + 4 and doc[j].pos_ in ("DET", "ADJ") and res.mention_at(j) is None:
            j += 1
        spots.append(j)
    found = set()
    for i in spots:
        m = res.mention_at(i)
        if m is not None and m.via in _COUNTRY_VIAS and m.code in countries:
            found.add(m.code)
    return found.pop() if len(found) == 1 else None


def _other_country(doc: Doc, res: Resolution, noun: int, country: str, countries: set[str]) -> bool:
    """The town's sentence names another country by name or capital, save as the subject of the
    verb the town hangs on ("KYIV - Russia struck the town of X" places it), or the context
    country's own state or forces by their country as that subject ("MOSCOW - Russian forces
    captured the village of X", "Israel struck the town of X"): the town may lie elsewhere. "KYIV
    - Ukraine said Russian drones struck the town of X" places it."""
    sent = doc[noun].sent
    verb = next((a for a in doc[noun].ancestors if a.pos_ in ("VERB", "AUX")), None)
    for m in res.mentions:
        if not sent.start <= m.tok_start < sent.end:
            continue
        own = code_country(m.code, countries)
        if own is None:
            continue
        root = doc[m.tok_start:m.tok_end].root
        doer = verb is not None and root.dep_ == "nsubj" and root.head.i == verb.i
        if own != country and m.via in ("name", "metonym", "place") and m.code in countries and not doer:
            return True  # "KYIV - Russia struck the town of X": the doer strikes the context's land
        role = split_code(m.code, countries)[1] or ""
        if own != country and role not in _STATE_ROLES and _named_own(doc[m.tok_start:m.tok_end]):
            return True  # "WASHINGTON - M23 rebels captured the town of X": rebels fight at home
        if own == country and m.via != "context" and role in _STATE_ROLES and verb is not None \
                and root.dep_ in ("nsubj", "nsubjpass") and root.head.i == verb.i:
            return True
    return False


def _named_own(span) -> bool:
    """The mention's own words name it or its country ("M23 rebels", "Syrian rebels", "Al Shabaab
    fighters"), so its country is its own, not its sentence's ("civilians", "protesters")."""
    return any(t.tag_ in ("NNP", "NNPS") or (t.tag_ == "JJ" and t.text[:1].isupper()) for t in span)


def _add_place(doc: Doc, res: Resolution, start: int, end: int, country: str, dictionary: ActorDictionary) -> None:
    """A place mention of `country` on tokens [start, end), on that country's actor (a new one if
    the article names it nowhere else)."""
    actor = next((i for i, a in enumerate(res.actors) if a.code == country and a.kind == "country"), None)
    if actor is None:
        res.actors.append(Actor(code=country, name=dictionary.country_names.get(country, country),
                                country=country, role=None, kind="country"))
        actor = len(res.actors) - 1
    span = doc[start:end]
    m = Mention(span.text, span.start_char, span.end_char, start, end, actor, country, "place")
    res.mentions.append(m)
    res.actors[actor].mentions.append(Span(m.text, m.start, m.end))
    res.actors[actor].mentions.sort(key=lambda s: s.start)
