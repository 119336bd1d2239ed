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
from briefing.segment.run_ons import glued_openings


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


# A quotation mark reopening after a word with no full stop ("... of the population 'At a
# regional level"): a caption between two paragraphs of the quote lost its break.
_REOPENED_UNPUNCTUATED = re.compile(r"(?P<word>[\w'’/]+) ['‘\"“](?=[A-Z][a-z]+ [a-z])")
# Words before an inner quotation that is part of the speaker's sentence ("the 'American
# dream'", "saying 'Death to ...'", "is 'She knows'"): no seam (PolNeAR dev, session 17).
_INNER_QUOTE_LEADS = frozenset(
    """the a an of to in on at for about as like than from with by into was is are were be
    been being saying said says say called call calling shouting chanting""".split()
)
# A quote held back (under the page) when its words may not all be its speaker's.
RUN_THROUGH_CONFIDENCE = 0.85


def runs_through_narration(quote: Quote) -> bool:
    """Pasted copy that lost its marks or line breaks lets a quote run over the story's own
    words: a photo caption glued in with no full stop ("... the title Carlo Ancelotti has
    hailed ..."), or a mark reopening the quote after a caption's last word ("... share of
    the population 'At a regional level")."""
    if glued_openings(quote.text, "en"):
        return True
    return any(
        match["word"].lower() not in _INNER_QUOTE_LEADS
        for match in _REOPENED_UNPUNCTUATED.finditer(quote.text)
    )


def checked(quote: Quote) -> Quote:
    """The quote, unattributed when its words introduce its speaker, held back when they
    may run over the story's own words (see the module)."""
    if quote.speaker and quote.confidence > RUN_THROUGH_CONFIDENCE and runs_through_narration(
        quote
    ):
        evidence = f"{quote.evidence}; held back: its words may run over the story's own"
        quote = replace(quote, confidence=RUN_THROUGH_CONFIDENCE, evidence=evidence)
    if not quote.speaker or not introduced_inside(quote):
        return quote
    evidence = (
        f"unattributed: {quote.evidence} but the speaker is introduced inside the quote"
        f" (a closing mark dropped or a quoted report; best guess {quote.speaker})"
    )
    return replace(quote, speaker="", confidence=0.0, evidence=evidence, speaker_text="")
