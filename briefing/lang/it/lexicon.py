"""Italian words the sentence splitter needs."""

from __future__ import annotations

SPEECH_VERBS: tuple[str, ...] = ()
ABBREVIATIONS: frozenset[str] = frozenset()
# "eccetera": may end a sentence or not.
OPEN_ENDED_ABBREVIATIONS = frozenset({"ecc"})

# Reading-time lines pages put above an article ("label: N unit"):
# the label, the time units and the words that may follow "N min".
READING_TIME_LABELS = ("Tempo di lettura", "Lettura")
READING_TIME_UNITS = ("min", "minuto", "minuti")
READING_TIME_TAILS = ("di lettura",)
