"""The one-page PDF, checked with a real PDF reader (pypdf)."""

from __future__ import annotations

import io
import random
from dataclasses import replace

import pytest
from test_render import SENTENCES, sample_brief

from briefing.models import Entity, Facts, Figure, Person, Point, Quote
from briefing.renderers import pdf, render

pypdf = pytest.importorskip("pypdf")
pytest.importorskip("weasyprint")


def read(data: bytes):
    assert data.startswith(b"%PDF-")
    return pypdf.PdfReader(io.BytesIO(data))


def page_text(data: bytes) -> str:
    return " ".join(read(data).pages[0].extract_text().split())


def note_brief():
    """A three-sentence note: no facts at all."""
    return replace(sample_brief(), points=[Point(s, i, 1.0) for i, s in enumerate(SENTENCES[:3])],
                   facts=Facts())


def crowded_brief(points: int = 40, words: int = 45):
    """Far more than a page: long points, hundreds of facts, many quotes."""
    rng = random.Random(3)
    vocabulary = "harbour union strike ships rent offer council freight report wage".split()
    sentences = [
        " ".join(rng.choice(vocabulary) for _ in range(words)).capitalize() + f" number {i}."
        for i in range(points)
    ]
    facts = Facts(
        figures=[Figure(i, "t", "=", f"{i} tonnes", f"cargo item {i}", i % points)
                 for i in range(200)],
        people=[Person(f"Person {i}", "spokesperson for the port", 1, "", [i % points])
                for i in range(80)],
        places=[Entity(f"Place {i}", "place", 1, "", [i % points]) for i in range(80)],
        organizations=[Entity(f"Group {i}", "organization", 1, "", [0]) for i in range(50)],
        quotes=[Quote(sentences[i], f"Speaker {i}", "said", i) for i in range(min(20, points))],
    )
    base = sample_brief()
    return replace(
        base,
        article=replace(base.article, paragraphs=sentences),
        bottom_line=sentences[0],
        bottom_sentence=0,
        points=[Point(s, i, 1.0 / (i + 1)) for i, s in enumerate(sentences)],
        facts=facts,
        sentences=sentences,
    )


def long_report_text(words: int = 15_000) -> str:
    """A generated 15,000-word report (plain sentences with figures)."""
    rng = random.Random(11)
    subjects = ["The ministry", "Port officials", "Analysts", "The council", "Union leaders"]
    verbs = ["reported", "estimated", "said", "warned", "confirmed"]
    things = ["a rise of {n}% in freight costs", "{n} new jobs in the north",
              "spending of {n} million euros on repairs", "that {n} ships were delayed"]
    paragraphs, count = [], 0
    while count < words:
        sentences = []
        for _ in range(rng.randint(2, 5)):
            sentence = (f"{rng.choice(subjects)} {rng.choice(verbs)} "
                        f"{rng.choice(things).format(n=rng.randint(2, 900))} in "
                        f"{rng.choice(['March', 'April', 'May'])}, the annual report says.")
            sentences.append(sentence)
            count += len(sentence.split())
        paragraphs.append(" ".join(sentences))
    return "Freight report shows a mixed year\n\n" + "\n\n".join(paragraphs)


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("make", [note_brief, sample_brief, crowded_brief],
                         ids=["note", "normal", "crowded"])
def test_pdf_is_exactly_one_page(make, paper):
    data = render(make(), "pdf", paper=paper)
    reader = read(data)
    assert len(reader.pages) == 1
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    expected = (595, 842) if paper == "a4" else (612, 792)
    assert (round(width), round(height)) == expected


def test_generated_15000_word_report_gives_one_page_pdf():
    from briefing import make_brief

    text = long_report_text()
    assert len(text.split()) >= 15_000
    brief = make_brief(text)
    for paper in ("a4", "letter"):
        data = render(brief, "pdf", paper=paper)
        assert len(read(data).pages) == 1
        assert brief.bottom_line.split()[3] in page_text(data)


def test_text_is_real_and_selectable():
    text = page_text(render(sample_brief(), "pdf"))
    assert "Harbour workers walk out over pay" in text
    assert "At least nine ships were waiting offshore" in text
    assert "workers on strike" in text and "Mara Olsen" in text


def test_metadata_title_and_author():
    reader = read(render(sample_brief(), "pdf"))
    assert reader.metadata.title == "Harbour workers walk out over pay"
    assert reader.metadata.author == "By Kim Dale"


def test_fonts_are_embedded():
    reader = read(render(sample_brief(), "pdf"))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    assert fonts
    for ref in fonts.values():
        font = ref.get_object()
        descendants = font.get("/DescendantFonts")
        if descendants:
            font = descendants[0].get_object()
        descriptor = font["/FontDescriptor"].get_object()
        assert any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))


def test_crowded_brief_drops_low_ranked_items_first_and_says_so():
    brief = crowded_brief()
    report = pdf.fit_report(brief)
    assert report["pages"] == 1 and report["trimmed"]
    kept = report["kept"]
    assert 1 <= kept["points"] < len(brief.points)
    assert kept["figures"] < len(brief.facts.figures)
    assert report["type_pt"] >= pdf.FLOOR_PT
    text = page_text(render(brief, "pdf"))
    assert "Trimmed to fit" in text
    assert "number 0." in text  # the best-ranked point survives
    assert "number 39." not in text  # the worst-ranked one went first


def test_short_brief_keeps_everything_at_full_size():
    report = pdf.fit_report(sample_brief())
    assert report["pages"] == 1 and report["type_pt"] == pdf.BASE_PT
    assert not report["trimmed"] and report["left_out"] == 0 and report["note"] == ""
    assert report["layouts"] == 1  # it fitted at the first layout
    assert report["kept"]["points"] == 4


def test_points_are_never_cut_mid_sentence():
    brief = crowded_brief(points=12, words=70)
    text = page_text(render(brief, "pdf"))
    for point in brief.points:
        words = point.text.split()
        head, tail = " ".join(words[:6]), " ".join(words[-4:])
        assert (head in text) == (tail in text), point.sentence


def test_letter_and_unknown_paper():
    from briefing.errors import InputError

    with pytest.raises(InputError):
        render(sample_brief(), "pdf", paper="a3")


# --- safety -------------------------------------------------------------------------


def test_fetcher_refuses_files_and_hosts_but_serves_data_urls():
    for url in ("file:///etc/passwd", "http://127.0.0.1:9/x.png", "https://example.org/a.css",
                "ftp://example.org/f", "FILE:///etc/hosts", "/etc/passwd"):
        with pytest.raises(pdf.RefusedURL):
            pdf.check_url(url)
        with pytest.raises(ValueError):
            pdf.safe_fetcher()(url)
    response = pdf.safe_fetcher()("data:text/plain;base64,aGk=")
    assert response.read() == b"hi"


def test_article_markup_never_reaches_the_fetcher(monkeypatch):
    calls: list[str] = []
    original = pdf.check_url

    def spy(url: str) -> str:
        calls.append(url)
        return original(url)

    monkeypatch.setattr(pdf, "check_url", spy)
    evil = '<img src="file:///etc/passwd"><link rel=stylesheet href="http://127.0.0.1:9/x.css">'
    brief = sample_brief(title=evil, url="file:///etc/passwd")
    brief.points[1].text = evil
    text = page_text(render(brief, "pdf"))
    assert calls == []  # escaped text: nothing to fetch
    assert "root:" not in text
    assert '<img src="file:///etc/passwd">' in text  # shown as text


def test_a_template_that_asks_for_files_is_refused(tmp_path, monkeypatch):
    calls: list[str] = []
    original = pdf.check_url

    def spy(url: str) -> str:
        calls.append(url)
        return original(url)

    monkeypatch.setattr(pdf, "check_url", spy)
    (tmp_path / "brief-print.css").write_text(
        '@import url("http://127.0.0.1:9/x.css"); body { background: url("file:///etc/passwd"); }'
    )
    (tmp_path / "brief.css").write_text("h1 { color: black; }")
    data = render(sample_brief(), "pdf", template_dir=str(tmp_path))
    assert len(read(data).pages) == 1
    assert calls and all(not url.startswith("data:") for url in calls)
    assert b"root:x:0:0" not in data
