"""Clauses around a quote's cue that change whose cue it is.

"X added it was hard to answer when people asked "..."": a clause with a subject and cue
verb of its own ends the earlier cue's tail, so that cue no longer governs the quote.
'"...," Andrei Illarionov - then adviser to President Putin - told reporters': an aside
between spaced dashes stands between the subject and its verb, and the name inside it is
no speaker. 'Asked if this was a "strategy" Lord Rennard said': the question clause
before the name needs no comma.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.facts.source_words import after_question
from briefing.lang.en import speech as words

if TYPE_CHECKING:
    from briefing.facts.entities import EntityIndex

_TAIL_CUE = re.compile(
    rf"\b(?:when|as|after|before|while|until|because|if)\s+(?:[\w'’\-]+\s+){{1,3}}?"
    rf"(?:{words.CUE_VERBS_PATTERN})\s*[,:]?\s*$"
)
_DASHED_ASIDE = re.compile(r"\s[-–—]\s[^\"“”\-–—]{1,120}?\s[-–—]\s*$")


def cue_ends_tail(tail: str) -> bool:
    """Does a clause with its own subject and cue verb end a cue's tail ("... when people
    asked", "... as one fan shouted")?"""
    return bool(_TAIL_CUE.search(tail))


def without_dashed_aside(source: str) -> str:
    """A cue's subject with the dashed aside before its verb removed."""
    return _DASHED_ASIDE.sub("", source)


def asked_person(source: str, index: EntityIndex) -> str:
    """ 'Asked if this was their "decapitation strategy" Lord Rennard (said)': the person
    the article knows who ends a question clause put to them; "" otherwise."""
    name = after_question(source)
    return name if name and index.resolve_person(name) else ""
