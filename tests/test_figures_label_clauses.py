"""Labels read in the clause the figure stands in, not the sentence's first clause. The
sentences are written for these tests."""

from __future__ import annotations

from briefing.facts.figures import figures_in_sentence


def _label(text: str, value: float) -> str:
    return next(f for f in figures_in_sentence(text) if f.value == value).label


def test_as_and_a_named_subject_open_a_clause_of_its_own():
    assert _label("The gap widened last year as the trade deficit grew by $40 billion.", 4e10) == (
        "trade deficit"
    )
    assert _label("The bakery closed as the owners retired after 30 years.", 30) == "owners"


def test_as_in_a_comparison_or_before_a_pronoun_opens_no_clause():
    assert _label("Exports were twice as big as the deficit of $40 billion.", 4e10) == "deficit"
    # "as he": no named subject; the label is not taken from inside the as-phrase
    assert _label("The firm grew 5% as he joined.", 5) == "firm"
