"""Quotes in single marks ('We will fight on,' he said), told apart from apostrophes.

Each pair is (start, end, open_end) within the paragraph: start after the opening mark,
end at the closing one; an open quote at the paragraph's start runs to its end.
"""

from __future__ import annotations

import re

from briefing.lang.en import speech as words

_SINGLE = re.compile(r"['‘’]")
_ELISION = re.compile(r"(?:em|til|tis|twas|cause|n|s|\d0s|\d\d)\b", re.IGNORECASE)


def _single_opens(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1 : i + 2]
    if text[i] == "’" or not (before.isspace() or before in '([—–:"“'):
        return False
    return bool(after) and (after.isalnum() or after in "…") and not _ELISION.match(text, i + 1)


def _single_closes(text: str, i: int) -> str:
    """"yes" for a closing single mark, "maybe" for "s' word" (a plural possessive or a
    quote ending in s), "" for an apostrophe."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if text[i] == "‘" or before.isspace() or after.isalnum():
        return ""  # "don't", "rock 'n' roll"
    if before in ".,!?…—–-)]" or after in ".,;:!?)—–":
        return "yes"
    if not (before.isalpha() and after.isspace()):
        return ""
    # Only a word ending in s can be a plural possessive ("the players' union"); after a
    # longer word ending otherwise the mark closes ("get Americans 'moving' in their").
    word = re.search(r"[A-Za-z]+$", text[max(0, i - 20) : i])
    if before.lower() != "s" and word and len(word.group()) >= 3:
        return "yes"
    # A possessive is followed by what is owned ("the bankers' bonuses"); a closing mark
    # by the sentence going on ("... their bonuses' the union says", "'... ridiculous' and").
    following = re.match(r"\s+([a-z]+)", text[i + 1 : i + 20])
    if following and following.group(1) in words.AFTER_A_CLOSING_QUOTE:
        return "yes"
    return "maybe"


def single_mark_pairs(paragraph: str) -> list[tuple[int, int, bool]]:
    """'We will fight on,' he said: single-mark quotes, apostrophes left alone.

    "the players' union" is an apostrophe while a later mark closes the quote; when none
    does, the last such mark was the closing one ("called it 'absolutely ridiculous' and").
    """
    spans: list[tuple[int, int, bool]] = []
    open_at, maybe = None, None

    def close(at: int) -> None:
        spans.append((open_at, at, False))

    for match in _SINGLE.finditer(paragraph):
        i = match.start()
        if open_at is None:
            if _single_opens(paragraph, i):
                open_at, maybe = i + 1, None
            continue
        role = _single_closes(paragraph, i)
        if role == "yes":
            close(i)
            open_at = None
        elif role == "maybe" and maybe is None:
            maybe = i
        elif maybe is not None and _single_opens(paragraph, i):
            close(maybe)  # a new quote opens: the possessive-looking mark closed the last
            open_at, maybe = i + 1, None
    if open_at is not None and maybe is not None:
        close(maybe)
    elif open_at == 1:
        spans.append((1, len(paragraph), True))
    return spans
