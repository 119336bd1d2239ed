"""Sports results entries named like people: "Marie-Jose Perec (France)", "Marat Safin
(RUS)" (rule ``results-entry``)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefing.facts.title_people import PersonFind as _PersonFind
from briefing.facts.tokens import Token, is_name_word, past_stop_caps, words_of
from briefing.lang.gazetteer import places


def results_people(
    text: str, tokens: list[Token], runs: list[tuple[int, int]]
) -> Iterable[_PersonFind]:
    """ "Marie-Jose Perec (France)": a two- or three-word name before a bracketed country."""
    gazetteer = places()
    for i, j in runs:
        start = past_stop_caps(tokens, i, j)
        if not 2 <= j - start <= 3 or j >= len(tokens):
            continue
        after = text[tokens[j - 1].end : tokens[j - 1].end + 3]
        if not after.lstrip().startswith("(") or j >= len(tokens):
            continue
        inside = tokens[j].text
        country = gazetteer.get(inside)
        if (country and country[1] == "list:countries") or (
            re.fullmatch(r"[A-Z]{3}", inside) and not spells(inside, words_of(tokens, start, j))
        ):
            shaped = all(is_name_word(tokens[k], first=k == start) for k in range(start, j))
            if shaped:
                name = words_of(tokens, start, j)
                yield _PersonFind(name, "results-entry", "", tokens[start].start)


def spells(code: str, name: str) -> bool:
    """ "Consumer Electronics Show (CES)", "PlayStation Portable (PSP)": the code in
    brackets is the name's initials, so the name is a body or a thing, not a results entry
    ("Marat Safin (RUS)")."""
    capitals = iter(re.findall(r"[A-Z]", name))
    return name[:1] == code[:1] and all(letter in capitals for letter in code)
