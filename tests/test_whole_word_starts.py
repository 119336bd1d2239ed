"""A name's mentions as whole words (facts.tokens.whole_word_starts)."""
from briefing.facts.tokens import whole_word_starts


def test_whole_words_only_and_no_overlaps():
    text = "Ana Ruiz met Ana Ruizova, then ex-Ana Ruiz and Ana Ruiz's aide."
    assert whole_word_starts(text, "Ana Ruiz") == [0, text.index("Ana Ruiz's")]
    # an apostrophe joins only when asked to
    assert whole_word_starts(text, "Ana Ruiz", joiners="'’-") == [0]
    assert whole_word_starts("aa aa", "aa") == [0, 3]
    assert whole_word_starts("Ann", "") == []
