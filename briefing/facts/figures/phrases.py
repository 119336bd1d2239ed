"""Noun phrases a label reads back from the figure: "N1 of N2" heads, a name that moved."""

from __future__ import annotations

import re

from briefing.facts.figures.nouns import looks_verbal
from briefing.facts.figures.quantity import Quantity, sentence_initial
from briefing.facts.figures.words import AUX_VERBS, STOPWORDS, TIME_WORDS, VERBS
from briefing.facts.units import is_unit_word
from briefing.lang.en.figures import (
    CHANGE_NOUNS,
    CHARGE_VERB_NOUNS,
    NOT_OF_HEADS,
    OPINION_VERBS,
    PART_WORDS,
    PARTITIVE_NOUNS,
    PAYER_VERBS,
    QUALIFIER_WORDS,
    RELATIONAL_NOUNS,
    SCALE_ADJECTIVES,
    VERB_PARTICLES,
)
from briefing.lang.en.lexicon import HONORIFICS, MONTHS, STOP_CAPS, TITLES_BEFORE_NAMES
from briefing.lang.en.numbers import SMALL_NUMBERS
from briefing.lang.en.speech import given_names

_DETERMINERS = frozenset("the a an its their his her our this these those".split())
MAX_OF_LABEL_WORDS = 6  # "Shares of the chip maker", "one of the five bridges"
# Prepositions that open a noun's complement in a subject: "Sales in China fell 5%",
# "demand for oil", "a lifeline from SoftBank worth $8bn" (not "by": "led by" is a verb's;
# not "with": "brothers Hinduja with a net worth of" is the verb's, not the noun's).
NOUN_PREPOSITIONS = frozenset("of in at for from on to".split())
_PART_OR_NUMBER = PART_WORDS | SMALL_NUMBERS.keys()


def _verb_base(low: str) -> bool:
    """'sell' of 'sell laptops in quantities': a verb whose -s form is a listed verb."""
    return f"{low}s" in VERBS or f"{low}es" in VERBS


def with_of_head(before: list[str], run: list[str]) -> list[str]:
    """'the pace of price increases', 'Shares of the coal producer', 'the Bank of England',
    'Sales in China': a noun phrase read back from its verb that stopped at "of" (or "in",
    "for", "from"...) is the object of a longer phrase whose head is the noun before it --
    the head is that noun, so the label is the whole phrase. ``before`` are the words before
    ``run``. A part of a group stays a part ("one of the matches"). Unchanged when nothing
    nominal stands before the preposition, when that noun only says how much of the rest
    there is ("the number of jobs", "a third of voters"), or makes "of" part of a compound
    preposition ("fell short of estimates")."""
    at = len(before) - 1
    determiner = []
    if at >= 0 and before[at].lower() in _DETERMINERS:
        determiner = [before[at]]
        at -= 1
    preposition = before[at].lower() if at >= 1 else ""
    if preposition not in NOUN_PREPOSITIONS or not run:
        return run
    if preposition == "of" and before[at - 1].lower() in _PART_OR_NUMBER and determiner:
        return [before[at - 1].lower(), "of", *determiner, *run][:MAX_OF_LABEL_WORDS]
    head: list[str] = []
    for position in range(at - 1, max(-1, at - 3), -1):
        word = before[position]
        low = word.lower().strip("'’")
        if not word or not word[0].isalpha() or low in STOPWORDS or low.endswith("ly"):
            break
        if low in VERBS or looks_verbal(low) or low in SMALL_NUMBERS:
            break
        if _verb_base(low) and position and before[position - 1].lower() not in _DETERMINERS:
            break  # "sell laptops in quantities", not "the list price of the van"
        head.insert(0, word)
    start = at - len(head)
    if start > 0 and before[start - 1][:1].isdigit():
        return run  # "275 pound-feet of torque": the head is another figure's unit
    if not head or head[-1].lower() in PARTITIVE_NOUNS or head[-1].lower() in NOT_OF_HEADS:
        return run
    label = [*head, preposition, *determiner, *run]
    # "the price of West Texas Intermediate crude" is too long: the name stays alone
    return label if len(label) <= MAX_OF_LABEL_WORDS else run


_NAME_MOVED = re.compile(
    r"([A-Z][\w&.'’-]*(?:\s+(?:[A-Z0-9][\w&.'’-]*|&))*)\s*,?\s+(?:(?:was|were|is|are)\s+)?"
    r"(?:up|down|rose|fell|gained|lost|added|shed|slipped|jumped|climbed|dropped|\+|-)?\s*"
    r"(?:by\s+)?$"
)


def name_moved(text: str, q: Quantity) -> str:
    """'Unite Group, down 68p', 'Dow +0.2%', 'Burlington by 2.6%': the name that moved."""
    if q.kind not in ("percent", "currency") and q.unit not in ("pence", "points", "cents", "p"):
        return ""
    before = text[max(0, q.start - 60) : q.start]
    match = _NAME_MOVED.search(before)
    if not match or match.group().strip() == match.group(1).strip() and not before.endswith(" "):
        return ""
    name = match.group(1).strip()
    moved = match.group(0)[len(match.group(1)) :].strip(" ,")
    if not moved and (q.change not in ("up", "down") or _object_of_verb(before[: match.start(1)])):
        return ""  # "fined CBS $550,000", "Stanley, New Mexico, $17m": a name, but no move
    if q.kind not in ("percent", "currency") and not (moved and moved != "by"):
        return ""  # "fourth in the Bundesliga, two points behind": no market move named
    if sentence_initial(before, match.start(1)) and " " not in name:
        return ""  # one capitalised word opening the sentence may be any word
    if holding := _HOLDING_BEFORE.search(before, 0, match.start(1)):
        return f"{holding.group(1)} {name}"  # "shares in Elan lost 70%": the shares moved
    if _PREPOSITION_BEFORE.search(before, 0, match.start(1)):
        if name.lower() in _MONTHS or name.lower() in TIME_WORDS:
            return ""  # "The median rent for flats in June rose 3%": when, no name that moved
        # "Alphabet, the parent company of Google, jumped $25.50": the name in an apposition
        # is the preposition's object; what moved is the name the apposition describes
        if owner := _APPOSITION_OWNER.search(before, 0, match.start(1)):
            return owner.group(1)
        # "The deficit with China, up 30.5%", "Profits at Barclaycard rose by 5%": the noun
        # the name is linked to moved, with the name
        noun = _NOUN_LINKED.search(before, 0, match.start(1))
        if not noun or noun.group(1).lower() in STOPWORDS | VERBS or looks_verbal(noun.group(1)):
            return ""
        return f"{noun.group(1)} {noun.group(2)} {name}"
    return name


_PREPOSITION_BEFORE = re.compile(r"\b(?:of|at|for|from|with|to|by|in)\s+$")
_NOUN_LINKED = re.compile(r"\b([A-Za-z][\w-]+)\s+(of|at|for|from|with|in)\s+$")
_APPOSITION_OWNER = re.compile(
    r"([A-Z][\w&.'’-]*(?:\s+[A-Z0-9][\w&.'’-]*)*),\s+(?:the|a|an)\s+[^,;()]*$"
)


# "shares in Ireland-based Elan lost 70%" (session 8 review): what moved is the shares.
_HOLDING_BEFORE = re.compile(r"\b((?:shares|stock|stocks)\s+(?:in|of))\s*$", re.I)


def _object_of_verb(before: str) -> bool:
    """True when the text before a name ends with a verb, whose object the name then is."""
    words = before.split()
    if not words or not words[-1][:1].islower():
        return False
    low = words[-1].lower()
    return low in VERBS or looks_verbal(low) or low in PAYER_VERBS or low in CHARGE_VERB_NOUNS


_PER_SHARE_AFTER = re.compile(r"\s*(?:per|a)\s+(?:diluted\s+|basic\s+|adjusted\s+)?share\b", re.I)


def per_share(text: str, q: Quantity, unit: str) -> bool:
    """'$2.53 per diluted share', '$76 a share': an amount for each share."""
    return unit.endswith(" per share") or bool(_PER_SHARE_AFTER.match(text, q.end))


def verb_at_end(words: list[str], gerund: bool = False, ing_head: bool = False) -> bool:
    """'Rich List led', 'sales growing': a verb ends the label; with ``gerund``, a lone word
    in -ing is a noun ('borrowing of up to $4.5bn', 'spending of $5bn'); with ``ing_head``
    any last word in -ing is (the object of "of": '20 percent of personal spending')."""
    low = words[-1].lower()
    if low.endswith("ing") and (ing_head or (gerund and len(words) == 1)):
        return False
    if len(words) > 1 and words[-1][:1].isupper() and words[-2][:1].isupper():
        return False  # "Louisa Irving", "Jack Harding": a surname, not a verb
    return looks_verbal(low)


_NAME_BRACKET = re.compile(r"((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)\s*\($")


def name_in_brackets(text: str, q: Quantity) -> str:
    """'RHP John Gant (0.5 WAR)', 'G Ann Poe (15.3 ppg, 7.4 rpg)': the name the bracketed
    figure, alone or in a list of figures, belongs to."""
    if "(" not in text[max(0, q.start - _STAT_LIST_SPAN) : q.start]:
        return ""  # a cheap test first: no bracket opens before the figure
    match = _NAME_BRACKET.search(text, max(0, q.start - 50), q.start)
    if match and text[q.end : q.end + 1] == ")":
        return match.group(1)
    opening, closing = text.rfind("(", 0, q.start), text.find(")", q.end)
    if opening < 0 or closing < 0 or closing - opening > _STAT_LIST_SPAN:
        return ""
    if ")" in text[opening : q.start] or "(" in text[q.end : closing]:
        return ""
    inside = text[opening + 1 : closing]
    items = re.split(r",\s+", inside)  # "5,000" is one figure
    # "(15.3 ppg, 7.4 rpg, .534 FG)", "(16369.03 up 58.06 points)": every item a short figure
    if not all(_STAT_ITEM.fullmatch(item) for item in items):
        return ""
    lead = text[opening + 1 : q.start].split()
    if len(items) == 1 and len(_DIGITS.findall(inside)) < 2 and not (
        closing == q.end and all(w.lower() in QUALIFIER_WORDS for w in lead)
    ):
        return ""  # "Aldi (£7 from Matalan)", "Ripley (population 5,000)": one figure, words
    match = _NAME_BRACKET.search(text, max(0, opening - 50), opening + 1)
    return match.group(1) if match else ""


# A bracket of figures longer than this is prose, not a name's statistics (tuned on the
# NewsQuant even and odd ids: its statistic lists are up to 26 characters).
_STAT_LIST_SPAN = 60
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_STAT_ITEM = re.compile(r"\s*(?:[^\W\d]+\s+)?[-+$£€.]?\d[\d.,%]*\s*(?:[\w/%.-]+\s*){0,3}")


# With nothing between them and a verb, its subject ("she gets", "see her have a go").
_PERSONAL_PRONOUNS = frozenset("he she they we i you it him her them us me".split())


_PLACE_PREPOSITIONS = frozenset("across over under through around behind".split())


def subject_pronoun(words: list[str], at: int, prepositions: frozenset[str]) -> bool:
    """'she gets': a personal pronoun as a verb's subject (not 'across it was', an object)."""
    if words[at].lower() not in _PERSONAL_PRONOUNS:
        return False
    return not at or words[at - 1].lower() not in prepositions | _PLACE_PREPOSITIONS


# Words that are no label on their own (function words, times, words for a figure).
LABEL_STOP = (
    STOPWORDS
    | TIME_WORDS
    | {
        "total",
        "average",
        "sum",
        "figure",
        "number",
        "amount",
        "worth",
        "equivalent",
    }
)


HEAD_NOUNS = frozenset({"worth", "sum", "total", "average", "figure", "amount", "numbers"})


def clean_label(words: list[str]) -> str:
    """The words of a label without function words at either end, at most five (six when
    a preposition links them: "Sales in China")."""
    while words and words[0].lower().strip("'’") in LABEL_STOP:
        words = words[1:]
    while words and (words[-1].lower() in LABEL_STOP or words[-1].lower().endswith("ly")):
        if len(words) > 1 and words[-1].lower() in HEAD_NOUNS:
            break  # "net worth", "hefty sum": the stop word is the head noun here
        words = words[:-1]
    linked = any(w.lower() in NOUN_PREPOSITIONS for w in words[1:-1])  # "Sales in China"
    words = words[-(MAX_OF_LABEL_WORDS if linked else 5) :]
    return " ".join(words).strip(" ,.;:'\"“”")


# Words at the end of a subject, read back from its verb (``labels._subject_in``).
_MONTHS = frozenset(m.lower() for m in MONTHS)


def past_in_ed(low: str) -> bool:
    """'rose', 'slowed': a verb in -ed (not a hyphenated adjective: "semi-detached homes")."""
    return low.endswith("ed") and len(low) > 4 and "-" not in low


_TIME_PREPOSITIONS = frozenset("between from in since during until through".split())


def before_a_time_phrase(words: list[str], index: int) -> int:
    """Where the subject before ``words[index]`` ends: before a phrase of years right before
    the verb ("sampling between 2014 and 2017 came back at", "sales in 2019 rose")."""
    if index > 2 and words[index - 1].lower() in _MONTHS:
        # "the median price for homes in May was": the month and its preposition
        return index - 2 if words[index - 2].lower() in _TIME_PREPOSITIONS else index
    if index < 2 or not _YEAR.fullmatch(words[index - 1]):
        return index
    for at in range(index - 2, max(0, index - 5), -1):
        low = words[at].lower()
        if low in _TIME_PREPOSITIONS:
            return at if at > 0 else index
        if not (_YEAR.fullmatch(words[at]) or low in ("and", "to")):
            return index
    return index


_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def name_number(tokens: list[str], at: int) -> bool:
    """'the FTSE 100 fell', 'the sp 500 is': a whole number right after a word that is no
    function word, with no comma between ("Maddon, 66,": an age), is part of a name; not a
    two-digit number after a person's two names ("Nick Hague 44 has spent": an age)."""
    if at == 0 or not tokens[at].isdigit():
        return False
    before = tokens[at - 1]
    if len(tokens[at]) < 3 and at > 1 and before.istitle() and tokens[at - 2].istitle():
        return False
    return before.isalpha() and before.lower() not in LABEL_STOP and before.lower() not in VERBS


def phrasal_verb(words: list[str], index: int) -> bool:
    """'The material shoots out at 800 mph', 'sampling came back at 4 ppb': a word before a
    particle and "at"/"to" is a verb (not after a function word: "the way out to")."""
    if index == 0 or index + 2 >= len(words) or words[index - 1].lower() in LABEL_STOP:
        return False
    return words[index + 1].lower() in VERB_PARTICLES and words[index + 2].lower() in ("at", "to")


def view_after(text: str, q: Quantity) -> bool:
    """'63% of respondents in the poll thought ...': a view of the share follows in its clause."""
    after = _CLAUSE_END.split(text[q.end : q.end + 80], 1)[0].lower().split()
    return any(word in OPINION_VERBS for word in after[:9])


_CLAUSE_END = re.compile(r"[,;:()\[\]—–]|\s-\s")


def relational_alone(label: str) -> bool:
    """'value', 'maximum value': a relational noun with nothing to say what it is of."""
    words = label.lower().split()
    return words[-1] in RELATIONAL_NOUNS and all(w in SCALE_ADJECTIVES for w in words[:-1])


_BETWEEN_YEARS = re.compile(r"\bbetween\s+(?:1[89]|20)\d\d\s+and\s+(?:1[89]|20)\d\d\b")


def between_years(text: str, at: int) -> bool:
    """Whether the "and" at ``at`` joins two years ("sampling between 2014 and 2017")."""
    return bool(_BETWEEN_YEARS.search(text, max(0, at - 14), at + 9))


_AREA_WORDS = frozenset("cubic square sq".split())


def starts_with_a_unit(words: list[str]) -> bool:
    """ "cubic foot trunk": a label opening with another figure's unit (lower case: "Miles
    Davis" is a name)."""
    first = words[0] if words else ""
    return len(words) > 1 and first.islower() and (is_unit_word(first) or first in _AREA_WORDS)


# Capitalised words that begin a name ("Mr Sullivan, 42"), though they are STOP_CAPS.
HONORIFIC_CAPS = TITLES_BEFORE_NAMES | {h.title().rstrip(".") for h in HONORIFICS}


# A capitalised past participle opening a sentence before a name ("Married Adeli, 32",
# "Disgraced Tom Orr, 61"); not "-eed", "-hed", "-med", endings of given names the list
# lacks ("Saeed", "Rashed", "Mehmed"): the letter before "ed" is no e, h or m.
_OPENING_PARTICIPLE = re.compile(r"[A-Z][a-z]{3,}(?<![ehm])ed")


def without_role_word(name: str, text: str) -> str:
    """'Resident Louisa Irving, 94,' opening a sentence: the capitalised word before a given
    name is the person's role there, not part of the name (session 9 review)."""
    words = name.split()
    while len(words) > 1 and words[0] in STOP_CAPS and words[0] not in HONORIFIC_CAPS:
        words = words[1:]  # "But Bellamy, 25, has not": the conjunction opens the sentence
    name = " ".join(words)
    if len(words) > 1 and _OPENING_PARTICIPLE.fullmatch(words[0]) and text.lstrip().startswith(
            name) and words[0] not in given_names():
        return " ".join(words[1:])  # "Married Adeli, 32,": the opening word describes him
    if len(words) >= 3 and text.lstrip().startswith(name) and words[1] in given_names() and (
        words[0] not in given_names()
    ):
        return " ".join(words[1:])
    return name


def heading_item(text: str, start: int, end: int) -> bool:
    """'Total Cost: $72370 which is ...', '(base price: $59995)', 'Clinton: 547.': a heading
    that opens the sentence or a bracket, and its figure that ends the item."""
    return text[:start].rstrip()[-1:] in ("", "(") and bool(_ITEM_END.match(text, end))


_ITEM_END = re.compile(r"\s*(?:[.,;)]|$|which\b)")


def noun_before_of(low: str, kind: str) -> bool:
    """'FactSet estimates of 64,900', 'cuts of $5bn': a word of the verb list right before
    "of" and a figure is a noun (a plural in -s; not an auxiliary: "is of"). Not before a
    count, which names itself ("reports of 21 burials": the burials, not the reports)."""
    return kind != "noun" and low.endswith("s") and low not in AUX_VERBS and len(low) > 3


def change_without_what(label: str, rule: str) -> bool:
    """'a 3% improvement', 'gains of 4.5%': a change noun alone says a change of what is
    unsaid (after "of" only the plural: "a rise of 5%" keeps its rule, as before)."""
    low = label.lower()
    if rule == "modified noun":
        return low in CHANGE_NOUNS
    return rule == "noun of figure" and low.endswith("s") and low[:-1] in CHANGE_NOUNS
