"""Which words are verbs, for reading a date's clause (``briefing.facts.date_events``,
``briefing.facts.date_subjects``) and a stand-in heading (``briefing.renderers.stand_in``)."""

from __future__ import annotations

from briefing.lang.en.dates import EVENT_VERBS
from briefing.lang.en.figures import (
    AUXILIARIES,
    IRREGULAR_PARTICIPLES,
    IRREGULAR_PASTS,
    NOT_PAST_ED,
    SHORT_PASTS,
)


def is_verb(word: str) -> bool:
    """Whether ``word`` is a verb form the lists know (or a lower-case "-ed" past)."""
    low = word.lower().strip(",.;:")
    if low in AUXILIARIES or low in IRREGULAR_PASTS or low in IRREGULAR_PARTICIPLES:
        return True
    if low in SHORT_PASTS or low in EVENT_VERBS or low.endswith("n't"):
        return True
    return len(low) > 4 and low.endswith("ed") and low not in NOT_PAST_ED and word[0].islower()
