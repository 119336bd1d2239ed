"""German words the stages need: months (for "am 3. Oktober"), speech verbs, abbreviations."""

from __future__ import annotations

from briefing.lang import alternation

MONTHS = (
    "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
    "Oktober", "November", "Dezember",
)  # fmt: skip
MONTH_ABBREVIATIONS = (
    "Jan", "Feb", "Mär", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Okt", "Nov", "Dez",
)  # fmt: skip
# Any spelling of a month, as a regex alternation.
MONTH_PATTERN = alternation(MONTHS + MONTH_ABBREVIATIONS)

# Speech verbs of an attribution after a quotation ('"..." sagte Scholz.').
SPEECH_VERBS = ("sagte", "sagt", "fragte", "erklärte", "betonte")

# Abbreviations Punkt's German model misses: the month abbreviations ("3. Okt. 2022").
ABBREVIATIONS = frozenset(short.lower() for short in MONTH_ABBREVIATIONS)
# "und so weiter", "und so fort": may end a sentence or not.
OPEN_ENDED_ABBREVIATIONS = frozenset({"usw", "usf"})

# Reading-time lines pages put above an article ("label: N unit"):
# the label, the time units and the words that may follow "N min".
READING_TIME_LABELS = ("Lesezeit", "Lesedauer", "Geschätzte Lesezeit")
READING_TIME_UNITS = ("Min", "Minute", "Minuten")
READING_TIME_TAILS = ("Lesezeit", "lesen")
