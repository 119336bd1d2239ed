"""Roles read around a name: a possessive owner before it, a relative clause after it."""

import briefing
from briefing.facts.context_roles import add_context_roles
from briefing.models import Person


def roles_of(text: str, *names: str) -> dict[str, str]:
    people = [Person(name) for name in names]
    add_context_roles(text, people)
    return {p.name: p.role for p in people}


def test_an_outlet_or_club_in_the_possessive_owns_the_name():
    text = ("Nadia Kell of the party spoke. KTV's Dora Renwick takes a look. "
            "Then Castlefield's Jon Amery scored.")
    got = roles_of(text, "Dora Renwick", "Jon Amery", "Nadia Kell")
    assert got == {"Dora Renwick": "KTV", "Jon Amery": "Castlefield", "Nadia Kell": ""}


def test_an_opening_word_is_not_part_of_the_owner():
    assert roles_of("As The Courier's Lyle Penn wrote, it was late.", "Lyle Penn") == {
        "Lyle Penn": "The Courier"}


def test_contractions_time_words_and_people_own_nothing():
    text = ("That's Mira Dolan. Monday's Owen Hale show. Mira Dolan's Owen Hale was there. "
            "He said Aldo Grieve's Tom Vass was late.")
    got = roles_of(text, "Mira Dolan", "Owen Hale", "Tom Vass", "Aldo Grieve")
    assert got["Mira Dolan"] == "" and got["Owen Hale"] == ""
    assert got["Tom Vass"] == ""  # "Aldo Grieve's": a given name opens the owner


def test_a_who_heads_clause_gives_the_role():
    text = "Lena Ostrow, who heads the Council for Fair Ports, said the rules hurt."
    assert roles_of(text, "Lena Ostrow") == {"Lena Ostrow": "head of the Council for Fair Ports"}
    text = "Pim Dacre, who chairs the transport committee, said so."
    assert roles_of(text, "Pim Dacre") == {"Pim Dacre": "chair of the transport committee"}


def test_a_clause_that_names_no_body_gives_no_role():
    text = ("Rhea Tull, who leads Omar Benn 410 to 380 in delegates, won. Cal Ives, who runs "
            "away, fled. Ada Moss, who leads the race, spoke. Bo Kerr, who heads his firm, left.")
    got = roles_of(text, "Rhea Tull", "Cal Ives", "Ada Moss", "Bo Kerr")
    assert set(got.values()) == {""}


def test_who_is_gives_a_role_only_with_a_role_noun():
    text = ("Jem Varley, who is chairman of the Harbour Trust, warned. Ola Pike, who is running "
            "for mayor, spoke. Ted Rusk, who is married to a singer, left.")
    got = roles_of(text, "Jem Varley", "Ola Pike", "Ted Rusk")
    assert got == {"Jem Varley": "chairman of the Harbour Trust", "Ola Pike": "", "Ted Rusk": ""}


def test_a_role_the_entity_stage_found_is_kept():
    people = [Person("Lena Ostrow", "minister")]
    add_context_roles("Lena Ostrow, who heads the Council for Fair Ports, said so.", people)
    assert people[0].role == "minister"


def test_the_brief_shows_the_clause_role():
    text = ("Lena Ostrow, who heads the Council for Fair Ports, said the new rules would hurt "
            "shipping. \"We will fight this,\" Ostrow said on Monday. The port board meets next "
            "week to decide on the rules, which cover fees and hours.")
    brief = briefing.make_brief(text)
    roles = {p.name: p.role for p in brief.facts.people + brief.held_back.people}
    assert roles.get("Lena Ostrow") == "head of the Council for Fair Ports"


def test_the_owner_stays_in_its_sentence_and_word():
    text = ("They backed Hale. Larkin's Nora Vell agreed. Won in Q2. Red Arrow's Tom Vass was "
            "third. The fans of zBay's Ian Roe and the 5th District's Ada Moss met. On March "
            "15, Ohio's Ed Lamb votes.")
    got = roles_of(text, "Nora Vell", "Tom Vass", "Ian Roe", "Ada Moss", "Ed Lamb")
    assert got == {"Nora Vell": "Larkin", "Tom Vass": "Red Arrow", "Ian Roe": "", "Ada Moss": "",
                   "Ed Lamb": "Ohio"}


def test_a_standing_noun_before_the_name_gives_the_role():
    text = ("Republican front-runner Ada Moss won. Harbury star Tom Vass scored. Third seed "
            "Ian Roe lost. He beat rival Ola Pike. She will host Nell Barr. Ferrari team-mate "
            "Cal Ives was fifth.")
    got = roles_of(text, "Ada Moss", "Tom Vass", "Ian Roe", "Ola Pike", "Nell Barr", "Cal Ives")
    assert got == {"Ada Moss": "Republican front-runner", "Tom Vass": "Harbury star",
                   "Ian Roe": "Third seed", "Ola Pike": "", "Nell Barr": "",
                   "Cal Ives": "Ferrari team-mate"}


def test_the_walk_from_a_standing_noun_stops_at_a_clause_or_a_cut_title():
    text = ("Ian Roe beat third seed Ola Pike. Others include film star Nell Barr. The "
            "Hollow star Cal Ives waved. And Hollywood film star Ted Rusk came. Then All Reds "
            "star Bo Kerr scored.")
    got = roles_of(text, "Ian Roe", "Ola Pike", "Nell Barr", "Cal Ives", "Ted Rusk", "Bo Kerr")
    assert got["Ola Pike"] == "" and got["Nell Barr"] == "" and got["Cal Ives"] == ""
    assert got["Bo Kerr"] == ""
    assert roles_of("He was That's Life host Ann Lee.", "Ann Lee") == {"Ann Lee": ""}
    assert got["Ted Rusk"] == "Hollywood film star"
