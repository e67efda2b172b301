"""Stage 1, read articles: article text plus its sidecar facts become an `Article`."""
from __future__ import annotations

import re
from datetime import date, datetime

from .errors import InputError, Problem
from .model import Article

SIDECAR_FIELDS = ("title", "publisher", "author", "url", "published")
STEM_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_ABBR = r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
# Datelines as newspapers print them near the top: "Sunday, June 4, 2023", "4 June 2023", "March 28, 2022".
_DATELINE = re.compile(
    rf"\b(?:(?P<m1>{_MONTHS}|{_MONTH_ABBR})\.? (?P<d1>\d{{1,2}}),? (?P<y1>(?:19|20)\d\d)"
    rf"|(?P<d2>\d{{1,2}}) (?P<m2>{_MONTHS}|{_MONTH_ABBR})\.? (?P<y2>(?:19|20)\d\d))\b"
)
DATELINE_SEARCH_CHARS = 400


def find_dateline(text: str) -> tuple[date, int] | None:
    """A publication date printed at the top of the article, with its offset."""
    match = _DATELINE.search(text[:DATELINE_SEARCH_CHARS])
    if not match:
        return None
    month_word = (match["m1"] or match["m2"])[:3]
    day = int(match["d1"] or match["d2"])
    year = int(match["y1"] or match["y2"])
    try:
        return datetime.strptime(f"{year} {month_word} {day}", "%Y %b %d").date(), match.start()
    except ValueError:
        return None


# Names under articles/ that the site uses for its own pages: the list of articles, and the
# folder of its pages by year.
RESERVED_STEMS = frozenset({"index", "year"})


def parse_article(stem: str, text: str, sidecar: dict | None, sidecar_name: str) -> Article:
    """Combine an article's text and sidecar; raise InputError naming what to fix."""
    problems: list[Problem] = []
    if not STEM_PATTERN.match(stem):
        problems.append(Problem(f"{stem}.txt", 1, 1, "file name",
                                "use only letters, digits, '.', '_' and '-' (it becomes a URL)"))
    elif stem in RESERVED_STEMS:
        problems.append(Problem(f"{stem}.txt", 1, 1, "file name",
                                f"'{stem}' is taken by a page of the site's own (articles/{stem}); rename the file"))
    facts = dict(sidecar or {})

    def where(key) -> tuple[int, int]:
        # Sidecars read by store.py remember where each key stood; plain dicts (tests) do not.
        return sidecar.position(key) if hasattr(sidecar, "position") else (1, 1)

    for key in facts:
        if key not in SIDECAR_FIELDS:
            problems.append(Problem(sidecar_name, *where(key), str(key),
                                    f"unknown field; expected one of {', '.join(SIDECAR_FIELDS)}"))
    for key in ("title", "publisher", "author", "url"):
        if facts.get(key) is not None and not isinstance(facts[key], str):
            problems.append(Problem(sidecar_name, *where(key), key, "expected text or null"))
    url = facts.get("url")
    if isinstance(url, str) and not re.match(r"^https?://\S+$", url):
        problems.append(Problem(sidecar_name, *where("url"), "url",
                                f"'{url}' is not a web address; expected https://... or null"))
    published, published_from = _publication_date(facts.get("published"), text)
    if facts.get("published") not in (None, "") and (published is None or published_from != "sidecar"):
        problems.append(Problem(sidecar_name, *where("published"), "published",
                                f"'{facts['published']}' is not a date; write it as YYYY-MM-DD"))
    elif published is None:
        problems.append(Problem(sidecar_name, *where("published"), "published",
                                "no publication date and no dateline in the text: add 'published: YYYY-MM-DD'"))
    if problems:
        raise InputError(problems)
    return Article(
        stem=stem, text=text, title=facts.get("title"), publisher=facts.get("publisher"),
        author=facts.get("author"), url=facts.get("url"), published=published,
        published_from=published_from,
    )


def _publication_date(value, text: str) -> tuple[date | None, str]:
    if isinstance(value, datetime):
        return value.date(), "sidecar"
    if isinstance(value, date):
        return value, "sidecar"
    if isinstance(value, str):
        try:
            return date.fromisoformat(value), "sidecar"
        except ValueError:
            return None, "sidecar"
    found = find_dateline(text)
    return (found[0], "dateline") if found else (None, "sidecar")
