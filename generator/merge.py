"""Stage 5, merge: machine records + people's corrections = the records the site shows.

Machine output (content/articles/, content/speakers-found.yaml) is rewritten by every
`extract`; corrections (content/reviews/, content/speakers.yaml) are written only by
people. Merging them here, never by editing files, is what keeps reviewed work safe.
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from .model import Article, SpeakerRecord, StatementRecord, slugify
from .records import statement_from_data

REPORTED_WINDOW_DAYS = 7


@dataclass
class Corpus:
    """Everything the site is built from, after merging."""

    articles: dict[str, Article]
    statements: list[StatementRecord]
    speakers: dict[str, SpeakerRecord]
    # statement id -> where its fields were written: origins[id].get(field) -> (file, line, column)
    origins: dict[str, "Origin"] = field(default_factory=dict)
    topics: tuple = ()  # the controlled vocabulary, annotate.Topic records

    def published(self) -> list[StatementRecord]:
        """Statements a reader sees: everything not rejected, in date then reading order."""
        shown = [s for s in self.statements if s.status != "rejected"]
        return sorted(shown, key=lambda s: (s.date, s.article, s.start, s.id))


class Origin:
    """Where one statement's fields were written: the located items (a machine record, then
    the corrections of it) it was merged from, the later winning, as `{field: (file, line,
    column)}` reads. Positions are looked up only for the fields a problem names."""

    __slots__ = ("sources",)

    def __init__(self, sources=()):
        self.sources: list = list(sources)  # (file, LocatedDict)

    def get(self, field: str, default=None):
        for file, item in reversed(self.sources):
            if field in item:
                return (file, *item.position(field))
        return default

    def __getitem__(self, field: str) -> tuple[str, int, int]:
        where = self.get(field)
        if where is None:
            raise KeyError(field)
        return where

    def __contains__(self, field) -> bool:
        return any(field in item for _, item in self.sources)

    def keys(self):
        return list(dict.fromkeys(k for _, item in self.sources for k in item))

    def items(self):
        return [(k, self[k]) for k in self.keys()]


def date_range_for(day: date, precision: str) -> tuple[date, date]:
    """The range a precision implies, for corrections that give a date but no range."""
    if precision == "month":
        last = calendar.monthrange(day.year, day.month)[1]
        return day.replace(day=1), day.replace(day=last)
    if precision == "year":
        return day.replace(month=1, day=1), day.replace(month=12, day=31)
    if precision == "week":
        return day - timedelta(days=day.weekday()), day + timedelta(days=6 - day.weekday())
    if precision == "reported":
        return day - timedelta(days=REPORTED_WINDOW_DAYS), day
    return day, day


def apply_review(record: StatementRecord | None, review: dict, article: Article) -> StatementRecord:
    """One correction over one machine record (or a statement a person added whole)."""
    changes = {k: v for k, v in review.items() if k != "article"}
    if record is None:
        record = statement_from_data(_complete_added(changes, article), article.stem)
    else:
        record = statement_from_data({**_record_fields(record), **changes}, article.stem)
    if ("date" in changes or "date_precision" in changes) and "date_range" not in changes:
        record.date_range = date_range_for(record.date, record.date_precision)
    if "text" in changes and "start" not in changes:
        _locate_text(record, article.text)
    return record


def _record_fields(record: StatementRecord) -> dict:
    return {k: v for k, v in record.__dict__.items() if k != "article"}


def _complete_added(fields: dict, article: Article) -> dict:
    """Defaults for a statement added by hand, so contributors write only what matters."""
    text = fields.get("text", "")
    start = article.text.find(text) if text else -1
    published = article.published
    precision = fields.get("date_precision", "reported" if "date" not in fields else "day")
    day = fields.get("date", published)
    out = {"kind": "direct", "start": max(start, 0), "end": max(start, 0) + len(text),
           "sentence": text, "date": day, "date_precision": precision,
           "status": "reviewed"}
    out.update(fields)
    if "date_range" not in fields and isinstance(out["date"], date):
        out["date_range"] = date_range_for(out["date"], precision)
    return out


def _locate_text(record: StatementRecord, text: str) -> None:
    found = text.find(record.text)
    if found >= 0:
        record.start, record.end = found, found + len(record.text)


def merge_statements(machine: list[StatementRecord], reviews: list[dict],
                     article: Article) -> list[StatementRecord]:
    """An article's machine records with its reviews applied, in reading order."""
    by_id = {r.id: r for r in machine}
    for review in reviews:
        by_id[review["id"]] = apply_review(by_id.get(review["id"]), review, article)
    return sorted(by_id.values(), key=lambda r: (r.start, r.end, r.id))


def keep_corrected(found: list[StatementRecord], previous: list[StatementRecord],
                   corrected_ids: set[str]) -> list[StatementRecord]:
    """A new extraction of one article, keeping every earlier machine record a person corrects.

    A review names its statement by id; when a better extractor no longer finds that
    statement (or finds it with a different span, hence a different id), the earlier record
    stays, so the correction keeps its base and nothing reviewed is lost. A new record that
    overlaps a kept one is left out: the person's reading of that passage wins.
    """
    found_ids = {r.id for r in found}
    kept = [r for r in previous if r.id in corrected_ids and r.id not in found_ids]
    if not kept:
        return found
    fresh = [r for r in found if not any(r.start < k.end and k.start < r.end for k in kept)]
    return sorted(fresh + kept, key=lambda r: (r.start, r.end, r.id))


def carry_former_ids(found: list[StatementRecord], previous: list[StatementRecord]) -> list[StatementRecord]:
    """A re-extraction of one article, each record keeping the ids its passage had before.

    A statement's id comes from its words, so a better extractor that reads a passage a little
    differently gives it a new id, and a reader's link to the old one would land nowhere. Each
    earlier record whose span overlaps a new one by at least half the shorter of the two hands
    its id, and any it had itself, to the new record it overlaps most; the page then carries
    both anchors. Running the same extraction again changes nothing.
    """
    live = {r.id for r in found}
    carried: dict[int, set[str]] = {}
    for old in previous:
        best, best_overlap = None, 0
        for k, new in enumerate(found):
            overlap = min(old.end, new.end) - max(old.start, new.start)
            if overlap * 2 >= min(old.end - old.start, new.end - new.start) and overlap > best_overlap:
                best, best_overlap = k, overlap
        if best is not None:
            carried.setdefault(best, set()).update({old.id, *old.former_ids})
    out = []
    for k, record in enumerate(found):
        ids = sorted(carried.get(k, set()) - live - {record.id})
        out.append(replace(record, former_ids=sorted(set(record.former_ids) | set(ids))) if ids else record)
    return out


def merge_speakers(found: list[SpeakerRecord], registry: list[SpeakerRecord]) -> dict[str, SpeakerRecord]:
    """The registry people keep wins over what extraction found; both by id."""
    merged = {s.id: s for s in found}
    merged.update({s.id: s for s in registry})
    return dict(sorted(merged.items()))


def alias_redirects(registry: list[SpeakerRecord]) -> dict[str, str]:
    """Speaker ids that an alias in the registry folds into a canonical speaker.

    Adding "Dmitri Peskov" to dmitry-peskov's aliases moves records extracted as
    `dmitri-peskov` to `dmitry-peskov` without touching their files.
    """
    redirects = {}
    for speaker in registry:
        for alias in speaker.aliases:
            alias_id = slugify(alias)
            if alias_id != speaker.id:
                redirects[alias_id] = speaker.id
    return redirects


def redirect_speakers(statements: list[StatementRecord], redirects: dict[str, str]) -> None:
    for record in statements:
        record.speaker = redirects.get(record.speaker, record.speaker)
