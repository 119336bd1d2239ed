"""Which paragraphs are structure (headings, labels, times, list numbers), not sentences."""

from briefing.models import Article
from briefing.segment import segment
from briefing.segment.headings import is_structure

PROSE = "The harbour authority reopened the eastern quay on Tuesday after repairs."


def test_live_blog_times_list_numbers_and_labels_are_structure() -> None:
    for line in ("23:58 GMT", "9.15am", "07:30", "1.", "12)", "iv.", "•", "Key points:",
                 "What we know so far:"):
        assert is_structure(line, PROSE), line


def test_a_short_line_above_prose_is_a_heading_but_not_above_nothing() -> None:
    assert is_structure("Traffic returns to the bridge", PROSE)
    assert is_structure("3. Check the tide tables", PROSE)
    assert not is_structure("Traffic returns to the bridge", "")
    assert not is_structure("Traffic returns to the bridge", "More later")


def test_data_lines_and_sentences_are_not_structure() -> None:
    for line in ("Harbour 14 9 21 — 44", "Eastfield d. Millbrook 3-1", "x = load(path);",
                 PROSE, "Ministers met on Monday, officials said"):
        assert not is_structure(line, PROSE), line


def test_a_colon_line_before_a_quotation_introduces_speech() -> None:
    assert not is_structure("The mayor said:", '"We will rebuild the quay by spring."')
    assert is_structure("The plan in brief:", "Repairs start in March.")


def test_segment_leaves_structure_out_but_keeps_offsets() -> None:
    article = Article(paragraphs=["Key points:", PROSE, "14:05 BST", "Divers checked the piles.",
                                  "Next steps", "Work resumes on Monday."])
    doc = segment(article)
    assert doc.sentence_texts() == [PROSE, "Divers checked the piles.", "Work resumes on Monday."]
    for sentence in doc.sentences:
        assert article.text[sentence.start:sentence.end] == sentence.text
