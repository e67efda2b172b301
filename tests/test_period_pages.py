"""Pages split by period as they grow: a crowded month's timeline into ten-day pages (and
crowded ten days into day pages), a busy speaker's year into months. No page grows without
bound, and every link still lands on its statement."""
from __future__ import annotations

import re
from datetime import date

import pytest

from generator import pipeline
from generator import render as render_stage
from generator.render import render_site, timeline_pages

from . import sitebuild
from .conftest import ROOT, make_statement, mini_article  # noqa: F401  (mini_article is a fixture)
from .test_incremental import _content_copy, correct_and_compare


def _on(article, day: int, month: int = 11, year: int = 2023):
    # the records only need distinct ids and dates; their text is one of the article's quotes
    record = make_statement(article, "Nobody gains from a blockade.", "anna-kessler", date(year, month, day))
    record.id = f"s-{year}{month:02d}{day:02d}{id(record) % 997:03d}"
    return record


def test_a_short_month_is_one_page(mini_article, monkeypatch):
    monkeypatch.setattr(render_stage, "TIMELINE_PAGE_LIMIT", 5)
    records = [_on(mini_article, d) for d in (1, 2, 3)]
    assert timeline_pages("2023-11", records) == [("timeline/2023-11.md", "", records)]


def test_a_crowded_month_gets_ten_day_pages_and_crowded_ten_days_day_pages(mini_article, monkeypatch):
    monkeypatch.setattr(render_stage, "TIMELINE_PAGE_LIMIT", 2)
    records = [_on(mini_article, d) for d in (3, 3, 7, 12, 25, 30)]
    pages = timeline_pages("2023-11", records)
    assert [(path, period, len(shown)) for path, period, shown in pages] == [
        ("timeline/2023-11/03.md", "3 November 2023", 2),  # 1-10 has 3: one page per day
        ("timeline/2023-11/07.md", "7 November 2023", 1),
        ("timeline/2023-11/11-20.md", "11–20 November 2023", 1),
        ("timeline/2023-11/21-30.md", "21–30 November 2023", 2),
    ]


def test_the_last_ten_days_end_with_the_month(mini_article, monkeypatch):
    monkeypatch.setattr(render_stage, "TIMELINE_PAGE_LIMIT", 1)
    pages = timeline_pages("2024-02", [_on(mini_article, 5, 2, 2024), _on(mini_article, 29, 2, 2024)])
    assert [path for path, _, _ in pages] == ["timeline/2024-02/01-10.md", "timeline/2024-02/21-29.md"]


def _timeline_anchors(pages: dict) -> dict[str, list[str]]:
    """statement id -> the timeline pages that show it in full."""
    shown: dict[str, list[str]] = {}
    for path, text in pages.items():
        if path.startswith("timeline/") and path.endswith(".md"):
            for sid in re.findall(r'<h3 id="(s-[0-9a-f]+)"', text):
                shown.setdefault(sid, []).append(path)
    return shown


def test_each_statement_is_on_exactly_one_timeline_page(monkeypatch):
    monkeypatch.setattr(render_stage, "TIMELINE_PAGE_LIMIT", 4)
    corpus = pipeline.load_valid_corpus(ROOT / "content")
    pages = render_site(corpus, {})
    shown = _timeline_anchors(pages)
    assert sorted(shown) == sorted(r.id for r in corpus.published())
    assert all(len(where) == 1 for where in shown.values())
    split_months = [p for p in pages if re.fullmatch(r"timeline/\d{4}-\d\d/[\d-]+\.md", p)]
    assert split_months, "the seed months should be split at this limit"
    for path in split_months:  # a split month's own page lists its periods, not statements
        month_page = pages[path.rsplit("/", 1)[0] + ".md"]
        assert path.split("/", 1)[1] in month_page and "<h3 id=" not in month_page


def test_every_split_at_once_builds_strictly_with_every_link_landing(tmp_path, monkeypatch):
    for limit, value in (("TIMELINE_PAGE_LIMIT", 4), ("SPEAKER_PAGE_LIMIT", 3), ("LIST_PAGE_LIMIT", 4),
                         ("ARTICLE_INDEX_LIMIT", 2)):
        monkeypatch.setattr(render_stage, limit, value)
    result = sitebuild.build(ROOT / "content", tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert sitebuild.broken_links(tmp_path / "site") == []
    site = tmp_path / "site"
    for pattern in ("timeline/*/*/index.html", "speakers/*/*/*/index.html", "articles/year/*/index.html"):
        assert list(site.glob(pattern)), f"no {pattern} pages were built"


def test_a_long_list_of_articles_splits_by_year(monkeypatch):
    monkeypatch.setattr(render_stage, "ARTICLE_INDEX_LIMIT", 2)
    corpus = pipeline.load_valid_corpus(ROOT / "content")
    pages = render_site(corpus, {})
    years = sorted(p for p in pages if p.startswith("articles/year/"))
    assert years and all(p.split("/")[-1].removesuffix(".md") in pages["articles/index.md"] for p in years)
    listed = [stem for p in years for stem in re.findall(r"\]\(\.\./([^)/]+)\.md\)", pages[p]) if stem != "index"]
    assert sorted(listed) == sorted(corpus.articles)  # each article on exactly one year's page


def test_a_statement_moving_to_another_period_renders_as_a_clean_render(tmp_path, monkeypatch):
    """A date correction moves a statement to another ten days; the pages that link to its
    timeline page (its article, its speaker) follow, in the same process as in a clean one."""
    monkeypatch.setattr(render_stage, "TIMELINE_PAGE_LIMIT", 4)
    content = _content_copy(tmp_path)
    record = pipeline.load_valid_corpus(content).published()[0]
    moved = date(record.date.year, record.date.month, 28 if record.date.day <= 20 else 2).isoformat()
    correct_and_compare(tmp_path, content, record,
                        f"    date: {moved}\n    date_precision: day\n    date_range: [{moved}, {moved}]\n")


def test_a_month_shrinking_to_one_page_moves_its_other_statements_links(tmp_path, monkeypatch):
    """Rejecting one statement brings a month under the limit: its other statements, unchanged
    themselves, now live on the month's own page, and every page linking to them follows."""
    content = _content_copy(tmp_path)
    months: dict[str, list] = {}
    for record in pipeline.load_valid_corpus(content).published():
        months.setdefault(render_stage.month_key(record.date), []).append(record)
    month, records = max(months.items(), key=lambda kv: len(kv[1]))
    monkeypatch.setattr(render_stage, "TIMELINE_PAGE_LIMIT", len(records) - 1)
    changed = correct_and_compare(tmp_path, content, records[0], "    status: rejected\n")
    assert any(name.startswith(f"timeline/{month}/") for name in changed), "the period pages were not removed"
    assert not list((tmp_path / "docs" / "timeline" / month).rglob("*.md")), "the period pages were left behind"


def test_a_busy_speakers_year_becomes_an_index_of_months(monkeypatch):
    monkeypatch.setattr(render_stage, "SPEAKER_PAGE_LIMIT", 3)
    monkeypatch.setattr(render_stage, "LIST_PAGE_LIMIT", 4)
    monkeypatch.setattr(render_stage, "TIMELINE_PAGE_LIMIT", 300)
    corpus = pipeline.load_valid_corpus(ROOT / "content")
    pages = render_site(corpus, {})
    month_pages = [p for p in pages if re.fullmatch(r"speakers/[^/]+/\d{4}/\d\d\.md", p)]
    assert month_pages, "no speaker's year was split at this limit"
    for path in month_pages:
        year_page = pages[path.rsplit("/", 1)[0] + ".md"]
        assert path.split("/", 2)[2] in year_page and "<h3 id=" not in year_page
    # each statement of a split speaker is shown in full on exactly one of the speaker's pages
    speaker = month_pages[0].split("/")[1]
    shown = [sid for p, text in pages.items() if p.startswith(f"speakers/{speaker}/")
             for sid in re.findall(r'<h3 id="(s-[0-9a-f]+)"', text)]
    assert sorted(shown) == sorted(r.id for r in corpus.published() if r.speaker == speaker)
