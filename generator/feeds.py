"""Atom feeds of the newest statements, site-wide and per speaker."""
from __future__ import annotations

from datetime import datetime, time, timezone
import re
from xml.sax.saxutils import escape as _xml_escape, quoteattr as _xml_quoteattr

FEED_SIZE = 50
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def escape(text: str) -> str:
    """XML-escaped text with the characters XML 1.0 forbids removed."""
    return _xml_escape(_NOT_XML.sub("", text))


def quoteattr(text: str) -> str:
    return _xml_quoteattr(_NOT_XML.sub("", text))


def atom_feed(title: str, feed_url: str, site_url: str, entries: list[dict]) -> str:
    """entries: dicts with id, title, url, date (a date), summary, author — newest first."""
    updated = _stamp(entries[0]["date"]) if entries else "1970-01-01T00:00:00Z"
    items = "".join(
        "<entry>"
        f"<id>{escape(e['url'])}</id><title>{escape(e['title'])}</title>"
        f"<link href={quoteattr(e['url'])}/><updated>{_stamp(e['date'])}</updated>"
        f"<author><name>{escape(e['author'])}</name></author>"
        f"<summary>{escape(e['summary'])}</summary>"
        "</entry>\n" for e in entries[:FEED_SIZE])
    return ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n'
            f"<id>{escape(feed_url)}</id><title>{escape(title)}</title><updated>{updated}</updated>\n"
            f"<link rel=\"self\" href={quoteattr(feed_url)}/><link href={quoteattr(site_url)}/>\n"
            f"{items}</feed>\n")


def _stamp(day) -> str:
    return datetime.combine(day, time(0), tzinfo=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
