"""Patterns anchored at the end of a window ("rose by about |" before a figure), answered fast.

``re`` has no backward search: ``search`` of a pattern that ends in ``\\s*$`` tries a match
at every start of the window, so the five change-word patterns read over the 60 characters
before each figure ("rose", "about", "more than") took about a fifth of all figure time
(NewsQuant, 590 sentences). Every match of such a pattern ends with the last literal of one
of its alternatives ("rose", "than", "~") and then white space only, so a window whose
stripped, case-folded end is none of those cannot match: it is answered without the scan,
and the answers are the same (``tests/test_figure_tails.py`` checks them against the scan).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from briefing.text import caseless

_GAP = re.compile(r"\\s[+*]")  # the white space between the words of an alternative
_SPECIAL = frozenset("()[]{}|?*+^$\\")


def last_literal(alternative: str) -> str:
    """'more\\s+than' -> 'than', 'approx\\.' -> 'approx.': what a match of it ends with."""
    last = _GAP.split(alternative)[-1].replace("\\.", ".")
    if not last or _SPECIAL & set(last):
        raise ValueError(f"not a plain word or symbol at the end of {alternative!r}")
    return last.lower()


_REACH = 24  # characters folded at the end of a window: more than the longest last literal


@lru_cache(maxsize=64)
def _folded_end(window: str) -> str:
    """The case-folded end of ``window`` without its trailing white space (``\\s`` and
    ``rstrip`` strip the same characters). Cached: the change-word patterns all read the
    same window of each figure."""
    return caseless(window.rstrip()[-_REACH:])


class TailPattern:
    """A compiled pattern that must match at the end of the text it searches, with the
    literals a match can end with (the last of every alternative that may come last)."""

    def __init__(self, source: str, last: Iterable[str], flags: int = re.I) -> None:
        self.regex = re.compile(source, flags)
        self.pattern = source
        self.endings = tuple(sorted({last_literal(alternative) for alternative in last}))
        if max(map(len, self.endings)) > _REACH:
            raise ValueError(f"a last literal longer than {_REACH} characters: {self.endings}")

    def could_end(self, text: str) -> bool:
        """False when no match can end ``text``; True says only that the scan must look."""
        return _folded_end(text).endswith(self.endings)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """``re.Pattern.search``, the same match, skipped when no match can end the window."""
        window = text[max(pos, 0) : len(text) if endpos is None else endpos]
        if not self.could_end(window):
            return None
        if endpos is None:
            return self.regex.search(text, pos)
        return self.regex.search(text, pos, endpos)
