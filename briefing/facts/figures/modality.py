"""Whether a figure is a result or someone's expectation of one: it changes what the fact
box may claim about it."""

from __future__ import annotations

import re

from briefing.facts.figures.quantity import Quantity
from briefing.lang.en.figures import (
    CLAUSE_BREAKS,
    COMPARED_WITH_EXPECTATION,
    EXPECTATION_CUES,
    TARGET_CUES,
    TARGET_OBJECT_WORDS,
)
from briefing.models import Figure

_WORD = re.compile(r"[A-Za-z']+|[;:()]")
_COMMA = re.compile(r",\s")
# Words read before a figure for a cue that governs it ("were expecting earnings of
# $2.52 per share on revenue of $27.53 billion": 8 words back).
CUE_WORDS_BEFORE = 9
# Words read after it: "the $27.53 billion analysts had expected".
CUE_WORDS_AFTER = 3
# A label that says only "expected" once the expecter is taken off says when, not what:
# below the brief's showing threshold (LABEL_SHOW_AT 0.75), kept in the JSON.
EXPECTED_ONLY_CONFIDENCE = 0.5


def may_hold_cue(text: str) -> bool:
    """False when no cue word is anywhere in ``text``: ``expectation_cue`` would find none for
    any of its figures (a cue word, lower-cased, is part of the lower-cased text)."""
    low = text.lower()
    return any(cue in low for cue in EXPECTATION_CUES)


def expectation_cue(text: str, q: Quantity) -> str:
    """The cue word that makes the figure at ``q`` an expectation, or "". A cue after it
    is written with a leading "after:" ("the $3bn analysts had forecast")."""
    before = _WORD.findall(text[max(0, q.start - 120) : q.start])[-CUE_WORDS_BEFORE:]
    for position in range(len(before) - 1, -1, -1):
        word = before[position].lower()
        if word in CLAUSE_BREAKS or word in ";:()":
            break
        if word in TARGET_CUES and any(w.lower() in TARGET_OBJECT_WORDS for w in before[position:]):
            continue  # "aims to offer the 6,000-strong community": no target figure
        if word in EXPECTATION_CUES:
            if _passive_closed(before, position):
                break  # "has been widely expected and the firm will pay $76"
            previous = before[position - 1].lower() if position else ""
            return "" if previous in COMPARED_WITH_EXPECTATION else word
    # A comma closes the figure's phrase: "The pilot, included in the five-year plan, aims to
    # return ...": the cue is the verb of the clause around it (session 9 review, BBC politics).
    after = _WORD.findall(_COMMA.split(text[q.end : q.end + 60], 1)[0])[:CUE_WORDS_AFTER]
    for position, word in enumerate(after):
        low = word.lower()
        if low in EXPECTATION_CUES:
            previous = after[position - 1].lower() if position else ""
            return "" if previous in COMPARED_WITH_EXPECTATION else f"after:{low}"
        if low in CLAUSE_BREAKS or low in ";:()":
            break
    return ""


_BE_FORMS = frozenset("is are was were be been being".split())


def _passive_closed(words: list[str], position: int) -> bool:
    """ "The move has been widely expected and ...": a passive cue with "and" after it is a
    finished clause (shown-figure grading, tune7), not the cue of a figure further on."""
    following = words[position + 1].lower() if position + 1 < len(words) else ""
    back = [w.lower() for w in words[max(0, position - 2):position]]
    return following == "and" and any(w in _BE_FORMS for w in back)


def mark_expectation(figure: Figure, cue: str, text: str, q: Quantity) -> None:
    """Say in the label that the figure was expected, so it never reads as the result.
    With the cue after the figure, a label from the words between is whoever expected
    it ("the $3bn analysts had forecast"), not what was expected: it is dropped."""
    if any(word in EXPECTATION_CUES for word in figure.label.lower().split()):
        return  # "market expectation", "profit forecast": the label says it already
    word = cue.removeprefix("after:")
    between = text[q.end : q.end + 60].lower().split(word, 1)[0]
    if cue.startswith("after:") and figure.label and figure.label.lower() in between:
        if not _reduced_relative(figure, between, text[q.end + len(between) + len(word) :]):
            figure.label = ""  # "the $3bn analysts expected": who expected, not what
            figure.label_confidence = min(figure.label_confidence or 0.0, EXPECTED_ONLY_CONFIDENCE)
    elif figure.label and _expecter(figure, word, text[: q.start]):
        figure.label = ""  # "Analysts were expecting $2.52 a share": who expected, not what
        figure.label_confidence = min(figure.label_confidence or 0.0, EXPECTED_ONLY_CONFIDENCE)
    figure.label = f"expected {figure.label}" if figure.label else "expected"
    note = f"expectation ({word})"
    figure.label_evidence = f"{note}: {figure.label_evidence}" if figure.label_evidence else note



# After a participle cue, words that go on a reduced relative clause ("growth expected by
# June", "sales forecast for next year"), not a sentence's end ("the $3bn analysts expected.").
_RELATIVE_GOES_ON = re.compile(r"\s+(?:by|for|in|at|to|next|this|over|from|on)\b", re.I)


def _reduced_relative(figure: Figure, between: str, after: str) -> bool:
    """'the 7% GDP growth expected by June': the noun the figure modifies, then the cue;
    the label is what was expected, not who expected it."""
    if not figure.label_evidence.startswith(("modified noun", "compound")):
        return False
    return between.strip() == figure.label.lower() and bool(_RELATIVE_GOES_ON.match(after))


# Cue words that are only verbs (not "forecasts", "estimates": nouns as often).
_CUE_VERBS = frozenset(
    "expect expects expected expecting forecast forecasted forecasting predict predicts "
    "predicted predicting projected projecting anticipated anticipating estimated "
    "estimating".split()
)
_SUBJECT_RULES = ("subject of its verb", "clause subject", "sentence subject")


def _expecter(figure: Figure, cue: str, before: str) -> bool:
    """True when the label is the subject of the cue verb before the figure."""
    if not figure.label_evidence.startswith(_SUBJECT_RULES):
        return False
    at = before.rfind(figure.label)
    words = before[at + len(figure.label) :].lower().split() if at >= 0 else []
    if cue not in words or cue not in _CUE_VERBS:
        return False  # "Apple lowered its guidance to $84bn": a noun cue, Apple is no expecter
    previous = words[words.index(cue) - 1] if words.index(cue) else ""
    if cue.endswith("ed") or cue == "forecast":
        # "prices are expected to rise 5%": the subject is what is expected;
        # "analysts had expected $3bn": who expected it
        return previous in ("had", "has", "have")
    return True  # "Analysts were expecting $2.52", "FactSet estimates 64,900"
