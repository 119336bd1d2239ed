"""Tokens and name shapes shared by the entity rules: words, capitalised runs, titles.

``tokenize`` keeps initials ("U.S."), dotted titles ("Dr.") and inner apostrophes and
hyphens in one token; ``capital_runs`` groups capitalised words (with "of", "de", ...
inside); ``name_span`` says how far a person's name runs.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from briefing.lang import grouped_alternation
from briefing.lang.en.lexicon import (
    CONNECTORS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NAME_PARTICLES,
    NOT_ORG_ACRONYMS,
    ORG_KEYWORDS,
    STOP_CAPS,
    TEAM_SHEET_HEADINGS,
    TITLE_ABBREVIATIONS,
    WEEKDAYS,
)
from briefing.lang.en.name_shapes import SURNAMES_AMONG_STOP_CAPS, WING_SIDES
from briefing.lang.en.speech import census_surnames
from briefing.lang.gazetteer import demonyms, first_names, organizations, places, role_phrases

# A word: initials ("U.S."), dotted abbreviations ("St.", "Dr."), or letters/digits with
# inner apostrophes, hyphens, dots and ampersands ("Lukashenko's", "Nagorno-Karabakh").
# The dotted forms open with a capital (or a title's first letter): a look-ahead for it
# spares the other words their tries (0.08 ms of 0.2 an article in bench_facts).
_DOTTED_OPENERS = "".join(sorted({chr(c) for c in range(ord("A"), ord("Z") + 1)}
                                 | {title[0] for title in TITLE_ABBREVIATIONS}))
_TOKEN = re.compile(
    rf"(?=[{re.escape(_DOTTED_OPENERS)}])(?:"
    r"(?:[A-Z]\.){2,}"
    r"|(?<=[a-z] )[A-Z]\.(?= [A-Z][a-z]| [A-Z]\. [A-Z][a-z])"  # "James B. Comey", "George H. W."
    r"|(?<=[A-Z]\. )[A-Z]\.(?= [A-Z][a-z])"  # the second of two: "George H. W. Bush"
    rf"|(?:{grouped_alternation(TITLE_ABBREVIATIONS)})\.)"
    # A full stop inside a word ("Amazon.com"), but not one joining two sentences whose
    # space was lost ("like Kyle Jenner's.The challenge"): lower case, stop, capitalised word.
    r"|[^\W_](?:[\w&]|['’\-](?=[^\W_])|\.(?=[^\W_])(?!(?<=[a-z]\.)[A-Z][a-z]))*"
)
POSSESSIVE = re.compile(r"['’]s$")
_INITIALS = re.compile(r"(?:[A-Z]\.){1,2}")
# An elided or hyphened Arabic article before a capital: "d'Ivoire", "el-Qaddafi", "al-Aqsa"
_ELIDED = re.compile(r"(?:[dl]['’]|(?:al|el|ad|as|ash|at|az|ar)-)[A-Z]")
_MONTH_WORDS = frozenset(MONTHS + MONTH_ABBREVIATIONS)
_WEEKDAYS = frozenset(WEEKDAYS)


class _ComputedOnce:
    """``functools.cached_property`` without its lock: Python 3.11 takes one at each
    first read, 0.3 ms an article over the tokens' ``capitalised`` in bench_facts."""

    def __init__(self, compute: Callable[[Token], bool]) -> None:
        self._compute = compute
        self._name = compute.__name__

    def __get__(self, token: Token | None, owner: type | None = None) -> Any:
        if token is None:
            return self
        value = token.__dict__[self._name] = self._compute(token)  # later reads find it
        return value


@dataclass
class Token:
    start: int
    end: int
    text: str  # without a possessive "'s"
    possessive: bool = False

    @_ComputedOnce  # asked many times per token by the name rules
    def capitalised(self) -> bool:
        # "d'Ivoire", "l'Aquila", "el-Qaddafi" count: the article hides the capital.
        return self.text[:1].isupper() or bool(_ELIDED.match(self.text))


# ----------------------------------------------------------------- tokens


def tokenize(text: str) -> list[Token]:
    tokens = []
    append = tokens.append
    for match in _TOKEN.finditer(text):
        word = match.group()
        start, end = match.span()
        if word[-1] != "s":  # most words: no possessive to look for
            append(Token(start, end, word))
        elif word.endswith(("'s", "’s")):  # POSSESSIVE, without a regex call per token
            append(Token(start, end - 2, word[:-2], True))
        else:  # "Belarus' territory"
            marked = text[end : end + 1] in ("'", "’") and not text[end + 1 : end + 2].isalpha()
            append(Token(start, end, word, marked))
    return tokens


def joined(text: str, left: Token, right: Token) -> bool:
    """True when only spaces separate two tokens (no comma, no line break, no dash)."""
    gap = text[left.end : right.start]
    if left.possessive:
        return False
    return gap in (" ", "\u00a0") or (gap.isspace() and "\n" not in gap)


def capital_runs(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """Index ranges [i, j) of runs of capitalised words, with connectors inside."""
    runs = []
    i, n = 0, len(tokens)
    while i < n:
        if not tokens[i].capitalised:
            i += 1
            continue
        j = i + 1
        while j < n and joined(text, tokens[j - 1], tokens[j]):
            if tokens[j].capitalised:
                j += 1
                continue
            # A connector counts only when a capitalised word follows it.
            k = j
            while (
                k < n and tokens[k].text in CONNECTORS and joined(text, tokens[k - 1], tokens[k])
            ):
                k += 1
            if (
                k > j
                and k < n
                and tokens[k].capitalised
                and joined(text, tokens[k - 1], tokens[k])
            ):
                j = k
                continue
            break
        runs.append((i, j))
        i = j
    return runs


# ----------------------------------------------------------------- helpers


def words_of(tokens: list[Token], i: int, j: int) -> str:
    return " ".join(t.text for t in tokens[i:j])


def is_name_word(token: Token, first: bool = True) -> bool:
    """Could this capitalised word be part of a person's name? ("May" may end one.)"""
    word = token.text
    if not token.capitalised or word in STOP_CAPS or word in _WEEKDAYS:
        return False
    if word in _MONTH_WORDS and first and word not in first_names():
        return False
    if not first and _INITIALS.fullmatch(word):
        return True  # a middle initial, or two run together: "James B. Comey", "George H.W. Bush"
    if word.isupper() and len(word) > 1:  # acronyms and shouting
        return False
    if len(word) > 2 and word[:-1].isupper() and word.endswith("s"):
        return False  # "MPs", "CEOs"
    if word.lower() in role_phrases() or word in demonyms() or word in ORG_KEYWORDS:
        return False
    if word in TEAM_SHEET_HEADINGS:
        return False
    if any(ch.isdigit() for ch in word):
        return False
    # Cities may be given names ("Vladimir", "Florence"); countries and regions may not.
    place = places().get(word)
    return (place is None or place[1] == "list:cities") and word not in organizations()


def name_span(
    tokens: list[Token], i: int, n: int, text: str, limit: int = 4, given: bool = False
) -> int:
    """End index of a name starting at token i (i itself when there is none).

    After a given name (``given``) a country, a title word or a listed body's name may be
    the surname: "Bill Jordan", "John Major", "Michael Bloomberg".
    """
    j = i
    particles = 0
    while j < n and j - i - particles < limit:
        if j > i and not joined(text, tokens[j - 1], tokens[j]):
            break
        if j - i >= 2 and _generation_ends(tokens, j, n, text):
            j += 1  # "Joe Manchin III", "John Paul II": the generation ends the name
            break
        if _particle_inside(tokens, i, j, n, text):
            j += 1  # "Nick Van den Brul", "Jose de Venecia": the particle is in the name
            particles += 1
            continue
        if not is_name_word(tokens[j], first=j == i) and not (
            given and j == i + 1 and (
                _surname_despite_list(tokens[j]) or tokens[j].text in SURNAMES_AMONG_STOP_CAPS
                or _demonym_surname(tokens, j, n, text))
        ):
            break
        if j - i >= 2 and _verb_form(tokens[j].text):
            break  # "Hillary Clinton Obsessed": a caption's verb glued on
        if j > i and _INITIALS.fullmatch(tokens[j].text):
            particles += 1  # middle initials do not count: "George H. W. Bush"
        j += 1
        if tokens[j - 1].possessive:
            break
    return j


_ROMAN_GENERATIONS = frozenset("II III IV".split())


def _generation_ends(tokens: list[Token], j: int, n: int, text: str) -> bool:
    """A Roman generation ("III") after two name words, ending the run: part of the name
    ("Jr." and "Sr." already read as name words)."""
    return tokens[j].text in _ROMAN_GENERATIONS and not tokens[j - 1].possessive and not (
        j + 1 < n and tokens[j + 1].capitalised and joined(text, tokens[j], tokens[j + 1]))


def _verb_form(word: str) -> bool:
    """ "Obsessed", "Speaking": a verb's form, no census surname ("Reed", "Manning")."""
    return word.endswith(("ed", "ing")) and word not in census_surnames()


def _particle_inside(tokens: list[Token], i: int, j: int, n: int, text: str) -> bool:
    """A lower-case particle between two words of a name ("van", "de", "den", "bin"), or
    the first of two ("Rodrigo de la Serna")."""
    if not (j > i and j + 1 < n and tokens[j].text in NAME_PARTICLES):
        return False
    if tokens[j - 1].possessive or not joined(text, tokens[j], tokens[j + 1]):
        return False
    after = j + 1
    if tokens[after].text in NAME_PARTICLES and after + 1 < n and joined(
        text, tokens[after], tokens[after + 1]
    ):
        after += 1
    return is_name_word(tokens[after], first=False)


def _demonym_surname(tokens: list[Token], j: int, n: int, text: str) -> bool:
    """ "Mark Cuban", "Bryan English": a demonym after a given name ends the name; one
    with more capitals after it is a body's ("the Oneida Indian Nation")."""
    token = tokens[j]
    if not token.capitalised or token.text.isupper() or token.text not in demonyms():
        return False
    following = tokens[j + 1] if j + 1 < n else None
    return following is None or not (following.capitalised and joined(text, token, following))


def _surname_despite_list(token: Token) -> bool:
    word = token.text
    return (
        token.capitalised
        and not word.isupper()
        and word not in STOP_CAPS
        and word not in ORG_KEYWORDS
        and word.lower() not in ("president", "minister", "secretary", "general")
        # "Michael Bloomberg", "Harrison Ford": a listed body's name after a given name
        and (word in places() or word.lower() in role_phrases() or word in organizations())
    )


@functools.cache
def _role_first_words() -> frozenset[str]:
    return frozenset(phrase.split()[0] for phrase in role_phrases() if phrase.split())


def role_at(tokens: list[Token], i: int, text: str) -> int:
    """Length in tokens of a title/role phrase starting at token i (0 when none)."""
    if tokens[i].text.lower() not in _role_first_words():
        return 0  # most words start no title: skip the joins and lookups
    for size in (3, 2, 1):
        if i + size > len(tokens):
            continue
        if size > 1 and not all(
            joined(text, tokens[k], tokens[k + 1]) for k in range(i, i + size - 1)
        ):
            continue
        if words_of(tokens, i, i + size).lower() in role_phrases():
            return 0 if size == 1 and _party_wing(tokens, i, text) else size
    return 0


def _party_wing(tokens: list[Token], i: int, text: str) -> bool:
    """ "the left wing David Blunkett said": a party's wing, not the rugby position."""
    return tokens[i].text == "wing" and i > 0 and (
        tokens[i - 1].text.lower() in WING_SIDES or text[tokens[i].start - 1] == "-")


def past_stop_caps(tokens: list[Token], start: int, end: int) -> int:
    """The first token of tokens[start:end] that is not a capitalised function word ("The")."""
    while start < end and tokens[start].text in STOP_CAPS:
        start += 1
    return start


def past_role_of(tokens: list[Token], start: int, end: int) -> int:
    """ "CEO and Founder of Ceres Robotics Inc", "President of the European Commission":
    a person's role and "of" open no body's name; the first token after them (and after
    any "the"), else ``start``."""
    for m in range(start, end - 1):
        if tokens[m].text == "of":
            head = tokens[start:m]
            if head and all(t.text.lower() in role_phrases() or t.text == "and" for t in head):
                return past_stop_caps(tokens, m + 1, end)
            return start
    return start


# ----------------------------------------------------------------- line shapes

# A dateline: the place, maybe ", Region", then a date or the agency in brackets.
_DATELINE_TAIL = re.compile(r"(?:,[ A-Za-z.]{2,40}?)?[ \t]*(?:\d{4}-\d\d-\d\d|\([A-Z][\w ]*\))")


def titled(words: str) -> str:
    """ "NEW YORK" -> "New York": capitals read as a title-cased name."""
    return " ".join(w.capitalize() if w.isupper() else w for w in words.split())


def is_dateline(text: str, tokens: list[Token], i: int, j: int) -> bool:
    """ "NABLUS, West Bank 1996-08-30", "ST. LOUIS 1996-08-30", "LONDON (Reuters) -"."""
    line_start = tokens[i].start == 0 or text[tokens[i].start - 1] == "\n"
    words = tokens[i:j]
    return (
        line_start
        and all(t.text.isupper() and t.text.replace(".", "").isalpha() for t in words)
        and any(len(t.text) > 2 for t in words)
        and not any(t.text in NOT_ORG_ACRONYMS or t.text in organizations() for t in words)
        and bool(_DATELINE_TAIL.match(text, tokens[j - 1].end))
        and text[tokens[j - 1].end : tokens[j - 1].end + 1] != "."
    )


def opens_sentence(text: str, token: Token) -> bool:
    """Is the token the first word of its sentence or line?"""
    before = text[max(0, token.start - 40) : token.start].rstrip(" \t\"“'‘")
    return not before or before[-1] in ".!?:\n"


def is_form_label(text: str, token: Token) -> bool:
    """A form's field name: "ISSUER: Bay County", "NOTE - the full name"."""
    after = text[token.end : token.end + 3]
    return after.startswith(":") or (
        after.startswith(" -") and (token.start == 0 or text[token.start - 1] == "\n")
    )


def apostrophe_after(text: str, token: Token) -> bool:
    """ "PBS' Jacoba Atlas": a possessive mark after an abbreviation's capital S."""
    return text[token.end : token.end + 1] in ("'", "’")


def same_line(text: str, tokens: list[Token], k: int) -> bool:
    """No line break between token k - 1 and token k."""
    return "\n" not in text[tokens[k - 1].end : tokens[k].start]


def whole_word_starts(
    text: str, form: str, joiners: str = "-", overlaps: bool = False
) -> list[int]:
    r"""Where ``form`` stands in ``text`` as whole words: no letter, digit, underscore or
    one of ``joiners`` on either side; left to right without overlaps, as a
    ``(?<![\w-])form(?![\w-])`` search finds them (with ``overlaps``, every one: "A A"
    twice in "A A A"). A plain search, not a pattern made per name: one compiled pattern
    a person cost 0.7 ms an article in bench_facts, past the regex cache."""
    starts: list[int] = []
    start = text.find(form) if form else -1
    while start >= 0:
        end = start + len(form)
        if joins_word(text[start - 1 : start] if start else "", joiners):
            start = text.find(form, start + 1)
            continue
        if joins_word(text[end : end + 1], joiners):
            start = text.find(form, start + 1)
            continue
        starts.append(start)
        start = text.find(form, start + 1 if overlaps else end)
    return starts


def joins_word(char: str, joiners: str = "-") -> bool:
    r"""Is ``char`` (one character or "") a word's, as ``[\w<joiners>]`` sees it?"""
    return bool(char) and (char.isalnum() or char == "_" or char in joiners)


def form_mentions(text: str, forms: Iterable[str]) -> list[tuple[int, int, str, bool]]:
    r"""(start, end, form, possessive mark) of each whole-word mention of the forms, as
    ``(?<![\w-])(<forms, longest first>)(['’]s?)?(?![\w-])`` finds them: left to right,
    the longest form where several start, none inside another's span; ``end`` takes in
    a mark ("Smith's", "Jones'"). Plain searches: that pattern, made per article, cost
    0.2 ms of the people's mention count in bench_facts (a person's name is never empty)."""
    starts = sorted(
        (start, -len(form), form)
        for form in forms
        for start in whole_word_starts(text, form, overlaps=True)
    )
    found: list[tuple[int, int, str, bool]] = []
    taken = 0
    for start, _, form in starts:
        if start < taken:
            continue  # inside the last mention, or a shorter form at its start
        end = start + len(form)
        mark = _possessive_mark(text, end)
        found.append((start, end + mark, form, mark > 0))
        taken = end + mark
    return found


def _possessive_mark(text: str, end: int) -> int:
    r"""Length of the "'s" or "'" right after a name, as ``(['’]s?)?(?![\w-])`` takes it."""
    if text[end : end + 1] not in ("'", "’"):
        return 0
    if text[end + 1 : end + 2] == "s" and not joins_word(text[end + 2 : end + 3]):
        return 2
    return 0 if joins_word(text[end + 1 : end + 2]) else 1
