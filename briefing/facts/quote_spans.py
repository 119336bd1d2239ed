"""Where the quotations of an article are: quote marks paired into spans, paragraph by
paragraph, with continued quotes joined across paragraphs (used by ``facts.quotes``).

Double marks are paired by ``lang.quotes``; single marks ('...', ‘...’) by
``facts.single_marks``, used where a paragraph has no double quotes, where a single-quoted
quote holds double-quoted words (British style), or where it stands clear of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from briefing.facts.single_marks import single_mark_pairs
from briefing.lang.quotes import DOUBLED_APOSTROPHES, QUOTE_MARKS, pair_quote_marks, reopens
from briefing.models import Document


@dataclass
class Span:
    """A quotation's text inside its marks, with the parts of earlier paragraphs it continues."""


    start: int  # offset of the text inside the marks, into Article.text
    end: int
    paragraph: int
    open_end: bool = False  # still open at the end of its paragraph
    parts: list[tuple[int, int]] = field(default_factory=list)  # earlier paragraphs' parts
    from_start: bool = False  # opens its paragraph
    mixed_style: bool = False  # single-marked in a paragraph that also uses double marks

    def body(self, text: str) -> str:
        pieces = [text[s:e].strip() for s, e in [*self.parts, (self.start, self.end)]]
        return " ".join(pieces).strip().rstrip(",").strip()

    @property
    def first_start(self) -> int:
        return self.parts[0][0] if self.parts else self.start


def quote_spans(paragraph: str, base: int, index: int) -> list[Span]:
    """The quotations of one paragraph, marks paired by ``lang.quotes``; the last may be
    left open (``open_end``). Without double marks, single ones are paired instead."""
    pairs = pair_quote_marks(paragraph)
    spans = []
    reopened: list[tuple[int, int]] = []  # parts of a quote reopened after a sentence end
    for number, p in enumerate(pairs):
        if p.complete:
            first = reopened[0][0] - base if reopened else p.opened + 1
            span = Span(base + p.opened + 1, base + p.closed, index,
                        from_start=opens_paragraph(paragraph, first))
            span.parts, reopened = reopened, []
            spans.append(span)
        elif (p.opened >= 0 and number + 1 < len(pairs)
              and pairs[number + 1].opened >= 0
              and reopens(paragraph, p.opened, pairs[number + 1].opening_start)):
            reopened.append((base + p.opened + 1, base + pairs[number + 1].opening_start))
        else:
            reopened = []
    last = pairs[-1] if pairs else None
    if last is not None and last.opened >= 0 and last.closed < 0:
        start = last.opened + 1
        spans.append(Span(base + start, base + len(paragraph), index, True,
                          from_start=opens_paragraph(paragraph, start)))
    if not spans:
        spans = single_quote_spans(paragraph, base, index)
    elif "'" in paragraph or "‘" in paragraph:
        spans = _outer_single(spans, single_quote_spans(paragraph, base, index), paragraph, base)
    return spans


def opening_mark(text: str, start: int) -> int:
    """The offset of the mark opening the quoted text at ``start`` ('' is two characters)."""
    return start - 2 if text[max(0, start - 2) : start] == DOUBLED_APOSTROPHES else start - 1


def after_closing_mark(text: str, end: int) -> int:
    """The offset just after the mark closing the quoted text at ``end``."""
    return end + 2 if text[end : end + 2] == DOUBLED_APOSTROPHES else end + 1


def opens_paragraph(paragraph: str, start: int) -> bool:
    """Whether the quoted text at ``start`` opens its paragraph: only its mark ("...
    or '') stands before it."""
    return start in (1, 2) and (start == 1 or paragraph.startswith(DOUBLED_APOSTROPHES))


def _outer_single(
    doubles: list[Span], singles: list[Span], paragraph: str, base: int
) -> list[Span]:
    """ 'He told me "never again" and I believed him,' she said: British quotes put the
    inner quotation in double marks, so a single-quoted span holding double-quoted ones
    is the quote and the double-quoted words inside it are part of it."""
    for outer in singles:
        inner = [d for d in doubles if outer.start < d.first_start and d.end < outer.end]
        if inner:
            doubles = sorted([d for d in doubles if d not in inner] + [outer],
                             key=lambda span: span.first_start)
        elif not any(
            d.first_start <= outer.end and outer.start <= d.end for d in doubles
        ) and not _next_to_a_double_mark(paragraph, outer.start - base, outer.end - base):
            # A paragraph may mix the two styles (a one-line pasted article quoting a
            # report's "the enemy" and then 'It's not just the picture,' the manager
            # said); a single-quoted span clear of every double-quoted one is a quote too.
            mixed = replace(outer, mixed_style=True)
            doubles = sorted([*doubles, mixed], key=lambda span: span.first_start)
    return doubles


def _next_to_a_double_mark(paragraph: str, start: int, end: int) -> bool:
    """ "... say 'wow, that's it.' "My view is ...": single marks against a double one
    sit inside a double-quoted stretch whose marks could not be paired."""
    before = paragraph[:start].rstrip()[-1:]
    after = paragraph[end + 1 :].lstrip()[:1]
    return bool(before and before in QUOTE_MARKS) or bool(
        after and after in QUOTE_MARKS)


def single_quote_spans(paragraph: str, base: int, index: int) -> list[Span]:
    """'We will fight on,' he said: the single-mark quotes of a paragraph as spans."""
    return [Span(base + start, base + end, index, open_end, from_start=start == 1)
            for start, end, open_end in single_mark_pairs(paragraph)]


def _join_continued(spans: list[Span], paragraph_starts: list[int], text: str = "") -> list[Span]:
    """An open-ended quote plus the quote opening the next paragraph are one quote.

    A mark left open inside a paragraph starts a continued quote only when at least
    four words follow it ('Smith said: "We will ...'); 'called it "a mess.' is a stray.
    """
    joined: list[Span] = []
    for span in spans:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.open_end
            and (last.from_start or last.parts or len(text[last.start : last.end].split()) >= 4)
            and span.paragraph == last.paragraph + 1
            and span.from_start
        ):
            last.parts.append((last.start, last.end))
            last.parts.extend(span.parts)  # the next paragraph's quote may reopen in turn
            last.start, last.end = span.start, span.end
            last.open_end, last.paragraph = span.open_end, span.paragraph
            continue
        joined.append(span)
    return [s for s in joined if not _stray(s)]


def _stray(span: Span) -> bool:
    """An unclosed mark inside a paragraph, not continued by the next one."""
    return span.open_end and not span.from_start and not span.parts


def all_spans(doc: Document) -> list[Span]:
    """Every quotation of the article, continued quotes joined, stray marks dropped."""
    starts = doc.paragraph_starts
    spans: list[Span] = []
    for number, paragraph in enumerate(doc.article.paragraphs):
        spans += quote_spans(paragraph, starts[number], number)
    return _join_continued(spans, starts, doc.article.text)
