"""Date cues resolved against the publication date, and which cue governs a statement."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from generator import dates as dt
from generator.extract import extract_article
from generator.model import Article

FRI = date(2022, 12, 2)   # a Friday
SUN = date(2024, 2, 11)   # a Sunday
MON = date(2022, 3, 28)   # a Monday


def cue(text, pub):
    m = dt.cue_re().search(text)
    assert m, text
    return dt.resolve_cue(m, pub)


@pytest.mark.parametrize("text,pub,expected,prec", [
    ("on Thursday", FRI, (date(2022, 12, 1), date(2022, 12, 1)), "day"),
    ("on Friday", FRI, (FRI, FRI), "day"),
    ("on Monday", MON, (MON, MON), "day"),
    ("yesterday", FRI, (date(2022, 12, 1),) * 2, "day"),
    ("today", FRI, (FRI, FRI), "day"),
    ("this week", FRI, (date(2022, 11, 27), FRI), "week"),
    ("last week", SUN, (date(2024, 2, 4), date(2024, 2, 10)), "week"),
    ("earlier this week", SUN, (date(2024, 2, 4), date(2024, 2, 10)), "week"),   # the week just ended
    ("earlier in the week", SUN, (date(2024, 2, 4), date(2024, 2, 10)), "week"),
    ("last week", MON, (date(2022, 3, 20), date(2022, 3, 26)), "week"),
    ("over the weekend", SUN, (date(2024, 2, 10), SUN), "week"),
    ("at the weekend", MON, (date(2022, 3, 26), date(2022, 3, 27)), "week"),
    ("last month", FRI, (date(2022, 11, 1), date(2022, 11, 30)), "month"),
    ("this month", FRI, (date(2022, 12, 1), FRI), "month"),
    ("in mid-November", FRI, (date(2022, 11, 10), date(2022, 11, 20)), "month"),
    ("in August", FRI, (date(2022, 8, 1), date(2022, 8, 31)), "month"),
    ("in his New Year’s Eve address", SUN, (date(2023, 12, 31),) * 2, "day"),   # the last one before
    ("on Christmas Day", FRI, (date(2021, 12, 25),) * 2, "day"),
    ("on Victory Day", FRI, (date(2022, 5, 9),) * 2, "day"),
    ("in November", SUN, (date(2023, 11, 1), date(2023, 11, 30)), "month"),
    ("overnight", FRI, (date(2022, 12, 1),) * 2, "day"),
    ("late last year", FRI, (date(2021, 9, 1), date(2021, 12, 31)), "year"),
    ("in early 2021", FRI, (date(2021, 1, 1), date(2021, 4, 30)), "year"),
    ("mid-2021", FRI, (date(2021, 5, 1), date(2021, 8, 31)), "year"),
    ("in 2021", FRI, (date(2021, 1, 1), date(2021, 12, 31)), "year"),
    ("on March 10th", MON, (date(2022, 3, 10),) * 2, "day"),
    ("March 10", MON, (date(2022, 3, 10),) * 2, "day"),
    ("last year", FRI, (date(2021, 1, 1), date(2021, 12, 31)), "year"),
    ("in 2022", SUN, (date(2022, 1, 1), date(2022, 12, 31)), "year"),
    ("earlier this month", FRI, (date(2022, 12, 1), FRI), "month"),
    ("two days ago", FRI, (date(2022, 11, 30),) * 2, "day"),
    ("earlier in the week", FRI, (date(2022, 11, 27), FRI), "week"),
    ("earlier in the month", FRI, (date(2022, 12, 1), FRI), "month"),
    ("on Nov. 30, 2022", FRI, (date(2022, 11, 30),) * 2, "day"),
    ("the day before yesterday", FRI, (date(2022, 11, 30),) * 2, "day"),
    ("in March last year", FRI, (date(2021, 3, 1), date(2021, 3, 31)), "month"),
    ("in late March of last year", FRI, (date(2021, 3, 20), date(2021, 3, 31)), "month"),
])
def test_cues(text, pub, expected, prec):
    r = cue(text, pub)
    assert r.range == expected and r.precision == prec
    assert r.range[0] <= r.date <= r.range[1] <= pub


@pytest.mark.parametrize("text", ["since October", "since late February", "since early 2022", "since March 3"])
def test_since_tells_how_long_not_when(text):
    assert cue(text, FRI) is None


def test_a_day_and_month_just_after_publication_is_still_to_come():
    # a week after Friday 2 December 2022: the day to come, never last December
    m = dt.cue_re().search("on December 9")
    assert dt.resolve_cue(m, FRI) is None
    m = dt.cue_re().search("on December 30")     # (beyond the soon window it is last year's)
    assert dt.resolve_cue(m, date(2023, 1, 5)).range == (date(2022, 12, 30),) * 2


def test_month_after_publication_is_last_year():
    r = cue("in December", date(2023, 6, 4))
    assert r.range == (date(2022, 12, 1), date(2022, 12, 31))


def test_may_the_verb_is_not_a_month():
    assert dt.cue_re().search("Russia may try again") is None or cue("in May", FRI).precision == "month"
    m = dt.cue_re().search("the talks may resume")
    assert m is None or dt.resolve_cue(m, FRI) is None


def test_reported_fallback():
    r = dt.reported(FRI)
    assert r.precision == "reported" and r.range == (FRI - timedelta(days=7), FRI) and r.date == FRI


def records(body, pub=FRI):
    a = Article(stem="d", text=f"Headline\n\n{body}", published=pub)
    return extract_article(a, [])[0]


def test_cue_after_verb_governs():
    (r,) = records("Mira Holt said on Thursday that the convoy would leave soon.")
    assert r.date == date(2022, 12, 1) and r.date_precision == "day" and r.date_cue == "on Thursday"


def test_cue_inside_content_does_not_govern():
    (r,) = records("Mira Holt said the enemy attacked the power plant on Monday night.")
    assert r.date_precision == "reported" and r.date == FRI


def test_sentence_initial_cue_governs():
    (r,) = records("Last month, the chairman of the committee, Oleg Marr, told reporters that funds were running short.")
    assert r.date_precision == "month" and r.date_range == (date(2022, 11, 1), date(2022, 11, 30))


def test_cue_in_appositive_does_not_govern():
    (r,) = records("Oleg Marr, who served as minister from 2009 to 2014 and again in 2019, said the plan would fail badly.")
    assert r.date_precision == "reported"


def test_date_carries_over_a_run_of_the_same_speaker():
    recs = records("Oleg Marr said on Wednesday that the plan would fail.\n"
                   "“It is a mistake,” he said. “Nobody will accept it.”")
    assert [r.date for r in recs] == [date(2022, 11, 30)] * 3


def test_relative_to_another_speakers_dated_remarks():
    recs = records("Mira Holt said on Thursday that she was open to talks.\n"
                   "Speaking a day before Holt’s comments, Oleg Marr said the talks would fail.")
    assert recs[1].date == date(2022, 11, 30)


def test_never_after_publication():
    (r,) = records("Mira Holt said on Saturday that talks would resume soon.")
    assert r.date <= FRI and r.date_range[1] <= FRI


@pytest.mark.parametrize("body", [
    "The harbour board, in a statement on Tuesday, accused the city of hiding the costs of the plan.",
    "Oleg Marr, speaking at a rally on Tuesday, said the plan would cost far more than promised.",
])
def test_cue_in_a_framing_phrase_before_the_verb_governs(body):
    (r,) = records(body)
    assert r.date == date(2022, 11, 29) and r.date_cue == "on Tuesday"


def test_cue_in_a_relative_clause_before_the_verb_does_not_govern():
    (r,) = records("Oleg Marr, who visited the port on Tuesday, said the plan would cost far more than promised.")
    assert r.date_precision == "reported"


@pytest.mark.parametrize("dateline", ["LONDON, Nov 30 (Reuters) - ", "KYIV, Ukraine (AP) — ", "BERLIN — ",
                                      "Washington (CNN) — "])
def test_a_wire_dateline_is_not_a_date_cue(dateline):
    (r,) = records(dateline + "The harbour board said on Thursday that the new plan would cost far more than promised.")
    assert r.date == date(2022, 12, 1) and r.date_cue == "on Thursday"
    (r,) = records(dateline + "The harbour board said that the new plan would cost far more than promised.")
    assert r.date_precision == "reported" and r.date == FRI


@pytest.mark.parametrize("text,expected", [
    ("a day earlier", date(2022, 11, 30)),
    ("two days earlier", date(2022, 11, 29)),
    ("the previous day", date(2022, 11, 30)),
    ("on the same day", date(2022, 12, 1)),
    ("that day", date(2022, 12, 1)),
    ("that afternoon", date(2022, 12, 1)),
    ("a day after Jo Bloggs", date(2022, 11, 30)),     # "..., a day after Jo Bloggs said B": B came first
    ("the next day", date(2022, 12, 2)),
    ("Afterwards", date(2022, 12, 1)),
    ("hours later", date(2022, 12, 1)),
    ("later that day", date(2022, 12, 1)),
])
def test_counted_cues_count_from_the_reference_date(text, expected):
    thursday = dt.DateResult(date(2022, 12, 1), "day", (date(2022, 12, 1),) * 2, "on Thursday")
    m = dt.cue_re().search(text)
    res = dt.resolve_cue(m, FRI, reference=lambda pos, day=False: thursday)
    assert res is not None and res.date == expected
    assert dt.resolve_cue(m, FRI) is None      # no reference: no date
    week = dt.DateResult(date(2022, 11, 23), "week", (date(2022, 11, 20), date(2022, 11, 26)), "last week")
    same = dt.resolve_cue(m, FRI, reference=lambda pos, day=False, **_: None if day else week)
    assert (same is not None) == (text in ("on the same day", "that day", "that afternoon", "Afterwards", "hours later", "later that day"))


def test_a_weekday_with_its_date_set_after_it_is_that_date():
    from generator.dates import cue_re, resolve_cue
    pub = date(2024, 6, 3)
    for text, expected in [("on Tuesday, May 28, that", "2024-05-28"), ("on Sunday (Jun 2) accused", "2024-06-02"),
                           ("on Friday, 12 April", "2024-04-12"), ("on Tuesday, and on Wednesday", "2024-05-28")]:
        m = cue_re().search(text)
        assert str(resolve_cue(m, pub).date) == expected, text
    assert cue_re().search("on Friday, 12 people died").group(0) == "on Friday"


def test_a_day_given_at_the_verb_beats_the_day_of_an_occasion_in_the_lead():
    recs = records("The two presidents held a long phone call on Wednesday, their first since May.\n\n"
                   "Hours after the call, the air force said on Friday morning that dozens of drones had been launched.")
    assert [(r.date, r.date_cue) for r in recs] == [(FRI, "on Friday morning")]


def test_a_framing_phrase_dates_the_verb_past_a_time_clause_set_off_after_it():
    (r,) = records("Defence Secretary Mira Holt, speaking at the air base on Thursday, before the scale of the "
                   "advance was clear, said the alliance was committed “for the long haul”.")
    assert (r.date, r.date_cue) == (date(2022, 12, 1), "on Thursday")
