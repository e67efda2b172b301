"""A statement as the raw HTML block the pages show, written in Python for speed.

Render spends most of its time on statements (one block per statement on its article page,
its month page and its speaker page), so the two blocks `_macros.md.j2` used to build are
built here with plain string joins. Every value from content/ goes through `escape`, exactly
as Jinja's autoescape treated it, so the output is the same bytes; links are final URLs from
`render.relative_url`. No blank lines may appear inside a block: Python-Markdown, and the
MkDocs hook that passes blocks through (`mkdocs_hooks.py`), end a block at one.
"""
from __future__ import annotations

from jinja2.filters import do_truncate
from markupsafe import Markup


try:  # markupsafe's own C escaper, without the Markup object around its result
    from markupsafe import _escape_inner
except ImportError:  # pragma: no cover - markupsafe without speedups
    def _escape_inner(text: str) -> str:
        return (text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")
                .replace("'", "&#39;").replace('"', "&#34;"))


def _e(value) -> str:
    """markupsafe.escape's output (what autoescape wrote), without building Markup objects."""
    return _escape_inner(value if type(value) is str else str(value))


def shown_day(record):
    """The day a statement is shown with: for a reported one, the report's ("by 2 Dec"), as its
    date is the story's (see dates.py) and its window ends on the report's."""
    return record.date_range[1] if record.date_precision == "reported" else record.date


class StatementBlocks:
    """Builds statement blocks for one site; `url(page, target, anchor)` makes links.

    A statement shows on its article, month and speaker pages; the parts of its block that
    do not depend on the page (all of it but three links) are escaped and joined once per
    record object and reused by each page (`_parts`)."""

    def __init__(self, env, site, speakers, articles, topics, url, edit_url, permalink,
                 display_date, role, long_date, month_key, precision_notes):
        self.env, self.site, self.speakers, self.articles, self.topics = env, site, speakers, articles, topics
        self.url, self.edit_url, self.permalink = url, edit_url, permalink
        self.display_date, self.role, self.long_date = display_date, role, long_date
        self.month_key, self.precision_notes = month_key, precision_notes
        self.touched: set[str] = set()  # statements shown only in passing (responses)
        self._memo: dict = {}  # id(record) or ("link", id(record)) -> (record, parts...)

    def _truncate(self, text: str, length: int) -> str:
        return do_truncate(self.env, text, length)

    def _parts(self, record) -> tuple:
        hit = self._memo.get(id(record))
        if hit is not None and hit[0] is record:
            return hit[1]
        speaker = self.speakers[record.speaker]
        article = self.articles[record.article]
        rid = _e(record.id)
        name = _e(speaker.name)
        when = _e(self.display_date(record))
        head = (
            f'<div class="parley-statement" data-speaker="{_e(record.speaker)}" '
            f'data-side="{_e(self.site.side_of(record))}" data-topics="{" ".join(_e(t) for t in record.topics)}" '
            f'data-stance="{_e(record.stance)}">\n'
            + "".join(f'<span id="{_e(former)}"></span>' for former in record.former_ids)  # old permalinks
            + f'<h3 id="{rid}">{name} · {when}<a class="headerlink" href="#{rid}" title="Permanent link">¶</a></h3>\n'
            "<blockquote>" + "".join(f"<p>{_e(p)}</p>" for p in record.text.split("\n") if p.strip())
            + "</blockquote>\n"
            '<p class="parley-meta" data-search-exclude>')
        meta = []
        role = self.role(speaker, record.date)
        if role:
            meta.append(f" ({_e(role)})")
        meta.append(f' · <time datetime="{shown_day(record).isoformat()}" '
                    f'title="{_e(self.precision_notes[record.date_precision])}">{when}</time> · {_e(record.kind)}')
        if record.status == "reviewed":
            meta.append(" · reviewed")
        if record.venue:
            meta.append(f" · {_e(record.venue)}")
        if record.addressee:
            meta.append(f" · to {_e(record.addressee)}")
        tail = []
        original = _safe_url(article.url)
        if original:
            tail.append(f' · <a href="{_e(original)}">original</a>')
        edit = self.edit_url("content/reviews/" + record.article + ".yaml")
        if edit:
            tail.append(f' · <a href="{_e(edit)}" title="Edit the record {rid}">correct this</a>')
        tail.append("</p>\n")
        parts = (head, name, "".join(meta), _e(article.publisher or article.stem), "".join(tail),
                 speaker, article, when, rid)
        self._memo[id(record)] = (record, parts)
        return parts

    def statement(self, page: str, record, full=False, speaker_link=True, source_link=True,
                  timeline_link=False) -> Markup:
        return Markup(self._statement(page, record, full, speaker_link, source_link, timeline_link))

    def statements(self, page: str, records, full=False, speaker_link=True, source_link=True,
                   timeline_link=False) -> Markup:
        """`statement` for each record, as a template loop over them wrote them: each block
        and a line break (so a blank line between blocks)."""
        return Markup("".join(self._statement(page, r, full, speaker_link, source_link, timeline_link) + "\n"
                              for r in records))

    def _statement(self, page: str, record, full, speaker_link, source_link, timeline_link) -> str:
        head, name, meta, publisher, tail, speaker, article, when, rid = self._parts(record)
        url = self.url
        out = [head]
        if speaker_link:
            out.append(f'<a href="{_e(url(page, "speakers/" + record.speaker + ".md"))}">{name}</a>')
        else:
            out.append(name)
        out.append(meta)
        if source_link:
            out.append(f' · <a href="{_e(url(page, "articles/" + record.article + ".md", record.id))}">'
                       f"{publisher}</a>")
        if timeline_link:
            out.append(f' · <a href="{_e(url(page, self.site.timeline_page(record), record.id))}">'
                       "in the timeline</a>")
        out.append(tail)
        if full:
            out.append(self._full(page, record, speaker, article, name, when, rid))
        out.append("</div>\n\n")
        return "".join(out)

    def _full(self, page, record, speaker, article, name, when, rid) -> str:
        url, out = self.url, []
        if record.topics or record.stance != "none":
            tags = [f'<a href="{_e(url(page, "topics/" + t + ".md"))}">'
                    f"{_e(self.topics[t].label if t in self.topics else t)}</a>" for t in record.topics]
            text = " · ".join(tags)
            if record.stance != "none":
                text += (" · " if record.topics else "") + f"stance on talks: {_e(record.stance)}"
            out.append(f'<p class="parley-tags" data-search-exclude>{text}</p>\n')
        by_id = self.site.by_id
        for target in record.responds_to:
            if target in by_id:
                out.append(self._response("Responds to", page, by_id[target]))
        for answer in self.site.answered_by.get(record.id, []):
            out.append(self._response("Answered by", page, answer))
        if record.note:
            out.append(f'<div class="admonition note"><p class="admonition-title">Note</p>'
                       f"<p>{_e(record.note)}</p></div>\n")
        cite = [f'<p class="parley-cite" data-search-exclude>Cite: {name}, {when}, reported by '
                f'{_e(article.publisher or "unknown publisher")}']
        if article.published:
            cite.append(f" on {_e(self.long_date(article.published))}")
        cite.append(f'. Parley, <a href="{_e(url(page, "articles/" + record.article + ".md", record.id))}">'
                    f"{_e(self.permalink(record))}</a>")
        if record.date_cue:
            cite.append(f" · date from “{_e(record.date_cue)}”")
        cite.append("</p>\n")
        out.append("".join(cite))
        return "".join(out)

    def _response(self, label: str, page: str, other) -> str:
        self.touched.add(other.id)
        href = _e(self.url(page, "articles/" + other.article + ".md", other.id))
        return (f'<p class="parley-response" data-search-exclude>{label} <a href="{href}">'
                f"{_e(self.speakers[other.speaker].name)}, {_e(self.display_date(other))}</a>: "
                f"“{_e(self._truncate(other.text, 100))}”</p>\n")

    def statement_link(self, page: str, record, target: str) -> Markup:
        return Markup(self._link(page, record, target))

    def _link(self, page: str, record, target: str) -> str:
        key = ("link", id(record))
        hit = self._memo.get(key)
        if hit is None or hit[0] is not record:
            when = shown_day(record).isoformat()
            hit = (record, f'<li><time datetime="{when}">{_e(self.display_date(record))}</time>: '
                           '<a href="',
                   f'">{_e(self.speakers[record.speaker].name)}</a>: '
                   f"“{_e(self._truncate(record.text, 140))}”</li>\n")
            self._memo[key] = hit
        return hit[1] + _e(self.url(page, target, record.id)) + hit[2]

    def statement_list(self, page: str, records) -> Markup:
        """A filtered page's list, newest first as `records` come: a heading and a list per
        month, each line linking to the statement in its timeline page."""
        from .render import month_title
        out, month = [], None
        for record in records:
            key = self.month_key(record.date)
            if key != month:
                if month:
                    out.append("</ul>\n")
                month = key
                out.append(f'\n## {_e(month_title(month))}\n\n<ul class="parley-list">\n')
            out.append(self._link(page, record, self.site.timeline_page(record)) + "\n")
        if month:
            out.append("</ul>\n")
        return Markup("".join(out))


def _safe_url(url):
    from .render import safe_url
    return safe_url(url)
