"""Where a body's name read from a keyword starts and ends when words are joined to it.

``places_orgs`` reads "the Ministry of Defence" back from its keyword to the run's start
and on over "of Y". Two kinds of words join a name without being part of it:

* a modifier glued on with a hyphen: "the US-based Massachusetts Institute of
  Technology", "Privately-held Falic Group", "Ten-year Cottonwood Police veteran";
* a second name after "and": "Lufthansa and British Airways" (the article also names
  either one alone), "the University of California and Dan Gillmor" (a person).

An "and" inside one name ("Securities and Exchange Commission", "Department of Trade and
Industry") stays: neither part stands alone in the article. An "&", which the tokens leave
out, is read over ("Securities & Exchange Commission", "Export & Finance Bank").
"""

from __future__ import annotations

import re

from briefing.facts.tokens import Token, words_of
from briefing.lang.en.lexicon import ORG_KEYWORDS, STOP_CAPS
from briefing.lang.en.speech import given_name

# "US-based", "Privately-held", "China-published", "state-run", "Ten-year": a modifier
_HYPHEN_MODIFIER = re.compile(r"[\w.]+-(?:[a-z]+ed|held|run|born|year|old)")


def past_modifier(tokens: list[Token], start: int, end: int) -> int:
    """The name's first token after any hyphenated modifier before its keyword."""
    for k in range(end - 1, start - 1, -1):
        if _HYPHEN_MODIFIER.fullmatch(tokens[k].text) and k + 1 < end:
            return k + 1
    return start


def over_ampersand(text: str, tokens: list[Token], start: int) -> int:
    """ "Securities & Exchange Commission", "Oil & Natural Gas Corporation": the name
    reads back over "&" (which the tokens leave out) to the capitalised words before it."""
    k = start
    while k > 0 and text[tokens[k - 1].end : tokens[k].start] == " & ":
        k -= 1
        while (
            k > 0
            and tokens[k - 1].capitalised
            and tokens[k - 1].text not in STOP_CAPS
            and text[tokens[k - 1].end : tokens[k].start] == " "
        ):
            k -= 1
        if not tokens[k].capitalised or tokens[k].text in STOP_CAPS:
            return start
    return k


def split_at_and(text: str, tokens: list[Token], start: int, end: int) -> tuple[int, int]:
    """(start, end) of the one body in [start, end) when an "and" joins two names."""
    for m in range(start + 1, end - 1):
        if tokens[m].text != "and":
            continue
        left, right = words_of(tokens, start, m), words_of(tokens, m + 1, end)
        right_words = right.split()
        keyword_right = any(w in ORG_KEYWORDS for w in right_words)
        if given_name(right_words[0]) and not keyword_right:
            return start, m  # "the University of California and Dan Gillmor"
        if _alone(left, text) or _alone(right, text):
            return (m + 1, end) if keyword_right else (start, m)  # "Lufthansa and BA"
    return start, end


def _alone(part: str, text: str) -> bool:
    """``part`` is a name of its own somewhere in the text, in no longer capitalised name
    ("Daiwa Securities" is no "Securities" alone)."""
    if part.split()[0] in STOP_CAPS:
        return False
    pattern = rf"(?<![\w'’&.-]){re.escape(part)}(?![\w'’&-])"
    for match in re.finditer(pattern, text):
        before = text[max(0, match.start() - 30) : match.start()]
        after = text[match.end() : match.end() + 30]
        if re.search(r"[A-Z][\w'’.-]*\s$|\b(?:and|of|for|the)\s$", before):
            continue  # a word of a longer name before it
        if re.match(r"\s(?:[A-Z]|and\b|of\b|for\b|&)", after):
            continue  # a longer name reads on
        return True
    return False
