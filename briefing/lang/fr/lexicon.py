"""French words the sentence splitter needs."""

from __future__ import annotations

SPEECH_VERBS: tuple[str, ...] = ()
# Abbreviations Punkt's French model misses: titles ("Mme") and month abbreviations.
ABBREVIATIONS = frozenset({"mme", "mmes", "mlle", "mlles", "janv", "févr", "oct", "déc"})
OPEN_ENDED_ABBREVIATIONS: frozenset[str] = frozenset()

# Reading-time lines pages put above an article ("label: N unit"):
# the label, the time units and the words that may follow "N min".
READING_TIME_LABELS = ("Temps de lecture", "Durée de lecture", "Lecture")
READING_TIME_UNITS = ("min", "minute", "minutes")
READING_TIME_TAILS = ("de lecture",)
