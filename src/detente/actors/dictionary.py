"""The actor dictionary: every phrase that can name an actor, keyed by its lookup form.

Built-in data (`src/detente/data/actors/*.tsv`, documented in the README there) is read once per
process; users' files (TABARI/PETRARCH `.txt` or detente `.tsv`) extend it, and where they name the
same phrase they replace the built-in reading of it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..datafiles import Row, read_tsv, read_utf8, read_yaml
from ..errors import DictionaryError
from . import tabari
from .tables import ROLE_RE, check_code, norm, parse_date, split_list
from .tabari import Period

DATA = Path(__file__).resolve().parent.parent / "data" / "actors"

#: CAMEO role codes detente produces or understands in users' codes.
ROLES = frozenset(
    "GOV MIL REB OPP PTY COP JUD LEG BUS MED EDU CVL REF ELI SPY LAB AGR HLH HRI CRM REL UAF IGO NGO "
    "MOS CHR ENV SET DEV INS MNC".split()
)
#: Roles that speak for their state: its government, forces, legislature, courts, police, spies
#: and elites ("the Kremlin", "Russian troops" and Putin are all Russia's state).
STATE_ROLES = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "ELI"})
#: First three letters of codes that are not countries.
NON_COUNTRY = frozenset({"IGO", "NGO", "IMG", "NGM", "MNC", "UIS", "---"})


@dataclass(frozen=True, slots=True)
class Role:
    country: str  # ISO3, or an organisation's code for posts such as UN Secretary-General
    role: str | None
    period: Period
    note: str = ""

    @property
    def code(self) -> str:
        return self.country + (self.role or "")


@dataclass(eq=False, slots=True)
class Person:
    """A person with dated roles (one identity across posts: Rutte, Dutch PM then NATO chief)."""

    name: str
    gender: str = ""
    roles: list[Role] = field(default_factory=list)
    source: str = ""

    @property
    def country(self) -> str:
        return next((r.country for r in reversed(self.roles) if not r.country.startswith("IGO")), self.roles[-1].country)

    def code_at(self, on: date) -> tuple[str, str, str | None]:
        """(code, country, role) on a date: the role held; ELI once the last one ended; the country before."""
        held = [r for r in self.roles if r.period.holds(on)]
        if held:
            return held[0].code, held[0].country, held[0].role
        ended = [r for r in self.roles if r.period.end is not None and r.period.end <= on]
        if ended:
            last = max(ended, key=lambda r: r.period.end)
            return last.country + "ELI", last.country, "ELI"
        return self.country, self.country, None

    def holds_office(self, on: date) -> bool:
        return any(r.period.holds(on) for r in self.roles)

    def latest_start(self, by: date | None = None) -> date:
        """The start of the person's latest role (of the latest begun by `by`, when given and any has)."""
        starts = [r.period.start or date.min for r in self.roles]
        begun = [d for d in starts if by is None or d <= by]
        return max(begun or starts)

    def started_by(self, on: date) -> bool:
        """Whether any of the person's roles had begun by `on`."""
        return any((r.period.start or date.min) <= on for r in self.roles)


@dataclass(eq=False, slots=True)
class Entry:
    """One reading of a phrase."""

    kind: str  # country demonym capital province region org metonym person surname agent user_actor user_agent
    name: str
    code: str = ""  # country/org/metonym/user code; for agents the role (user agents: the code part)
    periods: tuple[Period, ...] = ()  # dated codes of organisations and user actors
    person: Person | None = None
    leader: bool = False  # a title for a head of state or government
    title: bool = False  # an agent that can stand before a person's name
    igo: bool = False  # an agent that serves an international organisation when no country is named
    follower: bool = False  # an agent named by whom it follows ("supporters"): its owner, if named, is the actor
    against: bool = False  # an agent named by whom it opposes ("critics"): only with an owner, and never that owner
    envoy: bool = False  # a diplomat, posted abroad: its country is not where the sentence is
    abroad: bool = False  # people held abroad (hostages): their country is not the sentence's for others
    led: bool = False  # an alliance known by its leader ("the Saudi-led coalition"): an actor only so, or named so before
    sole: bool = False  # an office a state has one holder of ("foreign minister"): its plural names several states
    polity: bool = False  # a company's title that a polity's own words make its head of government ("Hong Kong chief executive")
    prefix: bool = False  # user agent "NGO~"
    caps: bool = False  # an acronym: must be written in capitals
    source: str = ""

    def role_under(self, owner: "Entry | None") -> str:
        """An agent's role under the entry its phrase names as owner: a `polity` title owned by a
        country or province ("Hong Kong chief executive", "Macau's chief executive") is
        that polity's head of government, GOV; a company's keeps the table's role ("Apple chief
        executive": BUS)."""
        if self.polity and owner is not None and owner.kind in ("country", "province"):
            return "GOV"
        return self.code

    def code_at(self, on: date) -> str:
        if not self.periods:
            return self.code
        dated = [p for p in self.periods if p.dated and p.holds(on)]
        if dated:
            return dated[0].code
        plain = [p for p in self.periods if not p.dated]
        return plain[0].code if plain else ""


def split_code(code: str, countries: set[str] | frozenset[str] = frozenset()) -> tuple[str | None, str | None]:
    """(country, role) of a CAMEO code: "RUSMIL" -> ("RUS", "MIL"); "IGOUNO" -> (None, None)."""
    head = code[:3]
    if head in ROLES and head not in countries and (not countries or len(code) == 3):
        return None, head  # a bare role: "COP" is police of no known country
    if not code or head in NON_COUNTRY or not head.isalpha():
        roles = [code[i : i + 3] for i in range(3, len(code), 3)]
        return None, next((r for r in roles if r in ROLES), None)
    if countries and head not in countries and len(code) > 3 and code[3:6] not in ROLES:
        return None, None  # a region or organisation code such as "EUR" or "PSEGZA" stays whole
    role = code[3:6] if len(code) >= 6 and code[3:6].isupper() else None
    return head, role


class ActorDictionary:
    """Phrases → readings, plus people, country names and the disambiguation rules."""

    def __init__(self) -> None:
        self.index: dict[str, list[Entry]] = {}
        self.prefixes: set[str] = set()
        self.country_names: dict[str, str] = {}
        self.org_names: dict[str, str] = {}
        self.people: list[Person] = []
        self.ambiguous: dict[str, dict] = {}
        self.user_keys: set[str] = set()
        self.successors: dict[str, tuple[date, str]] = {}  # new state -> (independence day, predecessor)
        self.homes: dict[str, str] = {}  # community agent (lookup form) -> the country it lives in
        self.attach: dict[str, frozenset[str]] = {}  # word lists of attachment.yaml

    # ----------------------------------------------------------------- loading
    @classmethod
    def load(cls, actors_files=(), agents_files=()) -> "ActorDictionary":
        """The built-in dictionary (read once per process) extended by users' actor and agent files."""
        base = _builtin()
        if not actors_files and not agents_files:
            return base
        d = cls()
        d.index = {k: list(v) for k, v in base.index.items()}
        d.prefixes = set(base.prefixes)
        d.country_names = dict(base.country_names)
        d.org_names = dict(base.org_names)
        d.people = list(base.people)
        d.ambiguous = base.ambiguous
        d.successors, d.homes, d.attach = base.successors, base.homes, base.attach
        for f in actors_files:
            d._load_user_actors(str(f))
        for f in agents_files:
            d._load_user_agents(str(f))
        return d

    def add(self, phrase: str, entry: Entry, *, user: bool = False) -> None:
        key = norm(phrase)
        if key.startswith("the ") and entry.kind in ("metonym", "org", "region", "country", "user_actor"):
            key = key[4:]  # "the" is taken into the mention from the text, never required
        if not key:
            return
        if user and key not in self.user_keys:
            self.user_keys.add(key)
            self.index[key] = []  # a user's reading replaces the built-in ones
        self.index.setdefault(key, []).append(entry)
        for i in range(1, len(key) + 1):
            self.prefixes.add(key[:i])

    def _load_user_actors(self, path: str) -> None:
        if path.endswith(".tsv"):
            self._load_tsv(path, user=True)
            return
        for ent in tabari.read_actors(path):
            for phrase in ent.phrases:
                e = Entry("user_actor", ent.phrases[0].replace("_", " ").strip().title(), ent.periods[0].code,
                          periods=tuple(ent.periods), source=ent.source)
                self.add(phrase, e, user=True)

    def _load_user_agents(self, path: str) -> None:
        if path.endswith(".tsv"):
            self._load_agents(read_tsv(path, AGENT_COLUMNS), user=True)
            return
        for ag in tabari.read_agents(path):
            for phrase in ag.phrases:
                self.add(phrase, Entry("user_agent", ag.phrases[0].replace("_", " ").lower(), ag.code,
                                       prefix=ag.prefix, source=ag.source), user=True)

    def _load_tsv(self, path: str, *, user: bool) -> None:
        """A detente-format user table: people, organisations or metonyms, told apart by the header."""
        header = next((ln for ln in read_utf8(path).splitlines() if ln.strip() and not ln.lstrip().startswith("#")), "")
        cols = {c.strip().lower() for c in header.split("\t")}
        if {"name", "country", "role", "start"} <= cols:
            self._load_people(read_tsv(path, PEOPLE_COLUMNS), user=user)
        elif {"code", "name", "kind"} <= cols:
            self._load_orgs(read_tsv(path, ORG_COLUMNS), user=user)
        elif {"phrase", "code", "name"} <= cols:
            self._load_metonyms(read_tsv(path, METONYM_COLUMNS), user=user)
        else:
            raise DictionaryError(
                "line 1: unknown table; the header must be that of people.tsv, organisations.tsv or metonyms.tsv",
                source=path,
            )

    # --------------------------------------------------------- built-in tables
    def _load_countries(self, rows: list[Row]) -> None:
        for r in rows:
            code = check_code(r, "code", r.get("code"))
            name = r.get("name") or (_ for _ in ()).throw(r.fail("name is empty"))
            self.country_names[code] = name
            src = f"{r.path}:{r.line}"
            for phrase in [name, *split_list(r.get("aliases"))]:
                self.add(phrase, Entry("country", name, code, caps=_is_acronym(phrase), source=src))
            for dem in split_list(r.get("demonyms")):
                for form in {dem, *_demonym_plurals(dem)}:
                    self.add(form, Entry("demonym", name, code, source=src))
            for cap in split_list(r.get("capitals")):
                self.add(cap, Entry("capital", name, code, source=src))

    def _load_spellings(self, rows: list[Row]) -> None:
        """Misspelt country names and demonyms ("Afganistan"): read as the country's own forms."""
        for r in rows:
            code = check_code(r, "code", r.get("code"))
            if code not in self.country_names:
                raise r.fail(f"code {code} is not in countries.tsv")
            kind = {"name": "country", "demonym": "demonym"}.get(r.get("kind"))
            if kind is None or not r.get("variant"):
                raise r.fail(f"kind {r.get('kind')!r} must be name or demonym, and variant must be set")
            name, src = self.country_names[code], f"{r.path}:{r.line}"
            forms = [r.get("variant")] + (_demonym_plurals(r.get("variant")) if kind == "demonym" else [])
            for form in forms:
                self.add(form, Entry(kind, name, code, source=src))

    def _load_provinces(self, rows: list[Row]) -> None:
        """Provinces, regions and cities of a country ("Sindh": PAK); a shared name ("Punjab": IND|PAK)
        gets one reading per country, chosen in context by resolve.py."""
        seen: set[str] = set()
        for r in rows:
            place, codes = r.get("place"), split_list(r.get("country"))
            if not place or not codes:
                raise r.fail("place and country must be set")
            if r.get("kind") not in ("province", "region", "city"):
                raise r.fail(f"kind {r.get('kind')!r} must be province, region or city")
            key = norm(place)
            if key in seen or any(e.kind in ("country", "capital") for e in self.index.get(key, [])):
                raise r.fail(f"{place!r} is already a place (here or in countries.tsv)")
            seen.add(key)
            for code in codes:
                check_code(r, "country", code)
                if code not in self.country_names:
                    raise r.fail(f"country {code} is not in countries.tsv")
                self.add(place, Entry("province", place, code, source=f"{r.path}:{r.line}"))

    def _load_successors(self, rows: list[Row]) -> None:
        for r in rows:
            code, pred = check_code(r, "code", r.get("code")), check_code(r, "predecessor", r.get("predecessor"))
            since = parse_date(r, "since")
            if since is None or code not in self.country_names or pred not in self.country_names:
                raise r.fail("since must be a date, code and predecessor codes of countries.tsv")
            self.successors[code] = (since, pred)

    def _load_homes(self, rows: list[Row]) -> None:
        for r in rows:
            home = check_code(r, "home", r.get("home"))
            key = norm(r.get("phrase"))
            if home not in self.country_names or not any(e.kind == "agent" for e in self.index.get(key, [])):
                raise r.fail(f"{r.get('phrase')!r} must be an agent of agents.tsv and {home} a country of countries.tsv")
            self.homes[key] = home

    def _load_people(self, rows: list[Row], *, user: bool = False) -> None:
        by_name: dict[str, Person] = {}
        for r in rows:
            name, country, role = r.get("name"), r.get("country"), r.get("role")
            if not name:
                raise r.fail("name is empty")
            check_code(r, "country", country)
            if role:
                check_code(r, "role", role, ROLE_RE)
            start, end = parse_date(r, "start"), parse_date(r, "end")
            if start is None:
                raise r.fail("start is empty: a role we cannot date is left out")
            if end is not None and end <= start:
                raise r.fail(f"end {end} is not after start {start}")
            gender = r.get("gender").lower()
            if gender not in ("", "m", "f"):
                raise r.fail(f"gender {gender!r} must be m, f or empty")
            person = by_name.get(name)
            if person is None:
                person = by_name[name] = Person(name, gender, [], f"{r.path}:{r.line}")
                self.people.append(person)
                src = f"{r.path}:{r.line}"
                aliases = split_list(r.get("aliases"))
                # one-word aliases are surnames (or mononyms): they resolve with care, see people.py
                for phrase in [name, *[a for a in aliases if " " in a or "." in a]]:
                    self.add(phrase, Entry("person", name, person=person, source=src), user=user)
                for sur in [a for a in aliases if " " not in a and "." not in a]:
                    self.add(sur, Entry("surname", name, person=person, caps=_is_acronym(sur), source=src), user=user)
            person.roles.append(Role(country, role or None, Period(country + role, start, end), r.get("note")))

    def _load_orgs(self, rows: list[Row], *, user: bool = False) -> None:
        groups: dict[str, list[Row]] = {}
        for r in rows:
            check_code(r, "code", r.get("code"))
            if r.get("kind") not in ORG_KINDS:
                raise r.fail(f"kind {r.get('kind')!r} must be {', '.join(ORG_KINDS[:-1])} or {ORG_KINDS[-1]}")
            groups.setdefault(r.get("name"), []).append(r)
        for name, rs in groups.items():
            periods = []
            for r in rs:
                start, end = parse_date(r, "start"), parse_date(r, "end")
                periods.append(Period(r.get("code"), start, end))
            first = rs[0]
            self.org_names.setdefault(first.get("code"), name)
            kind = "region" if first.get("kind") == "region" else "org"
            phrases = [name] + [a for r in rs for a in split_list(r.get("aliases"))]
            for phrase in dict.fromkeys(phrases):
                e = Entry(kind, name, first.get("code"), periods=tuple(periods) if len(periods) > 1 else (),
                          caps=_is_acronym(phrase), source=f"{first.path}:{first.line}")
                self.add(phrase, e, user=user)

    def _load_metonyms(self, rows: list[Row], *, user: bool = False) -> None:
        for r in rows:
            code = check_code(r, "code", r.get("code"))
            if not r.get("phrase"):
                raise r.fail("phrase is empty")
            e = Entry("metonym", r.get("name") or r.get("phrase"), code, caps=_is_acronym(r.get("phrase")),
                      source=f"{r.path}:{r.line}")
            self.add(r.get("phrase"), e, user=user)

    def _load_agents(self, rows: list[Row], *, user: bool = False) -> None:
        for r in rows:
            phrase, role, kind = r.get("phrase"), r.get("role"), r.get("kind")
            if not phrase:
                raise r.fail("phrase is empty")
            check_code(r, "role", role, ROLE_RE)
            if kind not in ("title", "group"):
                raise r.fail(f"kind {kind!r} must be title or group")
            flags = set(split_list(r.get("flags").replace(",", "|")))
            if flags - AGENT_FLAGS:
                raise r.fail(f"unknown flag(s) {', '.join(sorted(flags - AGENT_FLAGS))}; use {', '.join(sorted(AGENT_FLAGS))}")
            plurals = r.get("plurals")
            forms = [phrase] + ([] if plurals == "-" else split_list(plurals) or [tabari._plural(phrase).lower()])
            for form in forms:
                e = Entry("agent", phrase, role, leader="leader" in flags, title=kind == "title", igo="igo" in flags,
                          follower="follower" in flags, against="against" in flags, envoy="envoy" in flags, abroad="abroad" in flags, led="led" in flags, sole="sole" in flags, polity="polity" in flags, caps=_is_acronym(phrase), source=f"{r.path}:{r.line}")
                self.add(form, e, user=user)

    # ----------------------------------------------------------------- lookups
    def lookup(self, key: str) -> list[Entry]:
        return self.index.get(key, [])

    def name_of(self, code: str) -> str:
        return self.country_names.get(code) or self.org_names.get(code) or code


PEOPLE_COLUMNS = ("name", "aliases", "country", "role", "start", "end", "gender", "note")
ORG_COLUMNS = ("code", "name", "aliases", "kind", "start", "end", "note")
ORG_KINDS = ("igo", "ngo", "group", "region", "media", "party", "company")
METONYM_COLUMNS = ("phrase", "code", "name")
AGENT_COLUMNS = ("phrase", "plurals", "role", "kind", "flags")
AGENT_FLAGS = frozenset({"leader", "igo", "follower", "against", "envoy", "abroad", "led", "sole", "polity"})


def _is_acronym(phrase: str) -> bool:
    letters = [c for c in phrase if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and len(phrase) <= 6


def _demonym_plurals(dem: str) -> list[str]:
    if dem.endswith(("ese", "ish", "ch", "ss", "i", "x")) or dem.endswith("Swiss"):
        return [dem + "s"] if dem.endswith("i") else []
    if dem.endswith("man"):
        return [dem[:-3] + "men"]
    return [dem + "s"]


ATTACH_KEYS = ("own_object_verbs", "meeting_nouns", "meeting_time_preps", "leave_verbs", "state_forms", "people_nouns", "described_heads", "bloc_heads", "bloc_names",
               "prep_owner_preps", "name_particles", "article_particles", "place_particles", "honorifics", "ruling_military", "military_rule_heads",
               "not_people", "suspect_verbs", "confess_verbs", "silenced_verbs", "crime_verbs", "individual_nouns", "family_name_first", "given_name_called", "leave_nouns",
               "party_heads", "leader_party_heads", "party_leader_titles", "party_families", "owned_titles", "thing_heads", "club_heads", "game_words",
               "weapon_heads", "company_suffixes", "company_caps_suffixes", "company_any_case_suffixes", "company_nouns", "company_owned_nouns", "body_kind_nouns", "body_kind_group_nouns", "body_kind_nouns_after", "warship_words", "media_name_words", "said_act_heads",
               "body_heads", "union_heads", "labour_heads", "union_trade_words", "crime_heads", "rebel_heads", "rebel_name_words", "armed_heads", "armed_verbs", "armed_agents", "body_international_words",
               "city_owners", "province_owners", "town_nouns", "town_suffixes", "compass_words", "city_states", "other_words", "foreign_words", "ruling_words", "home_title_roles", "home_side_roles", "home_force_roles", "striking_roles", "force_owner_roles", "counterpart_titles", "mouthpiece_titles", "office_heads", "sector_roles",
               "hostile_verbs", "hostile_preps", "partitive_heads", "own_pledge_nouns", "run_by_words", "party_states",
               "paramilitary_words", "backing_words")


def _read_word_lists(path: Path, keys: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """A YAML file of named lists of lower-case words; every key in `keys` must be there."""
    data = read_yaml(path, "named lists of words")
    out = {}
    for k in keys:
        words = data.get(k)
        if not isinstance(words, list) or not all(isinstance(w, str) and w == w.lower() for w in words):
            raise DictionaryError(f"{k} must be a list of lower-case words", source=str(path))
        out[k] = frozenset(words)
    return out


@functools.lru_cache(maxsize=1)
def _builtin() -> ActorDictionary:
    d = ActorDictionary()
    d._load_countries(read_tsv(DATA / "countries.tsv", ("code", "name", "aliases", "demonyms", "capitals")))
    d._load_orgs(read_tsv(DATA / "organisations.tsv", ORG_COLUMNS))
    d._load_metonyms(read_tsv(DATA / "metonyms.tsv", METONYM_COLUMNS))
    d._load_agents(read_tsv(DATA / "agents.tsv", AGENT_COLUMNS))
    d._load_people(read_tsv(DATA / "people.tsv", PEOPLE_COLUMNS))
    d._load_spellings(read_tsv(DATA / "spellings.tsv", ("variant", "code", "kind")))
    d._load_provinces(read_tsv(DATA / "provinces.tsv", ("place", "country", "kind")))
    d._load_successors(read_tsv(DATA / "successors.tsv", ("code", "since", "predecessor")))
    d._load_homes(read_tsv(DATA / "communities.tsv", ("phrase", "home")))
    d.attach = _read_word_lists(DATA / "attachment.yaml", ATTACH_KEYS)
    d.ambiguous = {norm(k): v for k, v in read_yaml(DATA / "ambiguous.yaml", "ambiguous names").items()}
    return d
