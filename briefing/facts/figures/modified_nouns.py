"""The noun a figure modifies: "a 5% pay rise", "the 50mph winds", "a $700,000 award"."""

from __future__ import annotations

import re

from briefing.facts.figures.modifier_openers import modifier_head, noun_start, opens_a_modifier
from briefing.facts.figures.nouns import is_plural, noun_run
from briefing.facts.figures.phrases import clean_label
from briefing.facts.figures.quantity import Quantity
from briefing.facts.figures.words import STOPWORDS, VERBS
from briefing.lang.en.figures import (
    AMOUNT_VERBS,
    CHANGE_NOUNS,
    HOLDING_NOUNS,
    HOPE_VERBS,
    IRREGULAR_PASTS,
    MOVE_VERBS,
    PLACE_ADVERBS,
)

# "a 5% pay rise", "the firm's $2m fund", "50mL of 30% acid"
_DETERMINER_BEFORE = re.compile(r"(?:\b(?:a|an|the|its|their|his|her|our|of|one)|['’]s)\s+$")
# "this $99 speaker", "each 5% rise" -- but "increased this from £6 to £10": a pronoun there
_DEMONSTRATIVE_BEFORE = re.compile(r"\b(?:this|these|those|each|every)\s+$")
_FIGURE_OPENERS = frozenset("0123456789$£€¥₹")
# Units of a span of time: after a noun a span says when ("won the bronze three years ago").
SPANS = frozenset("years months weeks days hours minutes".split())


def modified_noun(text: str, q: Quantity) -> str:
    """'a 5% pay rise', 'the 50mph winds', 'a $700,000 award': the noun after the unit."""
    if q.kind not in ("currency", "percent", "measure"):
        return ""
    before = text[max(0, q.start - 25) : q.start].lower()
    own_article = re.match(r"(?:a|an)\s", text[q.start : q.start + 3].lower())
    determiner = _DETERMINER_BEFORE.search(before) or (
        _DEMONSTRATIVE_BEFORE.search(before) and text[q.start : q.start + 1] in _FIGURE_OPENERS
    )
    opener = ""
    if not determiner and (
        before.strip()
        and not own_article
        and not (q.unit not in SPANS and _adjective_after_article(before))
        and not (q.kind == "currency" and _after_a_verb(before))
    ):  # a span after a noun is when: "won the bronze three years ago"
        opener = opens_a_modifier(text, q)  # "sub-300 sq m", "Tylenol 500mg", "two 500ml"
        if not opener:
            return ""  # "a 5% pay rise", "50mL of 30% acid", or a heading "12 C melting point"
    start = noun_start(text, q.end, before.endswith(" of "))
    phrase, end = noun_run(text, start)
    if not phrase and start != q.end:  # "a 185-hp four-cylinder or ...": no noun after both
        phrase, end = noun_run(text, q.end)
    if opener and not modifier_head(opener, phrase):
        return ""
    if not determiner and phrase.lower() in PLACE_ADVERBS:
        return ""  # "sent a record $16.6bn home": where it went ("a £700,000 home" is one)
    if q.kind != "percent" and _participle_after_of(before, phrase.split()):
        return ""  # "the guideline of 15 ppb requiring action": the guideline's, not an action
    if before.strip() and not own_article and q.kind == "currency" and _after_a_verb(before):
        if not phrase or not is_plural(phrase.split()[-1].lower()):
            return ""  # "both teams received $250,000 fines": fines, but not "paid $5m cash"
    if _subject_of_a_hope(text, end):
        # "the 11.3% creditors previously hoped to receive": what they hoped for, no label;
        # "the 40% stake investors had hoped to buy": the stake, not its buyers
        phrase = " ".join(phrase.split()[:-1])
        if not phrase:
            return ""
    phrase = _before_a_verb(phrase)
    complement = phrase.lower() in CHANGE_NOUNS or phrase.lower() in HOLDING_NOUNS
    if complement and (what := _CHANGE_OF.match(text, end)):
        of_what, _ = noun_run(text, what.end())  # "a 40% drop in profits": a drop of what
        if of_what:
            owner = _owner_of_its(text, q.start) if what["its"] else ""
            owned = f"{owner}'s {of_what}" if owner else of_what  # whose revenues rose
            phrase = f"{phrase} {what.group(1)} {owned}"
    return clean_label(phrase.split()) if phrase else ""


_HOPE_AFTER = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?:had\s+|have\s+|has\s+)?(?P<verb>[a-z]+)\s+to\s+[a-z]"
)


def _subject_of_a_hope(text: str, end: int) -> bool:
    """The noun after the amount is the subject of a hope or plan whose object the amount
    is: "the 11.3% creditors previously hoped to receive", "the $3bn investors expect to
    get back"."""
    match = _HOPE_AFTER.match(text, end)
    return bool(match) and match.group("verb") in HOPE_VERBS


def _participle_after_of(before: str, words: list[str]) -> bool:
    """'the guideline of 15 ppb requiring action': after "of" and an amount, an -ing word and
    its object are a clause on the noun before "of" (not after a share, which is often a
    strength: "50mL of 30% fuming sulfuric acid"; nor in "a cost of $5m operating costs")."""
    if not before.rstrip().endswith(" of") or len(words) < 2:
        return False
    first, second = words[0].lower(), words[1].lower()
    return first.endswith("ing") and len(first) > 5 and (
        second in _OBJECT_OPENERS or not is_plural(second) and second.isalpha()
    ) and words[-1].lower() not in _ING_COMPOUND_HEADS


def _after_a_verb(before: str) -> bool:
    """'received $250,000 fines': a verb right before an amount of money."""
    words = before.split()
    if not words:
        return False
    low = words[-1]
    return low in IRREGULAR_PASTS or (low.endswith("ed") and len(low) > 4) or low in AMOUNT_VERBS


# (a demonstrative or a possessive too: "those dual 12.3 inch screens", "the ILX's standard
# 2.4-liter engine")
_ARTICLE_WORD = re.compile(
    r"(?:\b(?:a|an|the|its|their|his|her|our|this|these|those)|['’]s)\s+([a-z][\w-]*)\s+$"
)


def _adjective_after_article(before: str) -> bool:
    """'a turbocharged 1.6 liter engine', 'a further 5% rise': one adjective between the
    article and the figure (not a noun and its verb: 'the index fell 5%')."""
    match = _ARTICLE_WORD.search(before)
    if not match:
        return False
    low = match.group(1)
    return not (low in VERBS or low in MOVE_VERBS or low in STOPWORDS or is_plural(low))


def _before_a_verb(phrase: str) -> str:
    """'6.1-inch display remains one of': the noun phrase ends before its verb (not before
    a word that may be a noun too: 'pay rise', 'running costs')."""
    words = phrase.split()
    for index, word in enumerate(words[1:], 1):
        if word.lower() in _LINKING_VERBS:
            return " ".join(words[:index])
    return phrase


_LINKING_VERBS = frozenset(
    "is are was were has have had remains remained stands stood sits sat lies".split()
    # "The five-minute video includes clips": a verb after the noun, not a plural noun
    + "includes included contains contained involves requires allows provides means gives "
    "gave shows showed features featured offers offered lasts lasted".split()
)


# Words after an -ing word that begin its object ("requiring the action"), and heads that
# make the -ing word part of a noun ("cleaning solution", "operating profit").
_OBJECT_OPENERS = frozenset("the a an its their his her our this that these those more".split())
_ING_COMPOUND_HEADS = frozenset(
    "solution solutions profit profits costs cost income margin margins rate rates time "
    "times capacity area areas room rooms season seasons water power".split()
)


_CHANGE_OF = re.compile(r"\s+(in|of)\s+(?:the\s+|(?P<its>its)\s+|their\s+)?", re.I)
# The name opening a sentence as its subject ("Orange added ... a 10% rise in its revenues"):
# whose "its" a change noun's object means; a determiner or pronoun opener names nobody.
_OPENING_OWNER = re.compile(
    r"^\W*(?:(?:But|And|However|Meanwhile),?\s+)?"
    r"(?P<owner>[A-Z][\w&'’.\-]*(?:\s+[A-Z][\w&'’.\-]*){0,3})\s+(?:[a-z]+ly\s+)?"
    r"(?:[a-z]+(?:ed|s)|said|saw|had|made|won|lost|took|got)\b"
)
_NOT_OWNERS = frozenset("The A An This That These Those It Its He She They We I There Its".split())


def _owner_of_its(text: str, before: int) -> str:
    """ "Orange" for a sentence opening "Orange added ..." before ``before``; "" if none."""
    match = _OPENING_OWNER.match(text[:before])
    owner = match["owner"] if match else ""
    return owner if owner and owner.split()[0] not in _NOT_OWNERS else ""
