"""On real news text every record points at the words it quotes: a sample of PolNeAR articles.

The corpus is a research copy kept outside the repository (its texts belong to their
publishers), beside the project in ../shared/benchmarks/polnear, or wherever PARLEY_POLNEAR
points. Nothing from it is written anywhere: the texts are read, extracted and dropped.
"""
from __future__ import annotations

import csv
import os
from datetime import date
from pathlib import Path

import pytest

from generator.extract import extract_article
from generator.model import Article

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("PARLEY_POLNEAR", ROOT.parent / "shared" / "benchmarks" / "polnear"))
EVERY_NTH = 8  # about 125 of the 1,008 articles, a second of extraction

pytestmark = pytest.mark.skipif(not (CORPUS / "metadata.tsv").is_file(),
                                reason=f"PolNeAR corpus not found at {CORPUS} (set PARLEY_POLNEAR)")


def sample() -> list[tuple[str, str, date]]:
    with open(CORPUS / "metadata.tsv", encoding="utf-8") as fh:
        published = {row["filename"]: row["publication_date"] for row in csv.DictReader(fh, delimiter="\t")}
    texts = sorted(CORPUS.glob("*/text/*.txt"))[::EVERY_NTH]
    out = []
    for path in texts:
        try:
            pub = date.fromisoformat(published.get(path.stem, ""))
        except ValueError:
            pub = date(2016, 1, 1)
        out.append((path.stem, path.read_text(encoding="utf-8"), pub))
    return out


def test_sample_is_large_enough():
    assert len(sample()) >= 100


def test_every_record_is_a_verbatim_span_of_real_news():
    records_seen = 0
    for stem, text, pub in sample():
        records, speakers = extract_article(Article(stem=stem, text=text, published=pub), [])
        known = {s.id for s in speakers}
        for r in records:
            where = f"{stem} {r.id}"
            assert 0 <= r.start < r.end <= len(text), where
            assert text[r.start:r.end] == r.text, where
            assert r.text in r.sentence, where
            if r.mention is not None:
                assert text[r.mention.start:r.mention.end] == r.mention.text, where
            assert r.date_range[0] <= r.date <= r.date_range[1] <= pub, where
            assert r.speaker in known, where
        assert len({r.id for r in records}) == len(records), stem
        records_seen += len(records)
    assert records_seen > 1000  # the sample holds a few thousand statements; none may be lost silently
