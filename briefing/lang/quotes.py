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
# Two apostrophes stand for a double mark in some archives (''We will,'' he said: New York
# Times text as PolNeAR holds it, typewriter copy); they pair like a straight double mark.
DOUBLED_APOSTROPHES = "''"
_MARK = re.compile(f"{DOUBLED_APOSTROPHES}|[{QUOTE_MARKS}]")
_OPENING_GLYPHS, _CLOSING_GLYPHS = "“„", "”"
_GUILLEMETS = "«»"  # French and German use them in both directions, often spaced
# What may stand before an opening mark, and what may follow it.
_BEFORE_OPENING = "([{—–-/:"
_AFTER_OPENING = "‘'(….—-["
# What may follow a closing mark.
_AFTER_CLOSING = ".,;:!?)]}—–-"


@dataclass
class QuotePair:
    """Offsets of an opening and its closing quote mark; -1 where one is missing. For a
    two-character mark ('') ``opened`` is its last character and ``closed`` its first, so
    the quoted text is always ``text[opened + 1 : closed]``."""

    opened: int
    closed: int
    closing_width: int = 1
    opening_width: int = 1

    @property
    def after_closing(self) -> int:
        """The offset just after the closing mark."""
        return self.closed + self.closing_width

    @property
    def opening_start(self) -> int:
        """The offset of the opening mark's first character."""
        return self.opened - self.opening_width + 1

    @property
    def complete(self) -> bool:
        return self.opened >= 0 and self.closed >= 0


def mark_role(text: str, i: int) -> str:
    """Whether the quote mark at ``text[i]`` opens, closes or may do "either"."""
    if text[i] in _GUILLEMETS:
        return "either"
    width = 2 if text.startswith(DOUBLED_APOSTROPHES, i) else 1
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
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
    marks = list(_MARK.finditer(text))
    last_straight = text.rfind('"')
    doubled_style = _doubled_pair(text, marks)
    for match in marks:
        role = mark_role(text, match.start())
        width = match.end() - match.start()
        if width == 2 and not (
            (role == "open" and (doubled_style or match.start() == 0
                                 or not _closes_after(text, match.end())))
            or (role == "close" and current is not None and current.opening_width == 2)
        ):
            # '' is a mark only where it plainly opens, in text that closes a '' quote
            # with '' (or at the start, or with no closing mark after it: a quote running
            # on to the next paragraph), or where it closes a quote it opened. A word's
            # elision before a closing single mark ('Loungin''), a nested closing pair
            # ('... skills.''), a single mark typed twice in British copy ("... again.
            # ''The measures are being taken.'") and spaced tokenised marks (" , '' she")
            # are no marks.
            continue
        if role == "either" and current is None and match.start() == last_straight:
            role = "close"  # the last straight mark, with nothing open, closes an earlier one
        if role == "open" or (role == "either" and current is None):
            current = QuotePair(match.end() - 1, -1, opening_width=width)  # replaces a stray opener
            pairs.append(current)
        elif current is not None:
            current.closed, current.closing_width = match.start(), width
            current = None
        else:
            pairs.append(QuotePair(-1, match.start(), width))
    return pairs


def _closes_after(text: str, start: int) -> bool:
    """Whether a closing mark of any kind follows ``start``."""
    return bool(_SINGLE_CLOSES.search(text, start)) or any(c in text[start:] for c in '"”»')


def _doubled_pair(text: str, marks: list[re.Match[str]]) -> bool:
    """Whether some '' in ``text`` opens and a later '' closes: the text uses them as marks."""
    opened = False
    for match in marks:
        if match.end() - match.start() == 2:
            role = mark_role(text, match.start())
            if opened and role == "close":
                return True
            opened = opened or role == "open"
    return False


def opens_with_quote_mark(text: str) -> bool:
    """Whether ``text`` (stripped) starts with a double quote mark, '' included."""
    text = text.lstrip()
    return text[:1] in QUOTE_MARKS or text.startswith(DOUBLED_APOSTROPHES)


def has_double_mark(text: str) -> bool:
    """Whether ``text`` holds a double quote mark, '' included."""
    return DOUBLED_APOSTROPHES in text or any(mark in text for mark in QUOTE_MARKS)


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

    A plural possessive ("the players'") looks like a closing single mark, so it can end a
    single-quoted passage but never open or stretch one.
    """
    for opened, closed in double_quoted_spans(paragraph) + single_quoted_spans(paragraph):
        if (opened < start < closed) or (opened < end - 1 < closed and closed >= end):
            return True
    sentence = paragraph[start:end]
    opens = len(_SINGLE_OPENS.findall(sentence))
    if opens > len(_SINGLE_CLOSES.findall(sentence)):
        return True
    # "£64 a ticket'.": it closes a single-quoted passage opened in an earlier sentence
    return not _ANY_SINGLE_OPEN.search(sentence) and bool(
        _ENDS_CLOSING_SINGLE.search(sentence.rstrip())
    )


# A closing single mark at the end after a letter other than "s" (so not "the players'."),
# or after the quote's own punctuation ("...,'" / "...!'").
# Any mark shaped like an opening one, before a bracket or a doubled mark too ("said '[He]",
# "joked: ‘’What").
_ANY_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[—–:-]))[‘’']+(?=\S)")
_ENDS_CLOSING_SINGLE = re.compile(r"(?:[^\Ws]['’][.!?]?|[.!?,]['’])$")


# An opening single mark before a letter; one before a digit elides a year ("the '90s").
_SINGLE_OPENS_WORDS = re.compile(r"(?:^|(?<=[\s(\[—–-]))[‘'](?=[^\W\d_])")


def single_quoted_spans(paragraph: str) -> list[tuple[int, int]]:
    """(opening, closing) offsets of the single-quoted passages of ``paragraph``: each
    opening mark with the next closing-shaped mark, or with the next opening mark when
    none comes between (British style opens each quoted paragraph afresh, and pasted
    text often lost the breaks: "‘I had a taste of it. I’m fortunate. ‘But …"). A
    possessive after the opening ("'The players' union…") only ends a passage early."""
    marks = sorted([(m.start(), "open") for m in _SINGLE_OPENS_WORDS.finditer(paragraph)]
                   + [(m.start(), "close") for m in _SINGLE_CLOSES.finditer(paragraph)])
    spans, opened = [], None
    for offset, role in marks:
        if opened is not None and (role == "close" or reopens(paragraph, opened, offset)):
            spans.append((opened, offset))
        opened = offset if role == "open" else None
    return spans


# Longest quoted passage taken to run, unclosed, up to the next opening mark: about four
# news sentences. Longer, an opening mark that was never closed (mixed ‘…' styles, a lost
# mark) would swallow the narrative after it (read on 250 CNN/DM articles and 30
# hand-labelled BBC News Summary articles).
MAX_UNCLOSED_QUOTE_CHARS = 600


def reopens(paragraph: str, opened: int, offset: int) -> bool:
    """Whether the opening mark at ``offset`` goes on with the quote opened at ``opened``
    and never closed: it stands at a sentence start, not far on. British and BBC copy open
    each quoted passage afresh without closing the one before ('said: "Part one. "Part
    two."'), as a new quoted paragraph would, and pasted text often lost the breaks."""
    return (offset - opened <= MAX_UNCLOSED_QUOTE_CHARS
            and paragraph[:offset].rstrip()[-1:] in ".!?")


def double_quoted_spans(paragraph: str) -> list[tuple[int, int]]:
    """(opening, closing) offsets of the double-quoted passages of ``paragraph``; -1 opens
    one begun in an earlier paragraph, ``len(paragraph)`` closes one that runs on.

    A mark left open runs on to the next paragraph only when it is the paragraph's last;
    before another opening mark it ends there (a quoted paragraph in text whose paragraph
    breaks were lost: '“It was hard. “We stayed.”'). A closing mark with nothing open
    continues the previous paragraph only when it is the first; elsewhere it is a nested
    or stray quote ('"my ex stars in "Modern Family" -- but …"'), and taking it at its word
    would put all the text before it, in a one-paragraph article the whole text, inside a
    quotation."""
    pairs = pair_quote_marks(paragraph)
    spans = []
    for number, pair in enumerate(pairs):
        if pair.opened >= 0 and pair.closed >= 0:
            spans.append((pair.opened, pair.closed))
        elif pair.opened >= 0 and number == len(pairs) - 1:
            spans.append((pair.opened, len(paragraph)))
        elif pair.opened >= 0 and pairs[number + 1].opened >= 0:
            spans.append((pair.opened, pairs[number + 1].opening_start))
        elif pair.opened < 0 and number == 0:
            spans.append((-1, pair.closed))
    return spans


def is_quote_fragment(sentence: str) -> bool:
    """``cuts_a_quotation`` for a sentence on its own."""
    return cuts_a_quotation(sentence, 0, len(sentence))
