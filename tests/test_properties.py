"""Property-based tests: whatever text comes in, only briefing.InputError may come out."""

from __future__ import annotations

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

import briefing  # noqa: E402
from briefing import InputError  # noqa: E402

SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

NAMES = ["Ann Price", "Kelby", "Rossa Ferries", "Dr. Omar Haddad", "the EU", "Minsk", "O'Neill"]
VERBS = ["said", "told reporters", "announced", "warned", "added", "denied"]
NUMBERS = st.one_of(
    st.integers(-10**9, 10**12).map(str),
    st.floats(allow_nan=False, allow_infinity=False, width=32).map(lambda f: f"{f:.2f}"),
    st.sampled_from(["3%", "$4.2 million", "£900", "1,200", "12 to 3", "2.5bn", "½", "1e9"]),
)
# Mostly English words (deeper paths: sentence ranking, facts), some arbitrary letters.
ENGLISH_WORDS = st.sampled_from(
    "the council budget rise percent mayor police strike bridge river minister told "
    "ferry workers said on Monday in March from and of to would could not".split()
)
WORDS = ENGLISH_WORDS | st.text(alphabet=st.characters(categories=["L"]), min_size=1,
                                max_size=12)


@st.composite
def news_sentence(draw: st.DrawFn) -> str:
    """Sentences with names, numbers, quotes and odd punctuation, in news order."""
    who = draw(st.sampled_from(NAMES) | WORDS.map(str.title))
    filler = " ".join(draw(st.lists(WORDS, min_size=0, max_size=8)))
    number = draw(NUMBERS)
    shape = draw(st.integers(0, 4))
    if shape == 0:
        return f"{who} {draw(st.sampled_from(VERBS))} {number} {filler}."
    if shape == 1:
        return f"\"{filler} {number},\" {who} {draw(st.sampled_from(VERBS))}."
    if shape == 2:
        return f"“{filler}” — {who}, {number}"
    if shape == 3:
        return f"{filler.upper()} ON {number} {who.upper()}!"
    return f"{who}: {filler}? ({number}) ..."


ARTICLES = st.lists(news_sentence(), min_size=1, max_size=25).map(
    lambda sentences: "Title line\n\n" + " ".join(sentences)
)
ANY_TEXT = st.text(max_size=3000)


def only_input_error(call, *args, **kwargs) -> object:
    try:
        return call(*args, **kwargs)
    except InputError as error:
        message = str(error)
        assert message and "\n" not in message.strip(), repr(message)
        return None


@SETTINGS
@given(ANY_TEXT)
def test_summarize_arbitrary_unicode(text):
    picked = only_input_error(briefing.summarize, text, sentences=3)
    if picked is not None:
        assert len(picked) <= 3 and all(isinstance(s, str) for s in picked)


@SETTINGS
@given(ANY_TEXT)
def test_extract_facts_arbitrary_unicode(text):
    only_input_error(briefing.extract_facts, text)


@SETTINGS
@given(ANY_TEXT)
def test_make_brief_arbitrary_unicode(text):
    # text without a line break could be read as a path: force the text route
    only_input_error(briefing.make_brief, text + "\n")


@SETTINGS
@given(ARTICLES, st.sampled_from(["default", "lead", "lex-rank", "text-rank", "luhn"]))
def test_structured_news_text_through_every_stage(text, method):
    picked = only_input_error(briefing.summarize, text, method=method, ratio=0.5)
    if picked is not None:
        assert all(sentence.strip() for sentence in picked)
    facts = only_input_error(briefing.extract_facts, text)
    if facts is not None:
        assert isinstance(facts.to_dict(), dict)
    brief = only_input_error(briefing.make_brief, text, method=method)
    if brief is not None:
        only_input_error(briefing.render, brief, "md")
        only_input_error(briefing.render, brief, "json")
