import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _corpus import client, corpus_db, writable_db  # noqa: E402,F401
