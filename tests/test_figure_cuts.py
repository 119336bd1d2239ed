"""Fact-box lines whose label or counted noun is cut out of a longer phrase, or whose
figure is a side actor's (briefing.brief.figure_shapes), on made-up sentences: each figure is
shown in a plain sentence and held back in the shape."""

from __future__ import annotations

import pytest
from test_figure_context import _held, _shown


@pytest.mark.parametrize(("plain", "shape", "text"), [
    # an N-year cut out of a longer hyphen compound
    ("The rebels fought a three-year war in the north.",
     "The rebels fought a three-year-long war in the north.", "three-year"),
    # a label cut before a noun only a noun can be ("prevention"), a plural after a plural
    ("Orlan was placed on a ten-year travel ban.",
     "Orlan was placed on a ten-year sexual offences prevention order.", "ten-year"),
    # a figure in an aside on a name that is no subject: that name's, not the story's
    ("The relay runner Tom Arden was handed a two-year ban in February.",
     "The team took gold without the services of Tom Arden, who was handed a two-year ban "
     "in February.", "two-year"),
])
def test_held_back_when_cut_or_another_s(plain, shape, text):
    assert text in _shown(plain)
    assert text not in _shown(shape)
    assert _held(shape)[text].startswith("held back:")


def test_a_counted_noun_cut_before_a_plural_is_held_back():
    assert "two firms" in _shown("The Varn Group bought two firms from Pelle in 2003.")
    shape = "The Varn Group bought two cosmetics firms from Pelle in 2003."
    assert "counted noun is cut" in _held(shape)["two cosmetics"]


def test_a_vague_amount_of_a_singular_noun_is_held_back():
    # a modifier cut from its head ("widget, in-feed and in-ad units")
    assert "billions of display widgets" in _shown(
        "The Korvo data team analyzed billions of display widgets served by the platform.")
    shape = "The Korvo data team analyzed billions of display widget, in-feed and in-ad units."
    assert "singular noun" in _held(shape)["billions of display widget"]


def test_a_caption_run_into_the_sentence_gives_no_label():
    shape = "A view of the antiques which are being sold Dozens of books are in the sale."
    assert "Dozens of books" not in _shown(shape)
    assert "caption" in _held(shape)["Dozens of books"]


def test_shapes_that_keep_their_line():
    # a hyphen compound's noun is its label; a currency prefix is no capitalised word
    assert _shown("Gerrard is back after serving a three-match suspension.")["three-match"] == (
        "suspension")
    assert "A$67.7m" in _shown("Sales came despite Kerrow reporting pre-tax profits of A$67.7m.")
    # a definite thing in an aside is no side actor's ("the auction start price")
    assert "246bn roubles" in _shown(
        "It left the way open for Baikor, which paid above the auction start price of "
        "246bn roubles.")
    # a vague amount of an irregular plural or a currency
    for sentence, text in (("Tens of thousands of people marched.", "Tens of thousands of people"),
                           ("The bank lost billions of yen.", "billions of yen")):
        assert "singular noun" not in _held(sentence).get(text, "")


def test_a_changed_object_keeps_its_noun_in_ing():
    shown = _shown("The budget is designed to expand public spending by 30% next year.")
    assert shown["30%"] == "expansion of public spending"


def _shown_with(sentence: str, names: list[str]) -> dict[str, str]:
    from briefing.brief import figures_with_sure_labels
    from briefing.facts.figures import figures_in_sentence

    shown, _held_lines = figures_with_sure_labels(figures_in_sentence(sentence), [sentence],
                                                  names)
    return {f.text: f.label for f in shown}


def test_a_named_actor_s_result_says_whose():
    sentence = "Korley reported a loss of $304.7 million on revenue of $167.4 million."
    shown = _shown_with(sentence, ["Korley Co", "Dana Pell"])
    assert shown["$304.7 million"] == "Korley's loss"
    assert shown["$167.4 million"] == "Korley's revenue"
    # a name the facts do not know, or no result verb: the label as it was
    assert _shown_with(sentence, ["Dana Pell"])["$304.7 million"] == "loss"
    assert _shown_with("Korley expects a loss of $3m.", ["Korley Co"]).get("$3m") != (
        "Korley's loss")
    assert _shown_with("For the full year, Vantor posted a loss of $761m.",
                       ["Vantor"])["$761m"] == "Vantor's loss"


def test_an_opening_participle_is_no_part_of_the_name_an_age_is_of():
    assert _shown("Married Orlan Pike, 32, arranged to meet her.")["32"] == "age of Orlan Pike"
    # a given name in -ed the list lacks keeps its place ("Rashed", "Saeed")
    assert _shown("Rashed Korvan, 40, was jailed.")["40"] == "age of Rashed Korvan"


def test_a_plural_kind_of_figure_or_a_cost_of_doing_is_held_back():
    assert "about 70%" in _held("When the query goes to a manager, rates rise to about 70%.")
    plain = "The robots, which cost around £2,500, were made of old car parts."
    assert _shown(plain)["around £2,500"] == "robots"
    shape = "The robots, which cost around £2,500 to hire, were made of old car parts."
    assert "cost of doing" in _held(shape)["around £2,500"]


def test_where_a_thing_stands_in_a_range_is_not_the_figure():
    shown = _shown("Most bids were at the higher end of the price range of 1,050-1,125 rupees.")
    assert shown["1,050-1,125 rupees"] == "price range"


def test_a_list_s_last_item_or_a_noun_without_its_infinitive_is_held_back():
    assert "72 counts" in _held("He will be charged with 72 counts of failure to provide care.")
    listed = "With budgets for dresses, food and other sundries at around $1,000, most pay."
    assert "ends a list" in _held(listed)["around $1,000"]


def test_numbers_listed_after_a_plural_are_each_one_of_it():
    assert "110" in _held("But breaks of 110 and 139 in consecutive frames showed his form.")
    assert _shown("Halo had pre-orders of more than 1.5 million.")["more than 1.5 million"] == (
        "pre-orders")


@pytest.mark.parametrize(("sentence", "text"), [
    ("That's 30 states with 309 electoral votes.", "30 states"),  # a contraction, no owner
    ("About 42 million borrowers have about $1.3 trillion in debt.", "about $1.3 trillion"),
    ("Labour has a figure of £22 billions worth of savings.", "£22"),
    ("Lending rose by £4bn, a far smaller increase than the £5.1bn seen in December.", "£5.1bn"),
    ("Ohio and Utah followed closely behind at 20%.", "20%"),
    ("They will swear allegiance to the state at the age of 18 years.", "18 years"),
    ("Government figures suggest TB in Kent has increased by 25% over ten years.", "25%"),
    ("It is nowhere near the $27bn Morland says Korvo owes in taxes.", "$27bn"),
    ("After spending a total of £500m pounds on players, the club fell.", "£500m"),
    ("Lending for homes and gross mortgage lending were 29% and 18% lower respectively.", "29%"),
])
def test_a_label_of_words_that_name_nothing_is_held_back(sentence, text):
    assert text not in _shown(sentence)


def test_shown_beside_those_shapes():
    # a shared label before a 'respectively' list, a verb after a common noun
    shown = _shown("The track stands at an elevation of 2061m and 3454m respectively.")
    assert shown["2061m"] == "elevation"
    assert _shown("The 50-minute trek concluded as a light drizzle began.")["50-minute"] == "trek"
    assert _shown("The projects team now has three quadcopters.")["three quadcopters"] == (
        "projects team")


def test_an_ing_head_before_the_verb_to_its_figure_stays_in_the_label():
    shown = _shown("The lenders said gross mortgage lending stood at £17.9bn in January.")
    assert shown["£17.9bn"] == "gross mortgage lending"


@pytest.mark.parametrize(("sentence", "text"), [
    ("Jobless levels rose to a seventy-year high of 5.2 million.", "5.2 million"),
    ("Korvin, signed for a comparative pittance of £1.9m, scored.", "£1.9m"),
    ("The Department of Work and Pensions destroyed nearly 37,000 files.", "nearly 37,000 files"),
])
def test_a_record_level_a_judgement_or_a_name_s_end_is_held_back(sentence, text):
    assert text not in _shown(sentence)


def test_a_moving_modifier_makes_the_level_a_change():
    shown = _shown("He said there had been falling cigarette sales of 13% in Kent.")
    assert shown["13%"] == "fall in cigarette sales"


def test_an_aside_that_gives_the_name_nothing_keeps_the_line():
    assert _shown("Kessel sold it to Tom Varne, who turned it into a 100,000 square foot "
                  "studio.")["100,000 square foot"] == "studio"
    assert "five-year" not in _shown(
        "He stood against the sitting MP Ann Orlo, who had a five-year term in 2001.")
    assert _shown("Jaynes amassed a fortune of $24m from his sales.")["$24m"] == "fortune"


@pytest.mark.parametrize(("sentence", "text"), [
    ("Net profit in the six months ending 31 December rose.", "six months"),
    ("The duchy last year generated almost £12m.", "almost £12m"),
    ("It has set aside 100 trillion won for the first six months of 2005.", "100 trillion won"),
    ("He said the appeal total is expected soon to reach £20m.", "£20m"),
    ("The national minimum wage is currently set at £4.85 per hour.", "£4.85 per hour"),
    ("A 35 hour week at £5.05 gives you an annual income of £9,000.", "£5.05"),
    ("It is capable of 3km/h, its makers say.", "3km/h"),
    ("The main index on the Sao Paolo Stock Exchange closed at 24,997 points.", "24,997 points"),
])
def test_a_label_that_runs_into_a_time_or_names_nothing_is_held_back(sentence, text):
    assert text not in _shown(sentence)


def test_names_with_numbers_and_unlabelled_counts_keep_their_line():
    assert _shown("Shrek 2 took $881m around the world.")["$881m"] == "Shrek 2"
    assert "575 million PCs" in _shown("There are currently 575 million PCs in use globally.")
    # an ordinal alone is no label ("tied for fifth at 5%"); one before a noun is
    assert "5%" not in _shown("Orr and Pell tied for fifth at 5% in the poll.")
    assert "two Golden Globes" in _shown("The first series won two Golden Globes in 2004.")


@pytest.mark.parametrize(("sentence", "text"), [
    ("His plan calls for rates that rise with earnings to a maximum of 28 percent.", "28 percent"),
    ("Offices are available in the midtown neighborhood in the range of $70 a foot.", "$70"),
    ("Forbes said her $4.5 billion net worth was marked down.", "$4.5 billion"),
    ("Figures show families are £1,100 a year worse off.", "£1,100 a year"),
])
def test_a_maximum_a_rough_range_a_lone_adjective_or_a_difference_is_held_back(sentence, text):
    assert text not in _shown(sentence)


@pytest.mark.parametrize(("sentence", "text"), [
    ("The manager paid tribute to two-goal striker Jon Varne.", "two-goal"),
    ("Orlan says he is not a one-issue candidate.", "one-issue"),
    ("Nia Pell, a 14-year Carrow worker, said she was undecided.", "14-year"),
    ("The five-year Department for International Development funding will help.", "five-year"),
])
def test_a_descriptor_of_a_person_or_a_cut_name_is_held_back(sentence, text):
    assert text not in _shown(sentence)


def test_a_record_of_times_and_a_body_s_size_keep_their_line():
    assert _shown("The five-time world champion won.")["five-time"] == "world champion"
    assert _shown("The 12-member eurozone bloc met.")["12-member"] == "eurozone bloc"


def test_a_world_record_says_what_it_is():
    assert _shown("Orr set a world record of 9.58 seconds in Berlin.")["9.58 seconds"] == (
        "world record")


@pytest.mark.parametrize(("sentence", "text"), [
    ("Imports hit a new record of $1.76 trillion.", "$1.76 trillion"),
    ("Spending is picking up again, with a rise of 14.8% year-on-year.", "14.8%"),
    ("Exports had helped trigger a 0.1% contraction.", "0.1%"),
])
def test_a_new_record_an_adverb_or_a_bare_contraction_is_held_back(sentence, text):
    assert text not in _shown(sentence)


def test_the_last_item_of_a_list_is_no_label_of_the_whole():
    shape = "The number of users buying tools to guard PCs from virus, spam and spyware attacks " \
            "rose by 11.2% each year."
    assert "11.2%" not in _shown(shape)
    assert _shown("Spyware attacks rose by 11.2% last year.")["11.2%"] == "rise in Spyware attacks"


def test_things_to_come_or_another_s_profits_are_held_back():
    assert "two forthcoming games" not in _shown(
        "But the Dens Park midfielder will miss two forthcoming games against Celtic.")
    assert "about 1.9 billion euros" not in _shown(
        "It will lead to the return of about 1.9 billion euros in profits made by the Central "
        "Bank on bonds.")
    assert _shown("The bank made profits of 1.9 billion euros.")["1.9 billion euros"] == "profits"
    assert "things still to come" not in _held(
        "Gambling revenue at Orlo City's eight remaining casinos increased.").get(
        "eight remaining casinos", "")


def test_a_moment_is_no_amount_of_time():
    assert "90 mins" not in _shown("(after extra-time - score at 90 mins 1-1)")
    assert _shown("The 45-minute interview went well.")["45-minute"] == "interview"
