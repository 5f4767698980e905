"""Which sense of its trigger an event has, read off its sides and sentence: the judgement the
coder makes after building an event and before pairing it (`read`).

A word of force or contest is political only between political actors: in a game's words, a
sports story, a score, an election race or a company's business it codes nothing. A word of
force may be words ("the Democrats attacked Trump's family": 111), a word of criticism force
("came under fire from Russian artillery": `armed_senses`), a killing done with a weapon of war
that weapon's force ("air strikes killed 30": `weapon_force`), a killing of fighters by a state's
forces an act of war ("troops killed eight militants": `war_kills`), a word that is force only in
armed hands needs such hands ("a strike on British Airways" by a union is none), a weapon says nothing
("missiles tore into apartment blocks" is no criticism), a state's police or troops firing on their
own unarmed people repress them, a case dismissed by anyone but a court or prosecutors is
rejected, not dropped, and a warning of what someone else may do is a forecast, no threat. The
word lists are `cues.yaml`'s (sports_words, election_words, verbal_attacks, verbal_fights,
search_raids, armed_senses, armed_roles, weapons, repression_force, court_senses, forecast_verbs,
possibility_modals ...).
"""

from __future__ import annotations

import re

from ..actors.dictionary import ActorDictionary, split_code
from ..nlp.dates import MONTHS
from .modality import aired
from .roles import SUBJECT_PREPS, has_agent, phrase_mentions, same_side, subject_token


def read(raw, trig, res, sent, cues, sporty: bool = False, triggers=None) -> bool:
    """Whether the event `raw` of trigger `trig` stands, recoding it in place where its trigger
    has another sense here (words for force, force for words); `sporty`: the article is a sports
    story (`sports_article`); `triggers`: the sentence's, for the act a killing elaborates."""
    if raw.pattern is not None and "retort" in raw.pattern.flags and not _retorted(raw, cues):
        return False  # "China hit back at the US over Taiwan": words or a blow, the sentence does not say
    if raw.pattern is not None and "armed" in raw.pattern.flags and not _armed_doer(raw, cues, res, triggers or {}):
        return False  # "a strike on British Airways" by a union, "the U.S. withdrawal hit Iran's economy": no force
    if raw.code[:2] == _CRITICISM and _weapon_subject(raw.trigger, cues, raw.sources):
        return False  # "Russian missiles tore into apartment blocks": weapons say nothing
    if raw.pattern is not None and "labour" in raw.pattern.flags and not _strikers(raw.sources, cues):
        return False  # "the army began a strike", "began a strike on Hezbollah targets": no labour strike
    if raw.pattern is not None and "removal" in raw.pattern.flags and not (
            raw.sources and all(_role(m.code) in cues.removal_roles for m in raw.sources)):
        return False  # "the president removed his minister", "rebels ousted the government": not a sanction
    if raw.pattern is not None and "state" in raw.pattern.flags and not _state_doers(raw, cues):
        return False  # "the company shut down the news site": no state silencing the press
    if raw.pattern is not None and "inquirer" in raw.pattern.flags and not _doers_countries(raw.sources, cues.inquiry_roles):
        return False  # "the BBC interviewed the minister", "was interviewed on television": no inquiry
    if raw.pattern is not None and "command" in raw.pattern.flags and _chain_of_command(raw, cues):
        return False  # "Putin ordered troops to withdraw": the state run, no demand on anyone
    if raw.code == _DEMONSTRATE and raw.sources and all(_role(m.code) in cues.marching_roles for m in raw.sources):
        return False  # "troops marched into the capital", "the army took to the streets": a force on the move
    if raw.code in cues.visit_codes and _units_moving(raw.trigger, cues):
        return False  # "the soldiers left for Chad": a force deployed or withdrawn, no visit
    if raw.code in cues.visit_codes and _private_travel(raw, cues):
        return False  # "people arriving illegally in Italy", "the man flew to Perth": a journey, no visit
    if raw.code[:2] == _PROTEST and _festive(raw.trigger, cues):
        return False  # "fans took to the streets to celebrate the title": a crowd out, no protest
    if _forecast(raw, res, cues):
        return False  # "NATO warned that Russia could attack": a forecast, no threat to Russia
    if raw.code[:2] in ("11", "12") and _answers_press(raw.trigger, cues):
        return False  # "said no to reporters", "responded angrily to questions": an answer, no act on the press
    if (raw.code[:2] == _CONSULT and raw.trigger.lemma_.lower() in cues.interview_verbs and raw.targets
            and all(_role(m.code) == "med" for m in raw.targets)):
        return False  # "spoke to CNN", "talked to the BBC": an interview, no consultation
    if _verbal_attack(raw, cues):
        raw.code = "111"  # "the Democrats attacked Trump's family": words, not force
    elif _search(raw, cues):
        raw.code = _SEARCH  # "prosecutors raided the offices of X": a search, not force
    elif _armed_sense(raw, trig, cues):
        raw.code = cues.armed_senses[_sense(trig)]  # "troops came under fire from rebels": force
    # before state_force: "killed by a US bomb" is a state's bombing, an air raid
    if raw.code in cues.weapon_kill_codes:
        raw.code = _weapon_force(raw.trigger, triggers or {}, cues) or raw.code  # "air strikes killed 30": force
    if raw.code in cues.state_force and raw.sources and all(_role(m.code) in _STATE for m in raw.sources):
        raw.code = cues.state_force[raw.code]  # "Israel's bombing of Beirut": an air raid
    if raw.code in cues.state_complaint and _state_to_state(raw) and not _protested_at_place(raw.trigger, cues):
        raw.code = cues.state_complaint[raw.code]  # "Jakarta protested the presence of Chinese vessels": a complaint
    if raw.code in cues.domestic_sanctions and _on_own_people(raw, cues):
        raw.code = cues.domestic_sanctions[raw.code]  # "Hong Kong froze the assets of Jimmy Lai": no embargo
    used = f"{(trig.obj.lemma_ if trig.obj is not None else trig.tok.lemma_).lower()} {raw.code}"
    if used in cues.interstate_force and _interstate(raw):
        raw.code = cues.interstate_force[used]  # "Russia used force against Ukraine": force, no repression
    fired = f"{raw.trigger.lemma_.lower()} {raw.code}"
    if fired in cues.war_kills and _war_killing(raw, cues):
        raw.code = cues.war_kills[fired]  # "Israeli forces killed 40 Palestinians": an act of war
        fired = f"{raw.trigger.lemma_.lower()} {raw.code}"
    if fired in cues.occupation_force and _place_taken(raw.trigger, res):
        raw.code = cues.occupation_force[fired]  # "the rebels seized the capital Sanaa": occupation
    if fired in cues.approach_force and _sent_toward(raw.trigger, cues):
        raw.code = cues.approach_force[fired]  # "China sent warplanes toward Taiwan": its force moved up
    if fired in cues.court_senses and not (raw.sources and all(_role(m.code) == "jud" for m in raw.sources)):
        raw.code = cues.court_senses[fired]  # "the party dismissed the complaint": rejected, not dropped
    if fired in cues.guest_senses and _guest(raw, res):
        raw.code = cues.guest_senses[fired]  # "Putin welcomed Xi in Moscow": a guest received
    if fired in cues.repression_force and (_repression(raw, cues) or _enforcers_dissent(raw)):
        raw.code = cues.repression_force[fired]  # "soldiers opened fire on protesters": repression
    # "Wales beat Hungary 2-0", "the company withdrew its bid": a contest or a business move
    return not _off_politics(raw, sent, cues, sporty)


def _guest(raw, res) -> bool:
    """Whether a verb's object (or passive subject) is itself a person actor, no act of theirs
    (`guest_senses`: "Putin welcomed Xi in Moscow", "Xi was welcomed by Putin"; not "welcomed
    Xi's proposal", nor "welcomed Finland", a state)."""
    objs = [c for c in raw.trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    if len(objs) != 1:
        return False
    m = res.mention_at(objs[0].i)
    return m is not None and objs[0].i == m.tok_end - 1 and res.actors[m.actor].kind == "person"


_ENFORCERS = frozenset({"cop", "mil"})
_PROTEST = "14"
_DEMONSTRATE = "141"
_CONSULT = "04"


def _festive(trigger, cues) -> bool:
    """Whether a march or rally is out for joy, as its purpose or manner says (`festive_purposes`):
    "took to the streets to celebrate the win", "rallied to welcome the team", "marched in celebration"."""
    for c in trigger.children:
        if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in cues.festive_purposes:
            return True
        if c.dep_ == "prep" and c.lower_ == "in" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in cues.festive_purposes for g in c.children):
            return True
    return False


#: how a country speaks as itself: by its name or its capital ("Iran", "Beijing"), not by its people
#: ("Thousands of Lebanese": a demonym)
_AS_ITSELF = frozenset({"name", "metonym"})


def _protested_at_place(trigger, cues) -> bool:
    """Whether a protest is told where it was held ("protested outside the Indian High Commission",
    "near the embassy"): a demonstration, whoever is named as its doer. A place preposition other
    than "in", which also tells what the complaint is about ("the presence of vessels in its waters")."""
    return any(c.dep_ == "prep" and c.lower_ in cues.place_preps and c.lower_ != "in" for c in trigger.children)


def _interstate(raw) -> bool:
    """Whether every doer is a state (its government, military or the country) and every target
    another country's state or that country itself: force so used is between states."""
    return _between_states(raw, lambda role, m: role in _STATE, lambda role: role in _STATE)


def _state_to_state(raw) -> bool:
    """Whether every doer is a state speaking as itself (its government, or the country named by
    its name or capital) and every target is of another country: a protest so made is diplomatic."""
    return _between_states(raw, lambda role, m: role == "gov" or (not role and m.via in _AS_ITSELF), lambda role: True)


def _between_states(raw, doer, target) -> bool:
    """Whether every doer has a country and a role (lower case, "" for none) that `doer(role,
    mention)` accepts, and every target another country and a role `target(role)` accepts."""
    if not raw.sources or not raw.targets:
        return False
    names = ActorDictionary.load().country_names.keys()
    countries = set()
    for m in raw.sources:
        country, role = split_code(m.code, names)
        if country is None or not doer((role or "").lower(), m):
            return False
        countries.add(country)
    for m in raw.targets:
        country, role = split_code(m.code, names)
        if country is None or country in countries or not target((role or "").lower()):
            return False
    return True


def _answers_press(trigger, cues) -> bool:
    """Whether a refusal or an angry word is told as said "to" the press or its questions
    (`press_nouns`: "said no to reporters", "responded angrily to questions from reporters"); a
    clause of its own says where the act was told, no answer ("Speaking to reporters, the minister
    condemned the sanctions")."""
    return any(p.dep_ == "prep" and p.lower_ == "to" and g.dep_ == "pobj" and g.lemma_.lower() in cues.press_nouns
               for h in (trigger, *(c for c in trigger.children if c.pos_ not in ("VERB", "AUX")))
               for p in h.children for g in p.children)


#: how a place the actor dictionary knows is mentioned: by its country's name, its capital, a province
_PLACE_VIA = frozenset({"name", "metonym", "place"})


def _place_taken(verb, res) -> bool:
    """Whether what `verb` seizes (its object; the subject of its passive) is a place the actor
    dictionary knows by name ("seized the capital Sanaa", "captured Kunduz", "Crimea was seized"),
    not a demonym's people or goods ("seized a British tanker")."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] or [
        # "Russian forces captured Bakhmut": a place's name the parser misreads as an adverb
        c for c in verb.children if c.dep_ == "advmod" and c.is_title and c.i > c.sent.start and c.ent_type_
        and c.ent_type_ != "PERSON"]
    return any(m.tok_start <= o.i < m.tok_end and m.via in _PLACE_VIA and res.actors[m.actor].kind == "country"
               for o in objs for m in res.mentions) or _named_place_taken(verb, objs, res)


_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def _named_place_taken(verb, objs, res) -> bool:
    """Whether what `verb` takes is a place's name the actor dictionary does not know (a town, a
    city): a proper name, no actor's mention, that the parser calls a place ("recaptured Izium",
    "retook Ramadi"), that is taken "from" an actor ("recaptured Kherson from Russia"), or that it
    misreads as the verb's adverb, with no object ("Russian forces captured Bakhmut": a person
    captured is parsed as the object; `_place_taken` passes such a name as `objs`)."""
    taken_from = any(c.dep_ == "prep" and c.lower_ == "from" and any(
        g.dep_ == "pobj" and any(res.mention_at(t.i) is not None for t in g.subtree) for g in c.children)
        for c in verb.children)
    named = [o for o in objs if o.pos_ == "PROPN" or o.dep_ == "advmod"]
    return any(res.mention_at(o.i) is None and (o.dep_ == "advmod" or o.ent_type_ in _PLACE_ENTS or (
        taken_from and o.ent_type_ != "NORP")) for o in named)


def _enforcers_dissent(raw) -> bool:
    """Whether an act of dissent (14: "blocked the border crossing") is done by a state's police or
    troops (`_ENFORCERS`) only: a state's forces never protest, so its force sense is theirs
    whomever it is done to ("Turkish troops blocked the border crossing with Syria": 191)."""
    return raw.code[:2] == _DISSENT and bool(_enforcers_countries(raw.sources))


def _enforcers_countries(sources) -> set[str]:
    """The countries of `sources` when every one is a state's police or troops (`_ENFORCERS`);
    empty when there are none or any other actor is among them."""
    return _doers_countries(sources, _ENFORCERS)


def _doers_countries(sources, roles) -> set[str]:
    """The countries of `sources` when every one has a country and a role (lower case, "" for
    none) among `roles`; empty when there are none or any other actor is among them."""
    names = ActorDictionary.load().country_names.keys()
    countries = set()
    for m in sources:
        country, role = split_code(m.code, names)
        if country is None or (role or "").lower() not in roles:
            return set()
        countries.add(country)
    return countries


_DISSENT = "14"


def _repression(raw, cues) -> bool:
    """Whether an act of force is a state's police or troops (`_ENFORCERS`) firing on unarmed people
    of their own country: every target has a role, none armed (`armed_roles`) or of the state
    (`state_roles`), and all are of the doers' one country. A joint act (a clash) is no repression."""
    if not raw.sources or not raw.targets or raw.sym or (raw.pattern is not None and "sym" in raw.pattern.flags):
        return False
    countries = _enforcers_countries(raw.sources)
    return bool(countries) and _people_of(raw.targets, countries, set(cues.armed_roles) | set(cues.state_roles))


def _people_of(targets, countries: set[str], excluded) -> bool:
    """Whether every target is a people's actor (a role, none of `excluded`) of the one country the
    doers are of (`countries`)."""
    names = ActorDictionary.load().country_names.keys()
    countries = set(countries)
    for m in targets:
        country, role = split_code(m.code, names)
        role = (role or "").lower()
        if country is None or not role or role in excluded:
            return False
        countries.add(country)
    return len(countries) == 1


def force(code: str) -> bool:
    """Whether a CAMEO code is an act of force (18, 19, 20)."""
    return code[:2] in _FORCE_ROOTS


_FORCE_ROOTS = ("18", "19", "20")
_WAR_ROOTS = ("19", "20")  # fights, blockades, occupations, mass violence: what a state named as itself does in earnest
_MILITARY_YIELD = "087"  # de-escalate militarily: withdraw, retreat, surrender; no company does
_CONTEST_ROOTS = ("08", "15", "16", "17", "18", "19", "20")


#: an article with this many nouns of sport (`sports_story_words`), of at least SPORTS_KINDS kinds,
#: is a sports story: a country named with no role is its team ("Russia beat Croatia on Monday")
SPORTS_MIN, SPORTS_KINDS = 8, 2


def sports_article(doc, cues) -> bool:
    """Whether the article is a sports story: enough nouns of sport (`sports_story_words`: not
    "league" or "goal", which politics uses too), names left out ("Muslim League")."""
    found = [t.lemma_.lower() for t in doc if t.pos_ == "NOUN" and t.lemma_.lower() in cues.sports_story_words]
    return len(found) >= SPORTS_MIN and len(set(found)) >= SPORTS_KINDS


def _off_politics(raw, sent, cues, sporty: bool = False) -> bool:
    """Acts of force or contest that are political only between political actors: in a sentence
    with the words of a game they are play (a word of a game inside a side's own name is none:
    "arrested strikers", "human rights defenders", "the Arab League"), as is any act between
    countries named with no role (or their people) in a sports story; force between unarmed sides
    in a sentence about an election is a race, unless a state named as itself fights (19-20); any act of businesses alone is business ("Apple
    sued Samsung", "signed a deal with Apple"), as is a company's withdrawal from a country (no
    military one: "HSBC pulled out of Canada"); and any act between countries named with no role
    in a sentence that gives a score ("beat France 2-0"; a range before a month, "24-25 February",
    is a date)."""
    sides = [m.code for m in raw.sources + raw.targets]
    # a side only understood (the authorities dissent is against, the people a curfew is imposed
    # on) says nothing of whether the named sides are teams: "Rublev rallied to beat Bautista-Agut"
    sides = [m.code for m in raw.sources + raw.targets if m.via != "implied"] or sides
    if sporty and sides and all(_team(c) for c in sides):
        return True  # "Russia beat Croatia", "Spain ... against defending champion Croatia"
    if sides and all(_team(c) for c in sides) and _score(sent):
        return True  # "Germany beat France 2-0", "Italy hammered Russia 5-0": a score between teams
    if _business(raw):
        return True  # "Samsung signed a deal with Apple", "Apple sued Samsung": business
    if raw.code.startswith(_MILITARY_YIELD) and raw.sources and all(_role(m.code) == "bus" for m in raw.sources):
        return True  # "HSBC pulled out of Canada", "Unilever retreated from Russia": a company's exit
    if raw.code[:2] in cues.transfer_roots and any(_athlete(m, sent, cues) for m in raw.sources + raw.targets):
        return True  # "Barcelona received Brazilian players", "signed a French striker": a transfer
    if raw.code[:2] in cues.transfer_roots and sides and all(_team(c) for c in sides) and _game_told(raw, sent, cues):
        return True  # "Brazil welcomed Argentina at the stadium", "England hosted India in the semi-final": a fixture
    if raw.code[:2] not in _CONTEST_ROOTS:
        return False
    named = {i for m in raw.sources + raw.targets for i in range(m.tok_start, m.tok_end)}
    words = {t.lemma_.lower() for t in sent}
    if {t.lemma_.lower() for t in sent if t.i not in named} & cues.sports_words:
        return True
    if raw.code[:2] in _FORCE_ROOTS and words & cues.election_words and not any(_role(c) in cues.armed_roles for c in sides) \
            and not (raw.code[:2] in _WAR_ROOTS and any(_state_itself(m.code) for m in raw.sources)):
        # "parties battle to win the election": a race; a state named as itself that fights,
        # blockades or occupies wields its own force ("Colombia closed its border ahead of the
        # elections", "Israel bombed Gaza before the vote"); its assaults may be a race's words
        # ("Britain beat France in the vote")
        return True
    return False


def _game_told(raw, sent, cues) -> bool:
    """Whether the sentence names a game by a word no politics uses (in both `sports_words` and
    `sports_story_words`: "stadium", "tournament", "semi-final"; not "goal", "penalty", nor
    `shared_sports_words`: "match", "coach"), outside the sides' own names: hosting, welcoming or
    thanking between countries named with no role is then a fixture between national teams."""
    named = {i for m in raw.sources + raw.targets for i in range(m.tok_start, m.tok_end)}
    game = (cues.sports_words & cues.sports_story_words) - cues.shared_sports_words
    return any(t.lemma_.lower() in game for t in sent if t.i not in named)


def _athlete(m, sent, cues) -> bool:
    """Whether a mention names sportspeople (`athlete_nouns`), as itself or as the word that
    describes them ("Brazilian players", "the Argentine forward": a demonym's noun)."""
    doc = sent.doc
    last = doc[m.tok_end - 1]
    noun = last.head if last.dep_ in ("amod", "compound") and last.head.i >= m.tok_end else last
    # the parser may read the noun after a demonym as an adverb ("the Argentine forward")
    after = doc[m.tok_end] if m.tok_end < len(doc) and m.via == "demonym" else None
    return noun.lemma_.lower() in cues.athlete_nouns or (after is not None and after.lower_ in cues.athlete_nouns)


def _business(raw) -> bool:
    """Whether an act is a company's business, no political actor's: every side is a business,
    save private people it deals with short of force ("Google offers people ...") and its own
    country named only by a demonym, which describes it ("Alibaba denied claims about the Chinese
    e-commerce giant"; "China fined Alibaba" is the state's act)."""
    sides = raw.sources + raw.targets
    firms = {m.code[:3] for m in sides if _role(m.code) == "bus"}
    if not firms:
        return False
    for m in sides:
        role = _role(m.code)
        if role == "bus" or (role == "cvl" and raw.code[:2] not in _FORCE_ROOTS):
            continue
        if not role and m.via == "demonym" and m.code in firms:
            continue
        return False
    return True


_SCORE = re.compile(r"\d{1,2}[-\u2013]\d{1,2}")


def _score(sent) -> bool:
    """Whether a sentence holds a game's score ("2-0", "24-17", in words "seven-nil", "nil-nil";
    "twenty-five" is no score), not a date range ("24-25 February")."""
    doc, toks = sent.doc, list(sent)
    if any(_nil_score(toks, k) for k in range(len(toks))):
        return True
    for k, t in enumerate(toks):
        if _SCORE.fullmatch(t.text):
            end = t.i + 1
        elif (k + 2 < len(toks) and toks[k + 1].text in ("-", "\u2013")
              and _SCORE.fullmatch(f"{t.text}-{toks[k + 2].text}")):
            end = t.i + 3  # the tokenizer splits "2-0" into "2", "-", "0"
        else:
            continue
        if end >= len(doc) or doc[end].lower_ not in MONTHS:
            return True
    return False


def _nil_score(toks, k) -> bool:
    """Whether the sentence's tokens from `k` spell a score in words with a nil: "seven-nil",
    "nil-nil", "three - nil" (the tokenizer splits them at the hyphen)."""
    if k + 2 >= len(toks) or toks[k + 1].text not in ("-", "\u2013"):
        return False
    a, b = toks[k], toks[k + 2]
    return "nil" in (a.lower_, b.lower_) and all(t.lower_ == "nil" or t.like_num for t in (a, b))


def _team(code: str) -> bool:
    """Whether a side can be a national team in a sports story: a country named with no role, or
    its people; no state organ, international body or NGO ("IGOEUREEC" has no role either)."""
    countries = ActorDictionary.load().country_names
    return code in countries or (code[:3] in countries and code[3:] == "CVL")


#: how a mention names a person or body by name ("Sunak", "Le Pen", "Labour"), not by what it is
#: ("protesters", "the opposition leader": `agent`) or where it is from (`demonym`, `place`)
_BY_NAME = frozenset({"name", "surname", "title", "apposition", "pronoun", "dictionary"})


def _verbal_attack(raw, cues) -> bool:
    """An act of force made with words (CAMEO 111, criticise): an attack whose every source is a
    party, a legislature or the media (`verbal_roles`: "the Democrats attacked Trump's family"), or
    a retort told with what was said and no side armed ("hit back at X, saying ..."), or a fight
    or an attack (`verbal_fights`, `verbal_attacks`: "clashed", "fired back at", "attacked") whose
    every side is a political person or body named by name (`political_roles`: "Sunak and Starmer clashed over tax", "Johnson attacked Corbyn over Brexit"), or an attack by
    political persons or bodies, a government too, on bodies nobody attacks with arms
    (`verbal_targets`: "the government attacked the judges", "attacked the press") or on anyone for
    what they did or said ("attacked the UN for its resolution": `_for_reason`), a country itself
    too when it attacks so an international body or a `verbal_targets` one ("Russia attacked NATO
    for its expansion"); never with protesters, police, troops, nor a country as the target
    ("Israel attacked Gaza for its rocket fire"); and any attack made where words are aired
    (`platform_nouns`: "took to Twitter to attack China", "attacked China on Twitter")."""
    if raw.code[:2] != "19" or not raw.sources:
        return False
    # the attack a verb names as its object is the act ("launched a fresh attack on Pelosi")
    words = {raw.trigger.lemma_.lower()} | {c.lemma_.lower() for c in raw.trigger.children if c.dep_ == "dobj"}
    if words & cues.verbal_attacks and all(_role(m.code) in cues.verbal_roles for m in raw.sources):
        return True
    if words & cues.verbal_attacks and (aired(raw.trigger, cues) or (
            raw.trigger.dep_ in ("advcl", "xcomp") and aired(raw.trigger.head, cues))):
        return True  # "took to Twitter to attack China", "went on television to slam the US": words
    if (words & cues.verbal_attacks and raw.targets
            and all(_role(m.code) in cues.political_roles and (_role(m.code) != "opp" or m.via in _BY_NAME)
                    for m in raw.sources)  # rioters and protesters are OPP too: only an opposition named by name
            and all(_role(m.code) in cues.verbal_targets
                    or (_role(m.code) in cues.political_roles and m.via in _BY_NAME) for m in raw.targets)):
        return True  # "the government attacked the judges", "Bolsonaro attacked the press": words
    if (words & cues.verbal_attacks and raw.targets and _for_reason(raw.trigger, cues)
            and not any(_role(m.code) in cues.armed_roles for m in raw.targets)
            and all(_role(m.code) in cues.political_roles and (_role(m.code) != "opp" or m.via in _BY_NAME)
                    for m in raw.sources)):
        return True  # "Netanyahu attacked the UN for its resolution", "... for failing to act": words
    if (words & cues.verbal_attacks and raw.targets and _for_reason(raw.trigger, cues)
            and all(_state_itself(m.code) for m in raw.sources)
            and all(m.code.startswith("IGO") and _role(m.code) not in cues.armed_roles
                    or _role(m.code) in cues.verbal_targets for m in raw.targets)):
        return True  # "Russia attacked NATO for its expansion", "China attacked the BBC for its coverage": words
    # "Morrison came under attack from China over his call for an inquiry": the reason hangs on
    # the verb the noun is undergone with
    trig = raw.trigger
    reason_verb = trig.head.head if trig.dep_ == "pobj" and trig.head.lower_ == "under" else trig
    if (words & cues.verbal_attacks and raw.targets and _for_reason(reason_verb, cues)
            and all(_state_itself(m.code) for m in raw.sources)
            and all(_role(m.code) in cues.political_roles and _role(m.code) != "opp" and m.via in _BY_NAME
                    for m in raw.targets)):
        return True  # "Russia attacked Zelensky over his remarks": a state on a person named, for what they did: words
    sides = raw.sources + raw.targets
    if _retort(raw.trigger, cues) and not any(_role(m.code) in cues.armed_roles for m in sides):
        return True  # "Japan fired back at China, saying its claims were groundless": words
    if words & cues.verbal_fights and _clash_of_views(raw, cues):
        return True  # "France and Germany clashed over farm subsidies": words
    return (bool(words & (cues.verbal_fights | cues.verbal_attacks)) and len(sides) > 1
            and all(_role(m.code) in cues.political_roles and m.via in _BY_NAME for m in sides))


_REASON_PREPS = ("for", "over")  # "attacked X for its resolution", "over its expansion"


def _clash_of_views(raw, cues) -> bool:
    """Whether a fight (`verbal_fights`) between states, international bodies and political
    persons or bodies is fought over an issue, words on both sides: its "over" or "about" phrase
    (`grievance_preps`) names a question ("over how best to deal with asylum seekers", "over
    whether to extend the deal", "over extending it") or a thing that is no place and no time
    ("over farm subsidies", "over a resolution on North Korea"). A place fought over ("over
    Kashmir", "over the disputed border", `territory_nouns`), a time ("over the weekend") and any
    armed, rioting or crowd side ("police clashed with students over fees") leave it force."""
    sides = raw.sources + raw.targets
    if len(sides) < 2 or not all(
            _state_itself(m.code) or (m.code.startswith("IGO") and _role(m.code) not in cues.armed_roles)
            or (_role(m.code) in cues.political_roles and (_role(m.code) != "opp" or m.via in _BY_NAME))
            for m in sides):
        return False
    for p in raw.trigger.children:
        if p.dep_ != "prep" or p.lower_ not in cues.grievance_preps:
            continue
        for g in p.children:
            if g.dep_ == "pcomp":
                return True  # "over how best to deal with ...", "over whether to extend ..."
            if (g.dep_ == "pobj" and g.pos_ == "NOUN" and g.ent_type_ not in _WHEN_WHERE
                    and g.lemma_.lower() not in cues.territory_nouns | cues.duration_nouns):
                return True
    return False


_WHEN_WHERE = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})


def _for_reason(verb, cues) -> bool:
    """Whether an active verb gives its reason with "for" or "over": a gerund ("for failing to act")
    or what someone did or said, owned ("for its resolution", "over his remarks"); a place owned
    ("over its territory", `territory_nouns`) is where. "For the second time", "for hours", "over
    Kyiv" are no reason; a passive with no doer named ("was attacked for his faith") is
    left as it is, one with a "by" phrase is read as the active ("the UN was attacked by Israel
    for its resolution"). The parser hangs the phrase on the verb's object as often as on the
    verb ("attacked the opposition for its tactics")."""
    if (any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
            and not has_agent(verb)):
        return False
    holders = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
    for p in (c for h in holders for c in h.children):
        if p.dep_ == "prep" and p.lower_ in _REASON_PREPS:
            for g in p.children:
                if g.dep_ == "pcomp" and g.tag_ == "VBG":
                    return True
                if (g.dep_ == "pobj" and g.pos_ == "NOUN" and any(c.dep_ == "poss" for c in g.children)
                        and g.lemma_.lower() not in cues.territory_nouns):
                    return True
    return False


_FORCE = "19"
_STRIKE_WORD = "strike"
LABOUR_STRIKE = "143"


def labour_strike(tok, code: str, sources, cues) -> bool:
    """Whether force a verb names by its object "strike" ("launched a strike") is a labour strike:
    every doer of a `striking_roles` role ("doctors launched a strike", "the unions launched a
    strike against the reform"); a state's, its forces' or an armed actor's stays force, and so does
    a strike aimed by its words (`aimed_strike`: "civilians launched a drone strike on Russia")."""
    return (code[:2] == _FORCE
            and any(c.dep_ == "dobj" and c.lemma_.lower() == _STRIKE_WORD and not aimed_strike(c, cues) for c in tok.children)
            and _strikers(sources, cues))


def _strikers(sources, cues) -> bool:
    """Whether a strike is a labour strike by its doers: there are some, and every one is of a
    `striking_roles` role ("doctors began a strike"; "the army began a strike" is none). Read for a
    row flagged `labour` ("began a strike", "held a strike": a strike that is a blow by its words,
    "began a strike on Hezbollah targets", is no trigger of such a row at all: events/triggers.py)
    and for force named by its object "strike" (`labour_strike`)."""
    return bool(sources) and all(_role(m.code) in cues.striking_roles for m in sources)


def aimed_strike(strike, cues) -> bool:
    """Whether a "strike" is a blow by its words: one made with a weapon or from the air ("a drone
    strike", "air strikes": `weapons`) or one on someone or something ("a strike on government
    positions"; "a strike on Monday" is a date)."""
    return any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in cues.weapons | {"air"} for c in strike.children) or any(
        c.dep_ == "prep" and c.lower_ == "on" and any(g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in c.children)
        for c in strike.children)


def _retorted(raw, cues) -> bool:
    """Whether a retort (a row flagged `retort`: "hit back at", "struck back at") is an act: words
    when told with what was said and no side is armed ("China hit back at the US, saying ..."),
    a blow when every doer is an armed actor, nothing said is told and every target is armed or a
    state (`armed_roles`: "Israeli forces hit back at Hamas", not "police hit back at journalists"),
    or words between political persons or bodies named by name ("Trump hit back at Biden"); a state or a government hitting back with nothing said, or an armed side
    hitting back with words told, is either, and codes nothing."""
    if _verbal_attack(raw, cues):
        return True
    if _retort(raw.trigger, cues):
        return False  # "the Taliban hit back at the government, saying ...": words from an armed side, or a blow
    # a blow is struck at an armed side or a state: "the military hit back at Imran Khan", "police hit
    # back at journalists" are words, or unsaid
    return (bool(raw.sources) and all(_role(m.code) in cues.armed_roles and _role(m.code) != "uaf" for m in raw.sources)
            and all(_role(m.code) in cues.armed_roles or not _role(m.code) for m in raw.targets))


_RETORT_PREPS = ("at", *_REASON_PREPS)  # words a retort is aimed at or answers


def _retort(verb, cues) -> bool:
    """Whether a verb of force is a retort told with what was said: its particle "back" ("fired
    back at", "hit back at") and a participle of a `retort_speech` verb hung on it ("..., saying ..."),
    or aimed "at" words or answering them (`retort_words`: "hit back at Pompeo's remarks", "hit
    back at London over its remarks", "fired back at Washington over the report")."""
    backs = [c for c in verb.children if c.dep_ in ("prt", "advmod") and c.lower_ == "back"]
    if not backs:
        return False
    if any(c.dep_ in ("advcl", "xcomp", "conj") and c.tag_ == "VBG" and c.lemma_.lower() in cues.retort_speech
           for c in verb.children):
        return True
    return any(c.dep_ == "prep" and c.lower_ in _RETORT_PREPS and any(
        g.dep_ == "pobj" and g.lemma_.lower() in cues.retort_words for g in c.children)
        for h in (verb, *backs) for c in h.children)


def _chain_of_command(raw, cues) -> bool:
    """Whether a command goes down one state's chain of command: every doer a government, its
    forces or services (`command_chain`), every one commanded of the same country and of a
    `commanded_roles` role ("Putin ordered troops to withdraw", "ordered residents to evacuate"),
    or every one commanded named as the doer's own ("ordered its members to stay home"), or none an
    actor (several doers do not command each other: "the NLC and the TUC ordered workers to strike");
    a court's order to the government or a regulator's to a company is a demand. Sides with no
    country ("the president ordered the army") are taken as one country's."""
    if not raw.targets:
        return True  # "the NLC and the TUC ordered workers to strike": no actor commanded
    if not raw.sources:
        return False
    if all(_own(raw.trigger.doc, m) for m in raw.targets):
        return True  # "the unions ordered their members to stay at home": their own people
    names = ActorDictionary.load().country_names.keys()
    countries = set()
    for sides, roles in ((raw.sources, cues.command_chain), (raw.targets, cues.commanded_roles)):
        for m in sides:
            country, role = split_code(m.code, names)
            if (role or "").lower() not in roles:
                return False
            if country is not None:  # a bare role ("the army") is of the one country named
                countries.add(country)
    return len(countries) <= 1


def _own(doc, m) -> bool:
    """Whether a mention is named as its doer's own by a possessive pronoun ("their members", "its
    troops", "his ministers"), or is that pronoun itself (the actor of "their" in "their members");
    the pronoun test of build.py `_doers_own`."""
    span = doc[m.tok_start:m.tok_end]
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for t in span for c in [t, *t.children])


_SEARCH = "090"  # CAMEO 2.0: SEARCH [090], investigate


def _search(raw, cues) -> bool:
    """A raid (`search_raids`) whose every doer is a prosecutor or magistrate (`search_roles`): a
    search of premises in an investigation ("prosecutors raided the offices of X"), not force."""
    return (raw.code[:2] == "19" and bool(raw.sources) and raw.trigger.lemma_.lower() in cues.search_raids
            and all(_role(m.code) in cues.search_roles for m in raw.sources))


def _sense(trig) -> str:
    """A trigger's lemma, with its matched object's when it has one ("take aim")."""
    lemma = trig.tok.lemma_.lower()
    return f"{lemma} {trig.obj.lemma_.lower()}" if trig.obj is not None else lemma


def _armed_sense(raw, trig, cues) -> bool:
    """Whether a word of criticism is force here (`armed_senses`: "Ukrainian troops came under
    fire from Russian forces", "came under fire from Russian artillery"): a side, doer or target,
    is an armed actor (`armed_roles`), or the doer a weapon, or a weapon the fire's own modifier
    ("came under Russian artillery fire", "mortar fire"); "came under fire from MPs" is words."""
    tok = raw.trigger
    if _sense(trig) not in cues.armed_senses or raw.code[:2] != "11":
        return False
    if any(_role(m.code) in cues.armed_roles for m in raw.sources + raw.targets):
        return True
    if any(m.dep_ in ("compound", "amod") and m.lemma_.lower() in cues.weapons for m in tok.children):
        return True  # "came under Russian artillery fire", "tank fire": a weapon's fire
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    return any(g.lemma_.lower() in cues.weapons for c in verb.children if c.dep_ in ("prep", "agent")
               and c.lower_ in ("from", "by") for g in c.children if g.dep_ == "pobj")


def _weapon_force(tok, triggers, cues) -> str | None:
    """The force code of the weapon of war a killing is done with (`weapon_force`, the noun or
    its modifier: "Israeli air strikes killed", "killed by Russian shelling", "killed in a drone
    attack"), or of the violent act a participle adjunct elaborates ("bombed a school, killing 11
    children", "carried out air strikes, killing 20"); None when no weapon of war is named
    ("killed in a Boko Haram attack" stays an assault)."""
    cands = [c for c in tok.children if c.dep_ == "nsubj"]
    # "two were killed and 120 injured in the air strikes": the weapon hangs on the harm joined to
    # the killing (`harm_verbs`), itself a conjunct or the participle of the number conjoined
    joined = [c for c in tok.children if c.dep_ == "conj"]
    harmed = [h for c in joined for h in [c, *(a for a in c.children if a.dep_ == "acl")]
              if h.lemma_.lower() in cues.harm_verbs]
    cands += [g for v in (tok, *harmed) for c in v.children if c.dep_ in ("agent", "prep") and c.lower_ in ("by", "in")
              for g in c.children if g.dep_ in ("pobj", "pcomp")]
    # "killed dozens of militants in air strikes": the parser hangs the "in" phrase from the
    # killing's object (or the "of" phrase of a number); people are killed in a strike, not found in one
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [g for o in objs for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    cands += [g for o in objs for p in o.children if p.dep_ == "prep" and p.lower_ == "in"
              for g in p.children if g.dep_ == "pobj"]
    if tok.dep_ == "acl":
        cands.append(tok.head)  # the parser's "air strikes [killed 30 people]"
    # "killed in three nights of US air strikes", "in a wave of drone strikes": a stretch of time
    # or a count only measures the weapon its "of" phrase names
    measures = cues.duration_nouns | cues.quantity_nouns
    cands += [g for c in cands if c.lemma_.lower() in measures
              for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    if tok.dep_ == "advcl":
        trig = triggers.get(tok.head.i)
        if trig is not None and trig.pattern.code in cues.weapon_force.values():
            return trig.pattern.code  # "bombed a school, killing 11 children": the bombing
        cands += [c for c in tok.head.children if c.dep_ == "dobj"]
    for c in cands:
        mods = [m for m in c.children if m.dep_ in ("compound", "amod")]
        for m in mods:  # a modifier that changes what the word names: a "suicide bomber" is no aircraft
            if f"{m.lemma_.lower()} {c.lemma_.lower()}" in cues.weapon_force:
                return cues.weapon_force[f"{m.lemma_.lower()} {c.lemma_.lower()}"]
        for w in [c] + mods:
            if w.lemma_.lower() in cues.weapon_force:
                return cues.weapon_force[w.lemma_.lower()]
    return None


def _forecast(raw, res, cues) -> bool:
    """Whether a warning only tells what someone else may do (`forecast_verbs` with no addressee,
    and a clause whose verb takes a `possibility_modals` modal and whose subject is not the
    warner's side: "NATO warned that Russia could attack", "warned that the fighting may displace
    millions"): a forecast, which threatens no one. "warned Russia that ...", "warned that it
    would strike Iran", "warned that Russia would face consequences" and "that protesters could
    face arrest" stay threats; a pronoun subject ("warned that they could ...") is left as it is.
    So is a warning of what a thing will do to others (`_outcome`): "warned that the withdrawal
    would benefit Russia"."""
    tok = raw.trigger
    if raw.code[:2] != "13" or tok.lemma_.lower() not in cues.forecast_verbs:
        return False
    if any(c.dep_ in ("dobj", "dative") for c in tok.children):
        return False
    clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
    if clause is not None and _outcome(clause, res, cues):
        return True
    if clause is None or not any(c.dep_ == "aux" and c.lower_ in cues.possibility_modals for c in clause.children):
        return False
    if clause.lemma_.lower() in cues.undergo_verbs:
        return False  # "warned that protesters could face arrest": what the warner may do to them
    subj, _ = subject_token(clause)
    if subj is None or subj.pos_ == "PRON":
        return False
    own = {m.code for m in raw.sources}
    return not any(same_side(m.code, own) for m in phrase_mentions(subj, res, SUBJECT_PREPS))


def _outcome(clause, res, cues) -> bool:
    """Whether a warned clause tells what a thing does to others (`effect_verbs` with a subject
    that is no actor and no one's: "that the withdrawal would benefit Russia", "the tariffs will
    hurt China"): an outcome foreseen, whoever it touches."""
    if clause.lemma_.lower() not in cues.effect_verbs:
        return False
    subj, _ = subject_token(clause)
    return (subj is not None and subj.pos_ == "NOUN" and not any(c.dep_ == "poss" for c in subj.children)
            and not phrase_mentions(subj, res, SUBJECT_PREPS))  # not "its strikes would hurt Hamas": its own


_CRITICISM = "11"  # the words of criticism that are also words of impact: "slammed", "tore into", "blasted"


def _weapon_subject(tok, cues, sources=()) -> bool:
    """Whether a verb's subject, or its passive's agent, is a weapon (`weapons`) that names its
    doers, if any ("Russian missiles tore into apartment blocks"); a doer found outside it (a verb
    sharing a conjunct's subject: "said the missiles fell outside its zone and lodged a protest")
    is no weapon's."""
    subj = _doer_token(tok) if tok.pos_ in ("VERB", "AUX") else None
    if subj is None or subj.lemma_.lower() not in cues.weapons:
        return False
    return all(subj.left_edge.i <= m.tok_start <= subj.right_edge.i for m in sources)


def _doer_token(verb):
    """The token that names a verb's doer: its subject, or its passive's "by" agent."""
    subj, passive = subject_token(verb)
    if passive:
        subj = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    return subj


def _sent_toward(verb, cues) -> bool:
    """Whether a verb of sending names where its thing went by a preposition of approach
    (`approach_preps`: "sent warplanes toward Taiwan", "near the island") or into a space watched
    over (`approached_spaces`: "into Taiwan's air defence zone"), none of handing over ("to
    Ukraine", a dative)."""
    if any(c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to") for c in verb.children):
        return False
    return any(c.dep_ in ("prep", "advmod") and (c.lower_ in cues.approach_preps or (
        c.lower_ == "into" and any(g.dep_ == "pobj" and g.lemma_.lower() in cues.approached_spaces for g in c.children)))
        for c in verb.children)


_AIMED_PREPS = frozenset({"at", "on", "against"})


def weapon_test(verb, cues) -> bool:
    """Whether a verb of firing is a test (`test_words`: "test-fired", "launched in a test") or
    names the sea as where the weapon went (`test_waters`: "fired a missile into the sea"), and
    names no one it was fired at or on ("fired a test missile at the ship" is an attack)."""
    preps = [c for c in verb.children if c.dep_ == "prep"]
    if any(p.lower_ in _AIMED_PREPS and not any(g.ent_type_ in ("DATE", "TIME") for g in p.children) for p in preps):
        return False  # "fired a missile at the ship", "on Kyiv"; not "on Sunday"
    if any(c.dep_ in ("npadvmod", "compound", "advmod", "amod") and c.lemma_.lower() in cues.test_words
           for c in verb.children):
        return True
    return any(g.dep_ == "pobj" and g.lemma_.lower() in (cues.test_words if p.lower_ in ("in", "during") else
                                                         cues.test_waters if p.lower_ == "into" else ())
               for p in preps for g in p.children)


def _units_moving(tok, cues) -> bool:
    """Whether a verb of travel has a force's units for subject (`unit_nouns`: "the soldiers left
    for Chad", "French troops arrived in Niger"): a deployment or a withdrawal, no visit."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    subj, passive = subject_token(tok)
    return subj is not None and not passive and subj.lemma_.lower() in cues.unit_nouns


def _private_travel(raw, cues) -> bool:
    """Whether a visit's doers are private people named by a common noun (`private_traveller_roles`:
    "the man had flown to Perth", "people arriving illegally in Italy", "asylum seekers arrived in
    Greece"): a journey or a migration, no visit. A name ("Bono arrived in Addis Ababa") keeps it."""
    if not raw.sources or not all(_role(m.code) in cues.private_traveller_roles for m in raw.sources):
        return False
    subj, _ = subject_token(raw.trigger) if raw.trigger.pos_ in ("VERB", "AUX") else (None, False)
    return subj is None or subj.pos_ != "PROPN"


def _armed_doer(raw, cues, res, triggers) -> bool:
    """Whether a word that is force only in armed hands (a row flagged `armed`: "strikes on X",
    "hit") has such doers: every source a state (a country with no role), its government or an
    armed actor (`armed_roles`) that the sentence names, not one inferred from the place (`UAF`);
    or, for a verb, a weapon (`weapons`) for subject or agent ("Russian missiles hit Kyiv", "was hit
    by a drone"; "was hit by a car" is no force)."""
    tok = raw.trigger
    if tok.pos_ in ("VERB", "AUX"):
        subj = _doer_token(tok)
        if subj is not None and subj.lemma_.lower() in cues.weapons:
            return True
        if subj is not None and subj.pos_ == "NOUN" and res.mention_at(subj.i) is None \
                and not (subj.i in triggers and force(triggers[subj.i].pattern.code)):
            # what hits is a thing or an act of no force, its doer only its owner ("the U.S.
            # withdrawal hit Iran's economy", "the Chinese ban on wine hit vineyards", "was hit by
            # U.S. sanctions"): an effect, no force; an act of force that hits ("a Russian attack
            # hit a refinery") is force, as is an armed actor itself ("Russian troops hit")
            return False
    armed = (set(cues.armed_roles) - {"uaf"}) | {"", "gov"}
    return bool(raw.sources) and all(_role(m.code) in armed for m in raw.sources)


def _war_killing(raw, cues) -> bool:
    """Whether a killing is a state's own force killing fighters (`war_kills`): every doer a
    country, its government or its military as the sentence names them (`_STATE`; not one inferred
    from the place, `UAF`), and every target armed (`armed_roles`): "Pakistani troops killed eight
    militants in a raid", "an Israeli soldier was killed by Lebanese forces". Civilians killed
    without a weapon of war ("Russian troops killed two civilians in Bucha") stay an assault."""
    if not raw.targets or not _doers_countries(raw.sources, _STATE):
        return False
    return all(_role(m.code) in cues.armed_roles for m in raw.targets)


def _on_own_people(raw, cues) -> bool:
    """Whether every doer is a state of one country (the country itself or an organ of its state,
    `state_roles`) and every target a private or political actor of that same country (a role, not
    of the state): "Hong Kong authorities froze the assets of Jimmy Lai"."""
    countries = _doers_countries(raw.sources, cues.state_roles | {""})
    return bool(countries) and bool(raw.targets) and _people_of(
        raw.targets, countries, set(cues.state_roles) | set(cues.removal_roles))


def _state_doers(raw, cues) -> bool:
    """Whether an act only a state does (a row flagged `state`: "shut down the newspaper", "revoked
    the licence of", "held without charge") has such doers: every source named is a country itself
    or an organ of its state (`state_roles`, or a legislature or court, `removal_roles`). With no
    doer named ("was held without charge") the act stands, its doer unsaid."""
    # an organisation (NGOAMN, IGOUNO) has no role either, and is no state: it has no country
    return not raw.sources or bool(_doers_countries(raw.sources, cues.state_roles | cues.removal_roles | {""}))


def _state_itself(code: str) -> bool:
    """Whether an actor code is a country named with no role ("RUS", not "RUSPTY" or "EUR")."""
    return len(code) == 3 and code in ActorDictionary.load().country_names


#: the roles of a state's own force: none (the country itself), its government, its military
_STATE = frozenset({"", "gov", "mil"})


def _role(code: str) -> str:
    """The role of an actor code (the actors' `split_code`), lower case as in the cue lists:
    "USAPTYDEM" -> "pty", "IGOUNOMIL" -> "mil", a bare "COP" -> "cop"; "" when it has none."""
    return (split_code(code, ActorDictionary.load().country_names.keys())[1] or "").lower()
