"""Synthetic news articles for benchmarking Parley: `python bench/corpus.py N [--out DIR] [--seed S]`.

Writes N invented English news articles about ceasefire talks, each `<stem>.txt` with a
`<stem>.meta.yaml` sidecar (title, publisher, author, url, published), plus `truth.json`:
the statements the generator planted (speaker, kind, exact text and offsets, date, precision).
Nothing is copied from real reporting: every name, quote and sentence is assembled here
from invented parts. The speakers come from a generated registry of several hundred people
(some with transliteration variants), institutions and unnamed sources; the quotes use every
style the extractor handles (attribution before, after and inside the quote, split quotes,
multi-paragraph quotes, reported and mixed speech, pronoun continuations) with relative date
cues ("on Tuesday", "last week", "in mid-March", "last month").

The output depends only on N and the seed: one `random.Random(seed)` drives everything and
files are written in sorted order, so the same arguments give the same bytes.
"""
from __future__ import annotations

import argparse
import calendar
import hashlib
import json
import random
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

# ---- invented name parts --------------------------------------------------------------------
# Each country gets a naming style; names are built from invented roots and suffixes.

MALE_FIRST = {
    "slavic": ["Bogdan", "Yaroslav", "Miroslav", "Vsevolod", "Radomir", "Lubomir", "Stanimir",
               "Zoryan", "Ostap", "Taras", "Danylo", "Mykyta", "Arkady", "Gleb", "Yevhen",
               "Svyatoslav", "Borislav", "Vadym", "Rostyslav", "Kyrylo", "Platon", "Matvei"],
    "west": ["Callum", "Desmond", "Everett", "Tobias", "Lionel", "Rupert", "Garrett", "Milo",
             "Ambrose", "Barnaby", "Cedric", "Dorian", "Emmett", "Fletcher", "Gideon", "Hollis",
             "Jasper", "Leopold", "Marlon", "Osric", "Percival", "Quentin", "Roland", "Sterling"],
    "central": ["Jurek", "Tomasz", "Ondrej", "Zoltan", "Matyas", "Radek", "Lukasz", "Miklos",
                "Stanko", "Vilem", "Kornel", "Bartek", "Imre", "Dusan", "Janek", "Marek"],
    "nordic": ["Eskil", "Torvald", "Leif", "Aksel", "Halvard", "Sindre", "Vidar", "Rasmus",
               "Joakim", "Henrik", "Oskar", "Stellan"],
}
FEMALE_FIRST = {
    "slavic": ["Zlata", "Myroslava", "Yesenia", "Dobrava", "Lesya", "Ulyana", "Vira", "Snizhana",
               "Bohdana", "Radoslava", "Zoriana", "Yaryna", "Militsa", "Solomiya", "Kira", "Alina"],
    "west": ["Imogen", "Rosalind", "Philippa", "Harriet", "Delphine", "Marguerite", "Celestine",
             "Blythe", "Juniper", "Lavinia", "Ottilie", "Perpetua", "Winifred", "Hermione"],
    "central": ["Zsofia", "Katalin", "Jitka", "Radka", "Agnieszka", "Bozena", "Ildiko", "Vlasta",
                "Marketa", "Dorota"],
    "nordic": ["Solveig", "Ragnhild", "Liv", "Sigrun", "Astrid", "Thyra", "Brynja", "Ylva"],
}
SURNAME_ROOTS = {
    "slavic": ["Kovr", "Bril", "Zhadan", "Mokr", "Stel", "Voron", "Hnat", "Lysk", "Brod",
               "Pashk", "Tymk", "Shved", "Kalyn", "Hord", "Ostrom", "Dubrav", "Yavor", "Krem",
               "Lozin", "Sokir", "Verbin", "Zalizn", "Pryt", "Chornob", "Rudnyts", "Khmel",
               "Medved", "Tsybul", "Bilous", "Holub", "Marchen", "Stryzh"],
    "west": ["Ash", "Brack", "Carrow", "Dunm", "Ell", "Fairb", "Glend", "Hallw", "Ing",
             "Kettl", "Lang", "Marsh", "Northc", "Pemb", "Ravensc", "Stan", "Thornb", "Wex",
             "Whitl", "Yardl", "Aldr", "Birch", "Cold", "Penn"],
    "central": ["Nowac", "Horv", "Kral", "Szab", "Dvor", "Wisn", "Kowal", "Nemet", "Bartos",
                "Zelen", "Kucz", "Molnar", "Sliw", "Janc"],
    "nordic": ["Lind", "Berg", "Strom", "Hag", "Ny", "Sand", "Fjell", "Dahl", "Holm", "Lund"],
}
SURNAME_SUFFIXES = {
    "slavic": ["enko", "chuk", "ov", "ev", "sky", "yuk", "ko", "in", "ovych", "iak"],
    "west": ["ton", "field", "ley", "worth", "more", "ridge", "by", "well", "ford", "wick"],
    "central": ["ski", "ek", "ak", "os", "ik", "icz", "ova", "y"],
    "nordic": ["gren", "qvist", "vik", "dal", "heim", "strand", "sen", "berg"],
}
# Transliteration variants: the same person written two ways in different articles.
TRANSLIT = [("y", "i"), ("kh", "h"), ("iy", "y"), ("ov", "off"), ("sky", "ski"), ("yuk", "iuk")]

# Countries from the extractor's place list, with a naming style and capital.
COUNTRIES = [
    ("Russia", "Russian", "slavic", "Moscow"), ("Ukraine", "Ukrainian", "slavic", "Kyiv"),
    ("United States", "US", "west", "Washington"), ("Britain", "British", "west", "London"),
    ("France", "French", "west", "Paris"), ("Germany", "German", "west", "Berlin"),
    ("Poland", "Polish", "central", "Warsaw"), ("Turkey", "Turkish", "central", "Ankara"),
    ("Hungary", "Hungarian", "central", "Budapest"), ("Finland", "Finnish", "nordic", "Helsinki"),
    ("Sweden", "Swedish", "nordic", "Stockholm"), ("Norway", "Norwegian", "nordic", "Oslo"),
    ("Estonia", "Estonian", "nordic", "Tallinn"), ("Lithuania", "Lithuanian", "central", "Vilnius"),
    ("Slovakia", "Slovak", "central", "Bratislava"), ("Moldova", "Moldovan", "slavic", "Chisinau"),
    ("Belarus", "Belarusian", "slavic", "Minsk"), ("Canada", "Canadian", "west", "Ottawa"),
]
COUNTRY_WEIGHTS = [16, 16, 10, 5, 4, 4, 4, 3, 2, 2, 2, 1, 1, 1, 1, 1, 1, 2]

# (title, organisation pattern, weight); {adj} and {country} are filled from the country.
ROLES = [
    ("Foreign Minister", "{adj} foreign ministry", 2), ("Defence Minister", "{adj} defence ministry", 2),
    ("Deputy Foreign Minister", "{adj} foreign ministry", 3), ("spokesman", "{adj} foreign ministry", 3),
    ("spokeswoman", "{adj} foreign ministry", 3), ("spokesperson", "{adj} defence ministry", 2),
    ("presidential adviser", "{adj} presidency", 3), ("ambassador", "{adj} embassy", 3),
    ("lawmaker", "{adj} parliament", 6), ("senior negotiator", "{adj} delegation", 3),
    ("Prime Minister", "{adj} government", 1), ("President", "{adj} presidency", 1),
    ("Energy Minister", "{adj} energy ministry", 2), ("governor", "{adj} regional administration", 3),
    ("mayor", "city council", 2), ("Chief of Staff", "{adj} presidency", 1),
    ("analyst", "Institute for Eastern Studies", 3), ("commander", "{adj} armed forces", 3),
    ("envoy", "{adj} foreign ministry", 2), ("Interior Minister", "{adj} interior ministry", 1),
]
THINK_TANKS = ["the Baltic Policy Forum", "the Centre for Security Dialogue", "the Danube Institute",
               "the Northern Strategy Group", "the Kestrel Foundation", "the Meridian Council"]
INSTITUTIONS = ["the Kremlin", "the White House", "the State Department", "the Pentagon", "NATO",
                "the European Commission", "the Foreign Office", "the United Nations", "the IAEA",
                "the Red Cross", "the Verkhovna Rada", "the State Duma"]
MINISTRY_HEADS = ["foreign ministry", "defence ministry", "interior ministry", "general staff",
                  "military", "government", "embassy"]
UNNAMED = ["a senior official", "a Western diplomat", "a senior US official", "a European official",
           "a Ukrainian official", "a Russian official", "a person familiar with the talks",
           "a senior Ukrainian commander", "a NATO diplomat", "a Turkish official",
           "an adviser to the delegation", "a senior European diplomat", "a Polish official",
           "a military analyst", "a Finnish official", "a German official"]

PUBLISHERS = ["The Northern Ledger", "Harbour Daily", "The Continental Post", "Meridian Wire",
              "The Evening Correspondent", "Baltic Observer", "The Plain Dealer Weekly",
              "Eastern Times Herald", "Coastal Gazette", "The Daily Compass"]
REPORTER_FIRST = ["Alys", "Brennan", "Corin", "Dalia", "Efrem", "Fenna", "Greer", "Hale", "Ines",
                  "Jory", "Kestrel", "Lorne", "Maren", "Niall", "Orla", "Pell"]
REPORTER_LAST = ["Ashdown", "Bellamy", "Corcoran", "Dunleavy", "Everly", "Frane", "Galloway",
                 "Hartigan", "Iveson", "Jessop", "Kinsella", "Lowther", "Merriman", "Nolan"]

# ---- invented sentences ---------------------------------------------------------------------

TOPICS = ["a ceasefire", "the grain corridor", "a prisoner exchange", "the nuclear plant",
          "security guarantees", "the sanctions", "the peace plan", "the energy truce",
          "humanitarian corridors", "the border talks", "the return of deported children",
          "the Black Sea shipping lanes", "frozen assets", "a summit"]
SUBJECTS = ["Our position", "The proposal on the table", "This plan", "The framework",
            "The timetable", "The agreement", "This process", "The latest offer",
            "The roadmap", "The new draft", "The current offer", "The ceasefire line"]
VERB_PHRASES = ["has not changed", "does not meet our conditions", "is a step in the right direction",
                "will need guarantees that last", "cannot be accepted as it stands",
                "remains open to discussion", "depends on what happens on the ground",
                "is being studied very carefully", "will be judged by actions, not words",
                "deserves a serious answer", "is not a basis for talks", "was agreed in principle",
                "must include everyone affected", "has been delayed again", "is close to collapse"]
CLAUSES = ["we are ready to talk", "we will not give up our territory", "there is no deadline",
           "the talks will continue next month", "the deal is fragile", "nothing is agreed yet",
           "the shelling must stop first", "we need more time", "we expect an answer soon",
           "the inspectors must have access", "the convoy will leave on schedule",
           "the sanctions will stay", "the door to dialogue remains open",
           "no meeting has been scheduled", "the exchange went ahead as planned"]
EXTRAS = ["That is the reality.", "We have said this many times.", "It is too early to say more.",
          "Everyone understands what is at stake.", "We will see.", "There is no other way.",
          "This is not a game.", "The details matter.", "We are not naive.",
          "Time is not on their side.", "Our patience has limits.", "That has been our view for months."]
REPORTED = ["the talks on {topic} had stalled", "{topic} would be discussed at the next round",
            "progress on {topic} was possible within weeks", "the government rejected the latest proposal on {topic}",
            "the two sides remained far apart on {topic}", "any agreement on {topic} needed international guarantees",
            "new proposals on {topic} would be presented soon", "there had been no contact about {topic}",
            "the deadline for {topic} had been extended", "allies had been briefed on {topic}"]
MIXED_WORDS = ["a waste of time", "unacceptable", "a serious step", "premature", "dead on arrival",
               "a positive signal", "theatre", "long overdue", "a red line", "deeply worrying"]
BACKGROUND = ["Fighting continued along the front line overnight, according to local authorities.",
              "The talks have been held on and off for several months.",
              "Both sides have accused each other of breaking earlier agreements.",
              "The meeting took place behind closed doors.",
              "Prices for grain and fuel rose sharply after the announcement.",
              "Several previous rounds ended without a joint statement.",
              "Officials from both delegations arrived late in the evening.",
              "The proposal was first circulated among allies in private.",
              "Independent monitors have not been able to verify the claims.",
              "Diplomats described the atmosphere as tense but businesslike."]
SPEECH_VERBS = ["said", "said", "said", "told reporters", "added", "warned", "insisted", "noted",
                "stressed", "argued"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = list(calendar.month_name)[1:]


def slugify(name: str) -> str:
    """As generator.model.slugify: lowercase ASCII words joined by hyphens."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "unknown"


@dataclass
class Speaker:
    id: str
    kind: str  # person, institution, unnamed
    name: str  # canonical name, or the description for institutions and unnamed sources
    gender: str = "n"
    first: str = ""
    last: str = ""
    variant: str | None = None  # another spelling of the full name
    title: str = ""
    organisation: str = ""
    country: str = ""
    weight: float = 1.0


def _surname(rng, style: str, female: bool) -> str:
    name = rng.choice(SURNAME_ROOTS[style]) + rng.choice(SURNAME_SUFFIXES[style])
    if female and style in ("slavic", "central") and name.endswith(("ov", "ev", "in")):
        name += "a"
    return name


def _variant(rng, first: str, last: str) -> str | None:
    for old, new in rng.sample(TRANSLIT, len(TRANSLIT)):
        if old in last.lower():
            return f"{first} {re.sub(old, new, last, count=1, flags=re.I).capitalize()}"
        if old in first.lower():
            return f"{re.sub(old, new, first, count=1, flags=re.I).capitalize()} {last}"
    return None


def make_registry(rng, people: int = 900) -> list[Speaker]:
    """Invented people, institutions and unnamed sources, with Zipf-like prominence."""
    speakers, seen = [], set()
    while len([s for s in speakers if s.kind == "person"]) < people:
        country, adj, style, _ = rng.choices(COUNTRIES, COUNTRY_WEIGHTS)[0]
        female = rng.random() < 0.4
        first = rng.choice((FEMALE_FIRST if female else MALE_FIRST)[style])
        last = _surname(rng, style, female)
        name = f"{first} {last}"
        if slugify(name) in seen:
            continue
        seen.add(slugify(name))
        title, org, _ = rng.choices(ROLES, [w for _, _, w in ROLES])[0]
        if title in ("spokesman", "spokeswoman"):
            title = "spokeswoman" if female else "spokesman"
        org = rng.choice(THINK_TANKS) if title == "analyst" else org.format(adj=adj, country=country)
        rank = len(speakers) + 1
        speakers.append(Speaker(
            id=slugify(name), kind="person", name=name, gender="f" if female else "m", first=first,
            last=last, variant=_variant(rng, first, last) if rng.random() < 0.3 else None,
            title=title, organisation=org, country=country, weight=1.0 / rank ** 0.8))
    for name in INSTITUTIONS:
        speakers.append(Speaker(id=slugify(name.removeprefix("the ")), kind="institution", name=name, weight=0.02))
    for country, adj, _, _ in COUNTRIES:
        for head in MINISTRY_HEADS:
            name = f"the {adj} {head}"
            speakers.append(Speaker(id=slugify(f"{adj} {head}"), kind="institution", name=name, weight=0.004))
    for desc in UNNAMED:
        speakers.append(Speaker(id=slugify(desc.split(" ", 1)[1]), kind="unnamed", name=desc, weight=0.01))
    return speakers


# ---- articles -------------------------------------------------------------------------------

@dataclass
class Planted:
    speaker: str
    kind: str
    text: str
    start: int
    end: int
    date: date
    date_precision: str
    date_range: tuple[date, date]
    date_cue: str = ""


@dataclass
class Builder:
    """Accumulates article text and remembers where each planted statement lies."""

    published: date
    parts: list[str] = field(default_factory=list)
    length: int = 0
    planted: list[Planted] = field(default_factory=list)

    def add(self, text: str) -> int:
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        return start

    def quote(self, text: str, speaker: Speaker, kind: str, when) -> None:
        start = self.add(text)
        self.planted.append(Planted(speaker.id, kind, text, start, start + len(text), *when))

    def text(self) -> str:
        return "".join(self.parts)


def _sentence(rng) -> str:
    if rng.random() < 0.5:
        return f"{rng.choice(SUBJECTS)} {rng.choice(VERB_PHRASES)}."
    clause = rng.choice(CLAUSES)
    return f"{clause[0].upper()}{clause[1:]}, and {rng.choice(CLAUSES)}."


def _quote_text(rng, sentences: int) -> str:
    out = [_sentence(rng) if i == 0 or rng.random() < 0.6 else rng.choice(EXTRAS) for i in range(sentences)]
    return " ".join(out)


def _when(rng, published: date):
    """A date cue and what it means: (cue, (date, precision, range, cue words))."""
    roll = rng.random()
    if roll < 0.35:
        back = rng.randint(1, 6)
        day = published - timedelta(days=back)
        cue = f"on {WEEKDAYS[day.weekday()]}"
        return f" {cue}", (day, "day", (day, day), cue)
    if roll < 0.45:
        monday = published - timedelta(days=published.weekday() + 7)
        sunday = monday + timedelta(days=6)
        return " last week", (sunday, "week", (monday, sunday), "last week")
    if roll < 0.55:
        first = (published.replace(day=1) - timedelta(days=1)).replace(day=1)
        last = published.replace(day=1) - timedelta(days=1)
        return " last month", (last, "month", (first, last), "last month")
    if roll < 0.62:
        month = published.replace(day=1) - timedelta(days=1)
        low, high = month.replace(day=11), month.replace(day=20)
        cue = f"in mid-{MONTHS[month.month - 1]}"
        return f" {cue}", (high, "month", (low, high), cue)
    if roll < 0.68 and published.day > 3:
        day = published - timedelta(days=rng.randint(2, published.day - 1))
        cue = f"on {MONTHS[day.month - 1]} {day.day}"
        return f" {cue}", (day, "day", (day, day), cue)
    return "", (published, "reported", (published - timedelta(days=7), published), "")


def _intro(speaker: Speaker, rng) -> str:
    """The first mention: name with title and organisation, in one of several shapes.

    Appositions end with a comma, so "{intro} said" reads "Name, the X, said".
    """
    name = speaker.variant if speaker.variant and rng.random() < 0.4 else speaker.name
    title, org = speaker.title, speaker.organisation
    adj = next(a for c, a, _, _ in COUNTRIES if c == speaker.country)
    shape = rng.random()
    if title[0].isupper():
        if shape < 0.4:
            return f"{title} {name}"
        if shape < 0.6:
            return f"{speaker.country}'s {title} {name}"
        return f"{name}, the {adj} {title.lower()},"
    if "spokes" in title:
        return f"{name}, the {org} {title}," if shape < 0.5 else f"{name}, a {title} for the {org},"
    if title == "analyst":
        return f"{name}, an analyst at {org},"
    if title == "mayor":
        return f"{name}, the mayor of {rng.choice(COUNTRIES)[3]}," if shape < 0.5 else f"Mayor {name}"
    article = "an" if title[0] in "aeiou" else "a"
    article = "an" if adj[0] in "AEIO" and shape >= 0.5 else article if shape < 0.5 else "a"
    return f"{name}, {article} {title} in the {org}," if shape < 0.5 else f"{name}, {article} {adj} {title},"


def _short(speaker: Speaker) -> str:
    if speaker.kind != "person":
        return speaker.name
    return f"{'Ms.' if speaker.gender == 'f' else 'Mr.'} {speaker.last}"


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _statement(rng, b: Builder, speaker: Speaker, first: bool, last_speaker: Speaker | None) -> None:
    """One paragraph holding one to three planted statements by `speaker`."""
    who = _intro(speaker, rng) if first and speaker.kind == "person" else _short(speaker)
    pronoun = {"m": "he", "f": "she"}.get(speaker.gender, "it")
    verb = rng.choice(SPEECH_VERBS)
    cue, when = _when(rng, b.published)
    style = rng.random()
    can_pronoun = last_speaker is speaker and speaker.kind == "person"
    if speaker.kind == "institution":
        style = 0.55 + 0.45 * style  # institutions issue statements and reported speech
    if style < 0.18:  # attribution after
        b.add("“")
        b.quote(_quote_text(rng, rng.randint(1, 3))[:-1], speaker, "direct", when)
        b.add(f",” {who if not can_pronoun else pronoun} {verb}{cue}.")
    elif style < 0.30:  # attribution before, colon
        b.add(f"{_cap(who)} {verb}{cue}: “")
        b.quote(_quote_text(rng, rng.randint(1, 3)), speaker, "direct", when)
        b.add("”")
    elif style < 0.42:  # split quote: two statements
        b.add("“")
        b.quote(_sentence(rng)[:-1], speaker, "direct", when)
        b.add(f",” {who} {verb}{cue}. “")
        b.quote(_quote_text(rng, rng.randint(1, 2)), speaker, "direct", when)
        b.add("”")
    elif style < 0.48:  # multi-paragraph quote
        b.add(f"{_cap(who)} {verb}{cue}: “")
        start = b.length
        b.add(_quote_text(rng, 2))
        b.add("\n\n“")
        b.add(_quote_text(rng, 2))
        b.planted.append(Planted(speaker.id, "direct", b.text()[start:], start, b.length, *when))
        b.add("”")
    elif style < 0.55:  # attribution inside: "Q," X said, "Q."
        b.add("“")
        b.quote(_sentence(rng)[:-1], speaker, "direct", when)
        b.add(f",” {who} {verb}{cue}, “")
        tail = _quote_text(rng, 1)
        b.quote(tail[0].lower() + tail[1:], speaker, "direct", when)
        b.add("”")
    elif style < 0.80:  # reported speech
        clause = rng.choice(REPORTED).format(topic=rng.choice(TOPICS))
        b.add(f"{_cap(who)} {rng.choice(['said', 'said', 'told reporters', 'warned', 'insisted'])}{cue} that ")
        b.quote(clause, speaker, "indirect", when)
        b.add(".")
    elif style < 0.90:  # mixed: reported speech quoting a few words
        b.add(f"{_cap(who)} {rng.choice(['said', 'argued'])}{cue} ")
        start = b.length
        b.add(f"the plan on {rng.choice(TOPICS)} was “{rng.choice(MIXED_WORDS)}”")
        b.planted.append(Planted(speaker.id, "mixed", b.text()[start:], start, b.length, *when))
        b.add(".")
    else:  # statement in a document
        b.add(f"In a statement{cue}, {who} said ")
        b.quote(rng.choice(CLAUSES), speaker, "indirect", when)
        b.add(".")
    # pronoun continuation in the same paragraph
    if speaker.kind == "person" and rng.random() < 0.45:
        b.add(" “")
        b.quote(_quote_text(rng, rng.randint(1, 2))[:-1], speaker, "direct", when)
        b.add(f",” {pronoun} {rng.choice(['added', 'said', 'said'])}.")


def make_article(rng, index: int, registry: list[Speaker], weights: list[float]):
    published = date(2022, 1, 1) + timedelta(days=rng.randrange((date(2025, 12, 31) - date(2022, 1, 1)).days + 1))
    topic = rng.choice(TOPICS)
    place = rng.choice(COUNTRIES)
    title = f"{_cap(topic)}: {rng.choice(['talks stall as', 'new hopes as', 'doubts grow as', 'pressure mounts as'])} " \
            f"{place[3]} {rng.choice(['weighs', 'rejects', 'studies', 'welcomes'])} {rng.choice(['offer', 'proposal', 'plan', 'demands'])}"
    b = Builder(published)
    b.add(f"{title}\n\n{place[3].upper()} — ")
    b.add(f"Negotiators met again this week over {topic}, with little sign of a breakthrough. "
          f"{rng.choice(BACKGROUND)}\n\n")
    cast = []
    while len(cast) < rng.randint(4, 8):
        pick = rng.choices(registry, weights)[0]
        if pick not in cast and not any(c.last and c.last == pick.last for c in cast):
            cast.append(pick)
    introduced, last = set(), None
    paragraphs = rng.randint(8, 13)
    for p in range(paragraphs):
        if p and rng.random() < 0.25:
            b.add(rng.choice(BACKGROUND) + "\n\n")
        speaker = last if last is not None and last.kind == "person" and rng.random() < 0.2 else rng.choice(cast)
        _statement(rng, b, speaker, speaker.id not in introduced, last)
        introduced.add(speaker.id)
        last = speaker
        b.add("\n\n")
    b.add(rng.choice(BACKGROUND) + "\n")
    text = b.text()
    stem = f"{index:05d}_{hashlib.sha1(text.encode()).hexdigest()[:12]}"
    meta = {"title": title, "publisher": rng.choice(PUBLISHERS),
            "author": f"{rng.choice(REPORTER_FIRST)} {rng.choice(REPORTER_LAST)}",
            "url": f"https://news.example.org/{published.year}/{stem}",
            "published": published.isoformat()}
    return stem, text, meta, b.planted


def _yaml_str(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid YAML double-quoted scalar


def generate(n: int, out: Path, seed: int = 1) -> dict:
    rng = random.Random(seed)
    registry = make_registry(rng)
    weights = [s.weight for s in registry]
    out.mkdir(parents=True, exist_ok=True)
    truth = {"seed": seed, "articles": n, "speakers": {}, "statements": {}}
    for index in range(n):
        stem, text, meta, planted = make_article(rng, index, registry, weights)
        (out / f"{stem}.txt").write_text(text, encoding="utf-8")
        (out / f"{stem}.meta.yaml").write_text(
            "".join(f"{k}: {_yaml_str(v) if k != 'published' else v}\n" for k, v in meta.items()),
            encoding="utf-8")
        truth["statements"][stem] = [
            {**p.__dict__, "date": p.date.isoformat(),
             "date_range": [d.isoformat() for d in p.date_range]} for p in planted]
    used = {p["speaker"] for items in truth["statements"].values() for p in items}
    truth["speakers"] = {s.id: {"name": s.name, "kind": s.kind, "title": s.title,
                                "organisation": s.organisation, "variant": s.variant}
                         for s in sorted(registry, key=lambda s: s.id) if s.id in used}
    (out / "truth.json").write_text(json.dumps(truth, indent=1, sort_keys=True, ensure_ascii=False) + "\n",
                                    encoding="utf-8")
    return truth


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("--out", type=Path, default=Path("bench/work/articles"), help="folder to write into")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    if args.out.exists() and any(args.out.glob("*.txt")):
        for old in sorted(args.out.glob("*.txt")) + sorted(args.out.glob("*.meta.yaml")):
            old.unlink()
    truth = generate(args.n, args.out, args.seed)
    statements = sum(len(v) for v in truth["statements"].values())
    print(f"{args.n} articles, {statements} planted statements, {len(truth['speakers'])} speakers "
          f"-> {args.out}", file=sys.stderr)
    return 0

if __name__ == "__main__":
    sys.exit(main())
