"""Spanish words the sentence splitter needs."""

from __future__ import annotations

# Speech verbs of an attribution after a quotation ('"...", dijo el ministro.').
SPEECH_VERBS = ("dijo", "afirmó")
# "EE. UU." (Estados Unidos): Punkt's Spanish model would end a sentence there.
ABBREVIATIONS = frozenset({"ee"})
OPEN_ENDED_ABBREVIATIONS: frozenset[str] = frozenset()

# Reading-time lines pages put above an article ("label: N unit"):
# the label, the time units and the words that may follow "N min".
READING_TIME_LABELS = ("Tiempo de lectura", "Lectura")
READING_TIME_UNITS = ("min", "minuto", "minutos")
READING_TIME_TAILS = ("de lectura",)
