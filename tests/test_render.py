from datetime import date

import pytest

from generator import pipeline
from generator.model import Role, SpeakerRecord
from generator.render import (display_date, md_text, plain_title, relative_url, render_site, role_line,
                             safe_url)

from .conftest import mini_records, write_content


def test_md_text_escapes_html_and_markdown():
    assert md_text("<b>x</b> [a](b) *y*") == r"&lt;b&gt;x&lt;/b&gt; \[a\]\(b\) \*y\*"


def test_plain_title_drops_markup_characters():
    assert plain_title('A <script>"x"</script>') == "A scriptx/script"


@pytest.mark.parametrize("url, ok", [("https://e.org/a", True), ("javascript:alert(1)", False),
                                     ("http://e.org/\"onmouseover=x", False), (None, False)])
def test_safe_url(url, ok):
    assert (safe_url(url) is not None) == ok


@pytest.mark.parametrize("precision, day, low, high, shown", [
    ("day", date(2022, 12, 1), date(2022, 12, 1), date(2022, 12, 1), "1 Dec 2022"),
    ("month", date(2022, 11, 15), date(2022, 11, 10), date(2022, 11, 20), "mid-Nov 2022"),
    ("month", date(2022, 11, 16), date(2022, 11, 1), date(2022, 11, 30), "Nov 2022"),
    ("week", date(2022, 11, 30), date(2022, 11, 27), date(2022, 12, 2), "week of 27 Nov 2022"),
    ("year", date(2022, 6, 1), date(2022, 1, 1), date(2022, 12, 31), "2022"),
    ("reported", date(2022, 12, 2), date(2022, 11, 25), date(2022, 12, 2), "by 2 Dec 2022"),
])
def test_display_date_shows_precision(mini_article, precision, day, low, high, shown):
    record = mini_records(mini_article)[0]
    record.date, record.date_precision, record.date_range = day, precision, (low, high)
    assert display_date(record) == shown


def test_pages_and_links(mini_content):
    corpus = pipeline.load_valid_corpus(mini_content)
    pages = render_site(corpus, {"repo_url": "https://github.com/o/r"})
    markdown = sorted(name for name in pages if name.endswith(".md"))
    assert markdown == ["about.md", "articles/index.md", "articles/ministry-talks.md", "index.md",
                        "scaling.md", "sides/other.md", "speakers/anna-kessler.md", "speakers/index.md",
                        "speakers/senior-official.md", "timeline/2023-05.md", "timeline/index.md",
                        "topics/index.md"]
    assert {"feeds/all.xml", "feeds/speakers/anna-kessler.xml", "data/statements.json", "data/statements.csv",
            "data/statements.schema.json", "assets/charts/timeline.svg"} <= set(pages)
    month = pages["timeline/2023-05.md"]
    record = corpus.published()[0]
    assert f'<h3 id="{record.id}">' in month
    assert '<a href="../../speakers/anna-kessler/">Anna Kessler</a>' in month
    assert f'href="../../articles/ministry-talks/#{record.id}"' in month
    assert "https://github.com/o/r/edit/main/content/reviews/ministry-talks.yaml" in month
    assert "search:\n  exclude: true" in pages["speakers/anna-kessler.md"]
    article = pages["articles/ministry-talks.md"]
    assert "search:" not in article, "article pages are the one family search indexes"
    assert 'class="parley-cite"' in article and 'class="parley-cite"' not in month


@pytest.mark.parametrize("source, target, anchor, link", [
    ("timeline/2022-12.md", "speakers/x.md", None, "../../speakers/x/"),
    ("index.md", "timeline/2022-12.md", "s-1", "timeline/2022-12/#s-1"),
    ("timeline/2022-12.md", "index.md", None, "../../"),
    ("articles/a.md", "articles/a.md", "s-2", "#s-2"),
    ("speakers/x.md", "speakers/x/2022.md", None, "2022/"),
])
def test_relative_urls_match_mkdocs_directory_urls(source, target, anchor, link):
    assert relative_url(source, target, anchor) == link


def test_rejected_statement_disappears_from_pages(tmp_path, mini_article):
    rejected = mini_records(mini_article)[2]
    review = f"article: ministry-talks\nstatements:\n  - id: {rejected.id}\n    status: rejected\n"
    content = write_content(tmp_path, reviews=review)
    pages = render_site(pipeline.load_valid_corpus(content), {})
    assert not any(rejected.id in text for text in pages.values())


def test_long_speaker_pages_split_by_year(mini_content, monkeypatch):
    from generator import render
    monkeypatch.setattr(render, "SPEAKER_PAGE_LIMIT", 2)
    pages = render_site(pipeline.load_valid_corpus(mini_content), {})
    assert "speakers/anna-kessler/2023.md" in pages
    assert "(anna-kessler/2023.md)" in pages["speakers/anna-kessler.md"]
    assert "We are ready" in pages["speakers/anna-kessler/2023.md"]
    assert "We are ready" not in pages["speakers/anna-kessler.md"]


def test_long_filtered_pages_split_by_year_then_month(mini_content, monkeypatch):
    from generator import render
    monkeypatch.setattr(render, "LIST_PAGE_LIMIT", 1)
    pages = render_site(pipeline.load_valid_corpus(mini_content), {})
    side = next(k[:-3] for k in pages if k.startswith("sides/") and k.count("/") == 1 and k != "sides/index.md")
    name = side.rsplit("/", 1)[-1]
    assert f"]({name}/2023.md)" in pages[f"{side}.md"], "the side page is an index of years"
    assert "](2023-05.md)" in pages[f"{side}/2023.md"], "the long year is an index of months"
    month = pages[f"{side}/2023-05.md"]
    assert "[All of 2023](2023.md)" in month and "parley-list" in month
    assert "parley-list" not in pages[f"{side}/2023.md"]


def test_page_links_are_posix_relpaths():
    import itertools
    import posixpath

    from generator.render import _page_link, page_url
    pages = ["index.md", "about.md", "timeline/index.md", "timeline/2023-11.md", "speakers/a.md",
             "speakers/a/2023.md", "topics/x/2023/2023-11.md", "topics/x/2023.md", "articles/b.md", "a/b/c/index.md"]
    for here, there in itertools.product(map(page_url, pages), repeat=2):
        link = posixpath.relpath(there or ".", here or ".")
        expected = "" if here == there else "./" if link == "." else link + "/"
        assert _page_link(here, there) == expected


def test_a_statement_shows_the_role_its_speaker_held_when_they_made_it():
    truss = SpeakerRecord(id="lt", name="Liz Truss", roles=[
        Role(title="Foreign Secretary", organisation="United Kingdom", since=date(2021, 9, 15), until=date(2022, 9, 6)),
        Role(title="Prime Minister", organisation="United Kingdom", since=date(2022, 9, 6), until=date(2022, 10, 25))])
    assert role_line(truss, date(2022, 3, 28)) == "Foreign Secretary, United Kingdom"
    assert role_line(truss, date(2022, 10, 1)) == "Prime Minister, United Kingdom"
    assert role_line(truss) == "Prime Minister, United Kingdom"
    assert role_line(truss, date(2020, 1, 1)) == ""
    # a role an article gave dates its sighting, not its start: it holds for what was said before
    found = SpeakerRecord(id="jb", name="Jo Bloggs", roles=[
        Role(title="mayor", organisation="Kharkiv", since=date(2023, 5, 12), seen_in="a1")])
    assert role_line(found, date(2023, 5, 8)) == "mayor, Kharkiv"
