"""Actors: who is who in an article, resolved to CAMEO actor codes at the article's date.

    dictionary = ActorDictionary.load(actors_files=[...], agents_files=[...])
    res = resolve_actors(doc, on=article_date, dictionary=dictionary)
    res.actors / res.mentions / res.entities / res.mention_at(token_i)
"""

from .dictionary import ActorDictionary
from .resolve import resolve_actors
from .types import Mention, Resolution

__all__ = ["ActorDictionary", "Mention", "Resolution", "resolve_actors"]
