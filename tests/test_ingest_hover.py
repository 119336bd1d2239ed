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
