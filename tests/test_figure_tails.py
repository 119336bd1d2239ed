"""The end-anchored figure patterns skip the scan only where it could not match: same matches.

``TailPattern.search`` answers "no match" without scanning when the window's end holds none
of the pattern's last words; these tests compare it with the plain ``re`` scan on every
prefix of sentences written for the purpose and on every listed cue word in several cases.
"""

from __future__ import annotations

import re

import pytest

from briefing.facts.figures import patterns
from briefing.facts.figures.tail_pattern import TailPattern, last_literal

TAILS = {name: value for name, value in vars(patterns).items() if isinstance(value, TailPattern)}

SENTENCES = [
    "Shares rose by about 4% on Monday, and the index fell more than 120 points.",
    "Profit was up nearly $3bn, a rise of just over 7%, while costs dropped by an estimated 2m.",
    "Some 40 people, at least 12 of them children, and no fewer than 300 police were there.",
    "Prices are expected to climb by another 5 cents, to approx. 1.20 euros, or c. 1.10 pounds.",
    "It set up 12 stalls; they gave up 517 yards and picked up   3 wins.",
    "Under 18s pay less than £5, up to 10 per cent off, sub-3 hours, ~7 km, ≈ 9 kg, > 5, ≤ 4.",
    "SALES ROSE BY ABOUT 4% AND FELL BY SOME 2%, WELL OVER 9 AND AS MANY AS 30.",
    "Sales roſe by about 4%, ſome 30 people, İNCREASED by 5, rıse of 2",  # long s, dotted I
    "The Kelvin sign \u212a and a tab\tbefore 5, a no-break\u00a0space before 6,\nand a line 7",
    "Lows of minus 5C, minus-3 and MINUS 7, a minus\n4 reading and minus  2 (two spaces).",
]


def _cue_phrases() -> list[str]:
    """Every listed change word and qualifier as written ('more than', 'approx.')."""
    found = []
    for name, value in vars(patterns).items():
        if name.endswith("_WORDS") and isinstance(value, str) and "|" in value:
            words = value.split("|")
            found += [re.sub(r"\\s[+*]", " ", word).replace("\\.", ".") for word in words]
    return found


def _windows() -> list[str]:
    windows = [text[:end] for text in SENTENCES for end in range(len(text) + 1)]
    for phrase in _cue_phrases() + ["~", "≈", ">", "≥", "<", "≤", "minus", "minus-"]:
        for written in (phrase, phrase.upper(), phrase.title(), f"x{phrase}", f"({phrase}"):
            for before in ("", "Sales ", "Sales rose by ", "shares fell "):
                windows += [before + written + after for after in ("", " ", "  \n", " x")]
    return windows


@pytest.mark.parametrize("name", sorted(TAILS))
def test_tail_pattern_search_matches_the_plain_scan(name: str) -> None:
    tail = TAILS[name]
    windows = _windows()
    spans = [(m.span() if (m := tail.search(w)) else None) for w in windows]
    assert spans == [(m.span() if (m := tail.regex.search(w)) else None) for w in windows]
    assert sum(span is not None for span in spans) >= 20  # the windows do hold matches


@pytest.mark.parametrize("name", sorted(TAILS))
def test_tail_pattern_search_with_positions_matches_the_plain_scan(name: str) -> None:
    tail = TAILS[name]
    for text in SENTENCES:
        for end in range(0, len(text) + 1, 3):
            for start in (0, max(0, end - 20), end):
                found, plain = tail.search(text, start, end), tail.regex.search(text, start, end)
                assert (found and found.span()) == (plain and plain.span()), (text, start, end)


def test_a_tail_pattern_knows_every_last_word() -> None:
    assert set(TAILS) >= {"UP_BEFORE", "DOWN_BEFORE", "APPROX_BEFORE", "MORE_BEFORE"}
    assert "than" in TAILS["MORE_BEFORE"].endings and "approx." in TAILS["APPROX_BEFORE"].endings
    assert not TAILS["UP_BEFORE"].could_end("The firm reported a profit of $5m in ")
    assert TAILS["UP_BEFORE"].could_end("Sales ROSE\n")


def test_last_literal_refuses_a_pattern_it_cannot_read() -> None:
    assert last_literal(r"no\s+more\s+than") == "than"
    assert last_literal(r"Approx\.") == "approx."
    for alternative in (r"(?:up|down)", r"rises?", r"edged\s+"):
        with pytest.raises(ValueError):
            last_literal(alternative)
