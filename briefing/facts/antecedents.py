"""Who a "he" or "she" can mean in sport and entertainment reports: subjects set off by an
aside ("Parry, speaking exclusively to BBC Sport, also admits"), owners before a name
("1Xtra's G Money says"), people the entity index missed but the article names with a
given name or a role ("Chelsea winger Arjen Robben", later "Robben"), and genders read
from the article's own pronouns (docs/QUOTES.md, rule 5)."""

from __future__ import annotations

import re

# "Parry, speaking exclusively to BBC Sport, also admits", "Colin MacIntyre, of Mull
# Historical Society, was playing": an aside between a name and its verb.
_ASIDE_OPENER = re.compile(r"[a-z]{3,}ing|of|from|at|with|for")


def set_off_by_aside(parts: list[str], position: int) -> bool:
    """The comma part after ``parts[position]`` (a bare name) is an aside, and the
    sentence goes on in lower case after it (the name's verb)."""
    if position + 2 >= len(parts):
        return False
    aside, rest = parts[position + 1].split(), parts[position + 2].split()
    if not aside or not rest or not _ASIDE_OPENER.fullmatch(aside[0]):
        return False
    return rest[0].islower() and rest[0] not in ("and", "or", "who", "which", "he", "she")
