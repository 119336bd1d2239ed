"""A person's role phrase: its owner kept, and no seam, verb or stray place inside it."""

import pytest
from test_facts_entities import people_of

from briefing.facts.roles import role_start
from briefing.facts.tokens import role_at, tokenize


def role_before(text: str, name: str) -> str:
    """The role phrase the walk gives for the title right before ``name``."""
    tokens = tokenize(text)
    first = next(k for k, t in enumerate(tokens) if t.text == name.split()[0])
    for size in (3, 2, 1):
        if first - size >= 0 and role_at(tokens, first - size, text) == size:
            start = role_start(tokens, first - size, text)
            return text[tokens[start].start : tokens[first - 1].end]
    return ""


def test_a_role_does_not_run_across_a_caption_seam():
    text = "The guards work at the camp on Malta Former Health Minister Ilse Varga visits the camp."
    assert role_before(text, "Ilse Varga") == "Former Health Minister"


def test_a_place_after_on_or_in_does_not_own_the_next_title():
    text = "The guards work at the camp on Malta Health Minister Ilse Varga visits the camp."
    assert role_before(text, "Ilse Varga") == "Health Minister"
    text = "He met Malta Health Minister Ilse Varga."
    assert role_before(text, "Ilse Varga") == "Malta Health Minister"


def test_an_opening_verb_is_not_a_title():
    text = "OSLO — Count former Mexican President Ruben Castellar among the critics."
    assert role_before(text, "Ruben Castellar") == "former Mexican President"


def test_a_bare_title_keeps_its_owner():
    assert role_before("He met Commons leader Owen Tarrant.", "Owen Tarrant") == "Commons leader"
    text = "Brackwell Services spokesman Dale Imrie said so."
    assert role_before(text, "Dale Imrie") == "Brackwell Services spokesman"
    text = "Tory foreign affairs spokesman Miles Garrow said no."
    assert role_before(text, "Miles Garrow") == "Tory foreign affairs spokesman"
    text = "It was said by Norvik's chief operating officer Lena Strand."
    assert role_before(text, "Lena Strand") == "Norvik's chief operating officer"


def test_a_two_word_nationality_and_a_hedge_stay_in_the_role():
    text = "South African president Tendai Moyo spoke."
    assert role_before(text, "Tendai Moyo") == "South African president"
    text = "The probe follows would-be Ukip MP Colin Arbery, who stood."
    assert role_before(text, "Colin Arbery") == "would-be Ukip MP"
    text = "Former international development secretary Ruth Mallin spoke."
    assert role_before(text, "Ruth Mallin") == "Former international development secretary"


def test_lower_case_words_and_verbs_before_a_title_are_not_the_role():
    assert role_before("He married PR executive Jo Callan in 2000.", "Jo Callan") == "PR executive"
    text = "The list includes leader Ivor Penhale and others."
    assert role_before(text, "Ivor Penhale") == "leader"
    assert role_before("On Monday spokesman Ivor Penhale said it.", "Ivor Penhale") == "spokesman"


def test_the_role_reaches_the_person():
    people = people_of(["Tory foreign affairs spokesman Miles Garrow said the plan was wrong."])
    assert people["Miles Garrow"].role == "Tory foreign affairs spokesman"


@pytest.mark.parametrize(("sentence", "name", "role"), [
    # "late" is the died sense only after a determiner or a possessive
    ("Critics called the plan too little too late London Mayor Oren Tasker said it would do.",
     "Oren Tasker", "London Mayor"),
    ("Crowds mourned the late London Mayor Ada Quist on Monday.", "Ada Quist", "late London Mayor"),
    # a two-word place owns the title whole
    ("Later New Jersey Gov. Dana Whitcombe said the state would cope.",
     "Dana Whitcombe", "New Jersey Gov."),
    ("Analysts said South Korean President Lim Sook-ja would visit.",
     "Lim Sook-ja", "South Korean President"),
])
def test_role_words_around_a_place(sentence, name, role):
    assert people_of([sentence])[name].role == role


def test_a_city_legislator_title_is_a_role():
    people = people_of(['"We are ready," said Alderman Niall P. Brode, whose ward is large.'])
    assert people["Niall P. Brode"].role == "Alderman"


def test_a_plural_possessive_owns_the_title():
    assert role_before("Norbanks' chief Alun Varga said so.", "Alun Varga") == "Norbanks' chief"
    text = "The Greens\u2019 President Ola Brandt said no."
    assert role_before(text, "Ola Brandt") == "Greens\u2019 President"


def test_a_partys_wing_is_no_rugby_position():
    assert people_of(["The left wing Dara Colquhoun said the plan was wrong."])[
        "Dara Colquhoun"].role == ""
    assert people_of(["France wing Luc Ferrand scored twice."])["Luc Ferrand"].role == "France wing"


def test_occupations_before_a_name_are_roles():
    people = people_of([
        "Former astronaut Jim Halloran told the panel the mission was safe.",
        "The clinic was praised by blogger Dana Pruett, who wrote about it.",
        "Presumptive Liberal nominee Carol Whitby spoke on Monday.",
    ])
    assert people["Jim Halloran"].role == "Former astronaut"
    assert people["Dana Pruett"].role == "blogger"
    assert people["Carol Whitby"].role == "Presumptive Liberal nominee"


def test_a_role_before_a_personal_title_is_the_persons_role():
    people = people_of([
        "Former union leader Sir Alan Brack said the deal was fair.",
        "London-based plastic surgeon Dr. Nina Okafor said the laser was safe.",
        "Dr Ann Lowe said no.",
    ])
    assert people["Alan Brack"].role == "Former union leader"
    assert people["Nina Okafor"].role == "London-based plastic surgeon"
    assert people["Ann Lowe"].role == "Dr"  # nothing before the title: the title stays


def test_a_court_label_after_a_title_and_a_transcript_question_name_nobody():
    people = people_of([
        "Nurse A said he had groped her. Nurse B alleged that Marsh touched her.",
        "QIf Paul Grady is the Liberal nominee, will you vote for him?",
        "Consultant Dr Ravi Marsh, 38, denies the charges.",
    ])
    assert "B" not in people and "A" not in people
    assert not any(name.startswith("QIf") for name in people)
    assert people["Ravi Marsh"].role == "Consultant"
