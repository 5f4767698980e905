"""Quotes: who said what — direct quotes and reported speech with their speakers.

    quotes = find_quotes(doc, res)   # res: the actors stage's Resolution, or None
"""

from .finder import find_quotes
from .lexicon import Lexicon, default_lexicon, load_lexicon

__all__ = ["find_quotes", "Lexicon", "default_lexicon", "load_lexicon"]
