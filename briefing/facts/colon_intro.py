"""Quotes introduced by a clause ending in a colon, with no cue verb of their own.

"Cruz called them on it: "...", "Bush had a message for his rivals: "..."": the clause
before the colon announces the quote, so its subject is the voice. The quote may open the
next paragraph ("Cruz continued the attack:" then the quote alone on its line).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.facts.quote_spans import opening_mark
from briefing.facts.speakers import Attribution, attribution, read_source, sentence_subject
from briefing.lang.en.speech import DETERMINERS

if TYPE_CHECKING:
    from briefing.facts.quote_spans import Span
    from briefing.facts.quotes import _Context


def colon_clause(ctx: _Context, span: Span) -> tuple[int, str] | None:
    """(offset, clause) of the clause announcing the quote with a colon, quotations
    blanked; None when the words just before the opening mark end in no colon."""
    opening = opening_mark(ctx.text, span.first_start)
    para_start = ctx.paragraph_start(opening)
    unquoted = ctx.pronouns.unquoted
    end = opening
    if not unquoted[para_start:opening].strip():
        if not span.from_start or para_start == 0:
            return None
        end = para_start  # the quote opens its paragraph: the paragraph before announces it
        para_start = ctx.paragraph_start(para_start - 1)
    before = unquoted[para_start:end].rstrip()
    if not before.endswith(":"):
        return None
    colon = para_start + len(before) - 1
    start = ctx.sentence_start(colon, para_start)
    return start, unquoted[start:colon]


# "Trump backed the idea, and NBC News has proof:": the clause nearest the colon announces
_LAST_CLAUSE = re.compile(r"(?:,\s+(?:and|but|while|then)|;)\s+(?=\S)")


def colon_subject(ctx: _Context, span: Span) -> Attribution | None:
    """The subject of the clause announcing an uncued quote with a colon, or None.

    Only a person the article names, a body or a he/she speaks: a noun subject ("The
    headline reads:", "A footnote makes that clear:") or a capitalised word no entity
    ("Transcript as follows:") leaves the quote to the other rules.
    """
    found = colon_clause(ctx, span)
    if found is None:
        return None
    start, clause = found
    pieces = _LAST_CLAUSE.split(clause)
    source = sentence_subject(pieces[-1] + " x", ctx.index) if len(pieces) > 1 else None
    if source is None and len(pieces) > 1 and pieces[-1].split()[0].lower() in DETERMINERS:
        return None  # "..., and the paper has the recording:": a noun of its own
    source = source or sentence_subject(clause + " x", ctx.index)
    if source is None and len(clause.split()) <= 10:
        # a transcript's label: "Former secretary of state Hillary Rodham Clinton:"
        source = read_source(clause, ctx.index)
    if source is None or source.kind == "nominal":
        return None
    if source.kind == "name" and ctx.index.resolve_person(source.speaker) is None:
        return None
    return attribution(source, "colon-intro", "context", ctx.pronouns, start + len(clause))
