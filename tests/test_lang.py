"""briefing/lang: the one home of word lists, and the stages reading from it."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from briefing.facts.dates import find_in_text
from briefing.facts.entities import CUE_VERB
from briefing.lang import alternation, every_lexicon
from briefing.lang.en import lexicon
from briefing.lang.gazetteer import demonyms, first_names, organizations, places, role_phrases
from briefing.lang.words import content_stems, similarity_stop_words, stop_words
from briefing.segment import split_sentences

PACKAGE = Path(__file__).resolve().parent.parent / "briefing"
# Spellings that only a word list would contain: a month, a German month, a cue verb.
LEXICON_ONLY = ("September", "Dezember", "acknowledges", "sagte")


def _string_constants(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = ast.walk(tree)
    return [n.value for n in nodes if isinstance(n, ast.Constant) and isinstance(n.value, str)]


def test_month_names_and_cue_verbs_are_written_only_under_lang():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if PACKAGE / "lang" in path.parents:
            continue
        for text in _string_constants(path):
            offenders += [f"{path.name}: {word}" for word in LEXICON_ONLY if word in text]
    assert offenders == []


def test_every_month_spelling_has_its_number():
    for number, name in enumerate(lexicon.MONTHS, start=1):
        assert lexicon.MONTH_NUMBERS[name.lower()] == number
    for short in lexicon.MONTH_ABBREVIATIONS:
        full = lexicon.MONTHS[lexicon.MONTH_NUMBERS[short.lower()] - 1]
        assert full.startswith(short)


def test_alternation_prefers_the_longest_word():
    pattern = re.compile(rf"(?:{alternation(['Sep', 'Sept', 'Sep'])})")
    assert pattern.match("Sept.").group() == "Sept"
    assert alternation(["a.b"]) == r"a\.b"


def test_dates_read_abbreviated_months_from_the_lexicon():
    found = find_in_text("The deal closed on Sept. 3, 2021 after talks.")
    assert [(f.kind, f.value) for f in found] == [("absolute", "2021-09-03")]


def test_cue_verbs_come_from_the_lexicon():
    assert all(CUE_VERB.match(verb) for verb in lexicon.CUE_VERBS)
    assert not CUE_VERB.match("walked")


def test_german_months_keep_an_ordinal_date_in_one_sentence():
    text = "Die Wahl findet am 3. Oktober statt. Danach beginnt die Auszählung."
    assert split_sentences(text, "de") == [
        "Die Wahl findet am 3. Oktober statt.",
        "Danach beginnt die Auszählung.",
    ]


def test_speech_verbs_of_every_language_join_an_attributed_quote():
    verbs = [verb for lang in every_lexicon() for verb in lang.SPEECH_VERBS]
    assert "sagte" in verbs and "shouted" in verbs
    text = '"Why now?" Mr Hale shouted. The crowd went quiet.'
    assert split_sentences(text) == ['"Why now?" Mr Hale shouted.', "The crowd went quiet."]


def test_content_stems_drop_stop_words_and_digits():
    assert content_stems(["The", "harbours", "closed", "in", "2021"]) == ["harbour", "close"]


def test_similarity_keeps_the_content_words_of_the_stop_list():
    # The bundled English list holds 'said' and 'new'; comparing sentences counts them.
    words = ["The", "minister", "said", "the", "new", "harbour", "would", "close"]
    assert "said" in stop_words("en") and "new" in stop_words("en")
    assert content_stems(words, "en", similarity_stop_words("en")) == [
        "minist", "said", "new", "harbour", "close"]
    assert {"the", "would", "of"} <= similarity_stop_words("en")
    assert similarity_stop_words("de") == stop_words("de")  # no such list for German yet


def test_gazetteers_load_from_the_lang_data_folder():
    assert places()["France"] == ("France", "list:countries")
    assert organizations()
    assert demonyms() and role_phrases() and first_names()


def test_quote_marks_pair_by_context_and_keep_stray_ones_apart():
    from briefing.lang.quotes import pair_quote_marks

    text = 'He called it an “expedited review“ and left.” Then "open'
    pairs = [(p.opened, p.closed) for p in pair_quote_marks(text)]
    first = text.index("“")
    assert pairs[0] == (first, text.index("“", first + 1))
    assert pairs[1] == (-1, text.index("”"))  # a closer with nothing open stays alone
    assert pairs[-1] == (text.rindex('"'), -1)  # still open at the end
