"""Photo captions glued to the story in pasted copy: never a key point or the bottom line."""

from __future__ import annotations

from briefing.brief.standalone import cannot_stand_alone, runs_two_sentences_together
from briefing.segment import split_sentences
from briefing.segment.run_ons import glued_openings


def test_glued_openings_give_where_the_second_sentence_opens():
    text = "It was tested in a warehouse The machine is new"
    assert glued_openings(text, "en") == [text.index("The machine")]
    assert glued_openings("The players visited The Hague in May.", "en") == []
    assert glued_openings(text, "xx") == []


def test_a_caption_closing_on_a_quoted_phrase_is_glued_to_the_next_sentence():
    quoted = "He said the tests were 'very promising' The funding comes from a charity."
    assert glued_openings(quoted, "en") == []
    assert glued_openings(quoted, "en", after_a_quote=True) == [quoted.index("The funding")]
    assert runs_two_sentences_together(quoted, "en")
    assert cannot_stand_alone(quoted, "en")
    # a quoted phrase inside a sentence, or closing one, is no seam
    assert not cannot_stand_alone(
        "The mayor called the plan 'a real chance' for the town and its harbour.", "en")
    assert not runs_two_sentences_together(
        "The mayor said the plan was 'a real chance'. The council agreed.", "en")


def test_a_new_quotation_after_a_question_is_not_its_attribution():
    text = ("I asked them, 'What does the toll mean?' They said, 'Every time you cross the "
            "bridge, you pay a pound,' and laughed.")
    assert split_sentences(text) == [
        "I asked them, 'What does the toll mean?'",
        "They said, 'Every time you cross the bridge, you pay a pound,' and laughed."]
    assert split_sentences('"Is that all?" Ravi said. "We will see."') == [
        '"Is that all?" Ravi said.', '"We will see."']
