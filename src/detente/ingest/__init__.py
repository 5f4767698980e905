"""Stage 1, ingest: files, folders, stdin, URLs, feeds and WARC archives become `RawDocument`s.

``iter_documents`` is the one entry point; ``fetch`` / ``Fetcher`` fetch a single URL under the
same safety rules (http(s) only, public addresses only, size cap, checked redirects).
"""

from .fetch import Fetched, Fetcher, FetchOptions, blocked_address, check_url, fetch
from .sources import EXTENSIONS, iter_documents

__all__ = ["EXTENSIONS", "Fetched", "Fetcher", "FetchOptions", "blocked_address", "check_url", "fetch", "iter_documents"]
