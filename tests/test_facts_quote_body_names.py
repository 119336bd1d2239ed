"""Bodies named in a quote's source phrase: a full name ending in a body's head noun is
the body, never a person's surname, and the later "it said" / "the firm said" rules can
then hear it."""
from test_facts_quotes import make_doc

from briefing.facts.body_speakers import body_at_end
from briefing.facts.entities import find_entities
from briefing.facts.quotes import extract_quotes


def quotes(paragraphs):
    doc = make_doc(paragraphs)
    index = find_entities(doc)
    return [(q.speaker, q.speaker_kind) for q in extract_quotes(doc, index)], index


def test_a_place_before_a_head_noun_is_a_body_not_a_surname():
    found, index = quotes([
        '"Officers are searching the river banks near the old mill," Gloster Yard said '
        "on Friday.",
    ])
    assert found == [("Gloster Yard", "organization")]
    assert "Yard" not in {p.name for p in index.people}


def test_a_head_noun_before_of_names_the_body_and_it_then_means_the_body():
    found, _ = quotes([
        '"Confidence among small firms fell for a third quarter running," the Northern '
        'Chambers of Trade said. "Firms want the rates cut before the summer," it added.',
    ])
    assert found == [
        ("Northern Chambers of Trade", "organization"),
        ("Northern Chambers of Trade", "organization"),
    ]


def test_a_spokesman_for_a_named_body_stays_the_spokesman():
    found, _ = quotes([
        '"We have received a number of complaints about the bridge," a spokesman for the '
        "Marsh Valley Council said.",
    ])
    assert found[0][1] == "nominal"


def test_people_whose_surname_is_a_head_noun_stay_people():
    assert body_at_end(["Robert", "Service"]) is None  # a given name and a surname
    assert body_at_end(["Mr", "Chambers"]) is None
    assert body_at_end(["Chief", "Executive"]) is None  # a role, not a body
    assert body_at_end(["Yard"]) is None  # one word: nothing says it is a body
    assert body_at_end(["the", "British", "Chambers", "of", "Commerce"]) == 1
    assert body_at_end(["said", "Scotland", "Yard"]) == 1


def test_a_common_word_with_a_companys_money_and_people_is_that_company():
    found, index = quotes([
        "Next's sales fell by 3% in the ten weeks to Saturday, said Next chief executive "
        "Tom Farrow.",
        '"The warm autumn kept shoppers away from coats and boots," Next said on Thursday.',
    ])
    assert "Next" in {o.name for o in index.organizations}
    assert found == [("Next", "organization")]


def test_a_time_word_owning_sales_is_no_company():
    _, index = quotes([
        "Today's sales figures from the retail trade showed a fall of 2% in October, "
        "said analyst Jane Morton.",
    ])
    assert "Today" not in {o.name for o in index.organizations}


def test_a_body_heard_speaking_is_an_organisation_not_a_person():
    _, index = quotes([
        '"The ruling leaves tenants with no remedy at all," Harwick Chambers said in a '
        "statement on Monday.",
    ])
    assert "Harwick Chambers" not in {p.name for p in index.people}
    assert "Harwick Chambers" in {o.name for o in index.organizations}
    _, index = quotes(['"We will appeal against the ruling," Tom Chambers said on Monday.'])
    assert "Tom Chambers" in {p.name for p in index.people}  # a given name: a person


def test_the_firm_is_the_company_not_a_public_body_heard_before():
    found, _ = quotes([
        '"Shops have had a hard winter," the Eastern Chambers of Trade said.',
        "Harbeck's sales fell by 4% in the year to March, said Harbeck chief executive Ann "
        'Lowry. "We expect the spring to be better for our stores," the firm said.',
    ])
    assert found[-1] == ("Harbeck", "organization")
