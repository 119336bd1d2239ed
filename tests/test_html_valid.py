"""The HTML brief parses as HTML5 without a single parse error."""

from __future__ import annotations

import html5lib

import briefing

ARTICLE = (
    "Harbour works finish early\n\n"
    "Repairs to the north harbour wall finished two weeks early, the port authority said on "
    "Friday. The work cost about 3.2 million pounds, less than the 4 million first planned.\n\n"
    '"The wall will protect the town for another fifty years," engineer Sam Ortiz said. '
    "Fishing boats can use the inner basin again from Monday.\n"
)


def test_brief_html_is_valid_html5():
    page = briefing.render(briefing.make_brief(ARTICLE), "html").decode("utf-8")
    parser = html5lib.HTMLParser(strict=True)
    parser.parse(page)  # raises on the first parse error
    assert page.lstrip().lower().startswith("<!doctype html>")
