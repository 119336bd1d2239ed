"""Works, awards, events and publications named like people.

"the film Vera Drake", "won a Golden Globe", "the annual Jackson Hole symposium", "films
such as Billy Elliot": a name-shaped pair in such a place names a thing, and the person
rules of ``briefing.facts.entities`` leave it alone at every mention. The word lists are
in ``briefing/lang/en/lexicon.py``.
"""

from __future__ import annotations

import re

from briefing.facts.tokens import Token, joined, words_of
from briefing.lang.en.lexicon import (
    COMPANY_POSSESSIONS,
    COMPANY_ROLE_HEADS,
    COMPANY_ROLE_PHRASES,
    MONTHS,
    PRODUCT_VERBS,
    PUBLICATION_ISSUE_MODIFIERS,
    PUBLICATION_NOUNS_OF,
    SHARE_MOVES,
    THING_NOUNS_AFTER,
    WORK_BEFORE_IN,
    WORK_NOUNS_BEFORE,
    WORK_PLURALS,
)
from briefing.lang.en.name_context import SHOW_RUNS
from briefing.lang.en.numbers import SMALL_NUMBERS

_ARTICLES = frozenset("a an the".split())
# A possessive determiner goes with the name even before a noun: "his Golden Globe success".
_POSSESSIVE_DETERMINERS = frozenset("his her their its our my your".split())
_QUOTE_MARKS = "\"“”‘’'"
_YEAR_POSSESSIVE = re.compile(r"(?:1[89]|20)\d\d")


# "films such as X", "films including X", "whose films include X, Y and Z", "the
# overlooked films were X, Y and Z"
_NUMBER_GAP = re.compile(r" \d+ ")
_LIST_OPENERS = frozenset("including like include includes included were are".split())


def listed_works(text: str, tokens: list[Token], runs: list[tuple[int, int]]) -> set[str]:
    """ "films such as My Beautiful Laundrette, Billy Elliot and Bridget Jones", "whose
    films include Schindler's List, Michael Collins and Star Wars": the examples after a
    plural noun of works are works."""
    run_at = {i: j for i, j in runs}
    works: set[str] = set()
    for k, token in enumerate(tokens[:-2]):
        if token.text.lower() not in WORK_PLURALS:
            continue
        start = k + 2 if tokens[k + 1].text in _LIST_OPENERS else k + 3
        if start == k + 3 and (tokens[k + 1].text, tokens[k + 2].text) != ("such", "as"):
            continue
        while start in run_at:
            end = run_at[start]
            while True:
                if tokens[end - 1].possessive and end in run_at:
                    end = run_at[end]  # "Schindler's List" is one title
                elif end + 1 in run_at and _NUMBER_GAP.fullmatch(
                    text, tokens[end - 1].end, tokens[end + 1].start
                ):
                    end = run_at[end + 1]  # "The 39 Steps": a number inside a title
                else:
                    break
            cuts = [start - 1, *(m for m in range(start, end) if tokens[m].text == "and"), end]
            works.update(words_of(tokens, a + 1, b) for a, b in zip(cuts, cuts[1:], strict=False))
            gap = text[tokens[end - 1].end : tokens[end].start] if end < len(tokens) else ""
            if gap.strip() not in (",", "and", ", and", "or", ", or"):
                break
            start = end + (1 if gap.strip().endswith(("and", "or")) else 0)
    return works


def names_a_thing(text: str, tokens: list[Token], start: int, end: int) -> bool:
    """A name-shaped pair that names a work, an award or an event: an article before it
    when it ends the noun phrase ("won a Golden Globe and", "the Golden Lion."), a
    possessive determiner ("his Golden Globe success"), a work's noun ("the film Vera
    Drake"), "her role in X", a year's possessive ("1989's Shirley Valentine"), "the latest
    issue of Marie Claire", a thing's noun after it ("Vera Drake star Imelda Staunton"),
    a list of titles in quotation marks ('"Viva Zapata" and "On the Waterfront"') or where
    a show runs ("X on Broadway").
    People's names take no article; "the Marc Dutroux case" is the case's article."""
    before = tokens[start - 1] if start > 0 and _same_phrase(text, tokens, start) else None
    word = before.text.lower() if before else ""
    if word in WORK_NOUNS_BEFORE or word in _POSSESSIVE_DETERMINERS or word in PRODUCT_VERBS:
        return True  # "the film Vera Drake", "his Golden Globe", "which makes Stella Artois"
    if word in SMALL_NUMBERS and word != "one" and tokens[end - 1].text.endswith("s"):
        return True  # "won four Golden Globes": people are not counted
    if word in _ARTICLES and _ends_noun_phrase(text, tokens, end):
        return True
    if word in _ARTICLES and _franchise_after(text, tokens, end):
        return True  # "the Harry Potter films", "the Harry Potter games"
    previous = tokens[start - 1] if start > 0 else None
    if (
        previous is not None
        and previous.possessive
        and _YEAR_POSSESSIVE.fullmatch(previous.text)
        and text[previous.end : tokens[start].start].strip(" '’s") == ""
    ):
        return True  # "1989's Shirley Valentine"
    head = tokens[start - 2].text.lower() if start > 1 and before is not None else ""
    if word == "in" and head in WORK_BEFORE_IN and not tokens[end - 1].possessive:
        return True  # "her role in Vera Drake" (not "a role in John McCain's win")
    if word in _NAMING_VERBS and head in WORK_NOUNS_BEFORE:
        return True  # "a song called Judge Y'Self", "a film titled Vera Drake"
    if word == "of" and head in PUBLICATION_NOUNS_OF and _publication_issue(tokens, start - 2):
        return True  # "the latest issue of Marie Claire"
    if not tokens[end - 1].possessive and thing_noun_after(text, tokens, end):
        return True  # "Vera Drake star Imelda Staunton", "the Spread Firefox website"
    if not tokens[end - 1].possessive and _SHOW_RUN.match(text, tokens[end - 1].end):
        return True  # "to see Les Miserables on Broadway": a show
    if _group_verb_after(text, words_of(tokens, start, end)):
        return True  # "Franz Ferdinand were the only UK band": a band
    return not tokens[end - 1].possessive and _quoted_titles(
        text, tokens[start].start, tokens[end - 1].end
    )


def thing_noun_after(text: str, tokens: list[Token], k: int) -> bool:
    """Does a noun for a thing (website, stadium, award) follow right at token ``k``?"""
    return k < len(tokens) and joined(text, tokens[k - 1], tokens[k]) and (
        tokens[k].text in THING_NOUNS_AFTER
    )


def _group_verb_after(text: str, name: str) -> bool:
    """A name-shaped pair that takes "were" anywhere in the article is a band or a side,
    not one person ("Franz Ferdinand were the only UK band"); not the last of a list of
    people ("Kevin King and Timothy Weeks were freed") nor a wish or a condition ("if
    Hillary Clinton were a man")."""
    for match in re.finditer(rf"\b{re.escape(name)} were\b", text):
        before = text[max(0, match.start() - 10) : match.start()].rstrip().lower()
        if not re.search(r"(?:\band|\bor|&|,|\bif|\bthough|\bwish|\bwhether)$", before):
            return True
    return False


def _franchise_after(text: str, tokens: list[Token], end: int) -> bool:
    """A plural noun of works right after the name: "the Harry Potter films"."""
    return (
        end < len(tokens)
        and not tokens[end - 1].possessive
        and joined(text, tokens[end - 1], tokens[end])
        and tokens[end].text.lower() in _FRANCHISE_NOUNS
    )


_FRANCHISE_NOUNS = WORK_PLURALS | {"games", "franchise"}


def _publication_issue(tokens: list[Token], k: int) -> bool:
    """ "the latest issue", "this week's issue", "the May issue": a publication's issue."""
    if k == 0:
        return False
    previous = tokens[k - 1]
    return (
        previous.text.lower() in PUBLICATION_ISSUE_MODIFIERS
        or previous.possessive
        or previous.text in MONTHS
    )


_NAMING_VERBS = frozenset("called titled entitled named".split())
_PHRASE_ENDERS = frozenset("and or but on in at for from with to of by as".split())


def _ends_noun_phrase(text: str, tokens: list[Token], end: int) -> bool:
    """Nothing of the noun phrase follows the name: punctuation, "and", a preposition
    ("a Golden Globe and a Bafta"); not "the Marc Dutroux case", "The Roger Ailes we
    know", "the Muhammad Ali Center"."""
    if tokens[end - 1].possessive:
        return False
    if end >= len(tokens):
        return True
    if not joined(text, tokens[end - 1], tokens[end]):
        return text[tokens[end - 1].end : tokens[end].start].lstrip(" ")[:1] in tuple(".,;:!?)")
    return tokens[end].text in _PHRASE_ENDERS


_SHOW_RUN = re.compile(r"\s+(?:" + "|".join(re.escape(run) for run in SHOW_RUNS) + r")\b")
_QUOTED_BEFORE = re.compile(r"[\"”’']\s*(?:,|and|or)\s*[\"“‘']\s*$")
_QUOTED_AFTER = re.compile(r"^\s*[\"”’']\s*(?:,|and|or)\s*[\"“‘']")


def _quoted_titles(text: str, start: int, end: int) -> bool:
    """ '"Viva Zapata" and "On the Waterfront"': a name alone in quotation marks in a list
    of quoted titles (a name quoted alone, '"Ralph Nader" on the ballot', stays a name)."""
    before = text[max(0, start - 40) : start]
    after = text[end : end + 40]
    opened = before.rstrip(" ")[-1:] in tuple(_QUOTE_MARKS)
    closed = after.lstrip(" ")[:1] in tuple(_QUOTE_MARKS)
    return opened and closed and bool(_QUOTED_AFTER.match(after) or _QUOTED_BEFORE.search(before))


def _same_phrase(text: str, tokens: list[Token], k: int) -> bool:
    return joined(text, tokens[k - 1], tokens[k])


def company_role(role: str) -> bool:
    """ "US partner", "market leader", "fund manager": a role a company holds (its head,
    before any preposition: "economist with UFJ Bank" is a person's)."""
    words = re.split(r"\s+(?:with|at|of|for|in|from|to)\s+", role.lower())[0].split()
    if not words:
        return False
    return words[-1] in COMPANY_ROLE_HEADS or " ".join(words[-2:]) in COMPANY_ROLE_PHRASES


def acts_as_company(name: str, text: str, relative: bool = True) -> bool:
    """The article says of ``name`` what it says of a company: its shares move ("Biogen
    Idec shed 43%"), it owns products or shares ("Biogen Idec's existing ... drug"),
    people buy shares in it, or (``relative``) it takes "which" (", which campaigns").
    Each mention is found with ``str.find`` and its surroundings read with patterns made
    once: one pattern per name cost 3 ms a name to compile (most of the entities stage)."""
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        if start == 0 or not _word_character(text[start - 1]):
            if _COMPANY_AFTER.match(text, end) or (relative and _WHICH_AFTER.match(text, end)):
                return True
            if (end == len(text) or not _word_character(text[end])) and _SHARES_IN.search(
                    text, max(0, start - 24), start):
                return True
        start = text.find(name, start + 1)
    return False


def _word_character(ch: str) -> bool:
    return ch.isalnum() or ch in "_-"


_COMPANY_AFTER = re.compile(
    rf"['’]s(?:\s+[\w-]+){{0,3}}\s+(?:{'|'.join(sorted(COMPANY_POSSESSIONS))})\b"
    rf"|\s+(?:{'|'.join(sorted(SHARE_MOVES))})\s+[\d$£€]"
)
_WHICH_AFTER = re.compile(r",\s+which\s")
_SHARES_IN = re.compile(r"\b(?:shares|stake)\s+(?:in|of)\s+$")
