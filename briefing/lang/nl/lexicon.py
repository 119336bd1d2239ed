"""Dutch words the sentence splitter needs."""

from __future__ import annotations

# Speech verbs of an attribution after a quotation.
SPEECH_VERBS = ("zei",)
ABBREVIATIONS: frozenset[str] = frozenset()
# "enzovoort": may end a sentence or not.
OPEN_ENDED_ABBREVIATIONS = frozenset({"enz"})

# Reading-time lines pages put above an article ("label: N unit"):
# the label, the time units and the words that may follow "N min".
READING_TIME_LABELS = ("Leestijd", "Leesduur")
READING_TIME_UNITS = ("min", "minuut", "minuten")
READING_TIME_TAILS = ("leestijd", "lezen")
