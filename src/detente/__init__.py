"""detente: who did what to whom, from news pages to coded international events.

    import detente
    for a in detente.analyze(["page.html"]):
        for e in a.events:
            print(e.source, e.cameo, e.target, e.text)

The public names are below; everything else is internal and may change.
"""

# The `ingest/` subpackage is loaded before `engine.ingest` is bound: loading a submodule sets it as
# an attribute of this package, so loading it later (inside the first call) would replace the
# function `detente.ingest` with the module ("module is not callable" on the second call).
from . import ingest as _sources  # noqa: F401
from .engine import AnalyzeOptions, Progress, analyze, analyze_batch, code_records, ingest
from .errors import DetenteError
from .model import Actor, Analysis, Article, Event, Quote, RawDocument
from .store import EventFilter, Store

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Analysis",
    "AnalyzeOptions",
    "Article",
    "DetenteError",
    "Event",
    "EventFilter",
    "Progress",
    "Quote",
    "RawDocument",
    "Store",
    "analyze",
    "analyze_batch",
    "code_records",
    "ingest",
]
