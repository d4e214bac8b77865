"""Errors whose message tells the whole story: the command line prints them as one line, without a traceback."""
from __future__ import annotations


class ReadoutsError(Exception):
    """An expected failure (bad input, a broken or busy root, a missing extra): one line, exit 1."""
