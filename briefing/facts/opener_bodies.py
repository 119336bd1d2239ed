"""A body named just before a quote and described just after it.

'Comair "deeply regrets the delays ...," the Delta subsidiary said': the words before the
opening mark are only a name (the quoted words are its predicate), and the phrase after
the closing mark describes a body ("the firm", "the Delta subsidiary"), so the body so
named is the speaker, not the description. A person's name before the mark is left alone
('Petraeus "...," an official said' is the official's).
"""

from __future__ import annotations

from briefing.facts.entities import EntityIndex
from briefing.facts.nominal_bodies import body_description
from briefing.facts.speakers import Source
from briefing.lang.gazetteer import organizations

_NAME_WORDS = frozenset("of and & the".split())


def described_opener(before: str, source: Source, index: EntityIndex) -> Source | None:
    """The body ``before`` (the quote's sentence up to its opening mark) names, when
    ``source`` (read after the quote) is a description of a body; None otherwise."""
    if source.kind != "nominal" or not body_description(source.speaker):
        return None
    tokens = before.split()
    if not 1 <= len(tokens) <= 4 or not tokens[0][:1].isupper() or not all(
        t[:1].isupper() or t.lower() in _NAME_WORDS for t in tokens
    ):
        return None
    name = " ".join(tokens)
    if index.resolve_person(name) or any(p.name.split()[-1] == tokens[-1] for p in index.people):
        return None
    detail = f"{source.speaker.lower()} -> the body named before the quote"
    return Source(organizations().get(name, name), "organization", detail=detail)
