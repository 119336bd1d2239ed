"""Direct quotes with their speakers and cue verbs.

Quote marks are paired per paragraph from their context (a mark after a space that
touches a word opens, one after a word closes), so straight, curly and guillemet marks
all work and one stray mark spoils at most its own quote. A quote left open at the end
of a paragraph continues into the next one when that one starts with a quote mark (the
newspaper convention), and the parts become one Quote.

Speakers, in order of preference:
* a cue next to the quote: ``"...," X said``, ``said X``, ``X, a role, told Y``,
  ``X said: "..."``, ``according to X``;
* the speaker of an earlier quote in the same paragraph (same cue);
* the last person heard in the previous paragraphs (cue ``context``).
Names resolve to full names through the entity index; "he"/"she" to the last person
named (not in a possessive or after a preposition); "the colonel" to the person whose
role holds that noun.

Scare quotes and quoted names ("passive", "Crimean Bridge 2") are not statements:
fewer than four words, or every longer word capitalised.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from briefing.facts.entities import EntityIndex
from briefing.lang.en.lexicon import CUE_VERB_PATTERN, STOP_CAPS
from briefing.lang.gazetteer import organizations, role_phrases
from briefing.models import Document, Quote

_MARK = re.compile(r"[\"“”„«»]")
_OPENERS, _CLOSERS = "“„", "”"
_NAME = r"(?:[A-Z][\w'’.\-]*\s+){0,3}[A-Z][\w'’\-]*"
_WHO = rf"(?P<who>{_NAME}|[Hh]e|[Ss]he|[Tt]he\s+(?:[\w.'’\-]+\s+){{0,3}}?[\w\-]+)"
_APPOSITION = r"(?:,\s[^,\"“”]{1,120},)?"
_ADVERB = r"(?:also\s+|later\s+|then\s+|has\s+|had\s+|once\s+again\s+)?"
_AFTER_NAME_FIRST = re.compile(
    rf"^\s*,?\s*{_WHO}{_APPOSITION},?\s+{_ADVERB}(?P<verb>{CUE_VERB_PATTERN})\b"
)
# "said economist Rui Tavares": lower-case role words may stand before the name.
_AFTER_VERB_FIRST = re.compile(
    rf"^\s*,?\s*(?P<verb>{CUE_VERB_PATTERN})\s+(?:[a-z][\w\-]*\s+){{0,3}}?{_WHO}"
)
# "chief executive Martin Hale said": lower-case role words before the name, verb after it.
_AFTER_ROLE_NAME = re.compile(
    rf"^\s*,?\s*(?P<role>(?:[a-z][\w\-]*\s+){{1,4}})(?P<who>{_NAME}),?\s+{_ADVERB}(?P<verb>{CUE_VERB_PATTERN})\b"
)
_SPEECH = re.compile(rf"(?<![\w\-]){_WHO}{_APPOSITION},?\s+{_ADVERB}(?P<verb>{CUE_VERB_PATTERN})\b")
# "He called the plan ... and added: ..." : the speaker is the sentence's subject.
_AND_VERB = re.compile(rf"\band\s+{_ADVERB}(?P<verb>{CUE_VERB_PATTERN})\b[^\"“”]{{0,40}}$")
_SUBJECT = re.compile(rf"^\s*{_WHO}\s")
_ACCORDING = re.compile(rf"\b(?P<verb>[Aa]ccording to)\s+{_WHO}")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)(?<![A-Z]\.\s)")
_MIN_WORDS = 4
_CONTEXT_REACH = 3  # paragraphs a speaker stays "current" for uncued quotes


@dataclass
class _Span:
    start: int  # offset of the text inside the marks, into Article.text
    end: int
    paragraph: int
    open_end: bool = False  # still open at the end of its paragraph
    parts: list[tuple[int, int]] = field(default_factory=list)  # earlier paragraphs' parts

    def body(self, text: str) -> str:
        pieces = [text[s:e].strip() for s, e in [*self.parts, (self.start, self.end)]]
        return " ".join(pieces).strip().rstrip(",").strip()


@dataclass
class _Heard:
    offset: int
    paragraph: int
    speaker: str


# ----------------------------------------------------------------- quote marks


def _mark_role(text: str, i: int) -> str:
    if text[i] in "«»":
        return "either"  # French and German use them in both directions, often spaced
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    opens = (before.isspace() or before in "([{—–-/:") and (after.isalnum() or after in "‘'(….—-[")
    closes = not before.isspace() and (after.isspace() or after in ".,;:!?)]}—–-")
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    glyph = text[i]
    if glyph in _OPENERS:
        return "open"
    if glyph in _CLOSERS:
        return "close"
    return "either"


def quote_spans(paragraph: str, base: int, index: int) -> list[_Span]:
    """Pair the quote marks of one paragraph; unpaired marks are skipped."""
    spans, open_at = [], None
    for match in _MARK.finditer(paragraph):
        role = _mark_role(paragraph, match.start())
        if role == "open" or (role == "either" and open_at is None):
            open_at = match.end()  # a second opener means the first one was stray
        elif open_at is not None:
            spans.append(_Span(base + open_at, base + match.start(), index))
            open_at = None
    if open_at is not None and open_at == 1:
        spans.append(_Span(base + open_at, base + len(paragraph), index, open_end=True))
    return spans


def _join_continued(spans: list[_Span], paragraph_starts: list[int]) -> list[_Span]:
    """An open-ended quote plus the quote opening the next paragraph are one quote."""
    joined: list[_Span] = []
    for span in spans:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.open_end
            and span.paragraph == last.paragraph + 1
            and span.start == paragraph_starts[span.paragraph] + 1
        ):
            last.parts.append((last.start, last.end))
            last.start, last.end = span.start, span.end
            last.open_end, last.paragraph = span.open_end, span.paragraph
            continue
        joined.append(_Span(span.start, span.end, span.paragraph, span.open_end))
    return joined


def is_statement(text: str) -> bool:
    """A quote worth listing: four or more words, not a capitalised title."""
    words = text.split()
    if len(words) < _MIN_WORDS:
        return False
    long_words = [w for w in words if len(w.strip(".,;:!?")) > 3]
    return not all(w[:1].isupper() or w[:1].isdigit() for w in long_words)


# ----------------------------------------------------------------- speakers


class _Speakers:
    """Turns the words of a cue ("he", "Lukashenko", "the colonel") into a speaker."""

    def __init__(self, index: EntityIndex):
        self.index = index
        self.mention_starts = [m.start for m in index.mentions]

    def last_person_before(self, offset: int) -> str | None:
        k = bisect.bisect_left(self.mention_starts, offset) - 1
        while k >= 0:
            mention = self.index.mentions[k]
            if not mention.possessive and not mention.after_preposition:
                return mention.name
            k -= 1
        return None

    def resolve(self, who: str, offset: int) -> str | None:
        words = who.split()
        while words and words[0] in STOP_CAPS and words[0] not in ("He", "She", "The"):
            words.pop(0)
        if not words:
            return None
        if words[0].lower() in ("he", "she") and len(words) == 1:
            return self.last_person_before(offset)
        if words[0].lower() == "the":
            noun = words[-1].lower()
            return self.index.person_with_role(noun) or None
        name = " ".join(words)
        person = self.index.resolve_person(name)
        if person:
            return person
        return organizations().get(name, name)


def _cue(
    text: str, span: _Span, para_start: int, para_end: int, since: int, who: _Speakers
) -> tuple[str, str] | None:
    """(speaker, cue verb) from the words right after or right before the quote."""
    after = text[span.end + 1 : min(para_end, span.end + 200)]
    for pattern in (_AFTER_NAME_FIRST, _AFTER_VERB_FIRST, _AFTER_ROLE_NAME):
        match = pattern.match(after)
        if match and (pattern is not _AFTER_ROLE_NAME or _names_a_role(match["role"])):
            speaker = who.resolve(match["who"], span.end + 1 + match.start("who"))
            if speaker:
                return speaker, match["verb"].lower()
    before_start = max(para_start, since, span.start - 240)
    before = text[before_start : span.start - 1]
    for pattern in (_SPEECH, _ACCORDING):
        matches = list(pattern.finditer(before))
        if not matches:
            continue
        match = matches[-1]
        tail = before[match.end() :]
        if _SENTENCE_END.search(tail) or len(tail) > 100:
            continue
        speaker = who.resolve(match["who"], before_start + match.start("who"))
        if speaker:
            return speaker, match["verb"].lower()
    match = _AND_VERB.search(before)
    if match:
        subject = _SUBJECT.match(_sentence_before(text, span.start, para_start))
        speaker = who.resolve(subject["who"], span.start) if subject else None
        if speaker:
            return speaker, match["verb"].lower()
    return None


def _names_a_role(words: str) -> bool:
    """True when the lower-case words before a name end in a role ("chief executive")."""
    tokens = words.split()
    roles = role_phrases()
    return any(" ".join(tokens[i:]) in roles for i in range(len(tokens)))


def _sentence_before(text: str, offset: int, para_start: int) -> str:
    """The text of the sentence that holds offset, up to offset."""
    head = text[para_start:offset]
    ends = list(_SENTENCE_END.finditer(head))
    return head[ends[-1].end() :] if ends else head


def _speech_events(text: str, starts: list[int], who: _Speakers) -> list[_Heard]:
    """Everyone heard in reported speech too ("Lukashenko said that ..."), for context."""
    heard = []
    for match in _SPEECH.finditer(text):
        speaker = who.resolve(match["who"], match.start("who"))
        if speaker and any(p.name == speaker for p in who.index.people):
            paragraph = bisect.bisect_right(starts, match.start()) - 1
            heard.append(_Heard(match.start(), paragraph, speaker))
    return heard


# ----------------------------------------------------------------- entry point


def extract_quotes(doc: Document, index: EntityIndex) -> list[Quote]:
    text = doc.article.text
    paragraph_starts, offset = [], 0
    for paragraph in doc.article.paragraphs:
        paragraph_starts.append(offset)
        offset += len(paragraph) + 2
    spans: list[_Span] = []
    for number, paragraph in enumerate(doc.article.paragraphs):
        spans += quote_spans(paragraph, paragraph_starts[number], number)
    spans = _join_continued(spans, paragraph_starts)
    who = _Speakers(index)
    heard = _speech_events(text, paragraph_starts, who)
    sentence_starts = [s.start for s in doc.sentences]
    quotes: list[Quote] = []
    paragraphs_of: list[int] = []  # the paragraph of each quote, for uncued follow-ups
    previous_end = 0
    for span in spans:
        para_start = paragraph_starts[span.paragraph]
        para_end = para_start + len(doc.article.paragraphs[span.paragraph])
        body = span.body(text)
        if not is_statement(body):
            previous_end = span.end + 1
            continue
        found = _cue(text, span, para_start, para_end, previous_end, who)
        if found is None:
            found = _from_context(
                span, list(zip(quotes, paragraphs_of, strict=True)), heard, who, para_start
            )
        previous_end = span.end + 1
        if found is None:
            continue
        speaker, cue = found
        first_start = span.parts[0][0] if span.parts else span.start
        sentence = max(bisect.bisect_right(sentence_starts, first_start) - 1, 0)
        quotes.append(Quote(body, speaker, cue, sentence))
        paragraphs_of.append(span.paragraph)
        bisect.insort(heard, _Heard(span.start, span.paragraph, speaker), key=lambda h: h.offset)
    return quotes


def _from_context(
    span: _Span,
    placed: list[tuple[Quote, int]],
    heard: list[_Heard],
    who: _Speakers,
    para_start: int,
) -> tuple[str, str] | None:
    """Speaker for a quote with no cue of its own."""
    same_paragraph = [q for q, paragraph in placed if paragraph == span.paragraph]
    if same_paragraph:
        return same_paragraph[-1].speaker, same_paragraph[-1].cue
    k = bisect.bisect_left(heard, span.start, key=lambda h: h.offset) - 1
    if k >= 0 and span.paragraph - heard[k].paragraph <= _CONTEXT_REACH:
        return heard[k].speaker, "context"
    if span.start == para_start + 1:
        person = who.last_person_before(span.start)
        if person:
            return person, "context"
    return None
