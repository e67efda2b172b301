"""Browser fixtures: a small invented site, built for real, served on 127.0.0.1, driven by Chromium.

The site comes from tests/browser/fixtures/: two invented articles (with sidecars), a
speaker registry with a Russian-side, a US-side and a Ukrainian-side speaker, and a
small topic vocabulary. The statement records are made here by hand, like
tests/conftest.py does, with topics, stances and one `responds_to` link.

These tests fail (never skip) when Playwright or Chromium is missing: run
`make browser-test` (see tests/browser/README.md), which installs both.
"""
from __future__ import annotations

import functools
import http.server
import os
import re
import shutil
import threading
from datetime import date
from pathlib import Path

import pytest

from generator import pipeline
from generator.store import read_article
from generator.write import write_files

from .. import sitebuild
from ..conftest import ROOT, make_statement

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SCREENSHOTS = ROOT / "tests" / "output" / "screenshots"
CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync"]
INSTALL_HINT = "run `make browser-test` (installs playwright into .venv and chromium with apt-get)"


def chromium_path() -> str:
    """The browser to drive: $PARLEY_CHROMIUM, else Debian's chromium; fails with a clear message."""
    wanted = os.environ.get("PARLEY_CHROMIUM")
    candidates = (wanted,) if wanted else CHROMIUM_CANDIDATES
    for path in candidates:
        if path and os.path.isfile(path) and os.access(path, os.X_OK):
            return path
    pytest.fail(f"no Chromium found at {', '.join(c for c in candidates if c)}: {INSTALL_HINT}", pytrace=False)


def statement_records() -> dict[str, list]:
    """Records per article stem; the keys name them for the tests (see `ids`)."""
    harbour = read_article(FIXTURES / "articles" / "harbour-offer.txt")
    delta = read_article(FIXTURES / "articles" / "delta-barges.txt")
    offer = make_statement(harbour, "Moscow was open to talks about a harbour ceasefire if the convoys stopped",
                           "ivan-morozov", date(2024, 3, 12), kind="indirect", date_cue="on Tuesday",
                           topics=["negotiations", "ceasefire"], stance="conditional")
    land = make_statement(harbour, "We will not trade land for promises,", "ivan-morozov", date(2024, 3, 12),
                          topics=["territory"], stance="rejecting", venue="press briefing")
    stalling = make_statement(harbour, "the proposal was a stalling tactic dressed up as diplomacy",
                              "karen-whitfield", date(2024, 3, 14), kind="indirect", date_cue="on Thursday",
                              topics=["negotiations"], stance="rejecting", responds_to=[offer.id])
    sanctions = make_statement(harbour, "Sanctions stay until the guns fall silent,", "karen-whitfield",
                               date(2024, 3, 14), topics=["sanctions"])
    barges = make_statement(delta, "the barges would sail once inspectors arrived", "taras-lyven",
                            date(2024, 4, 1), kind="indirect", date_cue="on Monday", topics=["humanitarian"])
    farmers = make_statement(delta, "Our farmers cannot wait another season,", "taras-lyven", date(2024, 4, 1),
                             topics=["humanitarian"])
    inspectors = make_statement(delta, "the United States would pay for the inspectors", "karen-whitfield",
                                date(2024, 4, 3), kind="indirect", date_cue="On Wednesday",
                                topics=["humanitarian"])
    return {"harbour-offer": [offer, land, stalling, sanctions], "delta-barges": [barges, farmers, inspectors]}


def write_fixture_content(work: Path) -> Path:
    """work/articles (the invented articles) and work/content (records, registry, topics)."""
    articles_dir = work / "articles"
    shutil.copytree(FIXTURES / "articles", articles_dir, dirs_exist_ok=True)
    content = work / "content"
    shutil.copytree(FIXTURES / "content", content, dirs_exist_ok=True)
    files = {}
    for stem, records in statement_records().items():
        files.update(pipeline.article_files(read_article(articles_dir / f"{stem}.txt"), records,
                                            articles_dir, content))
    write_files(files)
    return content


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("browser-site")
    result = sitebuild.build(write_fixture_content(work), work)
    assert result.returncode == 0, "mkdocs build --strict failed:\n" + result.stdout + result.stderr
    return work / "site"


def point_sitemap_at(site: Path, url: str) -> None:
    """List the pages in sitemap.xml under the local server's URL instead of mkdocs.yml's site_url.

    mkdocs-material's instant navigation only intercepts links to pages listed in
    sitemap.xml, matched on the full URL but for protocol and host name; served on
    127.0.0.1:PORT/ rather than at site_url's port and path, no link would match and
    every click would load a whole page. `mkdocs serve` does the same by overriding
    site_url.
    """
    sitemap = site / "sitemap.xml"
    site_url = sitebuild.site_settings(sitebuild.ROOT / "mkdocs.yml").get("site_url") or ""
    text = sitemap.read_text(encoding="utf-8")
    if site_url:
        sitemap.write_text(text.replace(site_url.rstrip("/") + "/", url), encoding="utf-8")


@pytest.fixture(scope="session")
def base_url(built_site):
    """The built site over HTTP on a free port of 127.0.0.1 (search and instant navigation need HTTP)."""
    handler = functools.partial(_QuietHandler, directory=str(built_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    point_sitemap_at(built_site, url)
    yield url
    server.shutdown()
    server.server_close()
    thread.join(5)


@pytest.fixture(scope="session")
def browser(tmp_path_factory):
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail(f"the playwright package is not installed in this Python: {INSTALL_HINT}", pytrace=False)
    executable = chromium_path()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, headless=True, args=LAUNCH_ARGS)
        yield browser
        browser.close()


def new_context(browser, base_url: str, **options):
    """A fresh browser context on the local site; requests anywhere else (web fonts, the
    GitHub API for the repository badge) are refused so runs are fast and offline."""
    context = browser.new_context(base_url=base_url, viewport={"width": 1280, "height": 900}, **options)
    context.set_default_timeout(10_000)
    context.route(re.compile(r"^(?!" + re.escape(base_url) + r")"), lambda route: route.abort())
    return context


@pytest.fixture
def page(browser, base_url):
    context = new_context(browser, base_url)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda err: errors.append(str(err)))
    yield page
    context.close()
    assert errors == [], f"JavaScript errors on the page: {errors}"


@pytest.fixture(scope="session")
def shot():
    """shot(page, name): save a full-page screenshot under tests/output/screenshots/."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def take(page, name: str) -> Path:
        path = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path
    return take
