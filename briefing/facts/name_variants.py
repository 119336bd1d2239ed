"""One person written two ways: "Erik Näslund" and "Erik Naslund" in one article.

Pages paste captions and body text from different systems, so a name may lose its accents
in some mentions. A brief listing both reads as two people; they are one, under the form
the article uses most (the accented one on a tie, as written by someone who knew it).
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace

from briefing.models import Person


def folded(name: str) -> str:
    """The name without accents, case-folded: "Näslund" and "Naslund" alike."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def merge_accent_variants(people: list[Person], mentions: list) -> tuple[list[Person], list]:
    """People whose names differ only in accents as one person (mentions and sentences
    added up, the surer confidence, the first role), and the mentions renamed to match."""
    groups: dict[str, list[Person]] = {}
    for person in people:
        groups.setdefault(folded(person.name), []).append(person)
    if all(len(group) == 1 for group in groups.values()):
        return people, mentions
    kept_name: dict[str, str] = {}
    merged: dict[str, Person] = {}
    for group in groups.values():
        main = max(group, key=lambda p: (p.mentions, p.name != folded(p.name)))
        merged[main.name] = replace(
            main,
            mentions=sum(p.mentions for p in group),
            sentences=sorted({s for p in group for s in p.sentences}),
            confidence=max(p.confidence for p in group),
            role=main.role or next((p.role for p in group if p.role), ""),
        )
        kept_name.update((p.name, main.name) for p in group)
    people = [merged[p.name] for p in people if p.name in merged]
    people.sort(key=lambda p: (-p.mentions, p.sentences[:1] or [0]))  # as the finder orders
    mentions = [replace(m, name=kept_name.get(m.name, m.name)) for m in mentions]
    return people, mentions
