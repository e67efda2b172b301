"""Annotate statements: topics, stance on talks, venue, addressee, responses, sides.

Transparent rules over the words of the statement and its sentence; every word list is
data (`content/topics.yaml`, `generator/lexicon/annotations.yaml`), and every result is a
plain field a contributor can correct in a review file.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from .model import Article, SpeakerRecord, StatementRecord

RULES_FILE = Path(__file__).with_name("lexicon") / "annotations.yaml"
SIDES = {"united-states": "United States", "russia": "Russia", "ukraine": "Ukraine",
         "europe": "Europe", "other": "Other"}
TALK_TOPICS = {"negotiations", "ceasefire"}
# How far after a response cue to look for the speaker being answered.
RESPONSE_WINDOW_CHARS = 120


@dataclass(frozen=True)
class Topic:
    id: str
    label: str
    keywords: tuple[str, ...]


def phrase_pattern(phrases) -> re.Pattern:
    """One regex for a list of phrases: whole words, any case, `*` for any word ending."""
    parts = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        words = [re.escape(w).replace(r"\*", r"\w*") for w in phrase.split()]
        parts.append(r"\s+".join(words))
    return re.compile(r"(?<![\w.])(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)


def longest_match(pattern: re.Pattern, text: str) -> re.Match | None:
    matches = list(pattern.finditer(text))
    return max(matches, key=lambda m: (len(m.group()), -m.start())) if matches else None


@functools.lru_cache(maxsize=1)
def rules() -> dict:
    data = yaml.load(RULES_FILE.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    venue = data["venue"]
    return {
        "open": phrase_pattern(data["stance"]["open"]),
        "rejecting": phrase_pattern(data["stance"]["rejecting"]),
        "conditions": phrase_pattern(data["stance"]["conditions"]),
        "venue": _venue_pattern(venue),
        "addressee": re.compile(
            r"(?<!\w)(?:" + "|".join(re.escape(v) for v in sorted(data["addressee"]["verbs"], key=len, reverse=True))
            + r")\s+((?:the\s+)?(?:(?:[A-Z][\w’'.-]*|of)\s+)*(?:[A-Z][\w’'.-]*|"
            + "|".join(re.escape(a) for a in data["addressee"]["audiences"]) + r"))(?!\w)"),
        "responses": phrase_pattern(data["responses"]),
        "sides": {side: phrase_pattern(words) for side, words in data["sides"].items()},
    }


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _venue_pattern(venue: dict) -> re.Pattern:
    """"at a news conference in Vienna": the words any case, the place name capitalised."""
    name = r"[A-Z0-9][\w’'.-]*(?:\s+[A-Z0-9][\w’'.-]*)*"
    return re.compile(
        rf"(?<!\w)(?i:(?:{_alternation(venue['prefixes'])})\s+(?:(?:a|an|the|his|her|their|its)\s+)?)"
        rf"(?:[A-Z][\w.-]*\s+)?(?i:{_alternation(venue['nouns'])})"
        rf"(?:\s+(?i:with|on|to|in|at)\s+(?:the\s+)?{name}(?:\s+(?i:{_alternation(venue['nouns'])}))?)?(?!\w)")


def load_topics(data: dict | None) -> tuple[Topic, ...]:
    """The controlled vocabulary from content/topics.yaml (already parsed)."""
    items = (data or {}).get("topics") or []
    return tuple(Topic(t["id"], t.get("label", t["id"]), tuple(t.get("keywords") or [])) for t in items)


@functools.lru_cache(maxsize=8)
def _topic_patterns(topics: tuple[Topic, ...]) -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((t.id, phrase_pattern(t.keywords)) for t in topics if t.keywords)


def assign_topics(text: str, topics: tuple[Topic, ...]) -> list[str]:
    return [topic_id for topic_id, pattern in _topic_patterns(topics) if pattern.search(text)]


def assign_stance(text: str, topics: list[str]) -> str:
    """open / conditional / rejecting on talks; 'none' when the statement is not about talks."""
    if not TALK_TOPICS & set(topics):
        return "none"
    found = [(m, _negated(text, m, stance)) for stance in ("rejecting", "open")
             if (m := longest_match(rules()[stance], text))]
    if not found:
        return "conditional" if rules()["conditions"].search(text) else "none"
    match, stance = max(found, key=lambda f: (len(f[0].group()), f[1] == "rejecting"))
    if stance == "open" and rules()["conditions"].search(text):
        return "conditional"
    return stance


_NEGATION = re.compile(r"(?:\b(?:not|no|never|without|hardly|nobody|unlikely to)|n[’']t)\W+(?:\w+\W+)?$",
                       re.IGNORECASE)


def _negated(text: str, match: re.Match, stance: str) -> str:
    """A stance cue right after a negation ("not willing to") means the opposite."""
    if _NEGATION.search(text[max(0, match.start() - 25): match.start()]):
        return "open" if stance == "rejecting" else "rejecting"
    return stance


def _outside_quote(record: StatementRecord) -> str:
    """The sentence without the statement's own words: where venue and addressee are told."""
    return record.sentence.replace(record.text, " … ")


def find_venue(record: StatementRecord) -> str | None:
    match = rules()["venue"].search(_outside_quote(record))
    return " ".join(match.group().split()) if match else None


def find_addressee(record: StatementRecord) -> str | None:
    match = rules()["addressee"].search(_outside_quote(record))
    return " ".join(match.group(1).split()) if match else None


def annotate_statement(record: StatementRecord, topics: tuple[Topic, ...]) -> StatementRecord:
    words = f"{record.text} {record.sentence}"
    found_topics = assign_topics(words, topics)
    return replace(record, topics=found_topics, stance=assign_stance(record.text, found_topics),
                   venue=find_venue(record), addressee=find_addressee(record))


def assign_side(speaker: SpeakerRecord) -> str:
    """The side a speaker speaks for, from the words of their name, aliases and roles."""
    if speaker.side:
        return speaker.side
    words = " ".join([speaker.name, *speaker.aliases,
                      *(f"{r.title} {r.organisation or ''} {r.country or ''}" for r in speaker.roles)])
    scores = {side: len(pattern.findall(words)) for side, pattern in rules()["sides"].items()}
    best = max(scores, key=lambda side: (scores[side], side == "united-states"))
    return best if scores[best] else "other"


def propose_responses(records: list[StatementRecord], speakers: dict[str, SpeakerRecord],
                      article: Article) -> list[StatementRecord]:
    """Link a statement to the one it answers when its sentence says so ("dismissed X's offer")."""
    out = []
    for record in records:
        if record.responds_to:
            out.append(record)
            continue
        target = _answered_statement(record, records, speakers)
        out.append(replace(record, responds_to=[target.id]) if target else record)
    return out


def _answered_statement(record, records, speakers) -> StatementRecord | None:
    context = _outside_quote(record)
    cue = rules()["responses"].search(context)
    if cue is None:
        return None
    window = context[cue.end(): cue.end() + RESPONSE_WINDOW_CHARS]
    others = [r for r in records if r.speaker != record.speaker and r.speaker in speakers]
    named = [r for r in others if _names_speaker(window, speakers[r.speaker])]
    if named:
        return _nearest_before(record, named)
    sides = [side for side, pattern in rules()["sides"].items() if pattern.search(window)]
    by_side = [r for r in others if assign_side(speakers[r.speaker]) in sides]
    return by_side[0] if by_side else None


def _names_speaker(window: str, speaker: SpeakerRecord) -> bool:
    if speaker.kind == "unnamed":
        return False
    surnames = {name.split()[-1] for name in [speaker.name, *speaker.aliases] if name.split()}
    return any(re.search(rf"(?<!\w){re.escape(s)}(?!\w)", window) for s in surnames if len(s) > 2)


def _nearest_before(record, candidates) -> StatementRecord:
    before = [r for r in candidates if r.start < record.start]
    return before[-1] if before else candidates[0]
