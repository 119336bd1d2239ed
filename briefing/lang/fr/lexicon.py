"""French words the sentence splitter needs."""

from __future__ import annotations

SPEECH_VERBS: tuple[str, ...] = ()
# Abbreviations Punkt's French model misses: titles ("Mme") and month abbreviations.
ABBREVIATIONS = frozenset({"mme", "mmes", "mlle", "mlles", "janv", "févr", "oct", "déc"})
OPEN_ENDED_ABBREVIATIONS: frozenset[str] = frozenset()
