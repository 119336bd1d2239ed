"""Email rendering: message structure, header safety, escaping, inlined CSS, size cuts."""

from __future__ import annotations

import email
import re
from datetime import UTC, date, datetime
from email import policy
from pathlib import Path

import pytest

from briefing import make_brief
from briefing.digest.message import render_digest
from briefing.models import Article
from briefing.renderers.email import header_text, render_email, safe_link

PARAGRAPHS = [
    "The regional water company said on Thursday it would lift the hosepipe ban from Monday "
    "after three weeks of heavy rain refilled its reservoirs.",
    "Reservoir levels now stand at 87% of capacity, up from 54% a month ago.",
    "The ban had been in place since early July and covered about two million homes.",
    '"We are grateful to everyone who saved water this summer," said spokesperson Ann Price.',
    "Farmers said the rain came too late for this year's wheat harvest.",
]
EVIL_TITLE = "Hosepipe ban lifted\r\nBcc: victim@example.org\r\n\r\n<script>alert(1)</script>"


def brief_with(title: str = "Hosepipe ban lifted", url: str = "https://water.example/ban"):
    article = Article(paragraphs=list(PARAGRAPHS), title=title, publisher="Valley Times",
                      url=url, published=datetime(2026, 11, 24, 6, 30, tzinfo=UTC))
    return make_brief(article)


def parse(data: bytes) -> email.message.EmailMessage:
    return email.message_from_bytes(data, policy=policy.default)


def parts_of(message) -> dict[str, str]:
    return {part.get_content_type(): part.get_content() for part in message.iter_parts()}


def test_render_email_is_a_full_multipart_alternative_message():
    data = render_email(brief_with(), sender="briefs@example.org", to=["me@example.org"])
    assert b"\r\n" in data  # RFC 5322 line ends
    message = parse(data)
    assert message.get_content_type() == "multipart/alternative"
    assert message["Subject"] == "Brief: Hosepipe ban lifted"
    assert message["Message-ID"].endswith("@example.org>")
    assert message["Date"] and message["MIME-Version"] == "1.0"
    assert message["From"].addresses[0].addr_spec == "briefs@example.org"
    parts = parts_of(message)
    assert list(parts) == ["text/plain", "text/html"]  # plain first: HTML is preferred
    assert "87%" in parts["text/plain"] and "87%" in parts["text/html"]
    assert '<a href="https://water.example/ban"' in parts["text/html"]


def test_crlf_in_title_cannot_inject_headers_or_markup():
    data = render_email(brief_with(EVIL_TITLE), sender="briefs@example.org", to=["me@example.org"])
    message = parse(data)
    assert message["Bcc"] is None
    assert "\n" not in message["Subject"] and "\r" not in message["Subject"]
    assert message["Subject"].startswith("Brief: Hosepipe ban lifted Bcc: victim@example.org")
    header_block = data.split(b"\r\n\r\n", 1)[0]
    assert not re.search(rb"^Bcc:", header_block, re.M)
    html = parts_of(message)["text/html"]
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_header_text_and_safe_link_rules():
    assert header_text("a\r\nb\u2028c\x00d\te") == "a b c d e"
    assert len(header_text("x" * 500)) == 200
    assert safe_link("javascript:alert(1)") == ""
    assert safe_link("data:text/html,hi") == ""
    assert safe_link(" https://ok.example/a ") == "https://ok.example/a"


def test_unsafe_article_link_is_dropped_from_html():
    html = parts_of(parse(render_email(brief_with(url="javascript:alert(1)"))))["text/html"]
    assert "javascript:" not in html


def test_templates_can_be_overridden_from_a_folder(tmp_path):
    (tmp_path / "email.txt.j2").write_text("CUSTOM {{ stories[0].title }}\n")
    message = parse(render_email(brief_with(), template_dir=tmp_path))
    assert parts_of(message)["text/plain"].startswith("CUSTOM Hosepipe ban lifted")


# --- the digest -----------------------------------------------------------------------


def edition_of(count: int, tmp_path: Path, max_html_bytes: int = 100_000):
    from briefing.digest.config import load_config
    from briefing.digest.dedupe import item_identity, shingles, text_hash
    from briefing.digest.items import Edition, Item, Story

    config_path = tmp_path / "digest.toml"
    config_path.write_text(f"""
[digest]
max_html_bytes = {max_html_bytes}
[email]
to = ["reader@example.org"]
from = "digest@example.org"
unsubscribe = "https://example.org/unsubscribe?u=1"
""")
    config = load_config(config_path)
    brief = brief_with()
    stories = []
    for number in range(count):
        article = Article(paragraphs=list(PARAGRAPHS), title=f"Story number {number}",
                          url=f"https://water.example/{number}", publisher="Valley Times")
        text = article.text + str(number)
        item = Item(item_id=item_identity(article.url, text), url=article.url, link=article.url,
                    source_name="Valley Times", article=article, text_hash=text_hash(text),
                    shingles=shingles(text), brief=brief)
        item.brief = make_brief(article) if number == 0 else brief
        stories.append(Story(lead=item))
    edition = Edition(title="Valley morning", day=date(2026, 11, 24), stories=stories,
                      made_at=datetime(2026, 11, 24, 7, tzinfo=UTC))
    return edition, config


def test_digest_html_is_inlined_self_contained_and_keeps_media_rules(tmp_path):
    edition, config = edition_of(3, tmp_path)
    rendered = render_digest(edition, config)
    html = rendered.html
    style_blocks = re.findall(r"<style>(.*?)</style>", html, re.S)
    assert style_blocks and all("@media" in block for block in style_blocks)
    assert "max-width:600px" in html and "prefers-color-scheme:dark" in html
    assert re.search(r'<td class="cardcell" style="[^"]*padding', html)  # inlined
    assert not re.search(r"<(img|link|script|iframe)\b", html)
    assert not re.search(r"url\(", html)  # no background images either
    message = rendered.message
    assert message["List-Unsubscribe"] == "<https://example.org/unsubscribe?u=1>"
    assert "Unsubscribe" in html and "https://example.org/unsubscribe?u=1" in html
    assert message["Subject"] == "Valley morning, Tue 24 Nov 2026: 3 stories"


def test_digest_over_the_size_limit_cuts_stories_and_says_so(tmp_path):
    edition, config = edition_of(40, tmp_path, max_html_bytes=30_000)
    rendered = render_digest(edition, config)
    size = len(rendered.html.encode("utf-8"))
    assert size <= 30_000
    assert 0 < edition.cut < 40
    shown = 40 - edition.cut
    assert len(re.findall(r'<h2 class="headline"', rendered.html)) == shown
    assert f"{edition.cut} more stories were left out" in rendered.html
    assert f"{edition.cut} more stories were left out" in rendered.text
    assert f"{shown} stories" in rendered.message["Subject"]
    # As many as fit: one more story would have gone over the limit.
    edition_more, config_more = edition_of(shown + 1, tmp_path, max_html_bytes=10**7)
    assert len(render_digest(edition_more, config_more).html.encode()) > 30_000 - 2_000


def test_default_limit_keeps_a_full_twenty_story_digest_under_100kb(tmp_path):
    edition, config = edition_of(20, tmp_path)
    rendered = render_digest(edition, config)
    assert edition.cut == 0
    assert len(rendered.html.encode("utf-8")) < 100_000


@pytest.mark.parametrize("title", ["Ünïcødé — “quotes” & <tags>", EVIL_TITLE])
def test_digest_subject_and_from_name_are_single_line(tmp_path, title):
    edition, config = edition_of(1, tmp_path)
    edition.title = title
    config.email.sender_name = "News\r\nBcc: x@example.org"
    rendered = render_digest(edition, config)
    raw = rendered.as_bytes()
    headers = raw.split(b"\r\n\r\n", 1)[0].decode("ascii")
    assert not re.search(r"^Bcc:", headers, re.M)
    message = parse(raw)
    assert "\n" not in message["Subject"] and "\n" not in str(message["From"])


def test_message_is_seven_bit_with_legal_line_lengths(tmp_path):
    edition, config = edition_of(5, tmp_path)
    edition.title = "Ünïcødé morning — “quoted”"
    raw = render_digest(edition, config).as_bytes()
    assert max(raw) < 128  # safe through relays without 8BITMIME
    assert max(len(line) for line in raw.split(b"\r\n")) <= 998
    assert parse(raw)["Subject"].startswith("Ünïcødé morning — “quoted”")
