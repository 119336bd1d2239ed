"""Direct quotes with their speakers, cue verbs and a confidence.

Quote marks are paired per paragraph from their context (a mark after a space that
touches a word opens, one after a word closes), so straight, curly and guillemet marks
all work and one stray mark spoils at most its own quote. Single marks ('...' and ‘...’,
British style) are paired outside double-quoted text, and an apostrophe ("don't",
"Jones'") is never taken for one. A quote left open at the end of a paragraph continues
into the next one when that one starts with a quote mark (the newspaper convention),
and the parts become one Quote.

Speakers (see briefing/facts/speakers.py for how a source phrase is read):

* a cue in the quote's own sentence: ``"...," X said``, ``said X``, ``X said: "...``,
  ``..., saying "...``, ``X called the plan "...``, ``according to X``;
* for a quote with no cue: the speaker of the previous quote of the same paragraph,
  someone reported speaking in the sentence just before, or the speaker of a quote that
  closes the previous paragraph (the new paragraph opening with the quote);
* otherwise the quote is kept unattributed (``speaker == ""``): never a guess.

Scare quotes and quoted names ("passive", "Crimean Bridge 2") are not statements:
fewer than four words, or every longer word capitalised.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from briefing.facts.act_quotes import act_events
from briefing.facts.aside_cues import aside_cue
from briefing.facts.cue_clauses import asked_person, cue_ends_tail, without_dashed_aside
from briefing.facts.dropped_marks import split_dropped_closings
from briefing.facts.entities import EntityIndex
from briefing.facts.opener_bodies import described_opener
from briefing.facts.org_evidence import full_body_name
from briefing.facts.pronouns import Pronouns
from briefing.facts.quote_checks import checked
from briefing.facts.quote_context import Heard, from_context
from briefing.facts.quote_seams import (
    OUTLET_REPORT_CONFIDENCE,
    inside_a_report,
    lost_full_stop,
    reports_the_sentence,
)
from briefing.facts.quote_spans import (
    Span,
    after_closing_mark,
    all_spans,
    opening_mark,
    quote_spans,
)
from briefing.facts.read_cues import read_cue
from briefing.facts.relative_cues import relative_cue
from briefing.facts.source_words import (
    according_at_end,
    after_quoted_words,
    before_role_apposition,
    sentence_ends,
)
from briefing.facts.speakers import (
    RELATIVE_ANTECEDENT,
    RULE_CONFIDENCE,
    Attribution,
    Source,
    attribution,
    read_source,
    sentence_subject,
    trailing_name,
)
from briefing.lang.en import speech as words
from briefing.lang.en.lexicon import TITLE_CASE_SMALL_WORDS
from briefing.lang.gazetteer import organizations, places
from briefing.models import Document, Quote

_MIN_WORDS = 4
# Quotes found only because single marks sit beside double ones in a paragraph (pasted
# one-line pages, captions glued in) stay in the JSON, below the page's 0.9: of the 44 such
# quotes that would have been shown on the 250 CNN/DM articles, 39 had the right speaker
# (88.6%, read by hand; the wrong ones: a caption name glued to the next, a 'She said'
# after another woman's quote).
MIXED_STYLE_CONFIDENCE = 0.85

# Below this confidence a speaker is not given at all (the guess stays in the evidence):
# the rules under it (pronouns with no gender hint after a quote, 64%) are guesses. Set on
# the even half of PolNeAR: speaker right 90.1% of attributed at 0.5, 91.8% at 0.7.
ATTRIBUTE_FLOOR = 0.7

_VERB = rf"(?P<verb>{words.CUE_VERBS_PATTERN})"
_ADV = rf"(?:(?:{words.ADVERBS})\s+)*"
_LEAD = r"^[\s,—–\-]*"
_AFTER_SOURCE_FIRST = re.compile(rf"{_LEAD}(?P<src>[^\"“”;:]{{1,160}}?)\s+{_ADV}{_VERB}\b")
_AFTER_VERB_FIRST = re.compile(rf"{_LEAD}{_ADV}{_VERB}\s+(?P<src>[^\"“”;:]{{1,160}})")
# '"...," if she lost, said David Wasserman': the quote's clause goes on, then inverts.
_AFTER_CLAUSE_THEN_VERB = re.compile(
    rf"{_LEAD}[^\"“”;:]{{1,160}}?,\s+{_ADV}{_VERB}\s+(?P<src>[^\"“”;:]{{1,160}})"
)
_AFTER_ACCORDING = re.compile(rf"{_LEAD}(?P<verb>according to)\s+(?P<src>[^\"“”;:]{{1,160}})")
_SOURCE_END = re.compile(
    r"\s(?:in|on|during|at|when|while|who|which|after|before|because|as|to|adding|noting|"
    r"referring|speaking|according|last|this|early|late|earlier|later|about|of\s+the\s+"
    r"(?:plan|bill|deal|decision|report))\s|[.!?]\s*$"
)
_BEFORE_CUE = re.compile(
    rf"(?P<src>[^\"“”;]{{1,160}}?)\s+{_ADV}{_VERB}(?P<tail>[^\"“”.!?;]{{0,90}}?)[,:]?\s*$"
)
_BEFORE_NAMING = re.compile(
    rf"(?P<src>[^\"“”;]{{1,160}}?)\s+{_ADV}(?P<verb>{words.NAMING_VERBS})"
    r"(?:\s+[\w'’\-]+){0,4}?(?:\s+as)?\s*$"
)
_BEFORE_ACCORDING = re.compile(r"\b(?P<verb>[Aa]ccording to)\s+(?P<src>[^\"“”;]{1,120}?),?\s*$")
_BEFORE_SAYING = re.compile(
    rf"(?:(?:,|\band|\bbut|\bby|\bwhile|\bbefore|\bafter)\s+{_ADV}(?P<verb>{words.CUE_PARTICIPLES}|{words.CUE_VERBS_PATTERN})"
    rf"|\b(?:is|was|were|are|been|kept|keeps)\s+{_ADV}(?P<verb2>{words.CUE_PARTICIPLES}))"
    r"(?:\s+\w+ly)?(?:\s+that)?(?P<tail>[^\"“”.!?;]{0,90}?)[,:]?\s*$"
)
# "Spiegel quoted Finance Minister Johan Van Overtveldt as saying that ... was 'out of ...'".
_BEFORE_QUOTED_AS = re.compile(
    r"\bquot(?:ed|es|ing)\s+(?P<src>[^\"“”;]{1,80}?)\s+as\s+(?P<verb>saying|telling|writing)"
    r"(?P<tail>[^\"“”.!?;]{0,80}?)[,:]?\s*$"
)
# '"...," the agency quoted plant manager Ivo Rask as saying.', '"...," the paper quotes a
# source close to the firm.': the one quoted speaks, not the publication.
_AFTER_QUOTED = re.compile(
    rf"{_LEAD}[^\"“”;:,]{{1,60}}?\s+(?P<verb>quoted|quotes)\s+(?P<src>[^\"“”;:]{{1,100}}?)"
    r"(?:\s+as\s+(?:saying|telling|writing)\b|\s*[.,]|\s*$)"
)
# 'Mr Houston was quoted in the Herald newspaper saying: "...': the one quoted speaks.
_BEFORE_WAS_QUOTED = re.compile(
    r"(?:^|[.!?]\s+)(?P<src>[^\"“”;.!?]{1,80}?)\s+(?:was|were|has\s+been|had\s+been)\s+"
    r"quoted(?:\s+(?:in|by)\s+[^\"“”;.!?]{1,60}?)?\s+(?:as\s+)?(?:saying|telling\s+\w+)[:,]?\s*$"
)
# "Plus.net also backed the proposals saying "...": a participle with no comma before it
_BEFORE_BARE_SAYING = re.compile(r"\w\s+(?P<verb>saying|adding|warning)(?:\s+that)?[,:]?\s*$")
_WITH_SAYING = re.compile(
    r"\bwith\s+(?P<src>(?:an?|the|its|his|her|their)\s+[^,;:\"“”]{1,60}?)\s+"
    r"(?P<verb>saying|adding|warning)(?:\s+that)?[:,]?\s*$"
)
# "when he sported a moustache" before "and asked:": an adverbial clause with its own
# subject, running (no comma) up to the cue verb.
_ADVERBIAL_CLAUSE = re.compile(
    r"\b(?:[Ww]hen|[Ww]hile|[Ww]hilst|[Aa]fter|[Bb]efore|[Bb]ecause|[Ss]ince|[Uu]ntil|[Oo]nce|"
    r"[Ww]henever)\s+(?P<rest>(?:he|she|they|we|I|[A-Z][\w'’.\-]*|(?:the|a|an)\s+[a-z]+)\s[^,;:\"“”]+)$"
)  # a subject must follow: "after her arrest and added:" is a preposition's phrase
_PASSIVE = re.compile(r"\b(?:is|was|were|are|been|be|being)\s*$", re.IGNORECASE)
_ENDS_IN_CUE = re.compile(rf"(?P<src>[^\"“”;]{{1,160}}?)\s+{_ADV}{_VERB}\s*$")
_THEN_ACCORDING = re.compile(r"^[^.;:\"“”]{0,40}?,\s*according to\s+(?P<src>[^\"“”;:]{1,120})")
_TAIL_OK = re.compile(
    r"^(?:\s+(?:that|of|to|in|on|at|reporters|the|a|an|[A-Z][\w.]*(?:['’]s)?|\w+|[-—–]\s+that))*\s*$"
)


def is_statement(text: str) -> bool:
    """A quote worth listing: four or more words, not a capitalised title."""
    tokens = text.split()
    if len(tokens) < _MIN_WORDS:
        return False
    # "This Week with George Stephanopoulos": a title keeps its small words in lower case
    # (and has no comma inside: "Thank you, and may The Force be with you" is a sentence)
    small = TITLE_CASE_SMALL_WORDS if "," not in text.rstrip(",.!? ") else frozenset()
    long_words = [w for w in tokens if len(w.strip(".,;:!?")) > 3 and w not in small]
    return not all(w[:1].isupper() or w[:1].isdigit() for w in long_words)


# ----------------------------------------------------------------- cues


# A cue whose source cannot be named: the quote stays unattributed, never a nearby guess.
_UNREADABLE = Attribution("", "", "", "cue with an unreadable source", 0.0)
# '"...," Tom Ray, who ... for the last ten years at the firm, said': a cue after the quote
# whose long source cannot be read; a cue before the quote may still name the speaker, but
# no earlier voice may take it.
_UNREADABLE_LONG = Attribution("", "", "", "cue after with a long unreadable source", 0.0)


@dataclass
class _Context:
    text: str
    index: EntityIndex
    pronouns: Pronouns
    ends: list[int]  # sentence ends, sorted
    paragraph_starts: list[int]  # the Document's, sorted

    def sentence_start(self, offset: int, floor: int) -> int:
        k = bisect.bisect_right(self.ends, offset) - 1
        return max(floor, self.ends[k] if k >= 0 else 0)

    def paragraph_of(self, offset: int) -> int:
        return max(bisect.bisect_right(self.paragraph_starts, offset) - 1, 0)

    def paragraph_start(self, offset: int) -> int:
        k = bisect.bisect_right(self.paragraph_starts, offset) - 1
        return self.paragraph_starts[k] if k >= 0 else 0

    def sentence_end(self, offset: int, ceiling: int) -> int:
        k = bisect.bisect_right(self.ends, offset)
        return min(ceiling, self.ends[k] if k < len(self.ends) else ceiling)


def _source_after_verb(src: str) -> str:
    """ "John Smith, a spokesman, in a statement on Monday" -> "John Smith, a spokesman"."""
    cut = _SOURCE_END.search(src)
    return src[: cut.start()] if cut else src


def _cue_after(
    ctx: _Context, span: Span, ceiling: int, late: bool = False
) -> Attribution | None:
    """The cue after the closing mark in the quote's sentence; ``late``: in the sentence
    after a quote that ends its own ('"We won." Smith said.'), read only when no cue
    before the quote claimed it."""
    text = ctx.text
    start = after_closing_mark(text, span.end)
    k = bisect.bisect_left(ctx.ends, start)
    closes_sentence = k < len(ctx.ends) and ctx.ends[k] == start  # '"...criminals?" The'
    # "...'impressive skills.'' Deputy minister Mardas said that ...": a nested mark
    # closes first; the quote still ended its sentence.
    closes_sentence = closes_sentence or bool(
        re.search(r"[.!?]['’\"”]?$", text[span.start : span.end].rstrip())
        and re.match(r"['’\"”]?\s+[A-Z]", text[start : start + 4])
    )
    if late != closes_sentence:
        return None
    end = ctx.sentence_end(start, ceiling)
    after = text[start:end]
    if late and (":" in after or not re.search(r"[.!?]\s*$|^\s*\S[^.]*$", after)):
        return None
    quoted = None if late else _AFTER_QUOTED.match(after)
    if quoted:
        source = read_source(quoted["src"], ctx.index, subject_last=False)
        if source is not None:
            return attribution(source, "cue-after", "quoted", ctx.pronouns, start)
    read = None if late else read_cue(after)
    if read:  # '"...," read a statement from the firm': the text's author, or the text
        phrase, author, verb = read
        source = read_source(author, ctx.index, subject_last=False) if author else None
        if source is None or source.kind == "pronoun":
            source = Source(phrase, "nominal")
        found = attribution(source, "cue-after", verb, ctx.pronouns, start)
        return found if found.speaker else _UNREADABLE
    for pattern, rule, subject_last in (
        (_AFTER_ACCORDING, "according-to", False),
        (_AFTER_VERB_FIRST, "cue-after", False),
        (_AFTER_CLAUSE_THEN_VERB, "cue-after", False),
        (_AFTER_SOURCE_FIRST, "cue-after", True),
    ):
        match = pattern.match(after)
        if not match:
            continue
        if late and subject_last and not _bare_attribution(after[match.end() :]):
            return None  # "Eleanor Scott said she was pleased ...": her own statement
        if late and subject_last and _opens_with_clause(match["src"], ctx.index):
            return None  # "The sale has bought time ..., analysts said.": their own statement
        if pattern is _AFTER_CLAUSE_THEN_VERB:
            found = _inverted_after_clause(ctx, match, start)
            if found:
                return found
            continue
        src = match["src"] if subject_last else _source_after_verb(match["src"])
        if subject_last:  # '"...," Andrei Illarionov - then adviser to Putin - told'
            src = without_dashed_aside(src)
        according = _THEN_ACCORDING.match(after[match.end() :])
        if according:  # '"...," Smith said, according to CNN': CNN is the source
            src, subject_last, rule = _source_after_verb(according["src"]), False, "according-to"
        if subject_last and words.opens_other_clause(src):
            return None  # 'said he was "...", but insisted', '"...," while X suggested'
        if subject_last and lost_full_stop(text[span.start : span.end], after[match.end() :],
                                         text[start : start + 3]):
            return _UNREADABLE
        source = read_source(src, ctx.index, subject_last=subject_last)
        opener = text[ctx.sentence_start(span.first_start, 0) : opening_mark(text, span.start)]
        source = source and described_opener(opener, source, ctx.index) or source
        if subject_last and "," in src and (source is None or source.kind == "nominal"):
            # '"...," Richard Doherty, from Panasonic's labs, one of the pioneers of Blu-ray,
            # told the BBC': the first part naming someone is the subject.
            named = _apposition_subject(src, ctx.index)
            if named is not None and (source is None or named.kind == "name"):
                source = named
        if source is None:
            if not subject_last or len(src.split()) <= 6:
                return _UNREADABLE  # a cue verb right after the quote, a source we cannot name
            if not late:  # a long one: the quote still has a voice of its own, if any
                return _UNREADABLE_LONG
            continue
        found = attribution(source, rule, match["verb"].lower(), ctx.pronouns, start)
        if late:
            found.confidence = round(found.confidence * 0.9, 2)
        if subject_last and reports_the_sentence(match["verb"], text[
                ctx.sentence_start(span.first_start, 0) : span.first_start]):
            found.confidence = min(found.confidence, OUTLET_REPORT_CONFIDENCE)
        return found
    source = None if late else read_source(according_at_end(after), ctx.index, False)
    ok = source is not None and source.kind in ("name", "nominal", "organization")
    return attribution(source, "according-to", "according to", ctx.pronouns, start) if ok else None


def _opens_with_clause(src: str, index: EntityIndex) -> bool:
    """The words before a late cue's subject are a statement of their own, not an apposition
    ("The Green spokeswoman, Eleanor Scott," is one): the first comma part names nobody."""
    first = src.split(",")[0]
    return "," in src and read_source(first, index) is None


def _apposition_subject(phrase: str, index: EntityIndex) -> Source | None:
    """ "Paul Randle, Microsoft product manager," -> Paul Randle: in a subject set off by
    appositions the first part naming someone speaks. Settings ("In a statement,") and
    participles ("Welcoming the ruling,") before it are stepped over; "The minister, Kim
    Howells," gives the name; a lower-case apposition reached first ends the search."""
    parts = [p.strip() for p in phrase.split(",") if p.strip()]
    for k, part in enumerate(parts):
        part = re.sub(r"^(?:But|And|Yet|So|Also|Still|Then)\s+", "", part)  # "But Tony Banks"
        first = part.split()[0]
        if first.lower() in words.SETTING_PREPOSITIONS or first in words.SPEAKER_OPENERS or (
            re.fullmatch(r"[A-Z][a-z]+ing", first)
        ):
            continue
        if part[:1].islower():
            return None
        source = read_source(part, index)
        if source is None or _is_place(source, index):
            continue  # "Speaking in Berea, OH,", "In Blackpool, Lancashire,": where
        for later in parts[k + 1 :] if source.kind == "nominal" else ():
            named = read_source(later, index)
            if named and named.kind == "name" and (
                index.resolve_person(named.speaker) or " " in named.speaker
            ):
                return named
        return source
    return None


def _is_place(source: Source, index: EntityIndex) -> bool:
    """A part that names a place, or one word the article knows as no person."""
    if source.kind == "organization":
        return source.speaker in places() and source.speaker not in organizations()
    one_word = source.kind == "name" and len(source.speaker.split()) == 1 and not source.role
    return one_word and index.resolve_person(source.speaker) is None  # "Lord Bach" is titled


# "..." Clinton, and said he "...": the end of an earlier clause, then a second verb.
_AFTER_AN_OBJECT = re.compile(r"^[^,]{1,60},\s*(?:and|but)\s*$")


def _finite_after_comma(match: re.Match[str]) -> bool:
    """ "..., added:" (a finite cue verb right after a comma), not "..., adding"."""
    verb = match["verb"]
    return bool(verb) and match.group().lstrip().startswith(",") and not re.fullmatch(
        words.CUE_PARTICIPLES, verb
    )


def _bare_attribution(rest: str) -> bool:
    """What follows the verb of a sentence that only attributes the quote before it
    ("Smith said." / "Smith said on Monday."), not a statement of its own."""
    tokens = rest.split()
    first = tokens[0].lower() if tokens else ""
    if first in words.DETERMINERS and len(tokens) > 4:
        return False  # "said the ban was welcome" (but "told the court." attributes)
    if any(t.lower().strip(".,;") in words.FINITE_AUXILIARIES for t in tokens[1:]):
        return False  # "said Downing Street had no comment": a clause of its own
    return len(tokens) <= 8 and not re.search(r"[\"“”]", rest) and first not in words.CLAUSE_OPENERS


def _inverted_after_clause(ctx: _Context, match: re.Match[str], offset: int) -> Attribution | None:
    """The speaker of '"...," if she lost, said X': a name right after the verb, or None."""
    verb = match["verb"].lower()
    if verb in words.ADDRESSEE_VERBS:
        return None  # "..., told Fox News": the one spoken to
    source = read_source(_source_after_verb(match["src"]), ctx.index, subject_last=False)
    if source is None or source.kind != "name":
        return None
    return attribution(source, "cue-after", verb, ctx.pronouns, offset)


def _cue_before(ctx: _Context, span: Span, floor: int) -> Attribution | None:
    """The cue before the opening mark in the quote's sentence. "According to an advance
    text, he told delegates: "..."": a cue of its own after the according-to phrase speaks
    first, when it names someone; else the according-to source does."""
    found = _cue_before_reading(ctx, span, floor, according=False)
    if found is not None and found.speaker:
        return found
    return _cue_before_reading(ctx, span, floor)


def _cue_before_reading(
    ctx: _Context, span: Span, floor: int, according: bool = True
) -> Attribution | None:
    text = ctx.text
    opening = opening_mark(text, span.first_start)
    start = ctx.sentence_start(opening, floor)
    aside = text.rfind("(", start, opening)
    if aside >= 0 and ")" not in text[aside:opening] and text[aside + 1 : opening].strip():
        start = aside + 1  # "... (Lemkin once said, "...")": the aside is a sentence of its own
    before = text[start:opening]
    if not before.strip():
        return None
    match = _BEFORE_ACCORDING.search(before)
    if match and not according and "," in match["src"] and words.cue_verb_pattern().search(
        match["src"].split(",", 1)[1]
    ):
        match = None  # "According to an advance text, he told delegates: "...": his words
    elif not according:
        return None  # read once, as it stands
    if match:
        source = read_source(match["src"], ctx.index, subject_last=False)
        if source:
            return attribution(source, "according-to", "according to", ctx.pronouns, start)
    match = _BEFORE_QUOTED_AS.search(before) or _BEFORE_WAS_QUOTED.search(before)
    if match:
        source = read_source(match["src"], ctx.index, subject_last=True)
        if source and source.kind in ("name", "organization"):
            return attribution(source, "cue-before", "quoted as saying", ctx.pronouns, start)
    match = _BEFORE_SAYING.search(before)
    if match and cue_ends_tail(match["tail"] or ""):
        # "Telford added it was hard to answer when people asked "...": the nearest cue,
        # with a subject of its own, governs the quote.
        return _UNREADABLE
    if match and _finite_after_comma(match):
        # "Paul Randle, Microsoft product manager, responded:": a plain cue, the subject
        # and its appositions before the comma.
        subject = before[: match.start()]
        inverted = re.match(r"\s+([^,]+),\s", match["tail"] or "")
        # "Tory leader Michael Howard, said John Reid, was": the verb's own subject follows
        source = read_source(inverted.group(1), ctx.index, False) if inverted else None
        if source is None or source.kind == "pronoun":
            source = _apposition_subject(subject, ctx.index) or read_source(subject, ctx.index)
        if source:
            offset = start + match.start("verb")
            return attribution(source, "cue-before", match["verb"].lower(), ctx.pronouns, offset)
    if match:
        # "Spicer said, adding, ..." is Spicer's; otherwise the sentence's subject speaks.
        # Read with quotations blanked: '"Everything [Comey] said is ...," Giuliani said in
        # an interview, adding that "...' is Giuliani's, not a "Comey said, adding".
        unquoted = ctx.pronouns.unquoted
        opening_of_sentence = ctx.sentence_start(opening, ctx.paragraph_start(opening))
        lead = unquoted[opening_of_sentence : start + match.start()]
        inner = _ADVERBIAL_CLAUSE.search(lead)
        if inner and match.group().lstrip().startswith("and"):
            # "When Trump referred to ... and said he would "...": the verb after "and"
            # is the clause's own subject's. Inside a report ("Schulberg told the magazine
            # that ... when he sported a moustache and asked: "...") it is not the
            # sentence subject's either, and a pronoun there is left unread.
            opens = not re.search(r"\w", lead[: inner.start()])
            reported = bool(words.cue_verb_pattern().search(lead[: inner.start()]))
            source = sentence_subject(inner["rest"] + " x", ctx.index)
            if (opens or reported) and source is not None and source.kind == "name":
                return attribution(source, "saying", match["verb"].lower(), ctx.pronouns, start)
            described = re.match(r"(?:the|a|an)\s", inner["rest"])
            if reported or described or (source is not None and source.kind == "name"):
                # "Capra was the butt of a gaffe when the host opened the envelope and
                # declared "...": the verb may be the clause's subject's or the sentence's.
                return _UNREADABLE
        said = _ENDS_IN_CUE.search(unquoted[start : start + match.start()])
        source = read_source(said["src"], ctx.index) if said else None
        # The subject may stand before an earlier quote of the same sentence.
        subject_text = unquoted[opening_of_sentence : start + match.start()] + " x"
        source = source or sentence_subject(subject_text, ctx.index)
        if source and source.kind != "nominal":  # a noun subject is rarely the speaker
            verb = (match["verb"] or match["verb2"]).lower()
            return attribution(source, "saying", verb, ctx.pronouns, start)
        if source and source.detail == "" and before.rstrip().endswith(":"):
            # "The memo also expresses concern ..., saying: '...'": the quote has a source
            # of its own, so no earlier voice may take it.
            return _UNREADABLE
    for pattern in (_BEFORE_CUE, _BEFORE_NAMING):
        match = pattern.search(before)
        nested = None
        while match and words.cue_verb_pattern().search(match.groupdict().get("tail") or ""):
            # "he insisted the President had said the relationship was '...'": the nearest
            # cue verb before the quote governs it.
            nested = nested or match
            match = pattern.search(before, match.start("tail"))
        if not match or not _TAIL_OK.match(match.groupdict().get("tail") or ""):
            continue
        if _AFTER_AN_OBJECT.match(match["src"]) and start > ctx.sentence_start(
            opening, ctx.paragraph_start(opening)
        ):
            # 'His spokeswoman challenged the claim that he had "attacked" Clinton, and said
            # he "...': the words after an earlier quote end its clause (an object), and the
            # verb after ", and" is the sentence subject's, before that quote.
            return _UNREADABLE
        if _PASSIVE.search(match["src"]):
            # "she was told: '...'", "Buhecha ... was called '...' by the judge": the one
            # spoken to or named, not the voice, and no earlier voice may take the quote.
            return _UNREADABLE
        source = read_source(match["src"], ctx.index, subject_last=True)
        if source is None and before.rstrip().endswith(":"):
            # "...stripped of his title in 2012 Chief executive Ross McEwan said:" (a
            # caption glued on): the role and name just before the verb still speak.
            src = before_role_apposition(match["src"])  # "Bob Neill, leader of the X,"
            source = read_source(trailing_name(src), ctx.index, subject_last=True)
        if source:
            offset = start + match.start("verb")
            if nested is not None and source.kind in ("organization", "nominal"):
                # "Mr Straw said the US had agreed to talks after '...'": a body or noun
                # inside a person's report is no sure voice; neither is the person.
                outer = read_source(nested["src"], ctx.index, subject_last=True)
                if outer is not None and outer.kind in ("name", "pronoun"):
                    return _UNREADABLE
            return attribution(source, "cue-before", match["verb"].lower(), ctx.pronouns, offset)
    match = aside_cue(before)  # "The plan, Jo Pruitt said, would be "...""
    source = read_source(match["src"], ctx.index) if match else None
    if match and source is not None and source.kind in ("name", "pronoun"):
        verb = match["verb"].lower()
        return attribution(source, "cue-before", verb, ctx.pronouns, start + match.start("verb"))
    match = _WITH_SAYING.search(before)
    if match:  # "Downing Street defended it, with a spokesperson saying:": the spokesperson
        source = read_source(match["src"], ctx.index, subject_last=True)
        if source is not None and source.kind in ("name", "nominal", "organization"):
            return attribution(source, "cue-before", match["verb"], ctx.pronouns, start)
    match = _BEFORE_BARE_SAYING.search(before)
    if match:  # the sentence's subject speaks; if it cannot be read, no earlier voice may
        source = sentence_subject(before[: match.start() + 1] + " x", ctx.index)
        if source is None or source.kind == "nominal":
            return _UNREADABLE
        return attribution(source, "saying", match["verb"], ctx.pronouns, start)
    return None


# ----------------------------------------------------------------- uncued quotes


def _speech_events(ctx: _Context, quoted: list[tuple[int, int]], doc: Document) -> list[Heard]:
    """People reported speaking outside quotes ("Smith said the plan was rushed.")."""
    heard = []
    text = ctx.text
    spans = sorted(quoted)
    quote_starts = [s for s, _ in spans]
    for match in words.cue_verb_pattern().finditer(text):
        k = bisect.bisect_right(quote_starts, match.start()) - 1
        if k >= 0 and spans[k][0] <= match.start() < spans[k][1]:
            continue
        start = ctx.sentence_start(match.start(), 0)
        src = text[max(start, match.start() - 160) : match.start()].lstrip()
        if not src or "\n" in src:
            continue
        if match.group().lower() in words.ADDRESSEE_VERBS and _PASSIVE.search(src):
            continue  # "students who were told": the ones spoken to
        source = read_source(after_quoted_words(src) or asked_person(src, ctx.index), ctx.index)
        inverts = match.group().lower() not in words.ADDRESSEE_VERBS
        unnamed = source is None or (source.kind == "nominal" and not source.detail)
        if unnamed and inverts and src.rstrip().endswith(","):  # "..., said Wilcox."
            # The clause before may hold quoted words ('"take our country back" ..., said X'),
            # or read as a noun phrase ("the important thing was the content, said X").
            after = text[match.end() : ctx.sentence_end(match.end(), len(text))]
            if not re.search(r"[\"“”\n]", after):
                inverted = read_source(_source_after_verb(after), ctx.index, subject_last=False)
                if source is None or (inverted and inverted.kind == "name"):
                    source = inverted
        if source is not None and source.kind == "nominal" and not source.detail:
            # "A spokeswoman for X said ...": a voice a later "she" may mean, but not a
            # name an uncued quote could be given to.
            asked = match.group().lower() in words.QUESTION_VERBS
            ctx.pronouns.hear_nominal(match.start(), source.speaker, unnamed=not asked)
            # It ends the earlier speaker's run; a spokesman's also carries on to the quote.
            phrase = re.sub(rf"\s+(?:{words.ADVERBS})$", "", source.speaker)  # "... also"
            head = re.split(r"\s(?:for|of|at|from|who|which)\s", phrase)[0].split()
            spokes = head[-1].lower() in words.SPOKES_NOUNS  # "A spokesman later said"
            voice = RULE_CONFIDENCE["cue-before:nominal"] if spokes else 0.0
            paragraph = doc.paragraph_at(match.start())
            heard.append(Heard(match.start(), paragraph, phrase, voice, "nominal"))
            continue
        if source is None or inside_a_report(src, source.speaker):
            continue
        found = attribution(source, "cue-before", match.group(), ctx.pronouns, match.start())
        if found.speaker and not _inside_another_report(ctx, heard, match.start(), found):
            paragraph = doc.paragraph_at(match.start())
            heard.append(
                Heard(match.start(), paragraph, found.speaker, found.confidence, found.kind)
            )
            ctx.pronouns.hear(match.start(), found.speaker, found.kind == "organization")
    return heard


# ----------------------------------------------------------------- entry point


def extract_quotes(doc: Document, index: EntityIndex) -> list[Quote]:
    """Every statement-like quote; ``speaker`` is "" where no speaker is sure enough."""
    text = doc.article.text
    starts = doc.paragraph_starts
    ends = sentence_ends(text)
    spans = split_dropped_closings(all_spans(doc), text, index, ends)
    quoted = [part for span in spans for part in [*span.parts, (span.start, span.end)]]
    ctx = _Context(text, index, Pronouns(text, index, quoted, ends), ends, starts)
    heard = sorted(_speech_events(ctx, quoted, doc) + act_events(ctx, doc.paragraph_at),
                   key=lambda h: h.offset)
    placed: list[tuple[Span, Quote]] = []
    listed: list[Quote] = []
    for number, span in enumerate(spans):
        body = span.body(text)
        statement = is_statement(body)
        para_start = starts[span.paragraph]
        first_para = doc.paragraph_at(span.first_start)
        floor = max(starts[first_para],
                    after_closing_mark(text, spans[number - 1].end) if number else 0)
        following = (opening_mark(text, spans[number + 1].first_start) if number + 1 < len(spans)
                     else len(text))
        ceiling = min(para_start + len(doc.article.paragraphs[span.paragraph]), following)
        found = _cue_after(ctx, span, ceiling)
        if not statement:
            # '"They'd be wrong," Briggs said. "The reality is ...": a short quote is not
            # listed, but its cue names the voice the uncued quote after it continues.
            if found is not None and found.speaker and found.confidence >= ATTRIBUTE_FLOOR:
                placed.append((span, _quote(body, found, doc.sentence_at(span.first_start), span)))
            continue
        found = _relative_cue(ctx, span, floor) or found
        if found is _UNREADABLE_LONG:
            found = _cue_before(ctx, span, floor) or found
        found = found or _cue_before(ctx, span, floor) or _cue_after(ctx, span, ceiling, True)
        if found is None:
            found = from_context(ctx, span, placed, heard, starts[first_para])
        sentence = doc.sentence_at(span.first_start)
        quote = checked(_quote(body, found, sentence, span))  # speaker named inside it?
        if span.mixed_style and quote.confidence > MIXED_STYLE_CONFIDENCE:
            quote = replace(quote, confidence=MIXED_STYLE_CONFIDENCE)
        if listed and _halves_of_one_quote(listed[-1], quote):
            quote = replace(quote, confidence=min(quote.confidence, listed[-1].confidence))
        if quote.speaker_kind == "organization":  # "the NAO" -> "National Audit Office"
            quote = replace(quote, speaker=full_body_name(quote.speaker, text))
        placed.append((span, quote))
        listed.append(quote)
        if quote.speaker and quote.speaker_kind == "nominal":
            ctx.pronouns.hear_nominal(span.end, quote.speaker)
        elif quote.speaker:
            # "Weitz said he had visited Pullman, who told him ... "...". He added:": the
            # sentence stays Weitz's report, so he is the voice a "he" after it means.
            outer = _inside_another_report(ctx, heard, span.first_start, quote)
            ctx.pronouns.hear(span.end, outer or quote.speaker,
                              not outer and quote.speaker_kind == "organization")
    return listed


def _inside_another_report(
    ctx: _Context, heard: list[Heard], offset: int, found: Quote | Attribution
) -> str:
    """ "Weitz said he had visited Pullman, who had told him that ... "...". He added:": the
    words in the relative clause are Pullman's, but the sentence is Weitz's report, and a
    "he" after it still means Weitz: the person whose report it is, else ""."""
    if RELATIVE_ANTECEDENT not in found.evidence:
        return ""
    start = ctx.sentence_start(offset, 0)
    outer = [h.speaker for h in heard if start <= h.offset < offset
             and h.speaker != found.speaker and h.kind == "name"]
    return outer[-1] if outer else ""


def _relative_cue(ctx: _Context, span: Span, floor: int) -> Attribution | None:
    """ "a bill which critics claim would allow euthanasia "...", the minister said": the
    relative clause's cue governs the quote inside it, before any cue after the quote."""
    opening = opening_mark(ctx.text, span.first_start)
    start = ctx.sentence_start(opening, floor)
    match = relative_cue(ctx.text[start:opening])
    source = read_source(match["src"], ctx.index, subject_last=True) if match else None
    if match is None or source is None:
        return None
    if source.kind == "nominal" and (len(match["src"].split()) > 4 or any(
        w.endswith("ed") for w in match["src"].split()
    )):
        return None  # "The report that the committee published said": no noun phrase
    offset = start + match.start("verb")
    return attribution(source, "cue-before", match["verb"].lower(), ctx.pronouns, offset)


def _halves_of_one_quote(before: Quote, after: Quote) -> bool:
    """ '"The market is crowded," he said, "and the rest are alike."': both halves hang on
    one pronoun cue, read once as after the first half and once as before the second; the
    second may not be surer than the first (review15 saw it shown with the first held)."""
    return (before.sentence == after.sentence and before.speaker == after.speaker != ""
            and before.speaker_kind == after.speaker_kind == "pronoun")


def _quote(body: str, found: Attribution | None, sentence: int, span: Span) -> Quote:
    if found is None:
        return Quote(body, "", "", sentence, 0.0, "no cue", "", span.first_start, span.end)
    if not found.speaker or found.confidence < ATTRIBUTE_FLOOR:
        guess = f"; best guess {found.speaker}" if found.speaker else ""
        evidence = f"unattributed: {found.evidence} ({found.confidence:.2f}{guess})"
        return Quote(
            body, "", found.cue, sentence, 0.0, evidence, found.kind, span.first_start, span.end
        )
    return Quote(
        body,
        found.speaker,
        found.cue,
        sentence,
        found.confidence,
        found.evidence,
        found.kind,
        span.first_start,
        span.end,
        found.speaker_text,
    )


__all__ = ["Source", "extract_quotes", "is_statement", "quote_spans"]
