"""Reading numbers: digit strings, magnitude words and English number words.

Everything here is pure string work with tables, so it is fast and explainable.
The ``figures`` package decides *where* a number is; this module decides *what* it is worth.
"""

from __future__ import annotations

import re

SMALL_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip

MAGNITUDES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "lakh": 1e5, "crore": 1e7,
}  # fmt: skip

# Abbreviated magnitudes written after digits: "$5bn", "1.2m", "25k", "3tn".
SHORT_MAGNITUDES = {
    "k": 1e3, "mn": 1e6, "mln": 1e6, "mil": 1e6, "m": 1e6, "bn": 1e9, "b": 1e9,
    "tn": 1e12, "trn": 1e12, "tr": 1e12,
}  # fmt: skip

# Denominators of spoken fractions: "a third", "two-thirds", "one fourth".
FRACTION_WORDS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10,
}  # fmt: skip

# "dozens of", "thousands of": an order of magnitude, read as [n, 10n].
VAGUE_PLURALS = {
    "dozens": 12, "scores": 20, "hundreds": 1e2, "thousands": 1e3, "millions": 1e6,
    "billions": 1e9, "trillions": 1e12,
}  # fmt: skip

# "several thousand", "a few hundred": vague multiples, read as a range of multiples.
VAGUE_COUNTS = {"several": (3, 9), "a few": (2, 5), "a couple of": (2, 2), "a couple": (2, 2)}

NUMBER_WORD = "|".join(sorted(SMALL_NUMBERS, key=len, reverse=True))
MAGNITUDE_WORD = "|".join(MAGNITUDES)

_SEPARATORS = re.compile(r"[,\u00a0\u202f\u2009 _']")


def parse_digits(text: str) -> float:
    """'60,000' -> 60000.0, '1 200' -> 1200.0, '.5' -> 0.5, '−3' -> -3.0."""
    cleaned = _SEPARATORS.sub("", text).replace("−", "-").replace("–", "-")
    return float(cleaned)


def words_value(words: list[str]) -> float | None:
    """Value of a run of number words ('twenty-eight thousand six hundred'), or None.

    ``words`` are lower-case and already split on spaces and hyphens; "and" and
    a leading "a"/"an" ("a hundred", "a dozen") are allowed.
    """
    total = 0.0
    current = 0.0
    seen = False
    for index, word in enumerate(words):
        if word in ("a", "an") and index == 0:
            current, seen = 1.0, True
        elif word == "and" and seen:
            continue
        elif word in SMALL_NUMBERS:
            current += SMALL_NUMBERS[word]
            seen = True
        elif word == "dozen":
            current = (current or 1) * 12
            seen = True
        elif word == "hundred":
            current = (current or 1) * 100
            seen = True
        elif word in MAGNITUDES:
            total += (current or 1) * MAGNITUDES[word]
            current = 0.0
            seen = True
        else:
            return None
    return total + current if seen else None


def scale(value: float, magnitude: str | None) -> float:
    """Apply a magnitude word or abbreviation ('million', 'bn', 'k') to a value."""
    if not magnitude:
        return value
    key = magnitude.lower().rstrip(".")
    for part in key.split():
        if part in MAGNITUDES:
            value *= MAGNITUDES[part]
        elif part in SHORT_MAGNITUDES:
            value *= SHORT_MAGNITUDES[part]
    return value


def tidy(value: float) -> float:
    """Round away float noise from scaling (1.2 * 1e6 -> 1200000.0 exactly)."""
    if value == 0:
        return 0.0
    return float(f"{value:.12g}")
