"""Names joined by an ampersand: "Johnson & Johnson", "Marks & Spencer", "Ernst & Young".

The tokens leave "&" out, so "Johnson & Johnson" reads as two capitalised runs and each
half would be found alone (the company shown as "Johnson", a Mr "Spencer" from "Marks &
Spencer said"). Capitalised words on both sides of a spaced "&" name one body: firms,
law firms and partnerships in news copy. Not when the halves are two places ("Serbia &
Montenegro", "Tyne & Wear"), two given names ("Richard & Judy"), two common words the
article also writes in lower case ("Black & White", "Soul & Funk"), or single letters
("R & B"). A body's keyword after the "&" ("Securities & Exchange Commission") is read by
the keyword rule (``org_joins.over_ampersand``), not here.

Such a name is shown (``org-ampersand``) when it reads as a firm: surnames on both sides
of the "&" ("Ernst & Young"), a partners' word after it ("David Rubin & Partners"), or a
firm's noun before it ("fellow UK firm Tibbett & Britten"). Else it is held back
(``ampersand-name``): "Fox & Friends", "Law & Order", "Fast & Furious" are shows and films,
"Soul & Funk" a genre, and no list tells those words from a firm's.
"""

from __future__ import annotations

import re

from briefing.facts.org_joins import past_modifier
from briefing.facts.text_words import written_whole
from briefing.facts.things import names_a_thing
from briefing.facts.title_people import PersonFind
from briefing.facts.tokens import Token, joined, words_of
from briefing.lang.en.lexicon import CONNECTORS, ORG_KEYWORDS, ORG_NOUNS_BEFORE, STOP_CAPS
from briefing.lang.en.speech import census_surnames, given_name
from briefing.lang.gazetteer import places, role_phrases

_AMPERSAND = " & "


def ampersand_end(text: str, tokens: list[Token], k: int, j: int) -> int | None:
    """When the run's words from token k to its end j are the first half of an "X & Y"
    name, the token index where the name ends (after Y); else None."""
    if k >= j or j >= len(tokens) or text[tokens[j - 1].end : tokens[j].start] != _AMPERSAND:
        return None
    left = range(k, j)
    if not all(_name_word(tokens[m]) for m in left) or tokens[j - 1].possessive:
        return None
    if any(not joined(text, tokens[m - 1], tokens[m]) for m in range(k + 1, j)):
        return None
    if past_modifier(tokens, k, j) > k:
        return None  # "Family-controlled Douglas & Lomason": the name starts after it
    end = j
    while end < len(tokens) and _name_word(tokens[end]) and (
        end == j or joined(text, tokens[end - 1], tokens[end])
    ):
        end += 1
        if tokens[end - 1].possessive:
            break  # "Johnson & Johnson's products"
    if end == j or any(tokens[m].text in ORG_KEYWORDS for m in range(j, end)):
        return None
    if tokens[end - 1].possessive and end < len(tokens) and tokens[end].capitalised:
        return None  # "Transport & General Worker's Union": a longer name reads on
    first, second = words_of(tokens, k, j), words_of(tokens, j, end)
    return end if _one_body(first, second, text) else None


_PARTNER_WORDS = frozenset("Sons Partners Associates Brothers Bros Co Company".split())


def ampersand_rule(text: str, tokens: list[Token], k: int, j: int, end: int) -> str:
    """``org-ampersand`` for a name [k, end) with the "&" before token j that reads as a
    firm, else ``ampersand-name``."""
    left, right = tokens[j - 1].text, tokens[j].text
    if names_a_thing(text, tokens, k, end):
        return "ampersand-name"  # "the game Black & White"
    surnames = census_surnames()
    if left in surnames and right in surnames and not (
        written_whole(left.lower(), text) and written_whole(right.lower(), text)
    ):
        return "org-ampersand"
    if tokens[end - 1].text in _PARTNER_WORDS:
        return "org-ampersand"
    before = tokens[k - 1] if k > 0 else None
    if before and before.text in ORG_NOUNS_BEFORE and joined(text, before, tokens[k]):
        return "org-ampersand"
    return "ampersand-name"


def ampersand_spans(text: str, tokens: list[Token], runs: list[tuple[int, int]]) -> list[
    tuple[int, int]
]:
    """Character spans of every "X & Y" name (X the whole tail of a run)."""
    spans = []
    for i, j in runs:
        for k in range(i, j):
            if not _name_word(tokens[k]):
                continue
            end = ampersand_end(text, tokens, k, j)
            if end is not None:
                spans.append((tokens[k].start, tokens[end - 1].end))
                break
    return spans


def _name_word(token: Token) -> bool:
    return (
        token.capitalised
        and token.text not in STOP_CAPS
        and token.text not in CONNECTORS
        and token.text.lower() not in role_phrases()  # "Rudy Giuliani & Sen. Jeff Sessions"
        and not any(ch.isdigit() for ch in token.text)
    )


def _one_body(first: str, second: str, text: str) -> bool:
    halves = (first, second)
    if any(half in places() for half in halves):
        return False  # "Serbia & Montenegro", "Folkestone & Hythe"
    if first != second and given_name(first.split()[-1]) and given_name(second.split()[0]):
        return False  # "Richard & Judy", "Hillary & Chelsea Clinton", "Prez Jim & Sarah"
    if any(len(re.sub(r"\W", "", half)) < 2 for half in halves):
        return False  # "R & B"
    return not all(
        len(half.split()) == 1 and half not in census_surnames()
        and written_whole(half.lower(), text)
        for half in halves
    )  # "Black & White", "Soul & Funk"


def outside_ampersand_names(
    finds: list[PersonFind], text: str, tokens: list[Token], runs: list[tuple[int, int]]
) -> list[PersonFind]:
    """Person finds whose name is read inside an "X & Y" name ("Marks & Spencer said" is
    no Mr Spencer) are dropped: the body is found whole by the organisation rules."""
    spans = ampersand_spans(text, tokens, runs)
    if not spans:
        return finds
    return [
        f for f in finds
        if not any(s <= f.offset < e and f.offset + len(f.name) <= e for s, e in spans)
    ]
