"""Russian words the sentence splitter needs."""

from __future__ import annotations

# Speech verbs of an attribution after a quotation.
SPEECH_VERBS = ("сказал", "заявил")
ABBREVIATIONS: frozenset[str] = frozenset()
OPEN_ENDED_ABBREVIATIONS: frozenset[str] = frozenset()

# Reading-time lines pages put above an article ("label: N unit"):
# the label, the time units and the words that may follow "N min".
READING_TIME_LABELS = ("Время чтения", "Время на чтение")
READING_TIME_UNITS = ("мин", "минута", "минуты", "минут")
READING_TIME_TAILS = ("чтения", "на чтение")
