"""Which people the fact box shows, and in what order.

* A person the names stage is unsure of (held back) who speaks a quote the page shows is
  shown: the quote's cue ("Dorval said") and its confidence vouch for a person, and a
  page whose Voices quote someone absent from People reads as an omission.
* The people who matter most come first: those the title names, then by how often the
  article names them, the shown quotes they speak where no name is written and the
  bottom line counting too.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace

from briefing.lang.en.lexicon import SPORTS_POSITION_WORDS
from briefing.lang.en.roles import OPENING_POSITIONS
from briefing.lang.gazetteer import demonyms, role_phrases
from briefing.models import Person, Quote

# Lowest names-stage confidence of a held-back person who speaks a shown quote and is
# shown for it: the said-cue rule's 0.8 ("Wing Christophe Dorval said"); the rules below
# it (a surname said once, 0.7; a first-name run in a heading, 0.5) name works and shows
# as often as people. Read on 250 dev briefs (BBC even, PolNeAR, CNN/DM, web pages).
SPEAKER_FLOOR = 0.8


def _glued_opener(name: str) -> bool:
    words = name.split()
    if len(words) < 2:
        return False
    first = words[0]
    lowered = first.lower()
    return (
        lowered in role_phrases()
        or lowered in SPORTS_POSITION_WORDS
        or lowered in OPENING_POSITIONS
        or first in demonyms()
    )


def _same_person(name: str, speaker: str) -> bool:
    """A speaker string names the person: the same name, or its surname alone."""
    if not name or not speaker:
        return False
    return name == speaker or name.split()[-1] == speaker


def speaking(person: Person, quotes: Iterable[Quote]) -> bool:
    return any(q.speaker_kind == "name" and _same_person(person.name, q.speaker) for q in quotes)


def voiced_people(
    held: list[Person], quotes: list[Quote], shown_people: list[Person]
) -> tuple[list[Person], list[Person]]:
    """(to show, still held): held-back people at SPEAKER_FLOOR or above who speak a quote
    of ``quotes`` (the shown ones) and are not part of a shown person's name ("Dale" of
    "Dale Ford"), nor open with a title, a position or a nationality glued to the name
    ("Wing Christophe Dorval" stays held: the page would show the role as a given name)."""
    words = {word for p in shown_people for word in p.name.split()}
    shown, kept = [], []
    for person in held:
        if (
            person.confidence >= SPEAKER_FLOOR
            and speaking(person, quotes)
            and not set(person.name.split()) <= words
            and not _glued_opener(person.name)
        ):
            shown.append(person)
        else:
            kept.append(person)
    return shown, kept


def _in_title(person: Person, title: str, shared: set[str]) -> bool:
    """The title names the person: the full name, or a surname no other shown person has
    ("Blair 'damaged' by Blunkett row"; not "Jackson" when two Jacksons are shown)."""
    words = person.name.split()
    if not words or not title:
        return False
    wanted = person.name if words[-1] in shared else words[-1]
    return bool(re.search(rf"(?<![\w-]){re.escape(wanted)}(?![\w-])", title))


def main_people(
    people: list[Person],
    quotes: list[Quote],
    title: str,
    lead: int | None,
    sentence_key: Callable[[int], tuple],
) -> list[Person]:
    """``people`` most important first: those the title names, then by weight -- their
    mentions, one more for each shown quote they speak in a sentence that does not name
    them ("he said", a quote's second paragraph) and one for a place in the bottom line
    (sentence ``lead``) -- then by their first sentence."""

    surnames = Counter(p.name.split()[-1] for p in people if p.name.split())
    shared = {name for name, count in surnames.items() if count > 1}

    def key(person: Person) -> tuple:
        unnamed = {
            q.sentence for q in quotes
            if q.speaker_kind in ("name", "pronoun") and _same_person(person.name, q.speaker)
        } - set(person.sentences)
        weight = person.mentions + len(unnamed) + (lead is not None and lead in person.sentences)
        first = min(person.sentences) if person.sentences else 10**9
        return (not _in_title(person, title, shared), -weight, *sentence_key(first))

    return sorted(people, key=key)


def with_voiced(people: list[Person], voiced: list[Person]) -> list[Person]:
    """``people`` and the voiced ones not already among them (by name)."""
    names = {p.name for p in people}
    return [*people, *(replace(p) for p in voiced if p.name not in names)]
