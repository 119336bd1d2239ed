"""A third reading of a figure's line with its sentence: shapes that ``figure_lines`` and
``figure_context`` let through, found on a fresh sample of BBC, PolNeAR and web pages
(``benchmarks/shown_figures.py --extra 7``, graded by hand):

- a label that says only the kind of figure: a change noun alone ("104%: increase"), a unit
  word ("percentage points"), an idiom's noun ("£11bn: shape" of "in the shape of"), a stretch
  of time ("five-month: period");
- the level before a move ("from $2.8bn" after "rose to $3.1bn"), shown alone as if current;
- a goal the figure is ("needs ... to reach 1,237");
- a record in brackets after a name ("Cocoa (1-2)");
- an adverb read as the subject ("so far has won");
- a label inside a longer subject: the object of a preposition ("sales across its retail and
  mail order divisions were up 12.4%": not the divisions');
- a figure given to a name between the verb and it ("voters who gave Blair two victories");
- a label that ends in a phrase of the deal ("cosmetics company in a deal worth $600m");
- an item of a list under a heading ("Containers: 2 Green, 1 Purple").

and, found on three wide dev samples and the tune samples (figs5 session):

- a label or counted noun cut out of a longer phrase ("three-year-long", "a ten-year sexual
  offences prevention order", "two cosmetics labels", "billions of recommendation widget,
  in-feed and ..."), the end of a longer name ("Work and Pensions");
- a figure in an aside that gives a side actor what it measures ("Dwain Chambers, who was
  handed a two-year ban");
- a label whose words name nothing: a pronoun, a participle, another number's magnitude,
  adverbs, a record level or a judgement ("a seventy-year high", "a comparative pittance"),
  a time it runs into ("The duchy last year").

``shape_doubt`` returns why the figure is held back, or "" when none of these applies.
"""

from __future__ import annotations

import re

from briefing.brief.figure_lines import caption_run_on, role_heads, span_of
from briefing.facts.figures.nouns import is_plural
from briefing.facts.figures.words import ADVERBS_IN_S, STOPWORDS, VERBS
from briefing.facts.units import singular as singular_unit
from briefing.lang.en import numbers as nb
from briefing.lang.en.figures import (
    ADVERB_SUBJECTS,
    ASIDE_HOLDING_VERBS,
    AT_VALUE_VERBS,
    BARE_CHANGE_LABELS,
    CURRENCY_NOUNS,
    DESIGN_UNITS,
    DIFFERENCE_WORDS,
    EARLIER_WORDS,
    EMPTY_SPAN_HEADS,
    GOAL_VERBS,
    IDIOM_OF_NOUNS,
    INFINITIVE_NOUNS,
    JUDGEMENT_NOUNS,
    LABEL_PARTICIPLES,
    NOT_SUFFIX_NOUNS,
    NOTHING_WORDS,
    NOUN_SUFFIXES,
    PART_LABELS,
    PERSON_DESCRIPTOR_HEADS,
    PERSON_NOUNS,
    PLAN_NOUNS,
    RECORD_LEVEL_WORDS,
    REPORTING_VERBS,
    SEQUENCE_WORDS,
    UNIT_WORD_LABELS,
)
from briefing.lang.en.lexicon import MONTHS, WEEKDAYS
from briefing.models import Figure

_ACTOR_EVIDENCE = ("subject of its verb", "owner of a relative clause", "sentence subject",
                   "clause subject")
_RECORD = re.compile(r"\d{1,3}-\d{1,3}(?:-\d{1,3})?")
_GOAL_BEFORE = re.compile(
    rf"\bneed(?:s|ed|ing)?\b[^,;.]{{0,80}}\bto\s+(?:{'|'.join(sorted(GOAL_VERBS))})\s+$", re.I)
_PREPOSITIONS = frozenset(
    "across in at of by from for among with on within between including excluding".split())
# Words that may stand between a preposition and the label's first word: "across both its
# retail and mail order divisions", "by new store openings".
_LINK_WORDS = frozenset("the a an its their his her both all new and or".split())
_DEAL_TAIL = re.compile(r"\S\s+(?:in|under|for|as\s+part\s+of)\s+an?\s+[a-z]+$")
# "<verb> [off] the <label> at <figure>": the label is the object of the verb.
_OBJECT_AT = re.compile(
    r"\b([a-z]+)\s+(?:(?:off|out|up|down|on|into|onto|over)\s+)?(?:the|a|an|its|their|his|her)"
    r"\s+(?:[a-z-]+\s+){0,2}$")
_NAME_BEFORE = re.compile(r"\b[a-z]+\s+(?:[A-Z][\w'’.-]*\s+){1,3}$")
# "culminated in two nights of violence": the of-noun is what the stretch of time measures
# ("had 75 microgrammes of alcohol" is the owner's measure of a substance: right).
_TIME_UNITS = frozenset("night day week month year hour minute season decade".split())
_OF_NOUN_AFTER = re.compile(r"^\s+of\s+(?:the\s+|a\s+|an\s+)?[a-z]")
_OF_AFTER_LABEL = re.compile(r"^\s*[\w-]*\s+of\s")  # "a two-month period of matches"
# "growth at the stores ... by new store openings in their locality was 0.5%": the label is
# a subject whose verb is right before the figure (not "an annual rate of 3.8%").
_BE_AFTER_LABEL = re.compile(
    r"\s(?:is|are|was|were|totalled|totaled|reached|closed\s+at|stood\s+at)\s+(?:\w+\s+)?$")
_FROM_TAIL = re.compile(r"\bfrom\s+(?:the|a|an|its|their)\s+[a-z]+$")
# "1.45bn euros (£1bn; $1.9bn) over budget": the bracket restates a difference.
_DIFFERENCE_AFTER_BRACKET = re.compile(
    rf"^[^()]{{0,30}}\)\s+(?:{'|'.join(sorted(DIFFERENCE_WORDS))}|over\s+budget|"
    r"under\s+budget)\b", re.I)
_CLOCK_UNITS = frozenset("second minute hour".split())
_AT_BEFORE = re.compile(r"\bat\s+$", re.I)  # "score at 90 mins 1-1" (not "in 90 minutes")
_TO_COME = frozenset("forthcoming upcoming future".split())
# "about 1.9 billion euros in profits made by the European Central Bank": another's figure
_OWNER_AFTER_LABEL = re.compile(
    r"\s+(?:made|earned|generated|posted|reported|owned|held)\s+by\s+(?:the\s+)?[A-Z]")
_RANGE_IDIOM = re.compile(r"\bin\s+the\s+range\s+of\s+$", re.I)
_BETTER_OFF_AFTER = re.compile(r"^\s+(?:worse|better)\s+off\b", re.I)
_SEQUENCE_BEFORE = re.compile(
    rf"\b(?:the|its|their|his|her|our)\s+(?:{'|'.join(sorted(SEQUENCE_WORDS))})\s+$", re.I)
_ONE_BEFORE = re.compile(r"(?:^|[^-\w])one\s+$", re.I)  # "one 6-month study in 77 people"
# "players that can store thousands of songs": a capacity or a possibility, not a fact.
_CAN_BEFORE = re.compile(r"\b(?:can|could|may|might|would)\b", re.I)
CALENDAR_WORDS = frozenset(MONTHS + WEEKDAYS)
_NEXT_NAME = re.compile(r"\s(?:(?:for|of)\s+)?([A-Z][a-z][\w'’-]*)")  # "Department for ..."
# "The Department of Work and Pensions destroyed": a capitalised word and a link before it
_NAME_LINK_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+(?:and|of|&|for)\s+$")
_WHOSE_BEFORE = re.compile(r"\bwhose\s+$", re.I)
_LEFT_OUT_BEFORE = re.compile(r"\b(?:excluding|including|except|excl\.)\s+$", re.I)
# "needs 2,383 delegates to win", "the 2,383 delegates needed to secure": a requirement.
_NEED_BEFORE = re.compile(r"\b(?:need|needs|needed|needing|require|requires|required)\s+$",
                          re.I)
_TO_VERB_AFTER = re.compile(r"^\s+to\s+[a-z]")
# "The dancers, which cost around £2,500 to hire": what doing it costs ("to the council":
# whom it costs, a thing)
_COST_BEFORE = re.compile(r"\bcost(?:s|ing)?\s+(?:\w+\s+)?$", re.I)
_TO_A_THING = re.compile(r"^\s+to\s+(?:the|a|an|its|their|his|her|our|my|your|this|that)\b")
_NEEDED_AFTER = re.compile(r"^\s+(?:needed|required)\s+(?:to|for)\b")
_POSSESSIVE_AFTER = re.compile(r"(?:'s|’s|'|’)\s+\w")
_PARTICIPLE_AFTER = re.compile(r"^[\s-]+[a-z]+ing\s+[a-z]")  # "World Cup winning scrum-half"
_ALL_BEFORE = re.compile(r"\ball\s+$", re.I)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def shape_doubt(figure: Figure, sentence: str) -> str:
    """Why the figure's line would mislead or say nothing, read with its sentence, or ""."""
    label = figure.label.strip()
    low = label.lower()
    if low in BARE_CHANGE_LABELS or low in UNIT_WORD_LABELS:
        return "held back: the label says what kind of figure, not what it measures"
    if words_doubt := _label_words_doubt(low):
        return words_doubt
    if _RESPECTIVELY.search(sentence) and label and re.search(
            rf"(?:\band\s+|,\s+){re.escape(label)}\b|\b{re.escape(label)}\s+and\b", sentence):
        return "held back: a list paired 'respectively': the label is one of its items"
    if figure.label_evidence.startswith("earlier level"):
        return "held back: the level before a move, shown alone it reads as the current one"
    if low in ADVERB_SUBJECTS:
        return "held back: the label is an adverb"
    if low in PART_LABELS:
        return "held back: the label is someone's part, not what the figure measures"
    if _FROM_TAIL.search(label):
        return "held back: the level a change came from ('a change from the loss of')"
    if figure.kind != "age" and EARLIER_WORDS & set(low.split()):
        return "held back: an earlier or another's figure (previous, former, original)"
    if figure.kind == "count" and figure.value is not None and figure.value % 1 and len(
            figure.unit.split()) > 1:  # "1.3 megapixel images": a measure as a modifier
        return "held back: a count that is no whole number (its first noun is a unit)"
    compound = "-" in figure.text and " " not in figure.text
    if compound and low and low.split()[-1] in PLAN_NOUNS:
        return "held back: how far a plan looks ahead ('a five-year plan'), not a measure"
    if compound and low.split()[-1:] and _describes_a_person(figure, low.split()[-1]):
        return "held back: a descriptor of a person ('a two-goal striker'), not a measure"
    if compound and figure.kind == "count" and singular_unit(figure.unit) in DESIGN_UNITS:
        return "held back: how a thing is built ('a two-class layout'), not an amount"
    span = span_of(figure, sentence)
    if span is None:
        return ""
    before, after = span
    if label[:1].isupper() and after.startswith(f" {label} ") and _REPORTED_AFTER.match(
            after, len(label) + 1):
        return "held back: the label is the subject of a reported clause ('$27bn Russia says')"
    if compound and _LONGER_COMPOUND.match(after):
        return "held back: cut out of a longer hyphen compound ('three-year-long', '-old')"
    if cut := _compound_cut(figure, label, after):
        return cut
    if caption_run_on(figure, before) and figure.text[1:2].islower() and label and (
            label in before):  # ("Dozens of books", not "A$67.7m")
        return "held back: the label is from a caption run into the figure's sentence"
    if _side_actor_aside(figure, label, before):
        return "held back: a figure of another named in an aside ('X, who was handed')"
    if placed := _label_place_doubt(figure, label, sentence, len(before)):
        return placed
    if figure.kind == "measure" and "-" in figure.text and low.split()[-1:] and (
        low.split()[-1] in EMPTY_SPAN_HEADS and not _OF_AFTER_LABEL.match(after)
    ):
        return "held back: a stretch of time whose label says not what of"
    if low.split()[-1:] and low.split()[-1] in IDIOM_OF_NOUNS and re.search(
        rf"\b{re.escape(low.split()[-1])}\s+of\s+$", before, re.I
    ):  # "in the shape of £11bn" (not "a $2bn Boeing order")
        return "held back: the label is an idiom's noun ('in the shape of')"
    if compound and _ONE_BEFORE.search(before):
        return "held back: one example of many ('one 6-month study'), not the story's measure"
    if figure.kind == "measure" and singular_unit(figure.unit) in _CLOCK_UNITS and (
            _AT_BEFORE.search(before)):
        return "held back: a moment ('the score at 90 mins'), not an amount of time"
    if _RANGE_IDIOM.search(before):
        return "held back: the label is before an idiom of a rough amount ('in the range of')"
    if _BETTER_OFF_AFTER.match(after):
        return "held back: a difference ('£1,100 a year worse off'), not a level"
    if _DIFFERENCE_AFTER_BRACKET.match(after):
        return "held back: a difference (restated in brackets), not a level"
    if figure.kind == "count" and figure.unit_text.split()[:1] and (
            figure.unit_text.split()[0].lower() in _TO_COME):
        return "held back: things still to come ('two forthcoming games'), not a result"
    if label and _OWNER_AFTER_LABEL.match(after[after.find(label) + len(label):] if (
            label in after) else "") and not label[:1].isupper():
        return "held back: the label's owner is named after it ('profits made by the bank')"
    if figure.kind == "count" and _SEQUENCE_BEFORE.search(before):
        return "held back: a stretch of a sequence ('the last two'), not a total"
    if _GOAL_BEFORE.search(before) or _NEEDED_AFTER.match(after) or (
            _NEED_BEFORE.search(before) and _TO_VERB_AFTER.match(after)):
        return "held back: a goal the sentence says is needed, not a level"
    if figure.label_evidence.startswith("name in brackets") and _RECORD.fullmatch(figure.text):
        return "held back: a record or a score in brackets, not an amount"
    if (figure.label_evidence.startswith("subject of its verb") or (
        figure.label_evidence.startswith("noun of figure") and _BE_AFTER_LABEL.search(before)
    )) and _inside_a_subject(label, before):
        return "held back: the label is inside a longer subject (after a preposition)"
    if figure.kind in ("count", "measure") and figure.label_evidence.startswith(
        _ACTOR_EVIDENCE
    ) and singular_unit(figure.unit) in _TIME_UNITS and _OF_NOUN_AFTER.match(after):
        return "held back: the figure measures the noun after it, not its label's"
    if figure.kind == "count" and _ALL_BEFORE.search(before):
        return "held back: all of a set the story names elsewhere ('lost all three')"
    if figure.label_evidence.startswith(_ACTOR_EVIDENCE) and _CAN_BEFORE.search(
            before[before.rfind(label) + len(label):] if label in before else ""):
        return "held back: what the label's thing can or might do, not what it did"
    if figure.label_evidence.startswith(_ACTOR_EVIDENCE) and _COST_BEFORE.search(
            before) and _TO_VERB_AFTER.match(after) and not _TO_A_THING.match(after):
        return "held back: the cost of doing something, not the label's ('cost £2,500 to hire')"
    if figure.label_evidence.startswith(_ACTOR_EVIDENCE) and _given_to_a_name(label, before):
        return "held back: the figure is given to another named in the sentence"
    if label[:1].islower() and re.search(
            rf"(?:\b(?:and|or)\s+other|,\s+[\w'’-]+(?:\s+[\w'’-]+)?,?\s+(?:and|or))\s+"
            rf"{re.escape(label)}\b", sentence):  # "from virus, spam and spyware attacks"
        return "held back: the label ends a list ('and other sundries'); the figure is all of it"
    if not figure.kind and low.split()[-1:] and is_plural(low.split()[-1]) and re.search(
            rf"\b{re.escape(label)}\s+of\s+(?:[\d.,]+,\s+)*[\d.,]+\s+(?:and|or)\s+\d", sentence):
        return "held back: each number is one of the label's ('breaks of 110 and 139')"
    if low in INFINITIVE_NOUNS and re.match(rf"\s*{re.escape(label)}\s+to\s+[a-z]+",
                                            after[after.find(label):] if label in after else ""):
        return "held back: the label needs its infinitive ('counts of failure to provide')"
    if figure.label_evidence.startswith("noun of figure") and _DEAL_TAIL.search(label):
        return "held back: the label runs into a phrase of the deal ('in a deal', 'for a fee')"
    if figure.label_evidence.startswith("noun of figure") and _object_at(label, before):
        return "held back: the label is the object of a verb, not what the figure measures"
    if figure.label_evidence.startswith("noun of figure") and _heading_item(figure, before):
        return "held back: an item of a list under a heading"
    return ""


_EMPTY_WORDS = NOTHING_WORDS | {"soon", "later", "shortly", "olds"}
_TIME_AFTER_A_NOUN = frozenset("last next this every olds".split())  # "The duchy last year"
_NEW_WORDS = frozenset("new fresh all-time another".split())  # "rose to a new record of $1.76tn"
_ORDINALS = frozenset("first second third fourth fifth last next final".split())
_SET_WORDS = frozenset("set fixed pegged capable able likely unlikely".split())
_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
_MAGNITUDE_WORDS = frozenset(nb.MAGNITUDES) | {f"{m}s" for m in nb.MAGNITUDES}
_DEMONSTRATIVES = frozenset("that this these those it".split())
# "the $27bn Russia says Yukos owes": a name after the figure says the figure is owed
_REPORTED_AFTER = re.compile(
    r"\s+(?:says|said|claims|claimed|believes|believed|thinks|estimates|estimated)\b")


def _label_words_doubt(low: str) -> str:
    """Why the label's words alone name nothing: a pronoun ("That's 30 states"), another
    number's magnitude ("42 million borrowers": "million borrowers"; "£22 billions"), a
    participle ("the £5.1bn seen"), adverbs ("closely behind"), the phrase of an age ("at
    the age of 18 years"), or a reporting verb opening it ("suggest TB in England")."""
    if not low:
        return ""
    words = [w for w in low.replace("expected ", "", 1).split() if w not in _EMPTY_WORDS] if (
        low.startswith("expected ")) else low.split()
    if not words:
        return "held back: the label is an expectation word alone ('expected soon')"
    if (words[-1].isdigit() and len(words) > 1 and words[-2].endswith("ing")) or (
            len(words) > 1 and words[-1] in _TIME_AFTER_A_NOUN):  # (not "Shrek 2", "Windows 7")
        return "held back: the label runs into another number or a time ('duchy last year')"
    if len(words) == 1 and words[0] in _ORDINALS:  # (not "won by first series")
        return "held back: the label is an ordinal ('the first six months')"
    if words == [words[0]] and (words[0] in _DEMONSTRATIVES or words[0] in LABEL_PARTICIPLES):
        return "held back: the label is a pronoun or a participle, no noun"
    if words[0] in _MAGNITUDE_WORDS:
        return "held back: the label starts with another number's magnitude"
    if all(w in NOTHING_WORDS or (w.endswith("ly") and len(w) > 3) or w in LABEL_PARTICIPLES
           or (w.endswith("ed") and w not in words[:1]) or w in _SET_WORDS for w in words):
        return "held back: the label names nothing (adverbs, a participle, an adjective)"
    if words[-1] in RECORD_LEVEL_WORDS or (len(words) <= 3 and words[-1] in JUDGEMENT_NOUNS) or (
            words[-1] == "record" and set(words[:-1]) <= _NEW_WORDS):  # ("a world record": one)
        return "held back: the label is a record level or a judgement, not whose figure"
    if "at the age" in low:
        return "held back: the label runs into an age's phrase ('at the age of')"
    if len(words) > 1 and words[0] in REPORTING_VERBS and not words[0].endswith("s"):
        return "held back: the label opens with a reporting verb"
    return ""


_LONGER_COMPOUND = re.compile(r"^-[A-Za-z]")  # "a three-year-long war": not "three-year"


def _compound_cut(figure: Figure, label: str, after: str) -> str:
    """Why the label or the counted noun stops inside a longer noun phrase: a noun goes on
    after it ("a ten-year sexual offences prevention order", "two cosmetics labels"), or a
    vague plural amount counts a singular noun, a modifier cut from its head ("billions of
    recommendation widget, in-feed and in-ad units"); "" when neither."""
    if figure.kind == "count" and figure.approximate and figure.unit_text:
        head = figure.unit_text.split()[-1].lower()
        if not is_plural(head) and singular_unit(head) not in CURRENCY_NOUNS:
            return "held back: a vague plural amount of a singular noun, cut from its head"
    what = "label"
    if figure.kind == "count" and figure.unit_text and figure.text.endswith(
            f" {figure.unit_text}"):  # (a hyphen compound's noun is its label: "31-page deal")
        last, what = figure.unit_text.split()[-1], "counted noun"
    elif label and after.lstrip().startswith(label) and figure.label_evidence.startswith(
            "modified noun"):
        last, after = label.split()[-1], after.lstrip()[len(label):]
    else:
        return ""
    following = _NEXT_WORD.match(after)
    if following and last[:1].islower() and _goes_on(last.lower(), following.group(1)):
        return f"held back: the {what} is cut inside a longer noun phrase"
    return ""


_NEXT_WORD = re.compile(r"\s+([a-z][a-z-]*)\b")


def _goes_on(last: str, word: str) -> bool:
    """Whether ``word`` after ``last`` goes on its noun phrase: a word only a noun can be by
    its ending ("offences prevention"), or a plural after a plural ("cosmetics labels": a
    verb after a plural subject has no -s)."""
    if word in STOPWORDS or word in VERBS or word in NOT_SUFFIX_NOUNS or word in ADVERBS_IN_S:
        return False
    if len(word) > 5 and word.endswith(NOUN_SUFFIXES):
        return True
    return is_plural(last) and is_plural(word) and not word.endswith("ly")


# "without the services of Dwain Chambers, who was handed a two-year ban": a name that is
# not its clause's subject, then an aside on it that holds the figure.
_ASIDE_ON_A_NAME = re.compile(
    r"\b[a-z]+\s+((?:[A-Z][\w'’&.-]*\s+){0,3}[A-Z][\w'’&.-]*),(?:[^,]{0,60},)?\s+(?:who|which)\s"
    r"([a-z]+)\s+([a-z]+)\b")
_HAVE = frozenset("has have had".split())
_AUX = frozenset("has have had was were is are been".split())


_OWNER_BEFORE = re.compile(r"(?:'s|’s|s'|s’)\s+$")  # "supplies funds to America's $8tn market"


def _side_actor_aside(figure: Figure, label: str, before: str) -> bool:
    """The figure is in an aside ("..., who ...") on a name that is no subject: it is that
    name's, and a label that names no one reads as the story's own ("two-year: ban")."""
    match = next(reversed(list(_ASIDE_ON_A_NAME.finditer(before))), None)
    if match is None or figure.kind == "age" or not label:
        return False
    if re.search(r"[,;]", before[match.end():]) or _OWNER_BEFORE.search(before):
        return False  # the aside has ended before the figure, or names the figure's owner
    if re.search(rf"\bthe\s+{re.escape(label)}\b", before[match.end():]):
        return False  # "which paid above the auction start price of": a definite thing's
    first, second = match.group(2), match.group(3)
    holds = first in ASIDE_HOLDING_VERBS or (first in _HAVE and second in _LINK_WORDS) or (
        first in _AUX and second in ASIDE_HOLDING_VERBS)
    if not holds:
        return False  # "which ended a record 49-match run", "who turned it into": no holding
    name = match.group(1)
    return not any(w in label for w in name.split()) and "'" not in label.replace("’", "'")


def _describes_a_person(figure: Figure, head: str) -> bool:
    """'a two-goal striker', 'a one-issue candidate', 'a 14-year Carrier worker': a compound
    before a person says what kind of person, not how much of anything happened (an age is
    its own reading; 'five-time world champion' is a record the reader wants)."""
    if figure.kind == "age" or re.search(r"-times?$", figure.text, re.I):
        return False
    return head in PERSON_NOUNS or head in role_heads() or head in PERSON_DESCRIPTOR_HEADS


def _label_place_doubt(figure: Figure, label: str, sentence: str, figure_at: int) -> str:
    """Why the label's words, where they stand in the sentence, are not what they say: a
    name cut out of a longer word ("eBay": "Bay"), a longer name ("a £5 billion Future
    Homes Fund"), an abbreviation ("of U.S. population": "U.S") or an owner's noun ("14% of
    Sophos' top 50"), an owner given before "whose" ("Boerse - whose market
    capitalisation"), what a total leaves out ("earnings excluding items of $1.48"), or a
    modifier of the person an age is of ("the 31-year-old World Cup winning scrum-half")."""
    if not label:
        return ""
    last = label.split()[-1]
    if "." in last and re.search(rf"(?<!\w){re.escape(last)}\.\s+[a-z]", sentence):
        return "held back: the label is cut at an abbreviation"  # "of U.S. population"
    word = re.compile(rf"(?<!\w){re.escape(last)}\b")
    owned = None if word.search(sentence, 0, figure_at) else word.search(sentence, figure_at)
    if owned and _POSSESSIVE_AFTER.match(sentence, owned.end()):
        return "held back: the label cuts an owner from the noun it owns"  # "Sophos' top 50"
    names = [w for w in _WORD.findall(label) if w[:1].isupper()]
    if names and all(
        w in sentence and not re.search(rf"(?<![\w'’-]){re.escape(w)}\b", sentence)
        for w in names
    ):
        return "held back: the label's name is cut out of a longer word"
    at = sentence.find(label)
    if at < 0:
        return ""
    if names and label.split()[-1] == names[-1] and (
        following := _NEXT_NAME.match(sentence, at + len(label))
    ) and following.group(1) not in CALENDAR_WORDS:
        return "held back: the label cuts a longer name"
    if names and label[:1].isupper() and _NAME_LINK_BEFORE.search(sentence, 0, at):
        return "held back: the label is the end of a longer name or a pair of names"
    rest = sentence[at + len(label):]
    if figure.kind == "age" and names and _PARTICIPLE_AFTER.match(rest):
        return "held back: the label is a modifier of the person, not the person"
    if _WHOSE_BEFORE.search(sentence, 0, at):
        return "held back: the label's owner is named before 'whose'"
    if _LEFT_OUT_BEFORE.search(sentence, 0, at):
        return "held back: what a total leaves out or takes in, not what it measures"
    return ""


def _inside_a_subject(label: str, before: str) -> bool:
    """Whether the label is the object of a preposition inside a longer subject: the words
    back from it, over link words and at most one modifier, reach a preposition that has
    words before it in the same clause ("Overall sales across both its retail and mail
    order divisions", "stores directly affected by new store openings")."""
    at = before.rfind(label)
    if at <= 0:
        return False
    clause = re.split(r"[,;:()]|\s[-–—]\s", before[:at])[-1]
    words = _WORD.findall(clause)
    modifiers = 0
    for position in range(len(words) - 1, max(-1, len(words) - 7), -1):
        word = words[position]
        if word.lower() in _PREPOSITIONS:
            return position > 0
        if word.lower() in _LINK_WORDS:
            continue
        if word[:1].isupper() or modifiers:
            return False
        modifiers += 1
    return False


def _given_to_a_name(label: str, before: str) -> bool:
    """ "voters who gave Tony Blair two election victories": a name right before the
    figure, after the verb, is whom the figure goes to."""
    at = before.rfind(label)
    if at < 0:
        return False
    between = before[at + len(label):]
    return bool(_NAME_BEFORE.search(between)) and len(between.split()) <= 8


def _object_at(label: str, before: str) -> bool:
    """ "tipped the scales at 20 stone": the label is the object of a verb that is no
    valuation ("valued the exchange at £1.35bn" is the exchange's value)."""
    if not before.endswith(f"{label} at ") or not label[:1].islower():
        return False
    match = _OBJECT_AT.search(before[:-len(f"{label} at ")])
    if not match:
        return False
    verb = match.group(1)
    return verb not in AT_VALUE_VERBS and verb not in _PREPOSITIONS and verb not in (
        "of", "to", "as", "than", "and", "or", "is", "are", "was", "were", "be", "been")


def _heading_item(figure: Figure, before: str) -> bool:
    """ "Portion Fix Containers: 2 Green, 1 Purple": the label is a heading before a
    colon at the start of the sentence and the count has its own noun."""
    head = before.split(":", 1)
    return (len(head) == 2 and head[0].strip() == figure.label.strip() and figure.kind == "count"
            and bool(figure.unit))
