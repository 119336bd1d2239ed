"""The fact box's people: a held-back speaker of a shown quote is shown, and the people
in the title, the bottom line and the Voices come first."""

from briefing.brief import split_by_confidence
from briefing.brief.shown_people import main_people
from briefing.models import Facts, Person, Quote


def _quote(speaker: str, confidence: float = 0.95, kind: str = "name", at: int = 2) -> Quote:
    return Quote(text="We will win the match.", speaker=speaker, cue="said", sentence=at,
                 confidence=confidence, speaker_kind=kind)


def test_a_held_back_person_who_speaks_a_shown_quote_is_shown():
    unsure = Person("Teodor Marsac", confidence=0.8, sentences=[2])
    shown, held = split_by_confidence(Facts(people=[unsure], quotes=[_quote("Teodor Marsac")]))
    assert [p.name for p in shown.people] == ["Teodor Marsac"]
    assert held.people == []


def test_a_speaker_of_a_held_back_quote_or_a_weak_name_stays_held():
    unsure = Person("Teodor Marsac", confidence=0.8)
    shown, _ = split_by_confidence(Facts(people=[unsure], quotes=[_quote("Teodor Marsac", 0.7)]))
    assert shown.people == []
    weak = Person("Grand Prize", confidence=0.5)
    shown, held = split_by_confidence(Facts(people=[weak], quotes=[_quote("Grand Prize")]))
    assert shown.people == [] and held.people == [weak]


def test_a_given_name_of_a_shown_person_is_not_shown_again():
    full = Person("Dale Orrin", confidence=0.9)
    given = Person("Dale", confidence=0.8)
    shown, _ = split_by_confidence(Facts(people=[full, given], quotes=[_quote("Dale")]))
    assert [p.name for p in shown.people] == ["Dale Orrin"]


def test_the_title_names_the_first_person_and_quotes_and_the_lead_weigh():
    often = Person("Ruth Calloway", mentions=4, sentences=[4, 6, 8])
    titled = Person("Ivo Petrak", mentions=2, sentences=[3, 9])
    lead = Person("Mara Lind", mentions=2, sentences=[0, 5])
    speaker = Person("Oskar Tamm", mentions=2, sentences=[7])
    people = [often, titled, lead, speaker]
    # Sentence 7 names him (a mention already); "he said" in 10 and 11 does not.
    quotes = [_quote("Tamm", at=7), _quote("Oskar Tamm", kind="pronoun", at=10),
              _quote("Oskar Tamm", at=11), _quote("Ruth Calloway", at=4)]
    ordered = main_people(people, quotes, "Petrak wins the vote", 0, lambda i: (i,))
    # Ivo Petrak (title), Ruth Calloway (4), Oskar Tamm (2 + 2 quotes), Mara Lind (2 + lead)
    assert [p.name for p in ordered] == ["Ivo Petrak", "Ruth Calloway", "Oskar Tamm", "Mara Lind"]
    ordered = main_people(people, quotes[:3], "", None, lambda i: (i,))
    assert [p.name for p in ordered][:2] == ["Ruth Calloway", "Oskar Tamm"]
    plain = main_people(people, [], "", None, lambda i: (i,))
    assert [p.name for p in plain] == ["Ruth Calloway", "Mara Lind", "Ivo Petrak", "Oskar Tamm"]


def test_a_surname_two_shown_people_share_lifts_neither():
    star = Person("Mirek Halloran", mentions=6, sentences=[1, 2])
    mother = Person("Edith Halloran", mentions=2, sentences=[3])
    other = Person("Santo Bray", mentions=3, sentences=[4])
    ordered = main_people([star, mother, other], [], "Halloran notes sought", None, lambda i: (i,))
    assert [p.name for p in ordered] == ["Mirek Halloran", "Santo Bray", "Edith Halloran"]


def test_a_held_name_opening_with_a_position_or_title_stays_held():
    glued = Person("Wing Teodor Marsac", confidence=0.8)
    shown, held = split_by_confidence(Facts(people=[glued], quotes=[_quote("Wing Teodor Marsac")]))
    assert shown.people == [] and held.people == [glued]
    titled = Person("Alderman Niall Brode", confidence=0.8)
    shown, _ = split_by_confidence(Facts(people=[titled], quotes=[_quote("Alderman Niall Brode")]))
    assert shown.people == []
