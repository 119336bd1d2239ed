"""Capitals that are part of a person's name, not a name of their own.

"AP McCoy", "JK Rowling", "DJ Spoony": two capitals right before a surname the article
also uses alone are the person's initials, not an acronym listed for a body ("AP" is
the news agency elsewhere).
"""

from __future__ import annotations

import re

from briefing.facts.tokens import Token, is_name_word, joined


def initials_before_surname(text: str, tokens: list[Token], k: int, j: int) -> bool:
    """Is token k two capitals right before a surname (in the same run) that the article
    also writes alone, after no capitals?"""
    word = tokens[k].text
    if not re.fullmatch(r"[A-Z]{2}", word) or k + 1 >= j:
        return False
    after = tokens[k + 1]
    if not joined(text, tokens[k], after) or not is_name_word(after, first=False):
        return False
    surname = after.text
    start = text.find(surname)
    while start >= 0:
        end = start + len(surname)
        whole = (start == 0 or not text[start - 1].isalnum()) and not text[end : end + 1].isalpha()
        if whole and not _CAPITALS_BEFORE.search(text, max(0, start - 4), start):
            return True
        start = text.find(surname, end)
    return False


_CAPITALS_BEFORE = re.compile(r"(?:\b[A-Z]{1,3}\.?|[A-Z][a-z]+) $")
