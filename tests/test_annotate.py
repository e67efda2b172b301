from dataclasses import replace
from datetime import date

import pytest

from generator.annotate import (annotate_statement, assign_side, assign_stance, load_topics,
                                propose_responses)
from generator.model import Article, Role, SpeakerRecord, StatementRecord

TOPICS = load_topics({"topics": [
    {"id": "negotiations", "label": "Negotiations", "keywords": ["negotiat*", "talks", "dialogue"]},
    {"id": "sanctions", "label": "Sanctions", "keywords": ["sanction*"]},
]})


def record(text, sentence=None, speaker="a", start=0, **extra):
    return StatementRecord(id=f"s-{start}", article="x", speaker=speaker, kind="direct", text=text,
                           start=start, end=start + len(text), sentence=sentence or text,
                           date=date(2023, 1, 1), date_precision="day",
                           date_range=(date(2023, 1, 1), date(2023, 1, 1)), **extra)


@pytest.mark.parametrize("text, stance", [
    ("We are ready to hold talks tomorrow.", "open"),
    ("We never refuse to hold talks.", "open"),
    ("They are not willing to negotiate in good faith.", "rejecting"),
    ("We will negotiate only if the troops leave first.", "conditional"),
    ("The sanctions will stay.", "none"),
])
def test_stance_rules(text, stance):
    topics = [t for t, p in [("negotiations", "negotiat"), ("negotiations", "talks")] if p in text]
    assert assign_stance(text, topics) == stance


def test_topics_venue_and_addressee_from_the_sentence():
    sentence = 'The minister told reporters at a news conference in Vienna that "new sanctions will follow."'
    annotated = annotate_statement(record("new sanctions will follow.", sentence), TOPICS)
    assert annotated.topics == ["sanctions"]
    assert annotated.venue == "at a news conference in Vienna"
    assert annotated.addressee == "reporters"


def test_sides_from_roles_and_names():
    assert assign_side(SpeakerRecord("x", "Ann Lee", roles=[Role("spokeswoman", "State Department")])) == "united-states"
    assert assign_side(SpeakerRecord("y", "Kremlin officials", kind="unnamed")) == "russia"
    assert assign_side(SpeakerRecord("z", "Pat Doe")) == "other"
    assert assign_side(SpeakerRecord("w", "Pat Doe", side="europe")) == "europe"


def test_response_links_to_the_named_speakers_statement():
    offer = record("We are open to talks.", speaker="ivan-petrov", start=10)
    reply = record("This is posturing.", 'Jane Roe dismissed Petrov\'s offer. "This is posturing."', "jane-roe", 50)
    speakers = {"ivan-petrov": SpeakerRecord("ivan-petrov", "Ivan Petrov"),
                "jane-roe": SpeakerRecord("jane-roe", "Jane Roe")}
    article = Article(stem="x", text="")
    linked = propose_responses([offer, reply], speakers, article)
    assert linked[1].responds_to == [offer.id]
    assert linked[0].responds_to == []


def test_no_cue_no_response():
    a, b = record("A.", speaker="p", start=0), record("B.", speaker="q", start=5)
    speakers = {"p": SpeakerRecord("p", "P Person"), "q": SpeakerRecord("q", "Q Person")}
    assert [r.responds_to for r in propose_responses([a, b], speakers, Article("x", ""))] == [[], []]


def test_a_reviewed_response_is_kept():
    a = record("A.", speaker="p", start=0, responds_to=["s-other"])
    out = propose_responses([a], {"p": SpeakerRecord("p", "P")}, Article("x", ""))
    assert out[0].responds_to == ["s-other"]
