"""Partial quotes inside a sentence whose named subject performs a speech act that is no
cue verb ("Former union leader Sir Bill Morris has accused both parties of a "bidding
war"", "Tory leader Michael Howard has dismissed the Budget as "vote now, pay later""):
the quoted words are the subject's, unless someone else is named or cited between."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from briefing.facts.heard import Heard
from briefing.facts.quote_spans import opening_mark
from briefing.facts.speakers import RULE_CONFIDENCE, Attribution, sentence_subject
from briefing.lang.en import speech as words

if TYPE_CHECKING:
    from briefing.facts.quote_spans import Span
    from briefing.facts.quotes import _Context

# The verb right after the subject (auxiliaries and adverbs allowed between).
_ACT = re.compile(
    rf"\s+(?:(?:{words.ADVERBS}|already)\s+){{0,3}}(?:{'|'.join(sorted(words.SPEECH_ACT_VERBS))})\b"
)
# '"Matthew Taylor has written to the watchdog accusing Labour of a "..."': the act as a
# participle later in the subject's clause.
_PARTICIPLE = re.compile(rf"\b(?:{'|'.join(sorted(words.SPEECH_ACT_PARTICIPLES))})\b")
# Words between the verb and the quote that cite someone else's words ("rejected claims
# that it was "..."", "dismissed the report's finding of "...""): the quote may be theirs.
_CITED = re.compile(
    r"\b(?:claims?|suggestions?|allegations?|accusations?|reports?|findings?|remarks?|"
    r"comments?|words|description|charges?|by|from|who|which|whose)\b"
)


def acting_subject(ctx: _Context, span: Span) -> Attribution | None:
    """The named person opening the quote's sentence with a speech-act verb, else None."""
    opening = opening_mark(ctx.text, span.first_start)
    start = ctx.sentence_start(opening, ctx.paragraph_start(opening))
    before = ctx.pronouns.unquoted[start:opening]
    if before != ctx.text[start:opening]:
        return None  # another quotation earlier in the sentence: not read here
    subject = sentence_subject(before, ctx.index)
    if subject is None or subject.kind != "name" or not ctx.index.resolve_person(subject.speaker):
        return None
    inside = [m for m in ctx.pronouns.mentions if start <= m.start < opening]
    own = [m for m in inside if m.name == ctx.index.resolve_person(subject.speaker)]
    if not own or own[0] is not inside[0] or own[0].possessive:
        return None
    act = _ACT.match(ctx.text, own[0].end) or _PARTICIPLE.search(ctx.text, own[0].end, opening)
    if act is None:
        return None
    if act.re is _PARTICIPLE and words.cue_verb_pattern().search(
        ctx.text[own[0].end : act.start()]
    ):
        return None  # "Smith said the plan, accusing ...": a cue of its own, read elsewhere
    between = ctx.text[act.end() : opening]
    if _CITED.search(between) or words.cue_verb_pattern().search(between):
        return None  # "rejected claims by Howard that ...", "accused him of saying "...""
    if any(m.start >= act.end() and not m.possessive for m in inside):
        return None  # "praised Brown as ..." may go on to Brown's words: not read
    confidence = RULE_CONFIDENCE["act-before:name"]
    return Attribution(own[0].name, "name", act.group().split()[-1], "act-before:name", confidence)


def act_events(ctx: _Context, paragraph_at: Callable[[int], int]) -> list[Heard]:
    """People opening a sentence with a speech act that is no cue verb ("Menzies Campbell
    repeated his party's calls for ...", outside quotes): voices an uncued quote right after
    may carry on ("speech-before"), kept under the shown threshold."""
    found = []
    for mention in ctx.pronouns.mentions:
        if mention.possessive or not _ACT.match(ctx.text, mention.end):
            continue
        start = ctx.sentence_start(mention.start, 0)
        end = ctx.sentence_end(mention.end, len(ctx.text))
        if ctx.pronouns.unquoted[start:end] != ctx.text[start:end]:
            continue  # a quote inside the sentence is read by acting_subject alone
        subject = sentence_subject(ctx.pronouns.unquoted[start : mention.end], ctx.index)
        if subject is None or subject.kind != "name":
            continue
        if ctx.index.resolve_person(subject.speaker) != mention.name:
            continue
        confidence = RULE_CONFIDENCE["act-before:name"]
        found.append(Heard(mention.end, paragraph_at(mention.end), mention.name, confidence))
    return found
