"""Build a real MkDocs site from a content folder into a temporary folder, and crawl it."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from generator import pipeline
from generator.cli import site_settings

ROOT = Path(__file__).resolve().parent.parent


def build(content: Path, work: Path) -> subprocess.CompletedProcess:
    """Render content into work/docs and run `mkdocs build --strict` into work/site."""
    shutil.copy(ROOT / "mkdocs.yml", work / "mkdocs.yml")
    shutil.copytree(ROOT / "overrides", work / "overrides", dirs_exist_ok=True)
    pipeline.render(content, work / "docs", site_settings(ROOT / "mkdocs.yml"))
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(work / "mkdocs.yml")],
                          capture_output=True, text=True, env=env, cwd=work)


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
    """Internal links (including anchors) in the built site that lead nowhere."""
    pages = {}
    for html in site.rglob("*.html"):
        parser = _LinkParser()
        parser.feed(html.read_text(encoding="utf-8"))
        pages[html] = parser
    broken = []
    for html, parser in pages.items():
        if html.name == "404.html":
            continue  # served at any depth, so the theme links it absolutely from site_url
        for href in parser.links:
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or href.startswith(("mailto:", "javascript:")):
                continue
            target = (html.parent / unquote(parts.path)).resolve() if parts.path else html
            if target.is_dir():
                target = target / "index.html"
            if target not in pages and not target.exists():
                broken.append(f"{html.relative_to(site)}: {href}")
            elif parts.fragment and target in pages and parts.fragment not in pages[target].ids:
                broken.append(f"{html.relative_to(site)}: {href} (no such anchor)")
    return broken


def visible_text(html: str) -> str:
    return re.sub(r"<[^>]+>", " ", html)
