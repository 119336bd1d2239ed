"""The facts stage skips a pattern in a sentence that cannot hold a match: same results.

Dates and number words are read only from sentences holding a key word or a digit
(``briefing.text.caseless_words``); these tests compare each guarded reader with the
same reader with its guard switched off, on sentences written for the purpose.
"""

from __future__ import annotations

import re
import string
import sys

import pytest

from briefing.facts import dates
from briefing.facts.figures import extract as figure_extract
from briefing.facts.figures import number_words
from briefing.text import caseless_words

SENTENCES = [
    "The board met on Monday and will meet again next week.",
    "Two days ago the ferry left; it returns in three weeks’ time.",
    "Sales rose 4% in March 2024, up from $2.5bn a year earlier.",
    "Earlier this year a third of the staff left, and half the office is empty.",
    "One in five households said several thousand pounds was owed since last month.",
    "Dozens of protesters gathered last night, and hundreds of police stood by.",
    "The Sept. vote and the mid-October count were delayed until later this month.",
    "SEVENTY-TWO SHIPS WAITED ON SUNDAY",
    "Nobody said anything about the plan.",
    "The weekend show on Saturday's schedule drew twenty-one thousand viewers.",
    "sıx ferries and ſeven ſhips sailed on Tuesday, two hundred yesterday",  # dotless i, long s
    "The İSTANBUL office opened 12/03/2022 at 9:30 am, 5 days ago.",
    "A score of 3-1 and a 10-year-old boy; the 1990s; from 2010 to 2015.",
    "Within a decade, or in two years, the tonight show ends this evening.",
]


def test_caseless_words_sees_what_a_case_insensitive_pattern_sees() -> None:
    words = caseless_words("SİX ſeven \u212aELVIN, Tuesday's twenty-one")
    assert {"six", "seven", "kelvin", "tuesday", "s", "twenty", "one"} <= words


@pytest.mark.skipif(sys.maxunicode < 0x10FFFF, reason="narrow build")
def test_every_character_an_re_i_letter_matches_folds_to_that_letter() -> None:
    everything = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    for letter in string.ascii_lowercase:
        for char in set(re.findall(letter, everything, re.I)):
            assert caseless_words(char) == {letter}, (hex(ord(char)), letter)


def test_guarded_dates_match_the_unguarded_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    guarded = [dates.find_in_text(s) for s in SENTENCES]
    monkeypatch.setattr(dates, "_KEY_WORDS", {})
    monkeypatch.setattr(dates, "_NEEDS_DIGIT", frozenset())
    assert [dates.find_in_text(s) for s in SENTENCES] == guarded
    assert sum(map(bool, guarded)) >= 10  # the sentences do hold dates


def test_every_guarded_date_pattern_exists() -> None:
    names = {name for name, _ in dates.PATTERNS}
    assert dates._NEEDS_DIGIT <= names and set(dates._KEY_WORDS) <= names


def test_guarded_number_words_match_the_unguarded_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    guarded = [repr(number_words.word_quantities(s)) for s in SENTENCES]
    figures = [repr(figure_extract.figures_in_sentence(s)) for s in SENTENCES]
    monkeypatch.setattr(number_words, "caseless_words", lambda text: number_words._KEY_WORDS)
    assert [repr(number_words.word_quantities(s)) for s in SENTENCES] == guarded
    assert [repr(figure_extract.figures_in_sentence(s)) for s in SENTENCES] == figures
    assert sum(q != "[]" for q in guarded) >= 8
