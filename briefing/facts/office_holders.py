"""An office description opening a quote's sentence, meaning the person the sentence
before opened with: "Tony Blair has pledged never to attack Tory leader Michael Howard ...
The prime minister told the paper: '...'". An office is held by one person at a time but a
different person named nearby may hold another one, so the description resolves only when
exactly one person in the sentence before can hold it: its opening subject, with every
other person there named under an office of a different head ("Tory leader Michael
Howard"). "X attacked Howard. The Tory leader said" has two candidates and stays literal.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from briefing.lang.en import speech as words

if TYPE_CHECKING:
    from briefing.facts.pronouns import Pronouns

_BREAKS = frozenset("of for at from to in with by and or who which that".split())
# Words before a name that may still leave it the sentence's opening subject ("But Blair").
_LEAD_WORDS = 2
# How far before the name its title may stand ("Tory leader Michael Howard").
_TITLE_WORDS = 3


def office_head(phrase: str) -> str:
    """ "The prime minister" -> "minister"; "" unless "the", at most three plain modifiers
    and an office head noun."""
    tokens = phrase.split()
    if not 2 <= len(tokens) <= 5 or tokens[0].lower() != "the":
        return ""
    if any(t.lower() in _BREAKS or re.search(r"['’]s?$", t) for t in tokens[1:-1]):
        return ""
    head = tokens[-1].lower()
    return head if head in words.OFFICE_HEADS else ""


def office_holder(phrase: str, offset: int, pronouns: Pronouns) -> str:
    """The one person the sentence before ``offset``'s sentence opens with who can hold
    the office ``phrase`` describes (see the module docstring); "" otherwise."""
    head = office_head(phrase)
    if not head:
        return ""
    ends, text = pronouns.ends, pronouns.unquoted
    s = bisect.bisect_right(ends, offset) - 1  # the quote's sentence starts at ends[s]
    if s < 0:
        return ""
    start, stop = (ends[s - 1] if s >= 1 else 0), ends[s]
    people = [m for m in pronouns.mentions if start <= m.start < stop and not m.possessive]
    if not people or len(_words(text[start : people[0].start])) > _LEAD_WORDS:
        return ""
    subject = people[0].name
    for other in people[1:]:
        if other.name == subject:
            continue
        title = _words(text[max(start, other.start - 40) : other.start])[-_TITLE_WORDS:]
        offices = [w for w in title if w in words.OFFICE_HEADS]
        if not offices or head in offices:
            return ""  # another who may hold it ("attacked Howard", "Prime Minister X")
    return "" if subject in pronouns.nominals else subject


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z][a-z'-]*", text.lower())


# Title abbreviations a role may carry ("Sen. Bernie Sanders"), as the office's noun.
_ABBREVIATED = {"sen": "senator", "gov": "governor", "rep": "representative",
                "pres": "president", "sec": "secretary", "pm": "prime minister"}
# Words that make a role a different office from the bare one ("shadow foreign secretary"
# is not "the foreign secretary"; "former president" is not "the president").
_OTHER_OFFICE = frozenset(
    "shadow deputy vice former ex assistant junior acting under lieutenant first".split()
)


def _office_words(phrase: str) -> list[str]:
    found = []
    for word in _words(phrase.replace(".", " ")):
        found += _ABBREVIATED.get(word, word).split()
    return [w for w in found if w not in ("the", "our", "a", "an")]


def holder_by_role(phrase: str, people: list, mentions: list, offset: int) -> str:
    """The one person whose role in the article is the office ``phrase`` describes ("the
    foreign secretary" -> "Foreign Secretary Jack Straw"; "the senator" -> the one "Sen."
    named; "our correspondent" -> "BBC correspondent James Hardy"); "" when none or several.

    The role must end in the description's office noun and hold each of its other words,
    and carry no word that makes it another office ("shadow", "former", "deputy"); the
    holder must be named before the quote at ``offset`` (one of ``mentions``): one named
    only after it ("Sen. Claire McCaskill" after "the senator said") is someone else."""
    our = phrase.lower().startswith("our ")
    if not (office_head(phrase) or (our and phrase.split()[-1].lower() in _OUR_HEADS)):
        return ""
    wanted = _office_words(phrase)
    holders = set()
    for person in people:
        role = _office_words(person.role)
        if not role or role[-1] != wanted[-1] or not set(wanted) <= set(role):
            continue
        if (set(role) - set(wanted)) & _OTHER_OFFICE:
            continue
        holders.add(person.name)
    if len(holders) != 1:
        return ""
    holder = holders.pop()
    return holder if any(m.name == holder and m.start < offset for m in mentions) else ""


# "our correspondent", "our political editor": the outlet's own reporter named with that role.
_OUR_HEADS = frozenset("correspondent editor reporter".split())
