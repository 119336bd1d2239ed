"""Briefs in the languages we support, and a clear refusal for the ones we do not."""

from __future__ import annotations

import subprocess
import sys

import pytest

import briefing

ARTICLES = {
    "de": (
        "Die Stadt Bremen baut bis 2027 eine neue Brücke über die Weser. Der Bau soll etwa "
        "45 Millionen Euro kosten, sagte die Bürgermeisterin am Dienstag. Die alte Brücke ist "
        "seit dem Frühjahr für Lastwagen gesperrt. Viele Pendler müssen deshalb einen Umweg "
        "von mehreren Kilometern fahren. Die Arbeiten beginnen im Januar."
    ),
    "fr": (
        "La ville de Lyon va ouvrir trois nouvelles lignes de bus au printemps. Le projet "
        "coûtera environ 12 millions d'euros, a déclaré le maire lundi. Les habitants des "
        "quartiers du nord attendent ces lignes depuis des années. Les premiers bus rouleront "
        "dès le mois de mars. La région participe à la moitié du financement."
    ),
    "es": (
        "El ayuntamiento de Valencia plantará diez mil árboles antes del verano. La medida "
        "costará unos cuatro millones de euros, según explicó la alcaldesa el jueves. Los "
        "vecinos de los barrios más calurosos serán los primeros en notarlo. Las obras "
        "empezarán en febrero. El plan forma parte de una estrategia contra el calor."
    ),
    "it": (
        "Il comune di Torino aprirà una nuova biblioteca nel centro storico. Il progetto "
        "costerà circa otto milioni di euro, ha detto il sindaco mercoledì. La struttura avrà "
        "spazio per duecentomila libri e sale per lo studio. I lavori finiranno entro "
        "l'autunno. Gli studenti chiedevano da anni più posti a sedere."
    ),
    "pt": (
        "A câmara de Lisboa vai renovar o mercado da Ribeira durante o próximo ano. A obra "
        "deve custar cerca de seis milhões de euros, disse o vereador na sexta-feira. Os "
        "comerciantes vão trabalhar num espaço provisório durante as obras. O mercado reabre "
        "no verão seguinte. Os moradores receberam a notícia com alívio."
    ),
    "nl": (
        "De gemeente Utrecht legt dit jaar twintig kilometer nieuwe fietspaden aan. Het plan "
        "kost ongeveer negen miljoen euro, zei de wethouder op maandag. Vooral de wijken aan "
        "de rand van de stad krijgen betere verbindingen. De eerste paden zijn in april "
        "klaar. Fietsers vragen al lang om veiligere routes."
    ),
    "ru": (
        "Власти Казани построят новый мост через реку к концу следующего года. Проект обойдётся "
        "примерно в три миллиарда рублей, сообщил мэр во вторник. Старый мост закрыт для "
        "грузовиков с весны. Жителям приходится ездить в объезд по несколько километров. "
        "Работы начнутся в январе."
    ),
}

SWEDISH = (
    "Kommunen i Malmö bygger en ny simhall vid havet. Bygget beräknas kosta omkring 300 "
    "miljoner kronor, sade kommunalrådet på tisdagen. Den gamla hallen stängdes förra året "
    "efter läckor i taket. Simklubbarna har tränat i grannkommunerna sedan dess."
)


@pytest.mark.parametrize("code", sorted(ARTICLES))
def test_brief_in_supported_language(code):
    brief = briefing.make_brief(ARTICLES[code] + "\n")
    assert brief.article.language == code
    assert brief.points
    for point in brief.points:
        assert point.text in ARTICLES[code]


def test_language_we_cannot_summarize_gets_a_clear_error(tmp_path):
    source = tmp_path / "malmo.txt"
    source.write_text(SWEDISH + "\n", encoding="utf-8")
    with pytest.raises(briefing.InputError, match="language 'sv'"):
        briefing.make_brief(str(source))
    proc = subprocess.run(
        [sys.executable, "-m", "briefing", "brief", str(source), "-o", str(tmp_path / "b.pdf")],
        capture_output=True,
        text=True,
    )
    assert proc.returncode != 0
    assert proc.stderr.count("\n") == 1 and "language 'sv'" in proc.stderr
    assert not (tmp_path / "b.pdf").exists()


def test_results_tables_and_short_english_lines_are_never_refused(caplog) -> None:
    from briefing.ingest.language import detect

    samples = [
        "Harbour 2 Millbrook 1, Eastfield 0 Northgate 3, Riverside 1 Oakham 1, "
        "Westport 2 Kingsley 2, Ashford 4 Bramley 0, Dunmore 1 Calder 2",
        "Round three scores: Ng 68, Okafor 69, Lindqvist 70, Moreau 71 ( par 72 )",
        "Quarry road reopens",
        "Tide tables for the week",
    ]
    for text in samples:
        assert detect(text) == "en", text


def test_the_fallback_to_english_is_announced(caplog) -> None:
    import logging

    from briefing.ingest.language import detect

    # Welsh town names: the model guesses Welsh, but the words read as an English results line
    with caplog.at_level(logging.WARNING, logger="briefing.ingest"):
        assert detect("Bangor 3 Rhyl 1 Wrexham 2 Caernarfon 0 Llandudno 1 Barry 4") == "en"
    assert any("using English" in r.getMessage() for r in caplog.records)


def test_confident_long_foreign_text_keeps_its_language() -> None:
    from briefing.ingest.language import detect

    dutch = ("De gemeente zei dat het plan voor de nieuwe brug klaar was en dat die in het "
             "voorjaar open zou gaan voor het verkeer, maar de kosten zijn met een derde gestegen "
             "sinds het werd goedgekeurd door de raad.")
    assert detect(dutch) == "nl"
