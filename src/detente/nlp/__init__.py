"""Natural-language layer: the spaCy pipeline and the readers of amounts, dates, tone, themes, claims."""

from .pipeline import MODEL, load, parse

__all__ = ["MODEL", "load", "parse"]
