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
    "The fair moved from Oct. 3, '21 to 4 November 2022, then to Dec 5 and early-July 2023.",
    "On 2 and 3 Sept. the SEPTEMBER vote, and March 9 to 11, 2020 since May of 2019.",
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


def _every_key_word() -> frozenset[str]:
    """Every key word the figure guards test for: a text "holding" them all passes each."""
    keys = [v for k, v in vars(number_words).items() if k.endswith(("_KEYS", "_KEY_WORDS"))]
    masks = [mask.words for mask in figure_extract.MASKS]
    return frozenset().union(*keys, *masks)


def test_guarded_number_words_match_the_unguarded_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    guarded = [repr(number_words.word_quantities(s)) for s in SENTENCES]
    figures = [repr(figure_extract.figures_in_sentence(s)) for s in SENTENCES]
    everything = _every_key_word()
    monkeypatch.setattr(number_words, "caseless_words", lambda text: everything)
    monkeypatch.setattr(figure_extract, "caseless_words", lambda text: everything)
    assert [repr(number_words.word_quantities(s)) for s in SENTENCES] == guarded
    assert [repr(figure_extract.figures_in_sentence(s)) for s in SENTENCES] == figures
    assert sum(q != "[]" for q in guarded) >= 8


MASKED = [
    "The 2024-03-12T10:30Z release, at 9.30 a.m. or 10pm, ran 01:22; 1200 GMT on 12/03/2022.",
    "Call +44 20 7946 0958, (020) 7946 0958, 555-123-4567 or 020 7946 0958 by three weeks ago.",
    "Phone: 0800 123 4567. He lives at 10 Downing Street and 221B Baker St., 5 Ave Foch.",
    "ZIP code 90210 and 10001 zip; two days ago, a couple of years ago, 5 months ago.",
    "On June 24 and 25, from 24 to 26 June, and 3rd of May, 2021, the No. (4) shirt; A350-900.",
    "sales rose 4% in mid-March, tel. 0123 456 789, a 737-800 and 10 rue Cler",
    "Analysts had EXPECTED $2.5bn; the 30 F-35 jets, a TA-35 index, sub-3 hours, mid-2020.",
    "Revenue of $27.53 billion beat forecasts; the firm's guidance was $3bn, up to–5 and x-4.",
    "Six people, 12 dogs and 3 cats; 100 - 200 of them; 2 in 10 voters said so.",
]


def test_guarded_masks_match_the_unguarded_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = SENTENCES + MASKED
    guarded = [figure_extract._mask_spans(s, caseless_words(s)) for s in texts]
    figures = [repr(figure_extract.figures_in_sentence(s)) for s in texts]
    assert sum(bool(mask.words or mask.chars) for mask in figure_extract.MASKS) >= 10
    unguarded = [mask._replace(words=frozenset(), chars="") for mask in figure_extract.MASKS]
    monkeypatch.setattr(figure_extract, "MASKS", unguarded)
    assert [figure_extract._mask_spans(s, caseless_words(s)) for s in texts] == guarded
    assert [repr(figure_extract.figures_in_sentence(s)) for s in texts] == figures
    assert sum(map(len, guarded[len(SENTENCES) :])) >= 20  # the sentences do hold masks


def test_the_expectation_guard_changes_no_figure(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = SENTENCES + MASKED
    figures = [repr(figure_extract.figures_in_sentence(s)) for s in texts]
    assert any("expect" in figure for figure in figures)  # a cue is read where there is one
    monkeypatch.setattr(figure_extract, "may_hold_cue", lambda text: True)
    assert [repr(figure_extract.figures_in_sentence(s)) for s in texts] == figures


@pytest.mark.parametrize("dash", ["-", "–"])
def test_digits_glued_to_a_name_by_either_dash_are_no_figure(dash: str) -> None:
    # the hyphen test before the name search (digits._read_prefix_context) knows both dashes
    figures = figure_extract.figures_in_sentence(f"The Stoxx{dash}600 index rose 2% on Monday.")
    assert [figure.text for figure in figures] == ["2%"]
