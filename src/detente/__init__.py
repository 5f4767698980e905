"""detente: who did what to whom, from news pages to coded international events."""

__version__ = "0.1.0"
