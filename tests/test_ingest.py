"""Ingest stage: reading, decoding, cleaning pasted text, HTML, Markdown, language, bad input."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing import ingest
from briefing.errors import InputError
from briefing.ingest import language, pasted, sources
from briefing.segment import segment, split_sentences

ROOT = Path(__file__).resolve().parent.parent

# Pasted text in the shape of another site than the seed: section label, byline,
# date line, share bar, image caption prefix, "Related" box, inline read-more link,
# trending box at the end.
OTHER_SITE = """\
Europe
Storm Ellen floods coastal towns as rivers burst their banks
By Maria Lopez and Tom Reed
Updated 14:05, 12 October 2022
Share Tweet Email

Heavy rain from Storm Ellen flooded dozens of coastal towns on Tuesday, forcing 3,000 out.

Image caption, Rescue teams used boats to reach stranded residents

The national weather service said more than 120 mm of rain fell in 24 hours in some areas.

Related
Why are storms getting stronger?
Five ways to protect your home from floods

Officials said the water level in the River Avon peaked at 4.2 metres on Tuesday evening.

READ MORE: Drought warnings lifted after wettest week on record

"We have not seen anything like this in forty years," said the town's mayor, Alan Brooks.

Most read
Celebrity chef opens new restaurant
Football: late goal settles derby
"""


def body_of(article) -> str:
    return "\n".join(article.paragraphs)


# --- cleaning pasted web text --------------------------------------------------------------


def test_other_site_metadata_is_taken():
    article = ingest.from_text(OTHER_SITE, source="storm.txt")
    assert article.title == "Storm Ellen floods coastal towns as rivers burst their banks"
    assert article.byline == "Maria Lopez and Tom Reed"
    assert article.published is not None and article.published.year == 2022
    assert (article.published.month, article.published.day) == (10, 12)
    assert article.source == "storm.txt"


def test_other_site_furniture_is_removed_and_prose_kept():
    article = ingest.from_text(OTHER_SITE)
    body = body_of(article)
    for cruft in ("Share Tweet", "Image caption", "Why are storms", "Five ways", "READ MORE",
                  "Drought warnings", "Most read", "Celebrity chef", "late goal", "Europe"):
        assert cruft not in body, cruft
    assert len(article.paragraphs) == 4
    assert article.paragraphs[0].startswith("Heavy rain from Storm Ellen")
    assert article.paragraphs[-1].endswith("said the town's mayor, Alan Brooks.")


def test_every_removal_names_its_rule_and_comes_from_the_input():
    article = ingest.from_text(OTHER_SITE)
    rules = {item.rule for item in article.removed}
    assert {"ui-button-words", "photo-caption-with-credit", "read-more-marker",
            "related-headline", "read-more-link", "widget-heading", "widget-link",
            "moved-to-title", "moved-to-byline", "moved-to-date",
            "section-label-above-headline"} <= rules
    for item in article.removed:
        assert item.text and item.text in OTHER_SITE
        assert item.rule and " " not in item.rule


def test_related_block_stops_at_prose():
    text = ("Council votes on new tram line\n\n"
            "The city council approved a new tram line on Monday after a long debate.\n\n"
            "READ MORE\n\n"
            "Bus fares to rise in spring\n\n"
            "The line will run for 12 kilometres and open in 2027, officials said on Monday.\n")
    article = ingest.from_text(text)
    assert "Bus fares" not in body_of(article)
    assert article.paragraphs[-1].startswith("The line will run for 12 kilometres")


def test_caption_credit_lines_are_removed_but_ordinary_slashes_kept():
    text = ("Port reopens after strike\n\n"
            "Dock workers returned on Friday after a deal on pay was reached overnight.\n"
            "Workers leave the gates of the port on Friday. /Jan Novak/Reuters\n"
            "Workers leave the gates of the port on Friday. /Jan Novak/Reuters\n\n"
            "The deal gives a 4% rise and/or a one-off bonus, and the port runs 24/7 again.\n"
            "Ships queue outside the harbour. (Photo: Getty Images)\n")
    article = ingest.from_text(text)
    body = body_of(article)
    assert "Jan Novak" not in body and "Ships queue" not in body
    assert "and/or a one-off bonus, and the port runs 24/7 again." in body


def test_duplicate_paragraph_is_kept_once():
    sentence = "The minister said the plan would cost about 2 billion euros over five years."
    other = "A second, different sentence follows here."
    text = f"Plan unveiled\n\n{sentence}\n\n{other}\n\n{sentence}\n"
    article = ingest.from_text(text)
    assert body_of(article).count(sentence) == 1
    assert [r.rule for r in article.removed].count("duplicate-line") == 1


def test_source_line_becomes_agency_and_publisher_line_publisher():
    text = ("Wheat prices fall to two-year low\nBBC News\n\n"
            "Wheat prices fell to their lowest level in two years on Thursday.\n\n"
            "Sources: Reuters, AFP\n")
    article = ingest.from_text(text)
    assert article.publisher == "BBC News"
    assert article.agency == "Reuters, AFP"
    assert "Reuters" not in body_of(article)


def test_bbc_shape_first_line_is_title():
    text = ("iPhone sales beat forecasts\n\n"
            "Apple sold more phones than analysts expected in the last quarter, it said.\n\n"
            "Shares rose 3% in late trading.\n")
    article = ingest.from_text(text)
    assert article.title == "iPhone sales beat forecasts"
    assert article.paragraphs == [
        "Apple sold more phones than analysts expected in the last quarter, it said.",
        "Shares rose 3% in late trading.",
    ]


def test_a_headline_ending_in_a_full_stop_is_still_the_title():
    # some archives put a full stop after every headline
    text = ("Harbour board to close the old ferry pier.\n\n"
            "The harbour board voted on Tuesday to close the old ferry pier after divers "
            "found cracks in two of its piles.\n\n"
            "Repairs would cost more than a new pier, the board said.\n")
    article = ingest.from_text(text)
    assert article.title == "Harbour board to close the old ferry pier"
    assert article.paragraphs[0].startswith("The harbour board voted")


def test_a_short_stopped_headline_that_says_is_still_the_title():
    # a headline reports in the present: "says" in a short line is no sign of a lede
    body = ("\n\nThe mayor told a council meeting on Tuesday that the levy was not off the "
            "table, whatever the budget committee decides next month.\n\n"
            "The committee meets in March.\n")
    article = ingest.from_text("Mayor says she won't rule out a new tax." + body)
    assert article.title == "Mayor says she won't rule out a new tax"
    # a longer first line that says is read as the lede, as before
    lede = ("The mayor says she won't rule out a new tax on second homes and empty shops "
            "in the old town centre.")
    assert ingest.from_text(lede + body).title == ""


def test_an_archive_section_label_under_a_stopped_headline_is_skipped():
    text = ("Harbour board to close the old ferry pier.\n\nABSTRACT.\n\n"
            "The harbour board voted on Tuesday to close the old ferry pier after divers "
            "found cracks in two of its piles.\n\nFULL TEXT.\n\n"
            "Repairs would cost more than a new pier, the board said.\n")
    assert ingest.from_text(text).title == "Harbour board to close the old ferry pier"


def test_a_first_paragraph_of_two_sentences_is_not_taken_as_a_title():
    text = ("The pier is closed. Divers found cracks.\n\n"
            "The harbour board voted on Tuesday to close the old ferry pier after divers "
            "found cracks in two of its piles.\n")
    article = ingest.from_text(text)
    assert article.title == ""
    assert article.paragraphs[0] == "The pier is closed. Divers found cracks."


def test_a_headline_over_its_deck_line_is_split_from_it():
    text = ("Pier to close; \nBoard says repairs would cost more than a new one.\n\n"
            "The harbour board voted on Tuesday to close the old ferry pier after divers "
            "found cracks in two of its piles.\n")
    article = ingest.from_text(text)
    assert article.title == "Pier to close"
    assert article.paragraphs[0] == "Board says repairs would cost more than a new one."


def test_single_paragraph_has_no_title_taken_from_it():
    text = "Prices rose by 2% in May, the statistics office said on Friday."
    article = ingest.from_text(text)
    assert article.title == ""
    assert article.paragraphs == [text]


def test_hard_wrapped_lines_are_joined_but_pasted_lines_are_not():
    wrapped = ("The committee met on Tuesday to discuss the report, which\n"
               "recommends closing two hospitals and building a larger one in\n"
               "the centre of the city.\n"
               "Officials said the decision would be taken in June.\n")
    article = ingest.from_text(wrapped)
    assert article.paragraphs == [
        "The committee met on Tuesday to discuss the report, which recommends closing two "
        "hospitals and building a larger one in the centre of the city.",
        "Officials said the decision would be taken in June.",
    ]


def test_invisible_characters_are_normalised():
    text = "Rates unchanged\n\nThe bank kept rates at 4%.\u00a0 It meets\u200b again in June.\n"
    article = ingest.from_text(text)
    assert article.paragraphs == ["The bank kept rates at 4%. It meets again in June."]


@pytest.mark.parametrize(
    "line, rule",
    [
        ("Download", "ui-button-words"),
        ("Share this article", "ui-button-words"),
        ("01:22", "video-duration"),
        ("Video 1:02:33", "video-duration"),
        ("4 min read", "reading-time"),
        ("Sign up for our newsletter", "call-to-action"),
        ("© 2024 Example Media. All rights reserved.", "copyright-line"),
        ("Tags: Belarus, Russia, Ukraine", "tag-list"),
        ("Image source, Getty Images", "photo-caption-with-credit"),
        ("* * *", "punctuation-only-line"),
    ],
)
def test_line_rules(line, rule):
    assert pasted.line_rule(line) == rule


@pytest.mark.parametrize(
    "line",
    [
        "Share prices fell sharply on Monday as investors sold bank stocks.",
        "He said he would download the files and print them later that day.",
        "The match kicked off at 19:45 in front of a crowd of 40,000.",
        "Copyright law is changing, the minister said.",
        "Related companies reported lower profits in the third quarter of the year.",
    ],
)
def test_prose_that_uses_ui_words_is_not_a_line_rule_match(line):
    assert pasted.line_rule(line) is None


# --- the seed and the samples -------------------------------------------------------------

SEED_CRUFT = ("Download", "01:22", "READ MORE", "European Political Community", "Quick Take",
              "Erdogan", "/AFP", "Nemenov", "Search Trends", "Source(s)")


def assert_clean_belarus(article, cruft=SEED_CRUFT):
    body = body_of(article)
    for piece in cruft:
        assert piece not in body, piece
    assert article.publisher == "CGTN"
    assert article.agency == "Reuters"
    assert article.language == "en"
    assert article.title and article.title not in body
    assert "60,000" in body and "1994" in body
    assert all(p == p.strip() and p for p in article.paragraphs)


def test_seed_is_cleaned(shared):
    article = ingest.load(str(shared / "corpora/seed/cgtn-belarus-pasted.txt"))
    assert_clean_belarus(article)
    captions = [r for r in article.removed if r.rule == "photo-caption-with-credit"]
    assert len(captions) == 3


def test_seed_keeps_every_body_sentence(shared):
    path = shared / "corpora/seed/cgtn-belarus-pasted.txt"
    raw = path.read_text(encoding="utf-8")
    kept = " ".join(" ".join(ingest.load(str(path)).paragraphs).split())
    for paragraph in raw.split("\n\n"):
        if pasted.is_prose(pasted.normalize_line(paragraph)) and "/AFP" not in paragraph:
            for sentence in split_sentences(paragraph):
                assert " ".join(sentence.split()) in kept


def test_sample_belarus_is_cleaned(samples):
    article = ingest.load(str(samples / "belarus-pasted.txt"))
    assert_clean_belarus(article, ("Share\n", "02:47", "READ MORE", "Prague", "Morning Brief",
                                   "Markets wobble", "Orlovsky", "Search Trends", "Source(s)"))
    body = body_of(article)
    for needed in ("Putin", "St Petersburg", "Kyiv", "Crimea", "Liam Collins", "told CGTN Europe",
                   "6 battalion-tactical groups", "several thousand"):
        assert needed in body, needed
    words = sum(len(p.split()) for p in article.paragraphs)
    assert 400 <= words <= 600


def test_sample_harbour_strike(samples):
    article = ingest.load(str(samples / "harbour-strike.txt"))
    assert article.title == "Harbour workers walk out over pay"
    assert article.paragraphs[0].startswith("About 1,200 dock workers")
    assert [r.rule for r in article.removed] == ["moved-to-title"]


# --- HTML -----------------------------------------------------------------------------


def test_sample_html_page(samples):
    article = ingest.load(str(samples / "city-budget.html"))
    assert article.title == (
        "Eastbrook council approves $412 million budget with cuts to parking fees"
    )
    assert article.publisher == "The Eastbrook Ledger"
    assert article.byline == "Priya Natarajan"
    assert article.published is not None and article.published.date().isoformat() == "2024-11-19"
    assert article.url == "https://ledger.example.org/news/2024/11/eastbrook-budget-2025"
    body = body_of(article)
    assert body.startswith("The Eastbrook city council approved a $412 million budget")
    for cruft in ("cookies", "Subscribe", "Advertisement", "Lakeside Credit", "dataLayer",
                  "Most read", "Privacy policy", "Sign up", "Obituaries", "Photo: Marcus Lee"):
        assert cruft not in body, cruft
    assert "Samuel Okafor" in body and "$14.8 million" in body


def test_from_html_takes_url_and_bytes():
    page = (b"<html><head><title>Bridge reopens</title></head><body><article>"
            b"<p>The old river bridge reopened to traffic on Monday after eight months of repairs "
            b"that cost the county about 3 million dollars, officials said.</p>"
            b"<p>Drivers had faced detours of up to 20 minutes while the work went on.</p>"
            b"</article></body></html>")
    article = ingest.from_html(page, url="https://example.org/bridge", source="web")
    assert article.title == "Bridge reopens"
    assert article.url == "https://example.org/bridge"
    assert article.source == "web"
    assert len(article.paragraphs) == 2


def test_html_without_text_is_not_an_article():
    with pytest.raises(InputError, match="no article text"):
        ingest.from_html("<html><body><nav><a href='/'>Home</a></nav><script>x()</script>"
                         "</body></html>", source="empty.html")


def test_html_is_sniffed_without_suffix(tmp_path):
    path = tmp_path / "page"
    path.write_text("<!DOCTYPE html><html><head><title>Ferry service resumes</title></head>"
                    "<body><article><p>The island ferry resumed its winter timetable on Sunday "
                    "with four crossings a day, the operator said in a statement.</p></article>"
                    "</body></html>")
    article = ingest.load(str(path))
    assert article.title == "Ferry service resumes"
    assert "<" not in body_of(article)


# --- Markdown -------------------------------------------------------------------------------

MARKDOWN = """\
---
author: Sam Rivers
date: 2024-05-02
---
# Rail strike called off

![Train at the platform](train.jpg)

Train drivers **called off** a planned strike on Thursday after the
operator offered a [new pay deal](https://example.org/deal) worth *5%* over two years.

## What happens next

- Union members will vote on the offer in `June`.
- Services run as normal > until then.

```
print("not prose")
```
"""


def test_markdown_is_stripped(tmp_path):
    path = tmp_path / "rail.md"
    path.write_text(MARKDOWN)
    article = ingest.load(str(path))
    assert article.title == "Rail strike called off"
    assert article.byline == "Sam Rivers"
    assert article.published is not None and article.published.month == 5
    assert article.paragraphs[0] == (
        "Train drivers called off a planned strike on Thursday after the operator offered a "
        "new pay deal worth 5% over two years.")
    body = body_of(article)
    for syntax in ("**", "](", "![", "#", "```", "not prose"):
        assert syntax not in body, syntax
    rules = {r.rule for r in article.removed}
    assert {"markdown-image", "markdown-code-block"} <= rules
    # the sub-heading stays as structure: in the text, above its section, not a sentence
    assert article.paragraphs[1:3] == ["What happens next",
                                       "Union members will vote on the offer in June."]
    assert article.headings == ("What happens next",)
    assert "What happens next" not in segment(article).sentence_texts()


def test_pasted_markdown_keeps_its_sub_headings_as_structure():
    text = ("# Bridge to close for repairs\n\n"
            "The council voted on Tuesday to close the quarry bridge for eight weeks.\n\n"
            "## What drivers should do, and when it starts\n\n"
            "Drivers will head north through Millbrook on the old county lane instead.\n")
    article = ingest.from_text(text)
    assert article.title == "Bridge to close for repairs"
    assert "What drivers should do, and when it starts" in article.paragraphs
    assert "#" not in article.text
    sentences = segment(article).sentence_texts()
    assert "What drivers should do, and when it starts" not in sentences
    assert sentences[-1].startswith("Drivers will head north")


def test_hashtags_do_not_make_pasted_text_markdown():
    text = ("Bridge to close for repairs\n"
            "#BridgeWorks The council voted on Tuesday to close the quarry bridge.\n"
            "# 1 priority for the council is the detour, officials said.\n")
    article = ingest.from_text(text)
    assert "#BridgeWorks" in article.text


# --- encodings ----------------------------------------------------------------------------

STORY = ("Cafe prices rise\n\nA cup of coffee now costs £3.20 in the town's cafés, "
         "up from £2.80 a year ago, a survey found.\n")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "latin-1", "cp1252", "utf-16"])
def test_encodings_are_detected(tmp_path, encoding):
    path = tmp_path / "cafe.txt"
    path.write_bytes(STORY.encode(encoding))
    article = ingest.load(str(path))
    assert article.title == "Cafe prices rise"
    assert "£3.20" in article.paragraphs[0] and "cafés" in article.paragraphs[0]


def test_stdin_is_read(monkeypatch):
    import io

    fake = io.TextIOWrapper(io.BytesIO(STORY.encode("utf-8")))
    monkeypatch.setattr(sys, "stdin", fake)
    article = ingest.load("-")
    assert article.source == "-"
    assert article.title == "Cafe prices rise"


# --- language -------------------------------------------------------------------------------

GERMAN = ("Der Stadtrat hat am Dienstag den Haushalt für das kommende Jahr beschlossen. "
          "Die Ausgaben steigen um vier Prozent, vor allem für Schulen und den Nahverkehr. "
          "Die Opposition kritisierte, dass die Schulden der Stadt weiter wachsen.")
FRENCH = ("Le conseil municipal a adopté mardi le budget de l'année prochaine. Les dépenses "
          "augmentent de quatre pour cent, surtout pour les écoles et les transports publics. "
          "L'opposition a critiqué la hausse de la dette de la ville.")
SPANISH = ("El ayuntamiento aprobó el martes el presupuesto del próximo año. El gasto aumenta un "
           "cuatro por ciento, sobre todo en escuelas y transporte público, y la oposición "
           "criticó el aumento de la deuda de la ciudad.")


@pytest.mark.parametrize("text, code", [(GERMAN, "de"), (FRENCH, "fr"), (SPANISH, "es")])
def test_language_is_detected(text, code):
    assert ingest.from_text(text).language == code


def test_english_sample_and_short_texts(samples):
    assert ingest.load(str(samples / "harbour-strike.txt")).language == "en"
    assert language.detect("Dollar gains on Greenspan speech") == "en"
    assert language.detect("Gol!") == "en"
    assert language.detect("Москва приняла новый бюджет") == "ru"


# --- bad input ------------------------------------------------------------------------------

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06" + bytes(64)
FURNITURE_ONLY = "Download\n01:22\n\nREAD MORE\n\nSearch Trends\n"


def write(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("empty.txt", b"", "is empty"),
        ("blank.txt", b" \n\t\n  \r\n", "only whitespace"),
        ("image.txt", PNG, "binary"),
        ("control.txt", bytes(range(1, 9)) * 200, "binary"),
        ("cruft.txt", FURNITURE_ONLY.encode(), "no article text"),
        ("symbols.txt", b"!!! ### 123 456 $$$\n", "no article text"),
        ("empty.html", b"<html><body></body></html>", "no article text"),
    ],
)
def test_bad_files_raise_input_error(tmp_path, name, data, message):
    with pytest.raises(InputError, match=message) as caught:
        ingest.load(write(tmp_path, name, data))
    assert "\n" not in str(caught.value)


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        ingest.load(str(tmp_path / "nope.txt"))
    with pytest.raises(InputError, match="is a directory"):
        ingest.load(str(tmp_path))


def test_a_name_too_long_for_the_file_system_is_a_one_line_error():
    with pytest.raises(InputError, match="cannot read") as caught:
        ingest.load("harbour-" * 60 + ".txt")
    assert "\n" not in str(caught.value)


def test_a_one_line_sentence_is_text_and_a_missing_file_keeps_its_error(tmp_path):
    from briefing.pipeline import to_article

    line = ("Harbour Town beat Eastbrook Rovers 2-1 in the cup final on Saturday, and Dan "
            "Keel scored both of the goals. ") * 4
    assert "Dan Keel scored" in to_article(line.strip()).text
    with pytest.raises(InputError, match="no such file"):
        to_article(str(tmp_path / "harbour report.txt"))


def test_too_large_file_names_the_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(sources, "MAX_BYTES", 1000)
    monkeypatch.setattr(ingest, "MAX_BYTES", 1000)
    path = write(tmp_path, "big.txt", b"word " * 300)
    with pytest.raises(InputError, match=r"too large \(over the 1000 bytes limit\)"):
        ingest.load(path)
    with pytest.raises(InputError, match="too large"):
        ingest.from_text("word " * 300)


def test_default_limit_is_ten_megabytes(tmp_path):
    assert sources.MAX_BYTES == 10 * 1024 * 1024
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(sources.MAX_BYTES + 1)  # sparse: quick to make
    with pytest.raises(InputError, match=r"over the 10 MB limit"):
        ingest.load(str(path))


def test_unreadable_file(tmp_path, monkeypatch):
    path = write(tmp_path, "secret.txt", STORY.encode())

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(InputError, match="permission denied"):
        ingest.load(path)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read anything")
def test_unreadable_file_for_real(tmp_path):
    path = write(tmp_path, "secret.txt", STORY.encode())
    os.chmod(path, 0)
    with pytest.raises(InputError, match="permission denied"):
        ingest.load(path)


def test_wrong_types_raise_input_error():
    with pytest.raises(InputError):
        ingest.from_text(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(InputError):
        ingest.load("")


# --- the CLI on bad input ---------------------------------------------------------------------

CLI_BAD = {
    "empty": ("empty.txt", b""),
    "whitespace": ("blank.txt", b"   \n\n  "),
    "binary": ("picture.png", PNG),
    "furniture": ("cruft.txt", FURNITURE_ONLY.encode()),
    "missing": ("missing.txt", None),
    "directory": ("folder", "dir"),
}


@pytest.mark.parametrize("case", sorted(CLI_BAD))
def test_cli_rejects_bad_input_in_one_line(tmp_path, case):
    name, data = CLI_BAD[case]
    target = tmp_path / name
    if data == "dir":
        target.mkdir()
    elif data is not None:
        target.write_bytes(data)
    out = tmp_path / "out.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "briefing", "brief", str(target), "-o", str(out)],
        capture_output=True, text=True, cwd=tmp_path, timeout=60,
    )
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error:")
    assert "Traceback" not in result.stderr
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.pdf")]


def test_cli_explain_lists_removals(runner, samples):
    from briefing.cli import cli

    result = runner.invoke(cli, ["brief", str(samples / "belarus-pasted.txt"), "--explain",
                                 "--format", "md"])
    assert result.exit_code == 0, result.output
    assert "removed [video-duration]: 02:47" in result.output
    assert "removed [read-more-marker]: READ MORE" in result.output


# --- arbitrary input: only InputError may come out ---------------------------------------------

LINEY_TEXT = st.lists(
    st.one_of(st.text(max_size=80), st.sampled_from(
        ["", "READ MORE", "Download", "01:22", "Source(s): AP", "By Ann Lee", "Updated 3 May 2021",
         "# Heading", "---", "CGTN", "x /A/B", "Search Trends", "```"])),
    max_size=25,
).map("\n".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(LINEY_TEXT)
def test_from_text_and_markdown_only_raise_input_error(text):
    for build in (ingest.from_text, ingest.from_markdown):
        try:
            article = build(text)
        except InputError as error:
            assert "\n" not in str(error)
        else:
            assert article.paragraphs and all(p.strip() for p in article.paragraphs)


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=300))
def test_from_html_only_raises_input_error(text):
    try:
        ingest.from_html(f"<html><body><p>{text}</p></body></html>")
    except InputError as error:
        assert "\n" not in str(error)


def test_hostile_but_valid_inputs(tmp_path):
    mixed = ("Выборы в Москве\n\nThe vote in Moscow 选举 drew a record turnout of 62% on Sunday, "
             "officials said, while observers reported few problems.\n")
    path = tmp_path / "dossier ünï côdé" / "mixed scripts.txt"
    path.parent.mkdir()
    path.write_text(mixed, encoding="utf-8")
    article = ingest.load(str(path))
    assert article.title == "Выборы в Москве" and "62%" in article.paragraphs[0]
    shouting = "BREAKING NEWS\n\nTHE RIVER BURST ITS BANKS ON MONDAY AND 500 HOMES WERE FLOODED.\n"
    assert "500 HOMES" in ingest.from_text(shouting).text
    broken = ("<html><body><div><p>The council met on Tuesday and voted to close the old pool, "
              "which has lost money for years<p>Swimmers protested outside <b>the hall<i></div>")
    assert "close the old pool" in ingest.from_html(broken).text


def test_clearly_english_text_skips_the_language_model():
    import subprocess
    import sys

    code = (
        "from briefing.ingest import language\n"
        "text = 'The council said that the plan for the new bridge was ready and that it would "
        "open to traffic in the spring, but the cost of the work has risen by a third since "
        "it was approved.'\n"
        "print(language.detect(text), language.identifier.cache_info().currsize)\n"
        "print(language.detect('Der Rat sagte, dass der Plan für die neue Brücke fertig sei und "
        "dass sie im Frühjahr für den Verkehr geöffnet werde, aber die Kosten sind gestiegen.'))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    first, second = out.stdout.split("\n")[:2]
    assert first == "en 0"
    assert second == "de"


def test_html_subheadings_stay_in_the_text_but_are_not_sentences():
    from briefing import ingest
    from briefing.segment import segment

    page = (
        "<html><head><title>Ferry fares rise</title></head><body><article>"
        "<h1>Ferry fares rise</h1><p>Ferry fares on the island route will rise by 6% in May, "
        "the operator announced on Friday.</p><h2>Why prices are going up</h2>"
        "<p>Fuel now costs the company twice what it did three years ago, it said.</p>"
        "<h2>Results</h2><p>North 12 14 9 — 35</p><p>South 10 11 8 — 29</p>"
        "</article></body></html>"
    )
    article = ingest.from_html(page)
    assert "Why prices are going up" in article.paragraphs
    sentences = segment(article).sentence_texts()
    assert "Why prices are going up" not in sentences
    assert any(s.startswith("Fuel now costs") for s in sentences)
    # score lines are data, not headings: they stay sentences
    assert "North 12 14 9 — 35" in sentences


def test_repeated_lines_of_a_plan_are_kept_but_a_repeated_caption_is_not():
    from briefing import ingest

    day = ["Breakfast: two eggs and one slice of toast", "Snack: one apple and ten almonds",
           "Lunch: grilled fish with rice and salad"]
    text = "\n".join(
        ["Weekly meal plan for the training camp",
         "The camp's nutritionist wrote this plan for the squad's three heavy weeks."]
        + [f"Day {n}\n" + "\n".join(day) for n in range(1, 5)]
    )
    article = ingest.from_text(text)
    assert article.text.count("Snack: one apple and ten almonds") == 4
    assert "duplicate-line" not in [r.rule for r in article.removed]

    caption = "Dock workers walk past idle cranes at the container terminal on Monday"
    pasted = "\n".join(["Harbour strike enters second week", caption,
                        "The strike has idled the port's cranes for eight days, the union said.",
                        caption, "Talks resume on Thursday, officials said."])
    article = ingest.from_text(pasted)
    assert article.text.count(caption) == 1


def test_a_repeated_interview_question_is_kept():
    from briefing import ingest

    question = "What would you tell someone starting out?"
    lines = ["Five bakers on their first year"]
    for name in ("Ana", "Ben", "Chloe"):
        lines += [f"{name} opened a bakery in the old town last spring, after years of work.",
                  question, f"{name} said patience matters more than any recipe."]
    article = ingest.from_text("\n".join(lines))
    assert article.text.count(question) == 3
