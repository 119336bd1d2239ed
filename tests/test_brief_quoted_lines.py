"""Sentences inside someone's quotation are never shown as the article's own claim."""

from __future__ import annotations

from briefing import ingest
from briefing.brief import build
from briefing.brief.quoted_lines import inside_a_quotation
from briefing.brief.standalone import is_an_attribution_tail
from briefing.models import Pick, Quote, Summary
from briefing.pipeline import facts_of
from briefing.segment import segment, split_sentences

# One pasted paragraph, single marks, the second quotation opened afresh after three
# sentences without closing (the facts stage reads one quotation from "'Each" to "year.'").
PASTED = (
    "Lena Hartwig finished ninth on her debut at the Riverside Open on Sunday. "
    "The 20-year-old golfer carded rounds of 74 and 75 to finish four over par. "
    "'It was hard but I enjoyed it,' said Hartwig, who played with former winner Ola Brandt. "
    "'Each time I play with the best players I learn something. "
    "This is the level I want to reach within two years. "
    "I simply have to practise more often. "
    "'My putting let me down and I know it. I will be back here next year.' "
    "Hartwig will next play at the Lakeside Classic in June, her coach confirmed. "
    "The Riverside Open was won by Mika Sorensen, who shot eight under par."
)


def test_the_facts_stage_finds_the_unclosed_quotation():
    doc = segment(ingest.from_text(PASTED))
    texts = doc.sentence_texts()
    opened = next(i for i, t in enumerate(texts) if t.startswith("'Each time"))
    found = inside_a_quotation(doc, facts_of(doc).quotes)
    assert {opened + 1, opened + 2} <= found
    assert not {i for i, t in enumerate(texts) if "Hartwig" in t} & found


def test_sentences_inside_a_quotation_the_facts_found_are_listed():
    doc = segment(ingest.from_text(PASTED))
    texts = doc.sentence_texts()
    opened = next(i for i, t in enumerate(texts) if t.startswith("'Each time"))
    start = doc.sentences[opened].start + 1
    end = doc.sentences[opened + 2].end
    whole = next(i for i, t in enumerate(texts) if t.startswith("'It was hard"))
    inner = Quote("It was hard but I enjoyed it", "Lena Hartwig", "said", whole, 0.9, "",
                  "name", doc.sentences[whole].start + 1, doc.sentences[whole].start + 29)
    long = Quote("...", "", "", opened, 0.0, "no cue", "", start, end)
    found = inside_a_quotation(doc, [inner, long])
    assert found == {opened, opened + 1, opened + 2}
    assert whole not in found  # the whole quotation with its speaker stays readable


def test_a_brief_shows_no_sentence_of_an_unclosed_quotation_as_a_key_point():
    doc = segment(ingest.from_text(PASTED))
    texts = doc.sentence_texts()
    inner = [i for i, t in enumerate(texts) if t.startswith(("This is the level", "I simply"))]
    ranking = [Pick(i, 1.0 - i / 100) for i in [0, *inner, 1, 2, 8, 9]]
    summary = Summary("default", picks=ranking[:3], ranking=ranking)
    brief = build(doc, summary, facts_of(doc))
    assert not {p.sentence for p in brief.points} & set(inner), [p.text for p in brief.points]
    assert len(brief.points) == 3
    assert brief.bottom_sentence == 0


def test_a_quotation_wholly_inside_its_sentence_can_be_a_key_point():
    doc = segment(ingest.from_text("The mayor spoke on Monday. 'We will rebuild the pier,' "
                                   "she said at the harbour. The works start in May."))
    start = doc.sentences[1].start + 1
    quote = Quote("We will rebuild the pier", "mayor", "said", 1, 0.9, "", "nominal",
                  start, start + 24)
    assert inside_a_quotation(doc, [quote]) == set()


def test_a_question_in_single_marks_stays_with_its_attribution():
    text = ("They kept texting on the drive home. 'Shall we take the van then, right?' "
            "Oskar wrote, the police report said. Ada replied at once.")
    assert "'Shall we take the van then, right?' Oskar wrote, the police report said." in (
        split_sentences(text))
    assert split_sentences("'Is it over?' Nadia asked. The hall went quiet.") == [
        "'Is it over?' Nadia asked.", "The hall went quiet."]
    # a new sentence after the quotation is not an attribution
    assert split_sentences("'Who knew?' Harbour officials have since closed the pier.") == [
        "'Who knew?'", "Harbour officials have since closed the pier."]


def test_an_attribution_with_its_source_and_nothing_said_is_a_tail():
    assert is_an_attribution_tail("Oskar wrote, the police report said.", "en")
    assert is_an_attribution_tail("Nadia Berg asked, officials said.", "en")
    assert not is_an_attribution_tail("Oskar wrote that the van was gone, police said.", "en")
    assert not is_an_attribution_tail("Oskar wrote, the report said it was his.", "en")


def test_a_third_person_sentence_a_long_span_swallowed_is_left_to_the_other_rules():
    # a lost closing mark makes the span run on through the reporter's narrative
    doc = segment(ingest.from_text(
        "Fans were angry on Friday. ‘We could see the banner from the square. Others took "
        "to social media to complain about the stunt. The owners said they were 'upset'."))
    start = doc.sentences[1].start + 1
    quote = Quote("...", "", "", 1, 0.0, "no cue", "", start, doc.sentences[3].end - 2)
    assert inside_a_quotation(doc, [quote]) == {1}
