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
from briefing.lang.en.name_context import BODY_NAME_SMALL_WORDS, PARTY_FORMS, PARTY_NICKNAMES
from briefing.lang.en.speech import given_name
from briefing.lang.gazetteer import demonyms, places
from briefing.models import Entity

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
        if keyword_right and m == start + 1 and tokens[start].text.isupper():
            return m + 1, end  # "SBI and ICICI Bank": an acronym's body, then another
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


def merge_same_bodies(
    orgs: list[Entity], spans: list[tuple[int, int, str, str]]
) -> list[Entity]:
    """One body the article names two ways is listed once: "the Labour Party" and
    "Labour", "the US Federal Reserve" and "the Federal Reserve" (a country or its people
    before the name; "Scottish Labour Party" is a body of its own). The form named more
    often is kept (the longer on a tie), with both forms' mentions; ``spans`` follow."""
    by_name = {org.name: org for org in orgs}
    into: dict[str, str] = {}
    for org in orgs:
        short = _same_body_as(org.name, by_name)
        if short is None:
            continue
        long_org, short_org = org, by_name[short]
        keep, drop = (
            (short_org, long_org) if short_org.mentions > long_org.mentions
            else (long_org, short_org)
        )
        if keep.name in into or drop.name in into:
            continue  # a third form: leave all three as they are
        _fold(drop, keep, into)
    return _without_folded(orgs, spans, into)


def _same_body_as(name: str, by_name: dict[str, Entity]) -> str | None:
    """The shorter listed form of the same body: ``name`` less a trailing "Party" or a
    leading country ("US", "Iraqi")."""
    if name.endswith(" Party") and name[: -len(" Party")] in by_name:
        return name[: -len(" Party")]
    first, _, rest = name.partition(" ")
    if rest in by_name and _a_country(first):
        return rest
    return None


def _a_country(word: str) -> bool:
    """A country's name or its people's ("US", "Uganda", "Iraqi"); not the peoples of
    the UK and Ireland, whose bodies have namesakes ("the Scottish Labour Party", "the
    Irish Football Association" are not "the Labour Party", "the Football Association")."""
    country = demonyms().get(word)
    if country in _NAMESAKE_COUNTRIES:
        return False
    listed = places().get(country or word)
    return listed is not None and listed[1] == "list:countries"


_NAMESAKE_COUNTRIES = frozenset({"United Kingdom", "Ireland"})


def merge_name_variants(
    orgs: list[Entity], spans: list[tuple[int, int, str, str]]
) -> list[Entity]:
    """One body written several ways is listed once: a party and its members or nickname
    ("Tories", "Conservatives", "Conservative Party"), and a name whose small words differ
    ("Institute for Fiscal Studies", "Institute of Fiscal Studies"). The form named most
    often is kept (the longer on a tie; a nickname such as "GOP" only if alone), with every
    form's mentions; ``spans`` follow."""
    groups: dict[str, list[Entity]] = {}
    for org in orgs:
        groups.setdefault(_variant_key(org.name), []).append(org)
    into: dict[str, str] = {}
    for group in groups.values():
        if len(group) < 2:
            continue
        keep = max(group, key=lambda e: (e.name not in PARTY_NICKNAMES, e.mentions, len(e.name)))
        for drop in group:
            if drop is keep:
                continue
            _fold(drop, keep, into)
    return _without_folded(orgs, spans, into)


def _fold(drop: Entity, keep: Entity, into: dict[str, str]) -> None:
    """Count ``drop``'s mentions as ``keep``'s and remember where its name went."""
    into[drop.name] = keep.name
    keep.mentions += drop.mentions
    keep.sentences = sorted(set(keep.sentences) | set(drop.sentences))
    keep.confidence = max(keep.confidence, drop.confidence)


def _without_folded(
    orgs: list[Entity], spans: list[tuple[int, int, str, str]], into: dict[str, str]
) -> list[Entity]:
    """The bodies left once each folded name is gone; ``spans`` renamed in place."""
    if not into:
        return orgs
    for n, (start, end, kind, name) in enumerate(spans):
        if kind == "organization" and name in into:
            spans[n] = (start, end, kind, into[name])
    return [org for org in orgs if org.name not in into]


def _variant_key(name: str) -> str:
    if name in PARTY_FORMS:
        return PARTY_FORMS[name]
    words = [w for w in name.split() if w.lower() not in BODY_NAME_SMALL_WORDS]
    # Three words at least ("Bank of England" is no "Bank England"): shorter names differ
    # too often by their small word alone.
    return " ".join(words) if len(words) >= 2 and len(name.split()) >= 3 else name
