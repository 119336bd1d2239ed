"""Watchlists and filters: which stories an editor wants, and which to flag.

A rule is a string from the config:

- ``"Belarus"`` or ``"peace talks"``: a word or phrase, matched whole-word and
  case-insensitively in a story's headline and text;
- ``"person:Lukashenko"``: a person the fact box names (full name or surname);
- ``"org:NATO"`` / ``"place:Minsk"``: an organisation or place the fact box names;
- ``"role:minister"``: a person whose role contains that word.

``include`` keeps only stories matching at least one rule (when there are any), ``exclude``
drops stories matching any, ``watch`` marks matching stories and ranks them higher. A
story matches when any of its items (outlets) does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing.digest.items import Item, Story
from briefing.errors import InputError

KINDS = ("word", "person", "org", "place", "role")


@dataclass(frozen=True)
class Rule:
    kind: str
    value: str

    def __str__(self) -> str:
        return self.value if self.kind == "word" else f"{self.kind}:{self.value}"


@dataclass
class Filters:
    include: list[Rule] = field(default_factory=list)
    exclude: list[Rule] = field(default_factory=list)
    watch: list[Rule] = field(default_factory=list)


def parse_rule(text: str) -> Rule:
    kind, sep, value = text.partition(":")
    if sep and kind.strip().lower() in KINDS[1:]:
        kind, value = kind.strip().lower(), value.strip()
    else:
        kind, value = "word", text.strip()
    if not value:
        raise InputError(f"empty filter rule {text!r}")
    return Rule(kind, " ".join(value.split()))


def item_matches(rule: Rule, item: Item) -> bool:
    facts = item.brief.facts if item.brief else None
    wanted = rule.value.casefold()
    if rule.kind == "word":
        pattern = r"(?<!\w)" + r"\s+".join(map(re.escape, wanted.split())) + r"(?!\w)"
        return re.search(pattern, f"{item.title}\n{item.article.text}".casefold()) is not None
    if facts is None:
        return False
    if rule.kind == "person":
        return any(wanted in (p.name.casefold(), p.name.split()[-1].casefold())
                   for p in facts.people if p.name)
    if rule.kind == "role":
        return any(re.search(rf"(?<!\w){re.escape(wanted)}(?!\w)", p.role.casefold())
                   for p in facts.people if p.role)
    entities = facts.organizations if rule.kind == "org" else facts.places
    return any(e.name.casefold() == wanted for e in entities)


def story_hits(rules: list[Rule], story: Story) -> list[str]:
    """The rules that ``story`` matches, as written in the config."""
    return [str(rule) for rule in rules if any(item_matches(rule, i) for i in story.items)]


def why_filtered(filters: Filters, story: Story) -> str:
    """Why ``story`` is left out ("" when it is kept)."""
    excluded = story_hits(filters.exclude, story)
    if excluded:
        return f"excluded by {excluded[0]!r}"
    if filters.include and not story_hits(filters.include, story):
        return "matches no include rule"
    return ""
