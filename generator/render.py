"""Stage 7, render: the merged corpus as Markdown pages, `{path: text}`.

Every string from content/ reaches the page through `md_text` (Markdown and HTML
escaped) or Jinja's autoescape, so a statement holding `<script>`, `[link](...)` or
`{{ }}` shows as those characters and does nothing. Only http(s) URLs become links.
"""
from __future__ import annotations

import calendar
import functools
import json
import operator
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from html import escape

import jinja2
from markupsafe import Markup

from .annotate import SIDES, assign_side
from .blocks import StatementBlocks, shown_day
from .charts import monthly_chart
from .export import join_csv, join_json, row_texts, statement_row
from .feeds import FEED_SIZE, atom_feed
from .schema import SCHEMAS
from .merge import Corpus
from .model import SpeakerRecord, StatementRecord
from .parallel import parallel_map

MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
LATEST_ON_HOME = 10
_ID = operator.attrgetter("id")
# A speaker, topic or side with more statements than this gets one page per year, so no
# page grows without bound.
SPEAKER_PAGE_LIMIT = 100
LIST_PAGE_LIMIT = 300
# A render with at least this many pages to make spreads them over every core; an edit's
# render (a few pages) stays in the process, where forking would cost more than it saves.
PARALLEL_MIN_PAGES = 200
# A month with more statements than this gets one timeline page per ten days (1-10, 11-20,
# 21 to the end), and ten days with more still one page per day.
TIMELINE_PAGE_LIMIT = LIST_PAGE_LIMIT
# The list of source articles (a short line each) splits by year past this many.
ARTICLE_INDEX_LIMIT = 1000
# Python-Markdown's escapable characters (others would show their backslash).
_MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+\-.!|>])")
_UNSAFE_TITLE = re.compile(r"[<>&\"'`{}\[\]\\]")


def md_text(value) -> Markup:
    """Data as inert inline Markdown: HTML-escaped, then Markdown syntax backslash-escaped."""
    text = " ".join(str(value).split())
    return Markup(_MARKDOWN_SPECIALS.sub(r"\\\1", escape(text, quote=False)))


def plain_title(value) -> str:
    """A page title for front matter, where themes may print it unescaped: no markup characters."""
    return " ".join(_UNSAFE_TITLE.sub("", str(value)).split()) or "Untitled"


def safe_url(url) -> str | None:
    return url if isinstance(url, str) and re.match(r"^https?://[^\s<>\"']+$", url) else None


def display_date(record: StatementRecord) -> str:
    """A date as precise as the article allows: "1 Dec 2022", "mid-Nov 2022", "Nov 2022"."""
    low, high = record.date_range
    if record.date_precision == "day":
        return _day(record.date)
    if record.date_precision == "year":
        return str(record.date.year) if low.year == high.year else f"{low.year}–{high.year}"
    if record.date_precision == "week":
        return f"week of {_day(low)}"
    if record.date_precision == "month":
        return _month_part(low, high)
    return f"by {_day(shown_day(record))}"


def _day(day: date) -> str:
    return f"{day.day} {MONTH_ABBR[day.month - 1]} {day.year}"


def _month_part(low: date, high: date) -> str:
    month = f"{MONTH_ABBR[low.month - 1]} {low.year}"
    if (low.year, low.month) != (high.year, high.month):
        return f"{MONTH_ABBR[low.month - 1]}–{MONTH_ABBR[high.month - 1]} {high.year}"
    if low.day == 1 and (high.month != (high + _ONE_DAY).month):
        return month
    middle = (low.day + high.day) / 2
    part = "early" if middle <= 10 else "mid" if middle <= 20 else "late"
    return f"{part}-{month}"


_ONE_DAY = timedelta(days=1)

PRECISION_NOTES = {
    "day": "said on this day",
    "week": "said during this week",
    "month": "said during this part of the month",
    "year": "said during this year",
    "reported": "no date given; said by this day, when it was reported, and at most a week before",
}


@dataclass
class Site:
    """What templates need, precomputed once."""

    corpus: Corpus
    settings: dict
    statements: list[StatementRecord]
    by_id: dict[str, StatementRecord]
    by_speaker: dict[str, list[StatementRecord]]
    by_article: dict[str, list[StatementRecord]]
    by_month: dict[str, list[StatementRecord]]
    by_topic: dict[str, list[StatementRecord]]
    by_side: dict[str, list[StatementRecord]]
    answered_by: dict[str, list[StatementRecord]]
    sides: dict[str, str]  # speaker id -> side
    timeline: dict[str, list[tuple[str, str, list]]]  # month -> its pages: (path, period, records)
    timeline_page_of: dict[str, str]  # statement id -> the timeline page that shows it

    def side_of(self, record: StatementRecord) -> str:
        return self.sides.get(record.speaker, "other")

    def timeline_page(self, record: StatementRecord) -> str:
        return self.timeline_page_of[record.id]


@functools.lru_cache(maxsize=1 << 14)
def month_key(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def month_title(key: str) -> str:
    year, month = key.split("-")
    return f"{MONTH_NAMES[int(month) - 1]} {year}"


def long_date(day: date) -> str:
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def group(records, key) -> dict:
    groups = defaultdict(list)
    for record in records:
        groups[key(record)].append(record)
    return dict(sorted(groups.items()))


def timeline_pages(month: str, records: list[StatementRecord]) -> list[tuple[str, str, list]]:
    """A month's timeline pages, (path, period shown in its title, records): the month's own
    page when it is short, else ten-day pages, and day pages for ten crowded days. The paths
    depend on dates alone, so a page keeps its address as statements are added."""
    if len(records) <= TIMELINE_PAGE_LIMIT:
        return [(f"timeline/{month}.md", "", records)]
    pages = []
    for (first, last), tenth in group(records, lambda r: _ten_days(r.date)).items():
        if len(tenth) <= TIMELINE_PAGE_LIMIT:
            pages.append((f"timeline/{month}/{first:02d}-{last:02d}.md",
                          f"{first}–{last} {month_title(month)}", tenth))
            continue
        for day, day_records in group(tenth, operator.attrgetter("date")).items():
            pages.append((f"timeline/{month}/{day.day:02d}.md", long_date(day), day_records))
    return pages


def _ten_days(day: date) -> tuple[int, int]:
    first = min(day.day - 1, 20) // 10 * 10 + 1
    return first, (first + 9 if first < 21 else calendar.monthrange(day.year, day.month)[1])


def build_site(corpus: Corpus, settings: dict) -> Site:
    statements = corpus.published()
    by_id = {r.id: r for r in statements}
    sides = {sid: assign_side(speaker) for sid, speaker in corpus.speakers.items()}
    answered_by = defaultdict(list)
    for record in statements:
        for target in record.responds_to:
            if target in by_id:
                answered_by[target].append(record)
    by_topic = defaultdict(list)
    for record in statements:
        for topic in record.topics:
            by_topic[topic].append(record)
    by_article = group(statements, operator.attrgetter("article"))
    for records in by_article.values():
        records.sort(key=lambda r: (r.start, r.id))
    by_month = group(statements, lambda r: month_key(r.date))
    timeline = {month: timeline_pages(month, records) for month, records in by_month.items()}
    page_of = {r.id: path for pages in timeline.values() for path, _, records in pages for r in records}
    return Site(corpus, settings, statements, by_id, group(statements, operator.attrgetter("speaker")), by_article,
                by_month, dict(sorted(by_topic.items())),
                group(statements, lambda r: sides.get(r.speaker, "other")), dict(answered_by), sides,
                timeline, page_of)


def role_line(speaker: SpeakerRecord | None, day: date | None = None) -> str:
    """The speaker's last role, or the last one they held on `day` (a statement's date): Liz Truss
    spoke in March 2022 as Foreign Secretary, not as the Prime Minister she became that September."""
    roles = [r for r in (speaker.roles if speaker else []) if day is None or r.held_on(day)]
    if not roles:
        return ""
    return ", ".join(part for part in (roles[-1].title, roles[-1].organisation) if part)


def month_counts(site: Site, records: list[StatementRecord]) -> dict[str, dict[str, int]]:
    counts: dict[str, dict[str, int]] = {}
    for record in records:
        month = counts.setdefault(month_key(record.date), {})
        side = site.side_of(record)
        month[side] = month.get(side, 0) + 1
    return dict(sorted(counts.items()))


def page_url(md_path: str) -> str:
    """The URL MkDocs gives a page (directory URLs): a/b.md -> a/b/, a/index.md -> a/."""
    stem = md_path[: -len(".md")]
    if stem == "index" or stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


def relative_url(from_md: str, to_md: str, anchor: str | None = None) -> str:
    """A link from one page to another (and an anchor there), as MkDocs would write it."""
    link = _md_link(from_md, to_md)
    if anchor:
        return f"{link}#{anchor}"
    return link or "./"


@functools.lru_cache(maxsize=1 << 18)
def _md_link(from_md: str, to_md: str) -> str:
    return _page_link(page_url(from_md), page_url(to_md))


@functools.lru_cache(maxsize=1 << 16)
def _page_link(here: str, there: str) -> str:
    # Pages link to the same few thousand others, so each pair is worked out once.
    # (posixpath.relpath, for page URLs, which are already normal: no "." or ".." parts)
    if here == there:
        return ""
    up, down = here.split("/")[:-1], there.split("/")[:-1]
    common = 0
    for a, b in zip(up, down):
        if a != b:
            break
        common += 1
    link = "/".join([".."] * (len(up) - common) + down[common:])
    return link + "/" if link else "./"


@jinja2.pass_context
def _url(context, to_md: str, anchor: str | None = None) -> str:
    return relative_url(context["page"], to_md, anchor)


@functools.lru_cache(maxsize=None)
def _environment() -> jinja2.Environment:
    """One environment per process, so a long-lived `serve` compiles each template once;
    each render sets its own globals (templates see the environment's globals live)."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("generator", "templates"),
        autoescape=True, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters.update(md=md_text, plain_title=plain_title, safe_url=safe_url, display_date=display_date,
                       role=role_line, month_title=month_title, long_date=long_date)
    env.globals.update(precision_notes=PRECISION_NOTES, month_key=month_key, side_labels=SIDES, url=_url)
    return env


def edit_url(settings: dict, path: str) -> str | None:
    repo = safe_url(settings.get("repo_url"))
    if not repo:
        return None
    return f"{repo.rstrip('/')}/edit/{settings.get('edit_branch') or 'main'}/{path}"


def absolute_url(settings: dict, path: str) -> str:
    """A site URL for feeds and citations; relative when mkdocs.yml gives no site_url."""
    base = safe_url(settings.get("site_url")) or ""
    return (base.rstrip("/") + "/" if base else "") + path


def permalink(settings: dict, record: StatementRecord) -> str:
    return absolute_url(settings, f"articles/{record.article}/#{record.id}")


@dataclass
class RenderState:
    """What one render leaves for the next in the same process (see `cache.py`)."""

    context: tuple  # settings, speakers, topics, articles: any change renders everything
    records: dict  # statement id -> the record object rendered
    deps: dict  # output path -> statement ids it showed
    outputs: dict  # output path -> text
    rows: dict  # statement id -> (record, json item, csv line)
    articles: list
    timeline_page_of: dict  # statement id -> its timeline page


def render_site(corpus: Corpus, settings: dict, jobs: int | None = None) -> dict[str, str]:
    """Every page of the site, keyed by its path under the docs folder."""
    return render_site_incremental(corpus, settings, None, jobs)[0]


def render_site_incremental(corpus: Corpus, settings: dict, previous: RenderState | None,
                            jobs: int | None = None) -> tuple[dict[str, str], RenderState]:
    """`render_site`, re-rendering only what shows a statement that changed since `previous`.

    Records merged again are new objects (unchanged articles keep theirs, see pipeline.py),
    so a statement changed when its object did. A page is re-rendered when it shows, or
    showed, a changed statement or one a changed statement responds to; pages without
    statements (home, indexes) always are. Any change to settings, speakers, topics or
    articles renders everything. The result is the same bytes as a clean render.

    Pages are listed first and made afterwards, on `jobs` workers when there are many
    (a cold render); each page's maker is a function bound to its own values, never a
    closure over a loop variable, so it makes the same page whenever and wherever it runs.
    """
    site = build_site(corpus, settings)
    records = {r.id: r for r in corpus.statements}
    context = (repr(sorted(settings.items())), repr(sorted(corpus.speakers.items())), repr(corpus.topics),
               tuple((stem, id(a)) for stem, a in sorted(corpus.articles.items())))
    if previous is not None and previous.context != context:
        previous = None
    changed: set[str] = set()
    if previous is not None:
        for sid in records.keys() | previous.records.keys():
            now, before = records.get(sid), previous.records.get(sid)
            if now is not before:
                changed.add(sid)
                for record in (now, before):
                    if record is not None:
                        changed.update(record.responds_to)
        # pages link to a statement's timeline page, which a busier month can change
        changed.update(sid for sid, path in site.timeline_page_of.items()
                       if previous.timeline_page_of.get(sid, path) != path)
    env = _environment()
    topics = {t.id: t for t in corpus.topics}
    env.globals.update(site=site, speakers=corpus.speakers, articles=corpus.articles, topics=topics,
                       edit_url=lambda path: edit_url(settings, path),
                       permalink=lambda record: permalink(settings, record))
    env.tests["of_kind"] = lambda speaker_id, kind: corpus.speakers[speaker_id].kind == kind
    blocks = StatementBlocks(
        env, site, corpus.speakers, corpus.articles, topics, relative_url,
        lambda path: edit_url(settings, path), lambda record: permalink(settings, record),
        display_date, role_line, long_date, month_key, PRECISION_NOTES)
    env.globals["_blocks"] = blocks
    pages: dict[str, str | None] = {}
    deps: dict[str, frozenset] = {}
    todo: list[tuple] = []  # (path, records shown or None, maker) of the pages to make

    def output(path: str, records_shown, make) -> None:
        # stale when the page shows, or showed, a changed statement (set operations over the
        # ids in C: a page's ids are gathered only when it is rendered)
        if records_shown is not None and previous is not None and path in previous.outputs:
            before = previous.deps.get(path, frozenset())
            if changed.isdisjoint(before) and changed.isdisjoint(map(_ID, records_shown)):
                pages[path], deps[path] = previous.outputs[path], previous.deps[path]
                return
        pages[path] = None  # keeps the pages in listing order
        todo.append((path, records_shown, make))

    def make_page(job) -> tuple[str, frozenset | None]:
        _, records_shown, make = job
        blocks.touched = set()
        text = make()
        if records_shown is None:
            return text, None
        return text, frozenset(map(_ID, records_shown)) | frozenset(blocks.touched)

    templates: dict = {}  # looked up (and checked for changes on disk) once per render

    def template_named(name: str):
        if name not in templates:
            templates[name] = env.get_template(name)
        return templates[name]

    def render(template: str, page: str, shows=None, **values) -> None:
        output(page, shows, functools.partial(template_named(template).render, page=page, **values))

    render("home.md.j2", "index.md", latest=site.statements[::-1][:LATEST_ON_HOME])
    render("about.md.j2", "about.md")
    render("scaling.md.j2", "scaling.md")
    render("timeline_index.md.j2", "timeline/index.md")
    render("speakers_index.md.j2", "speakers/index.md")
    _article_index_pages(render, corpus.articles)
    render("topics_index.md.j2", "topics/index.md")
    pages["assets/charts/timeline.svg"] = monthly_chart(month_counts(site, site.statements), SIDES,
                                                        "Statements per month, by side")
    for key, records_ in site.by_month.items():
        month_pages = site.timeline[key]
        if len(month_pages) > 1:  # the month's page lists its periods
            render("timeline_month.md.j2", f"timeline/{key}.md", records_, month=key, period="", days={},
                   parts=[(period, len(shown), path) for path, period, shown in month_pages], topic_labels={})
        for path, period, shown in month_pages:
            used = sorted({t for r in shown for t in r.topics})
            render("timeline_month.md.j2", path, shown, month=key, period=period, parts=[],
                   days=group(shown, operator.attrgetter("date")),
                   topic_labels={t: topics[t].label if t in topics else t for t in used})
    speaker_template = template_named("speaker.md.j2")

    def speaker_page(page, speaker, records_, years, split):
        return speaker_template.render(
            page=page, speaker=speaker, records=records_, split=split,
            years=years if years is not None else group(records_, lambda r: r.date.year),
            topic_counts=_topic_counts(records_), answered=_answered_speakers(site, records_))

    def speaker_chart(speaker, records_):
        return monthly_chart(month_counts(site, records_), SIDES, f"Statements per month by {speaker.name}",
                             480, 120)

    for speaker_id, records_ in site.by_speaker.items():
        speaker = corpus.speakers[speaker_id]
        split = len(records_) > SPEAKER_PAGE_LIMIT
        # the page's figures are worked out only when it is rendered
        years = group(records_, lambda r: r.date.year) if split else None
        output(f"speakers/{speaker_id}.md", records_,
               functools.partial(speaker_page, f"speakers/{speaker_id}.md", speaker, records_, years, split))
        for year, year_records in (years.items() if split else ()):
            _speaker_year_pages(render, speaker, year, year_records)
        output(f"assets/charts/speakers/{speaker_id}.svg", records_,
               functools.partial(speaker_chart, speaker, records_))
    for stem, article in sorted(corpus.articles.items()):
        shown = site.by_article.get(stem, [])
        render("article.md.j2", f"articles/{stem}.md", shown, article=article, records=shown)
    for topic_id, records_ in site.by_topic.items():
        label = topics[topic_id].label if topic_id in topics else topic_id
        _filtered_pages(render, f"topics/{topic_id}", f"Topic: {label}", records_)
    for side, records_ in site.by_side.items():
        _filtered_pages(render, f"sides/{side}", f"Side: {SIDES[side]}", records_)
    _feeds(site, settings, output)
    many = len(todo) >= PARALLEL_MIN_PAGES
    for (path, records_shown, _), (text, shown_ids) in zip(
            todo, parallel_map(make_page, todo, jobs if many else 1)):
        pages[path] = text
        if shown_ids is not None:
            deps[path] = shown_ids
    rows = _downloads(corpus, site, pages, previous.rows if previous else {}, jobs if many else 1)
    # the articles are kept alive with the state, so their ids in `context` stay theirs
    state = RenderState(context, records, deps, dict(pages), rows, list(corpus.articles.values()),
                        site.timeline_page_of)
    return pages, state


def _downloads(corpus: Corpus, site: Site, pages: dict, previous_rows: dict, jobs: int | None) -> dict:
    """The data behind the site, for readers to take away (linked from the About page).

    Each statement's JSON and CSV text is made once and reused while its record is the same
    object: `previous_rows` comes from a render with the same speakers and articles (the
    render context), so the record alone decides."""
    def texts(record):
        speaker, article = corpus.speakers.get(record.speaker), corpus.articles.get(record.article)
        return row_texts(statement_row(record, speaker, article))

    def unchanged(record) -> bool:
        hit = previous_rows.get(record.id)
        return hit is not None and hit[0] is record

    new = [record for record in site.statements if not unchanged(record)]
    made = {record.id: (record, *made) for record, made in zip(new, parallel_map(texts, new, jobs))}
    rows, items, lines = {}, [], []
    for record in site.statements:
        hit = made.get(record.id) or previous_rows[record.id]
        rows[record.id] = hit
        items.append(hit[1])
        lines.append(hit[2])
    pages["data/statements.json"] = join_json(items)
    pages["data/statements.csv"] = join_csv(lines)
    for name, make in SCHEMAS.items():
        pages[f"data/{name}"] = json.dumps(make(), indent=2, ensure_ascii=False) + "\n"
    return rows


def _filtered_pages(render, base: str, title: str, records: list[StatementRecord]) -> None:
    """A filtered timeline. When it grows long it becomes an index of years, and a year that
    grows long an index of months, so no page holds more than LIST_PAGE_LIMIT statements."""
    name = base.rsplit("/", 1)[-1]
    if len(records) <= LIST_PAGE_LIMIT:
        render("filtered.md.j2", f"{base}.md", records, title=title, records=records)
        return
    by_year = group(records, lambda r: r.date.year)
    render("filtered.md.j2", f"{base}.md", records, title=title, records=records,
           periods=[(y, len(rs), f"{name}/{y}.md") for y, rs in reversed(by_year.items())])
    for year, year_records in by_year.items():
        up = {"index_link": f"../{name}.md", "index_label": "All years", "period": str(year)}
        if len(year_records) <= LIST_PAGE_LIMIT:
            render("filtered.md.j2", f"{base}/{year}.md", year_records, title=title, records=year_records, **up)
            continue
        by_month = group(year_records, lambda r: month_key(r.date))
        render("filtered.md.j2", f"{base}/{year}.md", year_records, title=title, records=year_records,
               periods=[(month_title(m), len(rs), f"{m}.md") for m, rs in reversed(by_month.items())], **up)
        for month, month_records in by_month.items():
            render("filtered.md.j2", f"{base}/{month}.md", month_records, title=title, records=month_records,
                   index_link=f"{year}.md", index_label=f"All of {year}", period=month_title(month))


def _article_index_pages(render, articles: dict) -> None:
    """The list of source articles; past ARTICLE_INDEX_LIMIT articles, one page per year of
    publication (articles/year/2023.md: a folder no article's own page can take)."""
    rows = sorted(articles.items())
    if len(rows) <= ARTICLE_INDEX_LIMIT:
        render("articles_index.md.j2", "articles/index.md", rows=rows, period="", periods=[])
        return
    by_year = group(rows, lambda row: str(row[1].published.year) if row[1].published else "undated")
    render("articles_index.md.j2", "articles/index.md", rows=[], period="",
           periods=[(year, len(year_rows), f"year/{year}.md") for year, year_rows in reversed(by_year.items())])
    for year, year_rows in by_year.items():
        render("articles_index.md.j2", f"articles/year/{year}.md", rows=year_rows, period=year, periods=[])


def _speaker_year_pages(render, speaker: SpeakerRecord, year: int, records: list[StatementRecord]) -> None:
    """A speaker's year; a year past LIST_PAGE_LIMIT statements becomes an index of its months."""
    base = f"speakers/{speaker.id}/{year}"
    if len(records) <= LIST_PAGE_LIMIT:
        render("speaker_year.md.j2", f"{base}.md", records, speaker=speaker, year=year, records=records,
               period="", months=[])
        return
    by_month = group(records, lambda r: month_key(r.date))
    render("speaker_year.md.j2", f"{base}.md", records, speaker=speaker, year=year, records=records, period="",
           months=[(month_title(m), len(rs), f"{year}/{m[5:]}.md") for m, rs in by_month.items()])
    for month, month_records in by_month.items():
        render("speaker_year.md.j2", f"{base}/{month[5:]}.md", month_records, speaker=speaker, year=year,
               records=month_records, period=month_title(month), months=[])


def _topic_counts(records) -> list[tuple[str, int]]:
    counts = defaultdict(int)
    for record in records:
        for topic in record.topics:
            counts[topic] += 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def _answered_speakers(site: Site, records) -> list[str]:
    targets = {site.by_id[t].speaker for r in records for t in r.responds_to if t in site.by_id}
    return sorted(targets)


def _feeds(site: Site, settings: dict, output) -> None:
    # A feed holds its newest FEED_SIZE statements, so it shows (and depends on) only those.
    def entries(records):
        return [{"url": permalink(settings, r), "date": r.date, "author": site.corpus.speakers[r.speaker].name,
                 "title": f"{site.corpus.speakers[r.speaker].name}, {display_date(r)}", "summary": r.text}
                for r in reversed(records)]
    newest = site.statements[-FEED_SIZE:]
    output("feeds/all.xml", newest, lambda: atom_feed(
        "Parley: newest statements", absolute_url(settings, "feeds/all.xml"), absolute_url(settings, ""),
        entries(newest)))
    def speaker_feed(speaker_id, path, records):
        return atom_feed(f"Parley: {site.corpus.speakers[speaker_id].name}", absolute_url(settings, path),
                         absolute_url(settings, f"speakers/{speaker_id}/"), entries(records))

    for speaker_id, records in site.by_speaker.items():
        path, records = f"feeds/speakers/{speaker_id}.xml", records[-FEED_SIZE:]
        output(path, records, functools.partial(speaker_feed, speaker_id, path, records))
