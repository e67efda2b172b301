"""The data model, declared once.

Every stage passes these records along. `schema.py` derives the JSON Schema that
`check` and editors use from the same field lists, so the two cannot drift apart.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date

KINDS = ("direct", "indirect", "mixed")
PRECISIONS = ("day", "week", "month", "year", "reported")
STATUSES = ("machine", "reviewed", "rejected")
SPEAKER_KINDS = ("person", "institution", "unnamed")
STANCES = ("open", "conditional", "rejecting", "none")


@dataclass
class Article:
    """One source article: its text and what its sidecar says about it."""

    stem: str
    text: str
    title: str | None = None
    publisher: str | None = None
    author: str | None = None
    url: str | None = None
    published: date | None = None
    # "sidecar" when the sidecar gave the date, "dateline" when it was read from the text
    published_from: str = "sidecar"


@dataclass
class Mention:
    """Where the article names the speaker of a statement (for scoring and review)."""

    text: str
    start: int
    end: int


@dataclass
class StatementRecord:
    """One statement: who said what, when, where the article says so."""

    id: str
    article: str
    speaker: str
    kind: str
    text: str
    start: int
    end: int
    sentence: str
    date: date
    date_precision: str
    date_range: tuple[date, date]
    date_cue: str = ""
    status: str = "machine"
    mention: Mention | None = None
    cue: str = ""
    note: str | None = None
    topics: list[str] = field(default_factory=list)
    stance: str = "none"
    venue: str | None = None
    addressee: str | None = None
    responds_to: list[str] = field(default_factory=list)
    former_ids: list[str] = field(default_factory=list)


@dataclass
class Role:
    """A position a speaker held: from the registry, with the dates it was held, or as an article
    gave it (`seen_in`; `since` is then the day it was seen, not the day it began)."""

    title: str
    organisation: str | None = None
    country: str | None = None
    since: date | None = None
    until: date | None = None
    seen_in: str | None = None

    def held_on(self, day: date) -> bool:
        """Whether the role's dates include `day`: in 2025 "the prime minister" is not Boris Johnson,
        and in March 2022 Liz Truss spoke as Foreign Secretary."""
        began = self.since is None or self.seen_in is not None or self.since <= day
        return began and (self.until is None or day <= self.until)


@dataclass
class SpeakerRecord:
    """A canonical speaker: a person, an institution or an unnamed source."""

    id: str
    name: str
    kind: str = "person"
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    side: str | None = None
    status: str = "machine"
    note: str | None = None


def field_names(cls) -> list[str]:
    return [f.name for f in dataclasses.fields(cls)]


def statement_id(article_stem: str, text: str) -> str:
    """The permalink anchor of a statement: stable as long as its article and words are.

    Derived from content rather than position so that re-extracting never renumbers.
    """
    import hashlib

    digest = hashlib.sha1(f"{article_stem}\n{text}".encode("utf-8")).hexdigest()
    return f"s-{digest[:10]}"


# Letters that Unicode does not decompose into a base letter and a mark: without these,
# "Radosław Sikorski" would lose a letter ("radosaw-sikorski").
_UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d",
                               "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th",
                               "Þ": "Th", "ı": "i"})


def slugify(name: str) -> str:
    """A speaker id from a name: lowercase ASCII words joined by hyphens."""
    import re
    import unicodedata

    ascii_name = unicodedata.normalize("NFKD", name.translate(_UNDECOMPOSED)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "unknown"
