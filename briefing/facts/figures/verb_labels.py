"""Labels read from the verb near a figure: what an amount pays for, who is fined, what a
range is of, what a verb changes by the figure.

A subject that pays an amount out ("the firm will pay $76 for each share") is the payer,
not what the amount is: a label naming it would be wrong on the page.
"""

from __future__ import annotations

import re

from briefing.facts.figures.nouns import looks_verbal, noun_run
from briefing.facts.figures.phrases import clean_label
from briefing.facts.figures.quantity import Quantity
from briefing.facts.figures.words import STOPWORDS, TIME_WORDS, VERBS
from briefing.lang.en.figures import (
    AUXILIARIES,
    CHANGE_IN,
    CHANGE_NOUNS,
    CHANGE_VERB_NOUNS,
    CHANGE_VERBS,
    CHARGE_VERB_NOUNS,
    CUT_IN,
    INFINITIVE_MOVES,
    LEAD_OVER,
    LEAD_PLACES,
    LEAD_VERBS,
    LOSS_AT_LEAST,
    MONEY_VERB_NOUNS,
    MOVE_GERUNDS,
    MOVE_NOUNS,
    NOT_MOVERS,
    PAYER_VERBS,
    PAYMENT_PURPOSES,
    PUSH_VERBS,
    RANGE_VERBS,
    RUN_ENDED_AFTER,
    RUN_ENDED_BEFORE,
    SHARE_VERB_ADVERBS,
    SHARE_VERBS,
    TAKE_OFF_VERBS,
    TRAIL_VERBS,
)
from briefing.lang.en.speech import SUBJECT_PRONOUNS, UNRESOLVED_PRONOUNS

# Words the payer verb may have between it and the amount: an object ("pay them $5m",
# "fined CBS $550,000") or a qualifier ("pay up to $76").
_MAX_GAP = 3
_WORD = re.compile(r"[\w'’&.-]+|[,;:()]")

_PURPOSE = re.compile(
    r"\s*(?:\([^()]{0,40}\)\s*)?(?:a\s+year\s+|a\s+month\s+|each\s+year\s+)?(?P<prep>"
    + "|".join(sorted(PAYMENT_PURPOSES))
    + r")\s+(?:(?:each|every|a|an|the|its|their|his|her|our|new|extra|additional)\s+)*(?=\w)",
    re.I,
)


def payer_verb(text: str, q: Quantity, clause_start: int) -> tuple[str, list[str]]:
    """The verb that pays the amount or charges it to its object, when it stands in the
    figure's clause at most three words before it ('will pump 154m naira'), and the words
    between them; ('', []) when there is none."""
    if q.kind != "currency":
        return "", []
    words = _WORD.findall(text[clause_start : q.start])[-(_MAX_GAP + 1) :]
    for index in range(len(words) - 1, -1, -1):
        if words[index] in ",;:()":
            return "", []
        low = words[index].lower()
        if low in PAYER_VERBS or low in CHARGE_VERB_NOUNS:
            return low, words[index + 1 :]
    return "", []


def label_by_verb(text: str, q: Quantity, verb: str, gap: list[str]) -> tuple[str, str]:
    """(label, rule) for an amount after ``verb``: what it pays for ('into subsidies' ->
    'subsidies'), or the charge it is ('fined CBS $550,000' -> 'fine on CBS'); ('', '')
    when the sentence does not say."""
    if verb in CHARGE_VERB_NOUNS:
        name = " ".join(w for w in gap if w[:1].isupper())
        noun = CHARGE_VERB_NOUNS[verb]
        return (f"{noun} on {name}" if name else noun), "charge of its verb"
    purpose = _PURPOSE.match(text, q.end)
    if not purpose:
        return "", ""
    start = purpose.end()
    if figure := _FIGURE_FIRST.match(text, start):
        start = figure.end()  # "paid $35,538 for an 8.5 kW system": the system
    phrase, _ = noun_run(text, start)
    words = phrase.split()
    if not words or not words[-1][:1].islower():
        return "", ""  # "invested $1bn in China": where, not what the amount buys
    return " ".join(words[-4:]), "what it pays for"


_FIGURE_FIRST = re.compile(r"\d[\d.,]*\s?(?:per\s+cent\b|%|[a-z]+\b)?\s*(?=[a-z])", re.I)


_RANGING = re.compile(
    r"((?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s*,?\s+(?:"
    + "|".join(sorted(RANGE_VERBS))
    + r")\s+(?:from\s+|between\s+)?$",
    re.I,
)
_NOT_A_NOUN = STOPWORDS | TIME_WORDS | VERBS
_PRONOUNS = SUBJECT_PRONOUNS | UNRESOLVED_PRONOUNS


def range_noun(text: str, q: Quantity) -> list[str]:
    """'$12.4m of claims, ranging from $200 to $4m', 'Prices range from $370,000': the noun
    right before the verb of a range is what the range is of ([] when there is none)."""
    before = text[max(0, q.start - 80) : q.start]
    match = _RANGING.search(before) if ("rang" in before or "var" in before) else None
    if not match:
        return []
    tail: list[str] = []
    for word in reversed(match.group(1).split()):
        low = word.lower()
        if low in AUXILIARIES or low in _PRONOUNS:
            return []  # "the number Obama will accept ranges from": a verb, not the noun
        if low in _NOT_A_NOUN or looks_verbal(low) or word[0].isdigit():
            break
        tail.insert(0, word)
    if not tail or not (tail[-1][:1].islower() or text[: q.start].lstrip().startswith(tail[-1])):
        return []  # a name ranges no values ("Denver ranged"); "Prices" opening the sentence do
    return tail


_CHANGED_OBJECT = re.compile(
    r"\b(" + "|".join(sorted(CHANGE_VERBS)) + r")\s+(?:(?:the|its|their|his|her|our|a|an)\s+)?"
    r"((?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+by\s+(?:about|around|nearly|almost|roughly|some|just"
    r"|only|more\s+than|over|up\s+to|at\s+least|an\s+estimated)?\s*$",
    re.I,
)


def changed_object(text: str, q: Quantity) -> list[str]:
    """'boost the driving range by about 35 miles', 'cut its workforce by 10%': the figure is
    a change of the object the verb changes by it -> "rise in driving range", "cut in
    workforce" ([] when there is none). Alone, "35 miles: driving range" would read as the
    range itself."""
    before = text[max(0, q.start - 80) : q.start]
    if " by " not in before[-20:]:
        return []  # a cheap test first
    match = _CHANGED_OBJECT.search(before)
    if not match:
        return []
    words = match.group(2).split()
    if any(w.lower() in STOPWORDS or w.lower() in VERBS or w[0].isdigit() for w in words):
        return []
    if q.kind == "fraction" and re.match(r"\s+of\s+(?:a|an)\b", text[q.end :]):
        return []  # "by a quarter of a point": a part of a unit, not a share of the object
    if not words[-1][:1].islower():
        return []
    change = CHANGE_VERB_NOUNS.get(match.group(1).lower(), CHANGE_IN)
    return [*change.split(), *words]


def money_of_verb(owner: str, gap: str, q: Quantity) -> str:
    """'The retailer earned $2.8 billion' -> "retailer's earnings": an amount that the verb
    between its subject and it names (``MONEY_VERB_NOUNS``), owned by the subject; '' when
    no such verb stands there."""
    if q.kind != "currency":
        return ""
    nouns = [MONEY_VERB_NOUNS[w] for w in gap.lower().split() if w in MONEY_VERB_NOUNS]
    if not nouns or (nouns[-1] == "loss" and q.value < LOSS_AT_LEAST):
        return ""
    mark = "'" if owner.endswith("s") else "'s"  # "investors' loss", "retailer's earnings"
    return f"{owner}{mark} {nouns[-1]}"


_QUALIFIERS = (
    r"(?:about|around|nearly|almost|roughly|some|just|only|more\s+than|over|up\s+to|at\s+least"
    r"|an\s+estimated|as\s+much\s+as|as\s+many\s+as)"
)
# Anchored at "to", not at the words before it: a leading run of words would be tried at
# every position of the text before the figure.
_TO_MOVE = re.compile(
    r"\sto\s+(?:" + "|".join(sorted(INFINITIVE_MOVES))
    + r")\s+(?:by\s+|to\s+|at\s+)?(?:" + _QUALIFIERS + r"\s+)?$",
    re.I,
)
_PUSHED = re.compile(
    r"\b(?:" + "|".join(sorted(PUSH_VERBS)) + r")\s+(?:(?:the|its|their|his|her|our)\s+)?"
    r"((?:[\w'’&-]+\s+){0,3}?[\w'’&-]+)\s+(?:" + _QUALIFIERS + r"\s+)?$",
    re.I,
)
_SIDE_AFTER = re.compile(r"\s+(?:higher|lower)\b", re.I)


def infinitive_subject(text: str, q: Quantity) -> list[str]:
    """'caused sea levels to rise 11 feet', 'expects sales to reach $5bn': the noun before
    "to" is what moves by or to the figure ([] when no noun stands there: 'plans to cut')."""
    before = text[max(0, q.start - 80) : q.start]
    if " to " not in before[-40:]:
        return []  # a cheap test first
    match = _TO_MOVE.search(before)
    if not match:
        return []
    words = before[: match.start()].split()[-4:]
    if len(words) > 1 and words[-2].lower() in _MODALS:
        return []  # "the party can afford to lose only three seats": a verb after a modal
    return _noun_tail(words)


_MODALS = frozenset("can could will would may might must shall should cannot".split())


_GERUND_MOVE = re.compile(
    r"\s(?:" + "|".join(sorted(MOVE_GERUNDS)) + r")\s+(?:back\s+|up\s+|down\s+)?(?:to|by)\s+"
    r"(?:" + _QUALIFIERS + r"\s+)?$",
    re.I,
)
_DETERMINERS = frozenset("the its their his her our".split())


def gerund_move_subject(text: str, q: Quantity) -> list[str]:
    """'see the pound going to $1', 'with its shares sliding by 5%': the noun phrase before
    the -ing move, behind a determiner ([] without one: "plans going to $5bn" is unsure)."""
    before = text[max(0, q.start - 80) : q.start]
    if "ing " not in before[-40:]:
        return []  # a cheap test first: no word in -ing near the figure
    match = _GERUND_MOVE.search(before, max(0, len(before) - 50))  # "sliding back to about "
    if not match or before[: match.start()].rstrip().endswith((",", ";", ":", ")")):
        return []  # ", slipping to 2.9%": after a comma it is the clause's subject that moves
    words = before[: match.start()].split()[-5:]
    tail = _noun_tail(words)
    opener = words[-len(tail) - 1].lower() if tail and len(tail) < len(words) else ""
    return tail if opener in _DETERMINERS else []


_WITH_FIGURE = re.compile(r"\s(?:with)\s+(?:" + _QUALIFIERS + r"\s+)?$", re.I)
# Nouns before "with" and a figure that say when, not what has the figure ("ended the year
# with $5bn"), and words that are no owner ("along with", "compared with").
_NOT_OWNERS_WITH = frozenset(
    "year years day days week weeks month months quarter quarters season time half along "
    "together compared coupled combined world history top lead race field side".split()
)
# Words before "the <noun> with" that leave the noun no verb's object ("than the iPhone with",
# "for the club with"); after any other word the noun is an object ("leads the field with").
_BEFORE_OWNER = frozenset("than for of in at on from as and or like".split())
_SPAN_UNITS = frozenset("seconds minutes hours days weeks months years".split())


def owner_with(text: str, q: Quantity) -> list[str]:
    """'the iPhone 12 Pro Max with 3687 mAh', 'customers with more than 7.5m crowns': the
    noun phrase right before "with" has the figure; behind a determiner or a name only."""
    before = text[max(0, q.start - 80) : q.start]
    if " with " not in before[-30:]:
        return []  # a cheap test first
    match = _WITH_FIGURE.search(before)
    if not match or before[: match.start()].rstrip().endswith((",", ";", ":", ")")):
        return []
    if q.unit in _SPAN_UNITS:
        return []  # "with seven minutes left": when, not what has the figure
    words = before[: match.start()].split()[-6:]
    tail = _noun_tail(words)
    if not tail or tail[-1].lower() in _NOT_OWNERS_WITH or looks_verbal(tail[-1].lower()):
        return []
    rest = words[: len(words) - len(tail)]
    if any(w[-1] in ",;:" for w in tail):
        return []  # "over the course of the month, began March with $8m": no one phrase
    if all(w[:1].isupper() for w in tail):
        return tail  # a name: "followed by Ben Carson with 20 percent"
    if len(rest) < 2 or rest[-1].lower() not in _DETERMINERS:
        return []
    return tail if rest[-2].lower() in _BEFORE_OWNER else []


def pushed_object(text: str, q: Quantity) -> list[str]:
    """'pulled the healthcare sector 0.68 percent lower', 'sent shares 5% higher': the object
    the verb moves by the figure ([] when there is none)."""
    if not _SIDE_AFTER.match(text, q.end):
        return []
    match = _PUSHED.search(text, max(0, q.start - 80), q.start)
    if not match or match.end() != q.start:
        return []
    words = match.group(1).split()
    return words if _noun_tail(words) == words else []


def _noun_tail(words: list[str]) -> list[str]:
    """The nouns at the end of ``words``, back to the first word that is no noun."""
    tail: list[str] = []
    for index in range(len(words) - 1, -1, -1):
        word, low = words[index], words[index].lower()
        if low in STOPWORDS or low in VERBS or low in AUXILIARIES or low in _PRONOUNS:
            break
        if low in NOT_MOVERS or word[0].isdigit() or low.endswith("ly"):
            break
        before = words[index - 1].lower() if index else ""
        # "the banking index", "expects lending to grow": nouns in -ing; "is planning to",
        # "prices raised": verbs
        if looks_verbal(low) and (low.endswith("ed") or before in AUXILIARIES):
            break
        tail.insert(0, word)
    return tail


_SIDE = r"((?:[\w'’&.-]+\s+){0,2}?[\w'’&.-]+)"
_LEAD = _SIDE + r"\s+(" + "|".join(sorted(LEAD_VERBS)) + r")\s+(?:the\s+)?" + _SIDE + r"\s+by\s+"
_LEAD_FIRST = re.compile(_LEAD + r"$", re.I)
_LEAD_SECOND = re.compile(
    _LEAD + r"[\d.,]+\s*(?:%|per\s?cent|percent|points?|pts)?\s+to\s+$", re.I
)
_TO_FIGURE = re.compile(r"\s+to\s+\d")


def side_of_lead(text: str, q: Quantity) -> list[str]:
    """'Labour lead the Conservatives by 39% to 34%': 39% is Labour's, 34% the Conservatives'
    (the nearest name before 39% is the wrong side); 'Labour lead the Tories by 5 points'
    -> "Labour lead over Tories". [] when the figure is no side of a lead."""
    if q.kind != "percent" and q.unit not in ("points", "point"):
        return []
    before = text[max(0, q.start - 90) : q.start]
    if " by " not in before[-30:]:
        return []  # a cheap test first
    second = _LEAD_SECOND.search(before)
    match = second or _LEAD_FIRST.search(before)
    if not match:
        return []
    subject, obj = _side(match.group(1)), _side(match.group(3))
    if not subject or not obj:
        return []
    if second:
        return obj  # "... by 39% to 34%": the second figure is the object's
    if _TO_FIGURE.match(text, q.end):
        return subject  # the first is the subject's, whether it leads or trails
    if obj[-1].lower() in LEAD_PLACES:
        return [*subject, LEAD_OVER.split()[0]]  # "Chelsea lead the table by six points"
    if match.group(2).lower() in TRAIL_VERBS:
        subject, obj = obj, subject  # "Labour trail the Tories by 5 points": the Tories lead
    return [*subject, *LEAD_OVER.split(), *obj]


def _side(phrase: str) -> list[str]:
    """The name or noun of one side: the words after the last function word."""
    words = phrase.split()
    for index in range(len(words) - 1, -1, -1):
        if words[index].lower() in STOPWORDS:
            return words[index + 1 :]
    return words


_CHANGE_PREFIXES = tuple(
    f"{noun} " for noun in {*CHANGE_VERB_NOUNS.values(), *MOVE_NOUNS.values(), CHANGE_IN}
)


def level_of_change(label: str) -> str:
    """'cut in farm subsidies' -> 'farm subsidies': the label of the level a change ends at
    ("reduce farm subsidies by $5m to $9m": $9m is the subsidies, not the cut)."""
    for prefix in _CHANGE_PREFIXES:
        if label.startswith(prefix):
            return label[len(prefix) :]
    return label


_AHEAD = re.compile(
    r"(?:\s+of\s+an?\s+[a-z]+)?\s+(ahead\s+of|behind|clear\s+of)\s+"
    r"(?:(?:the|his|her|their|its)\s+)?((?:[\w'’-]+\s+){0,3}[\w'’-]+)",
)


def margin_over(text: str, q: Quantity, subject: str) -> list[str]:
    """'Hamilton was four-hundredths of a second ahead of ... Nico Rosberg' -> "Hamilton lead
    over Nico Rosberg" ("Hamilton" alone read as his time; session 7 review, CNN/DM c093);
    "behind" swaps the sides. Named sides only ("sales were 10% ahead of forecasts": []).
    """
    match = _AHEAD.match(text, q.end)
    if not match or not subject[:1].isupper():
        return []
    other = _last_name_run(match.group(2).split())
    if not other:
        return []
    leader, trailer = subject.split(), other
    if match.group(1) == "behind":
        leader, trailer = trailer, leader
    return [*leader, *LEAD_OVER.split(), *trailer]


def _last_name_run(words: list[str]) -> list[str]:
    """'Mercedes team-mate Nico Rosberg' -> Nico Rosberg: the last run of capitalised words."""
    end = max((i for i, w in enumerate(words) if w[:1].isupper()), default=-1) + 1
    start = end
    while start > 0 and words[start - 1][:1].isupper():
        start -= 1
    return words[start:end]


# "accounted for 37.5% of", "make up 40% of": the share is the subject's, not the whole's
_SHARE_VERB_BEFORE = re.compile(
    r"\b(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(SHARE_VERBS))
    + r")\s+(?:(?:about|around|nearly|almost|some|just|"
    r"only|over|under|roughly|more\s+than|less\s+than)\s+)?$", re.I)


def share_verb_before(text: str, q: Quantity) -> bool:
    return bool(_SHARE_VERB_BEFORE.search(text, max(0, q.start - 40), q.start))


_LEVEL_AFTER_CHANGE = re.compile(
    r"\b(?:" + "|".join(sorted(CHANGE_NOUNS)) + r")\s+(?:in|of)\s+(?:(?:the|its|their|his|her)\s+)?"
    r"((?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+to\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?$",
    re.I,
)


def level_after_change(text: str, q: Quantity) -> str:
    """'a 60 basis point improvement in its retail gross margins to 64 per cent': the level the
    change ends at is the thing changed (retail gross margins)."""
    before = text[max(0, q.start - 80) : q.start]
    if not before.rstrip().endswith(" to") and " to " not in before[-20:]:
        return ""  # a cheap test first
    match = _LEVEL_AFTER_CHANGE.search(before)
    words = match.group(1).split() if match else []
    if not words or any(w.lower() in STOPWORDS or w.lower() in VERBS for w in words):
        return ""
    return clean_label(words)


def share_of_whole(text: str, q: Quantity, whole: str, subject: str) -> str:
    """'Japanese films accounted for 37.5% of Japan's box office': the films' share of the
    box office (the whole alone reads as all of it)."""
    verb = _SHARE_VERB_BEFORE.search(text, max(0, q.start - 40), q.start)
    if not verb:
        return ""
    subject = subject or _words_before(text, verb.start())  # "Women account for 45% of"
    if not subject:
        return ""
    owner = f"{subject}'" if subject.endswith("s") else f"{subject}'s"
    return f"{owner} share of {whole}"


def _words_before(text: str, at: int) -> str:
    """The noun run right before ``at`` (up to four words, none a function word or verb)."""
    run: list[str] = []
    words = text[max(0, at - 60) : at].split()
    while words and (words[-1].lower() in SHARE_VERB_ADVERBS or words[-1].endswith("ly")):
        words.pop()  # "Card payments now make up": the adverb is no part of the subject
    for word in reversed(words[-4:]):
        if not word.isalpha() or word.lower() in STOPWORDS or word.lower() in VERBS:
            break
        run.insert(0, word)
    return clean_label(run)


def run_ended(text: str, q: Quantity) -> bool:
    """'seeing their four-game winning streak come to an end', 'snapped a five-game streak'."""
    before = text[max(0, q.start - 30) : q.start]
    _, end = noun_run(text, q.end)
    return bool(_RUN_ENDED_BEFORE.search(before) or _RUN_ENDED_AFTER.match(text[end : end + 50]))


_RUN_ENDED_BEFORE = re.compile(RUN_ENDED_BEFORE, re.I)
_RUN_ENDED_AFTER = re.compile(RUN_ENDED_AFTER, re.I)


_TAKEN_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(TAKE_OFF_VERBS)) + r")\s+(?:" + _QUALIFIERS + r"\s+)?$", re.I
)
_OFF_AFTER = re.compile(r"\s+(?:off|from)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?=\w)", re.I)


def taken_off(text: str, q: Quantity) -> list[str]:
    """'knocked 0.2% off the growth rate', 'wiping $340m from the company's value': the figure
    is a cut in what it was taken off -> "cut in growth rate" ([] when there is none)."""
    after = _OFF_AFTER.match(text, q.end)
    if not after or not _TAKEN_BEFORE.search(text, max(0, q.start - 40), q.start):
        return []
    phrase, _ = noun_run(text, after.end())
    words = phrase.split()
    if not words or not words[-1][:1].islower():
        return []  # "wiped $5bn off Apple": a name, what it was taken from is unsaid
    return [*CUT_IN.split(), *words]
