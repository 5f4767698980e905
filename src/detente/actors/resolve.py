"""resolve_actors: who is who in a parsed article, as CAMEO actor codes at the article's date.

Steps: find dictionary phrases (match.py), party and company names by their form (parties.py,
companies.py) and unknown
PERSON entities; settle what depends on the date or the article (a city of a state that did not
exist yet, a province several countries share, a dateline that names no one country); drop
misreadings, and give a name several countries' institutions share the country its phrase or
article names (context.py); read namesakes ("Bill Johnson", names.py) and the initials of bodies
named in full before ("the PUC", initials.py); join adjacent pieces into noun-phrase groups ("Chinese" +
"President" + "Xi Jinping", grouping.py) and share roles and countries over coordinations
("Danish media and government"); give each group a code from its country, role and person at
the date (builder.py); then bare agents whose owner the clause names (attach.py), appositions,
later surnames and pronouns (coref.py), definite descriptions (describe.py) and definite plurals
("the two leaders", "both sides": the actors named just before, plural.py); then bare roles
take the country their paragraph or article is about (setting.py); last, the private individuals
the article has arrested, charged or tried are its suspects (suspects.py).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from spacy.tokens import Doc

from . import describe, names, people, plural
from .builder import Builder, name_end
from .context import bureau_dateline, drop_misreadings, place_shared_names
from .coref import resolve_appositions, resolve_clause_pronouns, resolve_object_pronouns, resolve_pronouns, resolve_subject_pronouns, resolve_told_possessives
from .dictionary import ActorDictionary
from .grouping import ARMED_MEN, group_pieces, share_over_coordination
from .handles import link_handles
from .initials import place_initials, read_initials
from .match import Piece, find_pieces
from .bodies import find_bodies
from .companies import find_companies, find_described_companies, join_company_nouns, take_apposed_codes
from .parties import find_parties
from .places import find_places
from .setting import dateline_place, find_dateline, place_in_context, place_towns
from .towns import town_names
from .tables import norm
from .suspects import mark_suspects
from .types import Resolution
from ..nlp.dates import reference_date
from ..nlp.pipeline import text_of

def resolve_actors(doc: Doc, on: date | None = None, dictionary: ActorDictionary | None = None) -> Resolution:
    """Resolve the actors of a parsed document at a date; None: the day it speaks from
    (`nlp.dates.reference_date`: the latest day it states, else today). Pure: reads `doc` only."""
    dictionary = dictionary or ActorDictionary.load()
    on = on or reference_date(doc, None)[0]
    pieces = [p for p in find_pieces(doc, dictionary)]
    _date_places(pieces, on, dictionary)
    dateline = find_dateline(text_of(doc), dictionary)  # (where it ends, its country), or None
    dateline = bureau_dateline(doc, pieces, dictionary, on, dateline)  # "BEIRUT (Reuters) - Syrian jets ...": no Lebanon
    _unplaced_dateline(doc, pieces, dateline)
    _dateline_namesakes(doc, pieces, dateline, dictionary)
    _choose_provinces(doc, pieces)
    names.drop_hyphen_parts(doc, pieces)  # "Ortega" of "Ortega-Valdivia": let the whole name be found
    pieces += find_parties(doc, pieces, dictionary)  # "Socialist Party leader", "Democratic leader"
    pieces += find_companies(doc, pieces, dictionary)  # "Barclays plc", "Vale SA"
    pieces += find_bodies(doc, pieces, dictionary)  # "the Nigerian Bar Association", "the Center for Responsible Lending"
    pieces += find_described_companies(doc, pieces, dictionary)  # "PG&E, the utility": PG&E is a firm
    pieces = [p for p in pieces if not p.dropped]
    pieces += _unknown_people(doc, pieces)
    pieces.sort(key=lambda p: p.start)
    names.join_particles(doc, pieces, dictionary.attach["name_particles"])  # "Abdulaziz bin Salman"
    drop_misreadings(doc, pieces, dictionary, dateline)  # "ATLANTA (AP) - Georgia's ...": the state
    pieces += names.namesakes(doc, pieces)  # "Bill Johnson ... Johnson said": not Boris Johnson
    pieces += read_initials(doc, pieces)  # "the California Public Utilities Commission ... the PUC"
    pieces.sort(key=lambda p: p.start)
    pieces = [p for p in pieces if not p.dropped]
    place_shared_names(doc, pieces, dictionary, on, dateline)  # "LAGOS - Nigeria's Labour Party": NGAPTY
    groups = group_pieces(doc, pieces, words=dictionary.attach)
    share_over_coordination(doc, groups)
    place_initials(groups)  # "the Election Commission of Pakistan (ECP) ... the ECP": PAK's
    plurals = plural.find_phrases(doc, groups)  # "the two leaders": read once the earlier actors are known
    waiting = plural.held(plurals, groups)
    builder = Builder(doc, on, dictionary)
    builder.places = find_places(doc, groups, words=dictionary.attach)
    builder.places.dateline = dateline[1] if dateline else None
    builder.places.dateline_end = dateline[0] if dateline else 0
    builder.geo_pieces = [p for p in pieces if not p.new_person and p.cls == "GEO"]
    builder.org_pieces = [p for p in pieces if not p.new_person and p.entry.kind in ("org", "user_actor")
                          and p.entry.code_at(builder.on).startswith("IGO")]
    for g in groups:
        if not any(g is w for w in waiting):
            builder.resolve(g)
    builder.run_deferred(1)  # bare agents, once every named actor of the sentence is known
    resolve_appositions(doc, builder)
    people.later_surnames(builder)
    resolve_pronouns(doc, builder)
    resolve_told_possessives(doc, builder)  # "said the army had bombed its positions", "said their talks with the US ...": the teller's
    builder.run_deferred(2)  # "his government", and rebels fighting it
    describe.resolve_descriptions(doc, builder)  # "the agency": the organisation named last
    plural.resolve_plurals(doc, builder, plurals, waiting)  # "both sides": the two actors named just before
    plural.resolve_including(doc, builder)  # "Western countries, including Britain and Brazil": those two
    plural.resolve_their_roles(doc, builder)  # "India and China ... their foreign ministers": each one's
    resolve_subject_pronouns(doc, builder)  # "China rejected the report. It also criticised Britain": China
    resolve_clause_pronouns(doc, builder)  # "When residents marched to the campus, they faced tear gas": the residents
    resolve_object_pronouns(doc, builder)  # "Protesters marched on Sunday. Police arrested dozens of them": the protesters
    towns = town_names(doc, dictionary.attach)  # "the town of Walikale", "Sisaket province"
    res = place_in_context(doc, builder.finish(), dictionary, dateline, towns)  # "police" in a Hong Kong story: HKGCOP
    res = place_towns(doc, res, dictionary, towns)  # "GOMA - M23 rebels captured the town of Walikale": COD's
    take_apposed_codes(doc, res, set(dictionary.country_names), dictionary.attach)  # "WeWork, the office-sharing company": its code
    join_company_nouns(doc, res, set(dictionary.country_names), dictionary.attach)  # "MOSCOW - The tech company Apple": Apple's
    _set_apart(doc, res, dictionary.attach["other_words"])  # "a senator accused another senator": two
    _set_ruling_apart(doc, res, dictionary.attach["ruling_words"])  # "Odinga accused the ruling party": two
    _party_states(doc, res, dictionary.attach["party_states"])  # "BEIJING - the Communist Party": CHNGOV
    res = link_handles(doc, res)  # "Governor @MattBevin": the Matt Bevin the article names
    return mark_suspects(doc, res, dictionary.attach)  # "Webb was arrested": USACRM


def _set_apart(doc: Doc, res: Resolution, others: frozenset[str]) -> None:
    """Pairs of role words of one code in one sentence that it sets apart as two actors
    (`Resolution.apart`): the later one modified by an `other_words` word ("another senator",
    "fellow lawmakers"), or the two of different number ("a lawmaker criticised the lawmakers
    who ..."). Only roles named by common words ("a Kenyan lawmaker"): a name is read by its own
    rules (events/roles.py)."""
    bare = [m for m in res.mentions if m.via in ("agent", "context")
            and not any(t.pos_ == "PROPN" for t in doc[m.tok_start:m.tok_end])]
    sent_of = {m.tok_start: doc[m.tok_start].sent.start for m in bare}  # once each, not once per pair
    for a in bare:
        for b in bare:
            if a.code != b.code or a.tok_end > b.tok_start or sent_of[a.tok_start] != sent_of[b.tok_start]:
                continue
            ha, hb = doc[a.tok_end - 1], doc[b.tok_end - 1]
            other = any(t.lower_ in others for t in (*doc[b.tok_start:b.tok_end], *hb.children))
            if other or (ha.tag_ == "NNS") != (hb.tag_ == "NNS"):
                res.apart.add(((a.tok_start, a.tok_end), (b.tok_start, b.tok_end)))


def _set_ruling_apart(doc: Doc, res: Resolution, ruling: frozenset[str]) -> None:
    """A party named as the one in power ("the ruling party", "the governing party": `ruling_words`)
    and a named politician of the same code in its sentence are two actors (`Resolution.apart`): a
    party politician who names the party in power so is not of it ("Raila Odinga accused the ruling
    party of rigging", both KENPTY); the events/roles.py rule that a politician and a party of one
    code may be his own does not hold for them."""
    parties = [m for m in res.mentions if m.via in ("agent", "context") and m.code[3:6] == "PTY"
               and any(t.lower_ in ruling for t in doc[m.tok_start:m.tok_end])]
    for a in parties:
        for b in res.mentions:
            if b is a or b.code != a.code or b.actor < 0 or res.actors[b.actor].kind != "person" \
                    or doc[a.tok_start].sent != doc[b.tok_start].sent:
                continue
            res.apart.add(((a.tok_start, a.tok_end), (b.tok_start, b.tok_end)))


def _party_states(doc: Doc, res: Resolution, rows: frozenset[str]) -> None:
    """A party of a state one party rules by law (`party_states`: "chn communist"), named bare with
    the word of its name and given that state's country ("the Communist Party" in a Chinese story,
    CHNPTY), is the state's rule: its government (CHNGOV), as the named "Chinese Communist Party"
    is; so are the later mentions of that actor ("it", "the party"). Recoded in place."""
    words = {country.upper(): word for country, word in (row.split(None, 1) for row in rows)}  # lists are lower-case
    ruling = {(m.actor, m.code) for m in res.mentions
              if m.actor >= 0 and len(m.code) == 6 and m.code[3:] == "PTY" and m.code[:3] in words
              and any(t.lower_ == words[m.code[:3]] for t in doc[m.tok_start:m.tok_end])}
    if not ruling:
        return
    for m in res.mentions:
        if (m.actor, m.code) in ruling:
            m.code = m.code[:3] + "GOV"
    for actor, code in ruling:
        a = res.actors[actor]
        if a.code == code:
            res.actors[actor] = replace(a, code=code[:3] + "GOV", role="GOV")
    res.index()


def _date_places(pieces: list[Piece], on: date, dictionary: ActorDictionary) -> None:
    """Cities of a state that did not exist yet are places of its predecessor ("Juba" in 2000: SDN)."""
    if not dictionary.successors:
        return
    for p in pieces:
        e = p.entry
        if p.new_person or e is None or e.kind != "capital" or e.code not in dictionary.successors:
            continue
        since, pred = dictionary.successors[e.code]
        if on < since:
            p.entry = replace(e, code=pred, name=dictionary.country_names.get(pred, pred))


def _unplaced_dateline(doc: Doc, pieces: list[Piece], dateline: tuple[int, str | None] | None) -> None:
    """A dateline (`setting.find_dateline`) we cannot put in one country ("ATHENS, Ga. (AP) —",
    "HYDERABAD (Reuters) -") names none: its words are no place of the first sentence (Greece, India)."""
    if dateline is not None and dateline[1] is None:
        for p in pieces:
            if doc[p.start].idx < dateline[0]:
                p.dropped = True


def _dateline_namesakes(doc: Doc, pieces: list[Piece], dateline: tuple[int, str | None] | None,
                        dictionary: ActorDictionary) -> None:
    """A place the dateline puts in another country than its famous namesake ("SAN JOSE,
    California (Reuters) -", "PARIS, Texas (AP) -") is that place wherever the article names it
    again: "San Jose Mayor Sam Liccardo" is an American mayor, not Costa Rica's capital's."""
    if dateline is None or dateline[1] is None:
        return
    place = dateline_place(text_of(doc))
    for p in pieces:
        e = p.entry
        if (p.new_person or e is None or e.kind not in _PLACE_KINDS or e.code == dateline[1]
                or doc[p.start].idx < dateline[0] or norm(doc[p.start:p.end].text) != place):
            continue
        p.entry = replace(e, code=dateline[1], name=dictionary.country_names.get(dateline[1], dateline[1]))


_PLACE_KINDS = ("capital", "city", "province")


def _choose_provinces(doc: Doc, pieces: list[Piece]) -> None:
    """A place shared by several countries ("Punjab": IND|PAK) takes the one of them its sentence,
    else its article, names; with none or several named it is left unresolved (dropped)."""
    named = [(p.start, p.entry.code) for p in pieces if not p.new_person and p.entry.kind in _NAMING
             and len({e.code for e in p.entries if e.kind == p.entry.kind}) == 1]
    for p in pieces:
        if p.new_person or p.entry.kind != "province":
            continue
        cands = {e.code for e in p.entries if e.kind == "province"}
        if len(cands) < 2:
            continue
        sent = doc[p.start].sent
        for scope in ([c for s, c in named if sent.start <= s < sent.end], [c for _, c in named]):
            hits = cands & set(scope)
            if hits:
                break
        if len(hits) == 1:
            code = hits.pop()
            p.entry = next(e for e in p.entries if e.kind == "province" and e.code == code)
        else:
            p.dropped = True


_NAMING = ("country", "capital", "province", "demonym")


def _unknown_people(doc: Doc, pieces: list[Piece]) -> list[Piece]:
    covered = {i for p in pieces for i in range(p.start, p.end)}
    armed_at = {p.start for p in pieces if p.cls == "ROLE" and p.entry is not None and p.entry.code in ARMED_MEN
                and doc[p.end - 1].tag_ == "NNS"}
    out = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        # a possessive "'s" the entity took in is no name ("[Sri Lanka]'s president")
        toks = [i for i in range(ent.start, ent.end) if i not in covered and doc[i].tag_ != "POS"]
        if not toks:
            continue
        # the uncovered tail of the entity ("President [Ilham Aliyev]")
        start, end = toks[0], name_end(doc, ent.end, covered)
        longer = names.hyphen_end(doc, end)  # "[Ortega]-Valdivia": spaCy stopped at the hyphen
        if not any(i in covered for i in range(end, longer)):
            end = longer
        if any(i in covered for i in range(start, end)):
            continue
        if end in armed_at and doc[end - 1].dep_ == "compound":
            continue  # "Harakat al-Nujaba militants": the armed group's name, no person (grouping.py)
        text = doc[start:end].text
        trim = 2 if text[-2:].lower() in ("'s", "\u2019s", "\u2018s") else 0
        out.append(Piece(start, end, text, [], trim, None, new_person=True))
    taken = covered | {i for p in out for i in range(p.start, p.end)}
    return out + _titled_names(doc, pieces, taken)


_NAME_WORDS = (2, 4)  # how many words a name the entity model missed may have, at least and at most


def _titled_names(doc: Doc, pieces: list[Piece], covered: set[int]) -> list[Piece]:
    """Unknown people the entity model missed, named right after a title ("BISSAU (AFP) - President
    Umaro Sissoco Embalo said"; "Interior Minister Ana Lucia Pereira"): two to four capitalised
    proper nouns after a title role, each compounded onto the last and none in an entity of
    another kind (a place, a body), as new people."""
    out = []
    for p in pieces:
        if p.cls != "ROLE" or not any(e.kind == "agent" and e.title for e in (p.entries or [p.entry]) if e is not None):
            continue
        start = end = p.end
        while (end < len(doc) and end - start < _NAME_WORDS[1] and end not in covered and doc[end].tag_ == "NNP"
               and doc[end].is_title and doc[end].ent_type_ in ("", "PERSON")):
            end += 1
        if end - start < _NAME_WORDS[0] or (end < len(doc) and doc[end].tag_ == "NNP"):
            continue
        last = doc[end - 1]
        if last.text[-2:] in ("'s", "\u2019s") or not all(
                doc[i].dep_ == "compound" and doc[i].head.i == last.i for i in range(start, end - 1)):
            continue
        out.append(Piece(start, end, doc[start:end].text, [], 0, None, new_person=True))
    return out
