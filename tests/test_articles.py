from datetime import date

import pytest

from generator.articles import find_dateline, parse_article
from generator.errors import InputError


def test_sidecar_facts_become_the_article():
    article = parse_article("a1", "Text.", {"title": "T", "publisher": "P", "published": date(2022, 12, 2)},
                            "a1.meta.yaml")
    assert (article.title, article.publisher, article.published, article.published_from) == (
        "T", "P", date(2022, 12, 2), "sidecar")


def test_null_fields_stay_null():
    article = parse_article("a1", "Text.", {"title": None, "url": None, "published": "2023-06-04"}, "m")
    assert article.title is None and article.url is None and article.published == date(2023, 6, 4)


def test_dateline_is_used_when_the_sidecar_has_no_date():
    text = "- The Daily Example - Sunday, June 4, 2023\n\nSomeone said something."
    article = parse_article("a1", text, None, "a1.meta.yaml")
    assert article.published == date(2023, 6, 4)
    assert article.published_from == "dateline"


@pytest.mark.parametrize("line", ["LONDON, 28 March 2022 - x", "March 28, 2022 — x", "Mar. 28, 2022"])
def test_dateline_forms(line):
    assert find_dateline(line)[0] == date(2022, 3, 28)


def test_no_date_anywhere_names_the_file_and_field():
    with pytest.raises(InputError) as err:
        parse_article("a1", "No date here.", {"title": "T"}, "seeds/a1.meta.yaml")
    message = str(err.value)
    assert message.startswith("seeds/a1.meta.yaml:1:1: published:")
    assert "add 'published: YYYY-MM-DD'" in message


def test_malformed_date_says_what_to_write():
    with pytest.raises(InputError, match="'12/02/2022' is not a date; write it as YYYY-MM-DD"):
        parse_article("a1", "x", {"published": "12/02/2022"}, "m.yaml")


def test_unknown_sidecar_field_and_bad_stem_are_reported_together():
    with pytest.raises(InputError) as err:
        parse_article("bad name", "x", {"published": "2022-01-01", "titel": "T"}, "m.yaml")
    fields = [p.field for p in err.value.problems]
    assert fields == ["file name", "titel"] or sorted(fields) == ["file name", "titel"]


@pytest.mark.parametrize("stem", ["index", "year"])
def test_a_file_named_like_one_of_the_sites_own_pages_is_refused(stem):
    with pytest.raises(InputError, match=f"'{stem}' is taken by a page of the site's own"):
        parse_article(stem, "x", {"published": "2022-01-01"}, f"seeds/{stem}.meta.yaml")
