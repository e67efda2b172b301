"""Stage "resolve dates": when a statement was made, from the cue words that govern it.

`cues_in(text)` finds date expressions; `resolve_cue` turns one into (date, precision, range)
against the publication date. `DateResolver` picks the governing cue for each finding: a cue
in its attribution zone, else the date of the same speaker's previous statement in a run,
else precision "reported" with a window of the seven days before publication (its date is
then the day the story is on when that lies in the window: `extract._on_story_day`).
"""
from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass
from datetime import date, timedelta

from .lexicon import lexicon

REPORTED_WINDOW_DAYS = 7


@dataclass(frozen=True)
class DateResult:
    date: date
    precision: str
    range: tuple[date, date]
    cue: str = ""


def _build_cue_re() -> re.Pattern:
    L = lexicon()
    wd = "|".join(L.weekdays)
    mon = "|".join(sorted(L.months, key=len, reverse=True))
    num = "|".join(sorted(L.numbers, key=len, reverse=True)) + r"|\d+"
    occ = "|".join(re.escape(o) for o in L.occasion_nouns)
    hol = "|".join(re.escape(h).replace("'", "[’']").replace(r"\ ", r"\s+")
                   for h in sorted(L.holidays, key=len, reverse=True)) or "(?!)"
    parts = [
        rf"(?P<rel>(?P<n>{num})\s+(?P<unit>days?|weeks?)\s+(?P<dir>before|after)\s+(?P<who>[A-Z][\w’'\-. ]{{0,40}}?)[’']s?\s+(?:{occ})\b)",
        rf"(?P<ago>(?P<agon>{num})\s+(?P<agou>days?|weeks?|months?|years?)\s+ago\b)",
        # counted from a date the text gave before: "a day earlier", "the same day", "a day after X said"
        rf"(?P<anaph>\b(?:(?P<ann>{num})\s+(?P<anu>days?|weeks?)\s+(?P<andir>earlier|later|after(?!\s+(?-i:[a-z])))|"
        r"(?:on\s+)?the\s+(?P<anday>same|previous|next|following)\s+(?:day|evening|morning|afternoon|night)|"
        r"the\s+day\s+(?P<anbefore>before|after)(?=\s*[,.;]|\s+that\b|\s*$)|(?:on\s+)?that\s+(?P<anthat>day|date|evening|morning|afternoon|night)|"
        r"(?P<anlater>afterwards?|(?:hours|minutes|moments|shortly)\s+(?:later|afterwards?)|"
        r"later\s+(?:that|the\s+same)\s+(?:day|evening|night)|(?P<inday>(?:earlier|later)\s+in\s+the\s+(?:day|morning|afternoon|evening))))\b)",
        rf"(?P<wd>(?:(?P<wdmod>last|this|on|past|earlier\s+on|late|early|late\s+on|early\s+on|later|later\s+on)\s+)?\b(?P<day>{wd})\b(?:\s+(?:morning|afternoon|evening|night))?"
        # with the date set after it: "on Tuesday, May 28,", "on Thursday (12 February)"
        rf"(?:,?\s+\(?(?:(?P<wdm>{mon})\.?\s+(?P<wdd>\d{{1,2}})(?:st|nd|rd|th)?|(?P<wdd2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<wdm2>{mon}))\b\)?)?)",
        rf"(?P<md>(?:\bsince\s+)?(?:\b(?:late|early)\s+)?(?:\bon\s+)?\b(?P<mdm>{mon})\.?\s+(?P<mdd>\d{{1,2}})(?:st|nd|rd|th)?\b"
        rf"(?:,?\s+(?P<mdy>\d{{4}}))?)",
        rf"(?P<dm>(?:\bon\s+|\bsince\s+)?\b(?P<dmd>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dmm>{mon})\b(?:,?\s+(?P<dmy>\d{{4}}))?)",
        rf"(?P<mon>(?:(?:\bsince\s+)?\b(?P<part>early|mid|late|earlier|end of|beginning of|start of)[-\s]+|\bin\s+|\bsince\s+|\bthis\s+|\blast\s+)(?P<month>{mon})\b(?:\s+(?P<year>\d{{4}})|\s+(?:of\s+)?(?P<monly>last\s+year)\b)?)",
        rf"(?P<hol>\b(?:on\s+)?(?P<holname>{hol})\b)",
        r"(?P<today>\b(?:today|tonight|this morning|this afternoon|this evening|earlier today)\b)",
        r"(?P<yday>\b(?:(?P<dby>the\s+day\s+before\s+)?yesterday|last night|overnight)\b)",
        r"(?P<tw>\b(?:earlier\s+|later\s+)?this week\b|\bearlier in the week\b)",
        r"(?P<lw>\blast week\b|\bthe previous week\b|\ba week ago\b)",
        r"(?P<we>\b(?:over|at|during)\s+the\s+weekend\b|\b(?:this|last|past)\s+weekend\b)",
        r"(?P<tm>\b(?:earlier\s+|later\s+)?this month\b|\bearlier in the month\b)",
        r"(?P<lm>\blast month\b)",
        r"(?P<ty>\b(?:earlier\s+|later\s+)?this year\b)",
        r"(?P<ly>\b(?:(?P<lypart>early|mid|late)[-\s]+)?last year\b)",
        r"(?P<iny>\b(?:(?:in|since|during)\s+(?:(?P<ypart>early|mid|late)[-\s]+)?|(?P<ypart2>early|mid|late)[-\s]+)"
        r"(?P<y>(?:19|20)\d\d)\b)",
    ]
    return re.compile("|".join(parts), re.I)


_CUE_RE = None


def cue_re() -> re.Pattern:
    global _CUE_RE
    if _CUE_RE is None:
        _CUE_RE = _build_cue_re()
    return _CUE_RE


SOON_DAYS = 60   # a day and month this soon after publication is still to come


def reported(published: date) -> DateResult:
    return DateResult(published, "reported", (published - timedelta(days=REPORTED_WINDOW_DAYS), published), "")


def _week_start(d: date) -> date:
    """Weeks start on Sunday, as in US newsrooms ("last week" from a Sunday is the week just ended)."""
    return d - timedelta(days=(d.weekday() + 1) % 7)


def _month_range(y: int, m: int) -> tuple[date, date]:
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])


def _clamp(lo: date, hi: date, published: date) -> tuple[date, date]:
    hi = min(hi, published)
    lo = min(lo, hi)
    return lo, hi


def _mid(lo: date, hi: date) -> date:
    return lo + (hi - lo) // 2


def _past_month_year(month: int, published: date, day: int = 1) -> int:
    return published.year if (month, day) <= (published.month, published.day) else published.year - 1


def resolve_cue(m: re.Match, published: date, speaker_dates=None, reference=None) -> DateResult | None:
    """Turn one matched cue into a dated range; None when it cannot be placed before publication.

    `speaker_dates(name)` gives when that speaker last spoke ("two days after Biden's speech");
    `reference(pos)` gives the date the text set before a cue at pos ("a day earlier")."""
    L = lexicon()
    g = m.groupdict()
    text = m.group(0)
    p = published
    if g["anaph"]:
        res = _counted_from_reference(m, reference, p)
        if res is None and g["inday"]:     # "earlier in the day" with no day before it: today
            return DateResult(p, "day", (p, p), text)
        return res
    if text.lower().startswith("since"):
        return None     # "since October", "since late February": how long something has lasted, not when
    if g["rel"]:
        if speaker_dates is None:
            return None
        base = speaker_dates(g["who"].strip())
        if base is None:
            return None
        n = int(g["n"]) if g["n"].isdigit() else L.numbers.get(g["n"].lower(), 1)
        delta = timedelta(days=n * (7 if g["unit"].lower().startswith("week") else 1))
        d = base - delta if g["dir"].lower() == "before" else base + delta
        if d > p:
            return None
        return DateResult(d, "day", (d, d), text)
    if g["ago"]:
        n = int(g["agon"]) if g["agon"].isdigit() else L.numbers.get(g["agon"].lower(), 1)
        unit = g["agou"].lower()
        if unit.startswith("day"):
            d = p - timedelta(days=n)
            return DateResult(d, "day", (d, d), text)
        if unit.startswith("week"):
            d = p - timedelta(days=7 * n)
            return DateResult(d, "week", (d - timedelta(days=3), min(p, d + timedelta(days=3))), text)
        return None
    if g["wd"] and (g["wdm"] or g["wdm2"]):     # the date set after the day says which one
        try:
            month, day = L.months[(g["wdm"] or g["wdm2"]).lower()], int(g["wdd"] or g["wdd2"])
            d = date(_past_month_year(month, p, day), month, day)
        except ValueError:
            return None
        return DateResult(d, "day", (d, d), text) if d <= p else None
    if g["wd"]:
        target = L.weekdays.index(g["day"].lower())
        back = (p.weekday() - target) % 7
        mod = (g["wdmod"] or "").lower()
        if mod == "last" and back == 0:
            back = 7
        d = p - timedelta(days=back)
        return DateResult(d, "day", (d, d), text)
    if g["md"] or g["dm"]:
        month = L.months[(g["mdm"] or g["dmm"]).lower()]
        day = int(g["mdd"] or g["dmd"])
        year = g["mdy"] or g["dmy"]
        try:
            y = int(year) if year else _past_month_year(month, p, day)
            d = date(y, month, day)
            if not year and 0 < (date(p.year, month, day) - p).days <= SOON_DAYS:
                return None     # "turns 20 on 3 June" a week before it: a day to come, not last year's
        except ValueError:
            return None
        if d > p:
            return None
        return DateResult(d, "day", (d, d), text)
    if g["mon"]:
        month = L.months[g["month"].lower()]
        if g["month"].lower() == "may" and not (g["part"] or g["year"] or text.lower().startswith(("in ", "since "))):
            return None
        y = int(g["year"]) if g["year"] else p.year - 1 if g["monly"] else _past_month_year(month, p)
        lo, hi = _month_range(y, month)     # ("in March last year": that March)
        part = (g["part"] or "").lower()
        if part == "early" or part in ("beginning of", "start of"):
            hi = lo + timedelta(days=9)
        elif part == "mid":
            lo, hi = lo + timedelta(days=9), lo + timedelta(days=19)
        elif part in ("late", "end of"):
            lo = lo + timedelta(days=19)
        if lo > p:
            return None
        lo, hi = _clamp(lo, hi, p)
        return DateResult(_mid(lo, hi), "month", (lo, hi), text)
    if g["hol"]:
        month, day = L.holidays[re.sub(r"\s+", " ", g["holname"].lower().replace("’", "'"))]
        d = date(p.year if (month, day) <= (p.month, p.day) else p.year - 1, month, day)
        return DateResult(d, "day", (d, d), text)
    if g["today"]:
        return DateResult(p, "day", (p, p), text)
    if g["yday"]:
        d = p - timedelta(days=2 if g["dby"] else 1)
        return DateResult(d, "day", (d, d), text)
    if g["tw"]:
        lo, hi = _week_start(p), p
        if lo == p:     # on a Sunday "earlier this week" is the week just ended
            lo, hi = p - timedelta(days=7), p - timedelta(days=1)
        return DateResult(_mid(lo, hi), "week", (lo, hi), text)
    if g["lw"]:
        lo = _week_start(p) - timedelta(days=7)
        hi = lo + timedelta(days=6)
        return DateResult(_mid(lo, hi), "week", (lo, hi), text)
    if g["we"]:
        back = (p.weekday() - 5) % 7          # most recent Saturday on or before publication
        sat = p - timedelta(days=back)
        if text.lower().startswith("last") and back < 2:
            sat -= timedelta(days=7)
        lo, hi = _clamp(sat, sat + timedelta(days=1), p)
        return DateResult(lo, "week", (lo, hi), text)
    if g["tm"]:
        lo, hi = date(p.year, p.month, 1), p
        return DateResult(_mid(lo, hi), "month", (lo, hi), text)
    if g["lm"]:
        y, mth = (p.year, p.month - 1) if p.month > 1 else (p.year - 1, 12)
        lo, hi = _month_range(y, mth)
        return DateResult(_mid(lo, hi), "month", (lo, hi), text)
    if g["ty"]:
        lo, hi = date(p.year, 1, 1), p
        return DateResult(_mid(lo, hi), "year", (lo, hi), text)
    if g["ly"] or g["iny"]:
        y = p.year - 1 if g["ly"] else int(g["y"])
        lo, hi = _year_part(y, g["lypart"] or g["ypart"] or g["ypart2"])
        if lo > p:
            return None
        lo, hi = _clamp(lo, hi, p)
        return DateResult(_mid(lo, hi), "year", (lo, hi), text)
    return None


DAY_UNIT_RE = re.compile(r"day|evening|night|morning|afternoon", re.I)


def _counted_from_reference(m: re.Match, reference, published: date) -> DateResult | None:
    """"A day earlier" is a day before the date the text gave last; "the same day" is that date.
    In "..., a day after X said B", B was said a day before that date."""
    if reference is None:
        return None
    g = m.groupdict()
    same = g["anday"] in (None, "same") and not g["ann"] and not g["anbefore"]
    # "that evening", "the same day" count from a day the text gave, if any; "the same week" from any date
    if g["inday"]:      # "later in the evening": of the story's day, if no day is nearer
        base = reference(m.start(), day=True, story=True)
    else:
        base = reference(m.start(), day=not same)
    if same and base is not None and base.precision != "day" and DAY_UNIT_RE.search(m.group(0)):
        base = reference(m.start(), day=True) or base
    if base is None:    # no date near it: the day the story is on ("speaking in Kyiv the day before")
        base = reference(m.start(), day=True, story=True)
    if base is None:
        return None
    if same:
        return DateResult(base.date, base.precision, base.range, m.group(0))
    if g["ann"]:
        n = int(g["ann"]) if g["ann"].isdigit() else lexicon().numbers.get(g["ann"].lower(), 1)
        days = n * (7 if g["anu"].lower().startswith("week") else 1)
        back = g["andir"].lower() in ("earlier", "after")
    else:       # "the previous day", "the day before,": back; "the next day", "the day after,": on
        days, back = 1, (g["anday"] or g["anbefore"]).lower() in ("previous", "before")
    d = base.date - timedelta(days=days) if back else base.date + timedelta(days=days)
    if d > published:
        return None
    return DateResult(d, "day", (d, d), m.group(0))


def _year_part(year: int, part: str | None) -> tuple[date, date]:
    """A year, or its first, middle or last four months: "early 2022", "late last year"."""
    first = {"early": 1, "mid": 5, "late": 9}.get((part or "").lower())
    if first is None:
        return date(year, 1, 1), date(year, 12, 31)
    return date(year, first, 1), _month_range(year, first + 3)[1]


def cues_in(text: str, start: int = 0, end: int | None = None):
    return list(cue_re().finditer(text, start, len(text) if end is None else end))


# every cue contains one of these; checking for them first skips most zones cheaply
CUE_HINT_RE = re.compile(r"day|week|month|year|today|tonight|morning|afternoon|evening|night|ago|afterward|later|\d|christmas|"
                         r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec", re.I)


COUNTED_AFTER_HINT_RE = re.compile(r"(?:days?|weeks?)\s+after\b", re.I)
# words that open many sentences and some cues ("The day before, ...", "In mid-May, ..."): a cue hint
# must follow them before a cue is tried
COMMON_OPENERS = frozenset(["the", "in", "at", "over", "during", "since", "that"])


@functools.lru_cache(maxsize=1)
def _cue_openers() -> frozenset:
    """Other words a cue can open a sentence with ("Yesterday, ...", "On Monday, ...", "Two days later")."""
    L = lexicon()
    return frozenset(list(L.weekdays) + list(L.months) + list(L.numbers) + [
        "on", "last", "this", "earlier", "later", "late", "early", "yesterday", "today", "tonight",
        "overnight", "mid", "end", "beginning", "start", "past", "hours", "minutes", "moments",
        "shortly", "afterwards", "afterward"] + [h.split()[0] for h in L.holidays])


def opens_with_cue_word(sentence: str) -> bool:
    """A cheap test before matching a cue at a sentence's start."""
    first = sentence[:12].split(" ", 1)[0].rstrip(",.").lower()
    if first in COMMON_OPENERS:
        return CUE_HINT_RE.search(sentence, 0, 30) is not None
    return first in _cue_openers() or first[:3] in _cue_openers()


# "the question-and-answer session that followed": an occasion told by the one before it
FOLLOWED_RE = re.compile(r"\s+(?:that|which)\s+followed\b")


@functools.lru_cache(maxsize=1)
def occasion_re() -> re.Pattern:
    """An occasion the text named before: "said at the summit", "told reporters after the Geneva
    meeting", "during that call", "said at the time", "on his arrival"."""
    nouns = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in lexicon().event_nouns)
    return re.compile(
        r"\b(?:(?:(?P<shift>(?:the|a)\s+day|(?P<shiftn>two|three|\d)\s+days)\s+(?P<shiftdir>before|after)\s+"
        r"|(?P<eve>on\s+the\s+eve\s+of)\s+"
        r"|(?:at|after|before|during|following|as|in)\s+(?:the\s+(?:end|close|start|opening)\s+of\s+)?"
        r"|(?<=\btold )|(?<=\btelling )|(?<=\baddressed )|(?<=\baddressing ))"
        rf"(?P<det>the|that|this)\s+(?P<same>same\s+)?(?P<mods>(?:[\w’'-]+\s+){{0,2}}?)(?P<noun>{nouns})(?:es|s)?\b"
        r"|(?P<time>at\s+the\s+time)\b(?!\s+of\b)|(?P<arrival>on\s+(?:(?:his|her|their)\s+)?arrival)\b)", re.I)


def occasion_date(m: re.Match, reference) -> DateResult | None:
    """The day of the occasion a cue names again: the day the text gave it ("the summit on
    Sunday"); for "that call", "the same meeting", "at the time", the last date the text gave."""
    if reference is None:
        return None
    if m.group("time") and not _after_verb_or_comma(m.string, m.start()):
        return None     # "my editor at the time" describes someone; "Scott said at the time" dates
    if m.group("time") or m.group("arrival"):
        base = reference(m.start(), day=not m.group("time"))
    else:
        named_again = bool(m.group("same")) or m.group("det").lower() != "the"
        shifted = bool(m.group("shift") or m.group("eve"))
        # (an owner or a place may be named another way: "the president's address" after "Obama's
        # address", "the Riksdag debate" after "a debate in parliament": only lowercase words count)
        modifiers = () if FOLLOWED_RE.match(m.string, m.end()) else tuple(
            w for w in m.group("mods").split() if w.islower() and w not in lexicon().occasion_deictics
            and not w.endswith(("’s", "'s")))
        base = reference(m.start(), day=True, occasion=m.group("noun"), strict=not named_again or shifted,
                         modifiers=modifiers)
    if base is None:
        return None
    if m.group("shift") or m.group("eve"):   # "the day before the summit opened", "on the eve of the talks"
        n = lexicon().numbers.get((m.group("shiftn") or "one").lower()) or int(m.group("shiftn"))
        after = m.group("shiftdir") and m.group("shiftdir").lower() == "after"
        d = base.date + timedelta(days=n if after else -n)
        return DateResult(d, "day", (d, d), m.group(0))
    return DateResult(base.date, base.precision, base.range, m.group(0))


def _after_verb_or_comma(text: str, pos: int) -> bool:
    """A verb ("said", "wrote", "recalled") or a comma in the two words before pos, or nothing."""
    before = text[max(0, pos - 40):pos].rstrip()
    if not before or before.endswith((",", ".", "—", "–")):
        return True
    words = re.findall(r"[\w’']+", before)[-2:]
    forms = lexicon().verb_forms
    return any(w.lower() in forms or w.lower().endswith("ed") for w in words)


def first_cue(text: str, zones, published: date, speaker_dates=None, reference=None) -> DateResult | None:
    """The governing cue among a finding's attribution zones (checked in the given order); in each
    zone a date before an occasion ("on Friday" before "at the summit")."""
    zones = [(lo, hi) for lo, hi in zones if hi > lo]
    for k, (lo, hi) in enumerate(zones):
        res = _date_in(text, lo, hi, published, speaker_dates, reference) if CUE_HINT_RE.search(text, lo, hi) else None
        if res is not None:
            return res
        res = _occasion_in(text, lo, hi, reference)
        if res is not None:
            # (a day the rest gives outright beats the day of an occasion: "Hours after the call, the
            # air force said on Wednesday morning")
            return next((day for a, b in zones[k + 1:] if CUE_HINT_RE.search(text, a, b)
                         and (day := _date_in(text, a, b, published, speaker_dates, reference)) is not None), res)
    return None


DEADLINE_BEFORE_RE = re.compile(r"\b(?:until|till|by|before|from|through)\s+$")


def _date_in(text: str, lo: int, hi: int, published: date, speaker_dates, reference) -> DateResult | None:
    found = cue_re().finditer(text, lo, hi)
    counted_after = text.find("after", lo, hi) >= 0 and COUNTED_AFTER_HINT_RE.search(text, lo, hi)
    if counted_after:
        # "X refused on Wednesday ..., a day after Y said B": B is dated from the cue next to Y
        found = sorted(found, key=lambda m: (m.group("andir") or "").lower() != "after")
    for m in found:
        if counted_after and (m.group("andir") or "").lower() == "after" and text[m.end():hi].strip():
            continue    # "walked through the city on Monday, three days after troops left, and told"
        if DEADLINE_BEFORE_RE.search(text, max(lo, m.start() - 12), m.start()):
            continue    # "has given Kyiv until Thursday to respond": a deadline, not when it was said
        res = resolve_cue(m, published, speaker_dates, reference)
        if res is not None:
            return res
    return None


@functools.lru_cache(maxsize=1)
def _occasion_hint_re() -> re.Pattern:
    """Every occasion cue holds one of these words (matched on lower-cased text, which is fast);
    looking for them first skips most zones."""
    return re.compile("|".join(sorted({n.split()[-1] for n in lexicon().event_nouns} | {"time", "arrival"})))


def _occasion_in(text: str, lo: int, hi: int, reference) -> DateResult | None:
    if reference is None or not _occasion_hint_re().search(text[lo:hi].lower()):
        return None
    for m in occasion_re().finditer(text, lo, hi):
        res = occasion_date(m, reference)
        if res is not None:
            return res
    return None
