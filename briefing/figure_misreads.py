"""A fourth reading of a figure's line with its sentence: shapes that ``figure_lines``,
``figure_context`` and ``figure_shapes`` let through, found on two fresh tune samples of BBC,
PolNeAR, CNN/DM and web pages (``benchmarks/shown_figures.py --extra 9|10``, graded by hand):

- a negated clause ("He never earned a six-figure salary", "It's not cheap at $140"): alone,
  the line says the opposite;
- the level a change started from, named by its noun ("down from a profit of $133m a year
  ago"): alone it reads as the current profit;
- a number cut out of a malformed one ("$1,8923": "$1,892");
- a label cut at a name's initial ("newspaper editor M" of "M. Stanton Evans");
- a house number after a street name read as an age ("corso Monforte, 15, Milan");
- a price whose object is two noun phrases run together ("sold the company the right to ...
  for $5.9m": "price of company the right").

``misread_doubt`` returns why the figure is held back, or "" when none of these applies.
"""

from __future__ import annotations

import re

from briefing.facts.figures.words import STOPWORDS, TIME_WORDS, VERBS
from briefing.figure_lines import span_of
from briefing.lang.en.figure_frames import (
    AFTER_FIGURE_ADVERBS,
    NEGATION_WORDS,
    NOT_DENIALS,
    STREET_WORDS,
)
from briefing.models import Figure

# The clause the figure is in starts after the last clause mark or clause word before it.
_CLAUSE_START = re.compile(r".*(?:[,;:()\u2013\u2014]|\s-\s|\b(?:but|and|while|whereas|although|"
                           r"though|because|which|who|that)\s)", re.S)
# A negation at most this many words before the figure (a verb and an article: "never earned
# a"); tuned on tune8/tune9's two negated lines and the wide dev sets (see figs7's note).
NEGATION_REACH = 3
_WORDS = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?|n['’]t")

# ", down from a profit of $133m", "up from a loss of": the earlier level of a change.
_EARLIER_LEVEL = re.compile(
    r"\b(?:down|up|fell|rose|falling|rising|dropping|climbing)\s+from\s+"
    r"(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,3}of\s+(?:about\s+|around\s+|some\s+)?$",
    re.I)
_INITIAL_AFTER = re.compile(r"^\.\s+[A-Z]")
_FRACTION_BEFORE = re.compile(r"\b(?:half|quarter|third|thirds|quarters|fifth|tenth)\s+$", re.I)
_TWO_PHRASES = re.compile(r"^price of [a-z]+ (?:the|a|an) [a-z]")
# After the figure (and its bracket restatement, and a short name like "US"): the first word.
_WORD_AFTER = re.compile(r"^(?:\s*\([^)]*\))?\s+(?:[A-Z][A-Za-z.]*\s+)?([a-z][a-z-]*)\b")


def misread_doubt(figure: Figure, sentence: str) -> str:
    """Why the figure's line would say something its sentence does not, or ""."""
    span = span_of(figure, sentence)
    if span is None:
        return ""
    before, after = span
    label = figure.label.strip()
    if after[:1].isdigit() and figure.text[-1:].isdigit():
        return "held back: the number runs on into more digits (a malformed number)"
    if _negated(before):  # (and "not less than $5m": the bound is the figure's own, turned)
        return "held back: the figure is in a negated clause ('never earned')"
    if _EARLIER_LEVEL.search(before):
        return "held back: the level a change came from ('down from a profit of')"
    if label and re.search(r"\b[A-Z]$", label) and (
            at := sentence.find(label)) >= 0 and _INITIAL_AFTER.match(sentence[at + len(label):]):
        return "held back: the label is cut at a name's initial"
    if figure.kind == "age" and figure.label_evidence.startswith("age apposition") and (
            _street_before(label, before)):
        return "held back: a house number after a street name, not an age"
    if _TWO_PHRASES.match(label):
        return "held back: the label runs two noun phrases together"
    if figure.label_evidence.startswith("modified noun") and (cut := _cut_before(label, after)):
        return cut
    if label and figure.label_evidence.startswith("noun of figure") and _FRACTION_BEFORE.search(
            before[:before.find(label)] if label in before else ""):
        return "held back: the label leaves out the fraction before it ('a quarter cup')"
    if figure.kind == "count" and figure.value == 0:
        return "held back: a count of none ('at zero cost') is no amount"
    if figure.label_evidence.startswith("subject of its verb") and figure.kind != "count" and (
            _modifies_a_noun(after)):  # (a count's noun is in its text: "two longboards")
        return "held back: the figure modifies a noun after it, not its verb's subject"
    return ""


def _cut_before(label: str, after: str) -> str:
    """Why a noun phrase the figure modifies goes on past its label into a number ("fall in
    the key 16 to 35-year-old demographic": "fall in key"). (A plural label going on into a
    noun, "the 10p savings tax band", was tried: it also took "£5.14billion: TV rights" of
    "TV rights deal", graded ok.)"""
    last = label.split()[-1] if label else ""
    at = after.find(last) if last[:1].islower() else -1
    if at < 0:
        return ""
    rest = after[at + len(last):]
    number = re.match(r"\s+\d[\d.,]*\s+(\w+)", rest)
    if number and number.group(1).lower() not in TIME_WORDS:  # (not "measure 3 months ago")
        return "held back: the label is cut before a number in its noun phrase"
    return ""


def _modifies_a_noun(after: str) -> bool:
    """A noun follows the figure ("has an estimated $2.9bn hole in", "its $74m (£40m) US box
    office total"): the figure measures that noun, and the verb's subject is the wrong label."""
    match = _WORD_AFTER.match(after)
    if match is None:
        return False
    word = match.group(1)
    return not (word in STOPWORDS or word in VERBS or word in TIME_WORDS or word in
                AFTER_FIGURE_ADVERBS or word.endswith(("ly", "ing", "ed")))


def _negated(before: str) -> bool:
    """A negation word at most NEGATION_REACH words before the figure, in its clause, that
    does not bound the figure ("not less than")."""
    match = _CLAUSE_START.match(before)
    clause = before[match.end():] if match else before
    words = [w.lower().replace("’", "'") for w in _WORDS.findall(clause)]
    words = [("n't" if w.endswith("n't") else w) for w in words]
    near = words[-NEGATION_REACH - 1:]
    for i, word in enumerate(near):
        if word in NEGATION_WORDS:
            following = near[i + 1:i + 2]
            return not (following and following[0] in NOT_DENIALS)
    return False


def _street_before(label: str, before: str) -> bool:
    """The age's name comes right after a street word ("corso Monforte, 15")."""
    name = label.removeprefix("age of ").strip()
    at = before.rfind(name)
    if not name or at < 0:
        return False
    words = before[:at].split()
    return bool(words) and words[-1].lower().strip(".") in STREET_WORDS
