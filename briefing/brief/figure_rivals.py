"""An offer the sentence says was turned down, or a rival's or an earlier one, is no value
of the deal the story reports.

"MCI accepted a $6.75bn buyout ... Qwest said MCI had rejected a deal worth $8bn": alone
on the page, "$8bn: deal" beside "$6.75bn: buyout" reads as the deal's value (review16).
The line keeps what the sentence calls the offer ("$8bn: rejected deal", "rival bid").
Only the offer's own noun phrase counts: holding every offer figure after a rejection in the
sentence lost a tune line graded ok ("rejected a proposal from X - the 530p offer", where
X's offer is the story's), so that shape keeps its line.
Whose offer it was joins the label only when the offer's own phrase says it: "from" and a
name right after it ("rejected a deal worth $8bn from Qwest": "rejected deal from Qwest") or
a possessive name inside it ("rejected Qwest's $8bn offer": "Qwest's rejected offer"); a
bidder named elsewhere in the sentence ("Qwest said MCI had rejected ...") is not added.
"""

from __future__ import annotations

import re

from briefing.lang.en.figure_frames import OFFER_NOUNS, REJECT_WORDS, RIVAL_OFFER_WORDS
from briefing.lang.en.lexicon import MONTHS, WEEKDAYS
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
# The bidder in the offer's own phrase: "... from Qwest" right after it, or "Qwest's" in it.
_FROM_NAME = re.compile(r"^(?:\s*\([^)]*\))?\s+from\s+((?:[A-Z][\w&'’.-]*\s+){0,3}[A-Z][\w&'’-]*)")
_POSSESSIVE = re.compile(r"\b((?:[A-Z][\w&.-]*\s+){0,2}[A-Z][\w&.-]*)['’]s?\s")


def rival_offer_label(figure: Figure, sentence: str) -> str:
    """"rejected deal" for "had rejected a deal worth $8bn", "rival bid" for "a rival bid
    of $5m"; "" when the figure is no such offer's."""
    at = sentence.find(figure.text)
    if at < 0:
        return ""
    before, after = sentence[:at], sentence[at + len(figure.text):]
    match = _NOUN_THEN_FIGURE.search(before)
    noun = match.group("noun") if match else ""
    phrase_end = 0  # where the offer's phrase ends in ``after``
    if not match:
        match = _FIGURE_IN_NOUN.search(before)
        found = _NOUN_AFTER.match(after) if match else None
        if not found:
            return ""
        noun, phrase_end = found.group("noun"), found.end()
    qualifier = " ".join(match.group("q").lower().split())
    word = qualifier if qualifier in RIVAL_OFFER_WORDS else "rejected"
    if word in figure.label.lower().split():
        label = figure.label  # "rival bid" says so already
    elif figure.label.lower().endswith(noun.lower()):
        label = f"{word} {figure.label}"  # "rejected takeover offer"
    else:
        label = f"{word} {noun.lower()}"
    return _with_bidder(label, before[match.end("q"):], after[phrase_end:])


def _with_bidder(label: str, gap: str, after: str) -> str:
    """The label with whose offer it was, when the offer's phrase names the bidder."""
    if "'" in label or "’" in label or " from " in label:
        return label
    owner = _POSSESSIVE.search(gap)
    if owner and not _calendar(owner.group(1)):
        return f"{owner.group(1)}'s {label}"
    named = _FROM_NAME.match(after)
    if named and not _calendar(named.group(1)):
        return f"{label} from {named.group(1)}"
    return label


def _calendar(name: str) -> bool:
    """A month or a weekday ("from March"), not a bidder."""
    return name.split()[0] in MONTHS or name.split()[0] in WEEKDAYS

