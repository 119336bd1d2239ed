"""Headlines of HTML pages: site names and sections stripped, the <h1> preferred."""

from briefing import ingest
from briefing.ingest.titles import Candidates, choose, strip_furniture

BODY = ("<p>The county will close the old quarry road for eight weeks from Monday while crews "
        "rebuild the bridge over the river, officials said.</p><p>Drivers will be sent "
        "through the village instead, adding about ten minutes to the trip.</p>")


def page(title: str, h1: str = "", site: str = "", og: str = "") -> str:
    meta = f'<meta property="og:site_name" content="{site}">' if site else ""
    meta += f'<meta property="og:title" content="{og}">' if og else ""
    heading = f"<h1>{h1}</h1>" if h1 else ""
    return (f"<html><head><title>{title}</title>{meta}</head><body><article>{heading}"
            f"{BODY}</article></body></html>")


def test_site_name_and_sections_leave_the_title() -> None:
    html = page("Quarry road to close for bridge rebuild | Local | Valley Courier",
                site="Valley Courier")
    assert ingest.from_html(html, url="https://valleycourier.example/x").title == (
        "Quarry road to close for bridge rebuild")


def test_the_host_name_is_furniture_even_without_og_site_name() -> None:
    html = page("Quarry road to close for bridge rebuild - ValleyCourier.com")
    article = ingest.from_html(html, url="https://www.valleycourier.com/news/1")
    assert article.title == "Quarry road to close for bridge rebuild"


def test_h1_wins_when_it_agrees_and_a_logo_h1_does_not() -> None:
    html = page("Quarry road to close - Valley Courier", site="Valley Courier",
                h1="Quarry road to close for eight weeks during bridge rebuild")
    expected = "Quarry road to close for eight weeks during bridge rebuild"
    assert ingest.from_html(html).title == expected
    logo = page("Quarry road to close for bridge rebuild | Valley Courier", site="Valley Courier",
                h1="Valley Courier")
    assert ingest.from_html(logo).title == "Quarry road to close for bridge rebuild"


def test_a_section_before_the_headline_goes() -> None:
    c = Candidates(meta=["Opinion | Why the quarry road must close now"])
    assert choose(c) == "Why the quarry road must close now"


def test_a_headline_with_a_dash_inside_keeps_both_halves() -> None:
    c = Candidates(sites=["Valley Courier"])
    title = "Bridge rebuild - what drivers need to know before Monday"
    assert strip_furniture(title, c) == title


def test_the_headline_repeated_in_the_body_is_dropped_even_if_reworded() -> None:
    html = page("Quarry road to close for bridge rebuild | Valley Courier", site="Valley Courier")
    html = html.replace("<article>", "<article><p>Quarry Road to close for the bridge rebuild</p>")
    article = ingest.from_html(html)
    assert not any(p.startswith("Quarry Road to close") for p in article.paragraphs)
    assert article.paragraphs[0].startswith("The county will close")


def test_section_names_repeated_across_one_sites_pages_are_learnt() -> None:
    host = "https://riverside-gazette.example/a"
    for headline in ("Council approves budget for new library branch",
                     "Flood barriers to be tested on the river this week"):
        ingest.from_html(page(f"{headline} - Around Town"), url=host)
    third = page("Ferry timetable changes from next month - Around Town")
    assert ingest.from_html(third, url=host).title == "Ferry timetable changes from next month"


def test_a_list_of_linked_headlines_above_the_body_is_dropped() -> None:
    links = ["Harbour Festival Returns With Three New Stages",
             "Council Names New Head Of Transport Planning",
             "Ferry Timetable Changes From Next Month"]
    html = page("Quarry road to close for bridge rebuild | Valley Courier", site="Valley Courier")
    html = html.replace("<article>", "<article>" + "".join(f"<p>{t}</p>" for t in links))
    article = ingest.from_html(html)
    assert article.paragraphs[0].startswith("The county will close")
    assert {r.rule for r in article.removed if r.text in links} == {"link-list-above-body"}
