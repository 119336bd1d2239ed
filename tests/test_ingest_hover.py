"""A hover card (a box of links shown over a name) is page furniture, not the sentence."""

from __future__ import annotations

import pytest

from briefing import ingest
from briefing.ingest.html import is_hover_box

CARD = (
    '<span class="hovercard-person"><a class="hovercard-person-link" href="/people/mara-quell">'
    "Mara Quell</a><span class=\"hovercard-person-block\"><img src=\"q.jpg\" alt=\"\">"
    '<a href="/a/1">Quell backs tidal levy as harbour costs climb</a> '
    '<a href="/a/2">Weekend roundup: ferries, fares and a lighthouse sale</a> '
    '<a class="more" href="/people/mara-quell">MORE</a></span></span>'
)

PAGE = f"""<html><head><title>Harbour board delays the new ferry pier</title></head><body>
<article><h1>Harbour board delays the new ferry pier</h1>
<p>The harbour board of Port Ellery voted on Tuesday to delay the new ferry pier by a year,
saying the tender came in well above its budget.</p>
<p>Councillor {CARD} (Green) called the delay a sensible pause and asked for a fresh tender
before the spring.</p>
<p>Work on the old pier will go ahead as planned, the board said, and the ferry timetable
stays the same for the summer season.</p>
</article></body></html>"""


def test_the_card_goes_and_the_name_and_the_rest_of_the_sentence_stay():
    article = ingest.from_html(PAGE, source="pier.html")
    text = article.text
    assert "Councillor Mara Quell (Green) called the delay" in " ".join(text.split())
    assert "tidal levy" not in text and "Weekend roundup" not in text and "MORE" not in text


def test_a_page_without_cards_reads_as_before():
    plain = PAGE.replace(CARD, "Mara Quell")
    assert ingest.from_html(plain, source="p.html").text == ingest.from_html(
        PAGE, source="p.html").text


@pytest.mark.parametrize("token, box", [
    ("hovercard-person-block", True), ("tooltiptext", True), ("tooltip_popup", True),
    ("userPopover", True), ("hovercard-person", False), ("hovercard-person-link", False),
    ("tooltip-indicator", False), ("popup-link", False), ("slide-popup-gallery", False),
    ("article-body", False),
])
def test_only_a_cards_box_is_named_a_box(token, box):
    assert is_hover_box(token) is box


POST = ('<blockquote class="twitter-tweet"><p lang="en">Our pier, our say: no more delays '
        'to the ferry we were promised.<br><br>Come to the hall on Friday night.</p>'
        '&mdash; Port Ellery Ferry Users (@ellery_ferry) <a href="https://x.test/s/1">'
        'May 2, 2024</a></blockquote>')


def test_an_embedded_posts_lines_stay_in_the_text_but_are_not_sentences():
    from briefing.segment import segment

    page = PAGE.replace("</article>", f"<p>Ferry users answered online.</p>{POST}</article>")
    article = ingest.from_html(page, source="pier.html")
    assert "no more delays" in article.text
    assert any("no more delays" in line for line in article.embedded)
    sentences = [s.text for s in segment(article).sentences]
    assert not any("no more delays" in s or "hall on Friday" in s for s in sentences)
    assert any("Ferry users answered online" in s for s in sentences)


def test_the_articles_own_words_about_a_post_stay_sentences():
    from briefing.segment import segment

    told = ('<p>"Our pier, our say," the ferry users posted, asking for no more delays '
            'to the ferry they were promised.</p>')
    page = PAGE.replace("</article>", f"{told}{POST}</article>")
    sentences = " ".join(s.text for s in segment(ingest.from_html(page)).sentences)
    assert "the ferry users posted" in sentences
