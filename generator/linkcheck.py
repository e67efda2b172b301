"""After `mkdocs build`: every internal link and anchor in the built site resolves.

MkDocs validates the links written in Markdown; statements are raw HTML blocks, whose
links MkDocs does not look at, so `parley build` crawls the built HTML as well.
"""
from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit


class _LinkParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.ids = [], set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])


def broken_links(site: Path) -> list[str]:
    """Internal links (with their anchors) in the built site that lead nowhere."""
    pages = {}
    for html in sorted(site.rglob("*.html")):
        parser = _LinkParser()
        parser.feed(html.read_text(encoding="utf-8"))
        pages[html.resolve()] = parser
    broken = []
    for html, parser in pages.items():
        if html.name == "404.html":
            continue  # served at any depth, so the theme links it absolutely from site_url
        for href in parser.links:
            problem = _check(html, href, pages)
            if problem:
                broken.append(f"{html.relative_to(site.resolve())}: {href}{problem}")
    return broken


def _check(html: Path, href: str, pages: dict) -> str | None:
    parts = urlsplit(href)
    if parts.scheme or parts.netloc:
        return None
    target = (html.parent / unquote(parts.path)).resolve() if parts.path else html
    if target.is_dir():
        target = target / "index.html"
    if target not in pages:
        return None if target.exists() else " (no such page)"
    if parts.fragment and parts.fragment not in pages[target].ids:
        return " (no such anchor)"
    return None
