"""Whatever the input, extraction returns, and every record is a verbatim span of the text."""
from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.extract import double_quoted, extract_article, find_statements
from generator.model import Article

PUB = date(2023, 5, 12)
MARKS = ['"', "“", "”", "‘", "’", "«", "»", "„", "'"]
WORDS = ["said", "told", "he", "she", "Mr.", "Oleg", "Marr", "officials", "that", "the", "on", "Monday",
         "according", "to", ",", ".", ":", "\n", "\n\n", "who", "added", "Kremlin", "a", "senior", "official"]

text_from_pieces = st.lists(st.one_of(st.sampled_from(MARKS), st.sampled_from(WORDS), st.text(max_size=6)),
                            max_size=200).map(" ".join)


def check(text: str) -> None:
    a = Article(stem="p", text=text, published=PUB)
    records, speakers = extract_article(a, [])
    for r in records:
        assert text[r.start:r.end] == r.text
        assert r.date <= PUB and r.date_range[0] <= r.date_range[1] <= PUB
    assert len({r.id for r in records}) == len(records)
    for f in find_statements(a):
        assert text[f.start:f.end] == f.text


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_any_unicode(text):
    check(text)


@settings(max_examples=300, deadline=None)
@given(text_from_pieces)
def test_quote_and_verb_soup(text):
    check(text)


def test_empty_and_blank():
    check("")
    check("\n\n\n")
    check("“")


def test_about_one_megabyte():
    para = ('“We will hold the line,” Oleg Marr said on Monday. He added that “the enemy is tired\n'
            'Officials said the bridge was “intact”, according to the ministry. "Unbalanced “quotes” here.\n')
    text = "Headline\n\n" + para * (1_000_000 // len(para))
    check(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(["‘", "’", "'", "''", "“", "”", '"', " ", "\n", "s", "don't"]),
                          st.text(max_size=5)), max_size=120).map("".join))
def test_quote_conventions_keep_length_and_change_only_marks(text):
    out = double_quoted(text)
    assert len(out) == len(text)
    for a, b in zip(text, out):
        assert a == b or (a in "‘’'“”" and b in "“”‘’ ")
    check(text)
