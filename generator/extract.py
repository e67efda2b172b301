"""Stage "extract statements": find who said what in one article.

The text is read in three layers: paragraphs (one per line; headline, dek and boilerplate
lines skipped), quotations (a small state machine that tolerates straight, curly, mismatched
and unclosed marks and quotes running over several paragraphs), and sentences (split outside
quotations). Each speech verb outside a quotation is then read as one of:

1. after a quotation:        “A,” X said / “A,” said X
2. before its content:       X said (that) B / X said: “A” / X told reporters B
3. after reported content:   B, X said / B, said X
4. a participle:             ..., adding that B  (the speaker of the sentence)

Quotations no verb claimed continue the paragraph's last speaker (“A,” he said. “B.”), or the
previous paragraph's when a paragraph opens with one. Every finding's text is the verbatim span
article.text[start:end].
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field, replace

from . import dates as dt
from . import speakers as sp
from .lexicon import boilerplate_re, lexicon, trie_regex
from .model import Article, Mention, SpeakerRecord, StatementRecord, statement_id

OPENERS = "“„«"
CLOSERS = "”»"
STRAIGHT = '"'
QUOTE_CHAR_RE = re.compile(r'[“”"„«»]')
OPENS_PARAGRAPH_RE = re.compile(r'\s*[“"„«]')
SENT_END_RE = re.compile(r'[.!?…]+[”"’)\]]*(?:\[\d{1,3}\])*(?=\s+[“"‘(\[A-Z0-9])')   # ("...wishes.”[6] Rutte": a citation mark)
LAST_TOKEN_RE = re.compile(r"(\S+)$")
MIN_QUOTE_WORDS = 4          # shorter unattributed quotations are scare quotes
MIN_CONTENT_WORDS = 4        # shorter reported clauses are objects ("said the same thing")
MIN_MIXED_WORDS = 2          # a quoted word makes a short object a statement: called Trump “unhinged”
MAX_REGION = 300             # how far back a subject is looked for
MAX_CONTENT = 1500
WORDS_RE = re.compile(r"\w+")

AUX_RE = re.compile(r"\b(?:is|was|were|are|am|be|been|has|have|had|will|would|could|can|(?-i:may)|might|should|"
                    r"must|did|does|do|shall)\b|n['’]t\b", re.I)     # ("on May 1" is a date)
NEGATED_OR_OBJECT_BEFORE_RE = re.compile(r"\b(?:(?:has|have|had)\s+(?:not|never)|(?:nothing|anything|something|"
                                         r"everything)\s+(?:he|she|they|we|I))\s+(?:\w+ly\s+)?$")
NEITHER_NOR_SUBJECT_RE = re.compile(r"\s*Neither\s[^,;“”\"]{1,100}?\snor(?:(?!\s(?:and|but|has|have|had|is|was|were|are|did|does)\s)"
                                    r"[^,;“”\"]){1,80}$")    # (not "Neither A nor B has won, and C suggested")
NEGATION_LEAD_RE = re.compile(r"(?:\b(?:did|does|do|has|have|had|would|will|could|can|is|was|were|are)\s*)?"
                              r"(?:\bnot|\bnever|n['’]t)\s+(?:\w+ly\s+)?$", re.I)
# the object before a quoted description, whose only full stops are an honorific's or an initial's
QUOTE_ONLY_GAP_RE = re.compile(r"(?:[^.;:!?“\"]|(?<=\bMr)\.|(?<=\bMs)\.|(?<=\bMrs)\.|(?<=\bDr)\.|(?<=\b[A-Z])\.){0,60}?[“\"]")
# "..., the official said." / "..., said Jo Bloggs, an analyst." ending a sentence
TRAILING_ATTRIBUTION_HINT_RE = re.compile(r" (?:said|says|added|told|wrote|writes|posted)\b")
TRAILING_ATTRIBUTION_RE = re.compile(   # (", X wrote on Telegram.": where it was written may follow)
    r",\s+(?:(?P<np>[^,;:“”\"]{1,50}?)\s+(?:said|says|added|told\s+[^,;:“”\"]{1,30}?|"
    r"(?:wrote|writes|posted)(?:\s+(?:on|in)\s+[^,;:“”\"]{1,30}?)?)"
    r"|(?:said|says|added)\s+(?P<np2>(?:the|a|an|[A-Z])[^;:“”\"]{0,60}?))\s*[.!?]?\s*$")
# "Quote from Kuleba:", "Quote from Zelenskyy's address:" opening a quoted paragraph
QUOTE_LABEL_RE = re.compile(r"\s*(?:(?:A\s+)?[Qq]uotes?\s+from)\s+")
OWNED_OCCASION_RE = re.compile(r"[’']s\s+(?:address|statement|speech|post|interview|remarks|comments|video|letter)\s*$")
TITLED_BEFORE_RE = re.compile(r"\b(?:titled|entitled|headlined)\s*$")
# "took his so-called “victory plan” to Brussels": a name the writer holds at a distance, no one's words
SO_CALLED_BEFORE_RE = re.compile(r"\bso[- ]called\s*$", re.I)
# what may follow "was quoted as saying" when the quotation came before: the source and a time
QUOTED_BY_TAIL_RE = re.compile(r"\s*(?:by\s|on\s|in\s|late\s|early\s|[.,;]|$)")
THAT_AHEAD_RE = re.compile(r"\s+that\s")
SUBORDINATE_SPEAKER_RE = re.compile(r"(?:^|,)\s*(?:as|while|when|after|before)\s+\S", re.I)
NOT_BEFORE_RE = re.compile(r"\b(?:not|never|n['’]t)\s+(?:\w+ly\s+)?$", re.I)
PASSIVE_BEFORE_RE = re.compile(r"\b(?:is|was|were|are|be|been|being|am|get|got)\s+(?:\w+ly\s+)?$", re.I)
# a sentence that asks whether someone said something
YES_NO_QUESTION_RE = re.compile(r"(?:Did|Does|Do|Has|Have|Had|Will|Would|Could|Should|Can|Is|Was|Were|Are)\s+[^,;:“”\"?]{1,60}?"
                                r"\b(?:say|said|tell|told|claim|suggest|warn|insist|admit|mean|deny|promise)\b")
MODAL_BEFORE_RE = re.compile(r"\b(?:to|would|could|will|can|may|might|should|must|shall|not|never|n['’]t)\s+(?:\w+ly\s+)?$|"
                             # (an emphatic "did say" reports speech, but not under "if" or "whether")
                             r"\b(?:if|whether|unless)\s[^,;.]{0,40}?\b(?:did|does|do)\s+(?:\w+ly\s+)?$", re.I)
DET_BEFORE_RE = re.compile(r"\b(?:a|an|the|his|her|their|its|our|my|your)\s+$", re.I)
# a speech word straight after a preposition is a noun: "the secretary of state, Jo Bloggs, said"
PREPOSITION_BEFORE_RE = re.compile(r"\b(?:of|for|by|from|with|about|into)\s+(?:(?-i:" + trie_regex(
    sorted(sp._nationalities()) + ["Republican", "Democratic", "Western", "official"]) + r")\s+)?$", re.I)   # ("about Republican claims")
ADVERBIAL_CUE_BEFORE_RE = re.compile(r"\b(?:on|of)\s+$")
ADVERBIAL_CUE_AFTER_RE = re.compile(r"\s*(?:$|[,.;:!?—–()”\"]|(?:to|as|and|but|in|at|after|before|when|while|with|by|"
                                    r"for|that|from|during|on|of|against|over|about|amid|following|despite|"
                                    r"without|near|through|outside|inside)\b)")
CLOSING_PUNCTUATION_RE = re.compile(r"[,.;:]")
VERB_THEN_CUE_RE = re.compile(r"[a-z]+\s+")
# "urged the House to pass it this week": where the object ends and what is to be done begins
TO_INFINITIVE_RE = re.compile(r"\sto\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those)\b)[a-z]+\b")
OBJECT_CLAUSE_RE = re.compile(r"\s(?:for|who|which|that|because|after|before|when|while|since|amid|over|if|whether)\s")
NOUN_FIRST_FORMS = frozenset(lexicon().noun_first_forms)
# "The sanctions announced on Friday will target banks", "The exchange agreed at the last round, in
# early February, had been carried out": a participle after its noun, whose clause's own verb follows
_NOT_IN_ADJUNCT = (r"(?!(?:the|a|an|he|she|they|it|we|I|his|her|its|their|our|my|that|this|these|those|there|"
                   r"which|who|what|how|when|where|whether|if|least|most)\b)")   # ("said at least 20 had")
_ADJUNCT_WORD = r"(?:[a-z0-9][\w’'.-]*|" + trie_regex([w.title() for w in (*lexicon().months, *lexicon().weekdays)]) + r"\b\.?)"
_ADJUNCT = (r"(?:(?:on|in|at|by|during|with|under|for|over|including)\s+"
            r"(?:(?:the|a|an|its|their|his|her)\s+)?" + _NOT_IN_ADJUNCT + r"[\w’'.-]+"
            r"(?:\s+" + _NOT_IN_ADJUNCT + _ADJUNCT_WORD + r"){0,3}"
            r"|(?:(?:last|this|next|earlier\s+this|later\s+this)\s+(?:week|month|year|weekend|morning|afternoon|"
            r"evening|night|spring|summer|autumn|fall|winter)|yesterday|today|earlier))")
REDUCED_RELATIVE_AFTER_RE = re.compile(r"(?:\s*,?\s+" + _ADJUNCT + r")+\s*,?\s+(?:will|would|has|have|had|was|were|"
                                       r"is|are|can|could|should|must|may|might)\b")
SO_BEFORE_RE = re.compile(r"\b[Ss]o\s+$")
CONCESSIVE_OPENING_RE = re.compile(r"\s*(?:Although|Though|Even\s+though|Despite|While)\s")
PASSIVE_AUX_BEFORE_RE = re.compile(r"\b(?:was|were|is|are|been|being|be)\s+$")
BY_AFTER_RE = re.compile(r"\s+by\s")
SUBJECT_PRONOUN_BEFORE_RE = re.compile(r"\b(?:he|she|they|we|I)\s+$")
# "As soon as Kyiv declares it is ready": a condition's subject and present-tense speech verb
CONDITION_BEFORE_RE = re.compile(r"\b(?<![’'-])(?:" + "|".join(
    re.escape(w).replace(r"\ ", r"\s+") for w in lexicon().conditional_openers)
    + r")\s+(?:[\w’'.-]+\s+){1,5}$", re.I)
VERB_ARGUMENT_AFTER_RE = re.compile(r"\s*(?:[:“\"]|,\s*[“\"]|(?:that|whether|if|how|why|he|she|they|it|we|I|there)\b)")
QUOTE_ATTRIBUTION_BEFORE_RE = re.compile(r"[”\"]\s+(?:[^\s,“”\"]+\s+){1,3}$")    # "“A,” the Saudis state"
# how it was said, not who did something: "said by phone that"
BY_MEANS = r"by\s+(?:tele)?(?:phone|video|e-?mail|text|letter|satellite|radio)"
BY_MEANS_RE = re.compile(BY_MEANS + r"\b")
GAP_START_RE = re.compile(
    r"^\s*,?\s*(?:in|at|on|during|over|after|before|ahead\s+of|to|with|from|via|through|" + BY_MEANS + r"|"
    r"last|this|earlier|later|early|late|"
    r"yesterday|today|again|also|repeatedly|publicly|privately|separately|previously|recently|then|once|"
    r"further|afterwards|back|overnight|as\s+(?:early|recently|late)\s+as|\w+ly|"
    r"(?:a|an|one|two|three|four|five|\d+)\s+(?:days?|weeks?|months?)\s+"
    r"(?:earlier|later|before|after))\b", re.I)
CONTRACTION_BEFORE_RE = re.compile(r"\b(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hat|[Ww]ho)[’']s\s+(?:\w+ly\s+|also\s+|now\s+|still\s+)?$")
POSSESSIVE_BEFORE_RE = re.compile(r"\w[’']s?\s+$")
PROGRESSIVE_BEFORE_RE = re.compile(r"\b(?:is|are|was|were|am|been|be|['’]s|['’]re)\s+(?:\w+ly\s+|also\s+|now\s+|still\s+)?$", re.I)
# "Now, he said, ...": said now, whatever day the story told before
NOW_OPENING_RE = re.compile(r"(?:Now|Today|Nowadays|These\s+days),\s")
# ", calling X “Y” and demanding that B": a second participle joined to the first
AND_BEFORE_RE = re.compile(r"\s(?:and|while)\s+(?:also\s+)?$")
PARTICIPLE_BEFORE_RE = re.compile(r"(?:,[”\"’]?|[—–])\s*(?:while\s+)?$")    # ", saying", ", while insisting"
# a participle with no comma that still reports speech: "began by saying", "a statement saying"
BARE_PARTICIPLE_BEFORE_RE = re.compile(
    rf"\b(?:by|{'|'.join(map(re.escape, lexicon().carrier_nouns))})\s+"
    rf"(?:(?:on\s+)?(?:{'|'.join(w.capitalize() for w in lexicon().weekdays)}|today|yesterday)\s+)?$")
NAME_BEFORE_PARTICIPLE_RE = re.compile(r"(?:^|(?<=[\s,]))((?:[A-Z][\w’'.\-]*\s+){1,4})$")
# "..., with the ministry adding that B": the subject of an absolute clause
WITH_SUBJECT_BEFORE_PARTICIPLE_RE = re.compile(r",\s+with\s+((?:the\s+)?[^\s,;“”\"][^,;“”\"]{0,58}?)\s+$")
INFINITIVE_BEFORE_RE = re.compile(r"\bto\s+$")
VEHICLE_BEFORE_RE = re.compile(r"\b(?:" + "|".join(lexicon().vehicle_verbs) + r")\b[^,;:.!?“”\"]{0,100}\bto\s+$")
MOVED_TO_SPEAK_RE = re.compile(r"\s+(?:(?:was|were|is|are|felt|had\s+been|has\s+been)\s+)?(?:[a-z]+ly\s+)?(?:"
                               + "|".join(lexicon().vehicle_verbs) + r")\s+to\s+$")
BY_PARTICIPLE_AFTER_RE = re.compile(r"\s+by\s+(?:[a-z]+ly\s+)?[a-z]+ing\b")   # "began by saying", "ended by noting"
# "said on Thursday that foreign troops, “under whatever flag,” would ...": the reported clause began at
# "that", so the quotation is inside it (not "said in an interview that aired Sunday, “A”", "that day")
THAT_CLAUSE_IN_GAP_RE = re.compile(r"\bthat\s+(?!(?:\w+ly\s+)?(?:\w+ed|aired|ran|was|were|is|has|had|will|would|day|date|"
                                   r"morning|afternoon|evening|night|week|month|year|time)\b)", re.I)
DISCOURSE_OPENING_RE = re.compile(r"\s*(?:" + "|".join(sorted(sp.LEADING_DISCOURSE)) + r")\b,?\s+", re.I)
# a verb followed straight by a quotation: "went on to say, “A”"
QUOTE_NEXT_RE = re.compile(r"\s*[,:]\s*[“\"]")
LEADING_PRONOUN_RE = re.compile(r"\s*(?:(?:But|And|Then|Later|Still|Instead|Now),?\s+)?(He|She|They|he|she|they)\s+(?!said\b)[a-z]")
# a scene-setting opener and a comma, then the pronoun subject: "However, she ...", "In December, he ..."
OPENER_PRONOUN_RE = re.compile(r"\s*[A-Z][^,;:“”\"]{0,60},\s+(he|she|they)\s+(?!said\b)[a-z]")
# or an epithet that stands for a pronoun: "In an interview Thursday, the Wisconsin Republican criticized ..."
OPENER_EPITHET_RE = re.compile(rf"\s*(?:[A-Z][^,;:“”\"]{{0,60}},\s+)?({sp.EPITHET})\s+(?!said\b)[a-z]")
# the name set off after an inverted role: "said its founder, Roman Sydor." (the sentence or clause ends there)
APPOSED_NAME_AFTER_RE = re.compile(r",\s+((?:the\s+Rev\.\s+|[A-Z][a-z]{1,3}\.\s+)?[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){1,3})"
                                   r"(?=\s*[.,;!?]?\s*$|,\s)")
# what introduces the words on a thing: "a backdrop that read “Pursuing Peace”", "a sweatshirt printed with “CCCP”"
INSCRIPTION_BEFORE_RE = re.compile(r"(?:\b(?:that|which)\s+(?:read|reads)|\b(?:printed|emblazoned|inscribed|stamped|"
                                   r"embroidered|painted|scrawled|daubed)\s+with(?:\s+the\s+words?)?|\bbearing\s+the\s+words?)"
                                   r"\s*[,:]?\s*$")
# "a banner reading “A”", "A banner hung near the gate read “A”"
SIGN_BEFORE_RE = re.compile(r"\b(?i:" + trie_regex(lexicon().inscription_nouns) + r")s?\b[^.!?“”\"]{0,40}?\b(?:read|reads|"
                            r"reading|saying|said|proclaiming|proclaimed|declaring|declared)\s*[,:]?\s*$")
CARRIER_BEFORE_RE = re.compile(r"\b(?:" + trie_regex(lexicon().carrier_nouns + ("caption",)) + r")s?\b")
INVERTED_END_RE = re.compile(r"[,.;:!?“\"(]|\s[—–]\s|\s(?:on|in|at|during|from|after|before|while|when|as|told|via|to|with|"
                             r"last|this|yesterday|today)\s")
SUBJECT_VERB_RE = re.compile(   # right after a sentence's subject: [aux/adverbs] verb
    r"\s+(?:(?:has|have|had|is|are|was|were|will|would|also|then|later|again|once|even|still|[a-z]+ly|not|"
    r"never|did|does|do|just|now)\s+)*[a-z][\w’'\-]*\s")
# a scene-setting opener: where or when something was said ("In an interview on ...", "On Sunday's show")
SETTING_LEAD_RE = re.compile(r"(?:In|On|At|During|Speaking\s+(?:on|at|to)|Appearing\s+on|Writing\s+in)\s")
# a determiner phrase of a few plain words opening a sentence, then a present or past verb
QUOTED_AS_RE = re.compile(r"\bquoted\s+([^,;:“”\"]{1,120}?)\s+as\s+$")
QUOTED_AS_PASSIVE_RE = re.compile(r"\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+quoted\s+"
                                  r"(?:by\s+[^,;:“”\"]{1,80}?\s+)?as\s+$")
NAMED_OPENING_RE = re.compile(
    r"((?:[A-Z][\w’'.\-]*\s+){1,5})(?:on\s+(?i:" + "|".join(lexicon().weekdays) + r")\s+(?:\([^()]{1,20}\)\s+)?)?"
    r"(?:also\s+|then\s+|later\s+)?(?:[a-z]{2,}(?:ed|es|s)|"
    + "|".join(lexicon().irregular_pasts) + r")\s")
SHORT_LEAD_RE = re.compile(r"(?:[A-Z][\w’'-]*)(?:\s+[\w’'-]+){0,3},\s+")
BODY_OPENING_RE = re.compile(
    r"([^,;:“”\"]{2,60}?)\s+(?:also\s+|then\s+|later\s+)?(?:did|does|has|have|had|was|were|is|are|would|will|"
    r"could|can|[a-z]{2,}ed|" + "|".join(lexicon().irregular_pasts) + r")\s")
DESCRIBED_OPENING_RE = re.compile(
    r"(?:[A-Z][^,;:“”\"]{0,40},\s+)?((?:[Tt]he|[Aa]n?|One|Another|Two|Three|Several|Some|Many|" +
    "|".join(lexicon().possessive_determiners) + r")\s+(?:[A-Za-z][\w’'\-]*\s+){1,5}?)"
    r"(?:also\s+|then\s+|later\s+)?(?:[a-z]{2,}(?:ed|es|s)|" + "|".join(lexicon().irregular_pasts) + r")\s")
# a sentence that is only a speaker and a speech verb: "Jo Bloggs agreed.", "The mayor disagreed:"
BARE_ATTRIBUTION_RE = re.compile(r"([^,;:“”\"]{2,80}?)\s+((?:also\s+)?[a-z]+(?:\s+(?:back|on|in|out))?)\s*[.:]\s*$")
# a name's possession opening a sentence: "Ryan’s campaign", "Clinton’s right-hand woman"
POSSESSED_OPENING_RE = re.compile(r"((?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w\-]*)[’']s\s+(?:[a-z][\w\-]*\s+){0,2}?([a-z]+)\s+"
                                  r"(?=(?:also\s+|then\s+)?[a-z]{2,}(?:ed|es|s)\s)")
# words that qualify a time phrase between a subject and its verb: "less than two weeks ago"
CUE_QUALIFIER_RE = re.compile(r"\s(?:less than|more than|nearly|almost|about|just|only|some)\s+$")
# a sentence adverb set off by commas inside a subject: "Critics, however, say ..."
SET_OFF_ADVERB_RE = re.compile(r",\s*(?:however|though|meanwhile|too|instead|in turn|for their part|for his part|"
                               r"for her part)\s*,?\s*$")
CONNECTIVE_IN_GAP_RE = re.compile(r",\s*(?:however|though|meanwhile|instead|in turn|for (?:their|his|her|its) part)\s*,")
# a phrase set off by commas right after a subject: an appositive or a relative clause
SET_OFF_RE = re.compile(r",\s+[^,;:“”\"()]{2,100}?,(?=\s)")
ACT_OBJECT_RE = re.compile(r"\s+([A-Za-z][\w’'-]*)")   # the word right after an act verb
CLAUSE_SUBJECTS = ("that", "he", "she", "it", "they", "we", "i")   # a clause, not an object, follows
OBJECT_RELATIVE_BEFORE_RE = re.compile(r"\b(?:which|that|whom)\s+(?:\S+\s+){1,3}$", re.I)
# a verb's target, then the word that opens what it is charged with or urged to: " Kyiv of",
# " the West for", " allies to"
@functools.lru_cache(maxsize=None)
def _target_re(links: tuple[str, ...]) -> re.Pattern:
    """The verb's target, then the word that opens its charge or call ("accused Kyiv of")."""
    return re.compile(r"\s+(?:(?!that\b)[^\s.;:!?“”\"]+\s+){1,8}?(" + "|".join(links) + r")\s+[\w“\"‘]")
# "told reporters Wednesday, as Seoul weighs how far to go": the "to" is in a clause of its own
SUBORDINATE_IN_TARGET_RE = re.compile(r",\s+(?:as|while|when|because|although|though|after|before|since)\s")
# "told Politico he planned to stay": a clause, not a target, before the "to"
CLAUSE_IN_TARGET_RE = re.compile(r"\b(?:he|she|they|we|I|there|who|which|whether|if)\b|" + AUX_RE.pattern, re.I)
# "urged allies to speed up": the "to" opens an infinitive, not a place ("a visit to Scotland")
INFINITIVE_AFTER_TO_RE = re.compile(r"\s*(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those)\b)[a-z“\"‘]")
TELL_OBJECT_RE = re.compile(
    r"\s+(?:(?:the|a|an|his|her|their)\s+(?:(?!(?:that|he|she|it|they|we|was|is|would|will|had|has)\b)[a-z-]+\s+){1,3}"
    r"[a-z-]+(?=,)"     # "told a state television channel, ..."
    r"|(?:the|a|an|his|her|their)\s+(?:[a-z-]+\s+){1,2}(?:" + trie_regex(lexicon().audience_heads) + r")\b"
    r"|(?:[A-Z][\w’'-]*\s+){1,2}(?:[a-z-]+\s+)?(?:" + trie_regex(lexicon().audience_heads) + r")\b"   # "told Russian reporters"
    # ("told a news conference in Toronto", "told the state news agency")
    r"|(?:the|a|an|his|her|their|its)\s+[A-Z][\w-]*\s+[a-z-]+(?=,\s+[A-Z])"   # "told her Russian counterpart, X,"
    r"|(?:(?:the|a|an|his|her|their)\s+)?(?:[A-Z][\w’'.\-]*(?:\s+(?:[A-Z][\w’'.\-]*|of\b|the\b(?=\s+[A-Z])))*"
    r"|[a-z]+(?:\.[a-z]{2,4}\b){0,2}))")     # ("told swissinfo.ch that", "told news.com.au the"; not "Reuters the")


@dataclass
class Paragraph:
    start: int
    end: int
    skipped: bool = False


@dataclass
class Quote:
    start: int           # the opening mark
    end: int             # after the closing mark (or the paragraph end when unclosed)
    inner_start: int
    inner_end: int
    para: int


@dataclass
class Sentence:
    start: int
    end: int
    para: int


@dataclass
class Finding:
    """One statement as found in the text, before speakers and dates are resolved."""

    kind: str                       # direct | indirect | mixed
    text: str
    start: int
    end: int
    sentence: str
    mention: Mention | None
    mention_kind: str               # name | pronoun | title | institution | unnamed | continuation
    cue: str                        # the speech verb as written
    paragraph: int = 0
    sentence_start: int = 0
    sentence_lo: int = 0            # where the `sentence` text starts (it may open before sentence_start)
    np: sp.NP | None = None         # the parsed speaker phrase
    roles: list = field(default_factory=list)   # appositive descriptions of the speaker
    speaker_from: int | None = None  # index of the finding whose speaker this one continues
    date_from: int | None = None     # index of the finding whose date this one shares
    date_zones: list = field(default_factory=list)  # (start, end) spans where a governing date cue may sit


def _told_object_end(text: str, told: re.Match) -> int:
    """The addressee of "told" ends before a date cue that follows it ("told CNN late Monday")."""
    cue = dt.cue_re().search(text, told.start(), told.end())
    return cue.start() if cue else told.end()


# ---------------------------------------------------------------- layers

# a byline or a publication stamp, which a standfirst stands above
STAMP_LINE_RE = re.compile(r"\s*(?:By\s|(?:Published|Updated|Posted|First published|Last updated)\b)", re.I)


# "Wilders: 'Ukraine is not our war'": a name, a colon and a short quotation, nothing else
QUOTED_SUBHEAD_RE = re.compile(r"[A-Z][\w’'.-]+(?:\s[A-Z][\w’'.-]+){0,2}:\s*[“\"‘'][^“”\"\n]{1,60}[”\"’']\s*")


def _date_stamp(line: str) -> bool:
    """A line that is only a publication time: "7.02pm, 17 Jun 2024", "Aug - 18 - 2025 , 06:20"."""
    L = lexicon()
    return len(line) <= 60 and re.search(r"\b(?:19|20)\d\d\b", line) is not None and all(
        w.lower() in L.months or w.lower() in L.weekdays or w.lower() in L.stamp_words
        for w in re.findall(r"[A-Za-z]+", line))


def paragraphs(text: str) -> list[Paragraph]:
    boilerplate = boilerplate_re()
    out = []
    for m in re.finditer(r"[^\n]+", text):
        line = m.group()
        if not line.strip():
            continue
        end = m.start() + len(line.rstrip())
        out.append(Paragraph(m.start(), end))
    for i, p in enumerate(out):
        line = text[p.start:p.end]
        if i == 0 or boilerplate.match(line):
            p.skipped = True
        elif i == 1 and len(out) > 3 and len(line) < 300 and not re.search(r"[.!?…:”\"’]\s*$", line):
            p.skipped = True   # a dek (sub-headline): one line with no closing punctuation
        elif QUOTED_SUBHEAD_RE.fullmatch(line):
            p.skipped = True   # a subhead that quotes a speaker the story goes on to quote in full
    for i in (1, 2):
        if i + 1 < len(out) and all(p.skipped for p in out[:i]) and not out[i].skipped and any(
                q.skipped and STAMP_LINE_RE.match(text, q.start, q.end) or _date_stamp(text[q.start:q.end])
                for q in out[i + 1:i + 3]):
            out[i].skipped = True   # a standfirst: what sits between the headline and the byline or stamp
    return out


SINGLE_OPEN_RE = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–/-]))([‘'])(?=[^\s'’‘])", re.M)
DOUBLE_OPEN_RE = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–/-]))[“\"](?=\S)", re.M)
MIN_SINGLE_QUOTES = 2
PAIRED_APOSTROPHES_RE = re.compile(r"''")
NORDIC_OPENER_RE = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–/-]))”(?=[^\s”])", re.M)


def double_quoted(text: str) -> str:
    """British copy quotes with single marks (‘We will not give up,’ she said; 'Never,' he said),
    archive copy with paired apostrophes (''Never,'' he said). When single marks are the article's
    main quotation marks, return the text with those pairs written as “ ” and any double marks
    inside them as ‘ ’: the same length, so every offset holds.
    Apostrophes (don’t, Ukraine’s, soldiers’) stay as they are. Otherwise the text is returned as is."""
    text = _nordic_openers(_paired_apostrophes(text))
    openers = list(SINGLE_OPEN_RE.finditer(text))
    if len(openers) < MIN_SINGLE_QUOTES or len(openers) <= len(DOUBLE_OPEN_RE.findall(text)):
        return text
    chars = list(text)
    for k, m in enumerate(openers):
        i = m.start(1)
        line_end = text.find("\n", i)
        next_open = openers[k + 1].start(1) if k + 1 < len(openers) else len(text)
        stop = min(line_end if line_end >= 0 else len(text), next_open)
        close = _single_closer(text, i + 1, stop, "’" if m.group(1) == "‘" else "'")
        chars[i] = "“"
        if close is not None:
            chars[close] = "”"
            for j in range(i + 1, close):
                chars[j] = {"“": "‘", "”": "’"}.get(chars[j], chars[j])
    return "".join(chars)


# dialogue set with dashes, as Balkan, Russian and other continental copy does:
# "– We talked about gas – Dodik said." (the paragraph opens with a dash; a dash closes the words)
DASH_OPENER_RE = re.compile(r"^[–—][ \xa0](?=[\w‘“\"'(…])", re.M)
DASH_CLOSER_RE = re.compile(r"(?<=\S)[ \xa0][–—][ \xa0](?=\S)")
DASH_ATTRIBUTION_WORDS = 8


def dash_quoted(text: str) -> str:
    """Dialogue set with dashes, returned with the words between the dashes in double marks
    (“We talked about gas”  Dodik said.): the same length, so every offset holds. A closing dash
    counts only when a speech verb follows within a few words, before the sentence ends."""
    if "–" not in text and "—" not in text:
        return text
    chars = list(text)
    for m in DASH_OPENER_RE.finditer(text):
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        for close in DASH_CLOSER_RE.finditer(text, m.end(), line_end):
            if DASH_CLOSER_RE.search(text, m.end(), close.start()):
                break       # a dash set inside the words ("– Ukraine’s army – which has struggled – said")
            tail = re.split(r"(?<=[.!?])\s", text[close.end():line_end], maxsplit=1)[0]
            verb = VERB_RE.search(tail)
            lead = tail[:verb.start()] if verb else ""
            if verb and len(lead.split()) <= DASH_ATTRIBUTION_WORDS and not re.search(r"[“”\"–—]", lead) \
                    and len(text[m.end():close.start()].split()) >= 3:
                chars[m.start()], chars[m.start() + 1] = " ", "“"
                chars[close.start()], chars[close.start() + 1] = "”", " "
                break
    return "".join(chars)


def _nordic_openers(text: str) -> str:
    """Swedish and Finnish copy opens a quotation with the closing mark (”historic”): when the
    article has no opening double mark at all, a ” that starts a word opens."""
    if "”" not in text or "“" in text or "„" in text:
        return text
    return NORDIC_OPENER_RE.sub("“", text)


def _paired_apostrophes(text: str) -> str:
    """Archive copy types a double mark as two apostrophes (''Yes,'' he said): an opening pair
    becomes a space and “, a closing pair ” and a space, so the text keeps its length."""
    if "''" not in text:
        return text
    return PAIRED_APOSTROPHES_RE.sub(
        lambda m: " “" if m.start() == 0 or text[m.start() - 1].isspace() or text[m.start() - 1] in "([—–"
        else "” ", text)


def _single_closer(text: str, lo: int, hi: int, mark: str) -> int | None:
    """The mark that closes a single quotation opened before lo: punctuation on either side of it
    (‘…,’ / ‘…’.) marks a closer; else the first mark after a word, as in ‘a stunt’ designed."""
    weak = None
    for j in range(lo, hi):
        if text[j] != mark:
            continue
        before = text[j - 1]
        after = text[j + 1] if j + 1 < len(text) else " "
        if before.isspace() or after.isalnum():
            continue                        # an opener or an apostrophe inside a word
        if before in ",.!?;:…—–" or after in ",.;:!?)…—–" or after == "\n" or j + 1 == len(text):
            return j
        if weak is None:
            weak = j
    return weak


def find_quotes(text: str, paras: list[Paragraph]) -> list[Quote]:
    """Quotation spans, tolerant of bad marks; a quote left open runs on into a next paragraph
    only when that paragraph re-opens with a mark (the newsroom convention)."""
    quotes: list[Quote] = []
    open_at, open_para, depth = None, 0, 0

    def close(inner_end: int, end: int):
        nonlocal open_at, depth
        quotes.append(Quote(open_at, end, open_at + 1, inner_end, open_para))
        open_at, depth = None, 0

    for pi, p in enumerate(paras):
        skip_reopen = open_at is not None
        for m in QUOTE_CHAR_RE.finditer(text, p.start, p.end):
            i, c = m.start(), m.group()
            if skip_reopen:
                skip_reopen = False
                if not text[p.start:i].strip() and c not in CLOSERS:
                    continue
            prev = text[i - 1] if i > p.start else " "
            nxt = text[i + 1] if i + 1 < p.end else " "
            opener_like = (prev.isspace() or prev in "([{—–-/") and not nxt.isspace()
            closer_like = not prev.isspace() and (nxt.isspace() or nxt in ",.;:!?)]}—–-…")
            if open_at is None:
                if c in CLOSERS and not text[p.start:i].strip() and _opens_words(text, i + 1, p.end):
                    open_at, open_para, depth = i, pi, 1    # ”A.” -- a closing mark typed to open a paragraph
                    continue
                if c in CLOSERS or (c == STRAIGHT and closer_like and not opener_like):
                    continue        # a stray closing mark
                open_at, open_para, depth = i, pi, 1
                continue
            restart = opener_like and prev.isspace() and _ends_sentence_before(text, i, p.start)
            if c in OPENERS:
                if restart:
                    j = _rstrip_index(text, p.start, i)
                    close(j, j)
                    open_at, open_para, depth = i, pi, 1
                elif depth == 1 and closer_like and not opener_like:
                    close(i, i + 1)     # an opening mark typed where the closing one belongs: “A,“ she said
                else:
                    depth += 1
            elif c in CLOSERS:
                depth -= 1
                if depth <= 0:
                    close(i, i + 1)
            else:
                if restart and not closer_like:
                    j = _rstrip_index(text, p.start, i)
                    close(j, j)
                    open_at, open_para, depth = i, pi, 1
                else:
                    close(i, i + 1)
        if open_at is not None:
            nxt_p = paras[pi + 1] if pi + 1 < len(paras) else None
            if nxt_p is not None and depth == 1 and OPENS_PARAGRAPH_RE.match(text, nxt_p.start, nxt_p.end):
                continue
            close(p.end, p.end)
    return quotes


def _opens_words(text: str, i: int, end: int) -> bool:
    """Words start at i (after an optional ellipsis), as after an opening mark."""
    m = re.compile(r"(?:\s?…\s?|\s?\.\.\.\s?)?[A-Za-z0-9]").match(text, i, end)
    return m is not None


def _rstrip_index(text: str, lo: int, i: int) -> int:
    while i > lo and text[i - 1].isspace():
        i -= 1
    return i


def _ends_sentence_before(text: str, i: int, lo: int) -> bool:
    j = _rstrip_index(text, lo, i)
    return j > lo and text[j - 1] in ".!?…"


class QuoteIndex:
    def __init__(self, quotes: list[Quote]):
        self.quotes = quotes
        self.starts = [q.start for q in quotes]

    def containing(self, pos: int) -> Quote | None:
        """The quotation whose marks strictly enclose pos."""
        k = bisect.bisect_right(self.starts, pos) - 1
        if k >= 0 and self.quotes[k].start < pos < self.quotes[k].end:
            return self.quotes[k]
        return None

    def starting_in(self, lo: int, hi: int) -> list[Quote]:
        a = bisect.bisect_left(self.starts, lo)
        b = bisect.bisect_left(self.starts, hi)
        return self.quotes[a:b]

    def overlapping(self, lo: int, hi: int) -> list[Quote]:
        a = max(0, bisect.bisect_right(self.starts, lo) - 1)
        b = bisect.bisect_left(self.starts, hi)
        return [q for q in self.quotes[a:b] if q.end > lo and q.start < hi]


# "closed from 6 a.m. Copa-Cogeca, the farm lobby, said": a clock time ends the sentence when a
# capitalised word that is not a day or a month opens the next
CLAUSE_AFTER_TIME_RE = re.compile(r"\s+(?!(?:" + "|".join(lexicon().weekdays) + "|" + "|".join(lexicon().months)
                                  + r"|ET|EST|EDT|GMT|BST|CET|UTC|local)\b)(?-i:[A-Z])", re.I)


# the platform, not an initial: "Hoekstra wrote on X. Because ..."
ON_X_END_RE = re.compile(r"\b(?:on|to|via)\s+X\.$")


def sentences(text: str, paras: list[Paragraph], qi: QuoteIndex) -> list[Sentence]:
    abbrevs = lexicon().abbreviations
    out = []
    for pi, p in enumerate(paras):
        if p.skipped:
            continue
        lead = DATELINE_LEAD_RE.match(text, p.start, p.end) or BULLET_LEAD_RE.match(text, p.start, p.end)
        s = lead.end() if lead else p.start      # a sentence opens after "MOSCOW (Reuters) - " or "* "
        for m in SENT_END_RE.finditer(text, s, p.end):
            if qi.containing(m.end()) or qi.containing(m.start()):
                q = qi.containing(m.end()) or qi.containing(m.start())
                if not (q.end <= m.end() and text[m.start()] in ".!?…"):
                    continue
            tok = LAST_TOKEN_RE.search(text, max(p.start, m.start() - 40), m.start() + 1)
            word = tok.group(1) if tok else ""
            bare = word.strip("“”\"'’(").rstrip(".").lower()
            if text[m.start()] == "." and (bare in abbrevs or len(bare) == 1 and bare.isalpha()
                                           or re.fullmatch(r"(?:[a-z]\.)+[a-z]", bare)) \
                    and not (bare in ("a.m", "p.m") and CLAUSE_AFTER_TIME_RE.match(text, m.end(), p.end)) \
                    and not ON_X_END_RE.search(text, max(p.start, m.start() - 8), m.start() + 1):
                continue    # an abbreviation or an initial, not a one-digit day ("met on March 7. Then")
            out.append(Sentence(s, m.end(), pi))
            s = m.end()
            while s < p.end and text[s].isspace():
                s += 1
        if s < p.end:
            out.append(Sentence(s, p.end, pi))
    return out


def _spaced(alternation: str) -> str:
    """A lexicon alternation whose multi-word entries match any run of spaces."""
    return alternation.replace(r"\ ", r"\s+")


def _verb_re() -> re.Pattern:
    alts = _spaced(trie_regex(lexicon().verb_forms))
    return re.compile(rf"\b{alts}\b|\b[Aa]ccording\s+to\b")


VERB_RE = _verb_re()
# every speech verb form but the participles, as one alternation
_FINITE = trie_regex(f for f in lexicon().verb_forms if not f.endswith("ing"))
# ("..., but on Wednesday told reporters B": a second statement, dated on its own)
COORD_VERB_RE = re.compile(r",?\s+(?:and|but)\s+(?:also\s+|later\s+|then\s+)?(?:on\s+(?i:"
                           + "|".join(lexicon().weekdays) + r")\s+)?" + _FINITE + r"\b")
FINITE_VERB_RE = re.compile(r"\b" + _FINITE + r"\b")
# the comma closing a participle set between a subject and its verb: "X, accusing Y of Z, said B"
APPOSITIVE_END_RE = re.compile(r",([”\"])?\s+(?:also\s+|later\s+|then\s+)?(?=" + FINITE_VERB_RE.pattern + ")")
# the main clause's verb after a relative clause set off after its subject: "X, who said A, has not commented"
RELATIVE_MAIN_VERB_RE = re.compile(r",([”\"])?\s+(?:also\s+|since\s+|so\s+far\s+)?(?:has|have|had|is|was|were|are|will|"
                                   r"would|did|does|could|can|may|might|must|should|remains|remained|declined|refused)\b")
# the reporter's own aside on a claim: "..., a claim Reuters could not independently verify"
VERIFICATION_ASIDE = (r",\s+(?=(?:a\s+claim|claims|an\s+assertion|a\s+figure|figures|an\s+account|which|something)\s"
                      r"[^,.;“”\"]{0,60}?\b(?:could\s+not|couldn[’']t|cannot|can\s+not|was\s+unable\s+to|were\s+unable\s+to|"
                      r"has\s+not\s+been|have\s+not\s+been)\s+(?:be\s+|been\s+)?(?:immediately\s+|independently\s+)*"
                      r"(?:verif|confirm|corroborat|check))")
# the reporter's narration after the claim: a comment on it ("..., an idea the Kremlin has rejected"),
# their analysis ("..., dampening hopes of a deal"), what the speaker withheld ("... but gave no
# details", "without giving details") or a time gap ("..., days after the talks collapsed")
_L = lexicon()
_WITHHELD_OBJECT = _spaced(trie_regex(_L.withheld_objects))
_COMMA = r"(?:,|(?<=,[”\"’]))"   # a comma, or one a closing quotation mark follows
REPORTER_TAIL = (
    # (an aside noun before a preposition may be the speaker's own apposition: "..., a plan to end the war")
    r"(?:" + _COMMA + r"|\s[—–-])\s+(?=an?\s+" + trie_regex(_L.aside_nouns) + r"s?\s+(?!(?:to|of|for|with|on|in|about|between|from|at|against)\s))|"
    + _COMMA + r"\s+(?=" + _spaced(trie_regex(_L.reporter_participles)) + r"\s+(?:new\s+|fresh\s+|further\s+)?"
    + _spaced(trie_regex(_L.reporter_participle_objects)) + r"\b)|"
    + _COMMA + r"?\s+but\s+(?=" + trie_regex(_L.giving_pasts) + r"\s+no\b|(?:did\s+not|didn[’']t|would\s+not|"
    + r"wouldn[’']t|declined\s+to|refused\s+to)\s+" + trie_regex(_L.withheld_verbs) + r"\b)|"
    + _COMMA + r"\s+without\s+(?=" + trie_regex(_L.withheld_gerunds) + r"\b|" + trie_regex(_L.giving_gerunds) + r"\s+"
    + _WITHHELD_OBJECT + r"\b)|"
    + _COMMA + r"\s+(?=(?:just\s+|only\s+)?" + _spaced(trie_regex(_L.time_gaps)) + r"\s+(?:after|before)\s)|"
    # the reporter's account of a purpose: "..., seeking to reassure markets"
    + _COMMA + r"\s+(?=(?:seeking|hoping|aiming|trying|attempting|looking)\s+to\s)|"
    # the occasion the reporter adds: "..., when asked about the talks", "... when pressed on it"
    + _COMMA + r"?(?:\s+(?:and|but))?\s+(?=when\s+(?:asked|pressed|questioned)\s+(?:about|on|whether|if|what|how|why|who)\b)")
END_MARK_RE = re.compile(
    VERIFICATION_ASIDE + r"|" + REPORTER_TAIL + r"|"
    # the outlet that carried it, after the statement: "..., RIA Novosti reported."
    r"(?:,|(?<=,[”\"’]))\s+(?:(?:the|an?)\s+(?:[\w.’'-]+\s+){1,3}|(?:[A-Z][\w.’'-]*\s+){1,3})(?:reported|reports)"
    r"(?=\s*[.;]|\s*$)|;|(?:,|(?<=,[”\"’]))\s+according\s+to\b|(?:,|(?<=,[”\"’]))\s+(?:while|whereas|though|although)\b|"
    r"\s+even\s+as\b|(?:,|\s[—–]|(?<=,[”\"]))\s+(?=(?:" + trie_regex(lexicon().clause_ending_participles) + r")\b)|"
    # a new clause dated on its own: "..., but days earlier Mr. Putin had described ..."
    r"(?:,|(?<=,[”\"]))\s+(?:and|but)\s+(?=(?:(?:days|weeks|months|hours|a\s+day|a\s+week|a\s+month)\s+"
    r"(?:earlier|later|before)|earlier|later|the\s+(?:next|previous|following)\s+day)\b[^,;]{0,30}?\s(?:[A-Z]|the\s|an?\s))|"
    # an absolute clause with its own speaker: "..., with Kyiv calling it ..."
    r",\s+(?=with\s[^,;“”\"]{1,60}?\s(?:" + trie_regex(lexicon().clause_ending_participles) + r")\b)")
NEW_SPEAKER_RE = re.compile(
    r",?\s+(?:and|but|while|whereas)\s+(?=(?:a|an|the|two|three|some|several|[A-Z]|"
    r"(?:[a-z]+\s+)?(?:" + trie_regex(h for h in _L.unnamed_heads if h.endswith("s")) + r")\b)"
    # (the new speaker's role may have their name set off after it: "and the spokesperson, Maria Zakharova, insisted")
    r"(?:[^,;“”\"]{2,60},\s+[A-Z][\w.’'\- ]{2,40},|[^,;“”\"]{0,60}?)"
    r"(?<!\bto)(?<!\bwould)(?<!\bwill)(?<!\bcould)\s(?P<verb>" +     # an infinitive or a modal: "... are to blame
    trie_regex(f for f in lexicon().verb_forms if not f.endswith("ing") and f not in lexicon().noun_first_forms)
    + r")\b)")      # (not a word that is mostly a noun: "while Mrs. Clinton was secretary of state")
# what follows a verb that needs "that" (or a quotation) to report speech
SPEECH_FOLLOWS_RE = re.compile(r",?\s*(?:that\b|[“\"]|:)")
# a clause of time or an aside with a speaker who asserts something of their own: "urged allies
# to shun him after the rebel leader claimed that ...", "... -- a step the minister said was overdue"
OWN_SPEAKER_CLAUSE_RE = re.compile(
    r",?\s+(?:(?:after|before|when|as)\s+|(?:--|—|–)\s+)(?=(?:the|a|an|[A-Z])[^,;“”\"]{0,60}?\s(?:said|told|"
    r"claimed|argued|insisted|declared|alleged|denied)\b)")
# after "X said," inside a sentence: the rest of the statement, not a participle ("adding"), a
# conjunction or a quotation (those have their own readings)
# after "said Jo Bloggs" set off inside a clause, [a description and] the clause's own verb goes on
ROUND_PREDICATE_RE = re.compile(r",\s+(?:(?:an?\s+|the\s+)?[a-z][^,;:“”\"]{2,120},\s+)?(?=(?:is|was|are|were|would|will|"
                                r"could|can|should|may|might|must|has|had|have|remains|remained|lies|lay)\s)")
PAREN_REST_RE = re.compile(
    r"((?:\s+(?:on|in|at|last|this|earlier)\s+[A-Z]?\w+(?:\s+\w+)?|\s+(?:today|yesterday|tonight))?),\s+"
    r"(?!(?:and|but|or|so|then|as|while|because|"
    r"though|although|which|who|when|where|according|if|before|after)\b)(?=[A-Za-z])(?!\w+ing\b)")
# a dash and a name closing the line after a quotation: “A.” ― Jo Bloggs
SIGNATURE_RE = re.compile(r"[ \t\xa0]*[―—–-][ \t\xa0]*([A-Z][^\n,;:“”\"()]{1,60}?)[ \t\xa0]*[.,]?[ \t\xa0]*(?=\n|$)")
# what may follow an attribution that stands on its own after a quotation without ending the
# sentence: a participle, an appositive or a time clause (“Stop!” Jo shouted, waving a sign.)
TRAILING_CLAUSE_RE = re.compile(r"[,—–]\s*(?:\w+ing|who|a|an|the|as|before|after|while|when)\b")
# a time clause that may follow a closing attribution with no comma: "..., Jo said as she left."
TIME_CLAUSE_RE = re.compile(r"\s+(?:as|before|after|while|when)\s")
# a closing mark, then "and"/"but" and a new predicate of the speaker: `called it “a disgrace” and
# urged ...`, `said it was “sad,” but he added ...`; the quotation closed the reported clause
QUOTE_COORD_END_RE = re.compile(r"(?<=[”\"])\s*,?\s+(?:and|but)\s+(?=(?:then|later)\s|"
                                # (a day of its own may stand first: `“A,” and on Monday he dismissed ...`)
                                r"(?:on\s+(?i:" + "|".join(lexicon().weekdays) + r"),?\s+)?"
                                r"(?:he|she|they|we)\s+(?:also\s+|later\s+)?" +
                                _FINITE + r"\b|"
                                r"(?!(?:need|speed|seed|feed|breed|red|bed|shed|wed|thing|nothing|something|"
                                r"everything|anything|bring|during)\b)[a-z]{2,}(?:ed|ing)\b)")
_SUBORDINATORS = "|".join(sorted(map(re.escape, lexicon().opening_subordinators), key=len, reverse=True))
# a question put to the subject opens the sentence: "Asked whether ..., she declined ..., saying B"
ASKED_OPENING_RE = re.compile(r"(?:When\s+)?(?:Asked|Questioned|Pressed)\s")
# (a conjunction may stand first: "So when Patriot signaled that A, Mr. Barrett said, ...")
SUBORDINATE_OPENING_RE = re.compile(r"(?:(?:So|And|But|Yet)\s+(?i:" + _SUBORDINATORS + r")|" + _SUBORDINATORS + r")\s")
# the sentence after a quotation that names who said it: "That was how Jo Bloggs described the visit"
# where "That was how X described it" says the speaking was: "when he spoke to News24 on Wednesday",
# "at a briefing in Kyiv on April 7" (not "the week he spent there before boarding a train last week")
SPOKE_CLAUSE_RE = re.compile(r"\b(?:(?:when|as|while)\s+(?:he|she|they)\s+(?:spoke|addressed|told|was\s+speaking|briefed)"
                             r"|(?:at|during|in)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}"
                             + _spaced(trie_regex(lexicon().speech_event_words)) + r")\b[^.;]*")
THAT_WAS_HOW_RE = re.compile(r"(?:That|This|Such)\s+(?:was|is)\s+how\s+([^;:“”\"]{2,160}?),?\s+"   # ("X, 24, a student,")
                             r"(?:described|put\s+it|summed\s+(?:it\s+)?up|characteri[sz]ed|explained|framed|saw)\b"
                             # "That assurance came from Immigration Minister X, speaking to reporters"
                             r"|(?:That|This|The)\s+(?:assurance|warning|promise|pledge|message|comment|remark|verdict|"
                             r"assessment|admission|appeal|threat)\s+came\s+from\s+([^,;:“”\"]{2,120}?)\s*(?=[,.]|$)")
# a time clause opening the sentence (not a condition, "If Russia attacks, he said, “we will respond”", a
# concession, "While A, he said, “B”", or a topic, "As for the talks, she said, “A”")
TIME_CLAUSE_OPENING_RE = re.compile(r"(?:(?:So|And|But)\s+)?(?i:when|after|before|as(?!\s+for\b)|once|until)\s")
PLACE_COLON_LEAD_RE = re.compile(r"[A-Z][\w.’'/ -]{1,30}:\s+(?=[A-Z])")    # "New Delhi: External Affairs Minister X"
JOINED_HALF_RE = re.compile(r",\s+(?:and|but)\s+")
APPOSED_NAME_OPENING_RE = re.compile(r"\s*(?:[A-Z]\w*[’']?s?\s+)?[a-z][^,;:“”\"]{1,50},\s+((?:[A-Z][\w’'.\-]*\s+){1,3}[A-Z][\w’'\-]*),\s")
CITING_GAP_RE = re.compile(r",\s*(?:citing|quoting)\s+[^,;:“”\"]{2,80},")
SOURCE_BEFORE_VERB_RE = re.compile(
    r"\s+(?:in|at|during)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w’'-]+\s+){0,3}?(?:" +
    trie_regex(lexicon().carrier_nouns + lexicon().occasion_nouns) + r")\s*$")
OPENING_SOURCE_PHRASE_RE = re.compile(
    r"(?:In|During)\s+(?:a|an|his|her|its|their)\s+(?:[a-z]+\s+){0,2}?(?:" +
    trie_regex(lexicon().carrier_nouns + lexicon().occasion_nouns) + r")\b")
# a finite clause straight after the verb ("claimed its troops had taken the village"), as
# opposed to an object ("claimed responsibility for what was done", "noted the attacks")
CLAUSE_AHEAD_RE = re.compile(
    r"\s+(?!of\s)(?:(?!(?:for|in|on|at|to|with|from|by|about|against|into|through|under|between|among|after|"
    r"before|since|during|what|which|who|whom|that|and|but|or|as|over)\s)"
    r"[\w’'.-]+\s+){1,6}?(?:had|has|have|was|were|is|are|would|will|could|can|may|might|should|must)\s+\w")
OBJECT_RELATIVE_NP_RE = re.compile(r"\s*(?:a|an|the)\s+\w+\s+(?:the|a|an|his|her|its|their)\s", re.I)
MEDIA_OBJECT_RE = re.compile(r"\s*(?:(?:a|an|the|his|her|its|their|several|some|two|three|new|more)\s+){0,2}"
                             r"(?:[\w-]+\s+)?" + trie_regex(lexicon().media_nouns) + r"\b")
ATTRIBUTION_TAIL_END_RE = re.compile(r"[,.;:!?“\"(]|\s[—–]\s")
# the full stop of a month's abbreviation in a date ("on Feb. 24")
MONTH_DOT_RE = re.compile(r"\b(" + trie_regex(m.capitalize() for m in lexicon().months
                                              if m in lexicon().abbreviations) + r")\.(?=\s+\d)")


def _in_single_quotes(text: str, lo: int, pos: int, hi: int) -> bool:
    """pos lies between an opening ‘ and its closing ’ in [lo, hi) (a title in British style)."""
    opening = text.rfind("‘", lo, pos)
    return opening >= 0 and "’" not in text[opening:pos].replace("’s", "") and text.find("’", pos, hi) >= 0


def _masked_month_dots(text: str) -> str:
    """`text` with the full stop of each abbreviated month in a date made a one-dot leader (same
    length), so that a pattern that stops at a sentence's end reads past "on Feb. 24 that"."""
    return MONTH_DOT_RE.sub(lambda m: m.group(1) + "\u2024", text)


SPEECH_EVENT_RE = re.compile(r"\b" + _spaced(trie_regex(lexicon().speech_event_words)) + r"\b")
# "Kirby was blunter when ...", "A former ambassador put it more plainly.": what follows is theirs
CANDOUR_RE = re.compile(r"\s(?:was|were|is|are|had\s+been|has\s+been)\s+(?:even\s+|far\s+|much\s+|rather\s+)?"
                        + _spaced(trie_regex(lexicon().candour_words)) + r"\b|\s(?:put|puts)\s+it\s+(?:even\s+)?"
                        + _spaced(trie_regex(lexicon().put_it_words)) + r"\b")
# how a narration sentence opening with a bare role starts ("The governor", "Ukraine's president")
ROLE_OPENING_RE = re.compile(r"The\s|[A-Z][\w-]*[’']s\s")
# a sentence that brings a person on stage: "Then there's Axelrod.", "There is also Lindsey Graham, who ..."
THERE_IS_OPENING_RE = re.compile(r"(?:(?:And|But|Then|And\s+then)\s+)?[Tt]here(?:’s|'s|\s+is|\s+was)\s+(?:also\s+)?(?=[A-Z])")
# a new, unnamed person, described after a comma (not "An enthusiastic supporter, Seacord complained")
SOMEONE_OPENING_RE = re.compile(r"((?:A|An)\s[^,;:“”\"]{2,60}?),\s+(?=[a-z])")
SET_OFF_ROLE_RE = re.compile(r"(the\s[^,;:“”\"]{2,60}),\s+(?:who|whose)\s")
POSSESSIVE_OPENING_RE = re.compile(r"(?:For|To|With|Among|Inside|Within|At|In|On)\s+(?=[A-Z][\w’'-]+[’']s\s)")
OPENING_SETTING_RE = re.compile(r"(?:In|At|On|Near|Outside|Inside|Across|Along)\s[^,;:“”\"]{2,60},\s+")
PASSIVE_LEAD_RE = re.compile(r"\b(?:was|were|is|are)\s+" + _spaced(trie_regex(lexicon().agent_participles))
                             + r"\s+(?:[^,.;“”\"]{0,40}?\s)?by\s+(?=[A-Z])")
ASKED_ABOUT_RE = re.compile(r"\b(?:[Aa]sked|[Qq]uestioned|[Pp]ressed)\b[^,;“”\"]*?\s(whether|if|what|how|why|when|who)\b")
# a relative clause on the interview or post in the gap (group 2 is where it starts)
GAP_RELATIVE_RE = re.compile(r"([^.;:!?“”\"]{0,100}?(\s(?:that|which)\s+(?:" +
                             trie_regex(lexicon().publication_verbs) + r")\b[^.;:!?“”\"]{0,60}?))\bthat\s+")
PARTICIPLE_IN_GAP_RE = re.compile(r",\s+\w+ing\s+(?:that\s+)?$")   # "..., writing [that] " before the content
PARTICIPLE_OPENING_RE = re.compile(r"\s*[A-Z][a-z]+ing\s")
PAST_VERB_RE = re.compile(r"\b(?:[a-z]+ed|" + trie_regex(lexicon().irregular_pasts) + r")\b")
THAT_RE = re.compile(r"\bthat\b")
APPOSED_ROLE_RE = re.compile(r"(?:the|a|an|his|her|its|their)\s+[a-z]", re.I)
# (or a document's description: "said in a statement, titled “A” and published on its website last week, that")
SET_OFF_GAP_CLAUSE_RE = re.compile(r",\s+(?:(?:when|as|after|before|while|where|the\s+day\s+(?:before|after)|ahead\s+of|at)\s[^,;]{3,80}|"
                                   r"(?:titled|entitled|headlined|published|released|issued|posted|dated)\s[^,;]{3,160}),?\s*$")
AUX_WORD_BEFORE_RE = re.compile(r"(?:ha[sd]|have|also|later|earlier|then|again|once|already|now|just|never|often|ly)\s*$", re.I)
RELATIVE_AFTER_QUOTE_RE = re.compile(r"\s*,?\s*(?:who|whose)\s")
# the gap before "that": no clause break, but a programme's title may be quoted in it
# ("told ABC News' “This Week” on Sunday that")
THAT_GAP_RE = re.compile(r"((?:[^.;:!?“”\"]|(?<=\w)\.(?=[a-z]{2,4}\b)|\b[ap]\.m\.|[“\"][A-Z][^“”\".;:!?]{0,40}[”\"]){0,160}?)"
                         # ("said in a readout of that call on Tuesday that": after a preposition, "that" is a determiner)
                         r"(?<!\bof\s)(?<!\bin\s)(?<!\bat\s)(?<!\bon\s)(?<!\bduring\s)(?<!\bfrom\s)"
                         r"(?!(?<=\bafter\s)that\s+[a-z]+\s+that\b)"     # ("said after that meeting that", not "the day after that")
                         r"\bthat\s+"
                         # ("wrote on Twitter that evening that": a time, then the clause)
                         r"(?!(?:day|evening|morning|afternoon|night|week|weekend|month|year)\b)")
AS_QUOTE_RE = re.compile(r"\s+as\s+[“\"]")
ACT_TARGET_RE = re.compile(r"\s*(?:[A-Z][\w’'.-]*|him|her|them|us)(?:\s+[A-Z][\w’'.-]*){0,2}\s+(\w+)\b")
ADJUNCT_RE = re.compile(r"(?:after|before|during|following|amid|at|in|on|with|from|ahead\s+of|alongside)\s", re.I)
PARTICIPLE_OPENS_GAP_RE = re.compile(r",\s+\w+ing\s")
SOURCE_CLAUSE_RE = re.compile(r"\s(?:who|whom|whose|which|because|quoted|cited)\s")   # "a U.S. official quoted by"
SPLIT_THAT_RE = re.compile(r",?\s+(?:and|but)\s+(?:also\s+)?that\s+")
# A wire dateline opening a paragraph: "MOSCOW, March 15 (Reuters) - ", "KYIV, Ukraine (AP) — ",
# "Washington (CNN) — ", "Taipei, Feb. 25 (CNA) ", "Tokyo, March 12 (Jiji Press)--".
# Its date is the filing date, never a cue for the statement that follows it.
DATELINE_LEAD_RE = re.compile(r"(?:[A-Z][A-Z.'’/\- ]{1,30}[A-Z.](?:,\s+[A-Z][\w.'’ ]{1,25}?)?"
                              r"(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([A-Za-z .]{1,25}\))?"
                              r"|(?:[A-Z][\w.'’]+(?:[ ,]+[A-Z][\w.'’]+){0,3}(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
                              r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2})\s+\([A-Za-z .]{1,25}\))\s*(?:[—–-]{1,2}\s+|--(?=[A-Z]))"
                              # "Bürgenstock, Switzerland, 16 Jun 2024 (Lusa) - ", "Bucharest, Oct 12 /Agerpres/ - ",
                              # "Istanbul, January 11 (BTA correspondent Nikolay Velev) - ": a wire's own dateline
                              r"|[A-Z][\w.'’-]+(?:[ ,]+[A-Z][\w.'’-]+){0,3},\s+(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?"
                              r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?)\s+(?:\([^()]{1,40}\)|/[A-Za-z]{2,15}/)\s*[—–-]{1,2}\s+"
                              # "Taipei, Feb. 25 (CNA) ": a place, a day and the agency, with no dash
                              r"|[A-Z][\w.'’]+(?:\s+[A-Z][\w.'’]+)?,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s+\([A-Z][A-Za-z]{1,10}\)\s+(?=[A-Z])")
# a list item's bullet: "* Peskov told reporters ..." (a factbox), or a live blog's time ("17:30 | ")
BULLET_LEAD_RE = re.compile(r"(?:[*•▪]|-(?=\s+[A-Z])|\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?\s*)?[|–—-])\s+")
# Between a speaker and the verb, a comma-set phrase that frames the statement ("X, in a
# statement on Monday, said", "X, speaking on Tuesday, said"); a relative clause is about
# something else ("X, who visited Kyiv in May, said").
# a relative clause after a comma, to its end: the time of something else ("the Games, which opened on Friday.")
BACKGROUND_RELATIVE_RE = re.compile(r",\s+(?:who|which|whose|where)\s[^,;“”\"]{2,160}?(?=[,.;]|$)")
SET_OFF_RELATIVE_RE = re.compile(r",\s+(?:who|which|whose)\s[^,;“”\"]{2,120},")
# (not an apposition: "X, a soldier who lost her leg last year, said")
# a relative clause that tells of the speaking itself frames it too: "X, who addressed the forum on Saturday, said"
FRAMING_RELATIVE_RE = re.compile(r",\s+who\s+(?:\w+\s+)?(?:spoke|addressed|told|briefed|"
                                 r"was\s+speaking|appeared|hosted|chaired|attended|gave|delivered|represented|was\s+in|was\s+at)\b[^,;“”\"]{0,100},\s*$")
FRAMING_ADVERB_RE = re.compile(r"(?<=,)\s*(?:also|later|then|again|further|separately|had|has|have)\s+$")   # (", had told")
TRAILING_PARENTHESIS_RE = re.compile(r"\s*\([^()]{1,40}\)\s*$")
NAME_PARENTHESIS_RE = re.compile(r"\s*\([^()]{1,40}\)")     # "Wang Hung-wei (王鴻薇), appearing on ..."
FRAMING_PHRASE_RE = re.compile(r",\s+(?!(?:who|which|whose|whom|that|a|an|the|his|her|their|its)\b)"
                               r"(?![^,;“”\"]*\b(?:who|which|whose)\b)"
                               # (a short quoted name may stand in it: speaking on the “Tarafsız Bölge” program)
                               r"(?:[^,;“”\"]|[“\"][^“”\",;]{1,40}[”\"]){3,120}"
                               # (and a time clause set off after it: "..., in Riga on Friday, hours before the summit began,",
                               # "..., at Ramstein on Thursday, before the scale of the advance was clear,")
                               r"(?:,\s+(?:(?:hours|minutes|days|shortly|just|soon|even|long)\s+)?(?:before|after|as|while|amid)\s"
                               r"[^,;“”\"]{3,60})?,\s*$")


# a speaker's name and a colon opening a paragraph of an interview transcript ("Zelensky: We are ready.")
TRANSCRIPT_LINE_RE = re.compile(r"[\"“]?([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}):\s+(?=\S)")
ANSWER_WORDS = 8     # an answer in a transcript is prose, not a tally or a slogan
# a relative word ending the words before a set-off attribution, and the subject that opens the
# clause after it ("the phone on which, an aide said, he had been reading")
RELATIVE_END_RE = re.compile(r"\b(?:which|whom|who|whose|where|when|that)$")
SUBJECT_START_RE = re.compile(r"(?:he|she|they|it|we|I|you|the|a|an|his|her|their|its|this|these|those)\b|[A-Z]")
# a name set off after the addressee of "told": "told her Russian counterpart, Sergey Lavrov,"
APPOSED_NAME_RE = re.compile(r",\s+([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}),")
# "add to" a thing, not to an audience: "adding to fears of a glut" reports no words
# (but "Trump added to People.": a publication named and nothing after it is his audience)
ADD_TO_RE = re.compile(r"\s+to\s+(?!(?:the\s+)?(?:reporters|journalists|press|media|crowd|audience)\b|"
                       r"(?:[A-Z][\w.&’'-]*\s+){0,3}[A-Z][\w.&-]*[.,;:])")
# "added a special prayer for the meeting to Sunday’s liturgy": a thing put into another, to the sentence's end
ADD_OBJECT_TO_RE = re.compile(r"\s+(?:a|an|the|its|his|her|their|another|new|more)\s+[^,;:“”\"]{1,80}?\s+to\s+"
                              r"[^,;:“”\"]{1,40}?(?:\s*[.;!]?\s*$|,\s+[a-z]+ing\b)")
# "added Canada’s name to the declaration", "added their signatures": a name put on a text, no words
ADD_NAME_RE = re.compile(r"\s+(?:(?:its|his|her|their|our|my|[A-Z][\w.&’'-]*(?:’s|'s|’|'))\s+)?(?:name|names|signature|signatures)\b")
# what a statement that ran round an attribution cannot end with: another attribution ("the agency reported")
SOURCE_TAIL_RE = re.compile(r"\s*(?:(?:the|an?)\s+[^,;“”\"]{1,50}?|[A-Z][^,;“”\"]{0,50}?)\s(?:reported|reports|said|says|added|wrote|stated|announced)\W*")
# a content that is only a pronoun object and when or where ("confirmed this on Monday"; _says_nothing)
PRONOUN_OBJECT_RE = re.compile(r"\s*(it|this|so)\b")
SAID_THIS_RE = re.compile(r"(?:He|She|They|It|We)\s+" + _spaced(trie_regex(_L.verb_forms)) + r"\s(?=(?:it|this|so)\b)")
WHEN_OR_WHERE_RE = re.compile(r"\s+(?:in|on|at|during|over|last|earlier|yesterday|today|when|while|after|(?-i:[A-Z][a-z]+day))\b", re.I)
# a lead that counts from the statement: "The strike came two days after X said on Sunday"
INTERVAL_BEFORE_SUBJECT_RE = re.compile(r"\b(?:hours|days|weeks|months|a\s+day|a\s+week|a\s+month)\s+(?:after|before)\s*$")
# an outlet carrying a source the sentence names: "..., according to X, Trend reports" (_outlet_tail)
OUTLET_TAIL_RE = re.compile(r",\s+(?:the\s+)?[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3}\s+(?:reports|reported)\W*$")
ACCORDING_TO_RE = re.compile(r"\baccording\s+to\s")
# the rest of a subject's predicate after ", according to X," ("showed that", "was", "will meet")
INTERRUPTED_PREDICATE_RE = re.compile(
    r",\s+(?:(?:has|had|have|was|were|is|are|will|would|could|may|might|must|should|can)\b(?:\s+[a-z]+)?"
    r"|[a-z]+ed\b)(?:\s+(?P<that>that)\s+)?")
# "..., after which Downing Street said": the clause after it has its own subject
RELATIVE_LINK_RE = re.compile(r",\s+(?:after|before|following|upon)\s+which\s+")
# "..., in what Bay Buchanan, a Reagan aide, called “hand-to-hand combat”": the clause after "what" is hers
WHAT_LINK_RE = re.compile(r",\s+(?:(?:in|with|to|for|at|by|on|from|of|into)\s+)?what\s+")
# after "according to": "figures her campaign released Monday" (the document, its source, the
# participle and the day), and a body's initials in brackets after its name
DOCUMENT_THEN_SOURCE_RE = re.compile(r"(?:(?:a|an|the)\s+)?(?:new\s+)?(?:figures|data|statistics|estimates|numbers|"
                                     r"fact\s+sheet|documents?|records|filings?)\s+(?=\S)")
ISSUED_END_RE = re.compile(r"\s+(?:released|issued|published|posted|put\s+out|sent)\s*$")
INITIALS_IN_BRACKETS_RE = re.compile(r"\([A-Z][A-Za-z&]{1,8}\)")
# a clause embedded in the main one: "She declined to say whether X had spoken"
EMBEDDING_BEFORE_RE = re.compile(r"\b(?:whether|if|why|how|what)\s+$")
# "..., and according to X, B", "He had flown in, and at a news conference he said": a new clause
CLAUSE_JOIN_RE = re.compile(r"(?:,[”\"’]?\s*(?:and|but)|;)\s+")
CLAUSE_JOIN_BEFORE_RE = re.compile(r"(?:,[”\"’]?\s*(?:and|but)|;)\s*$")
OPINION_LEAD_RE = re.compile(r"(?:In|To)\s+(?:(?P<poss>(?i:" + "|".join(lexicon().possessive_pronouns) + r"))\s+"
                             r"(?:" + "|".join(lexicon().opinion_nouns) + r")|the\s+(?:" + "|".join(lexicon().opinion_nouns)
                             + r")\s+of\s+(?P<of>[^,;:“”\"]{2,80}?)),\s+(?=\S)")
# "Lavrov's view was that B", "His answer was that B": an owner, a stance noun, "was that"
STANCE_LEAD_RE = re.compile(r"(?:(?P<poss>(?i:" + "|".join(lexicon().possessive_pronouns) + r"))|(?P<owner>[A-Z][^,;:“”\"]{1,60}?)[’']s)"
                            r"\s+(?:own\s+|main\s+|central\s+)?(?:" + "|".join(lexicon().stance_nouns)
                            + r")\s+(?:was|is|remained|remains|has\s+been|had\s+been)\s+that\s+(?=\S)")
# a reported clause that reports the speaker's own earlier words: "recalled that he had warned ... that B"
EMBEDDED_SPEECH_RE = re.compile(r"(?:he|she|they|we|I)\s+(?:had|has|have)\s+(?:already\s+|also\s+)?(?:"
                                + trie_regex([f for f in lexicon().verb_forms if f.endswith(("ed", "aid", "ote"))])
                                + r")\b(?P<gap>[^,;:“”\"]{0,60}?)\s+that\s+(?=\S)")
CLAUSE_JOIN_AFTER_RE = re.compile(r",\s+(?:while|whereas|but)\s|;\s")
SPOKE_WHEN_RE = re.compile(r",?\s+who\s+(?:spoke|talked|briefed\s+\w+)\b[^,;.“”\"]{0,60}")
# "As Kremlin spokesman Dmitry Peskov put it on Wednesday, B": B is his
AS_THEY_SAID_RE = re.compile(r"As\s+(?P<subj>[^,;:“”\"]{2,80}?)\s+(?P<verb>(?:has\s+|have\s+|had\s+)?(?:put\s+it|said|noted|"
                             r"observed|warned|argued|wrote|explained|stressed|pointed\s+out|remarked|told\s+[a-z]+))"
                             r"(?P<gap>\s+(?:on|in|at|to|during|last|earlier|this|recently|yesterday)\b[^,;:“”\"]{0,50})?,\s+(?=\S)")
STATED_BY_RE = re.compile(r"(?:This|That|It)\s+was\s+(?:also\s+)?(?:" + "|".join(lexicon().stated_by_participles)
                          + r")\s+by\s+(?=[A-Z]|the\s)")
LEADING_SOURCE_RE = re.compile(r"(?:that\s*)?,?\s*according\s+to\s+[^,;:“”\"]{2,60},\s+(?=\S)")
DATE_CLOSING_COMMA_RE = re.compile(r"\bdate\s*,\s*$")
TIME_LEAD_RE = re.compile(r"[A-Z][^,;:“”\"]{2,40},\s+")    # "A day later, ", "On Monday, "
APPOSED_ROLE_AFTER_RE = re.compile(r"(?:the|a|an)\s[^,;:“”\"]{2,60},\s+")
# "According to UN estimates": the institution's figures
SOURCE_FIGURES_RE = re.compile(r"(?:[’']s)?\s+(?:estimates|figures|data|statistics)\s*$")
# a US politician's party and state, read as blank: "Sen. Chris Murphy (D-Conn.), who said ..."
AFFILIATION_RE = re.compile(r"\s" + sp.PARTY_BRACKET)
# and the expansion of a party's or a body's initials before a title: "The HDZ (Croatian Democratic
# Union) leader recalled ..." reads as "The HDZ leader recalled ..."
INITIALS_GLOSS_RE = re.compile(r"(?<=[A-Z][A-Z])\s\([^()]{3,80}\)(?=\s+[a-z])")


# the head noun of a short object: "his appeal", "calls", "the warning"
SPEECH_ACT_OBJECT_RE = re.compile(r"\s+(?:(?:his|her|their|its|the|a|an|earlier|previous)\s+)?(?:[a-z-]+\s+)?"
                                  r"([a-z]+)\s+(?:for|to|that|on|against|as)\b")
# an aside that lists examples inside a verb's target: "world leaders, including X and Y,"
INCLUDING_ASIDE_RE = re.compile(r",\s+including\s+[^,;:!?“”\"]{1,80},")
# titles, programmes and the gap after the verb
# where a closing attribution's words appeared: "wrote on Telegram", "said in a statement"
CHANNEL_TAIL_RE = re.compile(r"(?:on|in|via)\s+(?:(?:his|her|its|their|a|an|the)\s+)?(?:(?!(?:" + "|".join(
    w.capitalize() for w in (*lexicon().weekdays, *lexicon().months)) + r")\b)[A-Z][\w.-]*|statement|post|"
                             r"video|interview|message)(?:\s+(?:channel|account|page|post|statement|video|address))?"
                             r"(?:\s*,)?\s*")
# an object and the description "as" gives it, without quotation marks: "them as polite"
# (not a reflexive: "described himself as a pro-life Catholic" is who they are, as in a survey)
AS_DESCRIPTION_RE = re.compile(r"\s+(?!(?:himself|herself|themselves|itself|myself|ourselves)\b)"
                               r"((?:[\w’'-]+\s+){1,5}?as\s+(?!if\b|though\b|well\b|part\b|such\b)[a-z][\w-]*)")
# the speaker's own words for what the verb is about, without quotation marks
WHAT_THEY_CALLED_RE = re.compile(r"\s+what\s+(?:he|she|they|it|we)\s+(?:called|calls|described\s+as|termed|dubbed)\s")
QUOTED_TITLE_IN_GAP_RE = re.compile(r"[“\"][A-Z][^“”\"]{0,40}[”\"]")
# a clause of its own in what would be the gap before "that"
GAP_CLAUSE_RE = re.compile(r"\b(?:he|she|they|we)\s+(?:\w+ed|had|has|was|were|would|will|could|is|are)\b")
TIME_CLAUSE_AFTER_RE = re.compile(r"\s+(?:after|before|while|when|as)\s")
SET_OFF_WHO_RE = re.compile(r",\s+who\s+(?=[a-zA-Z])")
# all that stands between a speaker's attribution and a second verb: ", who also"
SPEAKER_RELATIVE_RE = re.compile(r"\s*,\s*who\s+(?:(?:also|later|then|earlier|further|again)\s+)?")
SET_OFF_AFTER_TIME_RE = re.compile(r"(?:\s*\([^()]{1,20}\))?\s*,\s+[^,;“”\"]{2,60},")   # ("(June 14), on the eve of the summit,")
AUX_TIME_ASIDE_RE = re.compile(r"\s(?:had|has|have)\s*,\s*((?:on|in|at|earlier|last)\s[^,;.“”\"]{1,30}?),\s*$")
CUE_PREPOSITION_RE = re.compile(r"\s(?:in|at|by|during)\s+$")
ON_CONDITION_RE = re.compile(r"\s+(?:speaking\s+)?(?:on|under)\s+(?:the\s+)?condition\s+of\s+anonymity\b")
ANONYMITY_RE = re.compile(r"\s*(?:not\s+to\s+be\s+(?:named|identified|quoted)|(?:for\s+)?anonymity)\b")
# an adverb of manner, then a clause of time or cause: "said quietly as he left"
MANNER_THEN_CLAUSE_RE = re.compile(r"[\w-]+ly,?\s+(?:as|when|while|before|after|because|since|until)\b")
# a relative clause opened after the subject and still open: "X, who earlier urged Modi to use his "
RELATIVE_OPEN_BEFORE_RE = re.compile(r",\s+(?:who|whom|whose|which)\s[^,;“”\"]*$")
SET_OFF_PLACE_RELATIVE_RE = re.compile(r",\s+(?:where|when)\s")
# a time or reason clause with its own subject: "announced Friday as Ukrainians marked ...", "said when he arrived"
# ("as" only with a pronoun or a name: "admitted as a part of his plea that ..." is no clause)
SUBJECT_CLAUSE_AFTER_RE = re.compile(r",?\s*(?:(?:when|while)\s+(?:the|a|an|his|her|its|their|this)|(?:as|when|while)\s+"
                            r"(?:he|she|they|it|we|I|[A-Z][\w’'.-]*))\s")
QUOTE_MARKS_TO_SPACES = str.maketrans({c: " " for c in "“”\"‘’"})
# words after a quotation that show it is not a noun's modifier
MODIFIER_STOP = frozenset("and or but as to which that who when while if because than so then at in on of for "
                          "from with by into about after before is was are were has had have will would".split()) \
    | frozenset(_L.pronouns)
# short words a title leaves in lower case ("Face the Nation with Margaret Brennan")
TITLE_SMALL_WORDS_RE = re.compile(r"\b(?:with|from|into|over|upon|about|after|than)\b")
# the word before a quoted title: "the author of “Frozen Conflicts,”", "a report titled “X,”"
TITLE_LEAD_RE = re.compile(r"\b(" + trie_regex(_L.title_leads) + r")\s*,?\s*$", re.I)   # ("her memoir, “X,”")
TITLE_VERB_LEADS = frozenset(["of", "called", "named"])
_WORK_NOUNS = trie_regex([w for w in _L.title_leads if w not in ("of", "titled", "entitled", "called", "named")])
# a work named earlier in the clause, its title set off after it ("a report last year, “X,”"), or after the title
DOCUMENT_BEFORE_TITLE_RE = re.compile(r"\b(?:" + _WORK_NOUNS + r")s?\b[^,;:.“”\"‘’]{0,50},\s*$", re.I)
THAT_AFTER_TITLE_RE = re.compile(r"\s*(?:,[^,.;“”\"]{0,60},)?\s*that\s")
DOCUMENT_AFTER_TITLE_RE = re.compile(r"\s*,?\s+(?:an?|the|his|her|their|its)\s+(?:[\w’'-]+\s+){0,3}(?:" + _WORK_NOUNS + r")\b")
# "a claim dismissed by X as “grotesque”": the agent and the words
AGENT_AS_QUOTE_RE = re.compile(r"\s+by\s+([^,;:“”\"]{2,80}?)\s+as\s+(?=[“\"])")
TITLE_VERB_FORMS = frozenset(["called", "named", "dubbed", "titled", "entitled"])
TITLE_HEADS = frozenset(w for w in _L.title_leads if w not in TITLE_VERB_LEADS and w not in ("titled", "entitled"))
WORK_NOUN_BEFORE_RE = re.compile(r"\b([a-z]+)\s+$")


# ---------------------------------------------------------------- the reader


class _Reader:
    def __init__(self, article: Article):
        self.article = article
        self.text = article.text or ""
        self.paras = paragraphs(self.text)
        self.quotes = find_quotes(self.text, self.paras)
        self.qi = QuoteIndex(self.quotes)
        self.sents = sentences(self.text, self.paras, self.qi)
        self.findings: list[Finding] = []
        self.used_quotes: set[int] = set()          # quote starts claimed by a verb
        self.consumed: list[tuple[int, int]] = []
        self._pending_tell = None
        self._sentence_subject = None
        self.subject_ids: dict[int, str | None] = {}
        # speakers of a speech verb that said nothing quotable ("as Mr. X suggested at the meeting"):
        # no statement, but the next "he" may be them
        self.speaker_mentions: list[sp.NP] = []
        self.mention_roles: dict[int, list] = {}    # a mention's start -> the roles its phrase gave
        self._adjunct_only = self._object_only = False
        self._surnames: set[str] | None = None
        self._sent_starts: list[int] | None = None

    # -- helpers
    def _is_consumed(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.consumed[-8:])

    def _trim(self, cs: int, ce: int) -> tuple[int, int]:
        t = self.text
        while cs < ce and (t[cs].isspace() or t[cs] in ",:;—–-"):
            cs += 1
        while ce > cs and (t[ce - 1].isspace() or t[ce - 1] in ",;:—–-"):
            ce -= 1
        return cs, ce

    def _add(self, cs: int, ce: int, sent: Sentence, verb: re.Match | None, np: sp.NP | None, *,
             zones=(), roles=(), speaker_from=None, date_from=None, force_kind=None, mention_kind=None) -> int | None:
        cs, ce = self._trim(cs, ce)
        if ce <= cs:
            return None
        kind = force_kind or self._kind(cs, ce)
        if kind == "direct" and force_kind is None:
            q = self.qi.overlapping(cs, ce)[0]
            cs, ce = self._quote_text_span(q)
            if ce <= cs:
                return None
        if kind == "mixed" and self._only_a_work(cs, ce, sent):
            return None     # "wrote a column entitled “Why X Matters”": a title, not what was said
        if kind != "direct" and self._says_nothing(cs, ce, verb):
            self._note_silent_speaker(np, roles)
            return None
        if kind != "direct" and not self._long_enough(self.text[cs:ce], kind):
            if np is not None and np.kind == "institution":     # "The embassy rejected the accusations.
                self.speaker_mentions.append(np)    # ..., it claimed": no statement, but the next "it" may be its
            return None
        for q in self.qi.overlapping(cs, ce):
            self.used_quotes.add(q.start)
        mention = Mention(self.text[np.start:np.end], np.start, np.end) if np else None
        f = Finding(kind=kind, text=self.text[cs:ce], start=cs, end=ce,
                    # “A?” Jo asked. splits after the mark: the context must still hold the quote.
                    sentence=self.text[min(sent.start, cs):max(sent.end, ce)], sentence_lo=min(sent.start, cs),
                    mention=mention,
                    mention_kind=mention_kind or (np.kind if np else "continuation"),
                    cue=verb.group(0) if verb else "", paragraph=sent.para, sentence_start=sent.start,
                    np=np, roles=list(roles), speaker_from=speaker_from, date_from=date_from,
                    date_zones=[z for zone in map(self._without_question, zones)
                                for z in self._without_quotes(zone) if z[1] > z[0]])
        self.findings.append(f)
        return len(self.findings) - 1

    def _note_silent_speaker(self, np: sp.NP | None, roles) -> None:
        """A speaker whose verb said nothing quotable is still the one the next "the minister" means
        ("The Minister, Mr Onyeama, disclosed this on Wednesday. … the minister said")."""
        if np is not None:
            self.speaker_mentions.append(np)
            self.mention_roles[np.start] = list(roles)

    def _says_nothing(self, cs: int, ce: int, verb: re.Match | None) -> bool:
        """A pronoun object and when or where it was said: "confirmed this on Monday", "acknowledged it
        in his nightly address Saturday" (what was confirmed is told elsewhere)."""
        start = verb.end() if verb is not None and verb.start() == cs else cs
        if (said := SAID_THIS_RE.match(self.text, start, ce)) is not None:
            start = said.end() - 1   # ("He said this in a comment to Ukrinform, Ukrinform reports": a source's tail)
        m = PRONOUN_OBJECT_RE.match(self.text, start, ce)
        if m is None or m.end() >= ce:
            return m is not None
        if WHEN_OR_WHERE_RE.match(self.text, m.end(), ce) is None:
            return False
        if m.group(1) != "it":
            # "disclosed this on Wednesday while briefing State House correspondents at …", "said
            # this when met by reporters after …": however long the occasion, "this" is what was told
            # before; only a that-clause or a quotation after it says something new
            return not QUOTE_CHAR_RE.search(self.text, m.end(), ce) and not THAT_RE.search(self.text, m.end(), ce)
        return self._only_adjunct(m.end(), ce)

    def _only_a_work(self, cs: int, ce: int, sent: Sentence) -> bool:
        """A short object whose every quotation is a title in Title Case after the word that
        introduces it ("a book titled “The Long Game”")."""
        quotes = self.qi.overlapping(cs, ce)
        rest = self.text[cs:quotes[0].start] + self.text[quotes[-1].end:ce]
        leads = [TITLE_LEAD_RE.search(self.text, max(sent.start, q.start - 14), q.start) for q in quotes]
        # (not after "called": `called it “A Tragedy”` is what was said)
        return len(WORDS_RE.findall(rest)) <= 5 and all(
            lead and lead.group(1).lower() not in TITLE_VERB_LEADS
            and _title_case(self.text[q.inner_start:q.inner_end].rstrip(" .,")) for lead, q in zip(leads, quotes))

    def _without_quotes(self, zone: tuple[int, int]) -> list[tuple[int, int]]:
        """A zone less the quotations in it: a date inside one belongs to a title or to what was
        said ("told ABC News' “This Week” on Sunday"), not to when it was said."""
        lo, hi = zone
        quotes = self.qi.overlapping(lo, hi) if hi > lo else []
        if not quotes:
            return [zone]
        parts = []
        for q in quotes:
            parts.append((lo, max(lo, q.start)))
            lo = max(lo, q.end)
        parts.append((lo, hi))
        return parts

    def _without_question(self, zone: tuple[int, int]) -> tuple[int, int]:
        """`Asked on Monday whether the war could end this year, she said`: a date in the question
        is what was asked about, not when the answer was given."""
        m = ASKED_ABOUT_RE.search(self.text, *zone)
        return (zone[0], m.start(1)) if m else zone

    @staticmethod
    def _long_enough(content: str, kind: str) -> bool:
        words = WORDS_RE.findall(content)
        if len(words) >= (MIN_MIXED_WORDS if kind == "mixed" else MIN_CONTENT_WORDS):
            return True
        # three words make a clause when the second is a finite auxiliary: "prices would
        # rise", "he was wrong" (but not the object "the same thing")
        return len(words) == 3 and AUX_RE.fullmatch(words[1]) is not None

    def _framing_zone(self, np: sp.NP | None, vpos: int) -> tuple[int, int]:
        """The comma-set phrase between a speaker and the verb, when it frames the statement."""
        if np is None:
            return vpos, vpos
        if adverb := FRAMING_ADVERB_RE.search(self.text, np.end, vpos):
            vpos = adverb.start()   # ("X, speaking to reporters on Tuesday, also warned")
        start = paren.end() if (paren := NAME_PARENTHESIS_RE.match(self.text, np.end, vpos)) else np.end
        if not (FRAMING_PHRASE_RE.match(self.text, start, vpos) or FRAMING_RELATIVE_RE.match(self.text, start, vpos)):
            return vpos, vpos
        return start, vpos

    def _kind(self, cs: int, ce: int) -> str:
        qs = self.qi.overlapping(cs, ce)
        if not qs:
            return "indirect"
        if len(qs) == 1 and qs[0].start <= cs and qs[0].end >= ce - 1:
            return "direct"
        return "mixed"

    def _quote_text_span(self, q: Quote) -> tuple[int, int]:
        cs, ce = q.inner_start, q.inner_end
        t = self.text
        while cs < ce and t[cs].isspace():
            cs += 1
        while ce > cs and (t[ce - 1].isspace() or t[ce - 1] in ",;:—–-"):
            ce -= 1
        return cs, ce

    def _content_end(self, cs: int, sent: Sentence) -> int:
        """Where a reported clause stops: the sentence end or the first clause-level break."""
        limit = min(sent.end, cs + MAX_CONTENT)
        ce = limit
        for rx in (END_MARK_RE, COORD_VERB_RE, NEW_SPEAKER_RE, OWN_SPEAKER_CLAUSE_RE, QUOTE_COORD_END_RE):
            for m in rx.finditer(self.text, cs, limit):
                if rx is NEW_SPEAKER_RE and len(self.text[cs:m.start()].split()) <= 2:
                    continue    # "said that he and Putin had agreed": a subject of two, not a new speaker
                if rx is NEW_SPEAKER_RE and lexicon().verb_forms.get(m.group("verb")) in lexicon().needs_that \
                        and not SPEECH_FOLLOWS_RE.match(self.text, m.end("verb")) \
                        and not CLAUSE_AHEAD_RE.match(self.text, m.end("verb"), limit):
                    continue    # "buyers in Africa and the Middle East had begun asking": no one speaks
                if rx is not END_MARK_RE and lexicon().verb_forms.get(m.group(0).split()[-1]) in lexicon().that_only \
                        and not THAT_AHEAD_RE.match(self.text, m.end()):
                    continue    # "will not vote for him and considers him a racist": no second statement
                if m.start() > cs and not self.qi.containing(m.start()):
                    ce = min(ce, m.start())
                    break
        ce = min(ce, self._subordinate_clause_end(cs, sent, ce))
        q = self.qi.containing(ce - 1) if ce > cs else None
        if q and q.end > ce:
            ce = q.end
        while ce > cs and self.text[ce - 1] in " .!?…":
            ce -= 1
        return ce

    def _subordinate_clause_end(self, cs: int, sent: Sentence, limit: int) -> int:
        """`After X said A, the Kremlin replied`: speech inside a sentence-opening adverbial clause
        ends at the first comma after it. A comma before the content means the clause closed
        earlier (`When asked, X said that A, if B, ...`) and the verb is the main one."""
        start = sent.start
        if not SUBORDINATE_OPENING_RE.match(self.text, start, cs):
            # or one opening the sentence's second half: "The crowd booed, and when X said A, a man yelled"
            joined = [m.end() for m in JOINED_HALF_RE.finditer(self.text, sent.start, cs) if not self.qi.containing(m.start())]
            start = joined[-1] if joined else None
            half = self.text[start:cs] if start is not None else ""
            if not SUBORDINATE_OPENING_RE.match(half[:1].upper() + half[1:]):
                return limit
        comma = next((i for i in range(start, limit) if self.text[i] == "," and not self.qi.containing(i)), None)
        return limit if comma is None or comma < cs else comma

    # -- per sentence
    def read(self) -> list[Finding]:
        pending_tell = None
        for q in self.qi.quotes:
            lead = INSCRIPTION_BEFORE_RE.search(self.text, max(0, q.start - 40), q.start)
            if (lead is not None and not CARRIER_BEFORE_RE.search(self.text, max(0, lead.start() - 60), lead.start())) \
                    or SIGN_BEFORE_RE.search(self.text, max(0, q.start - 80), q.start):
                self.used_quotes.add(q.start)   # the words on a sign or a shirt: no one's statement on its own
                # (but "a message from X that read: “A”" is X's)
        answers = self._transcript_answers()
        for si, sent in enumerate(self.sents):
            if sent.para in answers:
                continue        # an interview's answer is one statement, read whole below
            before = len(self.findings)
            if si > 0 and self._stated_by(sent, self.sents[si - 1]):
                continue
            self._sentence(sent)
            if pending_tell and len(self.findings) == before and not self.qi.starting_in(sent.start, sent.end) \
                    and self.sents[si - 1].para == sent.para:
                np, verb, zones, prev_sent = pending_tell
                self._add(sent.start, sent.end, sent, verb, np, zones=zones)
            pending_tell = getattr(self, "_pending_tell", None)
            self._pending_tell = None
        for k, (np, cs) in answers.items():
            sent = self._sentence_at(cs) or Sentence(cs, self.paras[k].end, k)
            self._add(cs, self.paras[k].end, sent, None, np, zones=[], force_kind="direct")
            self.used_quotes.update(q.start for q in self.qi.overlapping(cs, self.paras[k].end))
        self._colon_quotes()
        self._signed_quotes()
        self._subject_quotes()
        self._continuations()
        order = sorted(range(len(self.findings)), key=lambda i: self.findings[i].start)
        new_index = {old: new for new, old in enumerate(order)}
        for f in self.findings:
            f.speaker_from = new_index.get(f.speaker_from) if f.speaker_from is not None else None
            f.date_from = new_index.get(f.date_from) if f.date_from is not None else None
        self.findings = [self.findings[i] for i in order]
        return self.findings

    def _stated_by(self, sent: Sentence, prev: Sentence) -> bool:
        """"B. This was stated by X during a press conference on Thursday." (translated wire copy):
        the sentence before is X's, if nothing else claimed it; the rest of this one says when."""
        m = STATED_BY_RE.match(self.text, sent.start, sent.end)
        if m is None or any(f.sentence_start == prev.start for f in self.findings) \
                or self.paras[prev.para].skipped or sent.para - prev.para > 1:
            return False
        end = self._inverted_np_end(m.end(), sent.end)
        np = sp.parse_np(self.text[m.end():end], m.end())
        if np is None or np.kind == "pronoun":
            return False
        cs, ce = prev.start, _rstrip_index(self.text, prev.start, prev.end)
        if self.text[ce - 1:ce] == ".":
            ce -= 1
        return self._add(cs, ce, prev, None, np, zones=[(end, sent.end)]) is not None

    def _sentence(self, sent: Sentence) -> None:
        t = self.text
        if YES_NO_QUESTION_RE.match(t, sent.start, sent.end) and t[sent.start:sent.end].rstrip(" ”\"’'").endswith("?"):
            return      # "Did Brown say the talks would resume?": the writer asks, no one said it
        last_np: sp.NP | None = None
        last_idx: int | None = None
        self.consumed = []
        first_in_sentence = len(self.findings)
        outlet = self._outlet_tail(sent)
        tail = self._trailing_attribution(sent) if outlet == sent.end else -1
        for v in VERB_RE.finditer(t, sent.start, outlet):
            if self.qi.containing(v.start()) or self._is_consumed(v.start()) or t[v.start() - 1] == "-" \
                    or SO_BEFORE_RE.search(t, max(sent.start, v.start() - 4), v.start()):
                continue    # (a hyphen makes a compound: the "so-called" coalition, also spelt "so called")
            if v.start() < tail:
                continue    # "Russia had insisted that B, the official said": all of it is the official's
            word = v.group(0)
            if word.lower().startswith("according"):
                continue
            lemma = lexicon().verb_forms.get(word)
            if lemma is None:
                continue
            if lemma == "add" and _adds_no_words(t, v.end(), sent.end):
                continue    # "..., adding to expectations of a glut": added to something, said nothing
            left = t[max(sent.start, v.start() - 60):v.start()]
            if word.split()[0].endswith("ing") and not PROGRESSIVE_BEFORE_RE.search(left):   # ("making it clear")
                if (np := self._quoted_as(sent, v.start())) is not None:
                    if not self._quoted_before(sent, v, np):
                        self._participle(sent, v, lemma, np, None)   # TASS quoted X as saying B
                elif PARTICIPLE_BEFORE_RE.search(left) or BARE_PARTICIPLE_BEFORE_RE.search(left) or (
                        AND_BEFORE_RE.search(left) and self._participle_before(sent, last_idx)):
                    # (", calling the trip “a show” and demanding that B": the second participle too)
                    idx = self._participle(sent, v, lemma, last_np, last_idx)
                    if idx is not None:
                        last_idx = idx
                elif (np := self._name_before_participle(v.start(), sent)) is not None:
                    self._participle(sent, v, lemma, np, None)
                continue
            if BY_PARTICIPLE_AFTER_RE.match(t, v.end(), sent.end):
                # "X began by saying “A”": the participle after "by" reports the speech, and X says it
                if (np := self._leading_subject(sent, v.start())) is not None:
                    last_np, last_idx = np, None
                continue
            if word in TITLE_VERB_FORMS and (head := WORK_NOUN_BEFORE_RE.search(left)) \
                    and head.group(1).lower().removesuffix("s") in TITLE_HEADS and OPENS_PARAGRAPH_RE.match(t, v.end()):
                continue        # "a series of books called “Myths About Russia”": a name, not speech
            if word in ("asked", "questioned") and self._asked_in_aside(sent, v):
                continue        # "The ministry, asked whether it would arrest him, said B": it was asked
            if lemma in lexicon().agent_passive_verbs and self._passive_agent(sent, v):
                continue        # "a claim dismissed by Foreign Secretary Liz Truss as “grotesque”"
            if PASSIVE_AUX_BEFORE_RE.search(left) and BY_AFTER_RE.match(t, v.end()):
                continue        # "The initiative was called by the SVP to force ...": its subject said nothing
            if DET_BEFORE_RE.search(left) or PREPOSITION_BEFORE_RE.search(left) \
                    or POSSESSIVE_BEFORE_RE.search(left) and not CONTRACTION_BEFORE_RE.search(left):
                continue        # a noun or adjective: "his claims", "the alleged", "Biden’s remarks"
            if word in NOUN_FIRST_FORMS and (FINITE_VERB_RE.match(t, v.end() + 1) or not (
                    VERB_ARGUMENT_AFTER_RE.match(t, v.end(), sent.end) or QUOTE_ATTRIBUTION_BEFORE_RE.search(left))):
                continue        # "state television", "in charge of", "the report said": a noun
            litotes = lemma in lexicon().negation_keeps and NOT_BEFORE_RE.search(left)
            if word in (lemma, lemma + "s", lemma + "es") and MODAL_BEFORE_RE.search(left) \
                    and not QUOTE_NEXT_RE.match(t, v.end(), sent.end) and not litotes \
                    and not VEHICLE_BEFORE_RE.search(t, max(sent.start, v.start() - 120), v.start()):
                continue        # "would say", "declined to comment" (but "went on to say, “A”", "used
                # his address to call for")
            if PASSIVE_BEFORE_RE.search(left) and not word.endswith("ing"):
                continue
            if NEITHER_NOR_SUBJECT_RE.match(t, sent.start, v.start()):
                continue        # "Neither the embassy nor the ministry responded to requests for comment"
            if NEGATED_OR_OBJECT_BEFORE_RE.search(left) and not litotes:
                continue        # "has not spoken to him since", "nothing he said on Thursday suggested"
            if self._no_speech(v, sent.start, sent.end):
                continue        # "as soon as Kyiv declares it is ready", "the sanctions announced on Friday will"
            self._sentence_subject = None
            res = self._after_quote(sent, v) or self._before_content(sent, v, lemma, last_np, last_idx) \
                or self._after_content(sent, v)
            if not res and self._sentence_subject is not None:
                # "X claimed A, but Y denied the claim, saying B": B is Y's, the verb's own subject
                last_np, last_idx = self._sentence_subject, None
            if res:
                idx, np = res
                if np is not None:
                    last_np = np
                last_idx = idx if idx is not None else last_idx
        self._according_to(sent, first_in_sentence)
        if len(self.findings) == first_in_sentence:
            self._in_their_view(sent)
        if len(self.findings) == first_in_sentence:
            self._as_they_said(sent)
        if len(self.findings) == first_in_sentence:
            self._stance_was(sent)

    def _participle_before(self, sent: Sentence, idx: int | None) -> bool:
        """The statement at idx is a participle's in this sentence."""
        return idx is not None and self.findings[idx].sentence_start == sent.start \
            and self.findings[idx].cue.endswith("ing")

    def _asked_in_aside(self, sent: Sentence, v: re.Match) -> bool:
        """A participle set off after the subject, with the subject's own speech verb after it."""
        t = self.text
        if not re.search(r"\w,\s*$", t[max(sent.start, v.start() - 3):v.start()]):
            return False
        for m in re.finditer(r",\s+([a-z]+)\b", t[v.end():sent.end]):
            if not self.qi.containing(v.end() + m.start()):
                return lexicon().verb_forms.get(m.group(1)) is not None and m.group(1)[-2:] in ("ed", "id", "ld")
        return False

    def _passive_agent(self, sent: Sentence, v: re.Match) -> bool:
        """"a claim dismissed by X as “grotesque”", "was described by the minister as “a fantasy”":
        the agent after "by" said the quotation after "as"."""
        t = self.text
        if not v.group(0).endswith("d"):
            return False    # (a past participle: "dismissed", "described")
        m = AGENT_AS_QUOTE_RE.match(t, v.end(), sent.end)
        q = next(iter(self.qi.starting_in(m.end(), m.end() + 1)), None) if m else None
        np = sp.parse_np(m.group(1), m.start(1)) if q else None
        if np is None or q.start in self.used_quotes:
            return False
        return self._add(v.start(), q.end, sent, v, np, zones=[(v.end(), m.start(1))], force_kind="mixed") is not None

    def _quoted_before(self, sent: Sentence, v: re.Match, np: sp.NP) -> bool:
        """“A,” Ushakov was quoted as saying by TASS on Wednesday: the quotation before is what he said."""
        t = self.text
        if not QUOTED_BY_TAIL_RE.match(t, v.end(), sent.end):
            return False
        qs = [q for q in self.qi.overlapping(sent.start, np.start) if q.end <= np.start]
        if not qs or qs[-1].start in self.used_quotes or t[qs[-1].end:np.start].strip(" ,"):
            return False
        cs, ce = self._quote_text_span(qs[-1])
        self._add(cs, ce, sent, v, np, zones=[(v.end(), sent.end)], force_kind="direct")
        self.consumed.append((qs[-1].start, sent.end))
        return True

    def _quoted_as(self, sent: Sentence, pos: int) -> sp.NP | None:
        """`Interfax quoted Peskov as saying ...`, `Biden was quoted by the Post as saying ...`: the
        one quoted is the speaker; the agency or paper only reports it."""
        if self.text.find("quoted", sent.start, pos) < 0:
            return None     # the usual case, found without a regular expression
        active = QUOTED_AS_RE.search(self.text, sent.start, pos)
        if active and not active.group(1).startswith("by "):
            return sp.parse_np(active.group(1), active.start(1))
        passive = QUOTED_AS_PASSIVE_RE.search(self.text, sent.start, pos)
        if passive:
            return sp.parse_subject(self.text[sent.start:passive.start()], sent.start).np
        return None

    def _name_before_participle(self, pos: int, sent: Sentence) -> sp.NP | None:
        """`with Sen. Jo Bloggs calling it “a mess”`, `..., and Bloggs saying he was “sure”`: a person's
        name straight before the participle is its subject (an absolute clause), with no comma between."""
        w = WITH_SUBJECT_BEFORE_PARTICIPLE_RE.search(self.text, max(sent.start, pos - 70), pos)
        if w:   # "with Kyiv calling it ...", "with the ministry adding ...": any speaker but a pronoun
            np = sp.parse_np(w.group(1), w.start(1))
            if np is not None and np.kind != "pronoun" and np.end == w.end(1) \
                    and re.fullmatch(r"(?:[a-z]+\s+){0,2}", self.text[w.start(1):np.start]):   # ("with host Thailand")
                return np
        m = NAME_BEFORE_PARTICIPLE_RE.search(self.text, max(sent.start, pos - 60), pos)
        if not m:
            return None
        np = sp.parse_np(m.group(1), m.start(1))
        if np is None or np.kind != "name" or (" " not in np.name and not self._known_surname(np.name)):
            return None
        return np

    # case 1: “A,” X said / “A,” said X
    def _after_quote(self, sent: Sentence, v: re.Match):
        t = self.text
        qs = [q for q in self.qi.overlapping(max(0, sent.start - 1), v.start()) if q.end <= v.start()]
        # (a name quoted inside the speaker's description is not the quotation: “A,” Jo Bloggs,
        # wearing “Ted Cruz” pins, said)
        inside = [q for q in qs if self._quoted_title(q, sent)]
        qs = [q for q in qs if q not in inside]
        if not qs:
            return self._after_previous_quote(sent, v)
        q = qs[-1]
        between = t[q.end:v.start()]
        for inner in inside:
            if inner.start >= q.end:
                a, b = inner.start - q.end, inner.end - q.end
                between = between[:a] + between[a:b].translate(QUOTE_MARKS_TO_SPACES) + between[b:]
        lead_start = self._integrated_lead(sent, q)
        if q.start > sent.start and len(WORDS_RE.findall(t[q.inner_start:q.inner_end])) < 3 \
                and t[sent.start:q.start].strip(" —–-([") and not self._after_previous_clause(sent, q) \
                and not (lead_start is not None and self._attribution_closes(between, v, sent)) \
                or q.start > sent.start and self._names_a_work(q, sent):
            return None     # a quoted title or term: on Fox News’s “Hannity,” Newt Gingrich said ...
        m = re.fullmatch(r"\s*[,—–-]?\s*([^;:!?“”\"]{0,160}?)\s*(?:(?:has|had|have)\s+)?", between)
        if not m or len(m.group(1).split()) > 12 and not self._long_appositive(m.group(1)):
            return None
        if q.start in self.used_quotes:
            return None
        if lead_start is not None and self._setting_quote(lead_start, v, sent):
            return None
        region = m.group(1)
        zone_end = self._attribution_tail_end(v.end(), sent.end)
        if SUBORDINATE_SPEAKER_RE.search(region) and (CLAUSE_AHEAD_RE.match(t, v.end(), sent.end)
                                                       or THAT_AHEAD_RE.match(t, v.end(), sent.end)):
            return None     # "plans for a 'coalition of the willing' to guard the peace, as Zelensky insisted
            # he was still ready": the verb's own clause follows; the quotation is not what he said
        run_on = self._clause_after_quote(q, region, q.end + m.start(1))
        if run_on is not None:
            return self._run_on_statement(sent, v, q, lead_start, run_on, zone_end)
        if region.strip():
            subj = sp.parse_subject(region, q.end + m.start(1))
            np, roles = subj.np, subj.roles
            if np is None and "," not in region:
                np = sp.loose_np(region, q.end + m.start(1))     # “A,” the 43-year-old said
            zones = [(v.end(), zone_end)]
        elif lexicon().verb_forms.get(v.group(0)) in lexicon().never_inverted:
            return None     # "“Scandal,” thanked Obama": Obama is thanked, not speaking
        else:
            np_text_end = self._inverted_np_end(v.end(), sent.end)
            np = sp.parse_np(t[v.end():np_text_end], v.end())
            if np is None:      # “A,” said a 2008 campaign veteran / said Jo Bloggs of a small firm
                np = sp.loose_np(t[v.end():self._attribution_tail_end(v.end(), sent.end)], v.end())
            roles = []
            if np is not None and np.kind in ("title", "unnamed") \
                    and (named := APPOSED_NAME_AFTER_RE.match(t, np_text_end, sent.end)) is not None \
                    and (name := sp.parse_np(named.group(1), named.start(1))) is not None and name.kind == "name":
                np, roles, np_text_end = name, [np], named.end(1)   # “A,” said its founder, Roman Sydor.
            zones = [(np_text_end, zone_end), *self._trailing_frames(zone_end, sent.end)]
        if np is None:
            return None
        cs, ce = self._quote_text_span(q)
        kind = "direct"
        if lead_start is not None:
            cs, ce, kind = lead_start, q.end, "mixed"    # Clinton would have to “go to the center,” Cuban said
        idx = self._add(cs, ce, sent, v, np, zones=zones, roles=roles, force_kind=kind)
        self.consumed.append((min(cs, q.start), zone_end))
        return idx, np

    @staticmethod
    def _long_appositive(region: str) -> bool:
        """`“A,” Jo Bloggs, director of the harbour trust at the county council, said`: a name and a
        comma-set description (which may gloss itself: "the starosta, or elected elder, of the
        village", or have a second: "the author of “X,” a history of Y", "..., who led the delegation,") may
        run past the usual dozen words."""
        m = re.fullmatch(r"\s*((?:[A-Z][\w’'.\-]*\s+){1,4}[A-Z][\w’'\-]*(?:\s+of\s+(?:[A-Z][\w’'.\-]*\s*){1,3})?),"
                         r"\s+[^,]{3,130}"
                         r"(?:,\s+or\s+[^,]{3,40},\s+[^,]{3,90}|,\s+(?:a|an|the|one\s+of|who)\s[^,]{3,90})?,\s*", region)
        return m is not None and len(region.split()) <= 26

    def _setting_quote(self, lead_start: int, v: re.Match, sent: Sentence) -> bool:
        """`On Fox’s “Sunday Live,” Jo Bloggs said the plan ...`: a quotation inside a scene-setting
        phrase (a show's or a book's title) before a verb with its own reported clause is no statement;
        the verb introduces the clause that follows it."""
        if not SETTING_LEAD_RE.match(self.text, lead_start) or v.group(0).endswith("ing"):
            return False
        lemma = lexicon().verb_forms.get(v.group(0))
        if lemma is None or lemma in lexicon().quote_only:
            return False
        cs, _, _ = self._content_start(v, lemma, sent)
        return cs is not None

    def _clause_after_quote(self, q: Quote, region: str, offset: int) -> int | None:
        """`“A” about the plan, Jo Bloggs said`: the words after the closing mark continue the reported
        clause up to a comma, and only what follows that comma is the speaker. The comma's position,
        or None when the region is the attribution alone."""
        words = WORDS_RE.findall(region)
        comma = region.rfind(",")
        if comma < 0 or not words or words[0] not in lexicon().quote_continuers:
            return None
        if len(WORDS_RE.findall(region[:comma])) < 2:
            return None
        return offset + comma

    def _run_on_statement(self, sent: Sentence, v: re.Match, q: Quote, lead_start: int | None, comma: int,
                          zone_end: int):
        t = self.text
        if t[comma + 1:v.start()].strip():
            subj = sp.parse_subject(t[comma + 1:v.start()], comma + 1)
            np, roles = subj.np or sp.loose_np(t[comma + 1:v.start()], comma + 1), subj.roles
        else:       # `“A” about the plan, said Jo Bloggs, ...`
            np_end = self._inverted_np_end(v.end(), sent.end)
            np = sp.parse_np(t[v.end():np_end], v.end()) or sp.loose_np(t[v.end():zone_end], v.end())
            roles = []
        if np is None or np.kind not in ("name", "pronoun", "title", "unnamed", "institution"):
            return None
        cs = lead_start if lead_start is not None else q.start
        idx = self._add(cs, comma, sent, v, np, zones=[(v.end(), zone_end)], roles=roles,
                        force_kind="mixed")
        self.consumed.append((min(cs, q.start), zone_end))
        return idx, np

    def _integrated_lead(self, sent: Sentence, q: Quote) -> int | None:
        """Where the reported clause starts when the quotation closes it but does not open it:
        `Smith would have to “go to the center,” Jones said` -- the words before the mark belong to
        the statement. None when the quotation opens its clause, or follows an introducing comma,
        colon or dash (“In a statement, “A,” she said”: only the quotation is hers)."""
        t = self.text
        lo = sent.start
        for a, b in self.consumed:
            if b <= q.start:
                lo = max(lo, b)
        for prev in self.qi.overlapping(lo, q.start):
            if prev.end <= q.start and prev.start in self.used_quotes:
                lo = max(lo, prev.end)
        lead = t[lo:q.start]
        if not lead.strip() or lead.rstrip()[-1:] in ",:;—–-([" or q.para != sent.para:
            return None
        if any(not self._no_speech(m, lo, q.start) for m in VERB_RE.finditer(t, lo, q.start)):
            return None     # "He said the plan was “bad,” she added": the lead has its own attribution
        while lo < q.start and (t[lo].isspace() or t[lo] in "—–-"):
            lo += 1
        return lo if len(WORDS_RE.findall(t[lo:q.start])) >= 1 else None

    def _no_speech(self, v: re.Match, lo: int, hi: int) -> bool:
        """A speech verb that reports no speech: a present tense in a condition ("as soon as Kyiv
        declares it is ready") or a participle after its noun ("the sanctions announced on Friday will")."""
        if REDUCED_RELATIVE_AFTER_RE.match(self.text, v.end(), hi) \
                and not SUBJECT_PRONOUN_BEFORE_RE.search(self.text, max(lo, v.start() - 8), v.start()):
            return True     # (but "The season, he said today, would start": a pronoun's verb is finite)
        lemma = lexicon().verb_forms.get(v.group(0))
        return lemma is not None and v.group(0) in (lemma + "s", lemma + "es") \
            and CONDITION_BEFORE_RE.search(self.text, max(lo, v.start() - 60), v.start()) is not None

    def _attribution_closes(self, between: str, v: re.Match, sent: Sentence) -> bool:
        """The attribution ends the sentence (`..., said Jo Bloggs.`, `..., Bloggs said.`): no content
        follows the verb, so a short quotation before it is what was said, not a title."""
        rest = self.text[v.end():sent.end].lstrip()
        return not between.strip(" ,") or not rest or rest[0] in ".,;" \
            or bool(dt.cue_re().match(rest)) and not re.search(r"\bthat\b", rest)   # "..., Jo said Tuesday in Paris."

    def _after_previous_clause(self, sent: Sentence, q: Quote) -> bool:
        """The short quote follows a clause break ("..., and “No,” he said"), so it may be speech."""
        before = self.text[sent.start:q.start].rstrip()
        return before.endswith((",", ":", ";", "—", "–"))

    def _after_previous_quote(self, sent: Sentence, v: re.Match):
        """“A.” Priebus said.  The quotation ended the previous sentence; this one is only its attribution."""
        t = self.text
        qs = [q for q in self.qi.overlapping(max(0, sent.start - 3), sent.start) if q.end <= sent.start]
        if not qs:
            return None
        q = qs[-1]
        if q.start in self.used_quotes or q.para != sent.para or t[q.end:sent.start].strip():
            return None
        region = t[sent.start:v.start()]
        tail_end = self._attribution_tail_end(v.end(), sent.end)
        rest = t[tail_end:sent.end].strip()
        if (rest not in ("", ".") and not TRAILING_CLAUSE_RE.match(rest)) or len(region.split()) > 6 \
                or AUX_RE.search(region):
            return None
        tail = t[v.end():tail_end]
        if tail.strip() and not (dt.cue_re().match(tail.strip()) or GAP_START_RE.match(tail)
                                 or TIME_CLAUSE_RE.match(tail)):
            return None
        subj = sp.parse_subject(region, sent.start)
        if subj.np is None or subj.np.kind != "name" and subj.np.kind != "pronoun":
            return None
        cs, ce = self._quote_text_span(q)
        if len(WORDS_RE.findall(t[cs:ce])) < MIN_QUOTE_WORDS:
            return None
        idx = self._add(cs, ce, sent, v, subj.np, zones=[(v.end(), tail_end)], roles=subj.roles,
                        force_kind="direct")
        self.consumed.append((sent.start, tail_end))
        return idx, subj.np

    def _trailing_frames(self, pos: int, end: int) -> list[tuple[int, int]]:
        """`“A,” said Jo Bloggs, an adviser to the mayor, in an interview on Tuesday.`: the comma-set
        phrases after the speaker that say where or when (not the appositive that says who)."""
        t, zones = self.text, []
        if self.qi.overlapping(pos, end):
            return zones
        for m in re.finditer(r",\s*([^,]+)", t[pos:end]):
            seg_start = pos + m.start(1)
            segment = m.group(1)
            if GAP_START_RE.match(segment) or dt.cue_re().match(segment) or sp.FRAME_PARTICIPLE_RE.match(segment):
                zones.append((seg_start, pos + m.end(1)))   # (", speaking in Kyiv the day before.")
        return zones

    def _attribution_tail_end(self, pos: int, end: int) -> int:
        past = pos
        for m in ATTRIBUTION_TAIL_END_RE.finditer(self.text, pos, end):
            if m.start() < past:
                continue
            if (title := self._title_in_tail(m.start())) is not None:
                past = title.end    # `told SRF's “Echo der Zeit” programme on Monday`: a title, not the end
                continue
            if m.group() == "." and self._abbreviation_dot(m.start()):
                continue            # "according to a U.S. official", "said Sen. Jo Bloggs"
            month = MONTH_DOT_RE.search(self.text, max(pos, m.start() - 4), m.start() + 4) if m.group() == "." else None
            if month is None or month.end() != m.end():
                return m.start()    # not the dot of "on Feb. 24"
        return end

    def _title_in_tail(self, pos: int) -> Quote | None:
        """A short Title Case quotation right after a word (no comma before it), with more after it."""
        t = self.text
        if t[pos] not in "“\"" or not t[pos - 1:pos].isspace() or t[max(0, pos - 2):pos - 1] in (",", ":"):
            return None
        q = next(iter(self.qi.starting_in(pos, pos + 1)), None)
        if q is None or not re.match(r"\s+[a-z]", t[q.end:q.end + 3]):
            return None
        inner = t[q.inner_start:q.inner_end]
        return q if len(WORDS_RE.findall(inner)) <= 8 and _title_case(inner) else None

    def _inverted_np_end(self, pos: int, end: int) -> int:
        for m in INVERTED_END_RE.finditer(self.text, pos, end):
            if m.group() == "." and self._abbreviation_dot(m.start()):
                continue        # "said Sen. Tom Carper", "said Dmitri S. Peskov"
            return m.start()
        return end

    def _abbreviation_dot(self, i: int) -> bool:
        """A full stop that ends an abbreviation or an initial, not the phrase."""
        m = re.search(r"(\w+)$", self.text[max(0, i - 12):i])
        if not m:
            return False
        w = m.group(1)
        return w.lower() in lexicon().abbreviations or (len(w) == 1 and w.isupper())

    # case 2: X said (that) B / X said: “A”
    def _before_content(self, sent: Sentence, v: re.Match, lemma: str, last_np, last_idx):
        t = self.text
        start = self._clause_start(sent, v.start())
        if self._inverted_round(sent, v, start):
            return None     # (case 3's: "The paradox of X, says Jo Bloggs, a historian, is that ...")
        self._adjunct_only = self._object_only = False
        cs, gap_end, direct_q = self._content_start(v, lemma, sent)
        if cs is None:
            np = self._subject_before(start, v.start())[0].np if self._adjunct_only or self._object_only else None
            if np is not None and (self._adjunct_only or np.kind == "institution"):
                self.speaker_mentions.append(np)    # ("The embassy rejected the accusations. ..., it claimed")
            if lemma in lexicon().tell_lemmas and lexicon().target_verbs.get(lemma, ("to",)) == ("to",):
                self._maybe_pending_tell(sent, v, start)    # "X told reporters. B" (not "X accused him.")
            return self._parenthetical(sent, v, start)
        subj, cue_zone = self._subject_before(start, v.start())
        if subj.np is None and (before := self._before_short_quote(sent, start)) is not None:
            # "A drone operator with the call sign “Sych,” who serves near Pokrovsk, said"
            subj, cue_zone = self._subject_before(before, v.start())
        np = subj.np
        if np is not None and not EMBEDDING_BEFORE_RE.search(self.text, max(sent.start, np.start - 12), np.start):
            self._sentence_subject = np     # (not one inside "declined to say whether X had spoken")
        speaker_from = None
        if np is None:
            if subj.coordinated and last_idx is not None:
                speaker_from = last_idx
            elif last_idx is not None and not t[start:v.start()].strip(" ,"):
                speaker_from = last_idx     # "X, accusing Y of Z, said B": the participle set closed
            elif subj.coordinated and last_np is not None:
                np = last_np
            elif subj.coordinated or INFINITIVE_BEFORE_RE.search(t[start:v.start()]):
                # "Carson took the stage and called X “Y”", "Carson went on to say, “Y”", "The
                # minister thanked Berlin and said B"
                np = self._leading_subject(sent, v.start())
                if np is None and subj.coordinated:
                    np = self._institution_opening(sent, v.start()) or self._described_opening(sent, v.start())
                    if np is not None and np.kind != "institution" and \
                            (np.title or np.name).lower().split()[-1] not in lexicon().unnamed_heads:
                        np = None   # only a head noun for people who speak: not "The presidential [candidates]"
                if np is None:
                    return None
            elif last_np is not None and SPEAKER_RELATIVE_RE.fullmatch(t, start, v.start()):
                np = last_np    # "“A,” said Weaver, who added that B": the relative clause is Weaver's
            else:
                np = self._described_subject(sent, start, v.start())
                if np is None:
                    return None
        lead = (start, self._time_lead_end(start, subj))
        zones = [cue_zone, (v.end(), gap_end), self._framing_zone(np, v.start())]
        # The lead before the subject dates the statement, but not a relative clause or a description
        # set off in it ("X, who flew to Manila on Sunday night, thanked Y and said", "X, a Democrat
        # first elected in 2008, criticized Y, which he argued"); a clause joined before the subject
        # gives its day last ("The two sides signed a memorandum on April 17, and Bessent told
        # reporters last week that"; but "X spoke with Y last week, and a readout of the call said").
        leads = _without_asides(t, *lead)
        join = self._joined_clause_lead(*lead)
        if join is not None:    # (what follows the join is the statement's own: "..., and at a news
            # conference on Thursday he said")
            own = [(max(a, join.end()), b) for a, b in leads if b > join.end()]
            zones = own + zones + [(a, min(b, join.start())) for a, b in leads if a < join.start()]
        elif INTERVAL_BEFORE_SUBJECT_RE.search(t, max(lead[0], lead[1] - 40), lead[1]):
            zones = zones + leads   # "The strike came two days after US officials said on Sunday": the
            # lead counts from the statement, whose own day comes first
        else:
            zones = leads + zones
        if start > sent.start and t.rfind("which", sent.start, start) >= 0 and RELATIVE_LINK_RE.search(t, sent.start, start):
            zones.append((sent.start, start))   # "On Tuesday the leaders met, after which X said": that day
        if direct_q is not None:
            qcs, qce = self._quote_text_span(direct_q)
            kind = "direct"
            lead = t[start:subj.lead_end]
            if self._content_lead(lead, start) and t[v.end():direct_q.start].strip() == ",":
                qcs, qce, kind = start, direct_q.end, "mixed"   # "Of the harbour, she said, “It is a mess.”"
            idx = self._add(qcs, qce, sent, v, np, zones=zones, roles=subj.roles, speaker_from=speaker_from,
                            force_kind=kind)
            self.consumed.append((min(v.start(), qcs), direct_q.end))
            return idx, np
        if (source := LEADING_SOURCE_RE.match(t, cs, sent.end)) is not None:
            cs = source.end()   # "recalled that, according to the UN's own data, B": B is hers
        if (inner := EMBEDDED_SPEECH_RE.match(t, cs, sent.end)) is not None:
            # "recalled that he had warned on 3 September that B": B, said when the inner verb says
            zones.insert(0, (inner.start("gap"), inner.end("gap")))
            cs = inner.end()
        ce = self._content_end(cs, sent)
        if subj.relative or subj.coordinated and RELATIVE_OPEN_BEFORE_RE.search(t, sent.start, v.start()):
            # "X, who had insisted A, said B", "X, who sits as an MP and has called for A, said B": A
            # ends where the relative clause does
            ce = self._relative_clause_end(cs, ce)
        if gap_end == v.end() and (lemma in lexicon().object_verbs or lemma in lexicon().quote_only
                                   or cs == v.start()):    # or an act: "cautioned on Tuesday against"
            # an object, not a clause: its date phrase tells when it was said ("praised the deal
            # earlier this week as “a step”", "described the talks as “useful” late on Jan. 19")
            if lemma in lexicon().object_verbs:
                zones.append(self._closing_cue_zone(cs, ce))
            end = self._object_end(cs, ce)
            if "to" in lexicon().target_verbs.get(lemma, ()) and (inf := TO_INFINITIVE_RE.search(self.text, cs, end)):
                end = inf.start()   # "urged the House to pass it this week": when it is to be passed
            zones += self._adverbial_cue_zones(cs, end)
        if self._says_nothing(cs, ce, v):
            self._note_silent_speaker(np, subj.roles)
            return None, np     # (the speaker still speaks on: "acknowledged it on Saturday, saying B")
        first = None
        # "said that A and that B": two statements
        pieces, pos = [], cs
        for m in SPLIT_THAT_RE.finditer(t, cs, ce):
            if self.qi.containing(m.start()):
                continue
            pieces.append((pos, m.start()))
            pos = m.end()
        pieces.append((pos, ce))
        for a, b in pieces:
            idx = self._add(a, b, sent, v, np, zones=zones, roles=subj.roles,
                            speaker_from=speaker_from if first is None else (speaker_from if np is None else None),
                            date_from=first)
            if first is None:
                first = idx
        if first is None:
            return None
        self.consumed.append((v.start(), ce))
        return first, np

    def _relative_clause_end(self, cs: int, ce: int) -> int:
        """Where the content of a relative clause's speech verb ends: at the comma before the main
        verb ("X, who said A, argued B"), a comma inside a closing quotation included (“A,”)."""
        main = RELATIVE_MAIN_VERB_RE.search(self.text, cs, ce)     # (", has not commented", but not after a
        if main is not None and "," in self.text[cs:main.start()]:  # description set off in what was said:
            main = None                                             # "that Mr. Jäger, under fire, would do")
        closing = min((m for m in (APPOSITIVE_END_RE.search(self.text, cs, ce), main) if m is not None),
                      key=lambda m: m.start(), default=None)
        if closing and closing.group(1):
            return closing.start(1) + 1
        if closing and not self.qi.containing(closing.start()):
            return closing.start()
        return ce

    def _joined_clause_lead(self, start: int, end: int) -> re.Match | None:
        """The last ", and", ", but" or ";" in the lead before the subject that joins a clause of its
        own to the statement's ("He had flown in last week, and at a news conference on Thursday he")."""
        join = next(reversed([m for m in CLAUSE_JOIN_RE.finditer(self.text, start, end)
                              if not self.qi.containing(m.start())]), None)
        if join is not None and (FINITE_VERB_RE.search(self.text, start, join.start()) is not None
                                 or PAST_VERB_RE.search(self.text, start, join.start()) is not None):
            return join
        return None

    def _time_lead_end(self, start: int, subj: sp.Subject) -> int:
        """The end of the lead before a subject: a time that opens the clause with no comma is one
        too ("Last week Sir Keir announced"), but not a counted one ("a day after X said")."""
        np = subj.np
        if np is None or np.start <= max(start, subj.lead_end):
            return subj.lead_end
        # (or after an opening phrase set off: "As Espreso reported earlier, on 19 May Zelensky said")
        lead = self.text[max(start, subj.lead_end):np.start]
        m = dt.cue_re().fullmatch(lead.strip())
        return np.start if m is not None and not m.group("anaph") else subj.lead_end

    def _before_short_quote(self, sent: Sentence, start: int) -> int | None:
        """The clause start before a quoted name or nickname (one or two words no verb claimed)
        that a relative clause follows, or a quoted title that ends an apposition, so that the
        subject can run through it."""
        q = self.qi.containing(start - 1)
        if q is None or q.start in self.used_quotes or q.start <= sent.start:
            return None
        inner = self.text[q.inner_start:q.inner_end]
        # (a quoted name after "the call sign" needs nothing after it: `A soldier with the call sign “Lys” told`)
        named = sp.QUOTED_NAME_LEAD_RE.search(self.text, max(0, q.start - 30), q.start)
        nickname = len(WORDS_RE.findall(inner)) <= 2 and (RELATIVE_AFTER_QUOTE_RE.match(self.text, start) or named)
        # or a title in an apposition: "Jaishankar, author of the book “The India Way”, had said"
        title = len(WORDS_RE.findall(inner)) <= 8 and _title_case(inner) and re.match(r"\s*,", self.text[start:])
        if not (nickname or title):
            return None
        lo = self._clause_start(sent, q.start)
        return lo if lo < q.start else None

    def _described_subject(self, sent: Sentence, start: int, vpos: int) -> sp.NP | None:
        """`The harbour master also slammed ...`: a short determiner phrase that opens the sentence
        and stands straight before the verb is its speaker, even with a head noun no list knows."""
        t = self.text
        if start != sent.start:
            return None
        region = sp.TRAILING_AUX_RE.sub("", t[start:vpos]).rstrip()
        region = SET_OFF_ADVERB_RE.sub(lambda m: " " * len(m.group()), region).rstrip()   # "Critics, however, say"
        lead = re.match(r"(?:As|But|And|Yet|So|Still)\s+(?![^,]*,)|(?:[A-Z][^,;:“”\"]{0,60},\s+"
                        r"(?:(?:after|before|when|as|while)\s[^,;:“”\"]{0,120},\s+)?)", region)
        if lead:        # "As one worker told the paper, “A”", "As a phone rang, the announcer said", "On
            # Wednesday, after Biden signed the package, the priest said"
            region, start = region[lead.end():], start + lead.end()
        if not re.fullmatch(r"[A-Za-z0-9](?:[\w’' ]|(?<=\d)-year-old\b)*%?", region):
            return None     # a comma, a quotation or a hyphen ("so-called") is no plain phrase (an age is)
        np = sp.loose_np(region, start)
        if np is not None and np.end == start + len(region):
            return np
        return self._group_subject(region, start)

    @staticmethod
    def _group_subject(region: str, start: int) -> sp.NP | None:
        """`About four in 10 voters say ...`, `Half of the delegates say ...`, `The groups who wrote to
        her say ...`: a plain phrase whose head (before any relative clause) is a plural word for people
        or groups that speak."""
        head = re.split(r"\s(?:who|whose)\s", region, maxsplit=1)[0].rstrip()
        of = re.match(r"(?:[\w’']+\s+){1,4}?of\s+(?:the\s+|all\s+)?[\w’']+", head)
        if of and of.group(0).split()[-1].lower() in lexicon().unnamed_heads:
            head = of.group(0)     # "half of voters in each state": the group is the quantified noun
        words = head.split()
        if words and re.fullmatch(r"(?:\d[\d.,]*\s+percent|\d[\d.,]*%)", " ".join(words[-2:]) if len(words) > 1
                                  and words[-1] == "percent" else words[-1]):
            share = head[head.rfind(words[-2] if words[-1] == "percent" else words[-1]):]
            return sp.NP("unnamed", share, start + len(head) - len(share), start + len(head), share, gender="p",
                         title="respondents", strength=1)     # "63 percent said": a poll's respondents
        if not words or len(words) > 12 or words[-1].lower() not in lexicon().unnamed_heads:
            return None
        last = words[-1]
        if not (last.lower() in lexicon().plural_heads or last.endswith("s")):
            return None     # a group of people speaks here; a lone "report" needs its own verb reading
        return sp.NP("unnamed", head, start, start + len(head), last.lower(), gender="p",
                     title=last.lower(), strength=1)

    def _subject_before(self, start: int, vpos: int) -> tuple[sp.Subject, tuple[int, int]]:
        """The speaker phrase before a verb, and the span of a time phrase set between them: news
        copy often puts the "when" before the verb ("Jo Bloggs on Monday said", "Bloggs last week
        said"), which would otherwise read as the end of the subject."""
        t = self.text
        if (moved := MOVED_TO_SPEAK_RE.search(t, max(start, vpos - 60), vpos)) is not None and moved.start() > start:
            vpos = moved.start()    # "Advisers to X are quick to point out": the subject before the words
        if t[vpos:vpos + 12].split(" ")[0].endswith("ing"):     # "Jo Bloggs is telling ...", "He’s claiming"
            pm = PROGRESSIVE_BEFORE_RE.search(t, max(start, vpos - 30), vpos)
            if pm:
                vpos = pm.start()
        end = vpos
        aux = sp.TRAILING_AUX_RE.search(t, max(start, vpos - 40), vpos) if AUX_WORD_BEFORE_RE.search(
            t, max(start, vpos - 16), vpos) else None
        if aux and aux.start() > start:
            end = aux.start()   # "X, who two days earlier had insisted": the time stands before "had"
        while end > start and t[end - 1].isspace():
            end -= 1
        for m in dt.cue_re().finditer(t, max(start, end - 40), end):
            if m.end() == end and m.start() > start and t[m.start() - 1].isspace():
                q = CUE_QUALIFIER_RE.search(t, max(start, m.start() - 16), m.start()) \
                    or CUE_PREPOSITION_RE.search(t, max(start, m.start() - 8), m.start())
                cut = q.start() if q else m.start()      # "less than two weeks ago", "in mid-August"
                sourced = self._subject_before_source(start, cut)
                subj = sourced[0] if sourced else sp.parse_subject(t[start:cut], start)
                if subj.np is not None:
                    return subj, (m.start(), m.end())
                break
        if (sourced := self._subject_before_source(start, vpos)) is not None:
            return sourced
        if (timed := self._relative_time_then_aside(start, end)) is not None:
            return timed
        if (aside := AUX_TIME_ASIDE_RE.search(t, max(start, vpos - 60), vpos)) is not None and aside.start() > start:
            # "Mr. Agyeman had, on September 30, told the Council": the time set off after the auxiliary
            subj = sp.parse_subject(t[start:aside.start()], start)
            if subj.np is not None:
                return subj, aside.span(1)
        subj = sp.parse_subject(t[start:vpos], start)
        if subj.np is None:
            return self._after_opening_phrase(start, vpos, subj)
        return subj, (vpos, vpos)

    def _relative_time_then_aside(self, start: int, end: int) -> tuple[sp.Subject, tuple[int, int]] | None:
        """"Putin, who on Friday (June 14), on the eve of the summit, had demanded": the time opening
        a set-off relative clause dates its verb, whatever else is set off after it."""
        rel = SET_OFF_WHO_RE.search(self.text, max(start, end - 120), end)
        m = dt.cue_re().match(self.text, rel.end(), end) if rel else None
        if m is None or not SET_OFF_AFTER_TIME_RE.fullmatch(self.text, m.end(), end):
            return None
        subj = sp.parse_subject(self.text[start:rel.end()].rstrip(), start)
        return (subj, m.span()) if subj.np is not None else None

    def _subject_before_source(self, start: int, end: int) -> tuple[sp.Subject, tuple[int, int]] | None:
        """"Trump in his announcement speech called ...", "The minister in a statement said": the
        occasion or document stands between the speaker and the verb (and may date it)."""
        src = SOURCE_BEFORE_VERB_RE.search(self.text, max(start, end - 60), end)   # (the phrase is short)
        if src is None:
            return None
        inner = sp.parse_subject(self.text[start:src.start()], start)
        if inner.np is None or inner.np.kind == "pronoun":
            return None
        return inner, src.span()

    def _after_opening_phrase(self, start: int, vpos: int, subj: sp.Subject) -> tuple[sp.Subject, tuple[int, int]]:
        """`On Friday the ministry said`, `In a statement the Kremlin said`: a time or a source
        phrase opens the clause with no comma after it; the subject follows it."""
        t = self.text
        m = dt.cue_re().match(t, start, vpos) or OPENING_SOURCE_PHRASE_RE.match(t, start, vpos)
        if m is None or m.end() >= vpos or not t[m.end()].isspace():
            return subj, (vpos, vpos)
        rest = sp.parse_subject(t[m.end():vpos], m.end())
        if rest.np is None or rest.np.kind == "pronoun" and rest.np.start != m.end() + 1:
            return subj, (vpos, vpos)
        return rest, (m.start(), m.end())

    def _parenthetical(self, sent: Sentence, v: re.Match, start: int):
        """An attribution set off by commas inside its statement: `In 2008, Bloggs said, the fund
        paid for it` (the content follows) or `Her rivals, she said, should not listen` (the
        statement runs round the attribution: the whole clause is kept, one verbatim span)."""
        t = self.text
        pos = v.end()
        if lexicon().verb_forms.get(v.group(0)) in lexicon().not_parenthetical:
            return None
        if lexicon().verb_forms.get(v.group(0)) in lexicon().tell_lemmas:
            told = TELL_OBJECT_RE.match(t, pos, sent.end)    # "A truce, he told a TV channel, would be"
            pos = told.end() if told else pos
        m = PAREN_REST_RE.match(t, pos, sent.end)
        if not m:
            return None
        subj, cue_zone = self._subject_before(start, v.start())
        if subj.np is None or self.qi.overlapping(subj.np.start, v.start()):
            return None
        lead = t[start:subj.lead_end]
        if lead.strip() and not lead.rstrip().endswith(","):
            return None
        cs = m.end()
        if (discourse := DISCOURSE_OPENING_RE.match(lead)) is not None and lead[discourse.end():].strip(" ,"):
            start += discourse.end()    # "But the weapons it has, he added, are ...": what follows "But"
            lead = lead[discourse.end():]
        if lead.strip() and not self._adverbial_lead(lead) and not (
                RELATIVE_END_RE.search(lead.rstrip(" ,")) and SUBJECT_START_RE.match(t, m.end())):
            # (but "the phone on which, an aide said, he had been reading": only what follows is theirs)
            if any(q.start in self.used_quotes for q in self.qi.overlapping(start, subj.lead_end)):
                return None
            cs = start
        ce = self._content_end(m.end(), sent)
        if cs == start and SOURCE_TAIL_RE.fullmatch(t, m.end(), ce):
            return None     # "B, Tokayev said on Saturday, the Akorda press service reported": a source's tail
        said = len(WORDS_RE.findall(t[m.end():ce])) + (len(WORDS_RE.findall(lead)) if cs == start else 0)
        if said < MIN_CONTENT_WORDS:
            return None     # (both sides count when the statement runs round the attribution)
        idx = self._add(cs, ce, sent, v, subj.np, zones=[(start, subj.lead_end), cue_zone, (v.end(), m.end(1))],
                        roles=subj.roles)
        if idx is None:
            return None
        self.consumed.append((start, ce))
        return idx, subj.np

    def _content_lead(self, lead: str, start: int) -> bool:
        """`Of the scrutiny, he said, “A”`, `Particularly in poor areas, she said, “A”`: words before a
        comma-set attribution that belong to what was said (a topic or a restriction), not only the
        time or the discourse ("In 2008,", "But,")."""
        g = lead.strip()
        if not g.endswith(",") or len(WORDS_RE.findall(g)) < 3 or self.qi.overlapping(start, start + len(lead)):
            return False
        first = g.split()[0].lower()
        return not (dt.cue_re().match(g.strip(" ,")) or first in sp.LEADING_DISCOURSE or first.endswith(("ing", "ed"))
                    or TIME_CLAUSE_OPENING_RE.match(g)    # "When he visited the wall, he said, “A”": a time
                    or re.search(r"\bago,?$", g)     # "Referring to the talks, she said": a participle sets the scene
                    or ASKED_ABOUT_RE.search(g))     # "When asked whether A, he said": the reporter's question

    @staticmethod
    def _adverbial_lead(lead: str) -> bool:
        """A sentence opener that only sets the scene ("In 2008,", "But,", "Six months ago,")."""
        g = lead.strip(" ,")
        if not g:
            return True
        first = g.split()[0].lower()
        if first in ("what", "how", "whether", "who"):
            return False    # "What Russia wanted, he added, was “a settlement”": the clause's subject
        return bool(GAP_START_RE.match(g) or dt.cue_re().match(g) or first in sp.LEADING_DISCOURSE
                    or first in sp.NON_NP_STARTERS or re.search(r"\bago$", g))

    def _closing_cue_zone(self, cs: int, ce: int) -> tuple[int, int]:
        """The span of a date cue that ends the content ("... in a briefing on Tuesday")."""
        for m in dt.cue_re().finditer(self.text, max(cs, ce - 40), ce):
            if m.end() >= ce - 1:
                return m.start(), m.end()
        return ce, ce

    def _clause_start(self, sent: Sentence, pos: int) -> int:
        lo = max(sent.start, pos - MAX_REGION, sp.label_end(self.text, sent.start, pos))
        colon = self.text.rfind(": ", lo, pos)
        if colon >= 0 and self.text[colon + 2:colon + 3].isupper() and not self.qi.containing(colon) \
                and not _in_single_quotes(self.text, lo, colon, pos) \
                and not (RELATIVE_OPEN_BEFORE_RE.search(self.text, lo, colon) and "," in self.text[colon:pos]):
            lo = colon + 2      # "Even its backers sounded equivocal: Jane Harman called it “A”"
            # (not a title's colon: "the author of ‘Between Two Fires: South Africa and the Great Powers’",
            # "X, whose study Thin Red Lines: Britain After Ukraine is out next month, said")
        if "which" in self.text[lo:pos]:    # "..., after which Downing Street said": the clause after it
            for m in RELATIVE_LINK_RE.finditer(self.text, lo, pos):
                lo = m.end()
        if "what" in self.text[lo:pos]:
            for m in WHAT_LINK_RE.finditer(self.text, lo, pos):
                lo = m.end()
        for a, b in self.consumed:
            if b <= pos:
                lo = max(lo, b)
        for q in self.qi.overlapping(lo, pos):
            if q.end <= pos and not self._quoted_title(q, sent) and not self._quoted_in_relative(q, sent, pos):
                lo = max(lo, q.end)
        return lo

    def _quoted_in_relative(self, q: Quote, sent: Sentence, pos: int) -> bool:
        """A few quoted words inside a relative clause set off after the subject ("X, who urged Modi to
        use his “special relationship” with Putin, said"): part of the subject, not a clause's end."""
        t = self.text
        if not RELATIVE_OPEN_BEFORE_RE.search(t, sent.start, q.start) or "," not in t[q.end:pos]:
            return False
        inner = t[q.inner_start:q.inner_end]
        return len(WORDS_RE.findall(inner)) <= 6 and not re.search(r"[.!?;:]", inner)

    def _quoted_title(self, q: Quote, sent: Sentence) -> bool:
        """A title quoted inside the subject ("X, the author of “Frozen Conflicts,” a study of ...,
        said"): part of the speaker's description, not a quotation that ends a clause."""
        t = self.text
        before = t[sent.start:q.start].rstrip()
        if not before[-1:].isalpha():
            return False
        if self._names_a_work(q, sent) and ("," in before or not before.endswith(" of")):
            return True     # (after "of" only inside a description set off by commas)
        inner = t[q.inner_start:q.inner_end]
        if len(WORDS_RE.findall(inner)) > 6 or re.search(r"[.!?;:]", inner):
            return False
        set_off = inner.rstrip().endswith(",") or t.startswith(",", q.end)
        if set_off and "," in before and before.split()[-1][:1].isupper() and _title_case(inner.rstrip(" ,")):
            return True     # a name's own quoted part: "the leader of the opposition Democrats “For Lithuania”,"
        # a name quoted as a modifier: the "United News" telethon, LRT's "Dėmesio centre" programme
        nxt = re.match(r" ([a-z][a-z-]+)\b", t[q.end:q.end + 30])
        return not set_off and nxt is not None and nxt.group(1) not in _L.verb_forms and nxt.group(1) not in MODIFIER_STOP

    def _programme_after(self, pos: int) -> bool:
        """`said on “Face the Nation with Margaret Brennan.”`: a programme's title after "on", not what was said."""
        q = next(iter(self.qi.starting_in(pos, pos + 1)), None)
        if q is None or not re.search(r"\b(?:on|to)\s*$", self.text[max(0, q.start - 4):q.start]):
            return False
        inner = self.text[q.inner_start:q.inner_end].rstrip(" .,")
        return len(WORDS_RE.findall(inner)) <= 8 and _title_case(inner)

    def _names_a_work(self, q: Quote, sent: Sentence) -> bool:
        """A quoted title set off after the word that introduces it: `the program “Moscow. Kremlin.
        Putin,” he said`, `the author of “Frozen Conflicts,” a study`."""
        inner = self.text[q.inner_start:q.inner_end].rstrip()
        set_off = inner.endswith(",") or self.text[q.end:q.end + 1] == ","
        inner = inner.removesuffix(",")
        lead = TITLE_LEAD_RE.search(self.text, max(sent.start, q.start - 14), q.start)
        # (after a noun such as "program" the title need not be set off: `the program “X” on Jan. 10`;
        # after "called" it must be, or it is what was called: `called it “A Tragedy”`)
        # ("titled" introduces nothing but a title, a long one too: `titled “Russia and Africa: Joining Efforts for ...”`)
        longest = 20 if lead is not None and lead.group(1).lower() in ("titled", "entitled") else 8
        if lead is None and POSSESSIVE_BEFORE_RE.search(self.text, max(sent.start, q.start - 4), q.start):
            # a name in Title Case that someone's or something's owns: `Fox News channel’s “Sunday
            # Morning Futures,”`, `the show’s “Star Power” award`
            return len(WORDS_RE.findall(inner)) <= 8 and _title_case(inner.rstrip("."))
        if lead is None and self._document_title(q, sent):
            return True
        return lead is not None and (set_off or lead.group(1).lower() not in TITLE_VERB_LEADS) \
            and len(WORDS_RE.findall(inner)) <= longest and _title_case(inner)

    def _document_title(self, q: Quote, sent: Sentence) -> bool:
        """A Title Case title that a work named around it introduces: "In a paper published this
        month, “Middle Powers and Mediation,” he argued", "in ‘Holding the Line’, a RUSI paper
        published in May", "argued in “Guarantees That Hold: Lessons From Alliances,”"."""
        t = self.text
        inner = t[q.inner_start:q.inner_end].rstrip()
        set_off = inner.endswith(",") or t[q.end:q.end + 1] == ","
        if len(WORDS_RE.findall(inner)) > 20 or not _title_case(inner.rstrip(" .,")):
            return False
        return bool(set_off and DOCUMENT_BEFORE_TITLE_RE.search(t, max(sent.start, q.start - 80), q.start)
                    or DOCUMENT_AFTER_TITLE_RE.match(t, q.end)
                    or set_off and ":" in inner and re.search(r"\bin\s*$", t[max(sent.start, q.start - 4):q.start]))

    def _title_opens_content(self, after: int, seg: str, sent: Sentence) -> bool:
        """What follows the verb is a work's title and no that-clause after it."""
        m = re.match(r"([^.;:!?“”\"‘\n]{0,150}?)([:,]?)\s*(?=[“\"‘])", seg)
        if not m or not (m.group(2) or not m.group(1).strip() or m.group(1).endswith(" in")) \
                or AUX_RE.search(m.group(1)) or len(m.group(1).split()) > 8:
            return False
        q = self.qi.containing(after + m.end() + 1) or next(iter(self.qi.starting_in(after + m.end(), after + m.end() + 1)), None)
        return q is not None and self._document_title(q, sent) and not THAT_AFTER_TITLE_RE.match(self.text, q.end, sent.end)

    def _content_start(self, v: re.Match, lemma: str, sent: Sentence, participle: bool = False):
        """(content start, end of the attribution gap, quotation when the content is one)."""
        t = self.text
        after = v.end()
        limit = min(sent.end, after + 200)
        seg = t[after:limit]
        if t[sent.end - 1:sent.end] == ":" and sent.para + 1 < len(self.paras):
            seg = t[after:min(self.paras[sent.para + 1].end, after + 250)]   # "X said:" then a quoted paragraph
        if "." in seg:
            seg = _masked_month_dots(seg)
        if ANONYMITY_RE.match(seg):
            return None, None, None     # "who asked not to be named": why the source is unnamed
        if lemma in lexicon().speech_act_verbs:
            # "renewed his appeal for ...": an act only with a speech act for its object
            obj = SPEECH_ACT_OBJECT_RE.match(seg)
            ok = obj is not None and obj.group(1).lower() in lexicon().speech_act_verbs[lemma]
            self._object_only = not ok
            return (v.start(), after, None) if ok else (None, None, None)
        if self._names_its_target(lemma, seg) or self._names_a_split_act(lemma, seg):
            return v.start(), after, None     # "accused Kyiv of stalling", "accused the West of “lies”": the verb with its target
        # X said: “A” / X told the Times, “A” / X said “A”
        if self._title_opens_content(after, seg, sent):
            return None, None, None     # "argued in a report last year, “Neutrality Under Fire,” ...": a
            # work's title, not its words (but "told Fox's “Sunday Agenda” that B")
        m = re.match(r"([^.;:!?“”\"\n]{0,150}?)([:,]?)\s*(?=[“\"„«])", seg)
        if m and (m.group(2) or not m.group(1).strip()) and not AUX_RE.search(m.group(1)) \
                and not THAT_CLAUSE_IN_GAP_RE.search(m.group(1)) \
                and self._gap_ok(m.group(1), lemma) and not self._programme_after(after + m.end()):
            q = self.qi.containing(after + m.end() + 1) or next(
                iter(self.qi.starting_in(after + m.end(), after + m.end() + 1)), None)
            if q is not None and q.start not in self.used_quotes:
                if m.group(2) or self._quote_ends_clause(q, sent):
                    return after + m.end(), after + m.end(1), q
                return after + m.end(), after + m.end(1), None   # said “A” and more: a mixed clause
        if self._names_an_act(lemma, seg, t[sent.start:v.start()]):
            start = v.start()   # "called for a ceasefire", "vowed to rebuild"; "did not rule out a meeting"
            if lemma in lexicon().negation_keeps and (neg := NEGATION_LEAD_RE.search(t, max(sent.start, start - 30), start)):
                start = neg.start()
            return start, after, None
        if AS_QUOTE_RE.match(seg) and OBJECT_RELATIVE_BEFORE_RE.search(t, max(sent.start, v.start() - 60), v.start()):
            return v.start(), after, None     # "an assertion that Kyiv dismissed as “a fabrication”"
        if lemma in lexicon().as_verbs and (desc := AS_DESCRIPTION_RE.match(seg)) is not None \
                and not self.qi.starting_in(after, after + desc.end()):
            return after + desc.start(1), after, None     # "described them as polite but unproductive"
        if lemma in lexicon().quote_only and WHAT_THEY_CALLED_RE.match(seg):
            return v.start(), after, None     # "criticized what he called a rush to judgment"
        if lemma in lexicon().quote_only:
            return self._quote_only_content(after, limit, sent)
        # X said (gap) that B; "told CNN in an interview that aired on Monday that B"
        rel = GAP_RELATIVE_RE.match(seg)
        if rel and seg[:rel.start(2)].strip() and not AUX_RE.search(seg[:rel.start(2)]) \
                and self._gap_ok(seg[:rel.start(2)], lemma):
            return after + rel.end(), after + rel.end(1), None
        m = THAT_GAP_RE.match(seg)
        # "echoed the appeal, writing that B": the "that" belongs to the participle's own verb
        # (a clause set off in the gap has verbs of its own: "..., where he was attending a summit, that")
        if m and not AUX_RE.search(SET_OFF_GAP_CLAUSE_RE.sub("", m.group(1))) and self._gap_ok(m.group(1), lemma) \
                and not PARTICIPLE_IN_GAP_RE.search(m.group(1)):
            return after + m.end(), after + m.end(1), None
        if lemma in lexicon().that_only and not THAT_AHEAD_RE.match(seg):
            return None, None, None     # "mentioning the fact that he marched": no content of its own
        if lemma in lexicon().object_verbs and seg.lstrip().startswith("no "):
            return None, None, None     # "He announced no new aid": nothing was announced
        if self._names_its_object(lemma, seg, t[sent.start:v.start()], after, limit):
            return v.start(), after, None     # "dismissed the overture", "condemned the attack"
        if participle and lemma in lexicon().needs_that and MEDIA_OBJECT_RE.match(seg):
            return None, None, None     # "..., posting photographs of the freed soldiers": nothing said
        if lemma in lexicon().needs_that and not participle and not self._clause_without_that(v, lemma, limit):
            # "Clinton noted the attacks and her work from “Buffalo to Albany.”": a quote makes it a statement
            return self._quote_only_content(after, limit, sent)
        pos = after
        if lemma in lexicon().tell_lemmas:
            m = TELL_OBJECT_RE.match(t, pos, limit)
            if not m:
                return None, None, None
            pos = m.end()
            named = APPOSED_NAME_RE.match(t, pos, limit)    # "told her Russian counterpart, Sergey Lavrov,"
            if named and (np := sp.parse_np(named.group(1), named.start(1))) is not None and np.kind == "name":
                pos = named.end()
        if (anonymous := ON_CONDITION_RE.match(t, pos, limit)) is not None:
            pos = anonymous.end()   # "told the Kyiv Independent on condition of anonymity, as ...": no content
        gap_end = pos
        cue = re.compile(r"\s*").match(t, pos, limit)
        cm = dt.cue_re().match(t, cue.end(), limit) if cue else None
        if cm and not t.startswith(("’s ", "'s "), cm.end()):    # (not "said Monday's meeting was")
            pos = gap_end = cm.end()
        m = re.compile(r"\s*").match(t, pos, limit)
        pos = m.end()
        if pos < sent.end and t[pos] == "," and not participle:
            return None, None, None     # "B, X said, adding ...": the content came before the verb
        if pos >= sent.end or t[pos] in ".;:!?":
            return None, None, None
        if not (t[pos].isalnum() or t[pos] in "“\"‘"):
            return None, None, None
        if t.startswith("by ", pos) and not BY_MEANS_RE.match(t, pos):
            return None, None, None     # "written by a comedy troupe", "responded by pointing": no clause
        if MANNER_THEN_CLAUSE_RE.match(t, pos) or SUBJECT_CLAUSE_AFTER_RE.match(t, pos):
            return None, None, None     # "said matter-of-factly as confetti fell", "said on Friday as Ukrainians
            # marked the day": how and when, not what
        if ADJUNCT_RE.match(t, pos) and self._only_adjunct(pos, sent.end):
            self._adjunct_only = True
            return None, None, None     # "X said on Jan. 20 after a third day of talks": when, not what
        return pos, gap_end, None

    def _only_adjunct(self, pos: int, end: int) -> bool:
        """A short phrase with no clause, quotation or "that" in it: where or when, not what (a
        relative clause set off after it tells of the place: "in Toronto, where he also unveiled ...")."""
        t = self.text
        if (rel := SET_OFF_PLACE_RELATIVE_RE.search(t, pos, end)) is not None:
            end = rel.start()
        if (comma := t.rfind(",", pos, end)) > 0 and SOURCE_TAIL_RE.fullmatch(t, comma + 1, end):
            end = comma     # ("said in a call on Saturday, the press service reported")
        return (len(t[pos:end].split()) <= 12 and not CLAUSE_IN_TARGET_RE.search(t, pos, end)
                and not QUOTE_CHAR_RE.search(t, pos, end) and not THAT_RE.search(t, pos, end))

    def _clause_without_that(self, v: re.Match, lemma: str, limit: int) -> bool:
        return (lemma in lexicon().clause_without_that and v.group(0).endswith("ed")
                and CLAUSE_AHEAD_RE.match(self.text, v.end(), limit) is not None)

    @staticmethod
    def _names_a_split_act(lemma: str, seg: str) -> bool:
        """"called on Tuesday for a ceasefire": an act verb split by a time; "called on Putin to attend":
        a verb, its particle and target, and an infinitive."""
        L = lexicon()
        cue = dt.cue_re().match(seg.lstrip()) if L.act_particles.get(lemma) else None
        if cue is not None:
            rest = seg.lstrip()[cue.end():].lstrip(" ,")
            return any(rest.startswith(p + " ") for p in L.act_particles[lemma])
        particle = L.particle_targets.get(lemma)
        m = re.match(rf"\s+{particle}(?=\s)", seg) if particle else None
        target = _target_re(("of", "for", "to")).match(seg, m.end()) if m else None
        return (target is not None and target.group(1) == "to" and not CLAUSE_IN_TARGET_RE.search(seg, m.end(), target.start(1))
                and INFINITIVE_AFTER_TO_RE.match(seg, target.end(1)) is not None)

    @staticmethod
    def _names_its_target(lemma: str, seg: str) -> bool:
        """"accused Kyiv of stalling", "urged allies to hurry": the verb, its target and the word
        that opens the charge or the call; never a clause ("told Politico he planned to") or a
        place ("a visit to Scotland") before that word."""
        links = lexicon().target_verbs.get(lemma)
        if links and ", including " in seg:     # "urged world leaders, including X and Y, to attend"
            seg = INCLUDING_ASIDE_RE.sub("", seg, count=1)
        m = _target_re(links).match(seg) if links else None
        if m is None or m.group(1) not in links or CLAUSE_IN_TARGET_RE.search(seg, 0, m.start(1)) \
                or seg[:m.start(1)].rstrip().endswith(",") or SUBORDINATE_IN_TARGET_RE.search(seg, 0, m.start(1)):
            return False
        return m.group(1) != "to" or INFINITIVE_AFTER_TO_RE.match(seg, m.end(1)) is not None

    def _names_its_object(self, lemma: str, seg: str, before: str, after: int, limit: int) -> bool:
        """An object verb with a noun phrase, not a clause, after it: the verb is half of what was
        said, as the guideline annotates it ("dismissed Lavrov's overture")."""
        if lemma not in lexicon().object_verbs or _object_word(seg, before, CLAUSE_SUBJECTS + ("there",)) is None:
            return False
        cue = dt.cue_re().match(seg.lstrip())
        if cue and seg.lstrip()[cue.end():].lstrip()[:1] in (",", ".", ";", ""):
            return False    # "..., the companies announced Wednesday, the latest sign": a day, no object
        if cue:
            rest = after + len(seg) - len(seg.lstrip()) + cue.end()
            rest += len(self.text[rest:limit]) - len(self.text[rest:limit].lstrip())
            if ADJUNCT_RE.match(self.text, rest) and self._only_adjunct(rest, limit):
                return False    # "..., X announced on Tuesday during a visit to Brussels by Y.": when and where
        if SUBJECT_CLAUSE_AFTER_RE.match(seg.lstrip()[cue.end():] if cue else seg):
            return False    # "..., Trudeau announced Friday as Ukrainians marked ...": when, no object
        return CLAUSE_AHEAD_RE.match(self.text, after, limit) is None

    @staticmethod
    def _names_an_act(lemma: str, seg: str, before: str) -> bool:
        follows = lexicon().act_verbs.get(lemma)
        if seg.lstrip().startswith(","):
            return False    # "With a vote for Trump ruled out, Cross said": no object
        if follows and (cue := dt.cue_re().match(seg.lstrip())) is not None:
            seg = seg.lstrip()[cue.end():]      # "cautioned on Tuesday against conclusions"
        word = _object_word(seg, before, CLAUSE_SUBJECTS) if follows is not None else None
        if word is None:
            return False
        target = ACT_TARGET_RE.match(seg) if follows and word != follows.split()[0] else None
        if target is not None and target.group(1).lower() == follows:
            return True     # "warned Beijing against arming Moscow": a named target before the word
        if follows and " " in follows:      # "claimed to have taken the town", not "claims to be fair"
            return seg.lstrip().lower().startswith(follows + " ")
        return word == follows if follows else True

    def _quote_ends_clause(self, q: Quote, sent: Sentence) -> bool:
        rest = self.text[q.end:max(q.end, sent.end)]
        return q.end >= sent.end or not rest.strip(" .,;:!?”\"’)") or rest.lstrip()[:1] in ".;:!?\n"

    def _quote_only_content(self, after: int, limit: int, sent: Sentence):
        """"calling him “a loser”": the object and its quoted description, when a quote follows closely."""
        t = self.text
        m = QUOTE_ONLY_GAP_RE.match(t, after, limit)
        if not m or PARTICIPLE_OPENS_GAP_RE.search(t, after, m.end() - 1):
            return None, None, None     # "echoed X, writing “A”", "hit back, writing on X that “A”": the participle's
        if any(q.start in self.used_quotes for q in self.qi.starting_in(after, m.end())):
            return None, None, None     # the words on a sign: "A banner near the gate read “A”"
        cs = after
        while cs < limit and t[cs].isspace():
            cs += 1
        return cs, after, None

    def _gap_ok(self, gap: str, lemma: str) -> bool:
        # ("said, however, that B": a connective set off in the gap says nothing of when or where)
        g = CONNECTIVE_IN_GAP_RE.sub(" ", gap).strip() if "," in gap else gap.strip()
        if not g:
            return True
        if CITING_GAP_RE.fullmatch(g):
            return True         # "TASS reported, citing a Kremlin source, that ..."
        # (a date's own comma, "on Nov. 30, 2022", is no clause break)
        dateless = dt.cue_re().sub("date", g.replace("\u2024", ".")) if "," in g else g
        dateless = DATE_CLOSING_COMMA_RE.sub("date", dateless)     # "said on Tuesday, May 28, that"
        if "," in dateless:     # (nor is a quoted title's: "public radio's “Good Morning, Hungary” programme")
            dateless = QUOTED_TITLE_IN_GAP_RE.sub("title", dateless)
        # "said in mid-November, when the plan first surfaced, that", "told reporters in Phnom Penh on
        # Saturday, where he was attending a summit, that": a time or place clause set off in the gap
        dateless = SET_OFF_GAP_CLAUSE_RE.sub("", dateless) if "," in dateless else dateless
        if "," in dateless and lemma in lexicon().tell_lemmas:
            dateless = APPOSED_NAME_RE.sub(" ", dateless)     # "told her counterpart, Sergey Lavrov, on Nov. 1 that"
        if "," in dateless and not re.fullmatch(r",?\s*\w+(?:\s+\w+)?\s*,?", dateless):
            return False        # "said Saturday, though ... that": the "that" belongs to another clause
        if len((SET_OFF_GAP_CLAUSE_RE.sub("", g) if "," in g else g).split()) > 14:
            return False        # (the clause set off in the gap does not count to its length)
        if lemma in lexicon().tell_lemmas:
            return True
        if GAP_CLAUSE_RE.search(dateless):
            return False        # "said the same day he believed A and that B": the content began at "he"
        occasion = dt.occasion_re().match(g)    # "said the day before the talks opened that"
        return bool(GAP_START_RE.match(g) or dt.cue_re().match(g)
                    or occasion and re.fullmatch(r"\s*(?:[a-z]+ed)?", g[occasion.end():]))

    def _maybe_pending_tell(self, sent: Sentence, v: re.Match, start: int) -> None:
        """X told reporters. <next sentence>: the next sentence is what was told."""
        t = self.text
        m = TELL_OBJECT_RE.match(t, v.end(), sent.end)
        if not m or t[m.end():sent.end].strip() not in (".", ""):
            return
        if self.qi.overlapping(sent.start, v.start()):
            return
        subj = sp.parse_subject(t[start:v.start()], start)
        if subj.np is not None:
            self._pending_tell = (subj.np, v, [(start, subj.lead_end)], sent)

    # case 3: B, X said. / B, said X.
    def _after_content(self, sent: Sentence, v: re.Match):
        t = self.text
        if lexicon().verb_forms.get(v.group(0)) in lexicon().that_only:
            return None     # "..., considered sacrosanct by gun advocates": no attribution after its words
        tail_end = self._attribution_tail_end(v.end(), sent.end)
        start = self._clause_start(sent, v.start())
        region = t[start:v.start()]
        comma = region.rfind(",")
        if comma < 0 or AUX_TIME_ASIDE_RE.search(region):
            return None     # (not "Mr. Agyeman had, on September 30, told ...": no inverted attribution)
        np_text = region[comma + 1:]
        round_end = None
        if np_text.strip():
            # a long phrase only as a titled name: "..., Head of the Office of the President of Ukraine
            # Andriy Yermak has said"
            long_np = len(np_text.split()) > 9
            if len(np_text.split()) > 14 or self.qi.overlapping(start + comma, v.start()):
                return None
            after = t[self._past_addressee(v, tail_end):tail_end]     # ("..., Jo Bloggs told CNN on Monday.")
            if after.strip() and not dt.cue_re().match(after.strip()) and not GAP_START_RE.match(after):
                return None
            # "..., Volodymyr Zelensky has said": the auxiliary or adverb is not part of the name, when
            # nothing but a time follows the verb ("her campaign has begun to ..." is no attribution)
            aux = sp.TRAILING_AUX_RE.search(np_text)
            if aux and aux.start() > 0:
                if after.strip(" ,.") and not dt.cue_re().match(after.strip()) or OBJECT_RELATIVE_NP_RE.match(np_text):
                    return None     # "..., an arrangement the campaign has criticized": an object
                np_text = np_text[:aux.start()]
            np = sp.parse_np(TRAILING_PARENTHESIS_RE.sub("", np_text), start + comma + 1)   # ("the Ministry (MoFA)")
            if long_np and (np is None or np.kind != "name" or np.strength < 3 or np.title is None):
                return None
            if np is not None and np.kind == "name" and np.title and (title_start := self._long_title_start(region, comma)) >= 0:
                # "..., Deputy Prime Minister ... and Minister for Communities, Territories and Infrastructure
                # Development Oleksandr Kubrakov said": a title with commas of its own is part of the attribution
                np = replace(np, title=" ".join(region[title_start + 1:np.start - start].split()))
                comma = title_start
            zones = [(v.end(), tail_end)]
        elif (apposed := self._apposed_speaker(region, start, comma, v, tail_end)) is not None:
            np, comma = apposed     # "B, Jo Bloggs, the head of the district administration, said"
            zones = [(v.end(), tail_end)]
        elif lexicon().verb_forms.get(v.group(0)) in lexicon().never_inverted:
            return None     # "X, who flew in on Tuesday, thanked the mayor": the mayor is thanked
        else:
            np_end = self._inverted_np_end(v.end(), sent.end)
            np = sp.parse_np(t[v.end():np_end], v.end())
            zones = [(np_end, tail_end)]
            if lexicon().verb_forms.get(v.group(0)) in lexicon().round_attribution \
                    and (round_rest := ROUND_PREDICATE_RE.match(t, np_end, sent.end)) is not None:
                # "Any reading of the deal, said Jo Bloggs, an expert at X, would show ...": the
                # statement runs round the attribution; it is kept whole, one verbatim span
                round_end = self._content_end(round_rest.end(), sent)
        if np is None or (np.kind == "name" and np.strength < 2):
            return None
        # the content runs from the clause start to the comma, unless quotes before were already claimed
        cs = self._unclaimed_start(sent, start)
        if CONCESSIVE_OPENING_RE.match(t, cs) and "," not in t[cs:start + comma] \
                and not t[tail_end:sent.end].strip(" .”\""):
            return None     # "Although his remarks were seen as ..., Kirby told reporters.": the reporter's frame
        if ADJUNCT_RE.match(t, cs) and self._only_adjunct(cs, start + comma):
            self._sentence_subject = np     # "On the front line, X claimed to have ...": where, not what
            return None
        if PARTICIPLE_OPENING_RE.match(t, cs) and not CLAUSE_IN_TARGET_RE.search(t, cs, start + comma) \
                and not PAST_VERB_RE.search(t, cs, start + comma):    # not "Shelling killed two people, X said"
            self._sentence_subject = np     # "Weighing in on the debate, X agreed, praising ...":
            return None                     # a frame, not what was said; a participle after is X's
        ce = start + comma if round_end is None else round_end
        idx = self._add(cs, ce, sent, v, np, zones=zones)
        if idx is None:
            return None
        self.consumed.append((cs, max(tail_end, ce)))
        return idx, np

    @staticmethod
    def _long_title_start(region: str, comma: int) -> int:
        """The comma before a capitalised title that runs on across the comma before its name, or -1."""
        before = region.rfind(",", 0, comma)
        words = region[before + 1:comma].split()
        if before < 0 or not 2 <= len(words) <= 14 or not sp.is_title_text(words[0]) \
                or any(w[:1].islower() and w not in ("of", "for", "and", "the", "on", "in") for w in words):
            return -1
        return before

    def _inverted_round(self, sent: Sentence, v: re.Match, start: int) -> bool:
        """`A, says Jo Bloggs, a historian, is that B`: an inverted attribution set off inside the clause
        it reports, whose own verb goes on after the speaker."""
        t = self.text
        if lexicon().verb_forms.get(v.group(0)) not in lexicon().round_attribution \
                or not t[start:v.start()].rstrip().endswith(",") or not t[start:v.start()].strip(" ,"):
            return False
        np_end = self._inverted_np_end(v.end(), sent.end)
        if ROUND_PREDICATE_RE.match(t, np_end, sent.end) is None:
            return False
        np = sp.parse_np(t[v.end():np_end], v.end())
        return np is not None and np.kind == "name" and np.strength >= 2

    def _past_addressee(self, v: re.Match, end: int) -> int:
        """Where the text after a closing speech verb goes on: after the addressee of "told"
        ("told CNN on Monday": at "on Monday"), else right after the verb."""
        if lexicon().verb_forms.get(v.group(0)) in lexicon().tell_lemmas:
            told = TELL_OBJECT_RE.match(self.text, v.end(), end)
            if told:
                return _told_object_end(self.text, told)
        return v.end()

    def _apposed_speaker(self, region: str, start: int, comma: int, v: re.Match, tail_end: int):
        """`B, Jo Bloggs, the head of the district administration, said Saturday.`: a name and the
        role set off after it stand between the content and the verb; (the name, the content's comma)."""
        second = region.rfind(",", 0, comma)
        first = region.rfind(",", 0, second) if second > 0 else -1
        if first < 0 or self.qi.overlapping(start + first, v.start()):
            return None
        after = self.text[self._past_addressee(v, tail_end):tail_end].strip()     # ("..., told Kharkiv Today.")
        if (channel := CHANNEL_TAIL_RE.match(after)) is not None:
            after = after[channel.end():]   # "wrote on Telegram on Monday", "said in a statement"
        cue = dt.cue_re().match(after) if after else None
        if after and (cue is None or after[cue.end():].strip() and not TIME_CLAUSE_AFTER_RE.match(after, cue.end())):
            return None     # only a time may follow the verb: "said Saturday", "said on Monday after receiving X"
        # the name first ("Jo Bloggs, the head of ...") or the role first ("the regional governor, Oleh Kiper")
        for (name_lo, name_hi), (role_lo, role_hi) in (((first, second), (second, comma)),
                                                         ((second, comma), (first, second))):
            role = region[role_lo + 1:role_hi].strip()
            if not APPOSED_ROLE_RE.match(role) or len(role.split()) > 12:
                continue
            np = sp.parse_np(region[name_lo + 1:name_hi], start + name_lo + 1)
            if np is not None and np.kind == "name" and np.strength >= 2:
                return np, first
        return None

    def _unclaimed_start(self, sent: Sentence, start: int) -> int:
        """The clause start before `start` with the quotations no other finding claimed taken back in
        ("Kyiv and Washington are “close” to a deal, X said": the quote is part of what X said)."""
        lo = max(sent.start, start - MAX_REGION)
        for a, b in self.consumed:
            if b <= start:
                lo = max(lo, b)
        for q in self.qi.overlapping(lo, start):
            if q.end <= start and q.start in self.used_quotes:
                lo = max(lo, q.end)
        return lo

    # case 4: ..., adding that B
    def _participle(self, sent: Sentence, v: re.Match, lemma: str, last_np, last_idx):
        t = self.text
        cs, gap_end, direct_q = self._content_start(v, lemma, sent, participle=True)
        if cs is None:
            return None
        np, speaker_from = None, None
        if last_idx is not None and self.findings[last_idx].sentence_start == sent.start:
            speaker_from = last_idx
        elif last_np is not None:
            np = last_np
        else:   # "The town released a statement saying ...": the sentence's source speaks
            np = self._opening_source(sent, v.start())
            if np is None and (lead := TIME_LEAD_RE.match(t, sent.start, v.start())) and dt.cue_re().match(t, sent.start):
                np = self._opening_source(Sentence(lead.end(), sent.end, sent.para), v.start())   # "A day later, the
                # ministry went further, describing ..."
            if np is None:
                return None
        zones = [(v.end(), gap_end), *self._main_clause_cue_zones(sent, np, v.start())]
        if direct_q is not None:
            qcs, qce = self._quote_text_span(direct_q)
            idx = self._add(qcs, qce, sent, v, np, zones=zones, speaker_from=speaker_from,
                            date_from=speaker_from, force_kind="direct",
                            mention_kind=None if np else "continuation")
            self.consumed.append((v.start(), direct_q.end))
            return idx
        ce = self._content_end(cs, sent)
        if not FINITE_VERB_RE.search(t, sent.start, v.start()):    # before the sentence's own verb
            ce = self._relative_clause_end(cs, ce)
            if self._aside_without_words(lemma, cs, ce):
                return None
        if cs == v.start():     # an act: "..., accusing the administration in a statement on Wednesday of"
            zones[1:1] = self._adverbial_cue_zones(cs, self._object_end(cs, ce))
        idx = self._add(cs, ce, sent, v, np, zones=zones, speaker_from=speaker_from, date_from=speaker_from,
                        mention_kind=None if np else "continuation")
        if idx is not None:
            self.consumed.append((v.start(), ce))
        return idx

    def _aside_without_words(self, lemma: str, cs: int, ce: int) -> bool:
        """"Munir Akram, explaining the vote in New York, told the assembly": a participle set off
        before the verb with a bare noun phrase says nothing of its own (an act verb's object does:
        "X, accusing Kyiv of stalling, said")."""
        L = lexicon()
        return APPOSITIVE_END_RE.match(self.text, ce) is not None and not self.qi.overlapping(cs, ce) \
            and not FINITE_VERB_RE.search(self.text, cs, ce) and not AUX_RE.search(self.text, cs, ce) \
            and lemma not in L.object_verbs and lemma not in L.act_verbs and lemma not in L.target_verbs

    def _opening_source(self, sent: Sentence, pos: int) -> sp.NP | None:
        return (self._leading_subject(sent, pos) or self._described_opening(sent, pos)
                or self._institution_opening(sent, pos) or self._body_opening(sent, pos))

    def _main_clause_cue_zones(self, sent: Sentence, np: sp.NP | None, pos: int) -> list[tuple[int, int]]:
        """`On Sunday, X urged ..., saying B` / `X on Sunday urged ..., saying B` / `X opened the
        conference on Friday, telling ...`: the participle is said when the sentence's own verb was;
        a date that modifies a noun of its object ("condemned the May 9 parade") is about an event."""
        if np is None or not sent.start <= np.start < pos:
            return []
        zones = [(sent.start, np.start)]
        m = dt.cue_re().match(self.text, np.end + 1, pos) if self.text[np.end:np.end + 1] == " " else None
        if m is not None:
            zones.append((m.start(), m.end()))
        # (not a relative clause set off after the subject: "X, who arrived on Saturday (Jun 1), earlier
        # addressed the forum, telling ...")
        return zones + [z for lo, hi in _without_set_off_relatives(self.text, np.end, pos)
                        for z in self._adverbial_cue_zones(lo, hi)]

    def _adverbial_cue_zones(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The day and week cues in [lo, hi) that modify a verb, not a noun: ones that carry their
        own preposition or modifier ("on Friday", "earlier this week", "late on Jan. 19"), or follow
        "on" or "of" ("in the early hours of Sunday"), and are not followed by a noun. A month or a
        year there is more often the time of what the object tells of ("invoked Reagan's deficit in 1980")."""
        t, zones = self.text, []
        if hi <= lo or not dt.CUE_HINT_RE.search(t, lo, hi):
            return zones
        for m in dt.cue_re().finditer(t, lo, hi):
            g = m.groupdict()
            if not any(g[k] for k in ("wd", "md", "dm", "today", "yday", "tw", "lw", "we", "ago", "anaph")):
                continue
            own = not (g["wd"] or g["md"] or g["dm"]) or g["wdmod"] \
                or m.group(0).split()[0].lower() in ("on", "late", "early")
            closing = g["wd"] and CLOSING_PUNCTUATION_RE.match(t, m.end(), hi)    # "mocked it on Telegram Thursday,"
            right_after_verb = VERB_THEN_CUE_RE.fullmatch(t, lo, m.start())   # "announced Wednesday a plan"
            if not (own or closing or right_after_verb
                    or ADVERBIAL_CUE_BEFORE_RE.search(t, max(lo, m.start() - 4), m.start())):
                continue
            # (right after the verb a time is the verb's, whatever follows: "announced on Friday the launch of")
            if ADVERBIAL_CUE_AFTER_RE.match(t, m.end(), hi) or m.end() >= hi or right_after_verb:
                zones.append((m.start(), m.end()))
        return zones

    def _object_end(self, cs: int, ce: int) -> int:
        """Where an object's own words stop, before a clause about something else ("called him
        “a liar” for insisting that ...", "condemned the strike, which killed ...")."""
        for m in OBJECT_CLAUSE_RE.finditer(self.text, cs, ce):
            if not self.qi.containing(m.start()):
                return m.start()
        return ce

    def _leading_subject(self, sent: Sentence, pos: int) -> sp.NP | None:
        """The subject a sentence opens with, a name or a personal pronoun, when the clause at pos shares it."""
        t = self.text
        if pos <= sent.start:
            return None
        start = place.end() if (place := PLACE_COLON_LEAD_RE.match(t, sent.start, pos)) else sent.start
        if SUBORDINATE_OPENING_RE.match(t, start, pos) and (comma := t.find(", ", start, pos)) >= 0 \
                and not self.qi.containing(comma):
            # ("Hours before Biden spoke, Putin used his address to announce")
            return self._opening_subject(comma + 2, pos) or self._opening_subject(start, pos)
        if ASKED_OPENING_RE.match(t, start, pos):
            # ("Asked whether X had come under pressure, she declined to go into details, saying B")
            for comma in re.finditer(r",\s", t[start:pos]):
                if not self.qi.containing(start + comma.start()) and (
                        np := self._opening_subject(start + comma.end(), pos)) is not None:
                    return np
        return self._opening_subject(start, pos)

    def _opening_subject(self, start: int, pos: int) -> sp.NP | None:
        t = self.text
        m = OPENER_PRONOUN_RE.match(t, start, pos)
        if m is None:
            np = sp.leading_name(t[start:pos], start)   # ("Earlier in the week X ..., dismissing")
            if np is not None:
                return np
            apposed = APPOSED_NAME_OPENING_RE.match(t, start, pos)   # "His chief aide, Jo Bloggs, ..."
            np = sp.parse_np(apposed.group(1), apposed.start(1)) if apposed else None
            if np is not None and np.kind == "name":
                return np
            m = LEADING_PRONOUN_RE.match(t, start, pos)
        if m is None and (epithet := OPENER_EPITHET_RE.match(t, start, pos)) is not None:
            return sp.parse_np(epithet.group(1), epithet.start(1))
        if m:
            word = m.group(1)
            return sp.NP("pronoun", word, m.start(1), m.end(1), word.lower(),
                         gender=lexicon().pronouns.get(word.lower(), ""))
        return None

    def _according_to(self, sent: Sentence, first_in_sentence: int) -> None:
        """"According to X, B", "B, according to X", "..., and according to X, B" (only this last
        form after a statement found earlier in the sentence; one in a relative clause after X, "B,
        according to X, who thanked Y for “Z”", does not count)."""
        t = self.text
        if "ccording" not in t[sent.start:sent.end]:
            return
        for m in re.finditer(r"\b[Aa]ccording\s+to\s+", t[sent.start:sent.end]):
            a = sent.start + m.start()
            np_start = sent.start + m.end()
            np_end = name_end = self._attribution_tail_end(np_start, sent.end)
            if (initials := INITIALS_IN_BRACKETS_RE.match(t, np_end)) is not None:
                np_end = self._attribution_tail_end(initials.end(), sent.end)  # "the National Intelligence Service (NIS),"
            own_relative = RELATIVE_AFTER_QUOTE_RE.match(t, np_end, sent.end) is not None     # ", who thanked"
            # (a participle's statement after the opening "According to X," is part of B: "..., urging Y";
            # a verb's is nested: "According to Holt, the agency told the committee that ...")
            # ("According to X, A, while Washington said B": B's verb stands in a clause of its own)
            second = CLAUSE_JOIN_AFTER_RE.search(t, np_end, sent.end) if a == sent.start else None
            joined_only = any(f.start < a or not own_relative for f in self.findings[first_in_sentence:]
                              if a > sent.start or not (f.cue.endswith("ing") or second and f.start > second.start()))
            if joined_only and (not CLAUSE_JOIN_BEFORE_RE.search(t, sent.start, a) or self._is_consumed(a)):
                continue
            rel = SOURCE_CLAUSE_RE.search(t, np_start, np_end)   # "two people who spoke on condition ..."
            phrase_end = rel.start() if rel else name_end
            zones, phrase_start = [], np_start
            cue = self._closing_cue_zone(np_start, phrase_end)
            if cue[0] < cue[1]:
                zones, phrase_end = [cue], cue[0]    # "data released by X on July 10": when
                if (issued := ISSUED_END_RE.search(t, np_start, phrase_end)) is not None:
                    phrase_end = issued.start()     # "a Pentagon statement released Monday"
                    if (doc := DOCUMENT_THEN_SOURCE_RE.match(t, np_start, phrase_end)) is not None:
                        phrase_start = doc.end()    # "figures her campaign released Friday": the campaign
            if (spoke := SPOKE_WHEN_RE.match(t, np_end, sent.end)) is not None:
                zones.append(spoke.span())     # "two officials, who spoke on Sunday on condition of anonymity"
            phrase = t[phrase_start:phrase_end]
            np = self._object_pronoun(np_start, np_end) or sp.parse_np(phrase, phrase_start)
            if np is None and (figures := SOURCE_FIGURES_RE.search(phrase)):
                np = sp.parse_np(phrase[:figures.start()], phrase_start)     # "According to UN estimates, ..."
                np = np if np is not None and np.kind == "institution" else None
            if np is None or np.kind == "pronoun" and np.text.lower() not in lexicon().object_pronouns \
                    and np.name != "one of them":     # ("According to one of them, ...": one of a group)
                continue
            if a == sent.start or CLAUSE_JOIN_BEFORE_RE.search(t, sent.start, a):
                # "According to X, B" and "..., and according to X, B": B follows
                cs, ce = np_end, self._content_end(np_end, sent)
            elif (rest := INTERRUPTED_PREDICATE_RE.match(t, np_end, sent.end)) is not None \
                    and self._bare_subject(sent.start, a):
                # "The summit, according to X, showed that B": B, or the whole sentence without a that
                cs = rest.end() if rest.group("that") else sent.start
                ce = self._content_end(rest.end(), sent)
            else:
                cs, ce = sent.start, a
            self._add(cs, ce, sent, None, np, zones=zones)
            return

    def _bare_subject(self, start: int, end: int) -> bool:
        """A short noun phrase set off by a comma, with no clause of its own ("The summit," but not
        "Over the long term," or "Trump has posted 5,000 times,")."""
        head = self.text[start:end].rstrip()
        if not head.endswith(",") or "," in head[:-1]:
            return False
        words = head[:-1].split()
        return (0 < len(words) <= 8 and words[0].lower() not in sp.PREPOSITIONS
                and words[0].lower() not in sp.NON_NP_STARTERS and not words[0].lower().endswith("ly")
                and not any(AUX_RE.fullmatch(w) or w.endswith("ed") for w in words[1:]))

    def _in_their_view(self, sent: Sentence) -> None:
        """"In his view, B", "In the opinion of X, B": B is theirs."""
        L = lexicon()
        m = OPINION_LEAD_RE.match(self.text, sent.start, sent.end)
        if m is None:
            return
        if m.group("poss"):
            word = m.group("poss")
            subject = L.possessive_pronouns[word.lower()]
            np = sp.NP("pronoun", word, m.start("poss"), m.end("poss"), subject, gender=L.pronouns.get(subject, ""))
        else:
            np = sp.parse_np(m.group("of"), m.start("of"))
            if np is None or np.kind == "pronoun":
                return
        cs = m.end()
        if not m.group("poss") and (role := APPOSED_ROLE_AFTER_RE.match(self.text, cs, sent.end)):
            cs = role.end()     # "In the view of Jo Bloggs, the mayor of Arden, B"
        self._add(cs, self._content_end(cs, sent), sent, None, np, zones=[])

    def _stance_was(self, sent: Sentence) -> None:
        """"Lavrov's view was that B", "Her answer was that B": B is the owner's."""
        m = STANCE_LEAD_RE.match(self.text, sent.start, sent.end)
        if m is None:
            return
        if m.group("poss"):
            word = m.group("poss")
            subject = lexicon().possessive_pronouns[word.lower()]
            np = sp.NP("pronoun", word, m.start("poss"), m.end("poss"), subject, gender=lexicon().pronouns.get(subject, ""))
        else:
            np = sp.parse_np(m.group("owner"), m.start("owner"))
            if np is None or np.kind == "pronoun":
                return
        self._add(m.end(), self._content_end(m.end(), sent), sent, None, np, zones=[])

    def _as_they_said(self, sent: Sentence) -> None:
        """"As X put it on Wednesday, B", "As she told reporters, B": B is theirs (not "As X said
        it would leave, Y advanced": a clause in the gap is the verb's own)."""
        m = AS_THEY_SAID_RE.match(self.text, sent.start, sent.end)
        if m is None or (m.group("gap") and (AUX_RE.search(m.group("gap")) or GAP_CLAUSE_RE.search(m.group("gap")))):
            return
        np = sp.parse_np(m.group("subj"), m.start("subj"))
        if np is None or np.kind == "pronoun" and np.name in ("we", "i"):
            return      # ("As we argued last year, B": the authors' own view, not a statement)
        zones = [(m.start("gap"), m.end("gap"))] if m.group("gap") else []
        self._add(m.end(), self._content_end(m.end(), sent), sent, None, np, zones=zones)

    def _object_pronoun(self, start: int, end: int) -> sp.NP | None:
        """"According to him, ...": the speaker the pronoun stands for (as "he" would)."""
        word = self.text[start:end].strip()
        subject = lexicon().object_pronouns.get(word.lower())
        if subject is None or word != word.lower():
            return None
        return sp.NP("pronoun", word, start, start + len(word), subject, gender=lexicon().pronouns.get(subject, ""))

    def _caps_label(self, para: Paragraph) -> tuple[sp.NP | None, list]:
        """A factbox's heading in capitals before a quoted paragraph, "KREMLIN SPOKESMAN DMITRY
        PESKOV, NOV. 18:": the speaker (read in ordinary case), and when, from what follows the comma."""
        text = self.text[para.start:para.end - 1]
        if not any(c.isalpha() for c in text) or text != text.upper():
            return None, []
        cased = re.sub(r"[A-Z][A-Z’']+", lambda m: m.group()[0] + m.group()[1:].lower(), text)  # (same length)
        head = cased.split(",", 1)[0]
        np = sp.parse_np(head, para.start)
        if np is None or np.kind not in ("name", "title", "institution"):
            return None, []
        return np, [(para.start + len(head), para.end)]

    def _colon_quotes(self) -> None:
        """Name: “A”. A quotation introduced by a colon right after a person's name, with no verb
        ("Pollsters agree - Carl Bialik: “…”", "More from Jones: “…”")."""
        t = self.text
        sent_starts = [x.start for x in self.sents]
        for q in self.quotes:
            if q.start in self.used_quotes or self.paras[q.para].skipped:
                continue
            p = self.paras[q.para]
            j = _rstrip_index(t, p.start, q.start)
            if j <= p.start and q.para > 0 and not self.paras[q.para - 1].skipped:
                # a paragraph that ends "X listed the qualities:" introduces the quoted paragraph
                prev = self.paras[q.para - 1]
                if t[prev.end - 1] == ":" and not self.qi.containing(prev.end - 1):
                    k = bisect.bisect_right(sent_starts, prev.end - 1) - 1
                    if k >= 0 and self.sents[k].para == q.para - 1:
                        np, zones = self._leading_subject(self.sents[k], prev.end - 1), []
                        if np is None:
                            np, zones = self._caps_label(prev)
                        cs, ce = self._quote_text_span(q)
                        if np is not None and len(WORDS_RE.findall(t[cs:ce])) >= MIN_QUOTE_WORDS:
                            self._add(cs, ce, self.sents[k], None, np, zones=zones, force_kind="direct")
                            self.used_quotes.add(q.start)
                continue
            if j <= p.start or t[j - 1] != ":":
                continue
            lo = max(p.start, j - 120)
            head = t[lo:j - 1]
            cut = max(head.rfind(". "), head.rfind(" - "), head.rfind("—"), head.rfind(" – "), head.rfind(", "),
                      head.rfind("”"), head.rfind('"'))
            seg_start = lo + (cut + 1 if cut >= 0 else 0)
            seg = t[seg_start:j - 1]
            label = QUOTE_LABEL_RE.match(seg)   # "Quote from Kuleba:", Ukrainska Pravda's house style
            if label:
                seg = " " * label.end() + OWNED_OCCASION_RE.sub("", seg[label.end():])
            seg = re.sub(r"^\s*[-–—]?\s*(?:More\s+from|Via|From)\s+", lambda m: " " * len(m.group()), seg)
            np = sp.parse_np(seg, seg_start)
            if np is None or not label and (np.kind != "name" or np.strength < 3):
                np = self._colon_sentence_subject(q, j - 1)
            if np is None:
                continue
            cs, ce = self._quote_text_span(q)
            if len(WORDS_RE.findall(t[cs:ce])) < MIN_QUOTE_WORDS:
                continue
            k = bisect.bisect_right(sent_starts, q.start) - 1
            sent = self.sents[k] if k >= 0 else Sentence(q.start, q.end, q.para)
            self._add(cs, ce, sent, None, np, zones=[], force_kind="direct")
            self.used_quotes.add(q.start)

    def _transcript_answers(self) -> dict[int, tuple[sp.NP, int]]:
        """An interview printed as questions and answers ("TIME: ...", "Zelensky: ..."): paragraph ->
        (the person answering, where the answer starts). Only an article with at least two such
        speaker lines, one of them a question, is a transcript; a tag in capitals is a person only
        when the article names someone of that surname ("PENCE:", not "TIME:"), a single letter never."""
        t = self.text
        lines = [(k, m) for k, p in enumerate(self.paras) if not p.skipped
                 and (m := TRANSCRIPT_LINE_RE.match(t, p.start, p.end))]
        if len(lines) < 2 or not any(t[self.paras[k].end - 1] == "?" for k, _ in lines):
            return {}       # (an interview asks questions: "Sanders: 1,501." is a tally)
        names = {sp.person_key(full)[1] for _, full, _ in sp.full_names_in(t)}
        answers = {}
        for k, m in lines:
            tag = m.group(1)
            if tag.isupper() and len(tag) > 1:     # "PENCE:" in a broadcast transcript, "TIME:" the magazine
                tag = tag.title() if sp.person_key(tag.title())[1] in names else ""
            np = sp.parse_np(tag, m.start(1)) if len(tag) > 1 else None
            if np is None or np.kind != "name" or len(WORDS_RE.findall(t[m.end():self.paras[k].end])) < ANSWER_WORDS:
                continue
            if len(np.name.split()) > 1 or sp.person_key(np.name)[1] in names:   # a person the article names
                answers[k] = (np, m.end())
        return answers

    def _signed_quotes(self) -> None:
        """“A.” ― Jo Bloggs: a quotation signed with a dash and a name (pull quotes, reader
        comments, epigraphs). Only a clean person's name that closes its line counts."""
        t = self.text
        for q in self.quotes:
            if q.start in self.used_quotes or self.paras[q.para].skipped:
                continue
            p = self.paras[q.para]
            m = SIGNATURE_RE.match(t, q.end, p.end)
            if not m:
                continue
            np = sp.parse_np(m.group(1), m.start(1))
            cs, ce = self._quote_text_span(q)
            if np is None or np.kind != "name" or np.strength < 3 \
                    or len(WORDS_RE.findall(t[cs:ce])) < MIN_QUOTE_WORDS:
                continue
            sent = self._sentence_at(q.start) or Sentence(q.start, q.end, q.para)
            self._add(cs, ce, sent, None, np, zones=[], force_kind="direct")
            self.used_quotes.add(q.start)

    def _colon_sentence_subject(self, q: Quote, colon: int) -> sp.NP | None:
        """`Cruz called them on it: “A”`: a sentence that opens with a person and hands over to a
        quotation with a colon introduces that person's words. Narration about someone else
        (“The sign read: ...”) opens with no person and is left alone."""
        sent = self._sentence_at(colon)
        if sent is None or sent.para != q.para or self.qi.overlapping(sent.start, colon):
            return None
        return self._leading_subject(sent, colon) or self._described_opening(sent, colon)

    def _subject_quotes(self) -> None:
        """A sentence that no speech verb claimed, opening with a person and quoting them in its predicate:
        "Jo Bloggs pledged to fight the plan “to the last day.”", "She has coined a phrase, “the quiet
        majority.”": the predicate after the verb is a mixed statement of that person."""
        t = self.text
        with_findings = {f.sentence_start for f in self.findings}
        done = set()
        for q in self.quotes:
            if q.start in self.used_quotes or self.paras[q.para].skipped:
                continue
            sent = self._sentence_at(q.start)
            if sent is None or sent.start in with_findings or sent.start in done:
                continue
            np = self._leading_subject(sent, q.start)
            if np is None:
                np = self._described_opening(sent, q.start)
            if np is None or (np.kind == "name" and " " not in np.name and not self._known_surname(np.name)) \
                    or np.text.lower().endswith(" so"):
                continue        # a lone capitalised word ("Fake referendum in ...") is no person (nor "The so called")
            m = SUBJECT_VERB_RE.match(t, np.end, q.start)
            if not m:      # "Jo Bloggs, who leads the poll, named “A” as ...": past the appositive
                a = SET_OFF_RE.match(t, np.end, q.start)
                m = SUBJECT_VERB_RE.match(t, a.end(), q.start) if a else None
            if not m or _describes_subject(m.group()) or _adds_no_words(t, m.end() - 1, sent.end):
                continue
            done.add(sent.start)
            ce = sent.end
            while ce > m.end() and t[ce - 1] in " .!?…":
                ce -= 1
            qs = self.qi.overlapping(m.end(), ce)
            if not qs or all(TITLED_BEFORE_RE.search(t, max(sent.start, q2.start - 12), q2.start)
                             and _title_case(t[q2.inner_start:q2.inner_end].rstrip().removesuffix(","))
                             or self._quoted_title(q2, sent) and _title_case(t[q2.inner_start:q2.inner_end])
                             or self._names_a_work(q2, sent)
                             or SO_CALLED_BEFORE_RE.search(t, max(sent.start, q2.start - 12), q2.start) for q2 in qs):
                continue    # (only a title quoted: "the author of books titled “Myths About Russia,” he has")
            ce = max(ce, qs[-1].end) if qs[-1].end <= sent.end else ce
            # "In his address on Wednesday, X rejected what he called “A”": the opening phrase dates it
            self._add(m.end(), ce, sent, None, np, zones=[(sent.start, np.start), (m.end(), ce)], force_kind="mixed")

    def _described_opening(self, sent: Sentence, pos: int) -> sp.NP | None:
        """`The ad targets a “rigged economy”`, `A letter to members calls for ...`: a sentence that opens
        with a short determiner phrase and its verb, the phrase being the source of the quoted words."""
        m = DESCRIBED_OPENING_RE.match(self.text, sent.start, pos)
        if not m:
            return self._possessed_opening(sent, pos)
        phrase = m.group(1).rstrip()
        det = phrase.split()[0]
        if det in lexicon().possessive_determiners:    # "His chief aide": someone's, by a listed head noun
            head = phrase.split()[-1].lower()
            if head not in lexicon().unnamed_heads:
                return None
            name = phrase[len(det):].strip().lower()
            return sp.NP("unnamed", phrase, m.start(1), m.start(1) + len(phrase), name, title=head, strength=1)
        np = sp.loose_np(m.group(1), m.start(1))
        return np if np is not None and np.kind in ("title", "unnamed", "institution") else None

    def _institution_opening(self, sent: Sentence, pos: int) -> sp.NP | None:
        """`NATO published a report saying ...`, `Russia’s Foreign Ministry released ...`: a named
        organisation opening the sentence before its verb."""
        start = place.end() if (place := PLACE_COLON_LEAD_RE.match(self.text, sent.start, pos)) else sent.start
        m = NAMED_OPENING_RE.match(self.text, start, pos)    # (after a dateline: "New Delhi: India on Sunday ...")
        np = sp.parse_np(m.group(1).rstrip(), m.start(1)) if m else None
        return np if np is not None and np.kind == "institution" else None

    def _body_opening(self, sent: Sentence, pos: int) -> sp.NP | None:
        """`Ukraine’s general staff did not confirm the loss, saying ...`: a body, named in any case,
        opening the sentence before its verb phrase."""
        lead = SHORT_LEAD_RE.match(self.text, sent.start, pos)    # ("Next door, the ministry struck a ...")
        m = BODY_OPENING_RE.match(self.text, sent.start, pos) or (
            BODY_OPENING_RE.match(self.text, lead.end(), pos) if lead else None)
        np = sp.parse_np(m.group(1), m.start(1)) if m else None
        return np if np is not None and np.kind == "institution" and np.end == m.end(1) else None

    def _possessed_opening(self, sent: Sentence, pos: int) -> sp.NP | None:
        """`Ryan’s campaign shrugged off ...`, `Clinton’s right-hand woman rallied ...`: a named owner's
        word for a person or a body (a listed head noun) opening the sentence before its verb."""
        m = POSSESSED_OPENING_RE.match(self.text, sent.start, pos)
        if not m or m.group(2).lower() not in lexicon().unnamed_heads:
            return None
        owner = sp.parse_np(m.group(1), m.start(1))
        if owner is None or owner.kind not in ("name", "institution"):
            return None
        text = m.group(0).rstrip()
        return sp.NP("unnamed", text, m.start(), m.start() + len(text), f"{m.group(2).lower()} of {owner.name}",
                     title=m.group(2).lower(), organisation=owner.name, strength=1)

    def _known_surname(self, word: str) -> bool:
        if self._surnames is None:
            self._surnames = {sp.name_key(full.split()[-1]) for _, full, _ in sp.body_full_names(self.text)[1]}
        return sp.name_key(word) in self._surnames or len(re.findall(rf"\b{re.escape(word)}\b", self.text)) >= 3

    def _trailing_attribution(self, sent: Sentence) -> int:
        """Where "..., the official said." starts when the clause before it has a speech verb of its
        own and no quotation; else -1."""
        t = self.text
        if not TRAILING_ATTRIBUTION_HINT_RE.search(t, max(sent.start, sent.end - 70), sent.end):
            return -1
        m = TRAILING_ATTRIBUTION_RE.search(t, sent.start, sent.end)
        if m is None or QUOTE_CHAR_RE.search(t, sent.start, sent.end) or not VERB_RE.search(t, sent.start, m.start()):
            return -1
        group = "np" if m.group("np") is not None else "np2"
        np = sp.parse_np(m.group(group).split(",")[0], m.start(group))
        return m.start() if np is not None else -1

    def _outlet_tail(self, sent: Sentence) -> int:
        """Where "B, according to a joint statement issued after the talks, Trend reports" has its tail
        (sent.end when it has none): the outlet that carries the source the sentence already names."""
        m = OUTLET_TAIL_RE.search(self.text, max(sent.start, sent.end - 40), sent.end)
        found = m is not None and ACCORDING_TO_RE.search(self.text, sent.start, m.start()) is not None
        return m.start() if found else sent.end

    def _sentence_starts(self) -> list[int]:
        if self._sent_starts is None:
            self._sent_starts = [s.start for s in self.sents]
        return self._sent_starts

    def _sentence_at(self, pos: int) -> Sentence | None:
        k = bisect.bisect_right(self._sentence_starts(), pos) - 1
        if k >= 0 and self.sents[k].start <= pos < self.sents[k].end:
            return self.sents[k]
        return None

    def _short_sequel(self, q: Quote, by_para: dict[int, list[int]]) -> bool:
        """`“We will not retreat,” the commander said. “Not one step.”`: a short quoted sentence
        right after an attributed quotation in its paragraph is more of it, not a scare quote."""
        t = self.text
        inner = t[q.inner_start:q.inner_end].rstrip()
        before = [i for i in by_para.get(q.para, []) if self.findings[i].end <= q.start]
        if not inner.endswith((".", "!", "?", "…")) or not before or self.findings[before[-1]].kind != "direct":
            return False
        lead = t[self.paras[q.para].start:q.start].rstrip()
        return lead.endswith((".", "!", "?", ".”", "!”", "?”", '."', '!"', '?"'))

    # floating quotes and continuations
    def _continuations(self) -> None:
        by_para: dict[int, list[int]] = {}
        order = sorted(range(len(self.findings)), key=lambda i: self.findings[i].start)
        for i in order:
            by_para.setdefault(self.findings[i].paragraph, []).append(i)
        sent_starts = [s.start for s in self.sents]
        spans = sorted((f.start, f.end) for f in self.findings)
        span_starts = [a for a, _ in spans]
        for q in self.quotes:
            if q.start in self.used_quotes or self.paras[q.para].skipped:
                continue
            if self._inside_finding(q, spans, span_starts):
                continue
            cs, ce = self._quote_text_span(q)
            if len(WORDS_RE.findall(self.text[cs:ce])) < MIN_QUOTE_WORDS and not self._short_sequel(q, by_para):
                continue
            k = bisect.bisect_right(sent_starts, q.start) - 1
            if k >= 0 and self.text[self.sents[k].start:q.start].strip() and _title_case(self.text[cs:ce].rstrip(".")) \
                    or self._programme_after(q.start):
                continue    # "Readers of “The Art of the Deal” will recognise": a title inside a sentence
            named = self._speaker_named_after(q)
            if named is not None:   # "“A.” That was how Jo Bloggs described the visit on Wednesday."
                np, told, zone = named
                idx = self._add(cs, ce, told, None, np, zones=[zone], force_kind="direct")
                self.used_quotes.add(q.start)
                if idx is not None:
                    by_para.setdefault(q.para, []).append(idx)
                continue
            np = self._bare_attribution_before(q, k)
            if np is not None:      # "Jo Bloggs agreed. “A.”": the sentence before announces the speaker
                idx = self._add(cs, ce, self.sents[k], None, np, zones=[], force_kind="direct")
                self.used_quotes.add(q.start)
                if idx is not None:
                    by_para.setdefault(q.para, []).append(idx)
                continue
            same = [i for i in by_para.get(q.para, []) if self.findings[i].start < q.start]
            src = same[-1] if same else None
            opens_paragraph = not self.text[self.paras[q.para].start:q.start].strip()
            if src is None and opens_paragraph:
                prev = self._previous_paragraph_findings(q.para, by_para)
                src = prev[-1] if prev else None
            if src is None and opens_paragraph and (event := self._speech_event_before(q)) is not None:
                np, told = event     # "X spoke to reporters on Tuesday." then “A.”: what they said there
                idx = self._add(cs, ce, told, None, np, zones=[(told.start, told.end)], force_kind="direct")
                self.used_quotes.add(q.start)
                if idx is not None:
                    by_para.setdefault(q.para, []).append(idx)
                continue
            if src is None:
                continue
            k = bisect.bisect_right(sent_starts, q.start) - 1
            sent = self.sents[k] if k >= 0 else Sentence(q.start, q.end, q.para)
            idx = self._add(cs, ce, sent, None, None, speaker_from=src, date_from=src, force_kind="direct",
                            mention_kind="continuation")
            self.used_quotes.add(q.start)
            if idx is not None:
                by_para.setdefault(q.para, []).append(idx)

    def _speaker_named_after(self, q: Quote) -> tuple[sp.NP, Sentence, tuple[int, int]] | None:
        """The speaker of a quotation that the sentence right after it names: "“A.” That was how Jo
        Bloggs described the visit when he spoke on Wednesday." (the person, that sentence and where in
        it a date may sit)."""
        k = bisect.bisect_left(self._sentence_starts(), q.end)
        if k >= len(self.sents) or self.sents[k].para - q.para > 1 or self.text[q.end:self.sents[k].start].strip():
            return None
        nxt = self.sents[k]
        m = THAT_WAS_HOW_RE.match(self.text, nxt.start, nxt.end)
        if m is None:
            return None
        group = 1 if m.group(1) is not None else 2
        np = sp.parse_subject(m.group(group), m.start(group)).np
        if np is None or np.kind not in ("name", "title", "institution"):
            return None
        zone = (nxt.start, nxt.end)
        if group == 1:  # the time of the speaking, not of what they described ("the week he spent ... last week")
            spoke = SPOKE_CLAUSE_RE.search(self.text, m.end(), nxt.end)
            zone = (nxt.start, spoke.end() if spoke else m.end())
        return np, nxt, zone

    def _bare_attribution_before(self, q: Quote, k: int) -> sp.NP | None:
        """The speaker of a quotation that opens its sentence right after a sentence made only of a
        speaker and a speech verb ("Jo Bloggs agreed.", "The mayor disagreed:"), in the same paragraph."""
        t = self.text
        if k < 1 or self.sents[k].start != q.start or self.sents[k - 1].para != q.para:
            return None
        prev = self.sents[k - 1]
        m = BARE_ATTRIBUTION_RE.match(t, prev.start, prev.end)
        if not m or self.qi.overlapping(prev.start, prev.end):
            return None
        v = VERB_RE.match(t, m.start(2))
        if v is None or v.end() != m.end(2) or lexicon().verb_forms.get(v.group(0)) is None:
            return None
        np = sp.parse_subject(m.group(1), prev.start).np
        return np if np is not None and np.kind in ("name", "title", "unnamed", "institution") else None

    def _speech_event_before(self, q: Quote) -> tuple[sp.NP, Sentence] | None:
        """The person and the sentence of a paragraph that tells of a speech and says nothing itself
        ("Mira Holt spoke to reporters in Kyiv on Tuesday."), right before the paragraph `q` opens."""
        p = q.para - 1
        while p >= 0 and self.paras[p].skipped:
            p -= 1
        if p < 0 or self.qi.overlapping(self.paras[p].start, self.paras[p].end):
            return None
        k = bisect.bisect_left(self._sentence_starts(), self.paras[p].end) - 1
        if k < 0 or self.sents[k].para != p:
            return None
        last = self.sents[k]
        text = self.text[last.start:last.end]
        candour = CANDOUR_RE.search(text)
        if candour is None and not SPEECH_EVENT_RE.search(text):
            return None
        first = text.split(None, 1)[0].lower()
        if first.endswith(("ed", "ing")) or first in sp.NON_NP_STARTERS:
            return None     # "Based upon an interview he gave ...": the sentence does not open with its speaker
        np = sp.leading_name(text, last.start)
        if (np is None or np.kind != "name") and candour is not None:
            # ("A former ambassador, who asked not to be named, was blunter when we spoke on Monday.")
            np = sp.parse_subject(text[:candour.start()], last.start).np
            return (np, last) if np is not None and np.kind in ("name", "title", "unnamed") else None
        return (np, last) if np is not None and np.kind == "name" else None

    @staticmethod
    def _inside_finding(q: Quote, spans, span_starts) -> bool:
        k = bisect.bisect_right(span_starts, q.start) - 1
        if k >= 0 and spans[k][0] <= q.start < spans[k][1]:
            return True
        k2 = bisect.bisect_left(span_starts, q.start)
        return k2 < len(spans) and spans[k2][0] < q.end

    def _previous_paragraph_findings(self, para: int, by_para) -> list[int]:
        p = para - 1
        while p >= 0 and self.paras[p].skipped:
            p -= 1
        return by_para.get(p, []) if p >= 0 else []


def _describes_subject(verb_group: str) -> bool:
    """"He is now host of “The Nightly Show”", "he was a tea party favorite who ...": a copula and a
    noun phrase tell what the subject is, not anything it said ("is pushing for “A”" is a predicate)."""
    words = verb_group.split()
    return any(w in COPULAS for w in words[:-1]) and not words[-1].endswith(("ing", "ed", "en"))


COPULAS = frozenset(["is", "are", "was", "were"])


def _title_case(text: str) -> bool:
    """Words of a title: every long word capitalised, no closing punctuation ("The Art of the Deal")."""
    long_words = [w for w in re.findall(r"[A-Za-z’'-]+", TITLE_SMALL_WORDS_RE.sub("", text)) if len(w) > 3]
    return bool(long_words) and all(w[0].isupper() for w in long_words) and not text.rstrip()[-1:] in ".,!?;:"


def _object_word(seg: str, before: str, clause_subjects: tuple[str, ...]) -> str | None:
    """The word right after a verb when what follows is its object; None when the noun before is
    the object ("the Donbas, which Moscow demands Kyiv cede") or a clause of its own follows
    ("demanded that ...", "promised they would")."""
    if OBJECT_RELATIVE_BEFORE_RE.search(before):
        return None
    word = ACT_OBJECT_RE.match(seg)
    return None if word is None or word.group(1).lower() in clause_subjects else word.group(1).lower()


def find_statements(article: Article) -> list[Finding]:
    """Every statement in the article, in reading order, speakers not yet resolved."""
    return _read(article)[1]




def _read(article: Article) -> tuple[_Reader, list[Finding]]:
    """The reader over the article with its quotation marks made double (`double_quoted`,
    `dash_quoted`), and
    its findings, whose texts are the article's own."""
    original = article.text or ""
    quoted = dash_quoted(double_quoted(original))
    for rx in (AFFILIATION_RE, INITIALS_GLOSS_RE):
        quoted = rx.sub(lambda m: " " * len(m.group()), quoted)
    reader = _Reader(replace(article, text=quoted) if quoted != original else article)
    findings = reader.read()
    if quoted != original:
        _restore_marks(findings, original)
    return reader, findings


# ---------------------------------------------------------------- the stage

def extract_article(article: Article, registry: list[SpeakerRecord]) -> tuple[list[StatementRecord], list[SpeakerRecord]]:
    """Statements of one article and the new speaker records they use. Pure and deterministic."""
    reader, findings = _read(article)
    resolver = sp.SpeakerResolver(reader.article, registry)
    speaker_ids = _resolve_speakers(reader, findings, resolver)
    results = _resolve_dates(reader, findings, speaker_ids, resolver)
    records, seen = [], set()
    for f, sid, res in zip(findings, speaker_ids, results):
        if sid is None:
            continue
        rid = statement_id(article.stem, f.text)
        if rid in seen:
            continue
        seen.add(rid)
        records.append(StatementRecord(
            id=rid, article=article.stem, speaker=sid, kind=f.kind, text=f.text, start=f.start, end=f.end,
            sentence=f.sentence, date=res.date, date_precision=res.precision, date_range=res.range,
            date_cue=res.cue, status="machine", mention=f.mention, cue=f.cue))
    used = {r.speaker for r in records}
    registry_ids = {r.id for r in registry}
    new = [rec for sid, rec in resolver.new_records.items() if sid in used and sid not in registry_ids]
    return records, new


def _restore_marks(findings: list[Finding], original: str) -> None:
    """Records quote the article as written: put its own marks back into every text span."""
    for f in findings:
        f.text = original[f.start:f.end]
        f.sentence = original[f.sentence_lo:f.sentence_lo + len(f.sentence)]
        if f.mention is not None:
            f.mention = Mention(original[f.mention.start:f.mention.end], f.mention.start, f.mention.end)


def _group_subject_re() -> re.Pattern:
    heads = trie_regex(lexicon().group_subjects)
    return re.compile(rf"(?:the\s+(?:two|three|four)\s+|both\s+|the\s+)(?:{heads})", re.I)


def _pair_re() -> re.Pattern:
    name = r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,2}"
    return re.compile(rf"\b({name})\s+and\s+({name})\s+({trie_regex(lexicon().pair_heads)})\b"
                      rf"|\bbetween\s+(?:the\s+)?({name})\s+and\s+(?:the\s+)?({name})")


GROUP_SUBJECT_RE = _group_subject_re()
PAIR_RE = _pair_re()
PAIR_PARAGRAPHS = 4     # how far back "the two sides" looks for the pair it stands for


def _joint_subject(reader: _Reader, np: sp.NP) -> sp.NP | None:
    """"the two sides" after "U.S. and Ukrainian delegations met ...": that pair, as one speaker."""
    if np.kind == "name" or not GROUP_SUBJECT_RE.fullmatch(np.text):
        return np
    sent = reader._sentence_at(np.start)
    lo = reader.paras[max(0, sent.para - PAIR_PARAGRAPHS)].start if sent is not None else 0
    pairs = [m for m in PAIR_RE.finditer(reader.text, lo, np.start) if not reader.qi.containing(m.start())]
    if re.match(r"the\s+[a-z]+$", np.text, re.I):
        # a bare "the negotiators" is a pair only when the text named one with that word ("U.S. and
        # Ukrainian negotiators"); "a meeting between Zelensky and Putin" is not who "the negotiators" are
        head = np.text.split()[-1].lower()
        pairs = [m for m in pairs if m.group(3) and m.group(3).lower() == head]
        if not pairs:
            return np
    if not pairs:   # "sides" alone names no one a reader could look up
        return None if np.text.lower().endswith("sides") else np
    m = pairs[-1]
    joint = f"{m.group(1)} and {m.group(2)} {m.group(3)}" if m.group(1) else f"{m.group(4)} and {m.group(5)}"
    return sp.NP("unnamed", np.text, np.start, np.end, joint, gender="p", title=np.title, strength=np.strength)


def _pronoun_lead(reader: _Reader, f: Finding) -> int:
    """Where a finding's speaker is resolved: where its phrase stands, but a pronoun that repeats the
    one its sentence opens with stands for the same person ("In May, he threatened ..., blaming X and
    Y, and earlier this month he said"), so it is resolved there."""
    np = f.np
    if np.kind != "pronoun" or np.start <= f.sentence_start:
        return np.start
    lead = OPENER_PRONOUN_RE.match(reader.text, f.sentence_start, np.start) \
        or LEADING_PRONOUN_RE.match(reader.text, f.sentence_start, np.start)
    if lead is not None and lead.group(1).lower() == np.text.lower() and lead.start(1) < np.start:
        return lead.start(1)
    return np.start


def _resolve_speakers(reader: _Reader, findings: list[Finding], resolver: sp.SpeakerResolver) -> list[str | None]:
    for f in findings:
        if f.np is not None:
            f.np = _joint_subject(reader, f.np)
    events = []
    for i, f in enumerate(findings):
        if f.np is not None:
            events.append((_pronoun_lead(reader, f), 1, i))
    said_spans: dict[int, list[tuple[int, int]]] = {}     # paragraph -> what a person said in it
    for f in findings:
        if (f.np is None or f.np.kind != "institution") and lexicon().verb_forms.get(f.cue) != "report":
            # (a body's report may still be about someone: "X received the delegations on Friday, state
            # news agency Wam reported. He stressed ...", and so may a correspondent's: "X welcomed the
            # talks, a Kazinform correspondent reports")
            said_spans.setdefault(f.paragraph, []).append((f.start, f.end))
    subjects = {}
    # (a body opening a sentence is who the next one's "it" is, and no one else's antecedent)
    it_sentences = {f.sentence_start for f in findings if f.np is not None and f.np.text.lower() == "it"}
    before_it = {a.start for a, b in zip(reader.sents, reader.sents[1:]) if b.start in it_sentences and a.para == b.para}
    for s in reader.sents:
        np = sp.leading_name(reader.text[s.start:s.end], s.start, possessor=True)
        agent = PASSIVE_LEAD_RE.search(reader.text, s.start, s.end) if reader.text.find(" by ", s.start, s.end) >= 0 else None
        if agent is not None:   # "The delegation was led by Rustem Umerov. He said ...": the leader
            np = sp.leading_name(reader.text[agent.end():s.end], agent.end()) or np
        if np is None:
            # "In the Zaporizhzhia region, the commander of a drone unit was blunter": after the setting
            lead = OPENING_SETTING_RE.match(reader.text, s.start, s.end)
            at = lead.end() if lead else s.start
            if ROLE_OPENING_RE.match(reader.text, at):
                np = sp.leading_role(reader.text[at:s.end], at)
            elif lead and (role := SET_OFF_ROLE_RE.match(reader.text, at, s.end)):
                np = sp.parse_subject(role.group(1), at).np
                np = np if np is not None and np.kind == "title" else None
            elif lead and reader.text.startswith("the ", at):
                np = sp.leading_role(reader.text[at:s.end], at)     # "On Thursday, the CNN president also"
            elif (owner := POSSESSIVE_OPENING_RE.match(reader.text, s.start, s.end)) is not None:
                # "For Halvorsen's soldiers, the next days ...": the person the sentence is about
                np = sp.leading_name(reader.text[owner.end():s.end], owner.end(), possessor=True)
                np = np if np is not None and np.text.endswith(("’s", "'s")) else None
            elif (there := THERE_IS_OPENING_RE.match(reader.text, s.start, s.end)) is not None:
                np = sp.leading_name(reader.text[there.end():s.end], there.end())
                np = np if np is not None and np.kind == "name" else None
            elif (someone := SOMEONE_OPENING_RE.match(reader.text, s.start, s.end)) is not None:
                # "A friend in Moscow, a 34-year-old engineer, sent me an account. ‘...,’ he wrote"
                np = sp.parse_np(someone.group(1), s.start)
                called = sp.NICKNAME_RE.search(someone.group(1).lower()) if np is not None and np.kind == "name" else None
                if called:  # "A drone operator with the call sign Tykhyi, who ...": the name he goes by, and his role
                    role = re.sub(r"^(?:A|An)\s+|\s+(?:with|who|known|nicknamed|called)\b.*$", "", someone.group(1)[:called.start()])
                    np = replace(np, title=role.strip() or None)
                np = np if np is not None and (np.kind == "unnamed" and np.gender != "p" or called) else None
        if s.start in before_it and (np is None or np.strength < 2) and (body := reader._body_opening(s, s.end)):
            np = body   # "The Marrow embassy took a different view. ..., it claimed"
        if np is not None and not any(a <= np.start < b for a, b in said_spans.get(s.para, ())):
            # (a subject inside what someone said is not who the sentence is about: "According to
            # Peskov, Putin has received a report. “...,” he noted")
            subjects[s.start] = np
            events.append((np.start, 0, s.start))
    mentions = {np.start: np for np in reader.speaker_mentions}
    events += [(start, 2, start) for start in mentions]
    events.sort()
    ids: list[str | None] = [None] * len(findings)
    reader.subject_ids = {}
    for pos, kind, ref in events:
        if kind == 0:
            sid = resolver.note_subject(subjects[ref])
            reader.subject_ids[ref] = sid
            continue
        if kind == 2:   # the speaker of a verb that said nothing quotable is known as any speaker is
            _resolve_with_roles(resolver, mentions[ref], pos, reader.mention_roles.get(ref, ()))
            continue
        f = findings[ref]
        ids[ref] = _resolve_with_roles(resolver, f.np, pos, f.roles)
    for i, f in enumerate(findings):
        if ids[i] is None and f.speaker_from is not None:
            ids[i] = _follow(ids, findings, f.speaker_from)
    return ids


def _follow(ids, findings, j, depth=0):
    if depth > 20 or j is None:
        return None
    return ids[j] if ids[j] is not None else _follow(ids, findings, findings[j].speaker_from, depth + 1)


def _resolve_dates(reader: _Reader, findings: list[Finding], ids, resolver: sp.SpeakerResolver):
    article = reader.article
    published = article.published
    if published is None:
        from datetime import date as _date
        published = _date.today()
    text = reader.text
    results: list[dt.DateResult] = []
    dated: list[tuple[str, dt.DateResult]] = []     # (speaker id, result) of cue-dated statements

    def speaker_date(who: str):
        key = sp.name_key(who.split()[-1]) if who.split() else ""
        best = None
        for sid, res in reversed(dated):
            name = resolver.record(sid).name
            if name.split() and sp.name_key(name.split()[-1]) == key:
                if res.precision == "day":
                    return res.date
                best = best or res.date
        return best

    reference, last_day = _reference_dates(reader, published)
    narration = _narration_cues(reader, text, published, reference)
    with_findings = {g.sentence_start for g in findings}

    narrated: dict[int, dt.DateResult | None] = {}

    def narrated_day(f: Finding):
        k = bisect.bisect_right(reader._sentence_starts(), f.sentence_start) - 2
        before = reader.sents[k] if k >= 0 else None
        if before is None or before.para != f.paragraph or before.start in with_findings:
            return None
        opening = OPENING_CLAUSE_RE.match(text, before.start, before.end)
        if FUTURE_OCCASION_RE.search(text, opening.end() if opening else before.start, before.end):
            return None     # (not "The Commission is expected to present it ... on February 24")
        if before.start not in narrated:
            # (not the day of what came before the sentence's event: "Biden signed it hours after the
            # Senate approved it late Tuesday")
            res = None
            # the main clause's own day first: "X, who spoke to Y by telephone on Friday, defended the
            # call at the summit on Monday. He said ..." was said on Monday
            main = _without_set_off_relatives(text, before.start, before.end, to_end=True, keep_framing=False)
            framed = _without_set_off_relatives(text, before.start, before.end, to_end=True)
            for relatives in (main, framed) if framed != main else (main,):
                zones = [(a, (cut.start() if (cut := EARLIER_EVENT_RE.search(text, a, b)) else b)) for a, b in relatives]
                res = dt.first_cue(text, zones, published, reference=reference)
                if res is not None and res.precision == "day":
                    break
            narrated[before.start] = res if res is not None and res.precision == "day" else None
        return narrated[before.start]
    with_statements = {g.paragraph for g in findings}

    def background_between(a: int, b: int, who: str) -> bool:
        """Only one paragraph of background on the speaker, with no statement and no date, stands
        between a and b ("“A,” X told journalists yesterday. | X, a former prime minister, represented
        Y. | The former premier explained B")."""
        middle = [k for k in range(a + 1, b) if not reader.paras[k].skipped]
        if len(middle) != 1 or middle[0] in with_statements:
            return False
        para = reader.paras[middle[0]]
        names = resolver.record(who).name.split()
        opening = text[para.start:para.start + 60]
        about = bool(names) and names[-1] in opening or re.match(r"(?:He|She)\s", opening) is not None
        # (a date in a relative clause about someone else does not count: "X represented Y, who
        # pulled out earlier this month.")
        return about and not any(dt.cue_re().search(text, a, b) for a, b in _without_closing_relative(
            text, _without_set_off_relatives(text, para.start, para.end, keep_framing=False), para.end))

    rank, r, undated, own = [], 0, [], set()
    for p in reader.paras:       # paragraph order ignoring skipped lines ("SEE ALSO", bylines)
        rank.append(r)
        r += 0 if p.skipped else 1
    for i, f in enumerate(findings):
        res = dt.first_cue(text, f.date_zones, published, speaker_date, reference)
        if res is not None:
            own.add(i)
        if res is None and NOW_OPENING_RE.match(text, f.sentence_start):
            # "Now, he said, the question is ...": said now, not when the story before it was told
            res = dt.reported(published)
        if res is None and f.date_from is not None and f.date_from < len(results):
            res = results[f.date_from]  # the same utterance: the second half of a split quote, "and that B"
        # else the date of the same speaker's last statement or narration sentence just before
        told = None
        if res is None and ids[i] is not None:
            # (a bare year is a life story's, not an occasion's: "X opened the shop in 2009." dates
            # nothing in the next paragraph)
            told = next(((at, r) for at, para, sid, r in reversed(narration) if sid == ids[i]
                         and 0 <= rank[f.paragraph] - rank[para] <= (0 if r.precision == "year" else 1)), None)
        if res is None and i > 0 and ids[i] is not None:
            j = _same_speaker_before(findings, ids, i)
            prev = findings[j]
            if ids[j] == ids[i] and results[j].cue and (rank[f.paragraph] - rank[prev.paragraph] <= 1 or (
                    results[j].precision == "day" and background_between(prev.paragraph, f.paragraph, ids[i]))) \
                    and (told is None or not prev.start < told[0] < f.start) \
                    and (prev.paragraph == f.paragraph or _present_tense(f.cue) or narrated_day(f) is None):
                res = results[j]    # (but a day the statement's own paragraph narrates comes first)
        if res is None and told is not None and not _present_tense(f.cue):
            res = told[1]   # (not for what someone says now: "X hosted a family last year. X says ...")
        if res is None and i > 0 and findings[i - 1].paragraph == f.paragraph and results[i - 1].cue \
                and results[i - 1].precision == "day" and not _present_tense(f.cue):
            # else the day of the statement before it in its paragraph, whoever made it: "The Kremlin
            # said on Friday that ... ‘A,’ Dmitry Peskov told reporters" (a paragraph tells one day)
            res = results[i - 1]
        if res is None and not _present_tense(f.cue):
            # else the day of a narration sentence just before it in its paragraph: "Merz travelled to
            # Kyiv on Saturday with three other leaders. In a joint statement, the four leaders said"
            res = narrated_day(f)
        if res is None:
            res = _on_story_day(dt.reported(published), last_day(f.sentence_start), f)
            undated.append(i)
        results.append(res)
        if res.cue and ids[i]:
            dated.append((ids[i], res))
    _lede_from_its_quote(findings, ids, results, rank)
    _summary_from_its_quote(findings, ids, results, undated, own)
    return results


COUNTED_CUE_RE = re.compile(r"\b(?:earlier|before|previous|after|later)\b", re.I)


def _summary_from_its_quote(findings: list[Finding], ids: list, results: list, undated: list[int], own: set[int]) -> None:
    """"X dismissed the offer as an ultimatum. “A,” X told a broadcaster on Friday.": a statement with
    no date of its own that the same speaker's next one in its paragraph goes on to quote takes the day
    that one's own words give (in the next paragraph that day is as often another occasion's: "X had
    said the day before")."""
    for i in reversed(undated):
        j = i + 1
        if j < len(findings) and findings[j].paragraph == findings[i].paragraph and ids[i] is not None \
                and ids[j] == ids[i] and j in own and results[j].precision == "day" \
                and findings[j].kind == "direct" and not _present_tense(findings[i].cue) \
                and not COUNTED_CUE_RE.search(results[j].cue) \
                and not _in_perfect(findings[j], "had"):
            results[i] = results[j]     # (not "“B,” X had said two days earlier": another occasion)


def _lede_from_its_quote(findings: list[Finding], ids: list, results: list, rank: list[int]) -> None:
    """A lede sums up what the next paragraph quotes: "X has said A and insisted B." then "“C,” X told
    journalists yesterday.": the lede's undated statements take the day of that speaker's next one."""
    lede = findings[0].paragraph if findings else None
    after = next((j for j, f in enumerate(findings) if f.paragraph != lede), None)
    if after is None or rank[findings[after].paragraph] - rank[lede] != 1 \
            or not results[after].cue or results[after].precision != "day":
        return
    for i in range(after):
        if not results[i].cue and ids[i] is not None and ids[i] == ids[after] and not _present_tense(findings[i].cue):
            results[i] = results[after]


def _same_speaker_before(findings: list[Finding], ids: list, i: int) -> int:
    """The finding whose date a speaker's next undated one may take: the one just before, or this
    speaker's earlier one in that finding's own sentence (another's statement inside it does not end
    the run: "X said on Monday that A, hours after Russia announced B.")."""
    sentence = findings[i - 1].sentence_start
    for j in range(i - 1, -1, -1):
        if findings[j].sentence_start != sentence:
            break
        if ids[j] == ids[i]:
            return j
    return i - 1


LAST_WORD_RE = re.compile(r"([\w’'-]+)\s*$")


def _resolve_with_roles(resolver, np, pos: int, roles) -> str | None:
    sid = resolver.resolve(np, pos)
    if sid:
        for role in roles:
            resolver._add_role(sid, role.title, role.organisation)
    return sid


def _adds_no_words(text: str, pos: int, end: int) -> bool:
    """After a form of "add": "adding to fears of a glut", "added Canada’s name to the declaration"."""
    verb = LAST_WORD_RE.search(text, max(0, pos - 30), pos)
    if verb is None or lexicon().verb_forms.get(verb.group(1)) != "add":
        return False
    if ADD_TO_RE.match(text, pos, end) is not None or ADD_NAME_RE.match(text, pos, end) is not None:
        return True
    put = ADD_OBJECT_TO_RE.match(text, pos, end)     # "added a special prayer to Sunday’s liturgy"
    return put is not None and not AUX_RE.search(put.group(0)) and not THAT_RE.search(put.group(0))


def _on_story_day(fallback: dt.DateResult, story: dt.DateResult | None, f: Finding) -> dt.DateResult:
    """A statement with no date of its own is placed on the day the story is on (the last day its
    paragraph gave before it, else the first its opening gave) when that day lies in its window:
    its quotes mostly come from that day's events. Its precision and window stay the report's.
    Not what someone says or has said: that holds at the report."""
    lo, hi = fallback.range
    if story is None or _present_tense(f.cue) or not lo <= story.date <= hi \
            or _in_perfect(f, "has|have"):
        return fallback
    return replace(fallback, date=story.date)


def _in_perfect(f: Finding, auxiliaries: str) -> bool:
    """Its speech verb follows one of the auxiliaries: "has long argued", "had said"."""
    return re.search(rf"\b(?:{auxiliaries})\s+(?:\w+ly\s+)?{re.escape(f.cue)}\b", f.sentence) is not None


def _present_tense(verb: str) -> bool:
    """"say", "says", "argue": what someone holds now, which no past day dates."""
    word = verb.split()[0] if verb else ""
    lemma = lexicon().verb_forms.get(word)
    return lemma is not None and word in (lemma, lemma + "s", lemma + "es")


STORY_OPENING_PARAGRAPHS = 3  # where a story gives the day it is on
SINCE_BEFORE_RE = re.compile(r"\bsince\s+(?:the\s+)?$")
# ("the first meeting since the February 28 clash": the day of an earlier event, not of this one)
EARLIER_EVENT_RE = re.compile(r"\s(?:(?:hours|days|weeks|a\s+day|a\s+week)\s+after|since)\s")
# every cue that names a day holds one of these ("on Monday", "last night", "on Nov. 3", "New Year's Eve")
DAY_HINT_RE = re.compile(r"day|night|morning|afternoon|evening|\beve\b|christmas|\d", re.I)
REFERENCE_PARAGRAPHS = 3     # how far back "a day earlier" looks for the date it counts from


# a date in a clause about what is still to come is no date the text has reached
FUTURE_BEFORE_RE = re.compile(r"\b(?:will|would|when|next|due|scheduled|expected|planned|set\s+to|ahead\s+of|until|before)\b"
                              r"[^,.;:“”\"]*$", re.I)


# a clause of time or manner that opens a sentence: "As talks were expected to open, France on Tuesday ..."
OPENING_CLAUSE_RE = re.compile(r"(?:As|While|When|With|After|Before|Since)\b[^,;“”\"]*,\s*")
FUTURE_OCCASION_RE = re.compile(r"\b(?:will|shall|is\s+to|are\s+to|scheduled|planned|expected|due\s+to)\b", re.I)


def _reference_dates(reader: _Reader, published):
    """`reference(pos)`: the date a cue at pos counts from ("a day earlier", "the same day"): the
    nearest other date in its sentence ("X, who two days earlier had insisted A, said on Thursday"),
    else the last one in the paragraphs before it (with `day`, the last one that names a day).
    Dates inside quotations do not count. Also `last_day(pos)`: the day the story is on there,
    for a statement with no date of its own (`_on_story_day`)."""
    by_para: dict[int, list] = {}

    def paragraph_cues(k: int) -> list:
        if k not in by_para:
            p, found = reader.paras[k], []
            dateline = DATELINE_LEAD_RE.match(reader.text, p.start, p.end)    # (a filing date: no cue)
            start = dateline.end() if dateline else p.start
            hinted = dt.CUE_HINT_RE.search(reader.text, start, p.end) is not None     # (most have no date)
            for m in dt.cue_re().finditer(reader.text, start, p.end) if hinted else ():
                # a counted cue here counts from the cues before it ("Wednesday ... earlier in the day")
                # (with no day before it in its paragraph, "earlier in the day" is the story's day, if
                # the story gave one already)
                res = None if reader.qi.containing(m.start()) else dt.resolve_cue(
                    m, published, None, lambda _pos, day=False, k=k, found=found, story=False, **_: before_in(
                        k, found, day) or (story_day(_pos) if story and k not in opening else None))
                if res is not None and not FUTURE_BEFORE_RE.search(reader.text, max(p.start, m.start() - 50), m.start()) \
                        and not SINCE_BEFORE_RE.search(reader.text, max(p.start, m.start() - 12), m.start()):
                    found.append((m.start(), res))     # (not "when the two meet in Alaska on Friday", nor
                    # "the first talks since the February 28 clash": the start of a while, not a day of the story)
            by_para[k] = found
        return by_para[k]

    def before_in(k: int, found: list, day: bool):
        cues = [res for j in range(max(0, k - REFERENCE_PARAGRAPHS), k) for _, res in paragraph_cues(j)]
        cues += [res for _, res in found]
        cues = [res for res in cues if not day or res.precision == "day"]
        return cues[-1] if cues else None

    def occasion_day(pos: int, noun: str, modifiers: tuple = ()):
        """(named before, the day given in the sentence that last named the occasion before pos);
        the sentence must hold the words that tell it from others ("the weekly briefing")."""
        verbs = "".join(f"|{re.escape(v)}" for v in lexicon().event_verbs.get(noun.lower(), ()))
        mention = re.compile(rf"\b(?:{re.escape(noun)}(?:es|s)?{verbs})\b", re.I)   # ("met" names a meeting)
        named = False
        for m in reversed(list(mention.finditer(reader.text, 0, pos))):
            sent = reader._sentence_at(m.start())
            if sent is None or reader.qi.containing(m.start()) or FUTURE_OCCASION_RE.search(reader.text, sent.start, m.start()):
                continue    # (not "Putin will hold a meeting of the council on Wednesday")
            if modifiers and not all(re.search(rf"\b{re.escape(w)}\b", reader.text[sent.start:sent.end], re.I)
                                     for w in modifiers):
                continue    # ("a late-night briefing on Wednesday" is not "the weekly briefing")
            named = True
            days = [(c, res) for c, res in paragraph_cues(sent.para) if res.precision == "day" and c < sent.end]
            own = [(c, res) for c, res in days if m.start() < c and not re.search(r"[,;(]", reader.text[m.end():c])]
            if own:     # the day in its own phrase ("a meeting with Putin at the Kremlin on Thursday"),
                return True, own[0][1]
            same = [(abs(c - m.start()), res) for c, res in days if c >= sent.start]
            if same:    # else the day nearest it in the sentence naming it, else the paragraph's first
                return True, min(same, key=lambda x: x[0])[1]   # ("talks on Tuesday ... before the session")
            if days:
                return True, days[0][1]
        return named, None

    # the paragraphs that end as sentences do (not a headline, standfirst or caption)
    opening = [k for k, p in enumerate(reader.paras)
               if not p.skipped and reader.text[p.start:p.end].rstrip()[-1:] in ".!?”\"’)"][:STORY_OPENING_PARAGRAPHS]

    def story_day(pos: int):
        """The first day the story's opening paragraphs gave before pos: the day the story is on
        (not in a line with no full stop, a standfirst or caption: "... hope for from Tuesday’s
        negotiations"; and a day first given further down is some other event's)."""
        for k in opening:
            days = [res for c, res in paragraph_cues(k) if c < pos and res.precision == "day"]
            if days or reader.paras[k].end > pos:
                return days[0] if days else None
        return None

    def last_day(pos: int):
        """The last day its paragraph gave before the sentence at pos, else the story's day."""
        sent = reader._sentence_at(pos)
        if sent is None:
            return None
        para = reader.paras[sent.para]
        if not DAY_HINT_RE.search(reader.text, para.start, sent.start):
            return story_day(pos)   # (no day before it in its paragraph: most have none)
        aside = [m.span() for m in BACKGROUND_RELATIVE_RE.finditer(reader.text, para.start, sent.start)]
        same = [res for c, res in paragraph_cues(sent.para) if c < sent.start and res.precision == "day"
                and not any(a <= c < b for a, b in aside)]     # (not "the Games, which opened on Friday")
        return same[-1] if same else story_day(pos)

    contents = sorted((f.start, f.end) for f in reader.findings)

    def in_other_content(pos: int, c: int) -> bool:
        """c lies in what someone said and pos does not: "said the same day that it would resume the
        aid it had paused after a meeting on Feb. 28" counts from no date said there."""
        k = bisect.bisect_right(contents, (c, len(reader.text))) - 1
        return k >= 0 and contents[k][0] <= c < contents[k][1] and not contents[k][0] <= pos < contents[k][1]

    def reference(pos: int, day: bool = False, occasion: str | None = None, strict: bool = False,
                  story: bool = False, modifiers: tuple = ()):
        """With `story`, the story's day when no day is near ("later in the evening")."""
        found = _reference(pos, day, occasion, strict, modifiers)
        return found if found is not None or not story else story_day(pos)

    def _reference(pos: int, day: bool, occasion: str | None, strict: bool, modifiers: tuple = ()):
        sent = reader._sentence_at(pos)
        if sent is None:
            return None
        if occasion is not None:
            # an occasion named before without a day is dated as what was said there, not here
            named, found = occasion_day(pos, occasion, modifiers)
            if found is None and named:
                found = story_day(pos)  # "after talks that lasted two hours" in a story on Tuesday's talks
            if found is not None or named or strict:
                return found
        cues = [c for k in range(max(0, sent.para - REFERENCE_PARAGRAPHS), sent.para + 1) for c in paragraph_cues(k)]
        usable = [(c, res) for c, res in cues if not day or res.precision == "day"]
        near = [(abs(c - pos), res) for c, res in usable if sent.start <= c < sent.end and c != pos
                and not (c > pos and in_other_content(pos, c))]
        if near:
            return min(near, key=lambda x: x[0])[1]
        earliest = reader.paras[max(0, sent.para - REFERENCE_PARAGRAPHS)].start
        before = [res for c, res in usable if earliest <= c < sent.start]
        return before[-1] if before else None
    return reference, last_day


# the subject's own verb in the present perfect (no other verb before it)
PERFECT_NARRATION_RE = re.compile(r"(?:(?!(?:said|told|says|wrote|added|\w+ed)\b)[^,.;\s]+\s+){1,6}?"
                                  r"(?:has|have)\s+(?:\w+ly\s+)?\w+(?:ed|en|ld|lt|d|t)\b")


def _narration_cues(reader: _Reader, text: str, published, reference=None):
    """Dates in narration sentences that open with a speaker: "Putin made the offer ... last week"."""
    out = []
    ids = getattr(reader, "subject_ids", {})
    with_findings = {f.sentence_start for f in reader.findings}
    for s in reader.sents:
        sid = ids.get(s.start)
        if not sid or s.start in with_findings or PERFECT_NARRATION_RE.match(text, s.start, s.end):
            continue    # ("Umerov has led the team since ... in late November": a state, not an event)
        # (not a date in a relative clause set off after the subject: "Biden, who visited Kyiv on
        # Monday, met leaders in Warsaw on Wednesday")
        # (nor one in a description set off after the subject: "Grayson, an Orlando Democrat who was
        # first elected in 2008, criticized ...")
        # (and the main clause's own day before that of a relative clause that frames the speaking:
        # "Scholz, who spoke to Putin on Friday, defended the call on Monday")
        # (nor one in a relative clause that runs to the sentence's end: "X represented Museveni,
        # who pulled out of the trip earlier this month.")
        main = _without_closing_relative(text, _without_asides(text, s.start, s.end, keep_framing=False), s.end)
        res = dt.first_cue(text, main, published, reference=reference)
        asides = _without_closing_relative(text, _without_asides(text, s.start, s.end), s.end)
        if res is None and asides != main:
            res = dt.first_cue(text, asides, published, reference=reference)
        if res is not None:
            out.append((s.start, s.para, sid, res))
    return out



APPOSITIVE_RE = re.compile(r",\s+(?:a|an|the)\s[^,;“”\"]{2,120},")
# a place set off before the subject with what is yet to happen there: "In New York, where the
# Assembly is scheduled to vote Thursday, X told reporters on Wednesday"
SCHEDULED_WHERE_RE = re.compile(r",\s+where\s[^,;“”\"]{0,80}?\b(?:will|(?:is|are)\s+(?:scheduled|due|expected|set|"
                                r"slated|poised)\s+to)\s[^,;“”\"]{2,160},")


def _cut_out(rx: re.Pattern, text: str, lo: int, hi: int, keep=None) -> list[tuple[int, int]]:
    """[lo, hi) less the matches of rx in it (but for those `keep` accepts)."""
    zones = []
    for m in rx.finditer(text, lo, hi):
        if keep is not None and keep(m):
            continue
        zones.append((lo, m.start()))
        lo = m.end()
    return zones + [(lo, hi)]


def _without_asides(text: str, lo: int, hi: int, keep_framing: bool = True) -> list[tuple[int, int]]:
    """[lo, hi) less the relative clauses and the descriptions set off by commas in it ("X, who flew
    in on Sunday night, ...", "X, an Orlando Democrat who was first elected in 2008, ...")."""
    return [y for a, b in _without_set_off_relatives(text, lo, hi, keep_framing=keep_framing)
            for z in _cut_out(APPOSITIVE_RE, text, a, b) for y in _cut_out(SCHEDULED_WHERE_RE, text, *z)]


def _without_closing_relative(text: str, zones: list[tuple[int, int]], end: int) -> list[tuple[int, int]]:
    """The zones less a relative clause that closes the sentence ending at `end` ("X represented
    Museveni, who pulled out of the trip earlier this month.")."""
    out = []
    for a, b in zones:
        # (only a person's: not "where he met X on Wednesday", "an interview, which was released
        # last week": the occasion's)
        m = next((m for m in BACKGROUND_RELATIVE_RE.finditer(text, a, b)
                  if not text[m.end():end].strip(" .!?”\"’") and m.group(0).lstrip(", ").startswith("who")), None)
        out.append((a, m.start()) if m is not None else (a, b))
    return out


def _without_set_off_relatives(text: str, lo: int, hi: int, to_end: bool = False,
                               keep_framing: bool = True) -> list[tuple[int, int]]:
    """[lo, hi) less the relative clauses set off by commas in it (with `to_end`, also one that runs
    to the sentence's end: "the Games, which opened on Friday."), but for those that tell of the
    speaking itself ("X, who addressed the forum on Saturday, did not refer to ..."), unless
    `keep_framing` is off."""
    keep = (lambda m: FRAMING_RELATIVE_RE.match(m.group(0)) is not None) if keep_framing else None
    return _cut_out(BACKGROUND_RELATIVE_RE if to_end else SET_OFF_RELATIVE_RE, text, lo, hi, keep=keep)
