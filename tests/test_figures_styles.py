"""Figures on phrases and on the quantity styles of other test sets (sentences of our own).

Each style (ages, currencies, dimensions, temperatures) has phrases written for this
project in benchmarks/figure_styles.py (a tune and a check half); the value F1 over them is
checked here against a floor, so a rule that breaks a whole style fails loudly.
"""

from __future__ import annotations

from datetime import date

import pytest

from briefing.brief.factbox import select_figures
from briefing.facts import extract_figures
from briefing.facts.dates import find_in_text
from briefing.facts.figures import figures_in_sentence


def _style_sets():
    """The tune and check phrase sets of benchmarks/figure_styles.py (phrases of our own)."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "benchmarks" / "figure_styles.py"
    spec = importlib.util.spec_from_file_location("figure_styles", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


STYLES = _style_sets()


@pytest.mark.parametrize("half", ["TUNE", "CHECK"])
@pytest.mark.parametrize("style", ["ages", "currencies", "dimensions", "temperatures"])
def test_each_style_reads_values_and_canonical_units(style, half):
    value, with_unit = STYLES.scores(getattr(STYLES, half)[style])
    # 94, not 95: the wider sets keep misses on purpose (ages of a class, "16- and
    # 17-year-olds"; ages in brackets, read like a team sheet's numbers): ages 94.5 / 94.7.
    assert value >= 94.0
    assert with_unit >= 92.0


@pytest.mark.parametrize("phrase", ["$20", "6 deg c", "75ml", "a 352 μm pixel pitch.", "5%"])
def test_a_phrase_is_read_whatever_the_language_hint(phrase):
    for hint in (None, "en", "gl", "pcm", "xx"):
        assert len(extract_figures(phrase, hint)) == 1


def test_unit_text_keeps_the_surface_and_unit_is_canonical():
    money = figures_in_sentence("They paid 50 dollars.")[0]
    assert (money.unit, money.unit_text, money.kind) == ("USD", "dollars", "currency")
    count = figures_in_sentence("Rescuers freed 14 miners.")[0]
    assert (count.unit, count.unit_text, count.kind) == ("miner", "miners", "count")


def test_sports_figures_are_scores_kept_out_of_the_box():
    found = figures_in_sentence("Garcia carded a 67 Garcia after the third round.")
    assert [(f.value, f.kind, f.unit) for f in found] == [(67, "score", "")]
    lead = figures_in_sentence("After the second round she was 5 strokes ahead.")
    assert [(f.value, f.kind) for f in lead] == [(5, "score")]
    total = figures_in_sentence("He sits at three-under 141 after two rounds.")
    assert [f.change for f in total if f.value == 141] == ["="]
    assert figures_in_sentence("She bogeyed the par-five ninth hole.") == []
    scores = found + lead + [f for f in total if f.value == 141]
    assert select_figures(scores, {0}, limit=5) == []


def test_a_year_before_a_period_noun_is_not_a_quantity():
    found = figures_in_sentence("Its 2016 results beat 2015 earnings by 8%.")
    assert [(f.value, f.unit) for f in found] == [(8, "%")]


def test_vague_amount_keeps_its_words_and_a_sensible_label():
    found = figures_in_sentence(
        "The navy sent 4 patrol boats, totalling several hundred sailors, to the strait."
    )
    vague = found[-1]
    assert vague.approximate == "several hundred"
    assert vague.text == "several hundred sailors"
    assert vague.label == "patrol boats"


@pytest.mark.parametrize(
    "sentence",
    ["However the cost rose 12%.", "I've seen 40 percent gains.", "In March, 5% of staff left."],
)
def test_stray_words_are_never_labels(sentence):
    label = figures_in_sentence(sentence)[0].label
    assert label.split()[:1] not in (["However"], ["I've"], ["March"], ["In"])


def test_money_outranks_incidental_counts_outside_the_summary():
    sentences = [
        "Two directors joined the board in spring.",
        "The retailer opened 3 stores and hired 40 staff.",
        "Pre-tax profit rose to £15.4m.",
    ]
    figures = [f for i, s in enumerate(sentences) for f in figures_in_sentence(s, i)]
    chosen = select_figures(figures, preferred_sentences=set(), limit=2)
    assert chosen[0].unit == "GBP"
    assert "money" in chosen[0].reason


PUBLISHED = date(2024, 11, 19)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The panel will review the rules in April.", "2025-04"),
        ("The panel reviewed the rules in April.", "2024-04"),
        ("Exports slumped last April.", "2024-04"),
        ("Exports slumped last December.", "2023-12"),
        ("The plant reopens next month.", "2024-12"),
        ("Voting is due to close on March 3.", "2025-03-03"),
        ("Voting closed on March 3.", "2024-03-03"),
    ],
)
def test_dates_follow_tense_and_direction(sentence, value):
    found = find_in_text(sentence, PUBLISHED)
    assert [d.value for d in found] == [value]
    assert found[0].text in sentence


@pytest.mark.parametrize(
    ("sentence", "text", "label"),
    [
        ("The fund holds $8.2 million of bonds.", "$8.2 million", "bonds"),
        ("About 45% of the nurses backed the deal.", "About 45%", "nurses"),
        ("Harlow Mills, down 12p at 340p, led the fallers.", "12p", "Harlow Mills"),
        ("The index rose 1% to close at 2,310 points.", "2,310 points", "index"),
        ("Pellworth, which employs 900 people, is hiring.", "900 people", "Pellworth"),
        ("Her net worth of $40m grew.", "$40m", "net worth"),
        ("The shares trade on 9 times earnings.", "9 times", "earnings"),
        ("Top scorers: LW Ana Ruiz (14 goals), CF Bo Tam (11 goals).", "14 goals", "LW Ana Ruiz"),
        ("Risers included Quenby Foods, up 14p at 402p.", "402p", "Quenby Foods"),
        ("Add 20ml of 5% vinegar solution.", "5%", "vinegar solution"),
    ],
)
def test_labels_follow_the_phrase_shape(sentence, text, label):
    found = {f.text: f.label for f in figures_in_sentence(sentence)}
    assert found[text] == label


@pytest.mark.parametrize("sentence", [
    "She reached the 1500m final in Oslo.",
    "He took the 60m title on Sunday.",
    "Ferro won the 400m in 46.45 seconds.",
])
def test_a_distance_that_names_a_race_is_no_measure(sentence):
    from briefing.facts.figures import figures_in_sentence

    distances = [f for f in figures_in_sentence(sentence) if f.unit in ("m", "km")]
    assert distances and all(f.kind == "score" for f in distances)


def test_a_length_stays_a_measure():
    from briefing.facts.figures import figures_in_sentence

    found = figures_in_sentence("The new harbour wall is 400m long.")
    assert [f.kind for f in found] == ["measure"]


@pytest.mark.parametrize("phrase, expected", [
    ("$20", [(20, "USD")]),
    ("6 deg c", [(6, "°C")]),
    ("75ml", [(75, "ml")]),
    ("a boy aged 9", [(9, "years")]),
])
def test_the_public_api_reads_a_phrase_too_short_to_be_an_article(phrase, expected):
    import briefing

    assert [(f.value, f.unit) for f in briefing.extract_figures(phrase)] == expected
    assert [(f.value, f.unit) for f in briefing.extract_facts(phrase).figures] == expected


def test_a_brief_still_refuses_a_phrase():
    import briefing
    from briefing.errors import InputError

    with pytest.raises(InputError):
        briefing.make_brief("$20")


@pytest.mark.parametrize("sentence, expected", [
    ("She retired at the age of 61.", (61, "years")),
    ("Her nephew, now 17, plays in goal.", (17, "years")),
    ("A season ticket costs 400 pounds.", (400, "GBP")),
    ("Entry at 12 pounds sold out.", (12, "GBP")),
    ("The parcel weighs 12 pounds.", (12, "lb")),
    ("a 400 g tin of beans", (400, "g")),
])
def test_ages_prices_and_spaced_grams(sentence, expected):
    assert [(f.value, f.unit) for f in figures_in_sentence(sentence)][:1] == [expected]


@pytest.mark.parametrize("sentence, value, high", [
    ("A man in his 50s was arrested at the harbour.", 50, 59),
    ("The skipper, a woman in her late 30s, was unhurt.", 30, 39),
])
def test_a_decade_of_life_is_an_age_range(sentence, value, high):
    ages = [f for f in figures_in_sentence(sentence) if f.kind == "age"]
    assert [(f.value, f.high, f.unit) for f in ages] == [(value, high, "years")]


def test_a_decade_of_history_is_no_age():
    assert figures_in_sentence("The harbour boomed in the 1950s and the 80s.") == []


@pytest.mark.parametrize("phrase, expected", [
    ("a 41yo driver", [(41, "years")]),
    ("The new signing is 5'10\" tall.", [(5, "ft"), (10, "in")]),
    ("the 6-foot-4 lock", [(6, "ft"), (4, "in")]),
    ("He stands 6 feet 1 in his socks.", [(6, "ft"), (1, "in")]),
    ("a 3,200-square-foot warehouse", [(3200, "sq ft")]),
    ("It was 7 degrees below zero at dawn.", [(-7, "degrees")]),
    ("Her father turned 80 in May.", [(80, "years")]),
    ("a loan of Rs. 3 lakh for the shop", [(300000, "INR")]),
])
def test_heights_ages_areas_and_frost_in_the_forms_texts_use(phrase, expected):
    assert [(f.value, f.unit) for f in extract_figures(phrase)] == expected


@pytest.mark.parametrize("sentence", [
    "the class of '90 met again",
    "He said 'I will be back in 5' and left.",
    "Shares turned 5% higher.",
])
def test_marks_and_turns_that_are_no_height_or_age(sentence):
    units = [f.unit for f in figures_in_sentence(sentence)]
    assert "in" not in units and "ft" not in units and "years" not in units


@pytest.mark.parametrize("sentence, expected", [
    ("Millions live on less than a dollar a day.", [(1, "USD per day")]),
    ("The stall sells apples for a euro.", [(1, "EUR")]),
    ("Highs will be in the mid 70s, with temperatures falling overnight.", [(74, "degrees")]),
    ("The poet died at 87.", [(87, "years")]),
])
def test_one_dollar_the_tens_of_a_temperature_and_the_age_of_a_life_event(sentence, expected):
    assert [(f.value, f.unit) for f in figures_in_sentence(sentence)] == expected


@pytest.mark.parametrize("sentence", [
    "He held a dollar bill.",
    "The index closed at 34.",
    "The train left at 10.",
    "Prices stayed in the low 80s.",
    "The band peaked in the 80s.",
])
def test_no_currency_temperature_or_age_without_its_cue(sentence):
    units = {f.unit for f in figures_in_sentence(sentence)}
    assert not units & {"USD", "degrees", "years"}


@pytest.mark.parametrize("sentence", ["It costs €1,5 Mio.", "Rents of up to £135,00 a week."])
def test_a_decimal_comma_or_a_slip_gives_no_wrong_value(sentence):
    assert [f.value for f in figures_in_sentence(sentence)] == []
