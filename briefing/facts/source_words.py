"""Shapes of source phrases the speaker reader (:mod:`briefing.facts.speakers`) needs:
a role noun before a name, "the" + a body, "a spokeswoman for" a body, an owner and a
role, a setting phrase before the subject. Word lists live in :mod:`briefing.lang.en.speech`.
"""

from __future__ import annotations

import re

from briefing.lang.en import speech as words
from briefing.lang.en.lexicon import ORG_KEYWORDS
from briefing.lang.gazetteer import organizations, role_phrases


def role_shaped(word: str) -> bool:
    """A lower-case common noun that may name a role ("entrepreneur", "vice-director"):
    no function word, verb or adverb ("thanked Tony Blair", "embracing Obama", "maybe Jeb")."""
    return (
        bool(re.fullmatch(r"[a-z]{3,}(?:-[a-z]+)*(?:['’]s)?", word))
        and word not in words.NOT_ROLE_WORDS
        and word not in words.SPEAKER_AUXILIARIES
        and not word.endswith(("ly", "ed", "ing"))
    )


def the_body(tokens: list[str]) -> str:
    """ "the Cabinet Office", "the Department for Transport", "the OECD": "the" and a
    capitalised name that no person's title ends ("the Prime Minister" is a person)."""
    if len(tokens) < 2 or len(tokens) > 7 or tokens[0].lower() != "the":
        return ""
    name = tokens[1:]
    if not name[-1][:1].isupper() or name[-1].lower() in role_phrases():
        return ""
    if any(not (w[:1].isupper() or w in ("of", "for", "and", "&")) for w in name):
        return ""
    if len(name) == 1 and (name[0].isupper() or name[0] in organizations()):
        return name[0]  # "the OECD", "the Treasury"
    return " ".join(name) if any(w in ORG_KEYWORDS for w in name) else ""


def spokesperson_of(prefix: list[str]) -> bool:
    """ "a spokeswoman for", "an official at the": someone speaking for the body after."""
    return (
        len(prefix) >= 3 and prefix[0].lower() in ("a", "an", "the")
        and prefix[1].lower() in words.SOURCE_NOUNS | role_phrases()
        and prefix[2].lower() in ("for", "at", "of", "from")
    )


def inside_name(tokens: list[str], i: int) -> bool:
    """ "and" between two capitalised words joins a name ("Department for Education and
    Skills"), not two clauses."""
    return (
        tokens[i] == "and" and 0 < i < len(tokens) - 1
        and tokens[i - 1][:1].isupper() and tokens[i + 1][:1].isupper()
    )


def owner_of_role(tokens: list[str]) -> int:
    """ "Tony Blair's official spokesman" -> 2, the length of the owner: a capitalised
    owner, then only lower-case words ending in a source noun or a role (0 otherwise)."""
    owner = next((i for i, t in enumerate(tokens[:-1]) if re.search(r"['’]s$", t)), None)
    if owner is None or not all(t[:1].isupper() for t in tokens[: owner + 1]):
        return 0
    rest = tokens[owner + 1 :]
    last = rest[-1].lower()
    if all(t.islower() for t in rest) and (
        last in words.SOURCE_NOUNS or last in role_phrases() or last in words.DOCUMENT_NOUNS
    ):
        return owner + 1
    return 0


def after_setting(part: str) -> str:
    """ "In its report on the council's work the committee" -> "the committee": a setting
    phrase with no comma after it ends where the last noun phrase starts."""
    tokens = part.split()
    if len(tokens) < 4 or tokens[0].lower() not in words.SETTING_PREPOSITIONS:
        return ""
    last = max((i for i, t in enumerate(tokens) if t.lower() in ("the", "a", "an")), default=0)
    if last < 2 or tokens[last - 1].lower() in words.NOT_ROLE_WORDS:
        return ""  # "... on the council's work": still inside the setting
    return " ".join(tokens[last:])
