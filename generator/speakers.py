"""Stage "resolve speakers": read who a mention names, then map it to a canonical speaker.

Two halves:
* `parse_subject` / `parse_np` read a noun phrase next to a speech verb and say what kind of
  mention it is (name, pronoun, title, institution, unnamed) and what role words it carries.
* `SpeakerResolver` walks the findings in reading order and turns mentions into speaker ids:
  names by surname and transliteration key, pronouns and definite titles by salience.
"""
from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from dataclasses import dataclass, field, replace

from .dates import cue_re, opens_with_cue_word
from .lexicon import boilerplate_re, lexicon, trie_regex
from .model import Role, SpeakerRecord, slugify

WORD_RE = re.compile(r"[^\W\d_][\w’'\-]*(?:\.(?:[^\W\d_][\w’'\-]*)?)*|\d[\d,.]*|[^\w\s]")
# words that open an adverbial or subordinate phrase rather than a noun phrase
NON_NP_STARTERS = frozenset(
    "in on at after before during since for with without from to by as while when although though "
    "because if unless until whereas despite amid among against about over under into onto upon "
    "within across near outside inside beyond like unlike via through per than underneath beneath behind beside "
    "alongside around throughout toward towards amidst who whom whose where why how "
    "what whether instead rather not also only even just still already asked speaking referring "
    "describing according reacting responding writing back here there elsewhere nearby ever wait perhaps "
    "maybe finally soon again sometimes often i'm i’m i've i’ve i'd i’d likewise similarly conversely "
    "nevertheless nonetheless furthermore besides otherwise separately additionally ultimately eventually "
    "overall thus hence".split())
LEADING_DISCOURSE = frozenset("but and yet so however also meanwhile still then now moreover indeed instead even "
                              "afterward afterwards".split())
DETERMINERS = frozenset("the a an this that these those".split())
REFLEXIVES = frozenset("himself herself itself themselves".split())
# words that end a speaker description's head: prepositions, and the adjectives and participles that
# post-modify a source ("people familiar with", "officials briefed on", "diplomats involved in")
PREPOSITIONS = frozenset("of for on in at from with near who that whose to under over inside outside familiar "
                         "based close within across briefed involved knowledgeable aware informed present".split())
OF_PLACE_GLUE = frozenset(["of", "the", "and", "for", "on", "&"])
NAME_GLUE = frozenset(["of", "the", "and", "for", "&"])     # inside an organisation's name
NAME_SUFFIXES = frozenset(["Jr", "Sr", "II", "III", "IV"])
NAME_PARTICLES = frozenset("bin binti anak ibn al el de del della der den van von da di du dos la le ter".split())
HYPHENED_PARTICLE_RE = re.compile(r"(?:al|el|ad|ash|as|at|az|bin|ibn|abu|ul)-[A-Z]\w")


@dataclass
class NP:
    """What a noun phrase next to a speech verb says about the speaker."""

    kind: str                 # name | pronoun | title | institution | unnamed
    text: str                 # the mention as written
    start: int
    end: int
    name: str                 # name without honorifics, or the normalised description
    gender: str = ""          # m | f | p (plural) | ""
    title: str | None = None
    organisation: str | None = None
    strength: int = 2         # 3 clean name, 2 other kinds, 1 name found at the end of a longer phrase

    @property
    def surname(self) -> str:
        return self.name.split()[-1] if self.name else ""


class _Tok:
    """A word with its offsets; `bare` drops a final full stop, `low` is bare lowercased."""

    __slots__ = ("text", "start", "end", "bare", "low")

    def __init__(self, text: str, start: int, end: int):
        self.text, self.start, self.end = text, start, end
        self.bare = text.rstrip(".")
        self.low = self.bare.lower()


def tokens(text: str, offset: int = 0) -> list[_Tok]:
    return [_Tok(m.group(), m.start() + offset, m.end() + offset) for m in WORD_RE.finditer(text)]


def _strip_possessive(word: str) -> str:
    if word.endswith(("s", "’", "'")):     # (a cheap test first: called for every token)
        return POSSESSIVE_END_RE.sub("", word)
    return word


POSSESSIVE_END_RE = re.compile(r"[’']s?$")


def is_name_token(tok: _Tok) -> bool:
    return _is_name_text(tok.text)


@functools.lru_cache(maxsize=8192)
def _is_name_text(text: str) -> bool:
    """A capitalised word that can be part of a person's name."""
    L = lexicon()
    t = text.rstrip(".")
    if HYPHENED_PARTICLE_RE.match(t):
        return True         # "al-Mutairi", "el-Sisi", "bin-Salman": a family name with its particle
    if not t or not t[0].isupper() or not t[0].isalpha():
        return False
    if t in NAME_SUFFIXES:
        return True
    if len(t) == 1:                  # an initial: "Dmitri S. Peskov"
        return text.endswith(".")
    if t in L.non_name_words or t.lower() in L.title_words or t in L.org_words:
        return False
    if t in L.countries or t in L.capitals or t in L.countries.values():
        return False
    low = t.lower()
    if low in L.weekdays or low in L.months:
        return False
    if t.isupper() and len(t) > 1 and not text.endswith("."):   # acronyms: NATO, NSC
        return False
    if "." in t and len(t.replace(".", "")) <= 3 and t.replace(".", "").isupper():  # U.S., U.N.
        return False
    return True


def is_honorific(tok: _Tok) -> bool:
    L = lexicon()
    return tok.text[:1].isupper() and (tok.low in L.honorifics
                                       or tok.low in L.dotted_honorifics and tok.text.endswith("."))


def name_run_end(toks: list[_Tok], i: int) -> int:
    """Index after the person-name run starting at toks[i] (i itself when there is none)."""
    j = i
    if j < len(toks) and is_honorific(toks[j]):
        j += 1
    k = j
    if k + 1 < len(toks) and _is_initials(toks[k].text) and is_name_token(toks[k + 1]):
        k += 1      # "JD Vance", "J.D. Vance": the initials' full stop ends nothing
    while k < len(toks):
        if is_name_token(toks[k]) or (k == j > i and _after_honorific(toks[k])) or _first_name_jan(toks, k, j) or (
                _second_name_at(toks, j, k) and (_office_surname(toks, k) or _month_surname(toks, k)
                                                 or _demonym_surname(toks, k))):
            k += 1
            if (toks[k - 1].text.endswith(".") and len(toks[k - 1].bare) > 1) or toks[k - 1].text.endswith(("’s", "'s")):
                break       # "Griner. Biden said" / "Putin’s offer": a full stop or possessive ends the name
        elif toks[k].text.lower() in NAME_PARTICLES and (k > j or j > i) and _particles_reach(toks, k, 1, is_name_token):
            k += 1          # "Ursula von der Leyen", "Ms. von der Leyen", "Charles de Gaulle"
        elif k > j and _middle_initials(toks, k):
            k += 1          # "Andrew RT Davies", "George W Bush": initials without full stops
        else:
            break
    real = [t for t in toks[j:k] if len(t.bare) > 1]
    return k if real else i


def _middle_initials(toks: list[_Tok], k: int) -> bool:
    """toks[k] is one or two capitals without full stops between two parts of a name ("RT" in
    "Andrew RT Davies", "W" in "George W Bush"), as British copy writes middle initials."""
    t = toks[k].text
    return 0 < k < len(toks) - 1 and re.fullmatch(r"[A-Z]{1,2}", t) is not None and t not in lexicon().countries \
        and is_name_token(toks[k - 1]) and is_name_token(toks[k + 1]) and not toks[k - 1].text.endswith((".", "’s", "'s"))


def _first_name_jan(toks: list[_Tok], k: int, j: int) -> bool:
    """"Jan Lipavský": the first name Jan, not the month's abbreviation ("Jan. 5", "Jan 5")."""
    return k == j and toks[k].text == "Jan" and k + 1 < len(toks) and is_name_token(toks[k + 1])


def _second_name_at(toks: list[_Tok], j: int, k: int) -> bool:
    """toks[k] follows the first name toks[j], or its middle initial ("Peter T. King")."""
    return k == j + 1 or k == j + 2 and len(toks[j + 1].bare) == 1 and toks[j + 1].text.endswith(".")


def _is_initials(text: str) -> bool:
    """Two initials that open a name ("JD Vance", "J.D. Vance"), not a country or an office (US, EU, PM)."""
    return len(text) in (2, 4) and _initials_of_a_name(text)    # (most words are ruled out by length)


@functools.lru_cache(maxsize=1024)
def _initials_of_a_name(text: str) -> bool:
    if not re.fullmatch(r"[A-Z]{2}|(?:[A-Z]\.){2}", text):
        return False
    L = lexicon()
    bare = text.replace(".", "")
    return not ({text, bare} & (L.non_name_words | L.org_words | L.abbreviations) or text in L.countries
                or bare in L.countries or bare.lower() in L.title_words)


def _month_surname(toks: list[_Tok], k: int) -> bool:
    """toks[k] (k > 0) is a month that is a surname after a first name ("Theresa May", "Zhang Jun"),
    not a date ("on May 9", "Jun. 5")."""
    t = toks[k]
    return (t.text == t.bare and t.low in lexicon().months and t.text[:1].isupper()
            and not (k + 1 < len(toks) and toks[k + 1].text[:1].isdigit()) and is_name_token(toks[k - 1]))


def _demonym_surname(toks: list[_Tok], k: int) -> bool:
    """toks[k] (k > 0) is a surname that is also a nationality or a compass word ("David French",
    "John French, a veteran", "Marty West") after a known first name, ending the name: not "French
    officials", "French President" or "West Virginia"."""
    L = lexicon()
    return (_is_first_name(toks[k - 1])      # (and a country: "Luís Montenegro", Portugal's prime minister)
            and (toks[k].bare in L.countries.values() or toks[k].bare in L.word_surnames or toks[k].bare in L.countries)
            and not (k + 1 < len(toks) and toks[k + 1].text[:1].isupper()))


def _office_surname(toks: list[_Tok], k: int) -> bool:
    """toks[k] (k > 0) is a surname that is also an office ("Pope", "King") right after a first name."""
    return (toks[k].bare in lexicon().office_surnames and is_name_token(toks[k - 1])
            and not _is_title_word(toks[k - 1]))


def _particles_reach(toks: list[_Tok], k: int, step: int, stop) -> bool:
    """From the particle toks[k], going `step` (+1 or -1) past at most one more particle, the next
    token is one `stop` accepts: "von der Leyen" forwards, "Ursula von der" / "Ms. von der" back."""
    for m in (k + step, k + 2 * step):
        if not 0 <= m < len(toks):
            return False
        if stop(toks[m]):
            return True
        if toks[m].text.lower() not in NAME_PARTICLES:
            return False
    return False


def clean_person_name(toks: list[_Tok]) -> str:
    """Drop honorifics and middle initials: 'Mr. Dmitri S. Peskov' -> 'Dmitri Peskov'."""
    words = [t.text if _is_initials(t.text) else t.bare for t in toks   # "J.D. Vance" keeps its full stops
             if not is_honorific(t) and len(t.bare) > 1 and t.bare not in NAME_SUFFIXES]
    L = lexicon()
    known = L.male_names | L.female_names
    if len(words) >= 3 and words[0].lower() not in known and words[1].lower() in known:
        words = words[1:]   # a capitalised descriptor before the name: "Billionaire Donald Trump"
    return " ".join(_strip_possessive(w) for w in words)


def gender_of(toks: list[_Tok]) -> str:
    L = lexicon()
    for t in toks:
        g = L.honorific_gender.get(t.text.lower()) or L.honorific_gender.get(t.low)
        if g:
            return g
    first = [t.low for t in toks if not is_honorific(t) and len(t.bare) > 1]
    if first and len(first) > 1:
        if first[0] in L.female_names:
            return "f"
        if first[0] in L.male_names:
            return "m"
    return ""


def _is_title_word(tok: _Tok) -> bool:
    low = tok.low
    if low in lexicon().title_words:
        return True
    # "co-leader", "vice-chairman", "ex-minister": a title with a prefix
    head, _, rest = low.partition("-")
    return head in TITLE_PREFIXES and rest in lexicon().title_words


TITLE_PREFIXES = frozenset("co vice deputy acting ex".split())


def is_title_text(word: str) -> bool:
    """A capitalised title word ("Deputy", "Minister"), as a long title opens."""
    return word[:1].isupper() and word.lower() in lexicon().title_words


def _is_nationality(tok: _Tok) -> bool:
    L = lexicon()
    b = _strip_possessive(tok.bare.replace("then-", ""))
    return b in L.countries or b in L.countries.values() or b in L.capitals


def _role_from(prefix: list[_Tok]) -> tuple[str | None, str | None]:
    """Split 'State Department spokesman' into title 'spokesman' and organisation 'State Department'."""
    L = lexicon()
    title_words = [t.bare for t in prefix if t.low in L.title_words and t.low not in ("of", "state", "house", "white")
                   and not (t.bare[:1].isupper() and t.bare in L.org_words)]
    org_words = [t.bare for k, t in enumerate(prefix) if t.bare[:1].isupper() and t.low not in DETERMINERS and (
        t.low not in L.title_words or (k + 1 < len(prefix) and prefix[k + 1].bare in L.org_words))]
    org_words = [w.replace("then-", "") for w in org_words]
    # "Secretary of State" keeps its "of State"
    text = " ".join(t.bare for t in prefix if t.low not in DETERMINERS)
    if re.search(r"\bsecretary of state\b", text, re.I):
        return "Secretary of State", None
    title = " ".join(title_words) or None
    organisation = " ".join(org_words) or None
    if organisation:
        organisation = _strip_possessive(organisation)
    return title, organisation


def _strip_leading(toks: list[_Tok]) -> list[_Tok]:
    while toks and toks[0].low in LEADING_DISCOURSE:
        toks = toks[1:]
    while toks and toks[0].text in ",;—–-":
        toks = toks[1:]
    return toks


# how far back (characters) "the statement" looks for who spoke in a statement
DOCUMENT_REACH = 600
# "the 39-year-old said": a person the article has just named, like a pronoun
# "the 39-year-old", "the Kuala Terengganu native", "the Louisiana Republican": the person just
# spoken of, as a pronoun is
EPITHET = (r"(?:[Tt]he\s+)?\d{1,3}-year-old|[Tt]he\s+(?:[A-Z][\w’'.-]*\s+){1,3}"
           rf"(?:{'|'.join(lexicon().epithet_heads)})")
AGE_DESCRIPTION_RE = re.compile(rf"\s*({EPITHET})\s*$")
# "the 41-year-old electrician", "the retired machinist": see SpeakerResolver._private_person_described
# "the father of six", "the 52-year-old mother of four": a private person by their family
FAMILY_DESCRIPTION_RE = re.compile(r"[Tt]he\s+(?:\d{1,3}-year-old\s+)?(?:father|mother|grandfather|grandmother|"
                                   r"widow|widower|parent)\s+of\s+(?:\w+)")
PRIVATE_DESCRIPTION_RE = re.compile(r"[Tt]he\s+(\d{1,3}-year-old\s+)?(?:(?:retired|former|local|young|elderly)\s+)?"
                                    r"(?:[a-z]+\s+)?([a-z]+)")


# a place set off before the speaker, a preposition and proper nouns only
LOCATIVE_PHRASE_RE = re.compile(r"\s*(?:In|At|Near|Outside|Across|Inside|Over\s+in)\s+(?:the\s+)?"
                                r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}\s*")


@functools.lru_cache(maxsize=1)
def _document_source_re() -> re.Pattern:
    return re.compile(
        r"\s*(?:(?:a|an|the|its|his|her|their)\s+)?(?:(?:[\w-]+\s+)?(?:" + trie_regex(lexicon().carrier_nouns) + r")\s+"
        r"(?:(?:issued|released|published|posted)\s+)?(?:from|by)|"
        r"(?:(?:a|an|the|its|his|her|their|new|recent)\s+){0,2}(?:[\w-]+\s+)?(?:" + trie_regex(lexicon().authored_nouns)
        + r")\s+by|"     # ("calculations by Jo Bloggs of MIT")
        r"(?:(?:a|an|the|its|his|her|their)\s+)?(?:[\w-]+\s+){0,3}?"     # ("figures published by the central bank")
        r"(?:published|issued|released|written|compiled|prepared|produced)\s+by)\s+(\S.*)$", re.I | re.S)


@functools.lru_cache(maxsize=1)
def _document_noun_re() -> re.Pattern:
    return re.compile(r"\s*(?:(?:a|an|the|its|his|her|their)\s+)?(?:[\w-]+\s+)?(?:" + trie_regex(lexicon().carrier_nouns)
                      + r")\b", re.I)


@functools.lru_cache(maxsize=1)
def _style_of_address_re() -> re.Pattern:
    styles = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in lexicon().styles_of_address)
    return re.compile(rf"\s*({styles})(?![\w.])\s*")


def _style_of_address(text: str, offset: int) -> NP | None:
    """'HE the Minister' is the minister; 'His Royal Highness' alone is the person just named."""
    style = _style_of_address_re().match(text)
    if not style:
        return None
    if style.end() < len(text):
        return parse_np(text[style.end():], offset + style.end())
    owner = style.group(1).split()[0]
    if owner not in ("His", "Her"):
        return None     # a lone "HE" is more likely a shouted pronoun
    pronoun = "he" if owner == "His" else "she"
    return NP("pronoun", style.group(1), offset + style.start(1), offset + style.end(1), pronoun,
              gender=lexicon().pronouns[pronoun])


@functools.lru_cache(maxsize=1)
def _press_office_re() -> re.Pattern:
    words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in lexicon().press_offices)
    return re.compile(rf"\s*(?:the\s+|its\s+)?(?:{words})\s+of\s+(?=\S)", re.I)


def parse_np(text: str, offset: int = 0) -> NP | None:
    """Read one comma-free noun phrase: a name, pronoun, institution or description."""
    if text[:1] in "IANO" and LOCATIVE_PHRASE_RE.fullmatch(text):
        return None     # "In Perthshire, retired farmer X said": where, not who
    source = _document_source_re().match(text) if " by " in text or " from " in text else None
    if source:  # "a statement from the ministry", "published by the Kyiv School of Economics"
        # (up to when or where: not "... by the two countries after talks in Jeddah", "by the campaign late Tuesday")
        inner = re.split(r"\s(?:after|before|during|following|at|in|on|over)\s", source.group(1), maxsplit=1)[0]
        if (when := cue_re().search(inner)) is not None and when.start() > 0:
            inner = inner[:when.start()]
        np = parse_np(inner, offset + source.start(1))
        if np is not None and np.kind != "pronoun":
            return np
        document = _document_noun_re().match(text)
        if np is None and document is not None and inner[:1].islower():
            # "a joint statement issued by the two countries after talks": a source that is no speaker
            # (not a name the reader cannot parse, "from Bloomberg New Energy Finance"), so the document
            return parse_np(document.group(), offset)
    office = _press_office_re().match(text)
    if office:  # "the press service of the Ministry of Defence": the ministry
        np = parse_np(text[office.end():], offset + office.end())
        if np is not None and np.kind in ("institution", "name", "title"):
            return np
    if text.lstrip()[:1] == "H" and (style := _style_of_address(text, offset)) is not None:
        return style
    age = AGE_DESCRIPTION_RE.match(text)
    if age:
        return NP("pronoun", age.group(1), offset + age.start(1), offset + age.end(1), age.group(1).lower())
    toks = _strip_leading(tokens(text, offset))
    toks = [t for t in toks if t.text not in "“”\"‘’()[]"]
    if not toks:
        return None
    toks = _without_name_lead(toks)
    if len(toks) > 1 and toks[-1].low in REFLEXIVES:
        toks = toks[:-1]    # "Zelensky himself, in his nightly address, said"
    L = lexicon()
    last = toks[-1]
    if last.low in L.pronouns and last.text in (last.low, last.low.capitalize()):
        if len(toks) == 1 or toks[0].low in NON_NP_STARTERS or toks[0].text.endswith("ing") \
                or cue_re().fullmatch(text[toks[0].start - offset:last.start - offset].strip(" ,")):
            # ("earlier this month he": a time, then the pronoun)
            return NP("pronoun", last.text, last.start, last.end, last.low, gender=L.pronouns[last.low])
    if toks[0].low in ("which", "that") and len(toks) > 1:
        toks = toks[1:]
    if len(toks) == 2 and toks[0].low == "the" and (role := L.role_acronyms.get(toks[1].bare)):
        # "The PM said": the prime minister, not a body called PM
        return NP("title", f"{toks[0].text} {toks[1].text}", toks[0].start, toks[1].end, role, title=role, strength=2)
    group = _partitive_group(toks)
    if group is not None:
        return group
    if len(toks) == 1 and toks[0].low in L.plural_heads and toks[0].low in L.unnamed_heads:
        # "Diplomats described ...": the capital only opens the sentence (the name keeps it, as before)
        np = _description([_Tok(toks[0].text.lower(), toks[0].start, toks[0].end)])
        return replace(np, text=toks[0].text, name=toks[0].text) if np is not None else None
    if len(toks) == 1 and toks[0].low in L.quantifier_subjects:
        t = toks[0]     # "Several said", "Others warned": people the article has just described
        return NP("unnamed", t.text, t.start, t.end, t.low, gender="p", title=t.low, strength=1)
    starts_adverbial = toks[0].low in NON_NP_STARTERS or toks[0].low.endswith(("ing", "ly"))
    if starts_adverbial and toks[0].bare[:1].isupper():
        np = _institution(toks)     # "Downing Street said": a proper noun, not "Speaking ..."
        if np:
            return np
    if len(toks) > 3 and toks[0].low == "the" and _is_title_word(toks[1]) and toks[2].low == "of" \
            and (role := _description(toks)) is not None:
        return role     # "the president of the European Commission": the office holder, not the body
    if not starts_adverbial:
        # a listed organisation's full name before anything else: "the International Committee of
        # the Red Cross" is not someone of the International Committee; "the Ministry of Foreign
        # Affairs" is no one called Affairs
        np = (_listed_institution(toks) or (_institution(toks) if _head_of_remit(toks) else None)
              or _located_institution(toks) or _body_after_its_kind(toks) or _clean_name(toks, text, offset)
              or _institution(toks) or _carrier_of_body(toks) or _description(toks))
        if np:
            return np
    return _trailing_name(toks) or _national_branch(toks)


def _without_name_lead(toks: list[_Tok]) -> list[_Tok]:
    """A name without the age or the "As" before it: "81-year-old Jo Bloggs", "As Jo Bloggs" (noted)."""
    if len(toks) > 3 and toks[0].text.isdigit() and toks[1].text == "-" and toks[2].low == "year-old":
        start = 3
    elif len(toks) > 1 and toks[0].text == "As":   # (opening the sentence: not "Costs must fall, as X suggested")
        start = 1
    else:
        return toks
    return toks[start:] if name_run_end(toks, start) == len(toks) else toks


def _carrier_of_body(toks: list[_Tok]) -> NP | None:
    """"a Pentagon statement", "a White House readout": the body whose document it is."""
    if len(toks) < 3 or toks[0].low not in ("a", "an", "the") or toks[-1].low not in lexicon().carrier_nouns:
        return None
    np = _institution(toks[1:-1]) if all(t.bare[:1].isupper() for t in toks[1:-1]) else None
    return np if np is not None and np.kind == "institution" else None


def _body_after_its_kind(toks: list[_Tok]) -> NP | None:
    """"Kyiv-based think tank We Build Ukraine", "the rights group Memorial": a body's name after
    the lowercase words that say what it is."""
    # (the first word may open the sentence: "Public broadcaster NHK")
    k = 1 if len(toks) > 2 and toks[0].bare.istitle() and toks[1].bare.islower() else 0
    while k < len(toks) and (toks[k].bare.islower() or toks[k].low.endswith("-based")):
        k += 1
    kind = " ".join(t.low for t in toks[:k] if t.low not in DETERMINERS)
    if k == 0 or k == len(toks) or not kind.endswith(lexicon().body_kinds) \
            or not all(t.bare[:1].isupper() for t in toks[k:]):
        return None
    return _inst_np(toks[k:], " ".join(t.bare for t in toks[k:]))


def _national_branch(toks: list[_Tok]) -> NP | None:
    """"Thales UK", "Amnesty International Ukraine": a body's branch in a country."""
    body = toks[1:-1] if toks[0].low == "the" else toks[:-1]
    if not body or len(body) > 4 or toks[-1].bare not in lexicon().countries:
        return None
    L = lexicon()
    if not all(t.bare[:1].isupper() and not (_is_title_word(t) or is_honorific(t) or _is_nationality(t))
               and t.low not in NON_NP_STARTERS and t.low not in PREPOSITIONS and t.low not in L.verb_forms
               for t in body):
        return None     # (not "In Britain", "Say Mexico demanded")
    return _inst_np(body + toks[-1:], " ".join(t.bare for t in body + toks[-1:]))


def _head_of_remit(toks: list[_Tok]) -> bool:
    """[the | Country's] Head of|for X: "Ministry of Foreign Affairs", "Office of the President"."""
    words = toks[1:] if toks and (toks[0].low == "the" or toks[0].text.endswith(("’s", "'s"))) else toks
    return len(words) >= 3 and words[1].low in ("of", "for") and words[0].bare[:1].isupper() \
        and words[0].low in lexicon().institution_heads


def _located_institution(toks: list[_Tok]) -> NP | None:
    """"the Russian Embassy in Athens", "the Ukrainian Students Association at UC Berkeley": a body
    and where it sits, not someone called Athens."""
    at = next((k for k, t in enumerate(toks) if t.low in ("in", "at")), None)
    place = toks[at + 1:] if at else []
    if len(place) > 1 and place[0].low == "the":
        place = place[1:]   # "the embassy in the UAE"
    if not place or len(place) > 3 or not all(t.bare[:1].isupper() for t in place):
        return None
    head = _institution(toks[:at])
    if head is None:
        return None
    return _inst_np(toks[1:] if toks[0].low == "the" else toks,
                    f"{head.name} {toks[at].low} {' '.join(t.bare for t in place)}")


def _listed_institution(toks: list[_Tok]) -> NP | None:
    words = toks[1:] if toks[0].low == "the" else toks
    phrase = " ".join(t.bare for t in words)
    if " of " in phrase and phrase in lexicon().institutions_named:
        return _inst_np(words, phrase)
    return None


def _without_modifiers(place: list[_Tok]) -> list[_Tok]:
    """"the main opposition Democratic Party" less its lowercase modifiers, when a capitalised name
    follows them to the end."""
    k = 1 if place and place[0].low == "the" else 0
    j = k
    while j < len(place) and j - k < 3 and place[j].bare.islower() and place[j].low not in OF_PLACE_GLUE:
        j += 1
    if j == k or j >= len(place) or not place[j].bare[:1].isupper():
        return place
    return place[:k] + place[j:]


def _clean_name(toks: list[_Tok], text: str, offset: int) -> NP | None:
    """[the] [title/organisation words] NAME [of Place] -- the whole phrase names one person."""
    # an "of Place" suffix: "President Vladimir V. Putin of Russia"
    end = len(toks)
    # ("Stephen Vladeck of the University of Texas School of Law": the first "of" ends the name;
    # "Janet from Leeds": so does "from")
    for i in range(1, len(toks) - 1):
        if toks[i].low in ("of", "from") and (toks[i + 1].bare[:1].isupper()
                                              or toks[i + 1].low == "the" and i + 2 < len(toks)):
            place = _without_modifiers(toks[i + 1:])   # ("of the main opposition Democratic Party")
            if not all(t.bare[:1].isupper() or t.low in OF_PLACE_GLUE for t in place):
                # "of the Kharkiv region": a capitalised place with a lowercase place noun last
                if not (place[-1].low in lexicon().place_nouns and len(place) > 1
                        and all(t.bare[:1].isupper() or t.low in OF_PLACE_GLUE for t in place[:-1])):
                    break
            rs = _run_start(toks, i)
            if rs < i and name_run_end(toks, rs) == i and (toks[i].low == "of" or all(
                    _is_title_word(t) or is_honorific(t) for t in toks[:rs])):
                end = i     # (only titles before a name and "from": not "the Republican National Committeeman from")
            break
    start = _run_start(toks, end)
    if start >= end or name_run_end(toks, start) != end:
        return None
    if 0 < start and toks[start - 1].low == "to":
        if end - start == 1:
            return None     # "ambassador to Arden": the remit's place, no name
        if end - start >= 3 and _is_first_name(toks[start + 1]):
            start += 1      # "Ambassador to Arden David Reyes": the place, then the name
    if end - start == 1 and start == 0 and toks[0].low in lexicon().unnamed_heads:
        return None     # "Officials from the Kremlin": a sentence's capital on a head noun, no name
    if toks[end - 1].low in lexicon().institution_heads \
            and (end - start == 1 or start > 0 and (_is_nationality(toks[start - 1]) or toks[start - 1].low == "the")):
        return None     # "The Moscow Exchange", "the London Stock Exchange": a body's head noun, no one's name
    if toks[end - 1].low in lexicon().institution_heads and start > 0 and toks[start - 1].bare[:1].isupper() \
            and any(t.low in ("of", "for") for t in toks[:start - 1]):
        return None     # "the chief executive of the National Urban League": the end of the body's name
    remit = False   # ("Commissioner for Human Rights Dmytro Lubinets": the name from its first name on)
    if start > 0 and (toks[start - 1].low in ("of", "for", "to") or toks[start - 1].low in ("and", "&") and start >= 3
                      and any(t.low in ("of", "for") for t in toks[:start - 1])):
        # (the remit may join two: "Minister of International Relations and Cooperation Ronald Lamola")
        named_from = _name_after_remit(toks, start, end)
        start, remit = named_from, named_from > start
    prefix = toks[:start]
    if prefix and (prefix[-1].low in ("of", "for") or len(prefix) >= 2 and prefix[-1].low == "the"
                   and prefix[-2].low in ("of", "for")):
        return None     # "the defence minister of Vostria", "leader of the Welsh Conservatives": a place or a body
    if len(prefix) >= 2 and prefix[-1].text.endswith(("’s", "'s")) and prefix[-2].low in PREPOSITIONS:
        return None     # "the chair of Florida’s Palm Beach County": the place's, not a person
    if end - start == 1 and len(prefix) >= 3 and prefix[-3].low in ("of", "for") and prefix[-2].low == "the" \
            and _is_nationality(prefix[-1]):
        return None     # "commander of the Georgian Legion": a national body, not someone called Legion
    if end - start == 1 and len(prefix) >= 2 and prefix[-2].low in ("of", "for") \
            and prefix[-1].bare[:1].isupper() and not _is_title_word(prefix[-1]):
        return None     # "chairman of America Rising": the end of a body's name ("Secretary of State Blinken" is one)
    if len(prefix) >= 2 and end - start == 1 and prefix[-1].low == "the" and prefix[-2].bare[:1].isupper():
        return None     # "co-leader of We Continue the Change": the end of a name with "the" in it
    for k, t in enumerate(prefix):
        ok = (t.low in DETERMINERS - {"a", "an", "this", "that", "these", "those"} or _is_title_word(t)
              or _is_nationality(t) or t.bare[:1].isupper() or t.text.startswith("then-")
              # "Ambassador to India": a remit after the title
              or (t.low in (("of", "to", "for") if remit else ("of", "to")) and k > 0 and _is_title_word(prefix[k - 1]))
              # ("UN envoy for Syria Geir Pedersen": a place's remit after the title; "Minister for
              # Foreign Affairs Penny Wong": a remit in capitals)
              or (t.low == "for" and 0 < k < len(prefix) - 1 and _is_title_word(prefix[k - 1])
                  and (_is_place_word(prefix[k + 1]) or _remit_in_capitals(prefix, k, toks[start:end])))
              # a lowercase word qualifying the title after it: "political scientist", "military analyst"
              or (k + 1 < len(prefix) and _is_title_word(prefix[k + 1]) and prefix[k + 1].low not in PREPOSITIONS
                  and t.text.isalpha() and t.text.islower() and t.low not in DETERMINERS
                  and t.low not in NON_NP_STARTERS and t.low not in PREPOSITIONS)
              or (t.low in ("and", "&") and 0 < k < len(prefix) - 1    # "National Security and Defense Council"
                  # (or a remit of two: "Minister of Supply and Internal Trade Ali Al-Moselhi")
                  and all(p.bare[:1].isupper() and (remit or _in_remit(prefix, k) or not is_name_token(p))
                          for p in (prefix[k - 1], prefix[k + 1]))))
        if not ok:
            return None
    run = toks[start:end]
    title, org = _role_from(prefix)
    if end < len(toks) and not org:
        org = " ".join(t.bare for t in toks[end + 1:])
    return NP("name", " ".join(t.text for t in toks[start:end]), run[0].start, run[-1].end,
              clean_person_name(run), gender_of(run), title, org, strength=3)


def _remit_in_capitals(prefix: list[_Tok], k: int, name: list[_Tok]) -> bool:
    """"Minister for Foreign Affairs Penny Wong": a capitalised title, "for" at k, a remit in capitals
    and a name of two words or more; not "research director for IHS Life Sciences", nor "a
    spokesperson for Immigration Minister X" (a title in the remit or opening the name)."""
    titles = lexicon().titles
    return prefix[k - 1].bare[:1].isupper() and len(name) >= 2 and name[0].low not in titles and all(
        (p.bare[:1].isupper() or p.low in ("and", "&")) and p.low not in titles for p in prefix[k + 1:])


def _is_place_word(tok: _Tok) -> bool:
    L = lexicon()
    return tok.bare in L.countries or tok.bare in L.capitals or tok.bare in L.regions


def _in_remit(prefix: list[_Tok], k: int) -> bool:
    """Whether word k of a title comes after the title's "of"/"for" ("Minister of Supply and ...")."""
    return any(t.low in ("of", "for") and j > 0 and _is_title_word(prefix[j - 1]) for j, t in enumerate(prefix[:k]))


def _name_after_remit(toks: list[_Tok], start: int, end: int) -> int:
    """Where a name starts in a run of capitals after "of"/"for"/"to" ("Commissioner for Human Rights
    Dmytro Lubinets"): at its first name, the remit's capitals before it; `start` when none is known."""
    if end - start < 3:
        return start
    # (with no listed first name, one remit word and a two-word name: "Superintendent of Police
    # Rabindra Khadka")
    titled = start >= 2 and _is_title_word(toks[start - 2])
    return next((k for k in range(start + 1, end - 1) if _is_first_name(toks[k])),
                start + 1 if end - start == 3 and titled else start)


def _is_first_name(tok: _Tok) -> bool:
    return _is_first_name_word(tok.bare)


def _is_first_name_word(word: str) -> bool:
    low = word.lower()
    if low in lexicon().male_names or low in lexicon().female_names:
        return True
    plain = _without_accents(low)     # "Luís" is a listed "Luis"
    return plain != low and (plain in lexicon().male_names or plain in lexicon().female_names)


@functools.lru_cache(maxsize=4096)
def _without_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _after_honorific(tok: _Tok) -> bool:
    """A capitalised word right after an honorific is a surname even when it is also a common word
    ("Mr. King", "Ms. Price", "Dr. Mayor")."""
    L = lexicon()
    return (tok.bare[:1].isupper() and tok.bare.isalpha() and len(tok.bare) > 1
            and tok.low not in L.honorifics and tok.low not in L.address_forms)


def _name_or_honorific(tok: _Tok) -> bool:
    return is_name_token(tok) or is_honorific(tok)


def _run_start(toks: list[_Tok], end: int) -> int:
    """Start index of the name run that ends at `end` (honorific included)."""
    if end >= 2 and is_honorific(toks[end - 2]) and _after_honorific(toks[end - 1]) \
            and not is_name_token(toks[end - 1]):
        return end - 2      # "Mr. King"
    if end >= 2 and (_office_surname(toks, end - 1) or _month_surname(toks, end - 1)
                     or _demonym_surname(toks, end - 1)):
        i = end - 2         # "Amy Pope", "Theresa May", "David French": a surname that is also a word
        while i > 0 and len(toks[i].bare) == 1 and toks[i].text.endswith(".") and is_name_token(toks[i - 1]):
            i -= 1          # ("Peter T. King": a middle initial, then the first name)
        return i
    i = end
    while i > 0 and not (i < end and ((toks[i - 1].text.endswith(".") and len(toks[i - 1].bare) > 1)
                                      or toks[i - 1].text.endswith(("’s", "'s")))) and (
            is_name_token(toks[i - 1]) or (toks[i - 1].text.lower() in NAME_PARTICLES and i < end and i - 1 > 0
                                           and _particles_reach(toks, i - 1, -1, _name_or_honorific))):
        i -= 1
    while 1 < i < end and _middle_initials(toks, i - 1):
        i -= 2      # "Andrew RT Davies": the initials and the first name before them
        while i > 0 and is_name_token(toks[i - 1]):
            i -= 1
    if 0 < i < end and _is_initials(toks[i - 1].text):
        i -= 1      # "JD Vance", "J.D. Vance"
    if i > 0 and is_honorific(toks[i - 1]):
        i -= 1
    return i


def _trailing_name(toks: list[_Tok]) -> NP | None:
    end = len(toks)
    start = _run_start(toks, end)
    if start >= end or name_run_end(toks, start) != end:
        return None
    if start >= 2 and toks[start - 1].low in ("of", "from"):
        # "voter Stephanie Hooton of Derry": the name before the place is the person's
        before = _run_start(toks, start - 1)    # (and no preposition before it: "a battle with X of Vermont")
        if before < start - 1 and name_run_end(toks, before) == start - 1 \
                and not any(t.low in PREPOSITIONS for t in toks[:before]):
            end, start = start - 1, before
    run = toks[start:end]
    first = next((j for j in range(1, len(run) - 1) if _is_first_name(run[j])), None)
    if first is not None and first >= 2 and not any(_is_first_name(t) or is_honorific(t) for t in run[:first]):
        # "... Minister for Communities, Territories and Infrastructure Development Oleksandr Kubrakov":
        # the end of a long title, then the name from its listed first name on
        return replace(_name_np(run[first:]), title=" ".join(t.text for t in run[:first]), strength=2)
    prefix = []
    k = start
    while k > 0 and (_is_title_word(toks[k - 1]) or _is_nationality(toks[k - 1])):
        k -= 1
        prefix.insert(0, toks[k])
    return _name_np(run, *_role_from(prefix))


def _name_np(run: list[_Tok], title: str | None = None, org: str | None = None) -> NP:
    """A person's name read from a run of tokens, at its place in the text."""
    return NP("name", " ".join(t.text for t in run), run[0].start, run[-1].end, clean_person_name(run),
              gender_of(run), title, org, strength=1)


def _institution(toks: list[_Tok]) -> NP | None:
    L = lexicon()
    words = toks[1:] if toks and toks[0].low == "the" else list(toks)
    if not words:
        return None
    if len(words) > 2 and words[0].bare.islower() and words[0].bare.endswith(("’s", "'s")) \
            and all(t.bare[:1].isupper() for t in words[1:]):
        words = words[1:]   # "the president's National Security Bureau": the bureau, by its name
    k = next((k for k, t in enumerate(words) if not t.bare.islower()), len(words))
    if 0 < k <= 2 and " ".join(t.bare for t in words[k:]) in L.countries \
            and not any(t.low in PREPOSITIONS or t.low in DETERMINERS for t in words[:k]):
        return _inst_np(words[k:], " ".join(t.bare for t in words[k:]))   # "host Thailand", "neighbouring Poland"
    remit = next((k for k, t in enumerate(words) if t.low in ("of", "for", "to")), None)
    if remit and (words[remit - 1].text.islower() or words[remit].low == "to"):   # ("Iran's Permanent Mission to the UN")
        # "Ukraine's coordination headquarters for the treatment of prisoners": a described head and its remit
        head = _institution(words[:remit])
        if head is not None:
            rest = " ".join(t.bare for t in words[remit:]).replace(" ,", ",")
            return _inst_np(words, f"{head.name} {rest}")
    glue = [k for k, t in enumerate(words) if t.low in NAME_GLUE]
    phrase = " ".join(t.bare for t in words)
    low = phrase.lower()
    first = _strip_possessive(words[0].bare)
    country_adj = L.countries.get(first)
    for head in _heads_ending_in(words[-1].bare.lower()):
        if low.endswith(head) and len(words) <= len(head.split()) + 3:
            rest = words[: len(words) - len(head.split())]
            # ("the Aliyah and Integration Ministry", "the Trade & Industry Ministry": "and" between names)
            if rest and not all(_is_nationality(t) or t.bare[:1].isupper() or t.low in L.head_modifiers
                                or t.low in ("and", "&") and 0 < k < len(rest) - 1 and rest[k + 1].bare[:1].isupper()
                                for k, t in enumerate(rest)):
                return None
            # "Ukraine's Southern Operational Command", "Taiwan's Mainland Affairs Council"
            owned = words[0].bare[:1].isupper() and words[0].bare.endswith(("’s", "'s")) \
                and all(t.bare[:1].isupper() for t in rest[1:])
            paired = len(rest) == 3 and rest[1].low in ("and", "&") and rest[0].bare[:1].isupper()
            # (or a place and two: "the Kharkiv regional military administration")
            placed = bool(rest) and rest[0].bare[:1].isupper() and all(t.low in L.head_modifiers for t in rest[1:])
            if len(rest) == 3 and not owned and not paired and not placed \
                    and not all(_is_nationality(t) or t.low in L.head_modifiers for t in rest) \
                    and not all(t.bare[:1].isupper() and not t.bare.endswith(("’s", "'s")) for t in rest):
                # (but a proper name is one: "Orlando Regional Medical Center")
                return None     # three words before the head only as in "Ukraine's main intelligence directorate"
            name = phrase
            if country_adj and words[0].bare.endswith(("’s", "'s")):
                name = " ".join([country_adj] + [t.bare for t in words[1:]])
            return _inst_np(words, name)
    for named in _named_ending_in(words[-1].bare):
        if phrase == named or (phrase.endswith(" " + named) and all(
                _is_nationality(t) or t.bare[:1].isupper() for t in words)):
            return _inst_np(words, phrase)
    for named in _named_ending_in(words[-1].bare):
        n = len(named.split())
        if phrase.endswith(" " + named) and len(words) - n <= 5 and all(
                t.bare.isalpha() and t.low not in NON_NP_STARTERS for t in words[:-n]):
            return _inst_np(words[-n:], named)      # "state news agency TASS", "energy giant Gazprom"
    if len(words) == 1 and (first in L.countries or first in L.capitals) and not words[0].bare.endswith(("’s", "'s")):
        return _inst_np(words, first)
    if len(words) == 1 and _is_acronym(words[0].text):
        return _inst_np(words, words[0].text)     # "the DNC said", "NRA officials": an organisation's initials
    if len(words) >= 2 and all(t.bare[:1].isupper() or t.low in ("and", "&") and 0 < k < len(words) - 2
                               and words[k + 1].bare[:1].isupper() for k, t in enumerate(words)) and any(
            t.bare in L.org_words for t in words) and (not glue or words[-1].bare in L.org_words):
        return _inst_np(words, phrase)      # ("the Migration and Asylum Service": "and" inside the name)
    if glue and 0 < glue[0] and words[-1].bare[:1].isupper() and any(t.bare in L.org_words for t in words[:glue[0]]) \
            and all(t.bare[:1].isupper() or t.low in NAME_GLUE or (t.low == "the" and k > glue[0])
                    for k, t in enumerate(words)):
        return _inst_np(words, phrase)      # "Kyiv School of Economics", "Bank for International Settlements"
    return None


# a body's name and the description set off after it, up to its head: "Oregon Friends of Ukraine, a volunteer "
DESCRIBED_BODY_RE = re.compile(r"(?:^|(?<=[.;:]\s)|(?<=\n))([A-Z][^,;:“”\"\n]{1,80}),\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}$")
_NAME_WORD = r"[A-Z][\w’'&-]*(?:\.[A-Z][\w’'&-]*)*"
# "the independent rights group OVD-Info said": the body's name right after its head noun
NAME_AFTER_HEAD_RE = re.compile(r"\s+(" + _NAME_WORD + r"(?:\s+(?:of\s+(?:the\s+)?)?" + _NAME_WORD + r"){0,4})"
                                r"(?=\s*[,.;:]|\s+(?:said|says|reported|told|has|had|was|is)\b)")


def _organisation_name_ending(toks: list[_Tok]) -> list[_Tok]:
    """The words of an organisation's name that end `toks` (whose last word is its head):
    capitalised words, possessives and the modifiers of known heads ("defence ministry"),
    never across a sentence's end."""
    modifiers = _head_modifiers()
    i = len(toks) - 1
    while i > 0:
        word = toks[i - 1]
        ends_sentence = word.text.endswith((".", "!", "?")) and not re.fullmatch(r"(?:[A-Z]\.)+", word.text)
        if ends_sentence or word.low == "the" or not (word.bare[:1].isupper() or word.low in modifiers):
            break
        i -= 1
    return toks[i:]


def _of_complement(text: str, end: int) -> list[_Tok]:
    """", of Defence" in "Ministry of Defence": the capitalised words an "of" adds to a head."""
    match = OF_COMPLEMENT_RE.match(text, end)
    return tokens(match.group(), end) if match else []


OF_COMPLEMENT_RE = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*)*")


@functools.lru_cache(maxsize=1)
def _head_modifiers() -> frozenset[str]:
    """The words before the last of the multi-word institution heads ("defence" of "defence ministry")."""
    return frozenset(w for head in lexicon().institution_heads for w in head.split()[:-1]) | lexicon().head_modifiers


@functools.lru_cache(maxsize=None)
def _heads_ending_in(word: str) -> tuple[str, ...]:
    """The institution heads whose last word is `word`, longest first."""
    return tuple(h for h in lexicon().institution_heads if h.split()[-1] == word)


@functools.lru_cache(maxsize=None)
def _named_ending_in(word: str) -> tuple[str, ...]:
    return tuple(n for n in lexicon().institutions_named if n.split()[-1] == word)


def _is_acronym(word: str) -> bool:
    """Organisation initials (DNC, NAACP), not a shouted place or word (WASHINGTON, AP-style datelines)."""
    L = lexicon()
    return (2 <= len(word) <= 5 and word.isalpha() and word.isupper() and word not in L.non_name_words
            and word.capitalize() not in L.capitals and word.capitalize() not in L.regions)


def _inst_np(words: list[_Tok], name: str) -> NP:
    return NP("institution", " ".join(t.text for t in words), words[0].start, words[-1].end,
              name, gender="p", strength=2)


def _partitive_group(toks: list[_Tok]) -> NP | None:
    """'one of the diplomats', 'two of his aides': a member of a described group speaks for it."""
    L = lexicon()
    if len(toks) < 3 or toks[1].low != "of" or not (toks[0].low in L.quantifier_subjects
                                                     or toks[0].low in L.numbers or toks[0].low.isdigit()):
        return None
    if len(toks) == 3 and toks[2].low in ("them", "those", "these"):
        # "One of them said": the group last quoted speaks, as "they" would
        return NP("pronoun", " ".join(t.text for t in toks), toks[0].start, toks[-1].end, "one of them", gender="p")
    inner = _description(toks[2:])
    if inner is None or inner.gender != "p":
        return None
    return NP("unnamed", " ".join(t.text for t in toks), toks[0].start, toks[-1].end, inner.name,
              gender="" if toks[0].low == "one" else "p", title=inner.title, organisation=inner.organisation)


def _complement_organisation(rest: list[_Tok]) -> str | None:
    """The proper name after a head: "president of the European Council", "mayor of Kharkiv"."""
    if len(rest) < 2 or rest[0].low not in ("of", "for"):
        return None
    words = rest[2:] if rest[1].low == "the" else rest[1:]
    if not words or not all(t.bare[:1].isupper() or t.low in ("of", "and", "for") for t in words) \
            or not words[-1].bare[:1].isupper() or len(words) == 1 and words[0].low in lexicon().home_polities:
        return None
    return " ".join(t.bare for t in words)


def _inside_body_name(toks: list[_Tok], i: int) -> bool:
    """"of" in "a Ministry of Defence spokesperson": between two capitalised words of a body's name."""
    k = i + 2 if i + 2 < len(toks) and toks[i + 1].low == "the" else i + 1
    L = lexicon()
    return toks[i].low in ("of", "for") and toks[i - 1].bare[:1].isupper() and toks[i - 1].low in L.institution_heads \
        and k < len(toks) and toks[k].bare[:1].isupper() and any(t.low in L.unnamed_heads for t in toks[k + 1:])


def _description(toks: list[_Tok]) -> NP | None:
    """'a senior US official', 'White House officials', 'the spokesperson for the NSC'."""
    L = lexicon()
    head_i = None
    for i, t in enumerate(toks):
        if i > 0 and t.low in PREPOSITIONS and not _inside_body_name(toks, i):
            break
        if t.text in ",;:":
            break
        if i > 0 and t.low.endswith("ing") and toks[i - 1].low in L.unnamed_heads and not (
                i + 1 < len(toks) and toks[i + 1].low in ("himself", "herself", "themselves")):
            break       # "a senior official traveling with Cohen" (but "a man calling himself Paul Paul")
        head_i = i
    if head_i is None:
        return None
    head = toks[head_i]
    if head.low not in L.unnamed_heads:
        return None
    if NICKNAME_RE.search(" ".join(t.low for t in toks[head_i + 1:])):
        return None     # "a drone operator with the call sign Sych": the name he goes by
    if head_i > 0 and _office_surname(toks, head_i) and not _is_nationality(toks[head_i - 1]):
        return None     # "Amy Pope", "Larry King": a surname that is also an office
    pre = toks[:head_i]
    if any(not (t.low in L.drop_leading or t.low in DETERMINERS or t.bare[:1].isupper() or _is_title_word(t)
                or t.low.endswith(("’s", "'s")) or t.low.replace("-", "").isalpha()) for t in pre):   # ("high-ranking")
        return None
    if head.bare[:1].isupper() and any(t.low in ("and", "or") for t in pre) and _trailing_name(toks) is not None:
        return None     # "presidential front-runner and former Secretary of State Hillary Clinton": her
    definite = bool(pre) and (pre[0].low in ("the", "that", "this", "these", "those") or pre[0].low.endswith(("’s", "'s")))
    body = list(toks)
    while body and (body[0].low in L.drop_leading or body[0].low in DETERMINERS):
        body = body[1:]
    if not body:
        return None
    name = " ".join(t.text for t in body)
    plural = head.low in L.plural_heads
    kind = "title" if definite and not plural else "unnamed"
    title, org = _role_from(pre + [head])
    org = org or _complement_organisation(toks[head_i + 1:])
    return NP(kind, " ".join(t.text for t in toks), toks[0].start, toks[-1].end, name,
              gender="p" if plural else "", title=title or head.bare, organisation=org, strength=2)


SEGMENT_SPLIT_RE = re.compile(r"\s*(?:,|\s[—–]\s|—|;|\(|\))\s*")


def split_segments(region: str, offset: int) -> list[tuple[str, int]]:
    out, pos = [], 0
    for m in SEGMENT_SPLIT_RE.finditer(region):
        if m.start() > pos:
            out.append((region[pos:m.start()], offset + pos))
        pos = m.end()
    if pos < len(region):
        out.append((region[pos:], offset + pos))
    return [(s, o) for s, o in out if s.strip()]


OBJECT_RELATIVE_LEAD_RE = re.compile(r"(?:^|[\s,–—])(?:(?:an?|the)\s+(?:[a-z]+\s+){0,2}(?:that|which)|(?:in|of|to)\s+what)\s+(?=\S)")
# (a subject after "that" makes it an object relative; "a carrier that regularly calls at Odesa" has none)
OBJECT_RELATIVE_SUBJECT_RE = re.compile(r"\s*(?:[A-Z]|(?:he|she|they|it|we|i|you|the|a|an|his|her|their|its|this|these|"
                                        r"those|one|two|three|four|several|some|many|another|both|most)\b)")
FRAME_PARTICIPLE_RE = re.compile(r"\s*(?i:" + "|".join(lexicon().frame_participles) + r")\s")
OF_PLACE_SEGMENT_RE = re.compile(r"\s*of\s+[A-Z]")
DESCRIBED_AT_BODY_RE = re.compile(r"\s*(?:a|an|the)\s+[^,]*?\s(?:at|of|with)\s+(?:the\s+)?[A-Z][^,]*$", re.I)
HONORIFIC_START_RE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\b\.?\s")
HEAD_OF_DIPLOMACY_RE = re.compile(r"\bhead\s+of\s+(?:[A-Z][\w-]+\s+)?diplomacy\b", re.I)
GIVEN_NAME_RE = re.compile(r"\b(?:who\s+(?:gave|asked\s+to\s+be\s+identified\s+by)\s+(?:only\s+)?(?:his|her)\s+(?:first\s+)?name\s+"
                           r"(?:only\s+)?as|(?:identified|named)\s+only\s+as|who\s+asked\s+to\s+be\s+identified\s+(?:only\s+)?as)"
                           r"\s+([A-Z][\w’'-]+),?$")
PLATFORM_WRITING_RE = re.compile(r"\b(?:wrote|posted|said)\s+(?:\w+\s+)?on\s+(?:Truth\s+Social|X|Twitter|Facebook|Telegram|"
                                 r"Instagram|social\s+media|his\s+\w+\s+account|her\s+\w+\s+account)\b")
RELATIVE_SEGMENT_RE = re.compile(r"\s*(?:who|whose|which|where)\s", re.I)
NAMED_COMPLEMENT_END_RE = re.compile(r"\b(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w’'\-]*\s+){0,3}[A-Z][\w’'\-]*$")
CLAUSE_CUT_RE = re.compile(
    r"(?:^|[,;:]\s*|\s)(?:but|while|whereas|and|as|though|although|because|since|so(?!\s+far\b)|when|even as|"
    r"if|after|before|where|which|who|whose|than)\s+", re.I)     # ("who has so far refused to ..., said")


@dataclass
class Subject:
    np: NP | None
    lead_end: int             # where the chosen phrase starts: text before it is leading adverbial
    coordinated: bool = False  # "... and added that": the subject is the previous verb's
    relative: bool = False     # "X, who said": the subject is the phrase before "who"
    roles: list[NP] = field(default_factory=list)


# a party-and-state tag after a US politician's name: "Sen. Jo Bloggs (R-Texas)", "(D-N.Y.)"
# a US legislator's party and state, in brackets or set off by commas: "(R-Ky.)", ", D-N.Y.,"
PARTY_BRACKET = r"\((?:R|D|I|Rep|Dem|Ind)\s?[-–]\s?[A-Z][\w.]*(?:[ .][A-Z][\w.]*)?\.?\)"
PARTY_TAG_RE = re.compile(PARTY_BRACKET + r"|(?<=,)\s*(?:R|D|I)[-–][A-Z][\w.]*(?:\s[A-Z][\w.]*)?(?=\s*,|\s*$)")
# a party in brackets after a person's name: "Prime Minister Kristen Michal (Reform) said", and its
# European Parliament group after it: "Robert Fico (Smer, NI)", "Jo Bloggs (PSD, EPP)"
PARTY_AFTER_NAME_RE = re.compile(r"\b[A-Z][\w’'-]*[^\W\d_A-Z](\s\([A-Z][\w’'&.-]*(?:,?\s[A-Z&][\w’'&.-]*){0,3}\))(?=\s*(?:,|$))")


OTHERS_AFTER_AND_RE = re.compile(r"(?:several|some|many|other|\w+\s+other)\s")
# the first half of an organisation's name joined by "and": "The Food", "Portugal’s Foreigners"
NAME_HALF_END_RE = re.compile(r"(?:^|\s)(?:[Tt]he|[A-Z][\w’'\-]*[’']s)\s+([A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?)$")
NAME_SECOND_HALF_RE = re.compile(r"(?:[A-Z][\w’'\-]*\s+){0,3}([A-Z][\w’'\-]*)(?=\s*(?:\([A-Z]{2,6}\)\s*)?,?\s*$)")


def _coordinated_name_part(before: str, after: str) -> bool:
    """"The Food and Drug Administration": a determiner, a capitalised word that is no institution of
    its own, and after "and" capitalised words that end in an organisation word make one name."""
    first, second = NAME_HALF_END_RE.search(before.rstrip()), NAME_SECOND_HALF_RE.match(after)
    if first is None or second is None or second.group(1) not in lexicon().org_words:
        return False
    np = parse_np(first.group(1))
    return np is not None and np.kind == "name"


# "of Britain, France, Germany and ...": the commas of a list of places after "of"
PLACE_LIST_RE = re.compile(r"\b(?:of|for)\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?"
                           r"(?:,\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)+,?\s+and\s")


def _without_list_commas(region: str) -> str:
    """The commas of a list of places blanked ("the leaders of Britain, France and Germany"), so the
    list stays one segment; offsets keep."""
    return PLACE_LIST_RE.sub(lambda m: m.group().replace(",", " "), region) if ", " in region else region


def _without_party_tags(region: str) -> str:
    region = PARTY_TAG_RE.sub(lambda m: " " * len(m.group()), region)
    for m in PARTY_AFTER_NAME_RE.finditer(region):
        a, b = m.span(1)
        region = region[:a] + " " * (b - a) + region[b:]
    return region


# the words that give the name someone goes by ("the call sign Sych", "nicknamed Bob")
_NICKNAME_WORDS = r"call\s*sign|nicknamed?|code\s*name|pseudonym|nom\s+de\s+guerre"
QUOTED_NAME_LEAD_RE = re.compile(r"\b(?:" + _NICKNAME_WORDS + r"|known\s+as|"
                                 r"(?:Telegram|YouTube|X|TikTok|Instagram)\s+(?:channel|account))\s*$", re.I)
NICKNAME_RE = re.compile(r"\b(?:" + _NICKNAME_WORDS + r")\b")
QUOTED_PART_RE = re.compile(r"“[^“”]{1,80}”|\"[^\"]{1,80}\"")
TRANSLATION_AFTER_QUOTE_RE = re.compile(r"(?<=[”\"])\s*\([^()“”\"]{1,40}\)")


def _without_quoted_titles(region: str) -> str:
    """Blank what a subject quotes ("host of MSNBC’s “Morning Joe,”"): a title, never the speaker;
    but a call sign or nickname ("with the call sign “Sych,”") is what the speaker is called."""
    if "“" not in region and '"' not in region:
        return region
    region = QUOTED_PART_RE.sub(lambda m: m.group() if QUOTED_NAME_LEAD_RE.search(region, 0, m.start())
                                else re.sub(r"[^,]", " ", m.group()), region)     # (its comma still sets off)
    # (and a translation in brackets after a quoted name: the channel “Severny Veter” (North Wind))
    return TRANSLATION_AFTER_QUOTE_RE.sub(lambda m: " " * len(m.group()), region)


def _is_place_name(np: NP) -> bool:
    """A place read as a name ("Jo Bloggs of Sumter, South Carolina,"): a dateline, not the speaker."""
    L = lexicon()
    return np.kind == "name" and (np.name in L.regions or np.name in L.countries or np.name in L.capitals
                                  or np.name.split(" ", 1)[0] in L.region_prefixes)


# "earlier" on its own, but not the end of a counted time ("X, who two days earlier had insisted")
_BARE_EARLIER = r"(?<!days\s)(?<!day\s)(?<!weeks\s)(?<!week\s)(?<!hours\s)(?<!months\s)earlier"
TRAILING_AUX_RE = re.compile(r"(?:\s+(?:(?:did|does|do|has|have|had)\s+(?:not|never)|has|have|had|did|does|himself|herself|itself|themselves|also|later|then|again|(?:has|have|had)\s+(?:earlier|first)|" + _BARE_EARLIER + r"|previously|repeatedly|once|further|"
                             r"already|recently|now|just|never|often|(?-i:(?!(?:" + "|".join(lexicon().ly_nouns) + r")\b)[a-z]\w*ly)))+\s*$", re.I)
# (an adverb is lower case: "James Cleverly said" ends with a name)


WEEKDAY_ENDINGS = tuple(lexicon().weekdays) + tuple(f"{d} {part}" for d in lexicon().weekdays
                                                   for part in ("morning", "afternoon", "evening", "night"))
TRAILING_WEEKDAY_RE = re.compile(r"\s+(?:on|late|early|late\s+on|early\s+on)\s+(?:" + "|".join(lexicon().weekdays)
                                 + r")(?:\s+(?:morning|afternoon|evening|night))?$")


IMPERSONAL_FRAME_RE = re.compile(r"\b[Ii]t\s+(?:was|is|has\s+been|had\s+been)\s+(?:gathered|learned|learnt|understood|"
                                 r"reported|believed|known|alleged|claimed|feared)\s+that\s+")
PARTICIPLE_SEGMENT_RE = re.compile(r"\s*(?:[a-z]+(?:ed|ing)|clad|worn|known)\s")
BODY_HEAD_END_RE = re.compile(r"\b(?:Agency|Service|Company|Corporation|Group|Network)\s*$")
AGE_SEGMENT_RE = re.compile(r"\s*\d{1,3}\s*")   # "Jo Bloggs, 29, a software engineer": the age set off


def parse_subject(region: str, offset: int) -> Subject:
    """Find the speaker phrase in the text between a clause start and its speech verb."""
    m_aux = TRAILING_AUX_RE.search(region)
    if m_aux and m_aux.start() > 0:
        region = region[:m_aux.start()]
    region = _without_list_commas(region)
    stripped = region.rstrip()
    low = stripped.lower()
    # "X said A, but on Wednesday told reporters B": the day belongs to the second verb
    bare = TRAILING_WEEKDAY_RE.sub("", low) if low.endswith(WEEKDAY_ENDINGS) else low
    if bare == "" or re.search(r"(?:^|[\s,])(?:and|but)(?:\s+(?:also|then|later|again))?$", bare):
        if bare == "" or not re.search(r"\w", bare[:-3]) or re.search(r"(?:,\s*|\s)(?:and|but)(?:\s+\w+)?$", bare):
            return Subject(None, offset + len(region), coordinated=True)
    given = GIVEN_NAME_RE.search(stripped) if " as " in stripped else None   # "who gave his name only as Vitaly"
    if given is not None:
        word = given.group(1)
        return Subject(NP("name", word, offset + given.start(1), offset + given.end(1), word, strength=3),
                       offset + given.start(1))
    m_whose = re.search(r"([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)*)\s+whose\s+(\w+)\s*$", stripped)
    if m_whose and m_whose.group(2).lower() in lexicon().unnamed_heads:
        name = f"{m_whose.group(2)} of {m_whose.group(1)}"
        np = NP("unnamed", m_whose.group(0), offset + m_whose.start(), offset + m_whose.end(), name,
                title=m_whose.group(2), organisation=m_whose.group(1))
        return Subject(np, offset + m_whose.start())
    if re.search(r"(?:,\s*|\s)(?:who|which)$", low):
        before = re.sub(r"\s*(?:,|\s[—–])?\s*(?:who|which)$", "", stripped, flags=re.I)   # (", who", " – who")
        before = re.sub(r",\s+who\s+[^,]*?\s+and$", "", before)    # "X, who runs a foundation and who says"
        segs = split_segments(_without_party_tags(before), offset)   # ("Mike Johnson, R-La., who")
        if segs:
            seg, o = segs[-1]
            place = re.search(r"\s+of\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*$", seg)
            if place and seg[:place.start()].split()[-1][:1].isupper():
                seg = seg[:place.start()]   # "Zelensky of Ukraine" (not "the presence of Boris Pistorius")
            np = parse_np(seg, o)
            if np and np.kind == "title" and len(segs) > 1 and (named := parse_np(*segs[-2])) is not None \
                    and named.kind == "name":
                np = named      # "Dmytro Kuleba, Ukraine’s foreign minister, who": the name the role is set off after
            if np and np.kind in ("name", "institution"):
                return Subject(np, np.start, relative=True)
        return Subject(None, offset + len(region), relative=True)
    # keep the last clause: "..., but a senior US official said"
    cut, stop = 0, len(region)
    if FRAME_PARTICIPLE_RE.match(region) and (comma := region.find(", ")) >= 0 and region[comma + 2:].strip(" ,"):
        cut = comma + 2     # a participle's phrase frames the subject: "Speaking alongside X and Y, the Prime Minister"
    relative_end = -1   # where a set-off relative clause closes: its own "but" cuts nothing
    for m in CLAUSE_CUT_RE.finditer(region, cut):
        word = m.group(0).strip(" ,;:").lower()
        after = region[m.end():]
        if _inside_quotation(region, m.start()) or m.start() < relative_end:
            continue    # "the author of “Neutral Ground: Gulf Mediation and the Ukraine War,”", "X, who
            # travelled to Ankara but did not attend the talks, said"
        if word == "and" and not re.match(r"(?:(?:the|a|an|two|three|several|some)\b|[A-Z])", after) \
                and not re.fullmatch(r"(?:[a-z]+\s+){1,4}(?:he|she|they)\s*", after):
            continue    # (but "..., and earlier this month he said": a clause of its own)
        if word == "and" and (after[:1].isupper() or OTHERS_AFTER_AND_RE.match(after)) \
                and NAMED_COMPLEMENT_END_RE.search(region, 0, m.start()):
            continue  # inside a name: "the Federal Agency for Maritime and River Transport said", or a
            # list: "the leaders of Britain, France, Germany and several other countries"
        if word == "and" and _coordinated_name_part(region[:m.start()], after):
            continue  # one name: "the Food and Drug Administration", "Portugal’s Foreigners and Borders Service"
        if word == "and" and re.match(r"(?:a|an|the)\s|[A-Z]", after) and region.rstrip().rstrip("”\"").endswith(",") \
                and "," in region[:m.start()] and not m.group(0).lstrip().startswith(","):
            continue  # a second role in an appositive: "X, a fellow at Y and a former ambassador, said"
        if word in ("who", "which", "whose") and ("," in after or m.group(0).startswith(",") and re.search(
                r"\s[—–]\s.*\s[—–]\s*$", after)) or (
                word == "where" and m.group(0).startswith(",") and after.rstrip().endswith(",")
                and after.count(",") == 1):
            if word == "who" and m.group(0).startswith(",") and "," in after:
                relative_end = m.end() + after.index(",")
            continue  # a parenthetical relative clause: "X, who served as ..., said", "X, speaking in
            # New York, where he was attending the General Assembly, said"
        if word == "who" and m.start() > cut and (not region[m.start():m.end()].lstrip().startswith(",")
                                                  or re.match(r"(?:is|was|heads|leads|chairs)\s+\S+\s+\S", after)):
            # a defining one: "A diplomat who spoke on condition of anonymity said"; or a set-off one
            # that no comma closes: "Katie Packer, who is chairman of Our Principles Pac said"
            stop = m.start()
            break
        if word in ("as", "than", "if", "after", "before", "since", "when", "because", "though", "although",
                    "while") and "," in after and not (word == "while" and m.group(0).startswith(",")
                                                       and not re.match(r"\w+ing\b", after)):
            # (but ", while" joins a clause of its own: "A, while an official, who asked not to be named, told";
            # not before a participle: "X, while briefing journalists on Saturday, said")
            # a leading adverbial clause closed by a comma ("As X happened, Y said"), or one inside
            # a set-off phrase ("Two officials, speaking anonymously because they ..., said")
            continue
        cut = m.end()
    if (frame := IMPERSONAL_FRAME_RE.search(region, cut, stop)) is not None:
        cut = frame.end()   # "It was gathered that the ministry had warned": the reporter's frame
    for m in OBJECT_RELATIVE_LEAD_RE.finditer(region, cut, stop):
        rest = region[m.end():stop]
        if "," not in rest.rstrip(" ,") and len(rest.split()) <= 5 and OBJECT_RELATIVE_SUBJECT_RE.match(rest):
            cut = m.end()   # "– an assertion that Ukraine's general staff dismissed as ...": its subject
    kept = region[cut:stop].rstrip().rstrip("—–").rstrip()     # ("Jo Bloggs – who had flown in –")
    segs = split_segments(_without_quoted_titles(_without_party_tags(kept)), offset + cut)
    if not segs:
        return Subject(None, offset + len(region))
    # (a relative clause set off after the speaker names others: "The president, who spoke with
    # President Zelensky, said" is not Zelensky)
    # (and the segments after it but the last are the relative clause's: "Marco Rubio, whose hometown,
    # Miami, is projected ...,"; the last one may be the subject: "In an interview, which airs Tuesday, X")
    relative_at = next((k for k, (s, _) in enumerate(segs) if RELATIVE_SEGMENT_RE.match(s)
                        and not s.rstrip().endswith("name")), len(segs))   # ("who gave only his first name, Dmytro,")
    # (after a person's "who" clause even the last segment is the clause's: "Michael Seaman, who lives
    # outside the state capital, Sacramento, said")
    named_at = relative_at - 1
    if named_at > 0 and AGE_SEGMENT_RE.fullmatch(segs[named_at][0]):
        named_at -= 1   # ("Oksana Melnyk, 34, who ... lives in Swindon, Wilts, said": past the age)
    last_in_clause = bool(0 <= named_at and relative_at < len(segs) - 1 and re.match(r"\s*who\s", segs[relative_at][0], re.I) \
        and (first := parse_np(*segs[named_at])) is not None and first.kind == "name"
        and _only_names_before(segs[named_at][0], first))
    parsed = [(np if np is None or not _is_place_name(np) else None, o)
              for np, o in ((None if k == relative_at or relative_at < k < len(segs) - 1 + last_in_clause
                             else parse_np(s, o), o) for k, (s, o) in enumerate(segs))]
    # (one word set off after "of Lipa City" is the place's region: "Jo Bloggs, 38, of Lipa City, Batangas,")
    parsed = [(None if k > 0 and np is not None and np.kind == "name" and " " not in np.name
               and OF_PLACE_SEGMENT_RE.match(segs[k - 1][0]) else np, o) for k, (np, o) in enumerate(parsed)]
    # (and "of RBC Capital Markets" set off after a name is where the person works: "Mr. Mahaney, of ...,")
    parsed = [(None if k > 0 and np is not None and np.kind == "name" and parsed[k - 1][0] is not None
               and parsed[k - 1][0].kind == "name" and OF_PLACE_SEGMENT_RE.match(segs[k][0]) else np, o)
              for k, (np, o) in enumerate(parsed)]
    last_np = parsed[-1][0]
    if last_np and last_np.kind == "pronoun":
        return Subject(last_np, last_np.start)
    first_np = parsed[0][0]
    if last_np and last_np.kind in ("title", "unnamed") and len(parsed) == 2 \
            and (first_np is None or first_np.kind == "institution" or _is_place_name(first_np)) \
            and not region.rstrip().rstrip("”\"’").endswith(",") and re.match(r"\s*(?:the|a|an)\s", segs[-1][0], re.I):
        # "Nigeria, the spokesperson said, would ...": set off before a described speaker that no
        # comma closes, the first phrase is what was said about, not who said it
        return Subject(last_np, min(parsed[-1][1], last_np.start))
    best, best_key = None, None
    for idx, (np, o) in enumerate(parsed):
        if not np:
            continue
        # "Russia's ambassador to the US, Anatoly Antonov,": the name set off after a role is who it is
        apposed = np.kind == "name" and idx > 0 and parsed[idx - 1][0] is not None \
            and parsed[idx - 1][0].kind == "title"
        # "Ukraine's military intelligence agency (HUR)": the initials in brackets only abbreviate it
        initials = idx > 0 and np.kind == "institution" and _is_acronym(np.text) and parsed[idx - 1][0] is not None \
            and parsed[idx - 1][0].kind in ("institution", "title") and region[:o - offset].rstrip().endswith("(")
        # "The envoy, a former ambassador to Russia,": a description set off after a role describes it
        # ("The council, Taiwan's top agency handling cross-strait affairs," describes the council)
        before = idx - 1 - (idx > 1 and AGE_SEGMENT_RE.fullmatch(segs[idx - 1][0]) is not None)   # (past "29")
        prev = parsed[before][0] if idx > 0 else None
        described = prev is not None and (
            np.kind == "unnamed" and np.text.lower().startswith(("a ", "an ")) and prev.kind in ("title", "name")
            or np.kind in ("title", "unnamed") and prev.kind == "institution" and idx == 1
            and region.rstrip().endswith(",")   # (set off: not "The Chinese delegation, the official said,")
            # "A spokesperson for Sumar, the junior partner in the government,": it describes Sumar
            or np.kind == "title" and prev.kind == "unnamed" and re.search(r"\s(?:for|of|at|with)\s+[A-Z]", prev.text) is not None)
        # "Jo Bloggs, clad in a cape that formed the name Trump,": a name inside a participle's phrase
        # set off after the speaker is its object
        inside_participle = idx > 0 and np.kind == "name" and PARTICIPLE_SEGMENT_RE.match(segs[idx][0]) is not None
        # "carried by the Jordan News Agency, Petra, the ministry said": a one-word name set off after a
        # body is that body's name, when someone else follows it
        body_name = 0 < idx < len(parsed) - 1 and np.kind == "name" and " " not in np.name \
            and BODY_HEAD_END_RE.search(segs[idx - 1][0]) is not None
        # "Jo Bloggs, a lecturer at the University of Ghana, Legon,": a name set off after a named
        # person's description is where that description's body is
        body_place = idx >= 2 and np.kind == "name" and parsed[idx - 2][0] is not None \
            and parsed[idx - 2][0].kind == "name" and DESCRIBED_AT_BODY_RE.match(segs[idx - 1][0]) is not None \
            and not _is_first_name_word(np.name.split()[0])
        not_the_speaker = inside_participle or body_name or body_place
        key = (np.strength + apposed - 2 * initials - 2 * described - 2 * not_the_speaker, idx)
        if best_key is None or key > best_key:
            best, best_key = (np, o), key
    if not best:
        return Subject(None, offset + len(region))
    np, o = best
    roles = [p for p, _ in parsed if p and p is not np and p.kind in ("title", "unnamed") and p.title]
    return Subject(np, min(o, np.start), roles=roles)


def _only_names_before(segment: str, np: NP) -> bool:
    """The segment is the name phrase alone ("The Rev. Michael Seaman"), not a clause ending in one."""
    seg = segment.strip()
    if not seg.endswith(np.text):
        return False
    return all(w[:1].isupper() or w.lower() in lexicon().title_words for w in seg[:len(seg) - len(np.text)].split())


LOOSE_CUT_RE = re.compile(r"\s(?:of|from|at|for|with|who|whose|which|that|familiar|involved|close|in|on|"
                          r"during|after|before|as|while|when|to|about)\b|\s[—–-]\s|\(")
LOOSE_DETERMINERS = frozenset("a an the one another two three four several some many most".split())
LOOSE_PLURAL_DETERMINERS = frozenset("two three four several some many most".split())
LOOSE_STOP = frozenset("he she they it we i you his her their its our my your this these those there not no "
                       "is was are were be been has have had will would could can may might should must did does "
                       "do and or but if".split())


def loose_np(text: str, offset: int = 0) -> NP | None:
    """The speaker phrase right next to a quotation and its verb, where parse_np knows no head noun
    ("said a 2008 campaign veteran", "said Jo Bloggs of a small polling firm", "the 43-year-old said").
    Only for that position: a quotation, a speech verb and this phrase leave no other reading."""
    lead = len(text) - len(text.lstrip())
    body = text[lead:].rstrip(" ,")
    cut = LOOSE_CUT_RE.search(body)
    head = body[:cut.start()].rstrip(" ,") if cut else body
    if not head:
        return None
    if cut is not None and body.lower().endswith(tuple(r for r in lexicon().role_synonyms if " of " in r)) \
            and (whole := parse_np(body, offset + lead)) is not None and whole.kind == "title":
        return whole    # "the Argentine head of state": a role word that runs on past its "of"
    np = parse_np(head, offset + lead)
    if np is not None:
        return np
    toks = [t for t in tokens(head, offset + lead) if t.text not in "“”\"‘’"]
    if len(toks) < 2 or len(toks) > 6 or toks[0].low not in LOOSE_DETERMINERS:
        return None
    if any(t.low in LOOSE_STOP or not re.match(r"[\w’'\-]+$", t.text) for t in toks[1:]):
        return None
    if toks[-1].low in LOOSE_DETERMINERS or toks[-1].text.endswith(("’s", "'s")):
        return None
    plural = toks[0].low in LOOSE_PLURAL_DETERMINERS
    definite = toks[0].low == "the"
    base = offset + lead
    name = head[toks[1].start - base:toks[-1].end - base]
    return NP("title" if definite and not plural else "unnamed", head[toks[0].start - base:toks[-1].end - base],
              toks[0].start, toks[-1].end, name, gender="p" if plural else "", title=toks[-1].bare,
              strength=1)


def _lead_tokens(s: str, o: int) -> list[_Tok]:
    """Tokens up to the first lowercase word that cannot be in a title: enough to read a leading name."""
    out = []
    title_words = lexicon().title_words
    for m in WORD_RE.finditer(s, 0, min(len(s), 120)):
        t = _Tok(m.group(), m.start() + o, m.end() + o)
        out.append(t)
        if len(out) > 1 and t.text[0].islower() and t.low not in title_words and t.low not in NAME_PARTICLES \
                and not _is_title_word(t):
            break
    return out


def _apposed_role(segment: str, offset: int) -> tuple[str | None, str | None]:
    """The title and organisation of a role set off after a name ("the president of Ukraine")."""
    if not segment.startswith(("the ", "a ", "an ")):
        return None, None
    np = parse_np(segment, offset)
    return (np.title, np.organisation) if np is not None and np.kind in ("title", "unnamed") else (None, None)


def _opens_with_role_or_pronoun(segment: str) -> bool:
    """"the chancellor chose ...", "he chose ...": a main clause whose subject stands for someone named before."""
    words = segment.split()[:3]
    if not words:
        return False
    if words[0] in ("he", "she"):
        return True
    return words[0] == "the" and any(w.strip(",").lower() in lexicon().title_words for w in words[1:3])


# a short label that opens a paragraph ("Driving the news:", "Behind the scenes:", "The big picture:")
LABEL_RE = re.compile(r"[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,4}:\s+(?=[A-Z“\"])")


LABEL_OPENERS = frozenset("the what why how where who yes zoom flashback between behind beyond go reality "
                          "context background meanwhile".split())


def label_end(text: str, start: int, end: int) -> int:
    """Where a sentence's text starts after a label that opens it (else `start`)."""
    m = LABEL_RE.match(text, start, end)
    first = m.group().split()[0].rstrip(":").lower() if m else ""
    capitals = m is not None and sum(c.isalpha() for c in m.group()) > 3 and m.group().rstrip(": ").isupper()
    if not (first in NON_NP_STARTERS or first in LABEL_OPENERS or first.endswith("ing") or len(first) == 1
            or capitals):   # ("KYIV IS WATCHING:", a newsletter's section label in capitals)
        return start    # "Clinton seemed irritated: “A”" is a clause, its subject a name
    if any(w.strip("’'") in lexicon().verb_forms for w in m.group().split()[1:]
                        if not m.group().startswith("What")):
        return start    # "Putin said: ..." introduces a quotation ("What they're saying:" is a label)
    return m.end()


# a person introduced after the verb: "Among them was Oleksandra Mykhailenko, a refugee who ..."
INVERTED_INTRO_RE = re.compile(r"(?:Among\s+[^,.;“”\"]{1,60}?|Also\s+(?:there|present|among\s+them)|One\s+of\s+them)"
                               r"\s+(?:was|were|is)\s+(?=[A-Z])")


BODY_INITIALS_RE = re.compile(r"(?<=[a-z])\s\([A-Z][A-Z&]{1,7}\)(?=\s+[a-z])")


def _past_named_body(toks: list[_Tok], i: int) -> int:
    """Past a body's capitalised name and the title after it ("Judiciary Committee Chairman"), else i."""
    org_words = lexicon().org_words
    k = i
    while k < len(toks) and k - i < 5 and toks[k].bare[:1].isupper() and not _is_title_word(toks[k]):
        k += 1
    if k - i < 2 or toks[k - 1].bare not in org_words or k >= len(toks) or not _is_title_word(toks[k]):
        return i
    if not toks[k].text[:1].isupper() and (toks[k].low in PREPOSITIONS or not (
            k + 1 < len(toks) and name_run_end(toks, k + 1) > k + 1)):
        return i    # ("People Power Party leader Kim Gi-hyeon": a lowercase title only before a name)
    while k < len(toks) and _is_title_word(toks[k]):
        k += 1
    return k


def _remit_before_title(toks: list[_Tok], i: int) -> bool:
    """"Infrastructure" in "Ukraine's Infrastructure Minister Oleksandr Kubrakov": a capitalised
    word (not a first name) right before a title word, with more of the phrase after it."""
    t = toks[i]
    return (i + 2 < len(toks) and t.bare[:1].isupper() and _is_title_word(toks[i + 1]) and toks[i + 1].bare[:1].isupper()
            and not _is_first_name(t))


LEADING_DISCOURSE_RE = re.compile(r"(?:But|And|Yet|Still),?\s+(?=for\s)")


def _lower_descriptor_end(toks: list[_Tok]) -> int:
    """After an opening phrase, the lower-case nouns that describe the person named next ("pensioner",
    "retired teacher"): where the name starts, or 0 when no full name follows them."""
    L = lexicon()
    d = 0
    while d < min(3, len(toks)) and toks[d].text.isalpha() and toks[d].text.islower() \
            and not toks[d].low.endswith(("ed", "ing", "ly")) and toks[d].low not in L.verb_forms \
            and toks[d].low not in PREPOSITIONS and toks[d].low not in DETERMINERS and toks[d].low not in NON_NP_STARTERS:
        d += 1
    return d if d and d < len(toks) and name_run_end(toks, d) - d >= 2 else 0


def leading_name(sentence: str, offset: int, possessor: bool = False) -> NP | None:
    """The person a narration sentence opens with ("Lavrov doubled down on ...", "Yesterday, Sir Keir
    Starmer hosted ...": a time that opens it first is skipped, and so is a label). With `possessor`,
    the owner of a thing the sentence opens with ("Mr. Carney’s remarks came ...") is that person."""
    if ":" in sentence[:40] and (skip := label_end(sentence, 0, len(sentence))):
        sentence, offset = sentence[skip:], offset + skip
    if (intro := INVERTED_INTRO_RE.match(sentence)) is not None:
        sentence, offset = sentence[intro.end():], offset + intro.end()
    if (discourse := LEADING_DISCOURSE_RE.match(sentence)) is not None:    # "But for Dr Jo Bloggs, an economist, ..."
        sentence, offset = sentence[discourse.end():], offset + discourse.end()
        sentence = sentence[:1].upper() + sentence[1:]
    lead = cue_re().match(sentence) if sentence[:1].isupper() and opens_with_cue_word(sentence) else None
    if lead is not None and re.match(r",?\s", sentence[lead.end():lead.end() + 2]):
        skip = len(sentence) - len(sentence[lead.end():].lstrip(" ,"))
        sentence, offset = sentence[skip:], offset + skip
    # a body's initials in brackets before the title ("People Power Party (PPP) leader Kim") are
    # blanked, not cut, so offsets stay and the phrase stays one segment
    segs = split_segments(BODY_INITIALS_RE.sub(lambda m: " " * len(m.group()), sentence[:300]), offset)
    possessed = opener = False
    for k, (s, o) in enumerate(segs[:4]):
        toks = _strip_leading(_lead_tokens(s, o))
        if not toks:
            continue
        if k == 0 and toks[0].low in ("when", "after", "as", "once") and len(segs) > 1 and len(toks) > 2 \
                and _opens_with_role_or_pronoun(segs[1][0].lstrip()):
            j = name_run_end(toks, 1)   # "When Friedrich Merz stepped in front of the cameras ..., the
            if j - 1 >= 2:              # chancellor chose his words": the sentence is about him
                run = toks[1:j]
                return _name_np(run)
        if k == 0 and toks[0].text == "For" and len(segs) > 1 and (segs[1][0].lstrip()[:1].islower()
                                                                   or segs[1][0].strip().isdigit()):   # ("For X, 44, a")
            j = name_run_end(toks, 1)   # "For Camille Roux, a historian, the refusal is deliberate": her view
            if j - 1 >= 2 and j == len(toks):
                run = toks[1:j]
                return _name_np(run)
        if toks[0].low in NON_NP_STARTERS or toks[0].low.endswith(("ing", "ly")) \
                or len(toks) == 1 and toks[0].bare.rstrip(".") in lexicon().regions:
            continue    # (a state after its town: "In Portsmouth, N.H., on Tuesday, ...")
        i = _lower_descriptor_end(toks) if k > 0 else 0    # "In Vienna, pensioner Gertrude Hofbauer heats ..."
        while i < len(toks) and (_is_title_word(toks[i]) or _is_nationality(toks[i]) or toks[i].low == "the"
                                 or (toks[i].bare[:1].isupper() and toks[i].bare in lexicon().org_words)
                                 or _remit_before_title(toks, i)):
            i += 1
        i = _past_named_body(toks, i)   # "Judiciary Committee Chairman Chuck Grassley"
        if i + 1 < len(toks) and (sum(c.isupper() for c in toks[i].text) >= 2 or toks[i].bare in lexicon().regions) \
                and (_is_title_word(toks[i + 1]) or is_honorific(toks[i + 1])):
            # ("Vermont Sen. Bernie Sanders": a state before the title)
            i += 1      # "AfD co-leader Tino Chrupalla", "NATO chief Mark Rutte": initials, then the title
            while i < len(toks) and _is_title_word(toks[i]):
                i += 1
        j = name_run_end(toks, i)
        if i < j < len(toks) and _is_title_word(toks[j]) and toks[j].low not in PREPOSITIONS \
                and not toks[j - 1].text.endswith(("’s", "'s")):
            k2 = j
            while k2 < len(toks) and _is_title_word(toks[k2]) and toks[k2].low not in PREPOSITIONS:
                k2 += 1
            if (j2 := name_run_end(toks, k2)) > k2:
                i, j = k2, j2   # "Former Labour leader Jeremy Corbyn": a party or body before the title
        if k == 0 and i == 0 and j == 1 and len(toks) > 1 and len(s.split()) <= 4 and toks[1].low in PREPOSITIONS \
                and len(segs) > 1:
            opener = True   # an opening phrase: "Closer to home, Prime Minister X defended ..."
            continue
        if opener and k == 1 and j == len(toks):
            return None     # (but "Along with her husband, Milton Berg, a money manager, she": his name is apposed)
        if j > i:
            run = toks[i:j]
            if j < len(toks) and toks[j].bare[:1].isupper() and toks[j].low in lexicon().institution_heads:
                return None     # "The Scottish Refugee Council welcomed ...": a body's name, not a person's
            if j < len(toks) and toks[j].text in ("’s", "'s") or run[-1].text.endswith(("’s", "'s")):
                after = j + 1 if j < len(toks) and toks[j].text in ("’s", "'s") else j
                if possessor and after < len(toks) and toks[after].text.islower() \
                        and toks[after].low not in lexicon().title_words:
                    # "Mr. Carney’s remarks came a day after ...": the topic is he (`possessor`)
                    return _name_np(run)
                possessed = True  # "Stubb's counterpart, Alar Karis, agreed": the apposed name, if any
                continue
            if j - i == 1 and run[0].bare.rstrip(".") in lexicon().regions:
                continue          # "at a rally in Beaumont, Tex., Mr. Trump was just as blunt"
            if possessed and j < len(toks):
                return None       # after "X's counterpart," only a whole segment is the apposed name
            if not clean_person_name(run):
                possessed = True  # "Deputy Minister of Defence Maj. Gen. (retd) Aruna Jayasekara": ranks
                continue          # only, the name is set off after them
            title, org = _role_from(toks[:i])
            if title is None and j == len(toks) and k + 1 < len(segs):
                title, org = _apposed_role(*segs[k + 1])   # "Taras Lysenko, the president of Ukraine, met"
            return _name_np(run, title, org)
        # (parse_np only for a short phrase with a title word that another phrase follows: it is dear)
        words = s.split()
        role = parse_np(s, o) if not possessed and len(segs) > 1 and len(words) <= 8 and (words[0] in (
            "The", "A", "An", "His", "Her", "Their", "Its") or words[0].endswith(("’s", "'s"))) and any(
            w.lower() in lexicon().title_words for w in words) else None
        if k == 0 and len(segs) > 1 and 2 <= len(words) <= 4 and words[0] in ("His", "Her", "Their") \
                and all(w.islower() for w in words[1:]):
            possessed = True      # "His cofounder, Iryna Bondar, puts it more bluntly": the apposed name
            continue
        if role is not None and role.kind in ("title", "unnamed") and role.end - o >= len(s.rstrip()):
            possessed = True      # "The government spokesman, Zoltan Kovacs, rejected ...", "Ukraine's foreign
            # minister, Dmytro Kuleba, was blunter": the apposed name
            continue
        return _titled_name_before_verb(s, o, _strip_leading(tokens(s[:200], o))) if k == 0 and not possessed else None
    return None


def _titled_name_before_verb(s: str, o: int, toks: list[_Tok]) -> NP | None:
    """A long title before a name and its verb: "Main opposition Constitutional Democratic Party of
    Japan leader Yoshihiko Noda criticized ..." (parse_np reads the phrase up to the name)."""
    if len(toks) < 4 or not any(_is_title_word(t) for t in toks[1:12]) or toks[0].low in lexicon().pronouns:
        return None     # (not "She declined to say whether Foreign Minister X had spoken")
    j = 1
    while j < min(len(toks), 12):
        e = name_run_end(toks, j)
        if e > j and e < len(toks) and _is_narration_verb(toks[e].text):
            np = parse_np(s[:toks[e - 1].end - o], o)
            return np if np is not None and np.kind == "name" and np.title else None
        j = max(e, j + 1)
    return None


def _is_narration_verb(word: str) -> bool:
    """A past verb, or a present speech verb, as it opens a narration sentence's predicate
    ("thanked", "led", "says"); never a plural noun ("Russia's military successes")."""
    L = lexicon()
    return word in L.irregular_pasts or word in ("has", "had", "was", "is", "also", "then", "later") \
        or (len(word) > 3 and word.isalpha() and word.islower() and (word.endswith("ed") or word in L.verb_forms))


def leading_role(sentence: str, offset: int) -> NP | None:
    """The role or body a narration sentence opens with, right before its verb ("Ukraine's
    president thanked the leaders", "The Kremlin dismissed both"): a later "he" or "its" may
    stand for it."""
    toks = _lead_tokens(sentence, offset)
    if len(toks) < 3 or not (toks[0].low == "the" or (_is_nationality(toks[0]) and toks[0].text.endswith(("’s", "'s")))):
        return None
    i = 1
    while i < len(toks) - 1 and (_is_title_word(toks[i]) or _is_nationality(toks[i]) or toks[i].bare[:1].isupper()):
        i += 1
    if i == 1 or not _is_narration_verb(toks[i].text):
        return None     # "The governor of Kharkiv", "The Republican convention": not a bare role
    np = parse_np(sentence[:toks[i - 1].end - offset], offset)
    if np is not None and (np.kind == "institution" or np.kind == "title" and _is_title_word(toks[i - 1])):
        return np
    return None


# ---------------------------------------------------------------- resolution

_TRANSLIT = [(re.compile(r"(?:iy|yy|ii|ij|yi|i)$"), "y"), (re.compile(r"ei$"), "ey"), (re.compile(r"kh"), "h"),
             (re.compile(r"ck"), "k"), (re.compile(r"ts"), "c"), (re.compile(r"(.)\1"), r"\1")]


@functools.lru_cache(maxsize=4096)
def name_key(word: str) -> str:
    """A transliteration-insensitive key: Zelensky/Zelenskyy/Zelenskiy, Dmitri/Dmitry, Sergei/Sergey."""
    w = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()
    w = re.sub(r"[^a-z]", "", w)
    for rx, rep in _TRANSLIT:
        w = rx.sub(rep, w)
    return w


def person_key(name: str) -> tuple[str, str]:
    words = name.split()
    if not words:
        return ("", "")
    return (name_key(words[0]) if len(words) > 1 else "", name_key(words[-1]))


CAP_RUN_RE = re.compile(r"(?:Mr|Mrs|Ms|Dr)?\.?[ \t]*[A-Z][\w’'\-]*\.?(?:[ \t]+(?:(?:" + "|".join(sorted(NAME_PARTICLES))
                        + r")[ \t]+){0,2}[A-Z][\w’'\-]*\.?)+")


def full_names_in(text: str) -> list[tuple[int, str, str]]:
    """Every person-like name of two or more words in the text: (offset, name, gender); not the
    capitalised words of a quoted title ("a column entitled “Why X Is More Important Than Electing Obama”")."""
    out = []
    titles = _quoted_title_spans(text)
    for m in CAP_RUN_RE.finditer(text):
        if titles and any(a <= m.start() < b for a, b in titles):
            continue
        toks = tokens(m.group(), m.start())
        i = 0
        while i < len(toks):
            j = name_run_end(toks, i)
            if j > i:
                run = toks[i:j]
                before = toks[i - 1].low if i > 0 else " ".join(text[max(0, m.start() - 5):m.start()].split()[-1:])
                if before in ("of", "for", "to"):
                    run = run[_name_after_remit(run, 0, len(run)):]
                real = [t for t in run if not is_honorific(t) and len(t.bare) > 1 and t.text.lower() not in NAME_PARTICLES]
                if len(real) >= 2 and not any(t.bare in lexicon().org_words for t in run):
                    out.append((run[0].start, clean_person_name(run), gender_of(run)))
                i = j
            else:
                i += 1
    return out


QUOTED_SPAN_RE = re.compile(r"“[^“”\n]{1,200}”|\"[^\"\n]{1,200}\"")


def _quoted_title_spans(text: str) -> list[tuple[int, int]]:
    """Quoted spans in Title Case: a small word capitalised after the first ("Than", "Of", "Is"),
    which running speech never does."""
    spans = []
    for m in QUOTED_SPAN_RE.finditer(text):
        words = re.findall(r"[A-Za-z][\w’'-]*", m.group())
        if len(words) >= 4 and any(w[0].isupper() and w.lower() in lexicon().quote_continuers for w in words[1:]):
            spans.append(m.span())
    return spans


@functools.lru_cache(maxsize=4)
def body_full_names(text: str) -> tuple[int, list[tuple[int, str, str]]]:
    """full_names_in of the body (after the Title Case headline line), with the body's offset; cached,
    as both the extractor and the resolver read it for the same article."""
    body_start = text.find("\n") + 1 if "\n" in text else 0
    # (not from a line that names no one: "Follow Trend on Telegram")
    boilerplate = boilerplate_re(nameless=True)
    body = re.sub(r"[^\n]+", lambda m: " " * len(m.group()) if boilerplate.match(m.group()) else m.group(),
                  text[body_start:])
    return body_start, full_names_in(body)


@functools.lru_cache(maxsize=1)
def _title_re() -> re.Pattern:
    from .lexicon import trie_regex
    titles = [t for t in lexicon().titles if t not in ("leader", "head", "chief", "member", "representative")]
    return re.compile(rf"\b{trie_regex(titles)}\b", re.I)


PLACE_BEFORE_RE = re.compile(r"([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})(?:[’']s)?\s+(?:(?:top|chief|acting|former|then-)\s+)?$")


def _place_of(prefix: str) -> str:
    """'Ukraine’s ' / 'Ukrainian ' / 'the Ukrainian ' -> 'ukraine'; other capitalised words -> lowercase."""
    m = PLACE_BEFORE_RE.search(re.split(r"\n|[.!?:;]\s", prefix[-60:])[-1])   # (not a caption's "Photo: X Presidency")
    if not m:
        return ""
    words = m.group(1).split()
    while words and words[0].lower() in ("the", "then", "former", "acting", "top", "but", "and", "said"):
        words = words[1:]
    if not words:
        return ""
    phrase = " ".join(words)
    L = lexicon()
    for country, adj in L.countries.items():
        if phrase in (country, adj):
            return country.lower()
    if len(words) == 1 and (words[0].lower() in L.title_words or words[0].lower() in DETERMINERS):
        return ""
    return phrase.lower()


def role_signature(text: str) -> tuple[str, str] | None:
    """(place, title) of a role description: 'Ukraine’s foreign minister' -> ('ukraine', 'foreign minister')."""
    m = None
    for m in _title_re().finditer(text):
        pass
    if m is None or text[m.end():].strip(" ,.’'s"):
        return None
    return _place_of(text[:m.start()]), m.group().lower()


# a lone name described as a person right after it: "Serhiy, a 34-year-old infantryman", "Olena, 34,"
PERSON_DESCRIPTION_AFTER_RE = re.compile(r",\s+(?:(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:\d+-year-old|man|woman|mother|"
                                         r"father|grandmother|grandfather|farmer|teacher|soldier|student|nurse|"
                                         r"doctor|resident|volunteer|pensioner|widow|veteran)\b|\d{1,3},)")
INDEFINITE_COMPLEMENT_RE = re.compile(r"\b(?:of|at|in|with)\s+(?:a|an)\s+\w", re.I)
ROLE_REMIT_RE = re.compile(r"\s+(?:to|in|of)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}(?=,\s)")
FORMER_WORD_RE = re.compile(r"\b(?:former|ex-|onetime|one-time|then-)", re.I)
FORMER_BEFORE_RE = re.compile(FORMER_WORD_RE.pattern + r"\s*$", re.I)


def role_links(text: str, names=None) -> list[tuple[tuple[str, str], str]]:
    """Where an article says outright who holds a role: 'foreign minister Dmytro Kuleba',
    'Ukraine’s foreign minister, Dmytro Kuleba,' and 'Dmytro Kuleba, Ukraine’s foreign minister'."""
    out = []
    for m in _title_re().finditer(text):
        after = text[m.end():m.end() + 120]
        remit = ROLE_REMIT_RE.match(after)     # ("Ukraine’s ambassador to Australia, Vasyl Myroshnychenko,")
        after = after[remit.end():] if remit else after
        sep = re.match(r"(,\s+|\s+)", after)
        if not sep:
            continue
        if sep.group().startswith(",") and not re.search(r"\b(?:the|[A-Z]\w*[’']s|[A-Z]\w*)\s+(?:\w+\s+){0,2}$",
                                                         text[max(0, m.start() - 40):m.start()]):
            continue
        if FORMER_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()):
            continue        # "Former President Dmitry Medvedev" does not hold the role now
        toks = tokens(after[sep.end():])
        j = name_run_end(toks, 0)
        real = [t for t in toks[:j] if not is_honorific(t) and len(t.bare) > 1]
        if len(real) < 2 or any(t.bare in lexicon().org_words for t in toks[:j]):
            continue
        if sep.group().startswith(",") and j < len(toks) and toks[j].text not in (",", ".", ";", ")"):
            continue        # "the minister, Dmytro Kuleba and ..." is a list, not an apposition
        out.append(((_place_of(text[:m.start()]), m.group().lower()), clean_person_name(toks[:j])))
    # Name, [the|Place’s] title,
    for off, full, _g in (full_names_in(text) if names is None else names):
        tail = text[off:off + 160]
        mm = re.match(r"[^,]{0,60}?,\s+((?:the\s+)?[^,.;]{0,50}?)\s*[,.;]", tail)
        if not mm or len(mm.group(1).split()) > 6 or APPOSITION_NOT_ROLE_RE.match(mm.group(1)):
            continue    # ("Diana Mondino, who accompanied the President,": not her role)
        if FORMER_WORD_RE.search(mm.group(1)):
            continue    # ("Mira Holt, a former prime minister,": no longer her role)
        name_text = tail[:tail.find(",")]
        if person_key(clean_person_name(tokens(name_text))) != person_key(full):
            continue
        sig = role_signature(mm.group(1))
        if sig is not None:
            out.append((sig, full))
    return out


APPOSITION_NOT_ROLE_RE = re.compile(r"(?:who|whose|which|where|when|while|as|after|before|and|but)\b|(?!acting\b)\w+(?:ed|ing)\b")
# "Mr. Putin's spokesman": the owner's name before the possessive
OWNER_NAME_RE = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*?)[’']s\s+[a-z]")


@dataclass
class _Known:
    record: SpeakerRecord
    gender: str
    pos: int


class SpeakerResolver:
    """Resolves mentions in reading order for one article."""

    def __init__(self, article, registry: list[SpeakerRecord]):
        self.article = article
        self.registry = registry
        self.by_id: dict[str, _Known] = {}
        self.salience: list[tuple[int, str]] = []   # (position, speaker id)
        self.name_index: dict[str, list[tuple[int, str]]] = {}
        text = article.text or ""
        body_start, names = body_full_names(text)   # the headline is Title Case: not names
        self._lower_words: set[str] | None = None
        self.first_name_index: dict[str, list[str]] = {}     # (in text order: a set's order varies by run)
        for off, full, _g in names:
            off += body_start
            first, last = person_key(full)
            self.name_index.setdefault(last, []).append((off, full))
            if first and not _inside_quotation(text, off):   # (not "Chicago" of “Sunflowers on Chicago Avenue”)
                fulls = self.first_name_index.setdefault(first, [])
                if full not in fulls:
                    fulls.append(full)
        self.new_records: dict[str, SpeakerRecord] = {}
        # titles this article gives each speaker, registry ones too ("First Deputy Foreign Minister
        # Andrii Sybiha ... the diplomat noted"); they name them in this article only
        self.text_titles: dict[str, list[str]] = {}
        self._body_start = body_start
        self._full_names = names
        self._role_links: list | None = None      # read on first need: most articles never ask
        self._titles_by_person: dict | None = None

    # -- records
    def _registry_person(self, name: str) -> SpeakerRecord | None:
        first, last = person_key(name)
        for rec in self.registry:
            if rec.kind != "person":
                continue
            for n in [rec.name] + list(rec.aliases):
                f2, l2 = person_key(n)
                if l2 == last and (not first or not f2 or f2 == first or f2[:3] == first[:3]):
                    return rec
        return None

    def _registry_named(self, name: str, kind: str) -> SpeakerRecord | None:
        low = name.lower()
        for rec in self.registry:
            if rec.kind == kind and (rec.name.lower() == low or low in (a.lower() for a in rec.aliases)):
                return rec
        return None

    def _get(self, name: str, kind: str, gender: str, pos: int, registry_rec: SpeakerRecord | None) -> str:
        if registry_rec is not None:
            sid = registry_rec.id
            if sid not in self.by_id:
                self.by_id[sid] = _Known(registry_rec, gender, pos)
            return sid
        sid = slugify(name)
        if sid not in self.by_id:
            rec = SpeakerRecord(id=sid, name=name, kind=kind, status="machine")
            self.by_id[sid] = _Known(rec, gender, pos)
            self.new_records[sid] = rec
        elif gender and not self.by_id[sid].gender:
            self.by_id[sid].gender = gender
        return sid

    def _add_role(self, sid: str, title: str | None, organisation: str | None) -> None:
        if title:
            self.text_titles.setdefault(sid, []).append(title)
        if not title or sid not in self.new_records:
            return
        rec = self.new_records[sid]
        title = title.strip()
        if any(r.title.lower() == title.lower() and r.organisation == organisation for r in rec.roles):
            return
        rec.roles.append(Role(title=title, organisation=organisation, seen_in=self.article.stem,
                              since=self.article.published))

    # -- mentions
    def is_common_word(self, word: str) -> bool:
        """A capitalised word that also appears in lowercase in the article ("Hours later, ...")."""
        if self._lower_words is None:
            self._lower_words = set(re.findall(r"\b[a-z]+\b", self.article.text or ""))
        return word.lower() in self._lower_words

    def person(self, np: NP) -> str | None:
        name = np.name
        if not name.strip():
            return None     # (honorifics and ranks with no name: "Maj. Gen.")
        words = [w for w in name.split() if w.lower() not in NAME_PARTICLES]   # "von der Leyen"
        if len(words) == 1:
            full = self._expand_surname(words[0], np.start)
            if full is not None and name_key(words[0]) not in self.name_index \
                    and PERSON_DESCRIPTION_AFTER_RE.match(self.article.text or "", np.end):
                full = None     # "Dmitri, a 29-year-old engineer, told ...": someone new, not Dmitry Peskov
            if full is None and self.is_common_word(words[0]) and self._registry_person(name) is None:
                return None
            name = full or name
        reg = self._registry_person(name)
        if reg is None and len(name.split()) == 1:
            # a surname on its own may still be a speaker already seen under a full name
            for sid, known in self.by_id.items():
                if known.record.kind == "person" and person_key(known.record.name)[1] == person_key(name)[1]:
                    reg = known.record
                    break
        if reg is None:
            first, last = person_key(name)
            for sid, known in self.by_id.items():
                f2, l2 = person_key(known.record.name)
                if known.record.kind == "person" and l2 == last and (not f2 or f2 == first):
                    reg = known.record
                    break
        if reg is None and len(words) >= 2:
            reg = self._named_in_full(name)
        sid = self._get(name, "person", np.gender, np.start, reg)
        if reg is not None and reg.id in self.new_records and len(name.split()) > len(reg.name.split()):
            reg.name = name
        title = np.title
        if title is None and (first := np.text.split(maxsplit=1)[0].rstrip(".").lower()) in lexicon().abbreviated_titles:
            title = lexicon().abbreviated_titles[first]     # "Sen. Thom Tillis": a senator
        self._add_role(sid, title, np.organisation)
        return sid

    def _named_in_full(self, name: str) -> SpeakerRecord | None:
        """"Þorgerður Katrín said" after "Þorgerður Katrín Gunnarsdóttir": the one person already
        spoken of whose longer name begins with these names (Icelandic and Iberian copy shortens a
        name from its end)."""
        keys = [name_key(w) for w in name.split()]
        found = [known.record for known in self.by_id.values() if known.record.kind == "person"
                 and len(full := known.record.name.split()) > len(keys)
                 and [name_key(w) for w in full[:len(keys)]] == keys
                 # (not a name that ran into a headline's verb: "Zoe Saldana Responds To ...")
                 and not any(self.is_common_word(w) or w.lower() in lexicon().verb_forms for w in full[len(keys):])]
        return found[0] if len(found) == 1 else None

    def _expand_surname(self, surname: str, pos: int) -> str | None:
        """The full name this surname stands for: the last one before it, else the first after."""
        entries = self.name_index.get(name_key(surname))
        if not entries:
            # the name's first word when one full name starts with it: a family name written first
            # ("Mao Ning ... Mao said"), or a first name used alone ("Mykola Kovalenko ... Mykola")
            fulls = self.first_name_index.get(name_key(surname), ())
            return next(iter(fulls)) if len({person_key(f) for f in fulls}) == 1 else None
        k = bisect.bisect_right(entries, (pos, "\uffff")) - 1
        return entries[k][1] if k >= 0 else entries[0][1]

    def resolve(self, np: NP | None, pos: int) -> str | None:
        if np is None:
            return None
        if np.kind == "name":
            sid = self.person(np)
            if sid is None:
                return None
        elif np.kind == "institution" and " " not in np.name and (sid := self._known_surname(np.name)) is not None:
            pass    # "Montenegro said" after "Prime Minister Luís Montenegro": the person, not the country
        elif np.kind == "institution":
            named = self._named_institution_before(np.name, np.start)
            if named is not None:
                np = named
            reg = self._registry_named(np.name, "institution")
            sid = self._body_antecedent(np, pos) or self._get(np.name, "institution", "p", np.start, reg)
        elif np.kind == "pronoun" and np.name == "we" and not _inside_quotation(self.article.text or "", np.start):
            return None     # "We remind that ...", "We note that ...": the outlet or the authors, in narration
        elif np.kind == "pronoun":
            sid = self._styled_name(np, pos) or self._name_where(np.gender, pos) \
                or self._antecedent(np.gender, pos, group_only=np.name == "one of them") or self._name_before(np.gender, pos)
        elif np.kind == "title":
            sid = (self._document_author(np, pos) or self._described_source(np, pos)
                   or self._latest(self._linked_role(np), self._title_antecedent(np, pos), pos)
                   or self._registry_role(np) or self._described_person(np, pos)
                   or self._private_person_described(np, pos) or self._unnamed(self._owned(np, pos)))
        else:
            sid = ((self._linked_role(np) if np.gender != "p" else None) or self._group_antecedent(np, pos)
                   or self._quantifier_antecedent(np, pos) or self._unnamed(self._owned(np, pos)))
        if sid:
            self.note(sid, pos)
        return sid

    def _known_surname(self, word: str) -> str | None:
        """The person already spoken of whose surname is `word`, if exactly one."""
        key = person_key(word)[1]
        found = {sid for sid, known in self.by_id.items()
                 if known.record.kind == "person" and " " in known.record.name and person_key(known.record.name)[1] == key}
        return next(iter(found)) if len(found) == 1 else None

    def _registry_role(self, np: NP) -> str | None:
        """"Ukraine's foreign minister said" with the name only later ("..., said Dmytro Kuleba"):
        the one registry person holding that role there, when the article names them too and
        the role's dates, if any, hold at publication."""
        sig = role_signature(np.text)
        if sig is None or not sig[0] or np.text.split()[0].lower() in ("a", "an", "one", "another"):
            return None
        place, title = sig
        text, published = self.article.text or "", self.article.published
        holders = {rec.id: rec for rec in self.registry if rec.kind == "person" and any(
            role.title.lower() == title and place in ((role.country or "").lower(), (role.organisation or "").lower())
            and (published is None or role.held_on(published))
            for role in rec.roles)}
        if len(holders) != 1:
            return None
        rec = next(iter(holders.values()))
        names = [rec.name] + list(rec.aliases)
        if not any(person_key(n)[1] and re.search(rf"\b{re.escape(n.split()[-1])}\b", text) for n in names):
            return None     # the article never names them: the role may have changed hands
        return self._get(rec.name, "person", "", np.start, rec)

    def _document_author(self, np: NP, pos: int) -> str | None:
        """"The statement added that ...": the speaker who, just before, spoke in that very
        document ("Gazprom said in a statement ... The statement added")."""
        head = (np.title or "").lower()
        if head not in lexicon().carrier_nouns or not np.text.split()[-1].islower():
            return None     # "The Post" is a newspaper
        text = self.article.text or ""
        for p, sid in reversed(self.salience):
            if p > pos:
                continue
            if np.start - p > DOCUMENT_REACH:
                return None
            if re.search(rf"\b(?:a|an|the|its|his|her|their)\s+(?:\w+\s+)?{re.escape(head)}\b", text[p:np.start], re.I) \
                    or head in ("post", "tweet", "message") and PLATFORM_WRITING_RE.search(text, p, np.start):
                return sid      # ("Trump wrote on Truth Social that ... “A,” the post read")
        return None

    def _group_antecedent(self, np: NP, pos: int) -> str | None:
        """"one of the sources", "the officials": the group the article described just before
        ("three sources familiar with the discussions")."""
        words = np.text.lower().split()
        definite = words[:1] == ["the"] or (len(words) > 2 and words[1:3] == ["of", "the"])
        head = (np.title or "").lower()
        if not definite or not head:
            return None
        for p, sid in reversed(self.salience):
            rec = self.by_id[sid].record
            named = rec.name.lower().split()
            # the group's own head noun: "Israeli officials", "sources familiar with the effort"
            if p <= pos and rec.kind == "unnamed" and head in named[:2] + named[-1:]:
                return sid
        return None

    def _quantifier_antecedent(self, np: NP, pos: int) -> str | None:
        """"Another said", "Others warned": more of the people the article described last
        ("One European diplomat said ... Another said"), when they were the last to speak."""
        if np.name not in lexicon().member_subjects:
            return None
        last = next((sid for p, sid in reversed(self.salience) if p <= pos), None)
        rec = self.by_id[last].record if last is not None else None
        if rec is None or rec.kind != "unnamed" or rec.name.lower() in lexicon().quantifier_subjects:
            return None
        return last

    def _named_institution_before(self, head: str, pos: int) -> NP | None:
        """'the ministry', 'the agency': the organisation the article last named with that word
        ("Russia's Foreign Ministry", "the International Atomic Energy Agency"), if any."""
        if head.lower() not in lexicon().institution_heads:
            return None
        text = self.article.text or ""  # from the top: a headline may name it too
        for match in reversed(list(re.finditer(rf"\b{re.escape(head)}\b", text[:pos], re.I))):
            after = NAME_AFTER_HEAD_RE.match(text, match.end()) if match.group()[0].islower() else None
            if after is not None and not _inside_quotation(text, match.start()) \
                    and text.count("\n", match.end(), pos) <= 2:     # (this paragraph or the one before)
                # "the independent rights group OVD-Info said ... the group said": the name after the head
                return _inst_np(tokens(after.group(1), after.start(1)), after.group(1))
            described = DESCRIBED_BODY_RE.search(text, max(0, match.start() - 120), match.start())
            if described is not None and (body := parse_np(described.group(1), described.start(1))) is not None \
                    and body.kind == "institution":
                return body     # "Oregon Friends of Ukraine, a volunteer group, said ... the group": the body described
            window = max(0, match.end() - 150)
            words = _organisation_name_ending(tokens(text[window:match.end()], window))
            complement = _of_complement(text, match.end())
            if len(words) + len(complement) < 2:
                continue  # another bare mention
            named = _institution(words + complement)
            if named is None and complement and words[-1].bare[:1].isupper():
                named = _inst_np(words + complement, " ".join(t.text for t in words + complement))
            if named is not None and named.name.lower() != head.lower():
                return named
        return None

    def _linked_role(self, np: NP) -> str | None:
        """A bare role ("Ukraine’s foreign minister") that the article ties to one name elsewhere
        ("foreign minister Dmytro Kuleba", "Ukraine’s foreign minister, Dmytro Kuleba,")."""
        sig = role_signature(np.text)
        country = _country_of(np.organisation) if sig is None and np.title else None
        if country and np.text.split()[0].lower() not in ("a", "an", "one", "another"):
            # "China's special envoy for Eurasian affairs": the head of the title, in its country
            low = np.text.lower()   # ("the Argentine head of state": a role of several words)
            sig = (country.lower(), next((role for role in lexicon().role_synonyms if " " in role and low.endswith(role)),
                                         np.title.lower().split()[-1]))
        if sig is None or not self._links():
            return None
        place, title = sig
        if np.text.split()[0].lower() in ("a", "an", "one", "another"):
            return None     # "a foreign minister": someone not yet identified
        if FORMER_WORD_RE.search(np.text):
            return None     # the links name who holds a role now, not "the former prime minister"
        # ("the Belgian premier" after "Belgian prime minister X": with its country, a title its synonyms
        # answer to; not a bare one, "the diplomat", nor a generic role word such as "leader")
        titles = {title} | (set(lexicon().role_synonyms.get(title, ())) if place and title != "leader" else set())
        names = {}
        for (lplace, ltitle), full in self._role_links:
            if ltitle in titles and (lplace == place or not lplace or not place):
                names.setdefault(person_key(full), full)
        if len(names) != 1:
            return None
        full = next(iter(names.values()))
        if not place and not any(off < np.start and person_key(f) == person_key(full) for off, f, _g in self._full_names):
            return None     # a bare "the minister" is not one the article only names later
        person_np = NP("name", np.text, np.start, np.end, full, "", title, place or None, strength=3)
        return self.person(person_np)

    def _links(self) -> list:
        """The article's (place, title) -> full name links, read on first need."""
        if self._role_links is None:
            text = self.article.text or ""
            self._role_links = role_links(text[self._body_start:], self._full_names) + self._headline_links(text)
        return self._role_links

    def _linked_titles(self, name: str) -> list[str]:
        """The titles the article gives a person by name ("President Cyril Ramaphosa")."""
        if self._titles_by_person is None:
            self._titles_by_person = {}
            for (_, title), full in self._links():
                self._titles_by_person.setdefault(person_key(full), []).append(title)
        return self._titles_by_person.get(person_key(name), [])

    def _headline_links(self, text: str) -> list:
        """Roles a headline in sentence case gives a person the body names in full ("..., envoy Li
        Hui says after European tour"): a lede may give the role first and the name later."""
        headline = text[:self._body_start]
        words = [w for w in headline.split() if w[:1].isalpha()]
        if not words or sum(w[0].isupper() for w in words) * 2 > len(words):
            return []       # a headline in Title Case names no one reliably
        named = {person_key(full) for _off, full, _g in self._full_names}
        return [(sig, full) for sig, full in role_links(headline) if person_key(full) in named]

    def _owned(self, np: NP, pos: int) -> NP:
        """"his spokesman", "Mr. Putin's spokesman", "Putin's spokesman": one unnamed person, named
        after the owner's full name ("Vladimir Putin's spokesman"), whichever way the text says it."""
        owner = self._owner(np.text, pos)
        if owner is None:
            return np
        role = re.sub(r"^(?:his|her|their|its|.+?[’']s?)\s+", "", np.text, count=1, flags=re.I)
        return replace(np, name=f"{owner.name}'s {role}", organisation=owner.name.split()[-1])

    def _owner(self, text: str, pos: int) -> SpeakerRecord | None:
        pronoun = re.match(r"(his|her|its)\s+\w", text, re.I)
        if pronoun:     # the last person of that gender, or organisation, spoken of before
            word = pronoun.group(1).lower()
            kind, gender = ("institution", "") if word == "its" else ("person", "m" if word == "his" else "f")
            for p, sid in reversed(self.salience):
                known = self.by_id[sid]
                if p <= pos and known.record.kind == kind and (not gender or known.gender in ("", gender)):
                    return known.record
            return None
        named = OWNER_NAME_RE.match(text)
        if named is None or _country_of(named.group(1)) or named.group(1) in lexicon().capitals \
                or not all(_is_name_text(w) for w in named.group(1).split()):
            return None
        surname = person_key(named.group(1))[1]
        for known in self.by_id.values():
            if known.record.kind == "person" and person_key(known.record.name)[1] == surname:
                return known.record
        return self._registry_person(named.group(1))

    def _latest(self, one: str | None, other: str | None, pos: int) -> str | None:
        """Of two speakers a role may stand for, the one spoken of last before pos ("Foreign Office
        spokesperson X said ... A State Department spokesperson said ... the spokesperson said")."""
        if one is None or other is None or one == other:
            return one or other
        last = {sid: p for p, sid in self.salience if p <= pos}
        return other if last.get(other, -1) > last.get(one, -1) else one

    def _unnamed(self, np: NP) -> str:
        reg = self._registry_named(np.name, "unnamed")
        sid = self._get(np.name, "unnamed", np.gender, np.start, reg)
        return sid

    def note(self, sid: str, pos: int) -> None:
        self.salience.append((pos, sid))

    def note_subject(self, np: NP) -> str | None:
        """A person a narration sentence opens with becomes a candidate antecedent."""
        if np.kind == "institution":  # "The Kremlin dismissed both. Its spokesman said ..."
            return self.resolve(np, np.start)
        if np.kind == "unnamed":    # "A friend in Moscow, a software engineer, sent me ...": someone new
            sid = self._unnamed(np)
            if sid:
                self.note(sid, np.start)
            return sid
        if np.kind == "title":  # only a role someone known holds: "The Republican nominee" may be
            # the person just named, by a role the text never gave them, so it never starts a new speaker
            sid = (self._described_source(np, np.start) or self._linked_role(np)
                   or self._title_antecedent(np, np.start) or self._registry_role(np))
            if sid is None and INDEFINITE_COMPLEMENT_RE.search(np.text):
                sid = self._unnamed(np)     # "the commander of a drone unit": someone new, unnamed
            if sid:
                self.note(sid, np.start)
            return sid
        name = np.name
        if len(name.split()) == 1 and not HONORIFIC_START_RE.match(np.text) and not np.title:
            # ("Mr Reyes", "President Trump" are people)
            full = self._expand_surname(name, np.start)
            known = any(person_key(k.record.name)[1] == person_key(name)[1] for k in self.by_id.values())
            # ("Sergei, a passenger from Moscow, ...", "Lula himself has kept ...": a listed first name
            # that is no place names a person)
            described = PERSON_DESCRIPTION_AFTER_RE.match(self.article.text or "", np.end) is not None or (
                _is_first_name_word(name) and not _is_place_name(np))
            if not full and not known and not described and self._registry_person(name) is None:
                return None     # (but "Serhiy, a 34-year-old infantryman, ..." is a person)
        sid = self.person(np)
        if sid:
            self.note(sid, np.start)
        return sid

    def _antecedent(self, gender: str, pos: int, group_only: bool = False) -> str | None:
        """The last speaker a pronoun can stand for; `group_only`: a group or an institution
        ("one of them"), never a lone person."""
        fallback = None
        for p, sid in reversed(self.salience):
            if p > pos:
                continue
            known = self.by_id[sid]
            plural = known.record.kind == "institution" or known.gender == "p"
            if gender == "p":
                if plural:
                    return sid
            elif not plural and (not gender or known.gender in ("", gender)) and known.record.kind != "institution":
                return sid      # a description without gender ("the 39-year-old") takes either
            if fallback is None and (gender == "p" or known.record.kind == "person"):
                fallback = sid
        return None if group_only else fallback

    def _body_antecedent(self, np: NP, pos: int) -> str | None:
        """"the organization", "the alliance": the last body that spoke before pos."""
        words = np.text.lower().split()
        narrow = lexicon().narrow_body_anaphors.get(words[-1])
        if len(words) > 2 or (words[-1] not in lexicon().body_anaphors and narrow is None) \
                or words[0] not in ("the", words[-1]):
            return None
        for p, sid in reversed(self.salience):
            record = self.by_id[sid].record
            if p <= pos and record.kind == "institution":
                fits = narrow is None or record.name.isupper() or record.name.lower().split()[-1] in narrow
                return sid if fits else None     # ("the FBI ... the agency": initials name agencies too)
        return None

    def _styled_name(self, np: NP, pos: int) -> str | None:
        """A lone style ("His Royal Highness underlined") is the person the text last named with it
        ("His Royal Highness Prince Salman bin Hamad Al Khalifa")."""
        if np.text[:1] != "H" or np.text.split()[0] not in ("His", "Her"):
            return None
        text = self.article.text or ""
        style = re.escape(np.text).replace(r"\ ", r"\s+")
        for m in reversed(list(re.finditer(rf"\b{style}\s+", text[:np.start]))):
            named = [(off + self._body_start, full, g) for off, full, g in self._full_names
                     if 0 <= off + self._body_start - m.end() <= 12]    # (past a rank: "Prince", "King")
            if named:
                off, full, g = named[0]
                return self.person(NP("name", full, off, off + len(full), full, g, strength=3))
        return None

    def _name_where(self, gender: str, pos: int) -> str | None:
        """"remarks by Treasury Secretary Janet Yellen in Stresa, where she said": the person named just
        before a "where" or "when" clause whose pronoun (of the name's own gender) is the subject."""
        if gender not in ("m", "f"):
            return None
        text = self.article.text or ""
        last = next(((off + self._body_start, full, g) for off, full, g in reversed(self._full_names)
                     if off + self._body_start < pos), None)    # (the last full name before the pronoun)
        if last is None:
            return None
        off, full, g = last
        between = text[off + len(full):pos]
        if g == gender and len(between) < 120 and re.search(r",\s+(?:where|when)\s+$", between) \
                and not re.search(r"[.!?]\s", between) and not _inside_quotation(text, off):
            return self.person(NP("name", full, off, off + len(full), full, g, strength=3))
        return None

    def _name_before(self, gender: str, pos: int) -> str | None:
        """A personal pronoun with no speaker or subject before it: the last full person name the body
        text gives before it, of a compatible gender ("Senator Jo Bloggs stretched the truth when she …")."""
        if gender not in ("m", "f"):
            return None
        for off, full, g in reversed(self._full_names):
            off += self._body_start
            if off < pos and g in ("", gender) and not _inside_quotation(self.article.text, off):
                # (not a name inside a quoted title: her memoir, “Sunflowers on Chicago Avenue”)
                return self.person(NP("name", full, off, off + len(full), full, g, strength=3))
        return None

    def _described_person(self, np: NP, pos: int) -> str | None:
        """"the farmer", "the teacher" (a word no list has as a title): the person last spoken of whose
        mention the text describes with that word's stem ("Petro ... who has farmed here", "Oksana
        Bilyk teaches literature")."""
        head = (np.title or np.name or "").lower().split()[-1:]
        if not head or head[0] not in lexicon().occupations or not np.text.lower().startswith("the "):
            return None
        root = re.sub(r"(?:er|or|ist|man|woman)$", "", head[0])
        stem = re.compile(rf"\b{re.escape(root if len(root) >= 4 else head[0])}\w*", re.I)
        text = self.article.text or ""
        seen: list[str] = []
        for p, sid in reversed(self.salience):     # the last few people spoken of
            if p <= pos and sid not in seen and self.by_id[sid].record.kind == "person":
                seen.append(sid)
        for sid in seen[:8]:
            words = [w for w in self.by_id[sid].record.name.split() if len(w) > 2]
            mention = re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b") if words else None
            for at in (mention.finditer(text, 0, pos) if mention else ()):
                for m in stem.finditer(text, max(0, at.start() - 100), min(pos, at.end() + 250)):
                    if not _inside_quotation(text, m.start()):
                        return sid
        return None

    def _private_person_described(self, np: NP, pos: int) -> str | None:
        """"Bohdan Kravets, 67, ... “...,” Kravets said. / The retired machinist said ...": a definite
        description by age or trade, which no list holds as a role, is the person without a role whom
        the text has just spoken of (in this paragraph or the one before), as a pronoun would be."""
        m = PRIVATE_DESCRIPTION_RE.fullmatch(np.text)
        family = FAMILY_DESCRIPTION_RE.fullmatch(np.text) is not None
        if not family and (not m or not (m.group(1) or m.group(2) in lexicon().occupations)):
            return None
        last = self._just_spoken_of(pos)
        if last is None:
            return None
        rec = self.by_id[last].record
        if rec.kind != "person" or " " not in rec.name or not family and (rec.roles or self.text_titles.get(last)):
            return None     # (an official is spoken of by their role: "the minister")
        return last

    def _just_spoken_of(self, pos: int) -> str | None:
        """The last speaker or person spoken of before pos, in its paragraph or the one before."""
        text = self.article.text or ""
        since = text.rfind("\n\n", 0, max(0, text.rfind("\n\n", 0, pos)))
        at, last = next(((p, sid) for p, sid in reversed(self.salience) if p <= pos), (-1, None))
        return None if last is None or at < since else last

    def _described_source(self, np: NP, pos: int) -> str | None:
        """"the first senior administration official": the unnamed source spoken of before with
        every one of those words ("a senior administration official"), not the nearer person
        who merely shares the head ("Daniel Okafor, a former Pentagon official")."""
        head = (np.title or np.name or "").lower().split()[-1:]
        modifiers = _role_modifiers(np.text, head[0]) if head else set()
        paragraph_start = (self.article.text or "").rfind("\n\n", 0, pos)
        for p, sid in reversed(self.salience):
            if p > pos:
                continue
            rec = self.by_id[sid].record
            near = p > paragraph_start
            if not modifiers and head and near and rec.kind != "unnamed" and head[0] in self.text_titles.get(sid, []):
                break       # someone nearer holds that title
            if rec.kind != "unnamed":
                continue
            words = rec.name.lower().split()
            if modifiers and words[-1:] == head and modifiers <= set(words):
                return sid
            if not modifiers and head and near and words[:1] == head:
                return sid  # "A spokesman for the Operational Command said ... The spokesman said"
        return None

    def _title_antecedent(self, np: NP, pos: int) -> str | None:
        L = lexicon()
        head = (np.title or np.name).lower().split()[-1] if (np.title or np.name) else ""
        if head == "diplomat" and re.search(r"\b(?:top|chief)\s+diplomat\b", np.text, re.I):
            head = "top diplomat"
        diplomacy = HEAD_OF_DIPLOMACY_RE.search(np.text)   # "the head of Italian diplomacy"
        if diplomacy:
            head = "top diplomat"
        whole = np.name.lower() in L.role_synonyms     # "the Head of State" is one role word
        head = np.name.lower() if whole else head
        wanted = L.role_synonyms.get(head, (head,))
        bodies = L.role_bodies.get(head, ())
        complement = None if whole or diplomacy else re.search(r"\b(?:of|for)\s+(.+)$", np.name)
        need = set(re.findall(r"[a-z]{3,}", complement.group(1).lower())) - {"the"} if complement else set()
        need -= L.home_polities     # "the President of the Republic": the president named before
        country = _country_of(np.organisation)
        former = FORMER_WORD_RE.search(np.text) is not None
        # "the Republican nominee" is not the Democratic one: a proper adjective in the title must be theirs too
        need |= {w.lower() for w in (np.title or "").split()[:-1]
                 if w[:1].isupper() and len(w) > 2 and _country_of(w) is None}
        if np.organisation and country is None and _is_name_text(np.organisation) and not whole:
            # "Putin's spokesman" is not a spokesman for someone else named before
            need |= set(re.findall(r"[a-z]{3,}", np.organisation.lower()))
        seen = set()
        for p, sid in reversed(self.salience):
            if p > pos or sid in seen:
                continue
            seen.add(sid)
            rec = self.by_id[sid].record
            if _other_country(rec, country):
                continue    # "the Estonian leader" is not the Finnish president named before
            # a person's name is no title ("the pope" is not Amy Pope); a description's is
            named = [] if rec.kind == "person" else [rec.name]
            published = self.article.published
            roles = rec.roles if former or published is None else [r for r in rec.roles if r.held_on(published)]
            linked = self._linked_titles(rec.name) if rec.kind == "person" else []   # (a title in narration)
            titles = " ".join(named + [r.title for r in roles] + self.text_titles.get(sid, []) + linked).lower()
            words = titles + " " + " ".join(r.organisation or "" for r in roles).lower()
            if need and not need <= set(re.findall(r"[a-z]{3,}", words)):
                continue
            if head in L.state_roles and roles and all(r.organisation and _country_of(r.organisation) is None
                                                       for r in roles):
                continue    # "the head of state" is no party's president
            # the head is what they are, not where: "the Post" is no editor at the Post
            if former and self._holds_now(rec, wanted):
                continue    # "the former prime minister" is not the prime minister named before
            if any(re.search(rf"\b{re.escape(w)}\b", titles) for w in wanted):
                return sid
            if bodies and any(b in words for b in bodies) and rec.kind == "person":
                return sid      # "the diplomat": the foreign ministry's spokeswoman named before
        if former:
            return self._former_holder(wanted, pos)
        if head == "leader" or head == "official" and country:   # ("the Moldovan official": the one named before)
            for p, sid in reversed(self.salience):
                rec = self.by_id[sid].record
                if p <= pos and rec.kind == "person" and not _other_country(rec, country):
                    return sid
        return None

    def _holds_now(self, rec: SpeakerRecord, wanted) -> bool:
        """The article, or the registry at publication, gives them one of these titles as theirs now."""
        published = self.article.published
        now = [t.lower() for t in self._linked_titles(rec.name)] + [
            r.title.lower() for r in rec.roles if r.seen_in is None and (published is None or r.held_on(published))]
        return rec.kind == "person" and any(re.search(rf"\b{re.escape(w)}\b", t) for w in wanted for t in now)

    def _former_holder(self, wanted, pos: int) -> str | None:
        """"António Costa announced ... “A,” the former Portuguese prime minister told RTP": with no one
        named before as having held the role, the person just spoken of (in this paragraph or the one
        before), whom the role describes, unless they hold it now."""
        last = self._just_spoken_of(pos)
        if last is None:
            return None
        rec = self.by_id[last].record
        return last if rec.kind == "person" and not self._holds_now(rec, wanted) else None

    def record(self, sid: str) -> SpeakerRecord:
        return self.by_id[sid].record


# words before a role's head that do not say which one it is
_NOT_MODIFIERS = frozenset({"the", "this", "that", "first", "second", "third", "other", "same", "latter",
                            "former", "then", "top", "veteran", "new"})


def _role_modifiers(text: str, title: str) -> set[str]:
    """The lowercase words before a role's title that say which one it is: "the first senior
    administration official" -> {senior, administration}; "the Ukrainian foreign minister" -> {}."""
    at = text.lower().rfind(title) if title else -1
    return set(re.findall(r"\b[a-z]{3,}\b", text[:at])) - _NOT_MODIFIERS if at > 0 else set()


def _inside_quotation(text: str, pos: int) -> bool:
    """Whether pos follows an opening quotation mark in its paragraph that has not closed yet."""
    para = text.rfind("\n", 0, pos) + 1
    before = text[para:pos]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _country_of(word: str | None) -> str | None:
    """A country's adjective for a country or nationality word ("Estonia", "Estonian"), else None."""
    if not word:
        return None
    countries = lexicon().countries
    word = _strip_possessive(word)
    if word in countries:
        return countries[word]
    return word if word in _nationalities() else None


@functools.lru_cache(maxsize=1)
def _nationalities() -> frozenset[str]:
    return frozenset(lexicon().countries.values())


def _other_country(rec: SpeakerRecord, country: str | None) -> bool:
    """Whether the record's roles tie it to countries, none of them `country`."""
    if country is None:
        return False
    # a role in an organisation that is no country ("president of the European Council") is not one there
    theirs = {_country_of(r.country) or _country_of(r.organisation) or ("" if r.organisation else None)
              for r in rec.roles} - {None}
    return bool(theirs) and country not in theirs


# ---------------------------------------------------------------- across articles

def unify_key(name: str) -> tuple[str, str]:
    """`person_key` after dropping honorifics, initials, suffixes and possessives:
    'Mr. Dmitri S. Peskov' and 'Dmitry Peskov' give the same key; a lone surname gives ('', surname)."""
    L = lexicon()
    words = []
    for w in name.split():
        bare = _strip_possessive(w.strip(",;:()“”\"")).rstrip(".")
        if not bare or bare.lower() in L.honorifics or bare in NAME_SUFFIXES or len(bare) == 1:
            continue
        words.append(bare)
    return person_key(" ".join(words))


def _alias_form(name: str) -> str:
    return " ".join(name.replace(".", ". ").split()).casefold()


def unify_speakers(results, registry):
    """Give the same person found in different articles one speaker id (a corpus-level step).

    `results` is one `(statements, new speakers)` pair per article, as `extract_article` returns
    them. People are grouped by `unify_key` (first + last name, transliteration-, initial- and
    honorific-insensitive); a registry name or alias wins over everything; a lone surname joins the
    one full-name person with that surname in the corpus or the registry, only when there is exactly
    one. Each group's records are merged (aliases: every variant seen; roles: union), named after the
    registry record, else its most frequent full form (ties alphabetical). Statements are rewritten to
    the group id. Pure, deterministic and independent of article order; speakers found in the
    registry are left out of the per-article speaker lists, as `extract_article` does.
    """
    from dataclasses import replace

    registry = list(registry or [])
    reg_by_id = {r.id: r for r in registry}
    reg_alias: dict[str, set[str]] = {}
    reg_key: dict[tuple[str, str], set[str]] = {}
    reg_surname: dict[str, set[str]] = {}
    for r in registry:
        for n in [r.name] + list(r.aliases):
            reg_alias.setdefault(_alias_form(n), set()).add(r.id)
            if r.kind == "person":
                k = unify_key(n)
                if k[0]:
                    reg_key.setdefault(k, set()).add(r.id)
                    reg_surname.setdefault(k[1], set()).add(r.id)

    # every (article, record) and how many statements use it
    members: list[tuple[int, SpeakerRecord, int]] = []
    for ai, (statements, speakers) in enumerate(results):
        uses: dict[str, int] = {}
        for s in statements:
            uses[s.speaker] = uses.get(s.speaker, 0) + 1
        for rec in speakers:
            members.append((ai, rec, uses.get(rec.id, 0)))

    def registry_match(rec: SpeakerRecord) -> str | None:
        hits = set()
        for n in [rec.name] + list(rec.aliases):
            hits |= {i for i in reg_alias.get(_alias_form(n), ()) if reg_by_id[i].kind == rec.kind}
        if hits:
            return min(hits)
        if rec.kind != "person":
            return None
        for n in [rec.name] + list(rec.aliases):
            ids = reg_key.get(unify_key(n), set())
            if len(ids) == 1:
                return next(iter(ids))
        return None

    stems = [next((s.article for s in statements), str(ai)) for ai, (statements, _) in enumerate(results)]
    first_names = {name_key(n) for n in lexicon().male_names | lexicon().female_names}
    # group keys: ("reg", id) | ("person", first, last) | ("alone", id, article) | ("id", id)
    full_keys: dict[str, set[tuple]] = {}   # surname key -> full-name groups with it
    for r_ids in reg_surname.items():
        surname, ids = r_ids
        full_keys.setdefault(surname, set()).update(("reg", i) for i in ids)
    first_pass: dict[int, tuple] = {}
    for mi, (_ai, rec, _n) in enumerate(members):
        reg = registry_match(rec)
        if reg is not None:
            first_pass[mi] = ("reg", reg)
            continue
        if rec.kind == "person":
            k = unify_key(rec.name)
            if k[0]:
                first_pass[mi] = ("person",) + k
                full_keys.setdefault(k[1], set()).add(("person",) + k)
                continue
            if k[1] in first_names:
                # "Serhiy, a 34-year-old infantryman": someone named only by a first name is this
                # article's, never merged with another article's Serhiy
                first_pass[mi] = ("alone", rec.id, stems[_ai])
                continue
            if k[1]:
                first_pass[mi] = ("surname", k[1])
                continue
        first_pass[mi] = ("id", rec.id)
    group_of: dict[int, tuple] = {}
    for mi, g in first_pass.items():
        if g[0] == "surname":
            cands = full_keys.get(g[1], set())
            g = next(iter(cands)) if len(cands) == 1 else ("person", "", g[1])
        group_of[mi] = g

    # merge each group's records
    by_group: dict[tuple, list[int]] = {}
    for mi, g in group_of.items():
        by_group.setdefault(g, []).append(mi)
    merged: dict[tuple, SpeakerRecord] = {}
    taken: set[str] = set(reg_by_id)
    alone_ids: dict[str, int] = {}
    for g in by_group:
        if g[0] == "alone":
            alone_ids[g[1]] = alone_ids.get(g[1], 0) + 1
    for g in sorted(by_group, key=lambda g: tuple(str(x) for x in g)):
        mis = sorted(by_group[g], key=lambda mi: (members[mi][1].id, members[mi][1].name, members[mi][0]))
        recs = [members[mi][1] for mi in mis]
        counts: dict[str, int] = {}
        for mi in mis:
            _ai, rec, n = members[mi]
            counts[rec.name] = counts.get(rec.name, 0) + max(n, 1)
        if g[0] == "reg":
            base = reg_by_id[g[1]]
            name, sid, kind = base.name, base.id, base.kind
        else:
            full = {n: c for n, c in counts.items() if len(n.split()) > 1} or counts
            name = sorted(full, key=lambda n: (-full[n], n))[0]
            kind = recs[0].kind
            ids = sorted({r.id for r in recs})
            sid = ids[0] if g[0] in ("id", "alone") else slugify(name)
            if g[0] == "alone" and alone_ids[g[1]] > 1:
                sid = f"{g[1]}-{slugify(g[2])}"     # two articles' Serhiys: each keeps its own page
            if g[0] != "id" and sid in taken:
                sid = next((i for i in ids if i not in taken), sid)
        taken.add(sid)
        aliases = set()
        for r in recs:
            aliases.update(a for a in [r.name] + list(r.aliases) if a and a != name)
        if g[0] == "reg":
            aliases -= set(reg_by_id[g[1]].aliases)
        roles, seen_roles = [], set()
        for r in recs:
            for role in r.roles:
                key = (role.title.lower(), role.organisation or "", role.country or "")
                roles.append((key, str(role.since or ""), role.seen_in or "", role))
        roles.sort(key=lambda x: (x[0], x[1], x[2]))
        kept_roles = []
        for key, _s, _w, role in roles:
            if key not in seen_roles:
                seen_roles.add(key)
                kept_roles.append(role)
        side = next((r.side for r in recs if r.side), None)
        note = next((r.note for r in recs if r.note), None)
        merged[g] = SpeakerRecord(id=sid, name=name, kind=kind, aliases=sorted(aliases), roles=kept_roles,
                                  side=side, status="machine", note=note)

    # rewrite each article
    out = []
    mi = 0
    for statements, speakers in results:
        remap: dict[str, SpeakerRecord] = {}
        for rec in speakers:
            remap[rec.id] = merged[group_of[mi]]
            mi += 1
        new_statements = [replace(s, speaker=remap[s.speaker].id) if s.speaker in remap else s
                          for s in statements]
        by_new_id = {r.id: r for r in remap.values()}
        used, new_speakers = set(), []
        for s in new_statements:
            rec = by_new_id.get(s.speaker)
            if rec is not None and rec.id not in used and rec.id not in reg_by_id:
                used.add(rec.id)
                new_speakers.append(replace(rec, aliases=list(rec.aliases), roles=list(rec.roles)))
        out.append((new_statements, new_speakers))
    return out
