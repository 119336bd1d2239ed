"""Organisation mentions whose surroundings say they are no body of the story.

* a function word shouted in a headline or an inline crosshead ("WHO IS THE
  FRONT-RUNNER?", "... WHO WAS OSCAR? The statue ..." are no World Health Organization);
* a lone keyword that ends a longer title ("CNN's State of the Union" is no "Union"), and
  names listed in ``NOT_BODY_NAMES`` ("an Oval Office address");
* the last words of a school's name after its owner's possessive ("St Egwin's Middle
  School" is no "Middle School");
* a body's name glued to the first word of a job ("White House Press Secretary X" is no
  "White House Press").

An organisation every mention of which is such a misreading is held back (kept in the
JSON below the brief's threshold). A sentence-opening adjective before a listed body
("Key Security Council powers") is dropped from its name.
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefing.lang.en.lexicon import ORG_KEYWORDS, STOP_CAPS
from briefing.lang.en.name_context import (
    BODY_NAME_ADJECTIVES,
    NOT_BODY_NAMES,
    OFFICE_OF_ROLE_WORDS,
    SCHOOL_WORDS,
)
from briefing.lang.gazetteer import organizations, places, role_phrases
from briefing.models import Entity

# Below the brief's organisation threshold (0.85).
MISREAD_BODY_CONFIDENCE = 0.5
_OF_THE_BEFORE = re.compile(r"[A-Z][\w'’-]* of the $")
_POSSESSIVE_BEFORE = re.compile(r"([A-Z][\w-]*)['’]s $")
_WORD_AFTER = re.compile(r" ([A-Z][a-z]+)\b")


def _shouted(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    letters = [c for c in text[line_start : line_end if line_end >= 0 else len(text)]
               if c.isalpha()]  # fmt: skip
    return len(letters) > 8 and sum(c.isupper() for c in letters) > 0.8 * len(letters)


# Words in capitals on either side of a mention: a crosshead set inline in a long line
# ("... the film. WHO WAS OSCAR? The statue ...").
_CAPS_BEFORE = re.compile(r"(?:[A-Z][A-Z'’-]+ )+$")
_CAPS_AFTER = re.compile(r"(?: [A-Z][A-Z'’-]+)+[?!]?")


def _shouted_run(text: str, start: int, end: int) -> bool:
    """The mention is one of three or more capitalised words in a row, or of two ending
    in a question mark ("WHO WAS OSCAR?", "WHO KNEW?")."""
    before = _CAPS_BEFORE.search(text, max(0, start - 80), start)
    after = _CAPS_AFTER.match(text, end)
    words = 1 + (len(before.group().split()) if before else 0) + (
        len(after.group().split()) if after else 0)
    return words >= 3 or (words == 2 and bool(after) and after.group().endswith("?"))


def _misread(text: str, start: int, end: int, name: str) -> bool:
    written = text[start:end]
    if written.isupper() and written.capitalize() in STOP_CAPS and (
        _shouted(text, start) or _shouted_run(text, start, end)
    ):
        return True  # "WHO IS THE FRONT-RUNNER?", "... WHO WAS OSCAR? The statue ..."
    if name in NOT_BODY_NAMES:
        return True
    after = _WORD_AFTER.match(text, end)
    if name.split()[-1] in OFFICE_OF_ROLE_WORDS and after and (
            after.group(1).lower() in role_phrases()):
        return True  # "White House Press Secretary": a job, not a body
    before = text[max(0, start - 40) : start]
    if name in ORG_KEYWORDS and _OF_THE_BEFORE.search(before):
        return True  # "State of the Union"
    owner = _POSSESSIVE_BEFORE.search(before)
    # "Bristol's Old Vic Theatre School" is whole: the owner is its town
    return name.split()[-1] in SCHOOL_WORDS and bool(owner) and (
        owner.group(1) not in places() and owner.group(1) not in organizations())


def hold_back_misread_bodies(
    orgs: list[Entity], spans: list[tuple[int, int, str, str]], text: str
) -> list[Entity]:
    """``orgs`` with each body misread at every mention held back, and "Key X" read X."""
    misread: dict[str, list[bool]] = {}
    for start, end, kind, name in spans:
        if kind == "organization":
            misread.setdefault(name, []).append(_misread(text, start, end, name))
    kept: dict[str, Entity] = {}
    for org in orgs:
        if misread.get(org.name) and all(misread[org.name]):
            org = replace(org, confidence=min(org.confidence, MISREAD_BODY_CONFIDENCE))
        words = org.name.split()
        rest = " ".join(words[1:])
        if len(words) > 2 and words[0] in BODY_NAME_ADJECTIVES and rest in organizations():
            for n, (start, end, kind, name) in enumerate(spans):
                if kind == "organization" and name == org.name:
                    spans[n] = (start + len(words[0]) + 1, end, kind, rest)
            org = replace(org, name=rest)
        if org.name in kept:  # "Key Security Council" and "Security Council": one body
            other = kept[org.name]
            kept[org.name] = replace(
                other,
                mentions=other.mentions + org.mentions,
                sentences=sorted(set(other.sentences) | set(org.sentences)),
                confidence=max(other.confidence, org.confidence),
            )
        else:
            kept[org.name] = org
    return list(kept.values())
