"""One root error and a shallow tree; every error carries where it happened."""

from __future__ import annotations


class LaunchwatchError(Exception):
    """Root of every error launchwatch raises on purpose."""


class UsageError(LaunchwatchError):
    """The caller asked for something that cannot be done (bad option, unknown name)."""


class SourceError(LaunchwatchError):
    """An input (file, line, page) could not be read into an article.

    `where` names the place: a path, `path:line`, or `<stdin>:line`.
    """

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason


class ExtractionError(LaunchwatchError):
    """Extraction failed on one article (a bug, never expected on valid input)."""

    def __init__(self, article_id: str, reason: str) -> None:
        super().__init__(f"article {article_id}: {reason}")
        self.article_id = article_id
        self.reason = reason


class StoreError(LaunchwatchError):
    """The event database could not be opened, read or written; `where` names the database."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason
