"""Sport evidence for places and organisations: is the article a sports report, and is a
town named here a side ("Norwich City", "Leicestershire beat Somerset", "Bolton 3 2 1")?

``places_orgs.find_places_and_organizations`` asks these before it reads a town as a place.
"""

from __future__ import annotations

import re

from briefing.facts.tokens import Token
from briefing.lang.en.events import (
    MORE_SPORT_WORDS,
    RESULT_NOUNS,
    RESULT_PREPOSITIONS,
    SPORT_COMPETITIONS,
)
from briefing.lang.en.lexicon import (
    CLUB_PREFIXES,
    CLUB_SUFFIXES,
    NOT_NICKNAME_PLURALS,
    ORG_KEYWORDS,
    SIDE_ROLE_WORDS,
    SPORT_ACRONYMS,
    SPORT_NAMES,
    SPORT_WORDS,
    SPORTS_POSITION_WORDS,
)
from briefing.lang.en.speech import census_surnames
from briefing.lang.gazetteer import places


def sports_report(text: str, lowered: frozenset[str], title: str = "") -> bool:
    """Does the article report sport? A sport named in the headline (the title, or the
    text's first line), two words only sport uses, or lines of scores."""
    if _headline_names_a_sport(title or text.split("\n", 1)[0]):
        return True
    words = sum(1 for word in _SPORT_WORDS if word in lowered) + _results(text)
    # "the Premiership", "the Six Nations" (a substring test first: the pattern is slow)
    words += any(name in text for name in SPORT_COMPETITIONS) and bool(
        _SPORT_COMPETITION.search(text))
    if words >= 2:
        return True  # the slower tests below are not needed
    words += _names_a_club(text)
    # a league counts once: a politics piece may name the NBA and the NFL ("ratings")
    words += any(name in text for name in SPORT_ACRONYMS) and bool(_SPORT_ACRONYM.search(text))
    # "a big game against Barcelona"
    words += any(f"{noun} " in text for noun in _MATCH_NOUNS) and bool(_MATCH_AGAINST.search(text))
    lines = sum(1 for line in text.splitlines() if _score_line(line))
    return words >= 2 or lines >= 3



_SPORT_WORDS = SPORT_WORDS | MORE_SPORT_WORDS
_SPORT_COMPETITION = re.compile(r"\b(?:" + "|".join(SPORT_COMPETITIONS) + r")\b")
_MATCH_NOUNS = ("game", "match", "tie", "clash", "fixture", "derby")
_MATCH_AGAINST = re.compile(rf"\b(?:{'|'.join(_MATCH_NOUNS)})\s+(?:against|with)\s+[A-Z]")
_SPORT_ACRONYM = re.compile(r"\b(?:" + "|".join(SPORT_ACRONYMS) + r")\b")


def _results(text: str) -> int:
    """How many wins with their score the text reports (``_RESULT``), scanned for only
    where a verb and a score could be (the scan cost 0.05 ms an article in bench_facts)."""
    if not _SCORE_DASH.search(text) or not any(verb in text for verb in _RESULT_VERBS):
        return 0
    return len(_RESULT.findall(text))


def _headline_names_a_sport(headline: str) -> bool:
    """A headline led by a sport's name as its section label: "SOCCER - MILAN'S LENTINI
    MOVES", "Rugby union: Lynagh seals victory" (not "Football fans join the march")."""
    label = _SECTION_LABEL.match(headline.strip())
    return bool(label) and any(w in SPORT_NAMES for w in label.group(1).lower().split())


_SECTION_LABEL = re.compile(r"([A-Za-z][A-Za-z -]{2,30}?)\s*(?:\s-|:|\s–|\s\|)\s")


def _names_a_club(text: str) -> bool:
    """A club named by its town and a club word ("Leeds United", "Real Madrid", "Borussia
    Dortmund") is evidence of sport; "City", "Town" and "County" are not ("Kansas City")."""
    if not any(word in text for word in _CLUB_WORDS):
        return False  # no club word to name a club by (the scan cost 0.1 ms an article)
    towns = places()
    for match in _CLUB_NAME.finditer(text):
        before, town, after = match.group(1), match.group(2), match.group(3)
        listed = towns.get(town)
        if listed is None or listed[1] == "list:countries":
            continue
        if (after and after not in _TOWN_SUFFIXES) or (before and before in CLUB_PREFIXES):
            return True
    return False


_TOWN_SUFFIXES = frozenset("City Town County".split())
_CLUB_WORDS = tuple(sorted(CLUB_PREFIXES | (CLUB_SUFFIXES - _TOWN_SUFFIXES)))
_CLUB_NAME = re.compile(
    rf"\b(?:({'|'.join(sorted(CLUB_PREFIXES))})\s)?([A-Z][a-z]+)"
    rf"(?:\s({'|'.join(sorted(CLUB_SUFFIXES))})\b)?"
)


def _score_line(line: str) -> bool:
    """A line of names and whole numbers only: "Norwich 1 Wolverhampton 0", "Bolton 3 2 1
    0 5 2 7", "70 68 71 - 209 Jo Lund (Sweden)", "DETROIT 53 82 .393 24 1/2"; a table of
    money or shares has decimals,
    currency or lower-case words ("Sales 9.06 9.31", "Net 415 million")."""
    words = line.split()
    if not 3 <= len(words) <= 16 or _NOT_SCORE_LINE.search(line):
        return False
    numbers = sum(1 for w in words if re.fullmatch(r"\.?\d+(?:/\d+)?", w.strip(",;:-()")))
    names = sum(1 for w in words if w.lstrip("(")[:1].isupper())
    return numbers >= 2 and names >= 1 and numbers + names + line.count(" - ") >= len(words)


_NOT_SCORE_LINE = re.compile(r"\d[.,]\d|[$%£€]|\b[a-z]{3,}\b")  # ".556" in standings is fine
# A win and its score: "beat Liechtenstein 5-0", "beat Mark Cairns (England) 15-11".
_RESULT = re.compile(
    r"\b(?:beat|beats|defeated|edged|blanked|routed|thrashed|drew|lost)\s"
    r"(?:[\w.'()-]+\s){1,5}\d{1,2}-\d{1,2}\b"
)
# What every _RESULT match holds: one of its verbs ("beat" in "beats") and a score's dash
_RESULT_VERBS = ("beat", "defeated", "edged", "blanked", "routed", "thrashed", "drew", "lost")
_SCORE_DASH = re.compile(r"\d-\d")



def club_around(tokens: list[Token], k: int, end: int, i: int, j: int) -> tuple[int, int] | None:
    """ "Norwich City", "Manchester United", "Real Madrid", "Dynamo Moscow", "Queens Park
    Rangers", "Boston Red Sox", "Seattle Mariners" (a town and its side's nickname)."""
    if end < j and tokens[end].text in CLUB_SUFFIXES:
        return k, end + 1
    if k > i and tokens[k - 1].text in CLUB_PREFIXES:
        return k - 1, end
    for last in (end + 1, end + 2):
        if last == j and all(
            tokens[m].capitalised and not tokens[m].possessive for m in range(end, last - 1)
        ) and (tokens[last - 1].text in CLUB_SUFFIXES or nickname_plural(tokens[last - 1].text)):
            return k, last
    return None


def nickname_plural(word: str) -> bool:
    """ "Mariners", "Red Sox", "Indians": a side's plural nickname, not a surname or a
    place's plural ("Islands")."""
    return word == "Sox" or (
        word.endswith("s")
        and len(word) > 3
        and word[1:].islower()
        and word not in NOT_NICKNAME_PLURALS
        and word not in census_surnames()
        and word not in ORG_KEYWORDS
        and word not in places()
    )


_TEAM_WORDS = frozenset("beat beats v vs vs. drew draw lost defeated edged".split())
_SCORE = re.compile(r"\s+\d{1,3}(?![\d\-/.:,]\d)\b(?!\s*(?:percent|pct|%|km|m\b|kg))")


def team_context(text: str, tokens: list[Token], k: int, end: int, sports: bool) -> bool:
    """A place that is a side: "Somerset 83 and 174", "Leicestershire beat Somerset";
    in a sports report also "against Leeds" (elsewhere "Kurds against Baghdad" is not)."""
    before = tokens[k - 1].text.lower() if k > 0 else ""
    after = tokens[end].text.lower() if end < len(tokens) else ""
    if before in _TEAM_WORDS or after in _TEAM_WORDS or after in SIDE_ROLE_WORDS:
        return True
    if sports and (before == "against" or after in SPORTS_POSITION_WORDS):
        return True
    if sports and _RESULT_BEFORE.search(text, max(0, tokens[k].start - 80), tokens[k].start):
        return True  # "consecutive losses to Newcastle and Barcelona": sides, not towns
    line_start = text.rfind("\n", 0, tokens[k].start) + 1
    line_end = text.find("\n", tokens[end - 1].end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if _FIXTURE_LINE.fullmatch(line.strip()):
        return True  # "KANSAS CITY AT DETROIT", "Manchester City v Charlton"
    # A score right after the name, in a line of scores (results tables).
    after = text[tokens[end - 1].end : line_end if line_end >= 0 else len(text)]
    return bool(_SCORE.match(after)) and len(re.findall(r"\b\d+\b", line)) >= 2


# A result and its preposition, then any sides listed before this one ("losses to Newcastle
# and Barcelona"): the name is the other side.
_RESULT_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(RESULT_NOUNS))})\s+(?:{'|'.join(sorted(RESULT_PREPOSITIONS))})\s+"
    r"(?:[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*)*(?:,\s*|\s+and\s+|\s+&\s+))*$"
)


# A line naming two sides and nothing else: "Kansas City at Detroit", "Bolton v Leeds".
_FIXTURE_LINE = re.compile(
    r"(?:[A-Z][\w.'&-]*\s)+(?:at|AT|v|vs\.?|V)(?:\s[A-Z][\w.'&-]*)+"
)
