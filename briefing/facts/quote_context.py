"""Speakers of quotes with no cue of their own, read from the quotes and voices around.

A quote with no cue carries on the speaker of the previous quote of its paragraph, or
someone reported speaking in the sentence just before, or the last voice of the paragraph
before when it opens its own paragraph; a name or another voice between breaks the chain.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from briefing.facts.act_quotes import acting_subject
from briefing.facts.colon_intro import colon_subject
from briefing.facts.heard import Heard
from briefing.facts.quote_spans import opening_mark
from briefing.facts.speakers import RULE_CONFIDENCE, Attribution
from briefing.models import Quote

if TYPE_CHECKING:
    from briefing.facts.quote_spans import Span
    from briefing.facts.quotes import _Context


def _mentions_between(ctx: _Context, lo: int, hi: int, speaker: str) -> bool:
    """Is someone other than ``speaker`` named between two offsets (outside quotes)?

    Names in the rest of the sentence at ``lo`` ("..., said Griffin, an Obama backer.")
    belong to the attribution, not to a new voice.
    """
    lo = ctx.sentence_end(lo, hi)
    return any(lo <= m.start < hi and m.name != speaker for m in ctx.pronouns.mentions)


def _voice_between(ctx: _Context, heard: list[Heard], lo: int, hi: int, speaker: str) -> bool:
    """Is another voice reported between two offsets ("The National Union of Students
    argued ...")? Then a later uncued quote no longer carries on the earlier speaker."""
    lo = ctx.sentence_end(lo, hi)  # a pronoun's voice ("But he urged ...") is no new one
    # "the committee added ... The committee also said": the same nominal voice again
    same = speaker.lower()
    return any(
        lo <= h.offset < hi and h.speaker.lower() != same and h.kind != "pronoun" for h in heard
    )


def _inside_a_sentence(ctx: _Context, span: Span) -> bool:
    """Words of the quote's own sentence stand before its opening mark ('They may be
    content if it does not "close too many doors"'): the sentence has a subject of its
    own, so the quote need not carry on the paragraph's earlier speaker."""
    opening = opening_mark(ctx.text, span.first_start)
    before = ctx.text[ctx.sentence_start(opening, ctx.paragraph_start(opening)) : opening]
    return bool(re.search(r"\w", before))


def from_context(
    ctx: _Context,
    span: Span,
    placed: list[tuple[Span, Quote]],
    heard: list[Heard],
    para_start: int,
) -> Attribution | None:
    """Speaker for a quote with no cue of its own, or None (unattributed)."""
    previous = placed[-1] if placed else None
    introduced = colon_subject(ctx, span)
    if introduced is not None:
        return introduced
    # A quote running on over paragraphs is read where it opens.
    paragraph = ctx.paragraph_of(span.first_start)
    if previous and previous[0].paragraph == paragraph and previous[1].speaker:
        quote = previous[1]
        if not _mentions_between(
            ctx, previous[0].end, span.first_start, quote.speaker
        ) and not _voice_between(ctx, heard, previous[0].end, span.first_start, quote.speaker):
            rule = "same-paragraph-inside" if _inside_a_sentence(ctx, span) else "same-paragraph"
            confidence = min(quote.confidence, RULE_CONFIDENCE[rule])
            return Attribution(
                quote.speaker, quote.speaker_kind, quote.cue, rule, confidence, quote.speaker_text
            )
    k = bisect.bisect_left(heard, span.first_start, key=lambda h: h.offset) - 1
    if k >= 0:
        event = heard[k]
        sentence_start = ctx.sentence_start(opening_mark(ctx.text, span.first_start), para_start)
        previous_start = ctx.sentence_start(max(sentence_start - 2, 0), para_start)
        if (
            event.paragraph == paragraph
            and event.offset >= previous_start
            and not (previous and previous[0].end > event.offset)
            and not _mentions_between(ctx, event.offset, span.first_start, event.speaker)
        ):
            confidence = min(event.confidence, RULE_CONFIDENCE["speech-before"])
            return Attribution(event.speaker, event.kind, "context", "speech-before", confidence)
    if span.from_start:
        return _previous_paragraph_speaker(ctx, span, previous, heard[k] if k >= 0 else None)
    return acting_subject(ctx, span)


def _previous_paragraph_speaker(
    ctx: _Context, span: Span, previous: tuple[Span, Quote] | None, event: Heard | None
) -> Attribution | None:
    """A paragraph that opens with a quote continues the last voice of the paragraph before."""
    last: tuple[int, str, str, float] | None = None  # (offset, speaker, kind, confidence)
    paragraph = ctx.paragraph_of(span.first_start)
    if previous and previous[1].speaker and previous[0].paragraph == paragraph - 1:
        quote = previous[1]
        last = (previous[0].end, quote.speaker, quote.speaker_kind, quote.confidence)
    if event and event.paragraph == paragraph - 1 and (last is None or event.offset > last[0]):
        last = (event.offset, event.speaker, event.kind, event.confidence)
    if last is None:
        return None
    offset, speaker, kind, confidence = last
    if _mentions_between(ctx, offset, span.first_start, speaker):
        return None
    confidence = min(confidence, RULE_CONFIDENCE["next-paragraph"])
    return Attribution(speaker, kind, "context", "next-paragraph", confidence)


