"""Sections: stories grouped under headings in config order, in the email (HTML and
text) and the PDF edition, through the CLI with a real HTTP site and SMTP server."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
import test_digest_filters
from test_digest_filters import text_part
from test_digest_run import parts_of, run, write_config

from briefing.digest.config import load_config
from briefing.errors import InputError


@pytest.fixture
def eastport():
    yield from test_digest_filters.eastport.__wrapped__()


def sources_with_sections(server, sections: str, digest: str = "") -> tuple[str, str]:
    return digest, f"""
[[sources]]
feed = "{server.base}/feed.xml"
[[sources]]
url = "{server.base}/gazette/bridge.html"
name = "Coast Gazette"

{sections}
"""


SECTIONS = """
[[sections]]
title = "Business"
include = ["role:chief executive", "sales"]

[[sections]]
title = "City"
include = ["council", "bridge"]
exclude = ["sourdough"]
"""


def configured(tmp_path, server, port, sections: str, digest: str = ""):
    extra, sources = sources_with_sections(server, sections, digest)
    return write_config(tmp_path, server, port, extra_digest=extra, sources=sources)


def order_of(text: str, *needles: str) -> list[int]:
    return [text.index(needle) for needle in needles]


def test_sections_group_stories_in_config_order_in_text_and_html(runner, tmp_path, eastport,
                                                                 mailbox):
    config = configured(tmp_path, eastport, mailbox.port, SECTIONS)
    result = run(runner, config)
    assert result.exit_code == 0, result.output
    parts = parts_of(mailbox.messages[0])
    text, html = parts["text/plain"], parts["text/html"]
    # Business first (config order) although the two-outlet bridge story ranks higher.
    positions = order_of(text, "BUSINESS", "Bakery chain", "CITY", "Harbour bridge",
                         "OTHER STORIES", "wild bees")
    assert positions == sorted(positions)
    headings = re.findall(r'class="sectiontitle"[^>]*>(.*?)<', html)
    assert headings == ["Business", "City", "Other stories"]
    assert html.index("Bakery chain") < html.index("Harbour bridge") < html.index("wild bees")


def test_a_story_goes_only_into_the_first_section_it_matches(runner, tmp_path, eastport,
                                                             mailbox):
    # The bakery text names a chief executive and no council; the bridge names a council.
    both = SECTIONS + '\n[[sections]]\ntitle = "Everything"\ninclude = ["said"]\n'
    config = configured(tmp_path, eastport, mailbox.port, both)
    assert run(runner, config).exit_code == 0
    text = text_part(mailbox.messages[0])
    assert text.count("Bakery chain") == 1 and text.count("Harbour bridge reopens") == 1
    everything = text[text.index("EVERYTHING"):]
    assert "Bakery chain" not in everything and "Harbour bridge" not in everything


def test_other_section_off_leaves_unmatched_stories_out_with_a_reason(runner, tmp_path,
                                                                       eastport, mailbox,
                                                                       caplog):
    config = configured(tmp_path, eastport, mailbox.port, SECTIONS, "other_section = false")
    result = run(runner, config, "-v")
    assert result.exit_code == 0, result.output
    text = text_part(mailbox.messages[0])
    assert "OTHER STORIES" not in text and "wild bees" not in text
    assert "2 stories" in mailbox.messages[0]["Subject"]
    assert re.search(r"skipping \S*bees\S*: matches no section", caplog.text)


def test_section_max_items_caps_that_section_only(runner, tmp_path, eastport, mailbox, caplog):
    capped = '[[sections]]\ntitle = "Said"\ninclude = ["said"]\nmax_items = 1\n'
    config = configured(tmp_path, eastport, mailbox.port, capped, "other_section = false")
    result = run(runner, config, "-v")
    assert result.exit_code == 0, result.output
    text = text_part(mailbox.messages[0])
    # Every story says "said"; the best-ranked (two outlets) is kept, the others are not.
    assert "Harbour bridge" in text and "Bakery chain" not in text
    assert caplog.text.count("section 'Said' is full") == 2


def test_pdf_edition_has_the_section_headings(runner, tmp_path, eastport, mailbox):
    pypdf = pytest.importorskip("pypdf")
    pytest.importorskip("weasyprint")
    config = configured(tmp_path, eastport, mailbox.port, SECTIONS)
    out = tmp_path / "out"
    result = run(runner, config, "--dry-run", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert "== Business ==" in result.output
    pdf = (out / f"digest-{date.today().isoformat()}.pdf").read_bytes()
    words = " ".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    words = " ".join(words.split()).upper()
    positions = order_of(words, "BUSINESS", "BAKERY CHAIN", "CITY", "HARBOUR BRIDGE",
                         "OTHER STORIES")
    assert positions == sorted(positions)


@pytest.mark.parametrize("sections, message", [
    ('[[sections]]\ninclude = ["x"]', "title is missing"),
    ('[[sections]]\ntitle = "A"\n[[sections]]\ntitle = "a"', "used twice"),
    ('[[sections]]\ntitle = "A"\nmax_items = 0', "max_items must be a positive"),
    ('[[sections]]\ntitle = "A"\ninclude = "x"', "must be a list of strings"),
    ('[[sections]]\ntitle = "A"\ncolour = "red"', "colour"),
])
def test_bad_section_config_is_named(tmp_path, eastport, sections, message):
    config = configured(tmp_path, eastport, 2525, sections)
    with pytest.raises(InputError, match=message):
        load_config(config)


RECIPIENTS = SECTIONS + """
[[recipients]]
address = "markets@example.org"
sections = ["Business"]

[[recipients]]
address = "city@example.org"
sections = ["city", "Other stories"]
"""


def test_each_recipient_gets_only_their_sections(runner, tmp_path, eastport, mailbox):
    config = configured(tmp_path, eastport, mailbox.port, RECIPIENTS)
    result = run(runner, config)
    assert result.exit_code == 0, result.output
    assert "markets@example.org" in result.output and "city@example.org" in result.output
    by_rcpt = {tuple(rcpts): message for (_, rcpts), message
               in zip(mailbox.envelopes, mailbox.messages, strict=True)}
    assert set(by_rcpt) == {("reader@example.org", "second@example.org"),
                            ("markets@example.org",), ("city@example.org",)}
    everything = text_part(by_rcpt[("reader@example.org", "second@example.org")])
    markets = text_part(by_rcpt[("markets@example.org",)])
    city = text_part(by_rcpt[("city@example.org",)])
    assert all(s in everything for s in ("Bakery chain", "Harbour bridge", "wild bees"))
    assert "Bakery chain" in markets and "Harbour bridge" not in markets
    assert "wild bees" not in markets and "CITY" not in markets
    assert "Harbour bridge" in city and "wild bees" in city and "Bakery chain" not in city
    assert "1 story" in by_rcpt[("markets@example.org",)]["Subject"]
    assert by_rcpt[("markets@example.org",)]["To"] == "markets@example.org"
    # A second run the same day sends nobody anything again.
    again = run(runner, config)
    assert again.exit_code == 0 and "already sent" in again.output
    assert len(mailbox.messages) == 3


@pytest.mark.parametrize("recipients, message", [
    ('[[recipients]]\naddress = "a@example.org"\nsections = ["Sport"]', "unknown section"),
    ('[[recipients]]\naddress = "nobody"\nsections = ["City"]', "not an email address"),
    ('[[recipients]]\naddress = "a@example.org"\nsections = []', "non-empty list"),
])
def test_bad_recipient_config_is_named(tmp_path, eastport, recipients, message):
    config = configured(tmp_path, eastport, 2525, SECTIONS + recipients)
    with pytest.raises(InputError, match=message):
        load_config(config)
