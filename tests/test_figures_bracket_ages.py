"""An age in brackets after a person's name ("Tom Ellery (34) was ..."), and the bracketed
numbers that are no age. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from briefing.facts.figures import figures_in_sentence


@pytest.mark.parametrize(
    ("sentence", "age", "label"),
    [
        ("Nadia Perrin (34) was named head teacher on Monday.", 34, "age of Nadia Perrin"),
        ("Mother-of-two Jo Akers (41), from Hull, thanked the crew.", 41, "age of Jo Akers"),
        ("Mr Brannigan (67) denies the charge.", 67, "age of Mr Brannigan"),
        ("Corin Vale (19) scored twice for the youth side.", 19, "age of Corin Vale"),
    ],
)
def test_an_age_in_brackets_after_a_name(sentence, age, label):
    found = figures_in_sentence(sentence)
    assert [(f.value, f.unit, f.kind) for f in found] == [(age, "years", "age")]
    assert found[0].label == label


def test_two_people_with_their_ages_in_brackets():
    found = figures_in_sentence("Ada Lund (29) and Piet Maas (31) were married in June.")
    assert [(f.value, f.label) for f in found] == [
        (29, "age of Ada Lund"),
        (31, "age of Piet Maas"),
    ]


def test_the_comma_form_still_reads():
    found = figures_in_sentence("Lund, 29, was married in June.")
    assert [(f.value, f.kind, f.label) for f in found] == [(29, "age", "age of Lund")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Redvale United (3) were beaten at home.",  # a club
        "Porto Alegre (2) beat Lisbon (1) on Sunday.",  # a result
        "Scorers: Dean Hollis (34), Sam Orr (67).",  # scorers and their minutes
        "Hollis (9), Orr (7) and Dean Pike (20) started.",  # a line-up
        "Midland Ltd (12) filed its accounts.",  # a company
        "Running back Dean Hollis (23) ran in a touchdown in the playoff.",  # a shirt number
        "The report (12) was late.",  # no name
    ],
)
def test_bracketed_numbers_that_are_no_age(sentence):
    assert not any(f.kind == "age" for f in figures_in_sentence(sentence))


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("But Lund, 29, did not train on Friday.", "age of Lund"),
        ("But Mr. Lund, 29, did not train on Friday.", "age of Mr. Lund"),
    ],
)
def test_a_conjunction_opening_the_sentence_is_no_part_of_the_name(sentence, label):
    assert [f.label for f in figures_in_sentence(sentence)] == [label]
