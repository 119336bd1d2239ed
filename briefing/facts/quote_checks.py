"""Checks on a found quote's own words before its speaker is given.

A quote whose words introduce its speaker with a role ('... impressed manager Kevin
Keegan. "He realised ...," said Keegan'; '"... reporters questioned Press Secretary Josh
Earnest about ..." Earnest said') has run over the article's own sentences: a closing mark
was dropped, or the quote is a quoted news report that quotes the speaker in turn. The
words are not all the speaker's, so the quote is left unattributed (the guess stays in
the evidence) rather than shown as theirs.
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefing.lang.en import speech as words
from briefing.lang.gazetteer import role_phrases
from briefing.models import Quote


def _role_before(text: str, at: int) -> bool:
    """Does a role or title ("manager", "Press Secretary", "Sen.") end just before ``at``?"""
    before = re.findall(r"[\w.\-]+", text[max(0, at - 40) : at])
    if not before:
        return False
    last = before[-1]
    pair = " ".join(before[-2:]).lower()
    return (
        last.lower().strip(".") in role_phrases()
        or pair in role_phrases()
        or last in words.OFFICE_WORDS
    )


def introduced_inside(quote: Quote) -> bool:
    """The speaker's full name stands inside the quote after a role (see the module)."""
    name = quote.speaker
    if quote.speaker_kind != "name" or len(name.split()) < 2:
        return False
    found = re.finditer(re.escape(name), quote.text)
    return any(_role_before(quote.text, match.start()) for match in found)


def checked(quote: Quote) -> Quote:
    """The quote, unattributed when its words introduce its speaker (see the module)."""
    if not quote.speaker or not introduced_inside(quote):
        return quote
    evidence = (
        f"unattributed: {quote.evidence} but the speaker is introduced inside the quote"
        f" (a closing mark dropped or a quoted report; best guess {quote.speaker})"
    )
    return replace(quote, speaker="", confidence=0.0, evidence=evidence, speaker_text="")
