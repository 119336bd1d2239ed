"""Subjects of cue verbs: appositions, asides, passives, nouns that look like cue verbs."""
from test_facts_quotes import quotes_of


def speakers(paragraphs):
    return [speaker for speaker, _cue, _text in quotes_of(paragraphs)]


def test_a_participle_aside_after_the_subject_is_stepped_over():
    assert speakers([
        "Judge Margit Olsen, sitting with Judges Brand, Keane and Ortiz, said the appeal "
        'had failed because the council was "acting beyond its powers all along".'
    ]) == ["Margit Olsen"]


def test_a_subject_set_off_by_appositions_before_a_comma_and_the_verb():
    assert speakers([
        "Ravi Menon, product director at the Corvane Software group, responded to the "
        'figures: "We respect that some customers will choose other tools."',
        "Welcoming the ruling, Dana Whitlock, chief executive of the Harbour Trust, said: "
        '"This is a good day for every family on the estate."',
    ]) == ["Ravi Menon", "Dana Whitlock"]


def test_role_words_between_a_capitalised_word_and_the_name_are_the_role():
    assert speakers([
        "Liberal party co-ordinator Marcus Fenwick attacked the plan, warning: "
        '"This scheme will not survive its first winter."',
    ]) == ["Marcus Fenwick"]


def test_a_noun_after_a_determiner_is_no_cue_verb():
    assert speakers([
        'Mr Oduya said the claims were "invented from start to finish by his rivals".'
    ]) == ["Oduya"]


def test_the_one_spoken_to_or_named_in_a_passive_is_not_the_speaker():
    assert speakers([
        "Another member of the board says she was told: "
        '"You only got this job because somebody owed you a favour."',
        'Kellerman, who ran the scheme for six years, was called "the quiet fixer of the '
        'fraud" by the judge.',
    ]) == ["", ""]


def test_a_clause_with_a_finite_verb_is_no_nominal_source():
    assert speakers([
        "The tablet - which will be sold from March - was praised by reviewers as "
        '"the lightest machine of its kind on the market".'
    ]) == [""]


def test_a_late_cue_after_a_statement_of_its_own_does_not_take_the_quote():
    found = speakers([
        '"It is a front for someone else, not for the state firm," said Ilya Petrov, a '
        'trader in Kiev. "We could not find the owners, and we looked hard." The sale has '
        "bought the firm time to raise the money it needs, analysts said.",
    ])
    assert found == ["Ilya Petrov", "Ilya Petrov"]


def test_the_foreign_minister_is_not_the_shadow_foreign_minister():
    found = speakers([
        'Shadow foreign minister Helen Crane said: "We fought a clean campaign."',
        "In a speech Mr Hollis attacked the opposition leader. The Foreign Minister told "
        'the radio station: "I was describing how quickly their policy can lurch."',
    ])
    assert found[0] == "Helen Crane" and found[1] != "Helen Crane"


def test_an_adverb_opening_a_clause_is_no_speaker():
    found = speakers([
        "Dominic Hale, an analyst, studies cash machines. Currently, he said, a machine "
        'lasts ten years. "Banks simply replace them as part of their cycle," he said.'
    ])
    assert found == ["Dominic Hale"]


def test_a_person_after_a_preposition_is_an_object_not_the_speaker():
    found = speakers([
        "Mr Karl Weber spoke first. Responding to Mr Weber, Mr Tomas Lind said: "
        '"The opposition has no plan for the railways at all."',
        "Mrs Ada Price was not in court. A friend of Mrs Price, Joan Hurst, said: "
        '"She would never have left without telling anybody."',
        'Of Weber, Lind, who has backed the mayor, said: "He is clever but not wise."',
    ])
    assert found == ["Tomas Lind", "Joan Hurst", "Tomas Lind"]


def test_a_place_set_off_by_commas_is_where_not_who():
    found = speakers([
        "In Harrogate, Yorkshire, union leader Dave Pellow said: "
        '"We will fight these job cuts all the way."',
        "Speaking in Pune, India, the minister, Ravi Bose, said: "
        '"We must do more to help the poorest regions."',
    ])
    assert found == ["Dave Pellow", "Ravi Bose"]


def test_a_cue_verb_inverted_after_a_comma_has_its_own_subject():
    found = speakers([
        "Opposition leader Mark Dryden, said party chairman Alan Fisk, was "
        '"a man with no idea of what the country needs".'
    ])
    assert found == ["Alan Fisk"]


def test_letters_after_a_name_and_a_knight_s_given_name():
    found = speakers([
        "Paul Hatherley MP, the party's treasury spokesman, said: "
        '"Their sums do not add up and never have done."',
        "Sir Colin Marsh, head of the audit office, published the report. Sir Colin said: "
        '"We are pleased with the progress but there is more to do."',
    ])
    assert found == ["Paul Hatherley", "Colin Marsh"]


def test_a_name_then_the_body_they_work_for_before_the_verb():
    found = speakers([
        'Colin Ashby, Whitby Hotel Association said: "We tried very hard to keep them."'
    ])
    assert found == ["Colin Ashby"]


def test_a_pronoun_opening_the_next_sentence_gives_a_lone_name_its_gender():
    quotes = quotes_of([
        "Rowan Quill posted a long message on her website on Tuesday. She claimed the "
        'label had blocked the concert. "I just want to be able to play my own songs," '
        "she said."
    ])
    assert [speaker for speaker, _cue, _text in quotes] == ["Rowan Quill"]


def test_a_name_after_a_preposition_in_the_voice_s_own_report_is_no_rival():
    found = speakers([
        "Marta Lindgren, the defendant's lawyer, told the paper that her client never meant "
        "any harm to Senator Ruth Abbey.",
        '"My client is passionate about his beliefs and regrets his words," she said.',
    ])
    assert found == ["Marta Lindgren"]


def test_a_time_before_the_subject_is_no_part_of_it():
    found = speakers([
        "Karl Brenner and Luc Aubry have called for the ban to end. Britain has been more "
        "cautious, but on Wednesday Mr Ian Stroud said he also wanted it lifted. "
        '"I have long understood their argument and I accept it," he told the committee.'
    ])
    assert found == ["Ian Stroud"]


def test_a_titled_surname_in_apposition_and_a_coordinated_cue_after_the_quote():
    found = speakers([
        "Lord Tennant, Minister for Defence Equipment, said he was "
        '"obviously still disappointed with the cost increases", but insisted that the '
        'agency had "done a huge amount of work on its projects".'
    ])
    assert found == ["Tennant", "Tennant"]


def test_a_possessive_owner_before_a_name_is_where_the_speaker_works():
    # Made-up: "The LCF's Andrea Williams said" had been read as a body of that name.
    assert speakers([
        "Protesters gathered outside the hall on Monday.",
        "The RTA's Maria Lindqvist said: "
        '"This show mocks everything our members hold dear and must be stopped."',
        '"We will not be giving up the fight this year," said Harbour Radio\'s Tom Eckert.',
    ]) == ["Maria Lindqvist", "Tom Eckert"]


def test_a_body_inside_a_persons_report_is_no_sure_voice():
    # The nearest cue verb's subject is a body inside Mr Varga's own report: neither is sure.
    assert speakers([
        "Mr Varga said the EU had agreed to new talks after "
        '"a long period of very hard negotiation with all our partners".',
        'Ms Holt said: "We expect an answer from the ministry within a week."',
    ]) == ["", "Holt"]


def test_a_capitalised_word_the_article_also_writes_in_lower_case_is_no_name():
    assert speakers([
        "The town has grown fast, and perhaps too fast for some of the people living here.",
        'Perhaps, he said, this "small town has gotten far too big far too fast".',
    ]) == [""]


def test_a_subject_set_off_by_appositions_after_the_quote():
    assert speakers([
        'Helen Marsh said the new discs would sell well. "As we move to sharper images, we '
        'need far more storage," Tom Okafor, from Rexton\'s research laboratories, one of '
        "the pioneers of the format, told the BBC.",
    ]) == ["Tom Okafor"]


def test_a_long_unreadable_cue_after_the_quote_lets_no_earlier_voice_take_it():
    assert speakers([
        'Helen Marsh said the deal was done. "There is no single customs office for the '
        'whole union," a note issued on behalf of the trade envoy and his many aides in '
        "Geneva, said.",
    ]) == [""]
