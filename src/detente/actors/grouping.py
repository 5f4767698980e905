"""Joining adjacent dictionary pieces into noun-phrase groups, one actor mention each.

"Chinese" + "President" + "Xi Jinping" is one group; "the government of Ukraine" too; roles and
countries are shared over coordinations ("Hungarian and Romanian officials", "Danish media and
government"). Pure functions over the parsed doc and the pieces found by match.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from .match import Piece

GLUE = {"former", "ex", "ex-", "then", "senior", "top", "deputy", "acting", "first", "interim", "outgoing",
        "incoming", "new", "veteran", "late", "embattled", "ousted", "exiled", "mr.", "mrs.", "ms.", "dr.",
        "mr", "mrs", "ms", "dr", "sir", "dame", "-", "very", "clearly", "main", "vice", "newly", "appointed", "ethnic"}
FORMER = {"former", "ex", "ex-", "ousted", "deposed"}  # an ousted president is a former one
LEAD = FORMER | {"the", "then", "senior", "top", "acting", "interim", "outgoing", "mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr"}
POSSESSIVE = {"'s", "\u2019s", "'", "\u2019"}
LEADER_GROUPS = {"administration", "government", "cabinet", "regime"}
#: heads that make "X's NATO allies" the body's other members, one actor with the body
_FELLOW_NOUNS = {"ally", "partner", "member", "counterpart", "colleague"}
#: heads that make "X's UN ambassador" the state's envoy to the body (agents.tsv flag `envoy`; builder.py)
_ENVOY_NOUNS = {"ambassador", "envoy", "diplomat"}
_REGION_NOUNS = {"region", "province", "state", "district", "county", "governorate", "oblast", "area", "city", "town"}


@dataclass(slots=True)
class Group:
    pieces: list[Piece]
    start: int = 0  # tokens of the mention, with a leading "the"/"former"
    end: int = 0
    former: bool = False
    inherit_role: str | None = None  # from "ambassadors of Arnor, Osgiliath and Gondor"
    inherit_geo: Piece | None = None  # from "Danish media and government"
    actor: int | None = None
    code: str | None = None
    via: str = "name"
    extra: dict = field(default_factory=dict)

    def of(self, cls: str) -> list[Piece]:
        return [p for p in self.pieces if p.cls == cls]


_RANK = {"GEO": 0, "ACTOR": 0, "ROLE": 1, "PERSON": 2}


def _gap_ok(doc: Doc, a: int, b: int, prev: Piece) -> bool:
    if b - a > 3:
        return False
    for i in range(a, b):
        t = doc[i]
        low = t.lower_
        if low in POSSESSIVE and prev.cls in ("GEO", "ACTOR") and i == a:
            continue
        if low == "led" and i > a and doc[i - 1].text == "-" and prev.cls == "GEO":
            continue  # "Vietnamese-led forces"
        if low == "for" and i == a and prev.cls == "ROLE" and prev.entry.title and all(
                doc[j].pos_ == "PROPN" and doc[j].is_title for j in range(a + 1, b)) and b > a + 1:
            return True  # "Minister for Interior Aftab Sherpao", "Secretary for Foreign Affairs"
        if low == "-" and t.whitespace_ and i > 0 and doc[i - 1].whitespace_:
            return False  # "LONDON - Labour leader ...": a dash, not the hyphen of "ex-president"
        if low in GLUE or (t.pos_ in ("ADJ", "ADV") and not t.is_punct) or (t.dep_ == "compound" and t.pos_ == "NOUN"):
            continue
        return False
    return True


#: roles of armed men whose unknown group's name may stand between a demonym and them, and whose
#: plural a name compounded onto is their group's, not a person's (resolve.py)
ARMED_MEN = frozenset({"REB", "UAF"})
_NAME_JOINERS = frozenset({"al", "el", "ul", "-", "e", "i", "ad", "ash", "as", "an", "ar", "at", "az"})


def _group_name(doc: Doc, a: int, b: int, p: Piece) -> bool:
    """Tokens a..b are one capitalised name compounded onto the role `p` ("Kataib Sayyid al-Shuhada"
    of "Iraqi Kataib Sayyid al-Shuhada fighters"): at most six, the first capitalised, each a
    capitalised proper noun or a particle of an Arabic name, each attached inside the phrase."""
    if not 0 < b - a <= 6 or not doc[a].is_title:
        return False
    for t in doc[a:b]:
        if not ((t.pos_ == "PROPN" and t.text[:1].isupper()) or t.lower_ in _NAME_JOINERS):
            return False
        if not a <= t.head.i < p.end:
            return False
    return True


def _possessed(doc: Doc, a: int, b: int, p: Piece) -> bool:
    """A possessive whose noun phrase the role heads, however its modifiers run ("Sudan's two
    warring generals", "Myanmar's ruling junta", "Israel's far-right government"): the possessor
    owns the role. The parser must attach the possessor and every word between to the role."""
    if b - a < 2 or b - a > 6 or doc[a].lower_ not in POSSESSIVE or a == 0:
        return False
    owner = doc[a - 1]
    if owner.dep_ != "poss" or not p.start <= owner.head.i < p.end:
        return False
    return all(doc[i].dep_ in _NP_MODIFIERS and a <= doc[i].head.i < p.end for i in range(a + 1, b))


_NP_MODIFIERS = frozenset({"amod", "nummod", "compound", "advmod", "npadvmod", "punct", "quantmod", "hyph", "nmod"})


def _state_form(between: list[str], forms) -> bool:
    """"of the Kingdom of", "of the Islamic Republic of": a state's formal name before the country."""
    return (len(between) >= 3 and between[0] == "of" and between[-1] == "of"
            and all(w == "the" or w in forms for w in between[1:-1]) and any(w in forms for w in between[1:-1]))


def _left_from(doc: Doc, role_piece: Piece, leave, leave_nouns=()) -> bool:
    """"withdraw their force from Chad", "the withdrawal of troops from Lebanon": the country after
    "from" is the place left, not the owner."""
    head = doc[role_piece.end - 1]
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        return head.head.head.lemma_.lower() in leave_nouns
    return head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_.lower() in leave


def _joins(doc: Doc, g: Group, p: Piece, words: dict) -> bool:
    last = g.pieces[-1]
    if last.trim and p.cls != "ROLE":
        return False
    a, b = last.end, p.start
    between = [t.lower_ for t in doc[a:b]]
    lc, pc = last.cls, p.cls
    if lc == "PERSON":
        # "the Netanyahu government" -> the person's country, GOV
        return pc == "ROLE" and b == a and p.entry.name in LEADER_GROUPS and not last.new_person
    if pc == "PERSON" and p.new_person and lc in ("GEO", "ACTOR") and not g.of("ROLE"):
        return False  # "Russia Vladimir ..." without a title: leave unknown names alone
    if lc == pc == "GEO" and last.entry.kind == p.entry.kind == "demonym" and b == a and len(g.pieces) == 1:
        return True  # "Bosnian Serbs", "Bosnian Serb forces": a community of the first country
    if (lc == pc == "ROLE" and len(between) == 1 and between[0] in POSSESSIVE and p.entry.title
            and not last.entry.title and not last.trim):
        return True  # "farmers' leader", "the rebels' commander": the group's head
    if lc in ("GEO", "ACTOR") and pc == "ROLE" and _possessed(doc, a, b, p):
        return True  # "Sudan's two warring generals", "Israel's far-right government"
    if (lc == "GEO" and pc == "ACTOR" and p.entry.code.startswith("IGO") and any(w in POSSESSIVE for w in between)
            and doc[p.end - 1].head.lemma_.lower() not in _FELLOW_NOUNS | _ENVOY_NOUNS):
        return False  # "Finland's NATO membership", "Ukraine's EU bid": no state owns a body of states
    if (lc == "GEO" and last.entry.kind in ("country", "demonym") and pc == "ROLE" and len(g.pieces) == 1
            and p.entry.code in ARMED_MEN and _group_name(doc, a, b, p)):
        return True  # "Iraqi Kataib Sayyid al-Shuhada fighters": the armed group of the demonym's country
    if (lc in ("GEO", "ACTOR") and pc == "GEO" and p.entry.kind in ("country", "capital")
            and all(w in POSSESSIVE for w in between) and len(g.pieces) == 1
            and doc[p.end - 1].head.lemma_.lower() in _ENVOY_NOUNS and doc[p.end - 1].head.i >= p.end):
        return True  # "the U.S. Syria envoy", "the UN's Syria envoy": the sender's envoy for a country
    if _RANK[pc] > _RANK[lc] or (lc == pc == "ROLE") or (lc == "GEO" and pc == "ACTOR"):
        return _gap_ok(doc, a, b, last)
    if lc == "ROLE" and pc in ("GEO", "ACTOR") and not g.of("GEO") and not g.of("ACTOR") and not g.of("PERSON"):
        if last.entry.against or last.entry.follower:
            return False  # "critics of the Brazilian president", "supporters of Britain": whom they oppose or follow
        if p.cls == "GEO" and p.entry.kind == "demonym":
            head = doc[p.end - 1].head
            # "inhabitants of the Syrian Golan Heights": the demonym places a named place
            return between in (["of"], ["of", "the"]) and head.i >= p.end and head.pos_ == "PROPN"
        if between in (["of"], ["of", "the"]) or _state_form(between, words.get("state_forms", ())):
            return True  # "the government of Ukraine", "President of Russia", "Ambassador of Kingdom of Morocco"
        if between in (["based", "in"], ["based", "in", "the"]):
            return True  # "a terror group based in Trinidad"
        role_piece = g.of("ROLE")[0]
        if (between in (["from"], ["from", "the"])
                and (not role_piece.entry.title or _plural(doc[role_piece.end - 1], role_piece))
                and not _left_from(doc, role_piece, words.get("leave_verbs", ()), words.get("leave_nouns", ()))):
            return True  # "soldiers from Gondor", "ministers from Arnor": a plural title names no one person
        if (between in (["in"], ["in", "the"]) or _in_described_place(doc, a, b, p)) \
                and (not role_piece.entry.title or _titles_of_a_country(doc, role_piece, p)) \
                and (role_piece.entry.code != "MIL" or _backed(doc, role_piece)):
            # "lawmakers in Fornost", "prosecutors in Arnor" (a plural title names no one person); troops
            # in a country are not that country's, nor are the envoys posted there, save forces another
            # power backs ("US-backed forces in Syria"): a local force, not the backer's
            return True
    return False


def backing_word(tok: Token) -> bool:
    """Whether `tok` is a participle of backing (attachment.yaml `backing_words`) hyphened to the
    backer's name before it: "backed" in "US-backed forces" (a hyphen or a non-breaking one). The
    backer is never who the phrase is ("the Iran-backed group": describe.py, events/roles.py)."""
    from .dictionary import ActorDictionary

    return (tok.i > 0 and tok.doc[tok.i - 1].text in ("-", "\u2011")
            and tok.lower_ in ActorDictionary.load().attach["backing_words"])


def _backed(doc: Doc, role_piece: Piece) -> bool:
    """A force another power backs ("US-backed forces", "Saudi-backed government forces"): its head
    word holds a hyphened participle of backing before it."""
    head = doc[role_piece.end - 1]
    return any(c.i < head.i and backing_word(c) for c in head.children)


def _titles_of_a_country(doc: Doc, role_piece: Piece, p: Piece) -> bool:
    """"prosecutors in Brazil", "judges in Poland": a plural title, no one's ("their foreign ministers
    in Bangkok" met there) and no envoy's, in a country (a meeting's city is no home)."""
    head = doc[role_piece.end - 1]
    return (_plural(head, role_piece) and not role_piece.entry.envoy and p.entry.kind == "country"
            and not any(c.dep_ == "poss" for c in head.children))


def _plural(tok, piece: Piece) -> bool:
    """Whether the head word of a role is plural ("ministers"), also when a capital at the start of
    a sentence made the tagger read it as a name ("Ministers from India and Pakistan ...")."""
    if tok.tag_ in ("NNS", "NNPS"):
        return True
    name = piece.entry.name.lower() if piece.entry is not None else ""
    return tok.tag_ == "NNP" and bool(name) and tok.lower_ != name.split()[-1] and tok.lower_.rstrip("s") == name.split()[-1].rstrip("s")


def _in_described_place(doc: Doc, a: int, b: int, p: Piece) -> bool:
    """"in the eastern Donetsk region", "in northern Gondor": "in", then only "the" and adjectives,
    before a place that is what "in" governs, alone or naming the region noun it modifies."""
    if b - a < 2 or doc[a].lower_ != "in" or p.cls != "GEO" or p.entry.kind == "demonym":
        return False
    if any(not (t.lower_ == "the" or t.pos_ == "ADJ") for t in doc[a + 1:b]):
        return False
    head = doc[p.end - 1]
    if head.dep_ == "compound" and head.head.i == p.end and head.head.lower_ in _REGION_NOUNS:
        head = head.head
    return head.dep_ == "pobj" and head.head.i == a


def group_pieces(doc: Doc, pieces: list[Piece], *, words: dict | None = None) -> list[Group]:
    """Adjacent pieces of one sentence that form one noun phrase, in text order. `words`: the word
    lists of attachment.yaml (state_forms, leave_verbs, leave_nouns)."""
    words = words or {}
    groups: list[Group] = []
    cur: Group | None = None
    for p in pieces:
        if cur is not None and doc[cur.pieces[-1].start].sent.start == doc[p.start].sent.start and _joins(doc, cur, p, words):
            cur.pieces.append(p)
        else:
            cur = Group([p])
            groups.append(cur)
    for g in groups:
        g.start, g.end = g.pieces[0].start, g.pieces[-1].end
        while g.start > 0 and doc[g.start - 1].lower_ in LEAD and doc[g.start - 1].head.i < g.end:
            g.start -= 1  # "the", "former": part of the mention when they modify its head
            if doc[g.start].lower_ == "the":
                break
        g.former = any(doc[i].lower_ in FORMER for i in range(g.start, g.end))
    return groups


#: the parser's labels for a noun that is an argument of its own clause, no modifier in a list
_ARGUMENT_DEPS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass", "attr", "appos"})


def _clause_argument(tok) -> bool:
    """Whether a name before a comma ends a phrase of its own clause, not the first of a list of
    modifiers: "struck targets near Damascus, Syrian state media said", "killed 12 Palestinians,
    the Gaza health ministry said" (a place struck and the people killed, no media or ministry);
    "Hungarian, Romanian and Polish officials" share their role."""
    return tok.dep_ in _ARGUMENT_DEPS


def share_over_coordination(doc: Doc, groups: list[Group]) -> None:
    """Roles and countries shared over "and"/"or"/commas, set on the groups as inherit_*."""
    for g, nxt in zip(groups, groups[1:]):
        between = [t.lower_ for t in doc[g.end:nxt.start]]
        if ([p.cls for p in g.pieces] == ["GEO"] and between in (["and"], ["or"], [","], ["and", "the"])
                and nxt.pieces[0].cls == "GEO" and nxt.of("ROLE") and not nxt.of("PERSON")
                and doc[g.end - 1].sent.start == doc[nxt.start].sent.start
                and not (between == [","] and _clause_argument(doc[g.end - 1]))):
            # "Hungarian and Romanian officials", "US and British forces": the role is shared
            g.inherit_role = nxt.of("ROLE")[0].entry.code
            g.former = g.former or nxt.former
    by_token = {i: g for g in groups for p in g.pieces for i in range(p.start, p.end)}
    for g in groups:
        root = doc[g.pieces[-1].end - 1 if not g.pieces[-1].trim else g.pieces[-1].end - 1]
        if root.dep_ != "conj":
            continue
        h = root.head
        while h.dep_ == "conj" and h.i not in by_token:
            h = h.head
        first = by_token.get(h.i)
        if first is None or first is g:
            h2 = root.head
            while h2.dep_ == "conj":
                h2 = h2.head
            first = by_token.get(h2.i)
            if first is None or first is g:
                continue
        kinds = [p.cls for p in g.pieces]
        if kinds == ["GEO"] or kinds == ["ACTOR"]:
            # "the ambassadors of Arnor, Osgiliath and Gondor": the role is shared
            roles = first.of("ROLE")
            if roles and first.pieces[0].cls == "ROLE" and first.of("GEO") + first.of("ACTOR"):
                g.inherit_role = roles[0].entry.code
                g.former = g.former or first.former
            elif first.inherit_role and [p.cls for p in first.pieces] == kinds:
                # "... of Arnor, Osgiliath and Gondor": the conjunct before already shares the role
                g.inherit_role = first.inherit_role
                g.former = g.former or first.former
        elif all(k == "ROLE" for k in kinds):
            # "Danish media and government": the country is shared
            geo = first.of("ACTOR") + first.of("GEO")
            if geo and first.of("ROLE"):
                g.inherit_geo = geo[0]
                g.former = g.former or first.former
