"""Italian words the sentence splitter needs."""

from __future__ import annotations

SPEECH_VERBS: tuple[str, ...] = ()
ABBREVIATIONS: frozenset[str] = frozenset()
# "eccetera": may end a sentence or not.
OPEN_ENDED_ABBREVIATIONS = frozenset({"ecc"})
