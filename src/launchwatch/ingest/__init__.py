"""Sources -> Article: text files, JSONL, one-object JSON files, directories and stdin.

Bad input never raises here: it comes back as a `Rejected(where, reason)` in the stream, and
the other inputs still come through. HTML records are routed to `ingest.html`.
"""

from launchwatch.ingest.records import article_from_record, parse_published, stable_id
from launchwatch.ingest.sources import read_sources

__all__ = ["article_from_record", "parse_published", "read_sources", "stable_id"]
