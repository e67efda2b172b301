"""Shared fixtures: a small invented article and a content folder built from hand-made records."""
from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from generator import pipeline
from generator.model import Role, SpeakerRecord, StatementRecord, statement_id
from generator.store import read_article
from generator.write import write_files

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
MINI = FIXTURES / "mini"


def make_statement(article, text, speaker, day, precision="day", **extra) -> StatementRecord:
    start = article.text.index(text)
    low_high = extra.pop("date_range", (day, day))
    return StatementRecord(
        id=statement_id(article.stem, text), article=article.stem, speaker=speaker,
        kind=extra.pop("kind", "direct"), text=text, start=start, end=start + len(text),
        sentence=text, date=day, date_precision=precision, date_range=low_high, **extra)


def mini_records(article):
    return [
        make_statement(article, "talks on the grain corridor could resume \"within days\" if shipping was left alone",
                       "anna-kessler", date(2023, 5, 9), kind="mixed", date_cue="on Tuesday"),
        make_statement(article, "We are ready to sit down tomorrow,", "anna-kessler", date(2023, 5, 9)),
        make_statement(article, "Nobody gains from a blockade.", "anna-kessler", date(2023, 5, 9)),
        make_statement(article, "the offer was not serious", "senior-official", date(2023, 5, 12),
                       precision="reported", date_range=(date(2023, 5, 5), date(2023, 5, 12)),
                       kind="indirect"),
    ]


MINI_SPEAKERS = [
    SpeakerRecord(id="anna-kessler", name="Anna Kessler", aliases=["Ms. Kessler"],
                  roles=[Role(title="Foreign Minister", seen_in="ministry-talks", since=date(2023, 5, 12))]),
    SpeakerRecord(id="senior-official", name="senior official", kind="unnamed"),
]


def write_content(tmp: Path, records=None, speakers=None, reviews: str | None = None) -> Path:
    """A content folder (and article folder) in tmp built from records, like `extract` writes it."""
    articles_dir = tmp / "articles"
    shutil.copytree(MINI, articles_dir, dirs_exist_ok=True)
    content = tmp / "content"
    article = read_article(articles_dir / "ministry-talks.txt")
    records = mini_records(article) if records is None else records
    files = pipeline.article_files(article, records, articles_dir, content)
    files[content / "speakers-found.yaml"] = pipeline.found_speakers_file(
        [], MINI_SPEAKERS if speakers is None else speakers, [])
    if reviews is not None:
        files[content / "reviews" / "ministry-talks.yaml"] = reviews
    write_files(files)
    return content


@pytest.fixture
def mini_article():
    return read_article(MINI / "ministry-talks.txt")


@pytest.fixture
def mini_content(tmp_path):
    return write_content(tmp_path)
