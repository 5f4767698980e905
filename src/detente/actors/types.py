"""The actors stage's output: resolved mentions, indexable by token for the later stages."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Actor, Entity


@dataclass(slots=True)
class Mention:
    """One mention of a resolved actor: char offsets into the doc text and its token slice."""

    text: str
    start: int
    end: int
    tok_start: int  # spaCy token index of the first token
    tok_end: int  # one past the last token
    actor: int  # index into Resolution.actors
    code: str  # the actor code this mention resolved to (a person's code at the article date)
    via: str = "name"  # name | title | description | surname | pronoun | apposition | demonym | metonym | place | agent | dictionary | plural


@dataclass(slots=True)
class Resolution:
    actors: list[Actor] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    #: actors whose title a province names ("Quebec's premier", "Ontario Premier Doug Ford"): a
    #: sub-national office, another actor than its country's government (events/roles.py; mayors
    #: and governors are told apart by their titles, `local_titles`)
    local: set[int] = field(default_factory=set)
    #: mentions (token spans) of the officials of several states the sentence does not name
    #: ("foreign ministers", "the ambassadors of the member states"): no one country in context is theirs
    several: set[tuple[int, int]] = field(default_factory=set)
    #: pairs of mentions (token spans) of one role code that their sentence sets apart as two
    #: ("a senator accused another senator", "a lawmaker criticised the lawmakers who ..."): two
    #: actors, not one (events/roles.py `distinct`)
    apart: set[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=set)
    #: mentions (token spans) of a firm's workers whose name the firm's swallowed ("Samsung
    #: workers": KORLAB) -> the firm's code (KORBUSSAM), whom they strike against (events/arguments.py)
    employers: dict[tuple[int, int], str] = field(default_factory=dict)
    #: what the country in context of a place in the text is read from (actors/setting.py
    #: `country_in_context`): the dateline's country, else the article's home, each country named
    #: (char offset, code) and the paragraph starts; None before `place_in_context` ran
    setting: tuple[str | None, list[tuple[int, str]], list[int]] | None = None
    _by_token: dict[int, Mention] = field(default_factory=dict, repr=False)
    _by_span: dict[tuple[int, int], list[Mention]] = field(default_factory=dict, repr=False)

    def index(self) -> "Resolution":
        """(Re)build the token index; call after filling `mentions`."""
        self.mentions.sort(key=lambda m: (m.start, -m.end))
        self._by_token = {}
        self._by_span = {}
        for m in self.mentions:
            for i in range(m.tok_start, m.tok_end):
                self._by_token.setdefault(i, m)
            self._by_span.setdefault((m.tok_start, m.tok_end), []).append(m)
        return self

    def mention_at(self, token_i: int) -> Mention | None:
        """The mention covering token `token_i`, if any."""
        return self._by_token.get(token_i)

    def together(self, mention: Mention) -> list[Mention]:
        """`mention` and the others on exactly its tokens: the actors "the two leaders" stands for."""
        return self._by_span.get((mention.tok_start, mention.tok_end)) or [mention]

    def actor_of(self, mention: Mention) -> Actor:
        return self.actors[mention.actor]
