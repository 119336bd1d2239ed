"""Labels: what a figure measures, read from the words around it."""

from __future__ import annotations

import re
from functools import lru_cache

from briefing.facts.figures.bracket_ages import NAME_BEFORE_BRACKET, NAME_BEFORE_COMMA
from briefing.facts.figures.clauses import CLAUSE_BREAK as _CLAUSE_BREAK
from briefing.facts.figures.clauses import (
    as_clause_start,
    gerund_subject,
    noun_before_modal,
    worth_before,
)
from briefing.facts.figures.label_doubts import label_rule
from briefing.facts.figures.list_labels import list_head, totalling
from briefing.facts.figures.modified_nouns import SPANS as _SPANS
from briefing.facts.figures.modified_nouns import modified_noun
from briefing.facts.figures.noun_of_figure import noun_of_figure
from briefing.facts.figures.nouns import is_plural, looks_verbal, noun_run, past_verb_first
from briefing.facts.figures.object_prices import price_of_object
from briefing.facts.figures.phrases import (
    HEAD_NOUNS,
    LABEL_STOP,
    NOUN_PREPOSITIONS,
    before_a_time_phrase,
    between_years,
    change_without_what,
    clean_label,
    name_in_brackets,
    name_moved,
    name_number,
    past_in_ed,
    phrasal_verb,
    relational_alone,
    starts_with_a_unit,
    subject_pronoun,
    verb_at_end,
    view_after,
    with_of_head,
    without_role_word,
)
from briefing.facts.figures.quantity import Quantity
from briefing.facts.figures.rule_confidence import RULE_CONFIDENCE
from briefing.facts.figures.verb_labels import (
    changed_object,
    gerund_move_subject,
    infinitive_subject,
    label_by_verb,
    level_after_change,
    margin_over,
    money_of_verb,
    owner_with,
    payer_verb,
    pushed_object,
    range_noun,
    run_ended,
    share_of_whole,
    share_verb_before,
    side_of_lead,
    taken_off,
)
from briefing.facts.figures.words import AUX_VERBS, COMPARATIVES, STOPWORDS, TIME_WORDS, VERBS
from briefing.facts.units import is_unit_word
from briefing.lang.en import numbers as nb
from briefing.lang.en.figures import (
    AGE_OF,
    AUXILIARIES,
    ENDED,
    HARM_VERBS,
    IRREGULAR_PASTS,
    MOVE_VERBS,
    NOT_LABEL_NOUNS,
    NOT_LABEL_WORDS,
    PAGE_FURNITURE_WORDS,
    PART_WORDS,
    PERSON_NOUNS,
    PRICE_OF,
    PRICE_VERBS,
    QUALIFIER_WORDS,
    REFLEXIVE_PRONOUNS,
    REPORTING_VERBS,
    STREAK_NOUNS,
)
from briefing.lang.en.lexicon import MONTHS as MONTH_NAMES
from briefing.lang.en.lexicon import TITLE_CASE_SMALL_WORDS
from briefing.lang.en.speech import SUBJECT_PRONOUNS, UNRESOLVED_PRONOUNS

_WORD_TOKEN = re.compile(r"\S+")
# Prepositions before an -ing verb whose object is the subject read back ("despite seeing",
# "after watching"); at a sentence's start the -ing word is a noun ("Heating oil rose").
_GERUND_OPENER = re.compile(r"\b(?:despite|after|before|by|while|without|since|on)\s*$", re.I)


def read_label(text: str, q: Quantity) -> str:
    """What the figure measures, or '' when no sensible noun phrase is found (never a guess)."""
    return read_label_evidence(text, q)[0]


_SUBJECT_RULES = ("clause subject", "sentence subject")
# Rules that name whoever stands before the figure's verb: for an amount paid out, the payer.
_ACTOR_RULES = frozenset(
    {"name moved", "clause subject", "sentence subject", "subject of its verb", "noun before"}
)


def read_label_evidence(text: str, q: Quantity) -> tuple[str, str]:
    """(label, the rule that found it): '' and '' when no sensible noun phrase is found."""
    label, rule = _read_label_evidence(text, q)
    if label and label.split()[-1].lower() in STREAK_NOUNS and run_ended(text, q):
        label = f"{ENDED} {label}"  # "their four-game winning streak came to an end"
    return label, rule


def _read_label_evidence(text: str, q: Quantity) -> tuple[str, str]:
    if q.kind == "age":
        label, rule = _age_label(text, q)
        label = _sane(label)
        if label and rule == "age apposition":
            label = f"{AGE_OF} {label}"  # "Leon Yeaman, 55,": "55: Leon Yeaman" says no age
        return (label, rule) if label else ("", "")
    if q.modifies:
        label = _sane(q.modifies)
        if label:
            return label, q.modifies_rule
    verb, gap = "", []
    if q.kind == "currency":  # the clause is found only for money: the test is not free
        verb, gap = payer_verb(text, q, _clause_start(text, q.start))
    for rule, finder in _FINDERS:
        # "borrowing of up to $4.5bn": an amount's noun in -ing is a noun
        if finder is None:  # "paid": what the amount the subject pays out is for
            if verb:
                label, paid_rule = label_by_verb(text, q, verb, gap)
                if label := _sane(label):
                    return label, paid_rule
            continue
        found = finder(text, q)
        if not found:
            continue  # (the gerund and modal tests below read nothing for no words)
        gerund = rule == "noun of figure" or (  # "sampling ... came back at 4 ppb"
            rule == "clause subject" and gerund_subject(text[_clause_start(text, q.start) :], found)
        )
        # "expand public spending by 30%": the changed object's last -ing word is its noun
        ing_head = rule in ("of after", "changed object") or (
            (rule in _SUBJECT_RULES or rule == "noun of figure")
            and noun_before_modal(text, found))
        label = _sane(found, gerund=gerund and q.explicit, ing_head=ing_head)
        if label:
            if change_without_what(label, rule):
                rule = "change of what"  # "a 3% improvement": an improvement of what?
            if rule == "of after" and q.kind not in ("percent", "fraction") and _OF_DEFINITE.match(
                text, q.end
            ):
                rule = "part of what"  # "91m naira of the funding": a part of it, not all of it
            if rule == "of after" and q.kind in ("percent", "fraction"):
                if share_verb_before(text, q):  # "films accounted for 37.5% of the box office"
                    if share := share_of_whole(text, q, label, _clause_subject(text, q)):
                        return share, "share of a whole"
                    continue  # the whole alone would read as all of it
                if view_after(text, q):
                    rule = "share who said"  # "63% of respondents thought ...": thought what?
            if rule == "noun of figure" and q.kind == "noun" and _OF_JUST_BEFORE.search(
                text, max(0, q.start - 40), q.start
            ):
                rule = "noun of count"
            if rule == "clause subject" and _owned(q) and _verb_between(text, label, q.start):
                rule = "subject of its verb"
                gap = text[text.rfind(label, 0, q.start) + len(label) : q.start]
                if named := money_of_verb(label, gap, q):
                    return named, "noun of its verb"  # "the retailer earned $2.8bn"
            elif rule == "clause subject" and _owned(q) and _owns_relative(text, label, q):
                rule = "owner of a relative clause"
                if q.kind == "currency" and _PRICE_GAP.search(text, 0, q.start):
                    label = f"{PRICE_OF} {label}"  # "Meetup, which it acquired for $200m"
            if verb and rule in _ACTOR_RULES:
                rule = "payer of its verb"  # kept for the JSON, below the showing threshold
            if relational_alone(label) and RULE_CONFIDENCE[rule] > 0.5:
                rule = "noun of what"  # "at a value of $16 billion": the value of what?
            rule = label_rule(rule, label, text, q)  # "a man who won $500", "they receive"
            return (label, rule) if rule else ("", "")
    return "", ""


def _side_of_lead(text: str, q: Quantity) -> str:
    return clean_label(side_of_lead(text, q))


def _pushed_object(text: str, q: Quantity) -> str:
    return clean_label(pushed_object(text, q))


def _taken_off(text: str, q: Quantity) -> str:
    return clean_label(taken_off(text, q))


def _owner_with(text: str, q: Quantity) -> str:
    return clean_label(owner_with(text, q))


def _gerund_move_subject(text: str, q: Quantity) -> str:
    return clean_label(gerund_move_subject(text, q))


def _infinitive_subject(text: str, q: Quantity) -> str:
    return clean_label(infinitive_subject(text, q))


def _margin_over(text: str, q: Quantity) -> str:
    if " ahead of " not in text[q.end : q.end + 40] and " behind " not in text[q.end : q.end + 40]:
        return ""  # a cheap test first
    return " ".join(margin_over(text, q, _clause_subject(text, q)))


_PRICE_GAP = re.compile(
    r"\b(?:" + "|".join(sorted(PRICE_VERBS)) + r")\s+(?:it\s+|them\s+)?for\s+"
    r"(?:about\s+|around\s+|nearly\s+|some\s+|more\s+than\s+|up\s+to\s+)?$",
    re.I,
)


def _verb_between(text: str, label: str, start: int) -> bool:
    """'Belarus's army has about 60,000 people', 'Belarus sent 6 groups': the subject, one
    to three words (its verb, an adverb, a qualifier) and the figure, nothing else."""
    at = text.rfind(label, 0, start)
    if at < 0 or _PREPOSITION_END.search(text, max(0, at - 8), at):
        return False  # "Friends at university are working ...": the subject is longer
    gap = text[at + len(label) : start]
    words = gap.lower().split()
    if not 1 <= len(words) <= 3 or _CLAUSE_BREAK.search(gap):
        return False
    # "information held by 100,000 bodies", "said that 100,000", "forecast to be 6.5%",
    # "desperate for three points": the figure is not what the subject has or did
    passive_by = "by" in words and not _MOVE_BY.search(gap)
    if _MOVE_TO.fullmatch(gap):  # "sales rose to $5bn": the level the subject moved to
        lead = text[_clause_start(text, start) : at].lower().split()
        return not any(w in VERBS or looks_verbal(w) for w in lead)  # "who considered ... a defeat"
    if passive_by or "that" in words or "to" in words or words[-1] in _PREPOSITIONS:
        return False
    if words[0] in _SAYING or any(w[:1].isdigit() and not _YEAR_WORD.fullmatch(w) for w in words):
        # "Virgin said more than 14.9 million consumers can use it": what was said;
        # "the top 1 percent captured 58 percent": another figure in the subject
        return False
    if words[-1] in _DEFINITE:
        return False  # "a hair's breadth separated the two former champions": known ones
    # "Obama has proposed accepting 10,000 Syrians": a chain of two verbs; the figure is what
    # the second acts on, and the subject only intends it (it neither has nor did it)
    lexical = [w for w in words if w not in AUXILIARIES and (w in VERBS or looks_verbal(w))]
    if len(words) == 3 and lexical[:1] == words[:1] and _object_then_place(words[1:]):
        return False  # "Winter freeze keeps oil above $50": the figure is the object's
    # "the attacks killed nearly 3,000 people": the cause of the harm, not whose they are
    return len(lexical) < 2 and not any(w in HARM_VERBS for w in words)


_DEFINITE = frozenset("the these those both".split())
# Verbs of saying whose object is a clause, not an amount the subject has or did (not
# "added": "Orange added five million new customers").
_SAYING = frozenset("said says say told tells claimed claims believes thinks".split())


def _object_then_place(words: list[str]) -> bool:
    """'oil above': the verb's object, then where the figure puts it ("keeps oil above")."""
    noun, place = words
    return place in _PLACE_WORDS and noun.isalpha() and noun not in STOPWORDS | QUALIFIER_WORDS


_PLACE_WORDS = frozenset("above below at under over near around".split())


def _owns_relative(text: str, label: str, q: Quantity) -> bool:
    """'repairs that cost 48 million pounds', 'Pellworth, which employs 900 people': the
    noun right before a short relative clause holding the figure."""
    start = _clause_start(text, q.start)
    owner = _RELATIVE_END.search(text, 0, start)
    if not owner or not text[: owner.start()].rstrip(" ,-–—").endswith(label):
        return False
    if not owner.group(0).strip(" ,").lower().endswith("that"):
        return True
    # "that" opens a relative clause only when its verb follows at once ("repairs that
    # cost £48m"); "charges that she married 10 men" and "evidence that six schools ..."
    # are what was said or found, with a subject of their own
    words = text[start : q.start].split()
    return 1 <= len(words) <= 3 and words[0][:1].islower() and words[0].lower() not in _NOT_VERBS


_NOT_VERBS = frozenset(
    "there it he she they we i you this these those its his her their a an the some".split()
)


def _owned(q: Quantity) -> bool:
    return q.kind in _ACTOR_KINDS or q.unit in ("pence", "p", "cents")


# The subject, a past move and "to": "sales rose to $5bn" (at most an adverb before the verb).
_MOVE_TO = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?:" + "|".join(sorted(v for v in MOVE_VERBS if not v.endswith("s")))
    + r")\s+to\s+(?:about\s+|around\s+|nearly\s+|almost\s+|just\s+)?", re.I
)
_MOVE_BY = re.compile(r"\b(?:" + "|".join(sorted(MOVE_VERBS)) + r")\s+by\b", re.I)


# Kinds of figure a subject owns or acts on ("BA has cut 13,000 jobs", "O'Malley had raised
# $3.2 million"); spans and distances by a subject are when and where ("entered the action
# five minutes into the second half", "converted from 12 yards").
_ACTOR_KINDS = frozenset({"currency", "percent", "noun"})
# (not "about", "over", "under": before a figure they are qualifiers, "has about 60,000")
_PREPOSITIONS = frozenset("for from at in to on with of into after".split())
_PREPOSITION_END = re.compile(r"\b(?:" + "|".join(sorted(_PREPOSITIONS)) + r")\s+$", re.I)


_OF_DEFINITE = re.compile(r"\s+of\s+(?:the|its|their|his|her|our|this|these|those)\s", re.I)
_OF_JUST_BEFORE = re.compile(r"\bof\s+(?:\S+\s+)?$")


_PART_WORDS = PART_WORDS | nb.SMALL_NUMBERS.keys()
_MONTH_WORDS = frozenset(m.lower() for m in MONTH_NAMES)
_PRONOUNS = (
    SUBJECT_PRONOUNS | UNRESOLVED_PRONOUNS | REFLEXIVE_PRONOUNS | {"him", "her", "them", "us", "me"}
)


def _sane(label: str, gerund: bool = False, ing_head: bool = False) -> str:
    """Trim discourse words and trailing verbs off a label; '' if nothing nominal is left.

    "However" / "although Belgians" / "texas however" / "Rich List led" / "I've" /
    "January Umbro" are stray words, not what a figure measures.
    """
    if not label:
        return ""
    words = [w for w in label.split() if w.strip("-–—")]
    if any(w.endswith("-") for w in words):
        return ""  # "can- didate": a word broken across a line, not a label to show
    while words and (_stray(words[0]) and words[1:2] != ["of"] or starts_with_a_unit(words)):
        words = words[1:]  # "cubic foot trunk": another figure's unit is no part of a label
    if words and "'" in words[-1].replace("’", "'") and _stray(words[-1]):
        return ""  # "in RWD form you're looking at 590 km": a clause, not a noun phrase
    head_cut = bool(words) and words[-1].lower() in NOT_LABEL_NOUNS
    while words and (
        _stray(words[-1]) or verb_at_end(words, gerund, ing_head)
        or words[-1] in NOUN_PREPOSITIONS
    ):
        words = words[:-1]  # "balance figures for April": the month and then "for"
    if head_cut and len(words) == 1 and words[0].islower():
        return ""  # "the small country that is", "the first one": "small", "first" alone
    if len(words) > 2 and words[1] == "of" and words[0].lower() in _PART_WORDS:
        return " ".join(words)  # "one of the matches": a part of a group
    if any(_stray(w) for w in words):
        return ""  # a clause break inside: not one noun phrase
    if len(words) > 1 and words[0][:1].islower() and all(w[:1].isupper() for w in words[1:]):
        words = words[1:]  # "I understand Clinton has ...": the name, not the verb before it
    if not words or all(w.lower().strip("'’") in LABEL_STOP for w in words):
        return ""
    if len(words) == 1 and len(words[0].strip(".-")) < 2:
        return ""  # "3.5-liter V-6" cut to "V": a letter, not a noun phrase
    if all(w[0].isdigit() or w[0] in "$£€¥₹" for w in words):
        return ""  # "$72370": another figure, not what this one measures
    return " ".join(words)


def _stray(word: str) -> bool:
    low = word.lower().replace("’", "'").strip(",.;:'\"“”")
    if low.split("'")[0] in _PRONOUNS:
        return True  # "you're", "it's": a pronoun and its verb ("in RWD form you’re looking")
    if word[:1].isupper() and low in PAGE_FURNITURE_WORDS:
        return True
    return low in NOT_LABEL_WORDS or low in _MONTH_WORDS or low in _PRONOUNS


_OF_AFTER = re.compile(  # (and "£2m worth of damage", "three years' worth of data")
    r"(?:['’]?\s+worth)?\s+of\s+(?:(?:the|its|their|his|her|our|a|an|this|these|those|all)\s+)?"
    r"(?=\w)",
    re.I,
)
_WORTH_OF = re.compile(r"['’]?\s+worth\s+of\s", re.I)


def _of_after(text: str, q: Quantity) -> str:
    """'$12.4 million of claims', '60% of the workers', '8 miles of new tunnels'."""
    worth = _WORTH_OF.match(text, q.end)  # "50 previous years worth of programming"
    if q.kind in ("age", "noun") and q.unit.lower() not in _QUANTITY_NOUNS and not worth:
        if q.kind == "noun" and (owner := _NAME_OF_AFTER.match(text, q.end)):
            return owner.group(1).removeprefix("The ")  # "Five seasons of Sesame Street": whose
        return ""  # '6 battalion-tactical groups of ...': the unit already says what is counted
    restated = _RESTATED_AFTER.match(text, q.end)  # "8 miles (13 kilometers) of new tunnels"
    match = _OF_AFTER.match(text, restated.end() if restated else q.end)
    if not match and q.kind == "currency":
        match = _IN_AFTER.match(text, q.end)  # "$1 billion in gains", "$5m in funding"
    if not match:
        return ""
    if q.kind == "fraction" and re.search(r"\b(?:a|an)\s+$", match.group(0)):
        return ""  # "a quarter of a point": a part of one unit, not a share of a group
    share = _SHARE_BEFORE_NOUN.match(text, match.end())  # "50mL of 30% fuming sulfuric acid"
    phrase, end = noun_run(text, share.end() if share else match.end())
    if q.unit in _SPANS and phrase.lower() in _LIFETIMES:
        return ""  # "the last nine years of his life": when, not what the span measures
    label = clean_label(phrase.split()) if phrase else ""
    # "517 lb-ft of torque in total": all of it, not one motor's
    return f"total {label}" if label and _IN_TOTAL.match(text, end) else label


_IN_TOTAL = re.compile(r"\s+in\s+total\b", re.I)


_NAME_OF_AFTER = re.compile(r"\s+of\s+((?:[A-Z][\w'’&.-]*\s+){0,3}[A-Z][\w'’&.-]*)(?![\w'’])")
_RESTATED_AFTER = re.compile(r"\s*\([^()]{1,30}\)(?=\s+of\s)")
_SHARE_BEFORE_NOUN = re.compile(r"\d[\d.,]*\s?(?:%|per\s?cent\b)\s+(?=[a-z])", re.I)
_LIFETIMES = frozenset("life lives career careers time reign tenure".split())
_IN_AFTER = re.compile(r"\s+in\s+(?:new\s+|extra\s+|additional\s+)?(?=[a-z]+s\b)")


# Counted nouns that only say "how much" of something named after "of".
_QUANTITY_NOUNS = frozenset("count counts share shares piece pieces unit units".split())


def _times_what(text: str, q: Quantity) -> str:
    """'6.5 times earnings': what the multiple is of."""
    if q.kind != "times":
        return ""
    phrase, _ = noun_run(text, q.end)
    return clean_label(phrase.split()) if phrase else ""


def _range_of_what(text: str, q: Quantity) -> str:
    words = range_noun(text, q)
    return clean_label(words) if words and words[-1].lower() not in LABEL_STOP else ""


def _changed_object(text: str, q: Quantity) -> str:
    words = changed_object(text, q)
    return clean_label(words) if words else ""


_PERSON_BEFORE = re.compile(r"\b(" + "|".join(sorted(PERSON_NOUNS)) + r"),\s$")


_NAME_GOES_ON = re.compile(r"(?:\s[A-Z][\w'’-]+)+")
_VERB_OBJECT_AFTER = re.compile(r"\s+(?:the|a|an|his|her|their|its)\b", re.I)


def _age_label(text: str, q: Quantity) -> tuple[str, str]:
    after, end = noun_run(text, q.end)
    if after and " " not in after and after.endswith("s") and _VERB_OBJECT_AFTER.match(text, end):
        after = ""  # "the 34-year-old joins the melee": a verb, not the noun the age is of
    if after and past_verb_first(after.split()):
        after = ""  # "The 37-year-old finished sixth": the age is the subject, of someone
    if after:
        words = after.split()
        cut = next((i for i, w in enumerate(words[1:], 1) if w.lower() in AUX_VERBS), len(words))
        name = _NAME_GOES_ON.match(text, end) if words[cut - 1][:1].isupper() else None
        # "the 20-year-old murder suspect swore at", "28-year-old shift worker Phillip Pama"
        label = " ".join(words[:cut]) if cut < len(words) or not name else after + name.group(0)
        if name and (noun := _PERSON_AFTER.match(text, name.end())):
            label += noun.group(0)  # "a 8-year-old Fort Worth girl": the girl's age
        if any(w.lower() in TITLE_CASE_SMALL_WORDS and w[0].isupper() for w in label.split()[1:]):
            return "", "age noun"  # "the 44-year-old Giada At Home star": a show's title
        return label, "age noun"
    before = text[max(0, q.start - 40) : q.start]
    name = (
        NAME_BEFORE_COMMA.search(before)
        or _PERSON_BEFORE.search(before)
        or NAME_BEFORE_BRACKET.search(before)  # "Tom Ellery (34)"
    )
    if name:
        return without_role_word(name.group(1).strip(), text), "age apposition"
    return _clause_subject(text, q) or _sentence_subject(text, q), "age subject"


_PERSON_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(PERSON_NOUNS)) + r")\b")
# Signs and qualifiers between a heading noun and its figure: "floor area ≈ 32m2",
# "wavelengths at least 2.4 μm", "Homes from $750,000 to $1 million".
_BEFORE_FIGURE = re.compile(
    r"\s*(?:[≈~=]|\b(?:from|between|about|around|at\s+least|at\s+most|up\s+to|over|under"
    r"|nearly|almost|roughly|some|more\s+than|less\s+than|fewer\s+than|just))?\s*$",
    re.I,
)
# A comparison: "a pixel pitch as high as roughly 352 μm", "panel strength lower than"
# (not "as many as": a qualifier of the figure); read only when "as" or "than" is there.
_COMPARED_BEFORE = re.compile(
    r"\s*\b(?:as\s+(?!many\b|much\b|few\b|little\b)[a-z]+\s+as"
    r"|(?:" + "|".join(sorted(COMPARATIVES)) + r")\s+than)"
    r"(?:\s+(?:about|around|nearly|roughly|some))?\s*$",
    re.I,
)


def _noun_before(text: str, q: Quantity) -> str:
    """'floor area ≈ 32m2', 'MacBook Pro 16 inch': a clause that is only a noun phrase and
    the figure (a heading, a list item, a specification) -- the noun phrase is the label."""
    start = _clause_start(text, q.start)
    if start and text[:start].rstrip()[-1:] not in (":", ";"):
        return ""  # after "which", "while", "and" or a comma the clause may have a verb
    clause = text[start : q.start]
    sign = (" as " in clause or "than" in clause) and _COMPARED_BEFORE.search(clause)
    sign = sign or _BEFORE_FIGURE.search(clause)
    words = clause[: sign.start()].split() if sign else clause.split()
    if words[:1] in (["a"], ["an"], ["the"]) and sign and " as " in sign.group(0):
        words = words[1:]  # "a pixel pitch as high as 352 μm": the compared noun phrase
    if not 1 <= len(words) <= 4:
        return ""
    for position, word in enumerate(words):
        low = word.lower().strip("'’")
        if low in LABEL_STOP or low in VERBS or looks_verbal(low) or word[0].isdigit():
            return ""
        if low.endswith("ly") or (position < len(words) - 1 and is_plural(low)):
            return ""  # "Prices range from", "Qantas wants $4.2b": a plural noun, then its verb
    return clean_label(words)


def _clause_subject(text: str, q: Quantity) -> str:
    """The noun phrase before the verb of the figure's clause: 'Belarus's army has ...'."""
    start = _clause_start(text, q.start)
    subject = _subject_in(text[start : q.start])
    owner = None if subject else _RELATIVE_END.search(text, 0, start)
    if owner is None:
        return subject
    between = text[start : q.start].lower().split()
    if len(between) > 4:
        return ""  # a long relative clause may hold its own subject ("that a plan would ...")
    # "Ford, which has 13000 workers": the relative clause's owner is the noun before it
    if owner.group(0).strip(" ,").lower().endswith("that") and all(
            word in QUALIFIER_WORDS for word in between):
        return ""  # "estimated ... that about 6,500 fighters were active": what was said
    words = [w.strip(',.;:()"“”') for w in text[: owner.start()].rstrip(" -–—").split()]
    run: list[str] = []
    for word in reversed(words[-5:]):
        low = word.lower()
        if run and (low in nb.SMALL_NUMBERS or word[0].isdigit()):
            return ""  # "a fire at one cafe that killed 25": the fire, not the cafe
        if not word or low in LABEL_STOP or low in VERBS or word[0].isdigit():
            if run and low == "and":
                return ""  # "Kellock and Hall, who have played 300 matches": both
            break
        run.insert(0, word)
    return clean_label(run)


_RELATIVE_END = re.compile(r"[\s,]*\b(?:which|who|that)\s*$")


def _sentence_subject(text: str, q: Quantity) -> str:
    return _subject_in(text[: _clause_start(text, q.start)])


@lru_cache(maxsize=64)  # asked for the same figure by up to five rules in a row
def _clause_start(text: str, pos: int) -> int:
    start = 0
    asides = [m.span() for m in _SHORT_ASIDE.finditer(text, 0, pos)] if "(" in text[:pos] else []
    for match in _CLAUSE_BREAK.finditer(text, 0, pos):
        if any(a <= match.start() < b for a, b in asides):
            continue  # "West Texas Intermediate (WTI) peaked": a name's short form, no break
        if match.group() == "and" and between_years(text, match.start()):
            continue  # "sampling between 2014 and 2017 came back": one time phrase, no clause
        if match.end() <= pos:
            start = match.end()
    return max(start, as_clause_start(text, pos))  # "as the deficit grew by $43bn"


# A bracketed short form after a name: "(WTI)", "(.SXAP)" -- no digits, commas or spaces.
_SHORT_ASIDE = re.compile(r"\([.A-Za-z][\w.&-]{0,9}\)")


def _subject_in(clause: str, direct: bool = False) -> str:
    # "European automakers (.SXAP) slid": a bracketed short form is no word of the subject
    tokens = _WORD_TOKEN.findall(_SHORT_ASIDE.sub("", clause) if "(" in clause else clause)
    words = [t.strip(',.;:()"“”') for t in tokens]
    fallback, pronoun = "", False
    for index, word in enumerate(words):
        low = word.lower()
        after = words[index + 1].lower() if index + 1 < len(words) else ""
        if low in VERBS and low.endswith("s") and (after in VERBS or after in MOVE_VERBS):
            continue  # "passenger numbers rose": a noun before the verb, not the verb
        if low in VERBS and low.endswith("s") and after.endswith("ed") and len(after) > 4:
            continue  # "rent rises slowed"
        if (
            low in VERBS
            or low in MOVE_VERBS
            or (index > 0 and (past_in_ed(low) or low in IRREGULAR_PASTS))
            or phrasal_verb(words, index)
        ):
            if low in REPORTING_VERBS and index + 2 < len(words):
                # "said sales rose", not "said he had agreed to deploy a group": the reported
                # clause's own subject, right before its first verb
                reported = _subject_in(" ".join(words[index + 1 :]), direct=True)
                if reported:
                    return reported
            run: list[str] = []
            pronoun = False
            end = before_a_time_phrase(words, index)  # "sampling between 2014 and 2017 came"
            skip_to = end
            for back, previous in enumerate(reversed(words[:end]), 1):
                p_low = previous.lower()
                if end - back >= skip_to:
                    continue
                if not run and (worth := worth_before(words, end - back)) >= 0:
                    skip_to = worth  # "the market worth over 2 billion is growing": the market
                    continue
                if not run and subject_pronoun(words, end - back, _PREPOSITIONS):
                    pronoun = True  # "every time she breaks the record she gets $30,000"
                    break
                at = end - back
                if p_low in _NAME_STOPS and previous.istitle() and at and (
                    words[at - 1][:1].isupper() and words[at - 1].lower() not in LABEL_STOP
                ):  # (not "Utah The arrow": a caption run into the next sentence)
                    run.insert(0, previous)  # "The Dow Jones Industrial Average rose": a name
                    continue
                if p_low in LABEL_STOP and not run and p_low not in HEAD_NOUNS:
                    continue  # "passenger numbers rose": "numbers" is the head here
                if p_low in LABEL_STOP:
                    run = with_of_head(words[: end - back + 1], run)  # "pace of price rises"
                    break
                if (p_low.endswith("ly") and "-" not in p_low) or not previous:  # "single-family"
                    break
                if run and (p_low in VERBS or p_low in REPORTING_VERBS) and not p_low.endswith("s"):
                    break  # "saw sales increase by 350%": the verb before is not the subject
                opener = " ".join(words[: end - back])  # "Despite seeing net profits rise":
                if run and p_low.endswith("ing") and _GERUND_OPENER.search(opener):
                    break  # the -ing verb's object is the subject, not the verb with it
                if previous[0].isdigit():
                    if not run and name_number(tokens, end - back):
                        run.insert(0, previous)  # "the sp 500 is poised to drop 0.2%"
                        continue
                    if len(run) == 1 and is_unit_word(run[0]):
                        run = []  # "MacBook Pro 16 inch is worth $2000": another figure's
                        continue  # unit; the subject is the noun phrase before that figure
                    if len(run) == 1 and run[0].lower() in _PERCENT_WORDS:
                        run = []  # "the richest 1 percent grew": a share, no noun to name
                    break
                run.insert(0, previous)
            label = clean_label(run)
            if label:
                return label
            if direct:
                return ""
            if pronoun:
                continue  # the subject of a later verb may still be named ("he said Osler has")
            if index + 1 < len(words) and not _sane(label):
                # "he said Osler has 59 users", "It added the firm had 900 staff": no noun
                # before this verb; the subject of a later verb may still be there
                fallback = fallback or _first_noun_run(words[:index])
                continue
            return fallback or _first_noun_run(words[:index])
    return "" if pronoun else fallback  # the figure's own verb has a pronoun for subject


_PERCENT_WORDS = frozenset("percent pc %".split())
_YEAR_WORD = re.compile(r"(?:19|20)\d\d(?:/\d{1,4})?s?")  # "Pre-tax profit for 2004 was £15.4m"
# Stop words that go on inside a capitalised name ("Dow Jones Industrial Average"): not an
# article ("Utah The Bloomington arrow") nor a time word ("Christmas Day John Nettles").
_NAME_STOPS = LABEL_STOP - TIME_WORDS - {"the", "a", "an"}


def _first_noun_run(words: list[str]) -> str:
    run: list[str] = []
    for word in words:
        low = word.lower()
        if not word or word[0].isdigit():
            if run:
                break
            continue
        if low in LABEL_STOP:
            if run:
                break
            continue
        run.append(word)
    return clean_label(run)


# The rules in the order they are tried; None is "paid" (needs the payer verb read first).
_FINDERS = (
    ("modified noun", modified_noun),
    ("name in brackets", name_in_brackets),
    ("of after", _of_after),
    ("times what", _times_what),
    ("paid", None),
    ("price of its object", price_of_object),
    ("range of what", _range_of_what),
    ("level after a change", level_after_change),
    ("side of a lead", _side_of_lead),
    ("side of a lead", _margin_over),
    ("changed object", _changed_object),
    ("changed object", _pushed_object),
    ("changed object", _taken_off),
    ("subject of a move", _infinitive_subject),
    ("subject of a move", _gerund_move_subject),
    ("totalling", totalling),
    ("name moved", name_moved),
    ("noun of figure", noun_of_figure),  # renamed "noun of count" for "X of N things"
    ("noun before", _noun_before),
    ("list head", list_head),
    ("owner with", _owner_with),
    ("clause subject", _clause_subject),
    ("sentence subject", _sentence_subject),
)
