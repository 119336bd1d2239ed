"""Sentence segmentation: quotes, abbreviations, languages, offsets, odd input."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from briefing.errors import InputError
from briefing.models import Article
from briefing.segment import segment, split_sentences

QUOTE_MARKS = "\"“”„«»"


def one(text: str, language: str = "en") -> None:
    assert split_sentences(text, language) == [text]


# --- quotations -------------------------------------------------------------------


@pytest.mark.parametrize(
    "quote",
    [
        '"We have been preparing for this for decades. If necessary, we will respond," '
        "Lukashenko said.",
        "“We have been preparing for this for decades. If necessary, we will respond,” "
        "Lukashenko said.",
        '"The plan is ready. We start on Monday," said Ms Okafor, the project lead.',
        '"Prices are high. Wages are not. Something has to give," he told reporters.',
        '"Why now?" he asked.',
        '"Why now?" Mayor Jane Doe asked reporters.',
        '"Stop!" shouted the guard.',
        '"Is it fair? Is it legal?" the senator asked.',
        'He said: "It is over. We lost," before leaving the stadium.',
    ],
)
def test_quotation_with_attribution_is_one_sentence(quote: str) -> None:
    text = f"{quote} The meeting ended at noon."
    assert split_sentences(text) == [quote, "The meeting ended at noon."]


def test_reported_speech_after_question_is_a_new_sentence() -> None:
    text = '"Who pays for it?" Mr Grant said he would not answer that today.'
    assert split_sentences(text) == [
        '"Who pays for it?"',
        "Mr Grant said he would not answer that today.",
    ]


def test_quotation_without_attribution_splits_at_real_boundaries() -> None:
    text = 'The coach said: "It is over. We lost." The crowd left quietly.'
    assert split_sentences(text) == [
        'The coach said: "It is over.',
        'We lost."',
        "The crowd left quietly.",
    ]


@pytest.mark.parametrize("closer", ['"', "”"])
@pytest.mark.parametrize("gap", [" ", ""])
def test_closing_quote_after_full_stop_stays_with_its_sentence(closer: str, gap: str) -> None:
    opener = "“" if closer == "”" else '"'
    text = f"He called it {opener}a walk in the park.{closer}{gap}Then he left the room."
    assert split_sentences(text) == [
        f"He called it {opener}a walk in the park.{closer}",
        "Then he left the room.",
    ]


def test_glued_closing_quote_without_opener_goes_back() -> None:
    text = 'It was late in the game."Then the lights went out.'
    assert split_sentences(text) == ['It was late in the game."', "Then the lights went out."]


def test_quote_reopened_for_a_continued_quotation_opens_the_next_sentence() -> None:
    # News convention: a quotation that runs on is reopened without being closed.
    text = 'She added: "The outlook is uncertain. "Rates may rise again," she warned.'
    sentences = split_sentences(text)
    assert sentences[-1] == '"Rates may rise again," she warned.'
    assert sentences[0] == 'She added: "The outlook is uncertain.'


def test_no_sentence_starts_with_a_closing_or_ends_with_an_opening_quote() -> None:
    paragraph = (
        '"Markets are calm," said one trader. "We expected it." Others disagreed. '
        "“It is a bubble.” Few listened. He asked: “Why?” Nobody replied. "
        '"It\'s done. We move on," the chief executive said. Shares rose."Good," she said.'
    )
    for sentence in split_sentences(paragraph):
        assert sentence[0] not in "”»", sentence
        assert sentence[-1] not in "“„«", sentence
        assert not sentence.startswith('" '), sentence


def test_guillemets_and_german_quotes() -> None:
    one("« Nous sommes prêts. Nous répondrons », a déclaré M. Dupont.", "fr")
    one("„Wir sind bereit. Wenn nötig, antworten wir“, sagte Dr. Weber.", "de")


# --- abbreviations, numbers, initials, ellipses -------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The U.S. and the U.K. signed the deal in St Petersburg on Friday.",
        "Dr. Smith met Mr. Jones in St. Louis at 9 a.m. on Monday.",
        "Use a mild detergent, e.g. soap, and rinse well.",
        "Sales fell in Jan. and recovered in Feb. after the holiday.",
        "The prime minister lives at No. 10 Downing Street.",
        "Inflation rose to 3.5% while the pound fell to $1.2871.",
        "J. K. Rowling wrote the books, and J. R. R. Tolkien inspired them.",
        "Output fell... then recovered within a week.",
        "Output fell… then recovered within a week.",
        "Fans of Yahoo! and Wham! may recall both.",
        "He bought pens, paper, etc. and went home.",
        "Like Mr. Trump and Ms. Le Pen, the two have blamed migrants.",
        "She met Gov. De Santis and the Rev. Al Green on Monday.",
        # "vs." and "v." always have a word after them, "No." and "Fig." a number
        "A: Broncos vs. Raiders at Mile High Stadium, in the record season.",
        "The case of Smith v. Raiders went to the court.",
        "It was far from No. 1 and nowhere near Fig. 3 in the report.",
        "By keeping General Wesley Clark, Sec. Clinton is choosing a loyalist.",
    ],
)
def test_not_a_boundary(sentence: str) -> None:
    one(sentence)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He moved to the U.S. He was 12.", ["He moved to the U.S.", "He was 12."]),
        ("It ended at 5 p.m. The day was calm.", ["It ended at 5 p.m.", "The day was calm."]),
        ("It began in World War I. But it ended.", ["It began in World War I.", "But it ended."]),
        ("We sold pens, etc. The shop shut.", ["We sold pens, etc.", "The shop shut."]),
        ("Is it over? Yes! It is.", ["Is it over?", "Yes!", "It is."]),
        ("The answer was No. They left.", ["The answer was No.", "They left."]),
    ],
)
def test_real_boundaries_next_to_abbreviations(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_all_lower_case_text_still_splits() -> None:
    assert split_sentences("prices rose. then they fell. nobody knew why.") == [
        "prices rose.",
        "then they fell.",
        "nobody knew why.",
    ]


# --- languages ----------------------------------------------------------------------


def test_german_abbreviations_and_ordinal_dates() -> None:
    text = (
        "Der Preis stieg z. B. in Berlin um 3,5 Prozent. Am 3. Oktober sprach Dr. Müller "
        "u. a. über die Lage. Danach fiel der Kurs."
    )
    assert split_sentences(text, "de") == [
        "Der Preis stieg z. B. in Berlin um 3,5 Prozent.",
        "Am 3. Oktober sprach Dr. Müller u. a. über die Lage.",
        "Danach fiel der Kurs.",
    ]


def test_french_abbreviations() -> None:
    text = "M. Dupont et Mme Durand sont arrivés hier. Le prix a augmenté, p. ex. à Lyon."
    assert split_sentences(text, "fr") == [
        "M. Dupont et Mme Durand sont arrivés hier.",
        "Le prix a augmenté, p. ex. à Lyon.",
    ]


@pytest.mark.parametrize(
    "language, text, count",
    [
        ("es", "El Sr. García habló con EE. UU. ayer. Luego se fue.", 2),
        ("it", "Il sig. Rossi è arrivato. Poi è partito.", 2),
        ("pt", "O Sr. Silva chegou ontem. Depois saiu.", 2),
        ("nl", "Dhr. Jansen kwam gisteren. Daarna vertrok hij.", 2),
        ("ru", "Он сказал, что цены выросли на 3,5%. Затем он ушёл.", 2),
    ],
)
def test_other_languages(language: str, text: str, count: int) -> None:
    assert len(split_sentences(text, language)) == count


@pytest.mark.parametrize("language", ["en", "EN", "en-GB", "en_US", "english", "de-AT", "german"])
def test_language_spellings(language: str) -> None:
    assert split_sentences("Dr. Weber kam. Er ging.", language) == ["Dr. Weber kam.", "Er ging."]


@pytest.mark.parametrize("language", ["xx", "ja", "klingon"])
def test_unsupported_language_is_an_input_error(language: str) -> None:
    with pytest.raises(InputError) as caught:
        split_sentences("Hello there.", language)
    message = str(caught.value)
    assert f"cannot split sentences in language '{language}'" in message
    assert "en" in message and "de" in message and "\n" not in message


def test_segment_uses_the_article_language() -> None:
    with pytest.raises(InputError):
        segment(Article(paragraphs=["Bonjour."], language="xx"))
    doc = segment(Article(paragraphs=["Am 3. Oktober kam er. Dann ging er."], language="de"))
    assert len(doc.sentences) == 2


# --- offsets and document structure -------------------------------------------------


def test_offsets_index_article_text_exactly() -> None:
    article = Article(
        paragraphs=[
            '  "It is over. We lost," he said.  Then he left.',
            "",
            "Shares fell 3.5% in the U.S. on Monday.\nTraders were calm.",
            "Text before a blank line.\n\nText after it.",
            "No punctuation here",  # last: a heading needs prose under it
        ]
    )
    doc = segment(article)
    text = article.text
    assert [s.index for s in doc.sentences] == list(range(len(doc.sentences)))
    for sentence in doc.sentences:
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip() and sentence.text
        paragraph = article.paragraphs[sentence.paragraph]
        assert sentence.text in paragraph  # never crosses a paragraph
    assert [s.paragraph for s in doc.sentences] == [0, 0, 2, 2, 3, 3, 4]
    assert doc.sentences[0].text == '"It is over. We lost," he said.'
    assert doc.sentence_texts()[-3:-1] == ["Text before a blank line.", "Text after it."]


def test_offsets_are_increasing_and_disjoint() -> None:
    paragraphs = ['"A b. C d," he said. E f? "G!" she shouted. H i...'] * 30
    doc = segment(Article(paragraphs=paragraphs))
    ends = [(s.start, s.end) for s in doc.sentences]
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(ends, ends[1:], strict=False))


# --- odd input ----------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   ", "\n\n\n", "\t \n"])
def test_empty_input_gives_no_sentences(text: str) -> None:
    assert split_sentences(text) == []
    assert segment(Article(paragraphs=[text])).sentences == []


def test_one_sentence_without_final_punctuation() -> None:
    one("The minister resigned on Tuesday")


def test_text_without_any_punctuation_is_one_sentence() -> None:
    text = " ".join(["word"] * 5000)
    assert split_sentences(text) == [text]


@pytest.mark.parametrize("text", ['"', '" "', "!!!", "...", "?!?!", "“”", '"."', "a." * 50, "«»"])
def test_punctuation_only_input_is_handled(text: str) -> None:
    sentences = split_sentences(text)
    assert "".join(sentences).replace(" ", "") in text.replace(" ", "")


def test_very_long_text_keeps_every_sentence() -> None:
    shapes = [
        '"We are ready. We will respond," Dr. Ivanova said at {n} p.m. on Friday.',
        "Shares rose {n}.5% in the U.S. on Monday.",
        '"Why?" he asked.',
        "It was late in game {n}.” Then {n} fans left.",  # unique: repeats are indexed once
    ]
    count = 5000
    lines = [shapes[i % len(shapes)].format(n=i) for i in range(count)]
    lines = [line.replace("It was", "“It was") for line in lines]
    paragraph = " ".join(lines)
    doc = segment(Article(paragraphs=[paragraph]))
    expected = count + count // len(shapes)  # the last shape holds two sentences
    assert len(doc.sentences) == expected
    assert all(paragraph[s.start : s.end] == s.text for s in doc.sentences)


# --- nothing downloaded -------------------------------------------------------------


def test_works_with_an_empty_nltk_data_directory(tmp_path) -> None:
    script = (
        "from briefing.segment import split_sentences\n"
        "assert split_sentences('Dr. Smith came. He left.') == ['Dr. Smith came.', 'He left.']\n"
        "assert len(split_sentences('Am 3. Oktober kam er. Dann ging er.', 'de')) == 2\n"
        "assert len(split_sentences('Il est venu. Il est parti.', 'fr')) == 2\n"
        "print('ok')\n"
    )
    env = {**os.environ, "NLTK_DATA": str(tmp_path), "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
    assert not any(tmp_path.iterdir())


# --- the Document's offsets ---------------------------------------------------------


def test_document_knows_paragraph_starts_and_the_sentence_at_each_offset():
    article = Article(["The ferry left late. It docked at noon.", "Crews cheered. Then rain came."])
    doc = segment(article)
    text = article.text
    assert [text[start:].split(".")[0] for start in doc.paragraph_starts] == [
        "The ferry left late",
        "Crews cheered",
    ]
    for sentence in doc.sentences:
        for offset in (sentence.start, sentence.end - 1):
            assert doc.sentence_at(offset) == sentence.index
            assert doc.paragraph_at(offset) == sentence.paragraph
    # The paragraph break belongs to the sentence before it.
    assert doc.sentence_at(doc.paragraph_starts[1] - 1) == 1


def test_unbalanced_curly_marks_still_pair_from_their_context():
    # The closing mark is typed as an opening one; it closes anyway, and stays with its sentence.
    text = "“Do you want to wait?“ he asked. The room went quiet."
    assert split_sentences(text) == ["“Do you want to wait?“ he asked.", "The room went quiet."]


@pytest.mark.parametrize("text, count", [
    ("Harbour chief Ann J. Ferris said the pier would reopen. Work starts in May.", 2),
    ("Folk singer P.J. Quell will play the harbour festival. Tickets sold out.", 2),
    ("The novel by J.R.R. Tolkien sold well at the fair. Stock ran out.", 2),
    ("They finished top of Group B. Later the harbour team lost.", 2),
    ("He moved to the U.S. Later he ran a harbour there.", 2),
])
def test_initials_before_a_surname_end_no_sentence(text: str, count: int) -> None:
    assert len(split_sentences(text, "en")) == count


def test_a_stray_full_stop_before_a_conjunction_ends_no_sentence():
    from briefing.segment import split_sentences

    text = "The EU warned that a law would be introduced. unless firms acted. Kraft cut adverts."
    assert split_sentences(text) == [
        "The EU warned that a law would be introduced. unless firms acted.", "Kraft cut adverts."]
    # all-lower-case text keeps its full stops as sentence ends
    assert len(split_sentences("she left early. because it rained. we stayed.")) == 3
