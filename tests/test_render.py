"""HTML, Markdown and JSON briefs: content, safety, self-containment, templates."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from html.parser import HTMLParser

import pytest

import briefing
from briefing.errors import InputError
from briefing.models import (
    Article,
    Brief,
    DateMention,
    Entity,
    Facts,
    Figure,
    Person,
    Point,
    Quote,
)
from briefing.renderers import render

SENTENCES = [
    "About 1,200 dock workers at Eastbrook harbour began a 72-hour strike on Tuesday.",
    "The union had asked for a rise of 7.5%, against an offer of 3%.",
    "At least nine ships were waiting offshore by the evening.",
    "\"Our members cannot pay the rent,\" said union secretary Mara Olsen.",
    "The operator, Tidewater Terminals, said the offer was fair.",
]


def sample_brief(**article_fields: object) -> Brief:
    """A small, complete Brief built straight from the dataclasses."""
    fields = {
        "paragraphs": [" ".join(SENTENCES)],
        "title": "Harbour workers walk out over pay",
        "publisher": "Eastbrook Herald",
        "agency": "Reuters",
        "url": "https://example.org/harbour",
        "published": datetime(2026, 3, 3, 9, 30, tzinfo=UTC),
        "byline": "By Kim Dale",
        "language": "en",
    }
    fields.update(article_fields)
    facts = Facts(
        figures=[
            Figure(1200, "workers", "~", "About 1,200 dock workers", "workers on strike", 0),
            Figure(7.5, "%", "=", "7.5%", "rise the union asked for", 1),
            Figure(9, "ships", ">", "At least nine ships", "ships waiting", 2),
        ],
        dates=[DateMention("Tuesday", "relative", 0, "2026-03-03")],
        people=[Person("Mara Olsen", "union secretary", 1, "", [3])],
        places=[Entity("Eastbrook", "place", 2, "", [0])],
        organizations=[Entity("Tidewater Terminals", "organization", 1, "", [4])],
        quotes=[Quote("Our members cannot pay the rent,", "Mara Olsen", "said", 3)],
    )
    points = [Point(SENTENCES[i], i, 1.0 - i / 10) for i in (0, 1, 2, 4)]
    return Brief(
        article=Article(**fields),
        bottom_line=SENTENCES[0],
        bottom_sentence=0,
        points=points,
        facts=facts,
        method="default",
        made_at=datetime(2026, 3, 3, 12, 0, tzinfo=UTC),
        generator="newsbrief test",
        sentences=list(SENTENCES),
    )


class TagCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags_of(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = TagCollector()
    parser.feed(html)
    return parser.tags


def test_html_brief_has_the_content_and_valid_head():
    html = render(sample_brief(), "html").decode("utf-8")
    assert html.startswith("<!DOCTYPE html>")
    tags = tags_of(html)
    assert ("html", {"lang": "en"}) in tags
    assert ("meta", {"charset": "utf-8"}) in tags
    assert any(t == "meta" and a.get("name") == "viewport" for t, a in tags)
    assert "<title>Harbour workers walk out over pay</title>" in html
    for expected in ("Eastbrook Herald", "Source: Reuters", "3 March 2026", "By Kim Dale",
                     "Bottom line", "Key points", "About 1,200 dock workers",
                     "workers on strike", "Mara Olsen", "union secretary", "Tidewater Terminals",
                     "Our members cannot pay the rent", "newsbrief test"):
        assert expected in html, expected


def test_html_links_facts_to_their_sentences():
    html = render(sample_brief(), "html").decode("utf-8")
    # The figure from sentence index 2 links to the cited sentence numbered 3.
    assert re.search(r'ships waiting</span><a class="ref" href="#s-3"', html)
    assert 'id="s-3"' in html and SENTENCES[2] in html


def test_html_is_self_contained():
    html = render(sample_brief(url=""), "html").decode("utf-8")
    lowered = html.lower()
    assert "<script" not in lowered
    assert "http://" not in lowered and "https://" not in lowered
    assert "@import" not in lowered and "url(" not in lowered
    for tag, attrs in tags_of(html):
        assert "src" not in attrs, tag
        assert tag not in ("link", "img", "iframe", "object", "embed")


def test_article_link_is_the_only_external_reference():
    html = render(sample_brief(), "html").decode("utf-8")
    hrefs = [a["href"] for t, a in tags_of(html) if t == "a" and not a["href"].startswith("#")]
    assert hrefs == ["https://example.org/harbour"]


def test_markup_in_article_text_comes_out_as_text():
    evil = '<script>alert(1)</script><img src=x onerror="alert(2)">'
    brief = sample_brief(title=evil, byline=evil, url="javascript:alert(3)")
    brief.points[0].text = evil
    brief.bottom_line = evil
    brief.facts.quotes[0].speaker = evil
    html = render(brief, "html").decode("utf-8")
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "javascript:" not in html
    markdown = render(brief, "md").decode("utf-8")
    # Markdown passes raw HTML through, so every "<" from the article is backslashed.
    assert not re.search(r"(?<!\\)<(script|img|/script)", markdown)
    assert "\\<script\\>" in markdown


def test_language_comes_from_the_article_and_bad_tags_fall_back():
    assert 'lang="de"' in render(sample_brief(language="de"), "html").decode()
    assert 'lang="en"' in render(sample_brief(language='x" onload="y'), "html").decode()


def test_markdown_brief_content():
    text = render(sample_brief(), "md").decode("utf-8")
    assert text.startswith("# Harbour workers walk out over pay\n")
    assert "**Bottom line:** About 1,200 dock workers" in text
    assert "## Key points" in text and "## Fact box" in text and "## Voices" in text
    assert "**About 1,200 dock workers**: workers on strike [s1]" in text
    assert "> — Mara Olsen [s4]" in text
    assert "7.5%" in text


def test_json_brief_content_and_indexes():
    data = json.loads(render(sample_brief(), "json"))
    assert data["article"]["title"] == "Harbour workers walk out over pay"
    assert data["article"]["published"] == "2026-03-03T09:30:00+00:00"
    assert data["bottom_line"] == SENTENCES[0]
    for figure in data["facts"]["figures"]:
        assert figure["text"] in data["sentences"][figure["sentence"]]
    for quote in data["facts"]["quotes"]:
        assert quote["text"] in data["sentences"][quote["sentence"]]
    assert [p["sentence"] for p in data["points"]] == [0, 1, 2, 4]


def test_trimmed_brief_says_so():
    brief = sample_brief()
    brief.trimmed = True
    assert "Trimmed to fit" in render(brief, "html").decode()
    assert "Trimmed" in render(brief, "md").decode()
    assert "Trimmed" not in render(sample_brief(), "html").decode()


def test_template_dir_overrides_by_name(tmp_path):
    (tmp_path / "brief.html.j2").write_text(
        "<!DOCTYPE html><title>{{ title }}</title><p class=custom>{{ bottom_line }}</p>"
    )
    brief = sample_brief(title="Fish & <Chips>")
    html = render(brief, "html", template_dir=str(tmp_path)).decode()
    assert "<p class=custom>About 1,200" in html
    assert "Fish &amp; &lt;Chips&gt;" in html  # user HTML templates are escaped too
    # Templates not in the folder still come from the built-in set.
    assert render(brief, "md", template_dir=str(tmp_path)).decode().startswith("# Fish")


def test_template_dir_can_replace_the_stylesheet(tmp_path):
    (tmp_path / "brief.css").write_text("body { color: rebeccapurple; }")
    html = render(sample_brief(), "html", template_dir=str(tmp_path)).decode()
    assert "rebeccapurple" in html


def test_missing_template_dir_and_unknown_format_are_input_errors(tmp_path):
    with pytest.raises(InputError):
        render(sample_brief(), "html", template_dir=str(tmp_path / "missing"))
    with pytest.raises(InputError):
        render(sample_brief(), "docx")


def test_broken_user_template_is_an_input_error(tmp_path):
    (tmp_path / "brief.md.j2").write_text("{{ no_such_value }}")
    with pytest.raises(InputError):
        render(sample_brief(), "md", template_dir=str(tmp_path))


def test_email_format_is_a_mime_message():
    data = render(sample_brief(), "email")
    assert b"Harbour workers walk out over pay" in data


@pytest.mark.parametrize("render_function", [render, briefing.render])
def test_an_unknown_render_option_is_an_error_not_ignored(render_function):
    with pytest.raises(TypeError, match="papr"):
        render_function(sample_brief(), "html", papr="letter")


def test_packaged_templates_are_found():
    from briefing.renderers.templates import template_root

    root = template_root()
    for name in ("brief.html.j2", "brief.css", "brief-print.css", "brief.md.j2"):
        assert (root / name).is_file()


def test_real_pipeline_brief_renders_in_every_text_format(samples):
    from briefing import make_brief

    brief = make_brief(samples / "belarus-pasted.txt")
    html = render(brief, "html").decode()
    assert brief.bottom_line.split(",")[0] in html
    assert render(brief, "md").decode().startswith("# ")
    assert json.loads(render(brief, "json"))["sentences"] == brief.sentences


def test_cli_writes_each_format(runner, samples, tmp_path):
    from briefing.cli import cli

    article = samples / "harbour-strike.txt"
    for name in ("b.html", "b.md", "b.json", "b.pdf"):
        out = tmp_path / name
        args = ["brief", str(article), "-o", str(out), "--paper", "letter"]
        result = runner.invoke(cli, args)
        assert result.exit_code == 0, result.output
        assert out.stat().st_size > 200
    assert (tmp_path / "b.pdf").read_bytes().startswith(b"%PDF-")


def test_cli_template_dir(runner, samples, tmp_path):
    from briefing.cli import cli

    (tmp_path / "brief.md.j2").write_text("BRANDED {{ title }}\n")
    result = runner.invoke(cli, ["brief", str(samples / "harbour-strike.txt"), "--format", "md",
                                 "--template-dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("BRANDED ")


def test_markdown_gives_a_dates_value_only_when_its_words_do_not_say_it():
    brief = sample_brief()
    brief.facts.dates = [DateMention("Tuesday", "relative", 0, "2026-03-03"),
                         DateMention("in 2025", "absolute", 1, "2025", "the port reopened")]
    lines = [line for line in render(brief, "md").decode("utf-8").splitlines()
             if line.startswith("- **Tuesday**") or line.startswith("- **in 2025**")]
    assert lines[0].startswith("- **Tuesday** (3 Mar 2026)")
    assert lines[1].startswith("- **in 2025**: the port reopened") and "(2025)" not in lines[1]


def test_markdown_never_shows_a_dates_notation():
    brief = sample_brief()
    brief.facts.dates = [DateMention("in the 1970s", "absolute", 0, "197X"),
                         DateMention("last week", "relative", 1, "2026-W09")]
    text = render(brief, "md").decode("utf-8")
    assert "197X" not in text and "W09" not in text
    assert "- **last week** (week of 23 Feb 2026)" in text


def test_a_rate_said_after_what_an_amount_is_of_is_shown_with_the_amount():
    """"7.5 million tonnes of LPG annually": the box says "7.5 million tonnes a year: LPG",
    not a total 25 times too small; a rate inside the span is not said twice."""
    from briefing.facts.figures import extract_figures
    from briefing.renderers.view import amount_text

    yearly = extract_figures("India will import 7.5 million tonnes of LPG annually for 25 years.")
    assert [(amount_text(f), f.label) for f in yearly][0] == ("7.5 million tonnes a year", "LPG")
    daily = extract_figures("The plant makes 200,000 barrels a day.")[0]
    assert amount_text(daily) == "200,000 barrels a day"
    total = extract_figures("The ship carried 7.5 million tonnes of grain.")[0]
    assert amount_text(total) == "7.5 million tonnes"


def test_an_untitled_brief_has_a_short_heading_and_its_bottom_line():
    brief = sample_brief(title="", publisher="", agency="", url="", byline="")
    lines = render(brief, "md").decode("utf-8").splitlines()
    assert lines[0] == ("# About 1,200 dock workers at Eastbrook harbour began a 72-hour strike "
                        "on Tuesday.")
    assert "[s1]" not in lines[0]
    assert lines[1] == ""  # one blank line under the heading when there is no byline
    assert any(line.startswith("**Bottom line:** About 1,200 dock workers") for line in lines)


def test_the_footer_rule_is_apart_from_the_fact_box_when_there_are_no_voices():
    brief = sample_brief()
    brief.facts.quotes = []
    lines = render(brief, "md").decode("utf-8").splitlines()
    rule = lines.index("---")
    assert lines[rule - 1] == "" and lines[rule - 2] != ""


def test_the_footer_says_which_lists_lost_what():
    from briefing.renderers.view import brief_view

    brief = sample_brief()
    brief.facts.places = [Entity(name, "place", 2, "", [0])
                          for name in ("Eastbrook", "Westford", "Harwick")]
    view = brief_view(brief, {"places": 1, "figures": 2})
    assert view["hidden"] == 3
    assert view["hidden_parts"] == "1 figure, 2 places"
    text = render(brief, "md").decode("utf-8")
    assert "more fact" not in text
