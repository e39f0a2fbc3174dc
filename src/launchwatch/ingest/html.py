"""HTML input: the one place that turns an `html` field into article text (not written yet)."""

from __future__ import annotations

from launchwatch.errors import SourceError

HTML_NOT_SUPPORTED = "html input is not supported yet"


def text_from_html(html: str, where: str) -> str:
    """The main text of an HTML page; raises SourceError until an HTML extractor exists."""
    # A later issue adds the extractor here; every html record reaches this function and no
    # other, so that change touches this module only.
    raise SourceError(where, HTML_NOT_SUPPORTED)
