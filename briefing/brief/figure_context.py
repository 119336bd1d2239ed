"""More shapes of a figure whose line would mislead, read with its sentence.

A second reading of the shown figures (``benchmarks/shown_figures.py --extra 5|6``, two fresh
tune samples graded by hand) found wrong lines that ``figure_lines`` let through, each a
general shape of news English:

- the sentence is a question ("Are they at fault for spending the best part of £200m?");
- the value is cut ("5-foot" of "5-foot-3") or names a thing ("Four-Kings", "an 18
  certificate", "the 1500m final");
- a share of a group with no verb ("One in ten: users");
- what someone proposes, hopes or foresees ("vows to impose a 35 percent tax");
- a position relative to another ("three points above the drop zone", "below 50 percent");
- another's figure in the story ("the country's other largest mortgage firm ... a $125m
  fine", "the original title ... sold");
- a claim reported by someone else ("said Labour had left millions of people ...");
- a stake read as its firm's figure ("Virgin Blue, which is 25% owned by ...");
- a sample's size ("a survey of 3,000 people").

``context_doubt`` returns why the figure is held back, or "" when none of these applies.
"""

from __future__ import annotations

import re

from briefing.brief.figure_lines import span_of
from briefing.facts.units import singular as singular_unit
from briefing.lang.en import numbers as nb
from briefing.lang.en.figures import (
    LENGTH_UNITS,
    NAMING_NOUNS,
    PERSON_NOUNS,
    POSITION_WORDS,
    PROPOSAL_CUES,
    RACE_DISTANCES_M,
    RACE_WORDS,
    REPORTING_VERBS,
    SAMPLE_NOUNS,
    STAKE_VERBS,
)
from briefing.models import Figure

_ACTOR_EVIDENCE = ("subject of its verb", "owner of a relative clause")
_CUT_AFTER = re.compile(rf"^-(?:\d|(?:{nb.NUMBER_WORD})\b)", re.I)
_NAME_COMPOUND = re.compile(r"\w-([A-Z][a-z]+)")
_RACE_TEXT = re.compile(r"[\d,]+m")
_CLAUSE_END = re.compile(r"[;:.!?,]|\s[-–—]\s")
# "more than expected", "as forecast": a result compared with the cue, not the cue's figure.
_COMPARED_CUE = re.compile(r"\b(?:than|as)\s+$")
_OTHER_OWNER = re.compile(
    r"(?:\b(?:the|its|their|his|her)|['’]s)\s+(?:other|rival|original|previous|reverse)\b"
    r"|\b(?:in comparison|by comparison|compared (?:with|to)|unlike|whereas)\b", re.I)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_POSITIONS = "|".join(w.replace(" ", r"\s+") for w in POSITION_WORDS)
_POSITION_AFTER = re.compile(rf"^\s+(?:{_POSITIONS})\s+\S")
_THRESHOLD_BEFORE = re.compile(r"\b(?:below|above)\s+$")
_STAKE_AFTER = re.compile(rf"^\s+(?:{'|'.join(sorted(STAKE_VERBS))})\s+by\b")
_SAMPLE_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(SAMPLE_NOUNS))})\s+of\s+$", re.I)
# A relative clause's owner after a preposition or as a predicate noun is not what the clause
# is about: "a rally in Springfield that drew 5,000 people", "the Federation of Independent
# Business, which represents ...", "is a major contractor that receives ..." (tune6 and
# tune: 4 wrong lines of this shape, 1 right, "a spell in Dortmund which has brought two
# titles"). An opening phrase's noun is the clause's: "In the classes, which cost £195"; so
# is a common noun after "of": "two years of repairs that cost 48 million pounds".
_OWNER_INSIDE = re.compile(
    r"[\w,]\s+(?:in|at|on|from|for|with|is\s+an?|was\s+an?|are|were)\s+(?:(?:the|a|an|its|their|his|"
    r"her|new|other)\s+)*(?:[\w'’-]+\s+){0,2}$", re.I)
_OF_BEFORE = re.compile(r"\w\s+of\s+(?:the\s+)?$")
_QUESTION_END = re.compile(r"\?[\"'”’)\]]*\s*$")
# Words of the clause before a figure read for a proposal cue (tune5, tune6: the cues sat
# two to seven words before the figure).
PROPOSAL_WINDOW = 10


def _clause_before(before: str) -> str:
    """The text before the figure back to the last clause break (; : . ! ?)."""
    ends = list(_CLAUSE_END.finditer(before))
    return before[ends[-1].end():] if ends else before


def _has_cue(text: str, cues: frozenset[str]) -> bool:
    low = f" {' '.join(_WORD.findall(text.lower()))} "
    return any(f" {cue} " in low for cue in cues)


def _label_names(label: str) -> bool:
    return any(w[:1].isupper() for w in _WORD.findall(label))


def context_doubt(figure: Figure, sentence: str) -> str:
    """Why the figure's line would mislead, read with its sentence, or ""."""
    span = span_of(figure, sentence)
    if span is None:
        return ""
    before, after = span
    if _QUESTION_END.search(sentence) and not re.search(r"[:\"'“”‘’]", after):
        return "held back: in a question, not a claim"
    if _CUT_AFTER.match(after):
        return "held back: the value is cut (it runs on past a hyphen)"  # "5-foot-3"
    name = _NAME_COMPOUND.search(figure.text)
    if name and not re.fullmatch(f"(?:{nb.NUMBER_WORD})", name.group(1), re.I):
        return "held back: a name with a number in it, not a figure"  # "Four-Kings"
    following = _WORD.match(after.lstrip())
    if _names_a_thing(figure, following.group(0) if following else ""):
        return "held back: the figure names a thing (a rating, a rule, a race), not an amount"
    if figure.kind == "fraction" and figure.label_evidence.startswith("counted noun"):
        return "held back: a share of a group that does not say what the share does"
    clause = _clause_before(before)
    window = " ".join(clause.split()[-PROPOSAL_WINDOW:])
    if _proposed(window) and not _has_cue(figure.label, PROPOSAL_CUES) and not (
        figure.label_evidence.startswith("expectation") or "-" in figure.text
    ):  # a hyphen compound describes a thing there is ("throughout its 12-episode run")
        return "held back: what someone proposes, hopes or foresees, not a result"
    if _POSITION_AFTER.match(after) and singular_unit(figure.unit) not in LENGTH_UNITS:
        return "held back: a position relative to another, not a level"
    if _THRESHOLD_BEFORE.search(before):
        return "held back: a threshold the figure is below or above, not a level"
    if not _label_names(figure.label) and _OTHER_OWNER.search(f"{before} {figure.label}"):
        return "held back: another's figure (other, rival, original): the line says not whose"
    if figure.label_evidence.startswith(_ACTOR_EVIDENCE) and _reported(figure.label, before):
        return "held back: a claim someone reports, not a fact the brief can state"
    lead = before[:max(0, before.rfind(figure.label))]
    if figure.label_evidence.startswith("owner of a relative clause") and (
        _OWNER_INSIDE.search(lead) or (figure.label[:1].isupper() and _OF_BEFORE.search(lead))
    ):
        return "held back: the relative clause's owner is inside another phrase"
    if figure.kind == "percent" and _STAKE_AFTER.match(after):
        return "held back: a stake someone owns, not the firm's figure"
    if figure.kind == "count" and _SAMPLE_BEFORE.search(before):
        return "held back: the size of a survey's sample"
    if figure.kind == "measure" and figure.unit in ("years", "months") and (
        figure.label.lower().split()[-1:] and figure.label.lower().split()[-1] in PERSON_NOUNS
    ):
        return "held back: how long a relation lasted, labelled with the person"  # "wife of 10"
    return ""


def _proposed(window: str) -> bool:
    """Whether a proposal cue in the words before a figure governs it ("vows to impose a"),
    not one it is compared with ("grown more than expected")."""
    low = " ".join(_WORD.findall(window.lower()))
    for cue in PROPOSAL_CUES:
        for found in re.finditer(rf"\b{cue}\b", low):
            if not _COMPARED_CUE.search(low[:found.start()]):
                return True
    return False


def _names_a_thing(figure: Figure, next_word: str = "") -> bool:
    """ "an 18 certificate", "the 107 per cent rule", "the 7 minute mark", "the 1500m final"."""
    head = figure.label.lower().split()[-1:] or [""]
    if singular_unit(figure.unit) in NAMING_NOUNS or head[0] in NAMING_NOUNS:
        return True
    if next_word and next_word.lower() in NAMING_NOUNS:  # "the 107 per cent rule"
        return True
    return bool(figure.kind == "measure" and _RACE_TEXT.fullmatch(figure.text)
                and figure.value in RACE_DISTANCES_M and head[0] in RACE_WORDS)


def _reported(label: str, before: str) -> bool:
    """Whether a verb of saying comes before the label, so the actor's act is someone's
    report: "said Labour had left millions of people trapped"."""
    at = before.find(label)
    if at < 0:
        return False
    words = [w.lower() for w in _WORD.findall(before[:at])][-6:]
    return any(w in REPORTING_VERBS for w in words)
