"""What a number counts: the head noun after a name, never an adverb, never a race's field."""

from __future__ import annotations

import pytest

from briefing.facts.figures import extract_figures


def figures(sentence: str) -> list[tuple[str, float, str]]:
    return [(f.text, f.value, f.kind) for f in extract_figures(sentence)]


@pytest.mark.parametrize("sentence, text", [
    ("Two United States service members died when the truck overturned on Friday.",
     "Two United States service members"),
    ("The band played three Rolling Stones covers before the interval.",
     "three Rolling Stones covers"),
    ("The bank will cut 700 Lloyds branch jobs next year.", "700 Lloyds branch jobs"),
])
def test_a_capitalised_plural_inside_a_name_is_not_what_is_counted(sentence, text):
    assert text in [t for t, _, _ in figures(sentence)]


def test_two_things_joined_by_and_keep_the_first_as_the_count():
    texts = [t for t, _, _ in figures("Police seized 400 fake DVDs and forged labels.")]
    assert "400 fake DVDs" in texts


def test_an_adverb_is_no_counted_noun():
    found = figures("Of the 900 people polled, 412 afterwards said they had changed their minds.")
    assert ("412", 412.0, "") in found


@pytest.mark.parametrize("sentence, value", [
    ("She beat the country's best three 800m runners in the heats.", 800.0),
    ("He remains one of the fastest 400m hurdlers in the league.", 400.0),
])
def test_a_distance_before_its_athletes_is_a_race_not_millions(sentence, value):
    found = [(v, kind) for _, v, kind in figures(sentence)]
    assert (value, "score") in found
    assert not any(v >= 1e6 for v, _ in found)


def test_a_capitalised_number_word_after_a_count_starts_a_name():
    found = figures("Wales have won their opening two Six Nations matches this spring.")
    assert [v for _, v, _ in found] == [2.0]


@pytest.mark.parametrize("sentence, kept", [
    ("The striker shot wide from inside the six-yard box.", False),
    ("He was brought down on the 22-metre line.", False),
    ("The running back made a six-yard gain on third down.", True),
    ("The fence runs along a 200-metre line of oak trees.", True),
])
def test_a_distance_naming_a_pitch_mark_is_no_measure(sentence, kept):
    assert bool(figures(sentence)) is kept
