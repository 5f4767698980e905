"""People: coding a group that names a person, and finding the same person again later.

A person group ("Chinese President Xi Jinping", "Putin", "U.N. mediator Diego Cordovez") takes the
dictionary person its words and the article's places fit best at the date (`known_person`:
someone already named wins, then a holder of office in the group's country); an unknown name
takes the country or organisation its group or sentence names, else stays an Entity. A title in
the text ("President Obama") outweighs the table's terms. Once every group is coded, bare
surnames of people named earlier are found wherever they stand (`later_surnames`).
The `Builder` (builder.py) calls `person_group` and `known_person`; resolve.py calls
`later_surnames` after appositions are resolved.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from .dictionary import ROLES, Person, Role, split_code
from .names import hyphen_end, strip_honorifics
from .tables import norm

if TYPE_CHECKING:
    from .builder import Builder
    from .grouping import Group
    from .match import Piece


def known_person(b: Builder, p: Piece, geos: list[Piece]) -> Person | None:
    """The dictionary person a name piece means here: one already named in the article, else, of
    those from the group's country when it names one (else from the dateline's), the latest to take office by the date (those
    in office at the date first, then those who had taken any office by then); None for a name
    not in the dictionary."""
    if p.new_person:
        return None
    cands = [e.person for e in p.entries if e.kind in ("person", "surname") and e.person is not None]
    if p.entry.kind == "person":
        cands = [e.person for e in p.entries if e.kind == "person"] or cands
    seen = [c for c in cands if any(c is q for q in b.people.values())]
    if seen:
        return seen[-1]
    # the group's own place first ("Georgia's Kemp"), else the dateline's: a bare "Johnson" in a
    # story filed from London is Boris Johnson, not a US senator of that name
    country = b.country_of(geos[0]) if geos else b.places.dateline
    if country:
        cands = [c for c in cands if c.country == country or any(r.country == country for r in c.roles)] or cands
    holding = [c for c in cands if c.holds_office(b.on)]
    # out of office at the date: someone already in public life then, not one whose first role
    # was still to come ("Powell" in 1995 is Colin Powell, not Jerome)
    started = [c for c in cands if c.started_by(b.on)]
    pool = holding or started or cands
    return max(pool, key=lambda c: c.latest_start(by=b.on)) if pool else None


def _article_person(b: Builder, words: list[str]) -> int | None:
    """An actor of this article whose name ends with these words ("Tanaev", "Xi")."""
    words = [norm(w) for w in words]  # "Traoré" in the table, "Traore" in the text: one name
    for a, names in reversed(list(b.person_names.items())):
        if len(words) <= len(names) and [norm(w) for w in names[-len(words):]] == words:
            return a
    return None


def person_group(b: Builder, g: Group, p: Piece, roles: list[Piece], geos: list[Piece], trim: int) -> None:
    """Code a group ending in a person's name, as that person's actor (a new one when unknown)."""
    name = b.doc[p.start:p.end].text
    name = name[:-p.trim] if p.trim else name
    name = strip_honorifics(name, b.d.attach.get("honorifics", frozenset()))  # "Prince Abdulaziz ..."
    words = [w.lower() for w in name.replace("\u2019", "'").split()]
    a = _article_person(b, words) if (p.new_person or p.entry.kind == "surname") else None
    if a is None:
        person = known_person(b, p, geos)
        if person is not None:
            code, country, role = person.code_at(b.on)
            if ("person", person.name) not in b.keys:
                _adopt_apposed_title(b, g, person.name, code, country, role)
            a = b.actor(("person", person.name), code, person.name, "person", country, role)
            b.people.setdefault(a, person)
            b.person_names.setdefault(a, [w.lower() for w in person.name.replace(".", "").split()])
        else:
            country = b.country_of(geos[0]) if geos else None
            body = bool(geos) and geos[0].entry.kind in ("org", "user_actor")
            if country is None and roles and not body:
                # (a body named before the title places its person: "EU trade chief Valdis
                # Dombrovskis ... talks with Japan" is the EU's, never the sentence's Japan)
                country = b.places.for_person(b.doc, g.start)
            r0 = roles[0].entry if roles else None
            owner = geos[0].entry if geos else None
            role = r0.role_under(owner) if r0 is not None and (r0.kind == "agent" or (
                r0.kind == "user_agent" and not r0.prefix and r0.code in ROLES)) else None
            if not geos and _owned_title(b, roles):
                role = None  # "leader Olivier Faure": the head of something unnamed, no government
            org = _owning_org(b, geos, role)  # "Hamas spokesman X", "Labour leader X": the organisation's
            if country is None and geos and geos[0].entry.kind in ("org", "user_actor"):
                org = geos[0].entry.code_at(b.on) or None  # "U.N. mediator Diego Cordovez"
            if country is None and role is None and org is None:
                return  # an unknown name with nothing to place it: stays an Entity
            if org:
                country, role = split_code(org, b.countries)  # the code and its parts agree: "GBRMED" -> GBR, MED
            code = org or (country or "") + (role or "")
            if ("person", name) not in b.keys and country:
                _adopt_apposed_title(b, g, name, code, country, role)
            a = b.actor(("person", name), code, name, "person", country, role)
            b.people.setdefault(a, None)
            b.person_names.setdefault(a, words)
    actor = b.res.actors[a]
    code = actor.code
    person = b.people.get(a)
    if person is not None:
        code, country, role = person.code_at(b.on)
        held = _office_named(b, person, geos)
        if held is not None:
            code, country, role = held.code, held.country, held.role
        titles = [r for r in roles if r.entry.kind == "agent" and r.entry.title]
        if titles and role in (None, "ELI") and not g.former and (geos or not _owned_title(b, titles)):
            # "President Obama" in the text outweighs a date outside the table's terms; "Reform UK
            # leader Nigel Farage" is his party's
            title = titles[0].entry.role_under(geos[0].entry if geos else None)  # "Hong Kong chief executive": GOV
            code = _owning_org(b, geos, title) or country + title
            b.text_codes.setdefault(a, code)  # "Mr Sharon" later is the "Prime Minister Ariel Sharon" named first
        elif not titles and not g.former and a in b.text_codes:
            code = b.text_codes[a]
        elif titles and role == "PTY" and titles[0].entry.code == "OPP" and not g.former and country:
            code = country + "OPP"  # "Opposition leader Raila Odinga": a party leader the text puts in opposition
    if g.former and actor.country:
        code = actor.country + "ELI"
    via = "name" if len(g.pieces) > 1 or (not p.new_person and p.entry.kind == "person") else "surname"
    if roles and len(g.pieces) == 2 and p.entry is not None and p.entry.kind == "surname":
        via = "title"
    if p.new_person and len(g.pieces) == 1:
        via = "surname" if len(words) == 1 else "name"
    for r in roles:
        if r.entry.kind == "agent" and r.entry.title:
            b.titled.append((g.start, a, r.key.split()))  # for "the minister" later (describe.py)
    b.mention(g.start, g.end, trim, a, code, via)


def _office_named(b: Builder, person: Person, geos: list[Piece]) -> Role | None:
    """The person's office in the organisation the name is preceded by, whatever the date: "NATO
    Secretary-General Jens Stoltenberg" is NATO's, though the table has him Norway's finance
    minister by the date; "U.N. envoy X" of a former minister. None without such an organisation,
    or when the person held no office in it."""
    if not geos or geos[0].entry.kind != "org":
        return None
    org = geos[0].entry.code_at(b.on)
    held = [r for r in person.roles if org and r.code.startswith(org)]
    return max(held, key=lambda r: r.period.start or date.min) if held else None


def _adopt_apposed_title(b: Builder, g: Group, name: str, code: str, country: str | None, role: str | None) -> None:
    """A known person named in apposition after a title that stands alone ("Germany's new foreign
    minister, Johann Wadephul, travelled to Kyiv") is the title's person: the title's actor, made
    for that one mention, becomes this person's, so "the minister" later is the person, as the
    title of an unknown name is (coref.py `resolve_appositions`). Only a title of the person's own
    country; the actor stays the title's code on this mention."""
    root = b.doc[g.start:g.end].root
    head = root.head
    if root.dep_ != "appos" or g.start != head.i + 2 or b.doc[g.start - 1].text != ",":
        return  # the name must follow the title right after its comma
    title = next((m for m in b.res.mentions if m.tok_end == head.i + 1 and m.via == "agent"), None)
    if title is None:
        return
    act = b.res.actors[title.actor]
    if act.kind != "person" or len(act.mentions) != 1 or title.actor in b.people or act.country != country:
        return
    act.name, act.code, act.country, act.role = name, code, country, role
    b.keys[("person", name)] = title.actor


def _owned_title(b: Builder, roles: list[Piece]) -> bool:
    """The group's only title heads something its words must name ("leader", "chief")."""
    return len(roles) == 1 and roles[0].key in b.d.attach["owned_titles"]


def _owning_org(b: Builder, geos: list[Piece], role: str | None) -> str | None:
    """The code of an organisation with a role that a person's group names ("Labour leader", "Hamas
    spokesman", "APC chairman"), when the person's own title says no other role than a
    government's (as for "a Labour spokesman", builder.py `_compose`): the organisation's people."""
    if not geos or role not in (None, "GOV") or geos[0].entry.kind not in ("org", "metonym", "user_actor"):
        return None
    code = geos[0].entry.code_at(b.on)
    return code if split_code(code, b.countries)[1] not in (None, "GOV") else None


def later_surnames(b: Builder) -> None:
    """Bare surnames of people named earlier, whatever spaCy tagged them ("Tanaev said"), also after
    the title the person was introduced with ("Prime Minister Vajpayee", `_title_before`)."""
    last_words = {}
    first_names_last = b.d.attach["family_name_first"] | b.d.attach["given_name_called"]
    honorifics = frozenset(b.d.attach.get("honorifics", ()))
    for a, words in b.person_names.items():
        if len(words) > 1:  # accents folded: the table's "Ibrahim Traoré" is the text's "Traore"
            last_words.setdefault(norm(words[-1]), a)
            if (b.res.actors[a].country or "").lower() in first_names_last:
                last_words.setdefault(norm(words[0]), a)  # "Wang Yi ... Wang said", "Srettha Thavisin ... Srettha said"
    if not last_words:
        return
    titles: dict[int, list[list[str]]] = {}  # the titles each person was introduced with
    for _, a, words in b.titled:
        titles.setdefault(a, []).append(words)
    first_at = {a: min(m.tok_start for m in b.person_mentions if m.actor == a) for a in b.person_names
                if any(m.actor == a for m in b.person_mentions)}
    for t in b.doc:
        end = hyphen_end(b.doc, t.i + 1)  # "Ortega-Valdivia": three tokens, one surname
        a = last_words.get(norm(b.doc[t.i:end].text if end > t.i + 1 else t.text))
        if (a is None or any(i in b.covered for i in range(t.i, end)) or t.pos_ != "PROPN"
                or first_at.get(a, 10**9) > t.i):
            continue
        before = b.doc[t.i - 1] if t.i > 0 else None
        title = _title_before(b, t.i, titles.get(a, ()))
        if (before is not None and before.pos_ == "PROPN" and before.lower_.rstrip(".") not in honorifics
                and not title) or (end < len(b.doc) and b.doc[end].pos_ == "PROPN"):
            continue  # part of another name; not "Mr Traore", "Dr Abiy" after the full name
        act = b.res.actors[a]
        person = b.people.get(a)
        code = (b.text_codes.get(a) or person.code_at(b.on)[0]) if person is not None else act.code
        b.mention(t.i - title, end, 0, a, code, "title" if title else "surname")


def _title_before(b: Builder, i: int, titles) -> int:
    """How many words before token `i` repeat the end of a title the person was introduced with
    ("Indian Prime Minister Atal Behari Vajpayee ... meet Prime Minister Vajpayee", "... Minister
    Vajpayee"), none of them already coded and no other name word before them ("Chief Minister
    Vajpayee" is another's title); 0 when none do."""
    best = 0
    for words in titles:
        for k in range(len(words), best, -1):
            if k <= i and [norm(x.text) for x in b.doc[i - k:i]] == words[-k:] and not any(
                    j in b.covered for j in range(i - k, i)) and (i - k == 0 or b.doc[i - k - 1].pos_ != "PROPN"):
                best = k  # the whole title before the name: "Chief Minister Vajpayee" is no "Prime Minister"'s
                break
    return best
