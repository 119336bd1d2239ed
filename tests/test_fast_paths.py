"""Plain searches and guards that replace a costly pattern find what the pattern finds.

Each fast path (a pattern made per name, a look-behind tried at every word, a scan of a
line that cannot hold a match) is compared with the pattern it replaces, on sentences
written for the purpose.
"""

from __future__ import annotations

import re

import pytest

from briefing.facts import body_doubts, name_tails, sport_sides
from briefing.facts.tokens import form_mentions, tokenize, whole_word_starts
from briefing.ingest import clutter, pasted
from briefing.lang import alternation, grouped_alternation
from briefing.lang.en import speech
from briefing.lang.en.lexicon import PERSON_OR_BODY_NOUNS, PRODUCT_NOUNS, QUOTE_CUE_VERBS

SENTENCES = [
    "Mr Oduya said the depot would close; his said-so was not enough, she told reporters.",
    "The report said nothing, but Lena Vos pointed out that the claims were unsaid.",
    "Kerr's aides went on to say that the Kerr' files, and Kerrs, were told to wait.",
    "No says and no tells: Such warned, Ann Kerr-Vos added, then asked, 'who agreed?'",
    "the producer Tomas Brel met publisher Brel Books; record producer Tomas Brel said so.",
    "The Quill processor and the so-called  Quill chip; Quills sold; Quill firm on prices.",
    "The Dot phone, a Dot handset, the Dot\nformat: Dot firm in the  face of critics.",
    "Given saved twice, after Rob Given scored; and Given Wins was a headline, said Given.",
    "Auditors Grant Thornton and lenders Hale Bank signed; City fans and Rovers fans sang.",
    "Dr. Ivo B. Lund and St. Kilda, U.S. envoy Jo H. W. Park, met Mrs. Lund's staff.",
    "Ana Ruiz\u00a0said: Ruiz’s plan, Ruiz's team, ruizs and  Ruiz-Lopez\tare named here.",
]


def _spans(matches) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group()) for m in matches]


def test_cue_verb_search_finds_what_the_whole_pattern_finds() -> None:
    verbs = [v for v in QUOTE_CUE_VERBS if v not in ("believes", "believed", "thinks", "thought")]
    determiners = "".join(
        rf"(?<!\b{d}\s)" for w in speech.NOUN_DETERMINERS for d in (w, w.capitalize())
    )
    whole = re.compile(r"\b(?:" + determiners + "(?:" + alternation(verbs) + r"))\b")
    search = speech.cue_verb_pattern()
    found = 0
    for sentence in SENTENCES:
        assert _spans(search.finditer(sentence)) == _spans(whole.finditer(sentence))
        for start in range(len(sentence)):
            ours, theirs = search.search(sentence[start:]), whole.search(sentence[start:])
            assert (ours and ours.span()) == (theirs and theirs.span())
            ours, theirs = search.match(sentence, start), whole.match(sentence, start)
            assert (ours and ours.span()) == (theirs and theirs.span())
        assert search.findall(sentence) == whole.findall(sentence)  # the pattern's own
        found += len(list(whole.finditer(sentence)))
    assert found >= 10  # the sentences do hold cue verbs, some after a determiner


@pytest.mark.parametrize("words", [
    ["said", "say", "says", "s", "told", "pointed out", "points out"],
    ["a", "ab", "abc", "b", "a.b", "a*", "+", "ba"],
])
@pytest.mark.parametrize("after", ["", r"\b", r"(?!\w)", "b"])
def test_grouped_alternation_matches_the_flat_one(words: list[str], after: str) -> None:
    flat = re.compile(f"(?:{alternation(words)}){after}")
    grouped = re.compile(f"(?:{grouped_alternation(words)}){after}")
    for text in [*SENTENCES, "abc ab a.b a* + ba b aab", "says s said, ssay points out"]:
        assert _spans(grouped.finditer(text)) == _spans(flat.finditer(text))


@pytest.mark.parametrize("forms", [
    ["Ruiz", "Ana Ruiz", "Ruiz-Lopez"], ["Kerr", "Ann Kerr", "Kerr-Vos", "Vos"],
    ["A A", "A"], ["Given", "Rob Given"],
])
def test_form_mentions_find_what_the_mention_pattern_finds(forms: list[str]) -> None:
    pattern = re.compile(
        r"(?<![\w-])(" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
        + r")(['’]s?)?(?![\w-])"
    )
    for text in [*SENTENCES, "A A A, A A's A' A'x"]:
        expected = [(m.start(), m.end(), m.group(1), bool(m.group(2)))
                    for m in pattern.finditer(text)]
        assert form_mentions(text, forms) == expected


def test_whole_word_starts_with_overlaps_finds_each_one() -> None:
    assert whole_word_starts("A A A", "A A") == [0]
    assert whole_word_starts("A A A", "A A", overlaps=True) == [0, 2]


@pytest.mark.parametrize("name", ["Brel", "Tomas Brel", "Quill", "Dot", "Kerr", "Ruiz"])
def test_body_doubts_find_what_their_patterns_find(name: str) -> None:
    escaped = re.escape(name)
    nouns = "|".join(sorted(PERSON_OR_BODY_NOUNS))
    products = "|".join(sorted(PRODUCT_NOUNS))
    firm = r"firm\s+(?:over|on|against|about|in\s+the\s+face)\b"
    for text in SENTENCES:
        after_noun = re.search(rf"\b(?:{nouns})\s+{escaped}(?![\w-])", text) is not None
        assert body_doubts._after_a_noun(name, text) == after_noun
        before = re.findall(rf"\b([A-Z][a-z]+) {escaped}\b", text)
        assert body_doubts._words_before(name, text) == before
        doubted = bool(
            re.search(rf"(?<![\w-]){escaped}s(?![\w-])", text)
            or re.search(rf"\b[Tt]he\s+(?:so-called\s+)?{escaped}\s+(?:{products})\b", text)
            or re.search(rf"(?<![\w-]){escaped}\s+{firm}", text)
        ) or body_doubts._spelled_in_lower_case(name, text)
        assert body_doubts.repetition_doubted(name, text) == doubted


def test_the_body_doubts_sentences_hold_each_doubt() -> None:
    text = " ".join(SENTENCES)
    assert body_doubts._after_a_noun("Tomas Brel", text)
    assert body_doubts._words_before("Brel", text) == ["Tomas", "Tomas"]
    assert body_doubts.repetition_doubted("Quill", text)  # "Quills", "the Quill processor"
    assert body_doubts.repetition_doubted("Dot", SENTENCES[6])  # "the Dot phone", "firm in"


@pytest.mark.parametrize("name", ["Rob Given", "Ana Ruiz", "Ann Kerr"])
def test_surname_alone_finds_what_its_pattern_finds(name: str) -> None:
    last = name.split()[-1]
    before = re.escape(name.split()[-2])
    pattern = rf"(?<![\w-])(?<!{before} )(?<=[a-z,] ){re.escape(last)}(?![\w-])(?!\s+[A-Z])"
    for text in SENTENCES:
        assert name_tails.surname_alone(last, name, text) == bool(re.search(pattern, text))
    assert name_tails.surname_alone("Given", "Rob Given", SENTENCES[7])  # "said Given."


def test_the_word_pattern_matches_its_unguarded_form() -> None:
    from briefing.facts import tokens
    from briefing.lang.en.lexicon import TITLE_ABBREVIATIONS

    unguarded = re.compile(  # as it was before its capital look-ahead and grouped titles
        r"(?:[A-Z]\.){2,}"
        r"|(?<=[a-z] )[A-Z]\.(?= [A-Z][a-z]| [A-Z]\. [A-Z][a-z])"
        r"|(?<=[A-Z]\. )[A-Z]\.(?= [A-Z][a-z])"
        rf"|(?:{alternation(TITLE_ABBREVIATIONS)})\."
        r"|[^\W_](?:[\w&]|['’\-](?=[^\W_])|\.(?=[^\W_])(?!(?<=[a-z]\.)[A-Z][a-z]))*"
    )
    for text in SENTENCES:
        assert _spans(tokens._TOKEN.finditer(text)) == _spans(unguarded.finditer(text))
    assert [t.text for t in tokenize(SENTENCES[9])][:5] == ["Dr.", "Ivo", "B.", "Lund", "and"]


LINES = [
    "Scroll down for video. The ferry sank (pictured above) near the pier.",
    "SCROLL DOWN FOR VIDEO The crew (left) waved.",
    "Sign up for our daily newsletter here. The port reopened on Monday.",
    "The talks ended. Jo Bell and Ann Kerr contributed to this report.",
    "The talks ended. Jo Bell reported from Oslo.",
    "Follow us on Twitter @portnews. The port reopened.",
    "The mayor spoke https://t.co/abc123 pic.twitter.com/xyz to the crowd.",
    "Ana RuizAna Maria Ruiz said the plan was fine.",
    "The lane shut on Monday. Closed off: Barriers went up at both ends However, it reopened.",
    "A plain sentence with nothing to cut from it at all, said the clerk.",
    "ſcroll down for video: a long s the pattern reads as an s",
]


def test_guarded_cuts_match_the_unguarded_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    guarded = [(clutter.cut(line, removed := []), removed) for line in LINES]
    everything = tuple((p, rule, ("",), False) for p, rule, _, _ in clutter._CUT_RULES)
    monkeypatch.setattr(clutter, "_CUT_RULES", everything)
    monkeypatch.setattr(clutter, "_CREDIT_FROM_KEYS", ("",))
    monkeypatch.setattr(clutter, "_SHORT_LINK_KEYS", ("",))
    monkeypatch.setattr(clutter, "_GLUE", re.compile(""))
    assert [(clutter.cut(line, removed := []), removed) for line in LINES] == guarded
    assert sum(bool(removed) for _, removed in guarded) >= 8  # the lines do hold clutter


def test_no_caption_is_glued_without_a_colon_and_space() -> None:
    assert all(not clutter.caption_spans(line) for line in LINES if ": " not in line)
    assert clutter.caption_spans(LINES[8])


@pytest.mark.parametrize("line", [*LINES, " a  b ", "a\u2003b", "x\tY", "- Quiet -", ""])
def test_key_of_is_the_spaces_rewrite(line: str) -> None:
    expected = re.sub(r"\s+", " ", line.strip(" \t:|>-–—•·*#[](){}\"'").lower())
    assert pasted.key_of(line) == expected


def test_sport_guards_change_no_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [
        "Rovers beat Town 3-1 and Real Madrid drew 2-2 with Inter.",
        "The NBA and NFL ratings fell; Leeds United lost 0-1.",
        "The council lost its vote 12-9 in Leeds.",
        "A quiet budget debate in the Commons ended late.",
    ]
    results = [sport_sides._results(text) for text in texts]
    clubs = [sport_sides._names_a_club(text) for text in texts]
    assert results == [len(sport_sides._RESULT.findall(text)) for text in texts]
    monkeypatch.setattr(sport_sides, "_CLUB_WORDS", ("",))
    assert [sport_sides._names_a_club(text) for text in texts] == clubs
    assert results == [1, 0, 1, 0] and clubs == [True, True, False, False]


def test_word_count_counts_what_the_word_pattern_counts() -> None:
    from briefing.facts.text_words import word_count

    text = " ".join(SENTENCES) + " Kerr_ Kerr1 Kerr² xKerr Kerr"
    for word in ["Kerr", "Ruiz", "said", "Given", "a"]:
        assert word_count(word, text) == len(re.findall(rf"\b{word}\b", text))
