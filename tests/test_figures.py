"""Figures: numbers, units, changes, labels, the non-figures, selection and evaluation."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.brief.factbox import select_figures
from briefing.cli import cli
from briefing.facts.evaluate import Gold, parse_gold_value, unit_matches, value_matches
from briefing.facts.figures import extract_figures, figures_in_sentence
from briefing.facts.units import unit_key
from briefing.models import Article, Document, Figure, Sentence


def only(text: str) -> Figure:
    figures = figures_in_sentence(text)
    assert len(figures) == 1, figures
    return figures[0]


def values(text: str) -> list[float]:
    return [f.value for f in figures_in_sentence(text)]


# --- the seed-like facts, with labels ------------------------------------------


def test_army_size_with_label_and_approximation():
    figure = only("The army has about 60,000 soldiers.")
    assert (figure.value, figure.unit, figure.change) == (60000, "soldier", "~")
    assert (figure.unit_text, figure.kind) == ("soldiers", "count")
    assert figure.label == "army"
    assert figure.text == "about 60,000 soldiers"


def test_possessive_subject_is_the_label():
    figure = only("Belarus's army has about 60,000 people.")
    assert figure.label == "Belarus's army"
    assert (figure.unit, figure.unit_text) == ("person", "people")


def test_counted_hyphenated_noun_phrase():
    figure = only("Last spring, Minsk sent 6 battalion-tactical groups to the frontier.")
    assert (figure.value, figure.unit, figure.label) == (6, "battalion-tactical group", "Minsk")
    assert figure.unit_text == "battalion-tactical groups"


def test_several_thousand_is_an_approximate_range():
    figure = only("The convoy carried several thousand people north.")
    assert figure.change == "~"
    assert figure.unit == "person"
    assert figure.value == 3000 and figure.high == 9000  # the bounds, for sorting only
    assert figure.text == "several thousand people"
    assert figure.approximate == "several thousand"  # what any display shows


# --- numbers -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The stadium holds 60,000 fans.", 60000),
        ("Inflation reached 3.5 percent.", 3.5),
        ("The plant employs 1 200 workers.", 1200),
        ("Six ministers resigned.", 6),
        ("Two dozen houses burned.", 24),
        ("The town has 1.2 million residents.", 1_200_000),
        ("Twenty-eight thousand six hundred forty-two students enrolled.", 28642),
        ("A third of the staff left.", 1 / 3),
        ("Nearly two-thirds of the votes were counted.", 2 / 3),
        ("He added half a cup of sugar and 1/2 pound of butter.", 0.5),
        ("Output fell to .5 units.", 0.5),
        ("The fund is worth 4 hundred million dollars.", 400_000_000),
    ],
)
def test_number_forms(text, value):
    assert values(text)[0] == pytest.approx(value)


def test_tens_of_thousands_is_an_order_of_magnitude():
    figure = only("Tens of thousands of people marched.")
    assert (figure.value, figure.high, figure.change, figure.unit) == (1e4, 1e5, "~", "person")


def test_pronoun_one_is_not_a_figure():
    assert figures_in_sentence("No one knew which one to pick.") == []


# --- units: percent, money, measures, ages ----------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Turnout was 64%.", 64, "%"),
        ("Turnout was 64 per cent.", 64, "%"),
        ("The loan carries 250 basis points over base.", 250, "basis points"),
        ("The firm raised $5bn last year.", 5e9, "USD"),
        ("He was paid £1.2m.", 1.2e6, "GBP"),
        ("The bridge cost €40 million.", 4e7, "EUR"),
        ("A bowl costs ¥3,000 there.", 3000, "JPY"),
        ("The fine was 500,000 Swiss francs.", 500000, "CHF"),
        ("Revenue hit USD10m.", 1e7, "USD"),
        ("Sales reached A$2.5 billion.", 2.5e9, "AUD"),
        ("The budget is 3 billion yuan.", 3e9, "CNY"),
        ("The rent is $3,500 a month.", 3500, "USD per month"),
        ("The road is 12 km long.", 12, "km"),
        ("The tower is 310 m tall.", 310, "m"),
        ("It was 41.5C in Seville.", 41.5, "°C"),
        ("Lows fell to -12 degrees Celsius.", -12, "°C"),
        ("The truck weighs 40 tonnes.", 40, "tonnes"),
        ("A 65-year-old man was hurt.", 65, "years"),
        ("The plant makes 200,000 barrels a day.", 200000, "barrels per day"),
        ("The engine makes 300 hp.", 300, "hp"),
        ("The mine yields 40,000 tonnes annually.", 40000, "tonnes per year"),
        ("The council pays £2m annually to the trust.", 2e6, "GBP per year"),
        ("The field will supply 3 million tonnes of gas a year.", 3e6, "tonnes per year"),
        ("Farms pump 90 litres of fresh water per day.", 90, "litres per day"),
        ("The mill took 50 tonnes of the grain a year earlier.", 50, "tonnes"),
        ("Prices rose 4% annually.", 4, "%"),
    ],
)
def test_units(text, value, unit):
    figure = figures_in_sentence(text)[0]
    assert figure.value == pytest.approx(value)
    assert figure.unit == unit


def test_rate_after_what_an_amount_is_of_keeps_its_label():
    """"3 million tonnes of gas a year": the rate is the unit, "gas" is still the label."""
    figure = only("The field will supply 3 million tonnes of gas a year.")
    assert (figure.unit, figure.label) == ("tonnes per year", "gas")


def test_age_in_apposition_labels_the_person():
    figure = only("Maria Lopez, 52, was among the injured.")
    assert (figure.value, figure.unit, figure.label) == (52, "years", "age of Maria Lopez")


def test_age_modifies_the_noun():
    figure = only("A 7-year-old boy was rescued.")
    assert (figure.unit, figure.label) == ("years", "boy")


def test_bare_number_borrows_the_unit_after_or():
    assert [
        (f.value, f.unit) for f in figures_in_sentence("A meal costs eight or nine euros.")
    ] == [
        (8, "EUR"),
        (9, "EUR"),
    ]


# --- ranges ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("Expect 10-12 inches of snow.", 10, 12, "in"),
        ("Between 5 and 7 people were hurt.", 5, 7, "person"),
        ("Speeds of 5 to 7 knots are forecast.", 5, 7, "knots"),
        ("The deal is worth from $10 to $15 billion.", 1e10, 1.5e10, "USD"),
        ("Four to five thousand people came.", 4000, 5000, "person"),
        ("Prices fell from $36,040 to $34,935.", 34935, 36040, "USD"),
    ],
)
def test_ranges(text, low, high, unit):
    figure = only(text)
    assert (figure.value, figure.high, figure.unit) == (low, high, unit)


def test_change_then_level_is_two_figures_not_a_range():
    figures = figures_in_sentence("Gold rose $2 to $1,200 an ounce.")
    assert [(f.value, f.high, f.change) for f in figures] == [(2, None, "up"), (1200, None, "=")]


def test_dimensions_share_their_unit():
    figures = figures_in_sentence("The crate measures 20 x 30 cm.")
    assert [(f.value, f.unit) for f in figures] == [(20, "cm"), (30, "cm")]


def test_descending_pair_without_unit_is_a_score_not_a_range():
    assert figures_in_sentence("Leeds beat Hull 3-1 on Saturday.") == []


# --- change words ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("Around 300 homes flooded.", "~"),
        ("Roughly 300 homes flooded.", "~"),
        ("Nearly 300 homes flooded.", "~"),
        ("More than 300 homes flooded.", ">"),
        ("Over 300 homes flooded.", ">"),
        ("At least 300 homes flooded.", ">"),
        ("Fewer than 300 homes flooded.", "<"),
        ("Less than 3% of homes flooded.", "<"),
        ("The plant will hire up to 400 people.", "<"),
        ("Under 300 homes flooded.", "<"),
        ("Exports rose by 4% in May.", "up"),
        ("Exports increased 4% in May.", "up"),
        ("Shares were up 4% at noon.", "up"),
        ("Exports fell 4% in May.", "down"),
        ("Exports dropped 4% in May.", "down"),
        ("Shares were down 4% at noon.", "down"),
        ("Exports were 4% of output.", "="),
        ("The defence gave up 517 yards.", "="),
    ],
)
def test_change_words(text, change):
    assert figures_in_sentence(text)[0].change == change


def test_restatement_shares_the_change():
    figures = figures_in_sentence("The index lost 190 points, or 0.6%, on Friday.")
    assert [f.change for f in figures] == ["down", "down"]


# --- not figures -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "He has been in power since 1994.",
        "The law was passed in 2022.",
        "The vote is on 12 March.",
        "The talks resume on Sunday.",
        "The session opens at 10:30.",
        "Doors open at 5 p.m.",
        "01:22",
        "Call 020 7946 0958 for tickets.",
        "Call +1 (555) 123-4567 today.",
        "Dial 555-123-4567 now.",
        "They sat in Section 427 Row 21.",
        "The 22nd amendment limits terms.",
        "She won the 3rd round.",
        "The S&P 500 closed higher.",
        "He tested positive for COVID-19.",
        "Fighting began two days ago.",
        "The 1990s were calm.",
        "It happened on March 3, 2021.",
    ],
)
def test_not_figures(text):
    assert figures_in_sentence(text) == []


def test_year_next_to_a_count_keeps_only_the_count():
    assert values("In 2021, 4,500 jobs were cut.") == [4500]


# --- documents and selection ---------------------------------------------------------


def make_doc(sentences: list[str]) -> Document:
    article = Article(paragraphs=[" ".join(sentences)])
    spans, offset = [], 0
    for index, text in enumerate(sentences):
        spans.append(Sentence(index, 0, text, offset, offset + len(text)))
        offset += len(text) + 1
    return Document(article=article, sentences=spans)


def test_extract_figures_keeps_sentence_indexes():
    doc = make_doc(
        ["The port handles 9 million tonnes a year.", "No figures here.", "It employs 300 staff."]
    )
    figures = extract_figures(doc)
    assert [(f.sentence, f.value) for f in figures] == [(0, 9e6), (2, 300)]


def test_select_prefers_summary_sentences_then_actors_and_dedups():
    figures = [
        Figure(5, "ships", "=", "5 ships", "harbour", 0),
        Figure(300, "staff", "=", "300 staff", "Acme Port", 1),
        Figure(1, "", "=", "one", "", 2),
        Figure(12, "%", "up", "12%", "Acme Port", 3),
        Figure(300, "staff", "=", "300 staff", "Acme Port", 4),
        Figure(9, "km", "=", "9 km", "road", 5),
    ]
    chosen = select_figures(figures, preferred_sentences={5}, limit=3)
    assert [f.sentence for f in chosen] == [5, 3, 1]  # summary first, then the recurring actor
    assert chosen[0].reason.startswith("in the summary")
    assert "about Acme" in chosen[1].reason
    assert len(select_figures(figures, set(), limit=10)) == 4  # no bare "one", no duplicate
    assert select_figures(figures, {0}, limit=0) == []
    by_actor = select_figures(figures, set(), limit=1, actors=["road"])
    assert [f.text for f in by_actor] == ["9 km"]


# --- evaluation --------------------------------------------------------------------


def test_gold_values_and_matching_rules():
    assert parse_gold_value("60000.0") == (60000.0, None)
    assert parse_gold_value("10.0-12.0") == (10.0, 12.0)
    assert parse_gold_value("-5.0") == (-5.0, None)
    gold = Gold(10, 12, "inches", "inch", "=")
    assert value_matches(Figure(11, "in", "=", "", "", 0), gold)  # midpoint
    assert value_matches(Figure(10, "in", "=", "", "", 0, high=12), gold)  # same ends
    assert not value_matches(Figure(10, "in", "=", "", "", 0), gold)
    assert unit_matches(Figure(11, "in", "=", "", "", 0), gold)
    assert unit_key("per cent") == unit_key("%") == "%"
    assert unit_key("$") == unit_key("USD") == unit_key("dollars") == "USD"
    assert unit_key("$ a month") == "USD per month"
    assert unit_matches(
        Figure(7, "European countries", "=", "", "", 0), Gold(7, None, "countries", "country", "=")
    )


def write_fixture(folder):
    corpus = [
        {
            "text": "The council hired 40 nurses and spent $2.5 million.",
            "quantities": [
                {"change": "=", "value": "40", "unit": "nurses", "normalized_unit": "nurse"},
                {"change": "=", "value": "2500000", "unit": "$", "normalized_unit": "dollar"},
            ],
        },
        {
            "text": "Rain totals of 10-20 mm are likely since 1999 records began.",
            "quantities": [
                {"change": "=", "value": "10-20", "unit": "mm", "normalized_unit": "millimetre"},
                {"change": "=", "value": "7", "unit": "days", "normalized_unit": "day"},
            ],
        },
        {"text": "Nothing to count here.", "quantities": []},
    ]
    path = folder / "NewsQuant.json"
    path.write_text(json.dumps(corpus), encoding="utf-8")
    (folder / "published-scores.csv").write_text(
        "\tP\tR\tF1\tmodel\ttype\n0\t92.0\t91.9\t92.0\tCQE\tvalue\n", encoding="utf-8"
    )
    return path


def test_evaluate_figures_command_on_a_tiny_corpus(runner, tmp_path):
    write_fixture(tmp_path)
    result = runner.invoke(cli, ["evaluate-figures", "--corpus", str(tmp_path), "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert (payload["gold"], payload["predicted"]) == (4, 3)
    value = payload["scores"]["value"]
    assert value["P"] == pytest.approx(100.0)
    assert value["R"] == pytest.approx(75.0)
    assert payload["scores"]["value+unit"]["F1"] == pytest.approx(100 * 2 * 0.75 / 1.75)
    assert payload["published"][0]["model"] == "CQE"
    table = runner.invoke(cli, ["evaluate-figures", "--corpus", str(tmp_path / "NewsQuant.json")])
    assert "newsbrief (ours)" in table.output and "CQE" in table.output


def test_evaluate_figures_rejects_a_bad_corpus(runner, tmp_path):
    bad = tmp_path / "NewsQuant.json"
    bad.write_text("{not json", encoding="utf-8")
    result = runner.invoke(cli, ["evaluate-figures", "--corpus", str(bad)])
    assert result.exit_code != 0
    assert "error:" in result.output
    missing = runner.invoke(cli, ["evaluate-figures", "--corpus", str(tmp_path / "nowhere")])
    assert missing.exit_code != 0


def test_newsquant_scores_reach_the_targets(runner, shared):
    corpus = shared / "corpora" / "newsquant"
    if not corpus.is_dir():
        pytest.skip("NewsQuant is not present")
    result = runner.invoke(cli, ["evaluate-figures", "--corpus", str(corpus), "--json"])
    scores = json.loads(result.output)["scores"]
    assert scores["value"]["F1"] >= 92
    assert scores["value+unit"]["F1"] >= 85


# --- robustness ----------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("0123456789 ,.-/:$£%€()kmbn aotheyrs'\"")), max_size=60)
)
def test_any_text_gives_figures_or_nothing(text):
    for figure in figures_in_sentence(text):
        assert isinstance(figure.value, float)
        assert figure.change in {"=", "~", ">", "<", "up", "down"}


def test_time_ago_is_a_date_not_a_figure():
    found = figures_in_sentence("Crews arrived two days ago and 3 weeks ago 40 volunteers left.")
    assert [f.text for f in found] == ["40 volunteers"]


@pytest.mark.parametrize("sentence", [
    "The harbour concerts on July 14 and 15 drew 9,000 fans.",
    "The harbour concerts on 14 and 15 July drew 9,000 fans.",
    "The harbour concerts from 14 to 16 July drew 9,000 fans.",
])
def test_the_second_day_of_a_pair_of_dates_is_no_figure(sentence):
    assert [f.text for f in figures_in_sentence(sentence)] == ["9,000 fans"]


def test_fact_box_skips_small_narrative_counts():
    figures = figures_in_sentence(
        "The two men met after the club hired 250 staff.", 0
    )
    chosen = select_figures(figures, preferred_sentences={0}, limit=5)
    assert [f.unit for f in chosen] == ["staff"]


def test_vote_tally_is_not_a_range_and_bare_numbers_stay_out_of_the_box():
    found = figures_in_sentence("The council voted 7 to 2 to approve the plan.")
    assert all(f.high is None for f in found)
    assert select_figures(found, preferred_sentences={0}, limit=5) == []
    falling = figures_in_sentence("Parking fees fell from $2.50 to $1.75.")
    assert [(f.value, f.high, f.unit) for f in falling] == [(1.75, 2.5, "USD")]


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("Ortiz ran a personal best of seven minutes, 56.86 seconds.",
         "seven minutes, 56.86 seconds", 476.86, "seconds"),
        ("The flight took two hours and 15 minutes.", "two hours and 15 minutes", 135, "minutes"),
        ("A sol lasts 24 hours, 39 minutes, and 35 seconds.",
         "24 hours, 39 minutes, and 35 seconds", 88775, "seconds"),
    ],
)
def test_a_time_told_in_two_units_is_one_figure(text, span, value, unit):
    """"seven minutes, 56.86 seconds" was read as "seven minutes" (a false personal best)."""
    figures = figures_in_sentence(text)
    assert [(f.text, f.unit) for f in figures] == [(span, unit)]
    assert figures[0].value == pytest.approx(value)


def test_two_times_told_apart_stay_two():
    assert len(figures_in_sentence("He waited 10 minutes, then 20 seconds later it rang.")) == 2
