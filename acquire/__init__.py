"""Acquisition: fetching pages politely, configured sources, link discovery and WARC reading."""
