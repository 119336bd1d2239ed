"""Portuguese words the sentence splitter needs."""

from __future__ import annotations

# Speech verbs of an attribution after a quotation.
SPEECH_VERBS = ("disse",)
ABBREVIATIONS: frozenset[str] = frozenset()
OPEN_ENDED_ABBREVIATIONS: frozenset[str] = frozenset()

# Reading-time lines pages put above an article ("Tempo de leitura: 1 minuto"):
# the label, the time units and the words that may follow "N min".
READING_TIME_LABELS = ("Tempo de leitura", "Leitura")
READING_TIME_UNITS = ("min", "minuto", "minutos")
READING_TIME_TAILS = ("de leitura",)
