"""Speakers named by what they are rather than by name: a group's members, an epithet for
a surname-only person, and capitalised words that open a sentence without being anyone."""

from test_facts_quotes import quotes_of


def speakers(paragraphs):
    return [speaker for speaker, _cue, _text in quotes_of(paragraphs)]


def test_the_members_of_a_band_speak_for_it_not_the_man_just_quoted():
    assert speakers([
        'Guitarist Dale Pruitt said he was leaving. "I have to go my own way now," he said. '
        "The remaining members of Vantor, who are known for their loud live shows, said they "
        'hoped Pruitt "finds the peace he has been looking for".',
    ]) == ["Dale Pruitt", "The remaining members of Vantor"]


def test_two_members_of_a_named_group_are_a_group_source():
    assert speakers([
        'Two members of the Harbour Singers said: "We will carry on touring next year."',
    ]) == ["Two members of the Harbour Singers"]


def test_an_epithet_after_a_surname_only_speaker_is_that_speaker():
    # "Okafor" has no gender the census lists know; "the central defender" needs none.
    assert speakers([
        '"We want owners who care about the club," said Okafor. "Nobody knows their plans." '
        'The central defender added on local radio: "We will have to wait and see."',
    ]) == ["Okafor", "Okafor", "Okafor"]


def test_an_epithet_with_no_named_person_before_stays_the_phrase():
    assert speakers([
        "The club confirmed a third bid for the ground on Monday.",
        'The central defender said on local radio: "We will have to wait and see."',
    ]) == ["The central defender"]


def test_a_span_of_time_opening_the_sentence_is_no_speaker():
    found = speakers([
        'Hours later, Ruddock returned the compliment, telling reporters, "He is a fine '
        'man and a good friend."',
    ])
    assert found == ["Ruddock"]


def test_lawyers_for_someone_are_no_person_named_lawyers():
    found = speakers([
        "Attorneys for the senator opposed the move, saying in court papers that the "
        'account "has never been the property of the department".',
    ])
    assert "Attorneys" not in found


def test_an_epithet_does_not_take_a_subject_who_never_spoke():
    # The manager speaks of the injured player; the player only opened a sentence.
    found = speakers([
        "Carlo Rossi says Karim Dufort will miss the game on Saturday. Dufort, who picked "
        "up the injury on Tuesday, should be fit for the return game. 'Dufort is not "
        "available but we will have him back for the next game,' added the Italian.",
    ])
    assert "Karim Dufort" not in found and "Dufort" not in found


def test_a_named_bodys_jury_speaks_for_the_body():
    found = quotes_of([
        "The Cinema Guild of Leeds (CGL) named its moments of the year on Monday.",
        '"The creative community has begun to censor its own shows," the CGL jury declared.',
    ])
    assert [speaker for speaker, _cue, _text in found] == ["Cinema Guild of Leeds"]


def test_a_place_before_a_panel_noun_is_no_body():
    assert speakers([
        '"The team played with great heart all through the game," the Leeds panel said.',
    ]) == ["the Leeds panel"]


def test_an_epithet_passes_over_a_person_named_only_as_an_object():
    # Butrago is only talked to; "the 21-year-old" is the man the report is about.
    assert speakers([
        "Jose Arenas has added to talk of a move after falling for a radio prank.",
        "The Spaniard believed he was talking to sporting director Emilio Butrago when he "
        'criticised his team-mates. "I wish I was playing for Madrid," the 21-year-old '
        "told the station.",
    ]) == ["Jose Arenas"]


def test_an_epithet_after_a_guessed_voice_stays_the_phrase():
    # "He conceded" is only a guess between two men; the Irishman opened a sentence since.
    found = speakers([
        'Manager Martin Jorge praised his side. "We had the initiative," the Dutchman said.',
        "Robbie Kearns, skipper for the night and scorer of the second goal, echoed his "
        'manager. "We are confident," he said.',
        "He conceded the win over Forest, which included goals from Noel Pamar, was not "
        'pretty. "It was not the best display but it is all about the result," the '
        "Irishman said.",
    ])
    assert found[-1] != "Martin Jorge"


def test_a_team_opening_a_sentence_is_no_rival_for_an_epithet():
    # "Chelsea have" is a team (a plural verb), not an unknown man the epithet could mean.
    assert speakers([
        'Marcel Dessart says his old side will win. "Things will be different," he said.',
        "Chelsea have not played Barcelona since that tie five years ago.",
        'Dessart, now in Qatar, sees no comparison. "They are much stronger now," the '
        "36-year-old said.",
    ])[-1] == "Marcel Dessart"


def test_a_role_apposition_without_an_article_sets_the_subject_off():
    # British style drops the article: "Robbie Kearns, skipper for the night, echoed ..."
    assert speakers([
        'Manager Martin Jorge praised his side. "We had the initiative," he said.',
        "Robbie Kearns, skipper for the night and scorer of the second goal, echoed his "
        'manager. "We are confident we can go there and win," he said.',
    ]) == ["Martin Jorge", "Robbie Kearns"]
