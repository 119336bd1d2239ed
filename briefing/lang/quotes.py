"""Quote marks and the one algorithm that pairs them (used by segmentation and quotes).

A mark's role comes from its context first: after a space (or an opening bracket or
dash) and touching a word it opens, touching a word before and followed by a space or
punctuation it closes. Only when the context says both or neither does the glyph
decide (“ and „ open, ” closes); guillemets and straight marks then open when nothing
is open and close otherwise. Context first makes a mistyped glyph harmless: the
closing “ in 'an “expedited review“ of' still closes.

Pairing runs left to right without nesting: a second opener means the first was
stray, a closer with nothing open is kept alone (a quotation opened in an earlier
paragraph). Work is linear in the text length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

QUOTE_MARKS = '"“”„«»'
_MARK = re.compile(f"[{QUOTE_MARKS}]")
_OPENING_GLYPHS, _CLOSING_GLYPHS = "“„", "”"
_GUILLEMETS = "«»"  # French and German use them in both directions, often spaced
# What may stand before an opening mark, and what may follow it.
_BEFORE_OPENING = "([{—–-/:"
_AFTER_OPENING = "‘'(….—-["
# What may follow a closing mark.
_AFTER_CLOSING = ".,;:!?)]}—–-"


@dataclass
class QuotePair:
    """Offsets of an opening and its closing quote mark; -1 where one is missing."""

    opened: int
    closed: int

    @property
    def complete(self) -> bool:
        return self.opened >= 0 and self.closed >= 0


def mark_role(text: str, i: int) -> str:
    """Whether the quote mark at ``text[i]`` opens, closes or may do "either"."""
    if text[i] in _GUILLEMETS:
        return "either"
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    opens = (before.isspace() or before in _BEFORE_OPENING) and (
        after.isalnum() or after in _AFTER_OPENING
    )
    closes = not before.isspace() and (after.isspace() or after in _AFTER_CLOSING)
    if opens != closes:
        return "open" if opens else "close"
    if text[i] in _OPENING_GLYPHS:
        return "open"
    if text[i] in _CLOSING_GLYPHS:
        return "close"
    return "either"


def pair_quote_marks(text: str) -> list[QuotePair]:
    """Every quote mark of ``text`` in a pair, in text order; the last may still be open."""
    pairs: list[QuotePair] = []
    current: QuotePair | None = None
    last_straight = text.rfind('"')
    for match in _MARK.finditer(text):
        role = mark_role(text, match.start())
        if role == "either" and current is None and match.start() == last_straight:
            role = "close"  # the last straight mark, with nothing open, closes an earlier one
        if role == "open" or (role == "either" and current is None):
            current = QuotePair(match.start(), -1)  # replaces a stray opener, if any
            pairs.append(current)
        elif current is not None:
            current.closed = match.start()
            current = None
        else:
            pairs.append(QuotePair(-1, match.start()))
    return pairs


# A single mark opens after a space or bracket and before a letter ("'We will"), and closes
# after a non-space and before a space, punctuation or the end ("on,' he"); one between
# two letters is an apostrophe ("there's").
_SINGLE_OPENS = re.compile(r"(?:^|(?<=[\s(\[—–-]))[‘'](?=\w)")
_SINGLE_CLOSES = re.compile(r"(?<=\S)[’'](?=[\s.,;:!?)\]—–-]|$)")


def cuts_a_quotation(paragraph: str, start: int, end: int) -> bool:
    """Whether the text ``paragraph[start:end]`` (a sentence) is only a piece of a longer
    quotation: a quote runs across its start or its end (it opens a quote it does not
    close, closes one opened before it, or lies inside one), or it opens a single-quoted
    passage it does not close. Alone such a sentence reads as words nobody said, and its
    speaker is in another sentence.

    Closing single marks are not counted: a plural possessive ("the players'") looks
    the same.
    """
    pairs = pair_quote_marks(paragraph)
    for number, pair in enumerate(pairs):
        if not paragraph_boundary_pair(pair, number, len(pairs)):
            continue
        opened = pair.opened if pair.opened >= 0 else -1  # opened in an earlier paragraph
        closed = pair.closed if pair.closed >= 0 else len(paragraph)  # still open at its end
        if (opened < start < closed) or (opened < end - 1 < closed and closed >= end):
            return True
    sentence = paragraph[start:end]
    return len(_SINGLE_OPENS.findall(sentence)) > len(_SINGLE_CLOSES.findall(sentence))


def paragraph_boundary_pair(pair: QuotePair, number: int, count: int) -> bool:
    """Whether pair ``number`` of a paragraph's ``count`` pairs can be trusted to run
    where it says. A closed pair can. A mark left open can run on to the next paragraph
    only when it is the paragraph's last; one closing with nothing open can continue the
    previous paragraph only when it is the first. Elsewhere an unpaired mark is a nested
    or stray quote ('"my ex stars in "Modern Family" -- but …"'), and taking it at its
    word would put the rest of the paragraph, in a one-paragraph article the whole text,
    inside a quotation."""
    if pair.opened >= 0 and pair.closed >= 0:
        return True
    if pair.closed < 0:
        return number == count - 1
    return number == 0


def is_quote_fragment(sentence: str) -> bool:
    """``cuts_a_quotation`` for a sentence on its own."""
    return cuts_a_quotation(sentence, 0, len(sentence))
