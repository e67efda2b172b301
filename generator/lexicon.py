"""The word lists the extractor uses, loaded once from `generator/lexicon/*.yaml`.

Keeping every list in data files lets a reviewer extend the extractor without reading
code, and keeps the rules in code about English in general, not about any one article.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

LEXICON_DIR = Path(__file__).with_name("lexicon")
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the same data as safe_load, parsed in C


def _load(name: str) -> dict:
    with open(LEXICON_DIR / f"{name}.yaml", encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_LOADER) or {}


def inflect(lemma: str) -> list[str]:
    """Regular English verb forms: base, 3rd person, past, -ing (rule, not a list)."""
    if " " in lemma:    # "express hope": the verb is the first word
        head, rest = lemma.split(" ", 1)
        return [f"{form} {rest}" for form in inflect(head)]
    if lemma.endswith("e"):
        stem = lemma[:-1]
        return [lemma, lemma + "s", lemma + "d", stem + "ing"]
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return [lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"]
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return [lemma, lemma + "es", lemma + "ed", lemma + "ing"]
    return [lemma, lemma + "s", lemma + "ed", lemma + "ing"]


def trie_regex(words) -> str:
    """An alternation as a prefix tree: much faster for Python's re than a flat list of words."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if end else body

    return build(trie)


@dataclass(frozen=True)
class Lexicon:
    verb_forms: dict          # form -> lemma
    tell_lemmas: frozenset
    needs_that: frozenset
    that_only: frozenset
    as_verbs: frozenset
    agent_passive_verbs: frozenset
    speech_act_verbs: dict      # "renew" -> the objects that make it a statement ("appeal", "calls")
    negation_keeps: frozenset
    not_parenthetical: frozenset
    round_attribution: frozenset   # verbs whose inverted attribution a clause runs round
    quote_only: frozenset
    never_inverted: frozenset
    target_verbs: dict
    act_verbs: dict
    act_particles: dict       # lemma -> particles of its act verbs ("call" -> ("for",))
    particle_targets: dict
    clause_ending_participles: tuple
    publication_verbs: tuple
    clause_without_that: frozenset
    object_verbs: frozenset
    carrier_nouns: tuple
    inscription_nouns: tuple  # "banner": what carries words no one is speaking
    media_nouns: tuple
    speech_event_words: tuple
    candour_words: tuple
    authored_nouns: tuple
    put_it_words: tuple
    titles: tuple             # longest first
    role_synonyms: dict       # "spokesman" -> ("spokesperson", "spokesman", "spokeswoman")
    role_bodies: dict         # "diplomat" -> ("foreign affairs", ...)
    state_roles: frozenset    # "head of state": held in a country, not in a party or a company
    home_polities: frozenset  # "republic": "the President of the Republic" is of the country the story is about
    epithet_heads: tuple      # "native": "the Kuala Terengganu native" is the person just spoken of
    title_words: frozenset
    honorific_gender: dict    # "mr" -> "m"
    honorifics: frozenset
    dotted_honorifics: frozenset  # honorifics only when written with their full stop ("Del.")
    abbreviated_titles: dict    # "sen" -> "senator"
    role_acronyms: dict         # "PM" -> "prime minister"
    address_forms: frozenset
    styles_of_address: tuple    # "His Excellency", "HRH": dropped before a name, a pronoun alone
    office_surnames: frozenset
    word_surnames: frozenset    # "West", "North": surnames only after a known first name
    female_names: frozenset
    male_names: frozenset
    pronouns: dict            # "he" -> "m", "she" -> "f", "they" -> "p"
    object_pronouns: dict     # "him" -> "he"
    possessive_pronouns: dict  # "his" -> "he"
    opinion_nouns: tuple      # "In his view, B"
    stance_nouns: tuple       # "X's view was that B"
    institutions_named: tuple
    institution_heads: tuple
    body_kinds: tuple           # "think tank", "rights group": what a body is, before its name
    press_offices: tuple      # "the press service of the ministry": the ministry speaks
    org_words: frozenset
    head_modifiers: frozenset
    unnamed_heads: frozenset
    plural_heads: frozenset
    group_subjects: tuple
    pair_heads: tuple
    body_anaphors: frozenset
    narrow_body_anaphors: dict    # "agency" -> the last words of a body's name it can stand for
    occupations: frozenset
    drop_leading: frozenset
    quantifier_subjects: frozenset
    member_subjects: frozenset
    weekdays: tuple
    months: dict
    stamp_words: frozenset    # "gmt", "pm": what else a line giving only a publication time holds
    holidays: dict            # "new year's eve" -> (12, 31)
    numbers: dict
    occasion_nouns: tuple
    event_nouns: tuple
    event_verbs: dict
    occasion_deictics: frozenset
    countries: dict           # name -> adjective
    capitals: frozenset
    regions: frozenset
    region_prefixes: frozenset
    place_nouns: frozenset
    non_name_words: frozenset
    boilerplate: tuple
    nameless_lines: tuple
    abbreviations: frozenset
    quote_continuers: frozenset = frozenset()
    irregular_pasts: tuple = ()
    possessive_determiners: tuple = ()
    opening_subordinators: tuple = ()
    aside_nouns: tuple = ()
    reporter_participles: tuple = ()
    reporter_participle_objects: tuple = ()
    withheld_verbs: tuple = ()
    withheld_gerunds: tuple = ()
    withheld_objects: tuple = ()
    giving_pasts: tuple = ()
    giving_gerunds: tuple = ()
    time_gaps: tuple = ()
    noun_first_forms: tuple = ()
    conditional_openers: tuple = ()
    agent_participles: tuple = ()
    title_leads: tuple = ()
    audience_heads: tuple = ()
    stated_by_participles: tuple = ()
    vehicle_verbs: tuple = ()
    frame_participles: tuple = ()
    ly_nouns: tuple = ()


# the lists of clause_words.yaml the Lexicon keeps as they are (tuples, in file order)
CLAUSE_WORD_LISTS = ("irregular_pasts", "possessive_determiners", "opening_subordinators", "aside_nouns",
                     "reporter_participles", "reporter_participle_objects", "withheld_verbs", "withheld_gerunds",
                     "withheld_objects", "giving_pasts", "giving_gerunds", "time_gaps",
                     "noun_first_forms", "conditional_openers", "agent_participles", "title_leads",
                     "audience_heads", "stated_by_participles", "vehicle_verbs",
                     "frame_participles", "ly_nouns")


def _act_particles(act_verbs: dict) -> dict:
    """"call for" -> {"call": ("for",)}: the particles of the act verbs that have one."""
    out: dict = {}
    for act in act_verbs:
        head, _, particle = act.partition(" ")
        if particle:
            out[head] = out.get(head, ()) + (particle,)
    return out


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    verbs = _load("speech_verbs")
    forms: dict[str, str] = {}
    for lemma in verbs["verbs"]:
        for form in verbs.get("irregular", {}).get(lemma) or inflect(lemma):
            forms[form] = lemma
    titles = _load("titles")
    # two-word titles are also written hyphenated ("Vice-President", "Prime-Minister")
    written = {t.lower() for t in titles["titles"]}
    title_list = sorted(written | {t.replace(" ", "-") for t in written if t.count(" ") == 1},
                        key=len, reverse=True)
    # (the words of a title, but not a preposition hyphenated inside one: "commander-in-chief")
    title_words = {w for t in written for w in t.replace("-", " ").split() if w not in ("in", "on", "at", "to")} | {
        t for t in title_list if "-" in t} | {m.lower() for m in titles["modifiers"]}
    hon = _load("honorifics")
    gender = {h: "m" for h in hon["male"]} | {h: "f" for h in hon["female"]} | {h: "" for h in hon["neutral"]}
    pro = _load("pronouns")
    pronouns = {p: "m" for p in pro["male"]} | {p: "f" for p in pro["female"]} | {p: "p" for p in pro["plural"]}
    inst = _load("institutions")
    unnamed = _load("unnamed")
    time = _load("time_words")
    places = _load("places")
    clause = _load("clause_words")
    boilerplate = _load("boilerplate")
    return Lexicon(
        verb_forms=forms,
        tell_lemmas=frozenset(verbs.get("tell_verbs", [])),
        needs_that=frozenset(verbs.get("needs_that", [])),
        that_only=frozenset(verbs.get("that_only", [])),
        as_verbs=frozenset(verbs.get("as_verbs", [])),
        agent_passive_verbs=frozenset(verbs.get("agent_passive_verbs", [])),
        speech_act_verbs={k: frozenset(v) for k, v in (verbs.get("speech_act_verbs") or {}).items()},
        negation_keeps=frozenset(verbs.get("negation_keeps", [])),
        not_parenthetical=frozenset(verbs.get("not_parenthetical", [])),
        round_attribution=frozenset(verbs.get("round_attribution", [])),
        quote_only=frozenset(verbs.get("quote_only", [])),
        never_inverted=frozenset(verbs.get("never_inverted", [])),
        # verb -> the words that may open its charge or call ("blamed Kyiv for", "blamed it on")
        target_verbs={v: tuple(w if isinstance(w, list) else [w]) for v, w in verbs.get("target_verbs", {}).items()},
        act_verbs=dict(verbs.get("act_verbs", {})),
        act_particles=_act_particles(verbs.get("act_verbs", {})),
        particle_targets=dict(verbs.get("particle_targets", {})),
        clause_ending_participles=tuple(verbs.get("clause_ending_participles", [])),
        publication_verbs=tuple(verbs.get("publication_verbs", [])),
        clause_without_that=frozenset(verbs.get("clause_without_that", [])),
        object_verbs=frozenset(verbs.get("object_verbs", [])),
        carrier_nouns=tuple(verbs.get("carrier_nouns", [])),
        inscription_nouns=tuple(verbs.get("inscription_nouns", [])),
        media_nouns=tuple(verbs.get("media_nouns", [])),
        speech_event_words=tuple(verbs.get("speech_event_words", [])),
        candour_words=tuple(verbs.get("candour_words", [])),
        authored_nouns=tuple(verbs.get("authored_nouns", [])),
        put_it_words=tuple(verbs.get("put_it_words", [])),
        titles=tuple(title_list),
        role_synonyms={k: tuple(v) for k, v in (titles.get("role_synonyms") or {}).items()},
        role_bodies={k: tuple(v) for k, v in (titles.get("role_bodies") or {}).items()},
        home_polities=frozenset(titles.get("home_polities", [])),
        state_roles=frozenset(titles.get("state_roles", [])),
        epithet_heads=tuple(titles.get("epithet_heads", [])),
        title_words=frozenset(title_words),
        honorific_gender=gender,
        honorifics=frozenset(h.rstrip(".") for h in gender),
        dotted_honorifics=frozenset(h.rstrip(".") for h in hon.get("dotted", [])),
        abbreviated_titles=dict(hon.get("abbreviated_titles", {})),
        role_acronyms=dict(hon.get("role_acronyms", {})),
        address_forms=frozenset(hon.get("address_forms", [])),
        styles_of_address=tuple(sorted(hon.get("styles_of_address", []), key=len, reverse=True)),
        office_surnames=frozenset(hon.get("office_surnames", [])),
        word_surnames=frozenset(hon.get("word_surnames", [])),
        female_names=frozenset(hon["female_first_names"]),
        male_names=frozenset(hon["male_first_names"]),
        pronouns=pronouns,
        object_pronouns=dict(pro.get("object_forms") or {}),
        possessive_pronouns=dict(pro.get("possessive_forms") or {}),
        opinion_nouns=tuple(pro.get("opinion_nouns") or ()),
        stance_nouns=tuple(dict.fromkeys(pro.get("stance_nouns") or ())),
        institutions_named=tuple(sorted(inst["named"], key=len, reverse=True)),
        institution_heads=tuple(sorted(inst["heads"], key=len, reverse=True)),
        body_kinds=tuple(inst.get("body_kinds", [])),
        org_words=frozenset(inst["org_words"]),
        head_modifiers=frozenset(inst.get("head_modifiers", [])),
        press_offices=tuple(inst.get("press_offices", [])),
        unnamed_heads=frozenset(unnamed["heads"]),
        plural_heads=frozenset(unnamed["plural_heads"]),
        group_subjects=tuple(unnamed.get("group_subjects", [])),
        pair_heads=tuple(unnamed.get("pair_heads", [])),
        body_anaphors=frozenset(unnamed.get("body_anaphors", [])),
        narrow_body_anaphors={k: frozenset(v) for k, v in (unnamed.get("narrow_body_anaphors") or {}).items()},
        occupations=frozenset(unnamed.get("occupations", [])),
        drop_leading=frozenset(unnamed["drop_leading"]),
        quantifier_subjects=frozenset(unnamed.get("quantifier_subjects", [])),
        member_subjects=frozenset(unnamed.get("member_subjects", [])),
        weekdays=tuple(time["weekdays"]),
        months={k: int(v) for k, v in time["months"].items()},
        stamp_words=frozenset(time.get("stamp_words", [])),
        holidays={k: (int(v[0]), int(v[1])) for k, v in time.get("holidays", {}).items()},
        numbers={str(k): int(v) for k, v in time["numbers"].items()},
        occasion_nouns=tuple(sorted(time["occasion_nouns"], key=len, reverse=True)),
        event_nouns=tuple(sorted(time["event_nouns"], key=len, reverse=True)),
        event_verbs={noun: tuple(forms) for noun, forms in time.get("event_verbs", {}).items()},
        occasion_deictics=frozenset(time.get("occasion_deictics", [])),
        countries=dict(places["countries"]),
        capitals=frozenset(places["capitals"]),
        regions=frozenset(places.get("regions", [])),
        region_prefixes=frozenset(places.get("region_prefixes", [])),
        place_nouns=frozenset(places.get("place_nouns", [])),
        non_name_words=frozenset(places["non_name_words"]),
        boilerplate=tuple(boilerplate["line_patterns"] + boilerplate["nameless_line_patterns"]),
        nameless_lines=tuple(boilerplate["nameless_line_patterns"]),
        abbreviations=frozenset(_load("abbreviations")["abbreviations"]),
        quote_continuers=frozenset(clause["quote_continuers"]),
        **{name: tuple(clause[name]) for name in CLAUSE_WORD_LISTS},
    )


@functools.lru_cache(maxsize=2)
def boilerplate_re(nameless: bool = False) -> re.Pattern:
    """Lines that are not article prose (boilerplate.yaml), as one pattern; `nameless`: only those
    whose capitals name no one."""
    return re.compile("|".join(f"(?:{p})" for p in (lexicon().nameless_lines if nameless else lexicon().boilerplate)), re.I)
