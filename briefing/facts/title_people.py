"""People named after a title or a role word: "President Alexander Lukashenko",
"coach Andy Robinson", "Sir Clive Woodward" (rule ``title+name``)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from briefing.facts.roles import role_start
from briefing.facts.text_words import written_whole
from briefing.facts.things import names_a_thing
from briefing.facts.tokens import Token, joined, name_span, opens_sentence, role_at, words_of
from briefing.lang.en.lexicon import (
    EVENT_NOUNS,
    HONORIFICS,
    OFFICE_NOUNS,
    ORG_KEYWORDS,
    SPORTS_POSITION_WORDS,
)
from briefing.lang.en.name_shapes import (
    CHARACTER_VERBS,
    CHARACTER_WORDS_BEFORE_AS,
    JOB_ENDINGS,
    PLURAL_TITLES,
    TITLED_THING_WORDS,
    TITLED_WORK_NOUNS_AFTER,
)
from briefing.lang.en.roles import RELATION_ROLES
from briefing.lang.en.speech import COMPANY_WORDS, census_surnames, given_name
from briefing.lang.gazetteer import places, role_phrases


@dataclass
class PersonFind:
    name: str
    rule: str
    role: str = ""
    offset: int = 0
    forms: list[str] = field(default_factory=list)  # other ways the article names them


def common_word(word: str, text: str) -> bool:
    """A capitalised word the article also writes in lower case, and no surname."""
    return word in EVENT_NOUNS or (
        word not in census_surnames()
        and written_whole(word.lower(), text)
    )


def _capitalised_relation(text: str, tokens: list[Token], i: int) -> bool:
    """A relation noun ("ally", "aide") with a capital in mid-sentence: a given name."""
    word = tokens[i].text
    return word.lower() in RELATION_ROLES and word[:1].isupper() and not opens_sentence(
        text, tokens[i]
    )


def title_people(
    text: str, tokens: list[Token], works: set[str] | None = None
) -> Iterable[PersonFind]:
    """People after a title; ``works`` are the article's listed works ("films such as
    King Kong"), where a title and a one-word name are the work's."""
    n = len(tokens)
    i = 0
    while i < n:
        size = role_at(tokens, i, text)
        if not size or i + size >= n or not joined(text, tokens[i + size - 1], tokens[i + size]):
            i += 1
            continue
        if size == 1 and _capitalised_relation(text, tokens, i):
            i += 1  # "welcome back Ally Hogg": a given name, not "ally"
            continue
        start = i + size
        given = start < n and (
            given_name(tokens[start].text)
        )
        end = name_span(tokens, start, n, text, given=given)
        if end - start == 1 and _title_word_surname(text, tokens, end) and not _title_reads_on(
            text, tokens, end, True
        ):
            end += 1  # "sitting MP Oona King, who": her surname is a title word
        title = words_of(tokens, i, i + size)
        if end == start or (end - start == 1 and not tokens[i].capitalised):
            i += 1  # "analyst Smith" is too weak; "President Smith" is fine
            continue
        if end - start == 1 and len(tokens[start].text) == 1:
            i += 1  # "Nurse B", "Witness A": a court's label for someone unnamed
            continue
        if end - start == 1 and (
            common_word(tokens[start].text, text) or tokens[start].text in COMPANY_WORDS
        ):
            i += 1  # "the General Election", "General Motors": no surname
            continue
        if _title_reads_on(text, tokens, end, end - start == 1):
            i += 1  # "Chief Operating Officer", "Transport and General Workers Union"
            continue
        rule = "title+name"
        if end - start == 1 and title.lower() not in _PLAIN_HONORIFICS and (
            _names_a_thing(text, tokens, i, end) or words_of(tokens, i, end) in (works or ())
        ):
            rule = "title-thing"  # "King Kong", "the Criminal Justice Act": held back
        role = _role_before_personal_title(text, tokens, i, title) or (
            ""
            if title.lower() in HONORIFICS
            else text[
                tokens[role_start(tokens, i, text)].start : tokens[i + size - 1].end
            ]
        )
        plural = PLURAL_TITLES.get(title.lower())
        if plural and role.endswith(title):
            role = role[: len(role) - len(title)] + plural  # "Sens. X and Y": each a "Sen."
        yield PersonFind(words_of(tokens, start, end), rule, role, tokens[start].start)
        if plural:
            for k, after in _listed_after(text, tokens, end):
                yield PersonFind(words_of(tokens, k, after), rule, role, tokens[k].start)
                end = after
        i = end


# After a name in a list: its party and state in brackets or "of Texas", then a comma or
# "and" ("Sens. Robert Menendez (D-N.J.), Joe Manchin III (D-W.Va.) and Marco Rubio").
_LIST_SEAM = re.compile(
    r"(?:,?\s+(?:Jr\.?|Sr\.?|II|III|IV))?(?:\s*\([^()\n]{1,24}\))?(?:\s+of\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?"
    r"\s*(,\s*and|,|and)\s+(?=[A-Z])"
)


def _listed_after(text: str, tokens: list[Token], end: int) -> Iterable[tuple[int, int]]:
    """The next names of a list after a plural title's first name, each (start, end)."""
    starts = {t.start: k for k, t in enumerate(tokens)}
    while end < len(tokens):
        seam = _LIST_SEAM.match(text, tokens[end - 1].end)
        k = starts.get(seam.end()) if seam else None
        if k is None or not tokens[k].capitalised:
            return
        after = name_span(tokens, k, len(tokens), text, given=given_name(tokens[k].text))
        if after == k or (after - k == 1 and common_word(tokens[k].text, text)):
            return
        yield k, after
        if seam.group(1) != ",":
            return  # "and" closes the list
        end = after


def _role_before_personal_title(text: str, tokens: list[Token], i: int, title: str) -> str:
    """The role written before a personal title ("Former union leader Sir Bill Morris",
    "plastic surgeon Dr. Norman Rowe"): the person's role, where the title alone says
    nothing ("Dr.") or nothing at all ("Sir")."""
    if title.lower() not in _PERSONAL_TITLES:
        return ""
    for size in (3, 2, 1):
        j = i - size
        if j < 0 or not joined(text, tokens[i - 1], tokens[i]):
            continue
        if tokens[j].capitalised and not opens_sentence(text, tokens[j]):
            continue
        if role_at(tokens, j, text) == size:
            return text[tokens[role_start(tokens, j, text)].start : tokens[i - 1].end]
    return ""


_PERSONAL_TITLES = HONORIFICS | frozenset("dr dr. prof prof.".split())


# "Mr", "Mrs", "Ms" name a living person even where a work's cue stands before them
# ("painting Mr. Trump as ...", "makes Mr. Hannity the ..."); "Miss" and "Lady" head
# titles of works too ("the new Miss Marple drama", "the hit track Lady Marmalade").
_PLAIN_HONORIFICS = frozenset("mr mr. mrs mrs. ms ms.".split())


def _title_word_surname(text: str, tokens: list[Token], k: int) -> bool:
    """Token k, right after a one-word name, is a census surname that is also a title
    ("King", "Bishop") and ends the run: the name's surname, not the next title."""
    if k >= len(tokens) or not joined(text, tokens[k - 1], tokens[k]):
        return False
    word = tokens[k].text
    if not (word[:1].isupper() and word in census_surnames() and word.lower() in role_phrases()):
        return False
    return k + 1 >= len(tokens) or tokens[k].possessive or not (
        tokens[k + 1].capitalised and joined(text, tokens[k], tokens[k + 1])
    )


def _names_a_thing(text: str, tokens: list[Token], i: int, end: int) -> bool:
    """A title and a one-word name [i, end) that name a thing: a law, an order or a day
    ("Criminal Justice Act", "Executive Order", "Martin Luther King Day"), a work where
    the words around say so ("the hit track Lady Marmalade", "the Judge Dredd film"), a part
    played ("cast as Lady Macbeth"), or a title in a list of works ("films such as The
    Searchers and King Kong")."""
    if tokens[end - 1].text in TITLED_THING_WORDS or names_a_thing(text, tokens, i, end):
        return True
    before = tokens[i - 1].text.lower() if i > 0 else ""
    if before in CHARACTER_VERBS or before == "as" and i > 1 and (
            tokens[i - 2].text.lower() in CHARACTER_WORDS_BEFORE_AS):
        return True  # "plays Captain Hook", "a dual role, as Captain Hook": a part
    return end < len(tokens) and joined(text, tokens[end - 1], tokens[end]) and (
        tokens[end].text in TITLED_WORK_NOUNS_AFTER
    )


def _title_reads_on(text: str, tokens: list[Token], end: int, single: bool) -> bool:
    """The words after a title are a longer title or a body's name: the last one is a
    role word and no surname ("Detective Chief Superintendent"), or a role word or a
    body's word follows a one-word name ("Chief Operating Officer", "General Workers
    Union")."""
    last = tokens[end - 1].text
    if last.lower() in role_phrases() and last not in census_surnames():
        return True
    if last.lower().endswith(JOB_ENDINGS) and last not in census_surnames():
        return True  # "Consultant Clinical Oncologist": a longer title
    if end >= len(tokens) or not joined(text, tokens[end - 1], tokens[end]):
        return False
    after = tokens[end].text
    place = places().get(after)
    if after[:1].isupper() and place is not None and place[1] != "list:cities":
        return True  # "President Ascom North America": a body's arm in a region
    if not single:
        return False  # "Frank Field MP" is a name and a title
    role_word = after in role_phrases() or after in SPORTS_POSITION_WORDS
    if after.islower() and role_word and _name_follows(text, tokens, end + 1):
        return True  # "Fellow Bath prop Duncan Bell": the word is the next role's club
    role = after.lower() in role_phrases() and (
        after not in census_surnames() or after.lower() in OFFICE_NOUNS)  # not "Oona King"
    return after[:1].isupper() and (after in ORG_KEYWORDS or role)


def _name_follows(text: str, tokens: list[Token], k: int) -> bool:
    return k < len(tokens) and tokens[k].capitalised and joined(text, tokens[k - 1], tokens[k])
