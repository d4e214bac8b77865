"""Errors that send an input to the failures table instead of stopping a run."""
from __future__ import annotations


class InputError(Exception):
    """An input that cannot become a document. `stage` is one of fetch|decode|parse|extract|transform."""

    def __init__(self, stage: str, message: str, error_type: str | None = None):
        super().__init__(message)
        self.stage = stage
        self.message = message
        self.error_type = error_type or type(self).__name__


class NotAReadout(InputError):
    """The page parsed, but it has no article body (a listing page, an error page, ...)."""

    def __init__(self, message: str):
        super().__init__("extract", message, "NotAReadout")
