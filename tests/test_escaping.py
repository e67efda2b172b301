"""Untrusted content stays inert: markup in any field shows as its characters and does nothing.

Every field that reaches the site holds script tags, raw HTML, Markdown link and image
syntax, Jinja syntax and a `javascript:` URL. The site is rendered and built with a real
`mkdocs build --strict`, and the built HTML is searched for anything the data could have
turned into markup.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from generator import pipeline
from generator.cli import site_settings
from generator.render import render_site
from generator.model import Role, SpeakerRecord, StatementRecord, statement_id
from generator.store import read_article
from generator.write import write_files

from . import sitebuild

PAYLOAD = ("<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1)) "
           "![i](http://e/x.png) {{ 7*7 }} {% if %} javascript:alert(1)")
JS_URL = "javascript:alert(1)"
# An http(s) URL that passes the URL filter but carries Markdown link syntax of its own.
TRICKY_URL = "https://example.org/news?q=[x](javascript:alert(1))"


def value(field: str) -> str:
    """A field's hostile value, with a marker to find where it shows."""
    return f"{field.upper()}-MARK {PAYLOAD}"


FIELDS = ["text", "note", "date_cue", "venue", "addressee", "name", "alias", "role_title",
          "role_organisation", "title", "publisher", "author"]


def _write_article(folder: Path, stem: str, text: str, sidecar: dict) -> None:
    (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
    (folder / f"{stem}.meta.yaml").write_text(yaml.safe_dump(sidecar, allow_unicode=True), encoding="utf-8")


def hostile_content(tmp: Path) -> Path:
    articles_dir, content = tmp / "articles", tmp / "content"
    articles_dir.mkdir()
    quoted = value("text")
    # `check` refuses a javascript: URL in a sidecar; the renderer must not need that, so
    # the URL is put on the loaded article below (see `built`).
    _write_article(articles_dir, "hostile", f"Headline\n\nA spokesperson said \"{quoted}\" on Monday.\n",
                   {"title": value("title"), "publisher": value("publisher"), "author": value("author"),
                    "url": None, "published": "2024-03-06"})
    _write_article(articles_dir, "tricky-url", "Headline\n\nNothing was said.\n",
                   {"title": "Tricky link", "publisher": "Example", "author": None, "url": TRICKY_URL,
                    "published": "2024-03-06"})
    article = read_article(articles_dir / "hostile.txt")
    start = article.text.index(quoted)
    record = StatementRecord(
        id=statement_id("hostile", quoted), article="hostile", speaker="hostile-speaker", kind="direct",
        text=quoted, start=start, end=start + len(quoted), sentence=quoted, date=date(2024, 3, 4),
        date_precision="day", date_range=(date(2024, 3, 4), date(2024, 3, 4)), date_cue=value("date_cue"),
        status="reviewed", note=value("note"), venue=value("venue"), addressee=value("addressee"))
    speaker = SpeakerRecord(
        id="hostile-speaker", name=value("name"), aliases=[value("alias")],
        roles=[Role(title=value("role_title"), organisation=value("role_organisation"),
                    since=date(2024, 3, 6), seen_in="hostile")])
    files = pipeline.article_files(article, [record], articles_dir, content)
    files.update(pipeline.article_files(read_article(articles_dir / "tricky-url.txt"), [], articles_dir, content))
    files[content / "speakers-found.yaml"] = pipeline.found_speakers_file([], [speaker], [])
    write_files(files)
    return content


class _Page(HTMLParser):
    """Tags with their attributes, script bodies, and the text a reader sees."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[str] = []
        self.text: list[str] = []
        self._in = None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, {k: v or "" for k, v in attrs}))
        self._in = tag if tag in ("script", "style") else None

    def handle_endtag(self, tag):
        self._in = None

    def handle_data(self, data):
        if self._in == "script":
            self.scripts.append(data)
        elif self._in is None:
            self.text.append(data)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    work = tmp_path_factory.mktemp("hostile")
    content = hostile_content(work)
    corpus = pipeline.load_valid_corpus(content)
    corpus.articles["hostile"].url = JS_URL
    shutil.copy(sitebuild.ROOT / "mkdocs.yml", work / "mkdocs.yml")
    shutil.copytree(sitebuild.ROOT / "overrides", work / "overrides")
    pages = render_site(corpus, site_settings(sitebuild.ROOT / "mkdocs.yml"))
    write_files({work / "docs" / name: text for name, text in pages.items()})
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(work / "mkdocs.yml")],
                            capture_output=True, text=True, cwd=work,
                            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert result.returncode == 0, result.stdout + result.stderr
    pages = {}
    for html in sorted((work / "site").rglob("*.html")):
        raw = html.read_text(encoding="utf-8")
        page = _Page()
        page.feed(raw)
        pages[html.relative_to(work / "site").as_posix()] = (raw, page)
    return work, pages


def test_no_script_from_data(built):
    _, pages = built
    for name, (raw, page) in pages.items():
        assert not re.search(r"<script[^>]*>\s*alert", raw, re.I), name
        assert not any("alert(" in body for body in page.scripts), name


def test_no_event_handler_attribute(built):
    _, pages = built
    for name, (raw, page) in pages.items():
        assert not re.search(r"<[a-z][^>]*\sonerror\s*=", raw, re.I), name
        handlers = [(tag, k) for tag, attrs in page.tags for k, v in attrs.items()
                    if k.startswith("on") and "alert" in v]
        assert handlers == [], name


def test_no_javascript_link(built):
    _, pages = built
    for name, (raw, page) in pages.items():
        assert 'href="javascript:' not in raw.lower(), name
        for tag, attrs in page.tags:
            for key in ("href", "src", "action", "formaction", "xlink:href"):
                assert not attrs.get(key, "").strip().lower().startswith("javascript:"), (name, tag, attrs)


def test_no_image_from_data(built):
    _, pages = built
    for name, (_, page) in pages.items():
        sources = [attrs.get("src", "") for tag, attrs in page.tags if tag == "img"]
        assert not [s for s in sources if s in ("x", "http://e/x.png")], name
        assert not [s for s in sources if "e/x.png" in s], name


def test_jinja_syntax_is_not_evaluated(built):
    _, pages = built
    page = pages["articles/hostile/index.html"][1]
    text = " ".join(" ".join(page.text).split())
    assert "{{ 7*7 }}" in text and "{% if %}" in text


@pytest.mark.parametrize("field", FIELDS)
def test_literal_text_is_visible(built, field):
    """The value shows exactly, as text, on at least one page (HTML-escaped in the source)."""
    _, pages = built
    wanted = value(field)
    shown = [name for name, (_, page) in pages.items() if wanted in " ".join(" ".join(page.text).split())]
    assert shown, f"{field} not visible on any page"
    raw = pages[shown[0]][0]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in raw


def test_javascript_url_is_not_a_link(built):
    _, pages = built
    raw, page = pages["articles/hostile/index.html"]
    links = [attrs.get("href", "") for tag, attrs in page.tags if tag == "a"]
    assert not [h for h in links if "javascript:" in h.lower()]  # heading anchors may hold the word
    assert "not known" in " ".join(page.text)


def test_tricky_url_stays_one_http_link(built):
    _, pages = built
    raw, page = pages["articles/tricky-url/index.html"]
    links = [attrs.get("href", "") for tag, attrs in page.tags if tag == "a" and "example.org" in attrs.get("href", "")]
    assert links and all(h.startswith("https://example.org/") for h in links)


def test_other_built_files_are_inert(built):
    """Charts (SVG) and feeds (XML) carry the same names and words, escaped.

    (JSON downloads and the search index hold the words as JSON strings, which no browser runs.)
    """
    work, _ = built
    others = [p for p in (work / "site").rglob("*") if p.suffix in (".svg", ".xml") and p.is_file()]
    assert others
    for path in others:
        raw = path.read_text(encoding="utf-8", errors="replace")
        assert "<script>alert" not in raw.lower(), path
        assert not re.search(r"<[a-z][^>]*\sonerror\s*=", raw, re.I), path
