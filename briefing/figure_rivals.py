"""An offer the sentence says was turned down, or a rival's or an earlier one, is no value
of the deal the story reports.

"MCI accepted a $6.75bn buyout ... Qwest said MCI had rejected a deal worth $8bn": alone
on the page, "$8bn: deal" beside "$6.75bn: buyout" reads as the deal's value (review16).
The line keeps what the sentence calls the offer ("$8bn: rejected deal", "rival bid").
Only the offer's own noun phrase counts: holding every offer figure after a rejection in the
sentence lost a tune line graded ok ("rejected a proposal from X - the 530p offer", where
X's offer is the story's), so that shape keeps its line.
"""

from __future__ import annotations

import re

from briefing.lang.en.figure_frames import OFFER_NOUNS, REJECT_WORDS, RIVAL_OFFER_WORDS
from briefing.models import Figure

_REJECT = "|".join(w.replace(" ", r"\s+") for w in REJECT_WORDS)
_RIVAL = "|".join(sorted(RIVAL_OFFER_WORDS))
_OFFER = "|".join(sorted(OFFER_NOUNS))
_DETERMINER = r"(?:(?:a|an|the|its|their|his|her)\s+)?"
_QUALIFIER = rf"(?P<q>\b(?:{_REJECT})|\b(?:{_RIVAL}))\s+"
# "rejected a (higher takeover) deal worth $8bn", "a rival bid of about $8bn"
_NOUN_THEN_FIGURE = re.compile(
    rf"{_QUALIFIER}{_DETERMINER}(?:[\w'’-]+\s+){{0,3}}?(?P<noun>{_OFFER})\s+"
    r"(?:worth|of|valued\s+at|at|totalling|totaling)\s+"
    r"(?:(?:about|around|nearly|almost|some|roughly|up\s+to|more\s+than)\s+)?$", re.I)
# "rejected an $8bn offer", "a rival $8bn bid": the figure before its noun
_FIGURE_IN_NOUN = re.compile(rf"{_QUALIFIER}{_DETERMINER}(?:[\w'’-]+\s+){{0,2}}?$", re.I)
_NOUN_AFTER = re.compile(rf"^\s+(?:[\w'’-]+\s+){{0,2}}?(?P<noun>{_OFFER})\b", re.I)


def rival_offer_label(figure: Figure, sentence: str) -> str:
    """"rejected deal" for "had rejected a deal worth $8bn", "rival bid" for "a rival bid
    of $5m"; "" when the figure is no such offer's."""
    at = sentence.find(figure.text)
    if at < 0:
        return ""
    before, after = sentence[:at], sentence[at + len(figure.text):]
    match = _NOUN_THEN_FIGURE.search(before)
    noun = match.group("noun") if match else ""
    if not match:
        match = _FIGURE_IN_NOUN.search(before)
        found = _NOUN_AFTER.match(after) if match else None
        if not found:
            return ""
        noun = found.group("noun")
    qualifier = " ".join(match.group("q").lower().split())
    word = qualifier if qualifier in RIVAL_OFFER_WORDS else "rejected"
    if word in figure.label.lower().split():
        return figure.label  # "rival bid" says so already
    if figure.label.lower().endswith(noun.lower()):
        return f"{word} {figure.label}"  # "rejected takeover offer"
    return f"{word} {noun.lower()}"

