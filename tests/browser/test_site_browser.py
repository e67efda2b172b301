"""The built site in a real browser: what a reader sees and can do, step by step.

Each test drives Debian's headless Chromium through Playwright over the fixture site
(tests/browser/fixtures/, built with `mkdocs build --strict` and served on 127.0.0.1)
and saves a screenshot under tests/output/screenshots/ for a person to look at.
Run with `make browser-test` (tests/browser/README.md).
"""
from __future__ import annotations

import re

import pytest

from .conftest import new_context, statement_records

try:
    from playwright.sync_api import expect
except ImportError:  # the `browser` fixture fails with an install hint
    expect = None

pytestmark = pytest.mark.browser

RECORDS = statement_records()
OFFER, LAND, STALLING, SANCTIONS = RECORDS["harbour-offer"]
BARGES, FARMERS, INSPECTORS = RECORDS["delta-barges"]
MARCH = "timeline/2024-03/"
APRIL = "timeline/2024-04/"


def statements(page):
    return page.locator("div.parley-statement > h3")


def visible_ids(page) -> list[str]:
    return page.eval_on_selector_all("div.parley-statement > h3",
                                     "hs => hs.filter(h => h.offsetParent !== null).map(h => h.id)")


def heading_levels(page) -> list[int]:
    return page.eval_on_selector_all("h1, h2, h3, h4, h5, h6", "hs => hs.map(h => Number(h.tagName[1]))")


def assert_headings_in_order(page):
    levels = heading_levels(page)
    assert levels and levels[0] == 1 and levels.count(1) == 1, f"one h1, first: {levels}"
    skips = [(a, b) for a, b in zip(levels, levels[1:]) if b > a + 1]
    assert not skips, f"heading levels skip on {page.url}: {levels}"


def test_home_page_shows_title_counts_and_chart(page, shot):
    page.goto("")
    expect(page).to_have_title(re.compile(r"^Parley"))
    expect(page.locator("h1")).to_have_text(re.compile(r"^Parley: who said what, and when"))
    counts = page.locator("table").first
    expect(counts.locator("th")).to_have_text(["Statements", "Speakers", "Articles"])
    expect(counts.locator("tbody td")).to_have_text(["7", "3", "2"])
    chart = page.get_by_role("img", name="Bar chart of statements per month, by side")
    expect(chart).to_be_visible()
    assert chart.evaluate("img => img.complete && img.naturalWidth > 0"), "the chart image did not load"
    expect(page.locator("#latest-statements + ul > li")).to_have_count(7)
    shot(page, "01-home")


def test_speaker_link_in_the_timeline_leads_to_the_speaker_page(page, shot):
    page.goto(MARCH)
    block = page.locator(f"#{OFFER.id} ~ p.parley-meta").first
    block.get_by_role("link", name="Ivan Morozov").click()
    expect(page).to_have_url(re.compile(r"/speakers/ivan-morozov/$"))
    expect(page.locator("h1")).to_have_text(re.compile(r"^Ivan Morozov"))
    expect(statements(page)).to_have_count(2)
    shot(page, "02-speaker")


def test_timeline_filter_by_side_and_topic(page, shot):
    page.goto(MARCH)
    form = page.locator("form.parley-filter")
    status = form.locator("output.parley-filter-status")
    expect(form).to_be_visible()
    expect(status).to_have_text("4 of 4 statements shown")
    shot(page, "03-month-unfiltered")

    form.locator("select[name=side]").select_option("russia")
    expect(status).to_have_text("2 of 4 statements shown")
    assert visible_ids(page) == [OFFER.id, LAND.id]
    expect(page.locator("[id='14-march-2024']")).to_be_hidden()  # a day with no statement left shown
    expect(page).to_have_url(re.compile(r"\?side=russia$"))
    shot(page, "04-month-side-russia")

    form.locator("select[name=topics]").select_option("negotiations")
    expect(status).to_have_text("1 of 4 statements shown")
    assert visible_ids(page) == [OFFER.id]
    expect(page).to_have_url(re.compile(r"\?side=russia&topics=negotiations$"))

    page.reload()
    form = page.locator("form.parley-filter")
    expect(form.locator("select[name=side]")).to_have_value("russia")
    expect(form.locator("select[name=topics]")).to_have_value("negotiations")
    expect(form.locator("output")).to_have_text("1 of 4 statements shown")
    assert visible_ids(page) == [OFFER.id]
    shot(page, "05-month-filter-after-reload")

    form.locator("select[name=side]").select_option("")
    expect(form.locator("output")).to_have_text("2 of 4 statements shown")
    assert visible_ids(page) == [OFFER.id, STALLING.id]
    expect(page).to_have_url(re.compile(r"/timeline/2024-03/\?topics=negotiations$"))


def test_filter_options_are_labelled_for_readers(page):
    page.goto(MARCH)
    side = page.locator("form.parley-filter select[name=side] option")
    expect(side).to_have_text(["Side: all", "Russia", "United States"])
    speaker = page.locator("form.parley-filter select[name=speaker] option")
    expect(speaker).to_have_text(["Speaker: all", "Ivan Morozov", "Karen Whitfield"])


def test_without_javascript_every_statement_shows(browser, base_url, shot):
    context = new_context(browser, base_url, java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(MARCH + "?side=russia")
        expect(page.locator("form.parley-filter")).to_have_count(0)
        expect(statements(page)).to_have_count(4)
        assert visible_ids(page) == [OFFER.id, LAND.id, STALLING.id, SANCTIONS.id]
        shot(page, "06-month-no-javascript")
    finally:
        context.close()


def test_search_finds_a_quote_once_at_its_article_anchor(page, shot):
    page.goto("")
    page.locator("input.md-search__input").click()
    page.keyboard.type("stalling tactic")
    results = page.locator(".md-search-result__item")
    expect(results.first).to_be_visible()
    expect(page.locator(".md-search-result__meta")).to_have_text(re.compile(r"matching document"))
    shot(page, "07-search")
    hrefs = page.eval_on_selector_all("a.md-search-result__link", "as => as.map(a => a.getAttribute('href'))")
    at_statement = [h for h in hrefs if h.endswith(f"#{STALLING.id}")]
    assert len(at_statement) == 1, f"expected one hit at the statement, got {hrefs}"
    assert "/articles/harbour-offer/" in at_statement[0]
    # Pages whose front matter says `search: exclude: true` must not come up.
    excluded = [h for h in hrefs if re.search(r"/(timeline/\d{4}-\d{2}|speakers/[^/]+|topics/[^/]+|sides/[^/]+)/", h)]
    assert excluded == [], f"search shows pages excluded from search: {excluded}"
    page.locator(f"a.md-search-result__link[href$='#{STALLING.id}']").click()
    expect(page).to_have_url(re.compile(rf"/articles/harbour-offer/.*#{STALLING.id}$"))
    expect(page.locator(f"#{STALLING.id}")).to_be_in_viewport()


def test_responds_to_and_answered_by_links_land_on_the_other_statement(page, shot):
    page.goto("articles/harbour-offer/")
    reply = page.locator(f"#{STALLING.id} ~ p.parley-response").first
    expect(reply).to_contain_text("Responds to Ivan Morozov, 12 Mar 2024")
    reply.get_by_role("link").click()
    expect(page).to_have_url(re.compile(rf"/articles/harbour-offer/#{OFFER.id}$"))
    expect(page.locator(f"#{OFFER.id}")).to_be_in_viewport()
    answered = page.locator(f"#{OFFER.id} ~ p.parley-response").first
    expect(answered).to_contain_text("Answered by Karen Whitfield, 14 Mar 2024")
    answered.get_by_role("link").click()
    expect(page).to_have_url(re.compile(rf"/articles/harbour-offer/#{STALLING.id}$"))
    expect(page.locator(f"#{STALLING.id}")).to_be_in_viewport()
    shot(page, "08-article-answered")


def test_filter_form_appears_after_instant_navigation(page, shot):
    page.goto(MARCH)
    expect(page.locator("form.parley-filter")).to_have_count(1)
    page.evaluate("window.parleyNoReload = true")
    page.locator("#parley-filter-target").get_by_role("link", name="All months").click()
    expect(page).to_have_url(re.compile(r"/timeline/$"))
    page.locator("article").get_by_role("link", name="April 2024").click()
    expect(page).to_have_url(re.compile(r"/timeline/2024-04/$"))
    expect(page.locator("h1")).to_have_text(re.compile(r"^April 2024"))
    assert page.evaluate("window.parleyNoReload === true"), "the page reloaded: instant navigation is not in use"
    form = page.locator("form.parley-filter")
    expect(form).to_have_count(1)
    expect(form.locator("output")).to_have_text("3 of 3 statements shown")
    form.locator("select[name=side]").select_option("ukraine")
    expect(form.locator("output")).to_have_text("2 of 3 statements shown")
    assert visible_ids(page) == [BARGES.id, FARMERS.id]
    shot(page, "09-april-after-instant-navigation")


@pytest.mark.parametrize("path, count", [(MARCH, 4), ("speakers/karen-whitfield/", 3),
                                          ("articles/harbour-offer/", 4)])
def test_semantic_html(page, shot, path, count):
    page.goto(path)
    expect(statements(page)).to_have_count(count)
    dates = page.eval_on_selector_all("p.parley-meta", "ps => ps.map(p => p.querySelector('time[datetime]')"
                                      " && p.querySelector('time[datetime]').getAttribute('datetime'))")
    assert len(dates) == count and all(d and re.fullmatch(r"\d{4}-\d{2}-\d{2}", d) for d in dates), dates
    assert_headings_in_order(page)
    text = page.locator("article").inner_text()
    assert "{:" not in text and "title:" not in text, "Markdown attribute lists or front matter show as text"
    for landmark in ("main", "header", "nav"):
        expect(page.locator(landmark).first).to_be_attached()
    expect(page.get_by_role("main")).to_have_count(1)
    shot(page, "10-semantic-" + path.strip("/").replace("/", "-"))
