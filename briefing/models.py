"""Plain dataclasses passed between pipeline stages.

ingest -> Article -> segment -> Document -> summarize -> Summary
       -> facts -> Facts -> brief -> Brief -> render / deliver

Every stage takes the previous stage's object and returns its own; no stage
reaches into another stage's module internals.
"""

from __future__ import annotations

import bisect
from dataclasses import asdict, dataclass, field
from datetime import datetime
from functools import cached_property
from typing import Any

# Article.text joins the paragraphs with this; every offset into the text counts it.
PARAGRAPH_BREAK = "\n\n"


@dataclass
class Removed:
    """A piece of input the cleaner dropped, and the rule that dropped it."""

    text: str
    rule: str


@dataclass
class Article:
    """An article as ingested: metadata plus clean body paragraphs."""

    paragraphs: list[str]
    title: str = ""
    publisher: str = ""
    agency: str = ""  # wire/source agency, e.g. "Reuters" from "Source(s): Reuters"
    url: str = ""
    published: datetime | None = None
    byline: str = ""
    language: str = "en"
    source: str = ""  # what the user gave: a path, a URL or "-"
    removed: list[Removed] = field(default_factory=list)
    # Paragraphs the input's own markup calls headings (Markdown "## ..."): kept in the text
    # as its structure, never made sentences.
    headings: tuple[str, ...] = ()
    # Paragraphs that are lines of a social post the page embeds (a tweet): kept in the
    # text, never made sentences, since no sentence says whose words they are.
    embedded: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return PARAGRAPH_BREAK.join(self.paragraphs)

    @property
    def paragraph_starts(self) -> list[int]:
        """Offset of each paragraph in ``text``."""
        starts, offset = [], 0
        for paragraph in self.paragraphs:
            starts.append(offset)
            offset += len(paragraph) + len(PARAGRAPH_BREAK)
        return starts


@dataclass
class Sentence:
    index: int
    paragraph: int
    text: str
    start: int  # character offsets into Article.text
    end: int


@dataclass
class Document:
    """A segmented Article; its sentences are fixed once made (offsets are cached)."""

    article: Article
    sentences: list[Sentence]
    notes: list[str] = field(default_factory=list)  # e.g. "only the first N sentences ..."

    def sentence_texts(self) -> list[str]:
        return [s.text for s in self.sentences]

    @cached_property
    def paragraph_starts(self) -> list[int]:
        """Offset of each paragraph in ``article.text``."""
        return self.article.paragraph_starts

    @cached_property
    def sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence that holds ``offset`` into ``article.text``: the last one
        starting at or before it (0 before the first sentence)."""
        return max(bisect.bisect_right(self.sentence_starts, offset) - 1, 0)

    def paragraph_at(self, offset: int) -> int:
        """Index of the paragraph that holds ``offset`` into ``article.text``."""
        return max(bisect.bisect_right(self.paragraph_starts, offset) - 1, 0)


@dataclass
class Pick:
    """One selected sentence with its score and the reasons behind the score."""

    index: int
    score: float
    reasons: list[str] = field(default_factory=list)


@dataclass
class Summary:
    method: str
    picks: list[Pick]  # in document order, no index twice
    ranking: list[Pick] = field(default_factory=list)  # every sentence, best first (may be empty)

    @property
    def indexes(self) -> list[int]:
        return [p.index for p in self.picks]

    @property
    def top_sentence(self) -> int | None:
        """The top-ranked sentence (a brief's bottom line); inside every pick list."""
        if self.ranking:
            return self.ranking[0].index
        return max(self.picks, key=lambda p: p.score).index if self.picks else None


@dataclass
class Figure:
    value: float
    unit: str
    change: str  # one of "=", "~", ">", "<", "up", "down"
    text: str
    label: str
    sentence: int
    high: float | None = None
    unit_text: str = ""  # the unit as written ("dollars", "$", "battalion-tactical groups")
    kind: str = ""  # currency|percent|measure|age|times|fraction|count|score|"" (bare number)
    approximate: str = ""  # the words of a vague amount ("several thousand"): show these
    reason: str = ""  # why the fact box shows it, or why the brief holds it back
    # 0-1: how likely the label says what the figure measures (None: not rated, e.g. made by
    # hand); the evidence names the rule that found it ("modified noun: a 5% pay rise").
    label_confidence: float | None = None
    label_evidence: str = ""


@dataclass
class DateMention:
    text: str
    kind: str  # "absolute" | "relative" | "since" | "period" | "today" (the day of writing)
    sentence: int
    value: str | None = None  # ISO date when it can be resolved
    event: str = ""  # what happened then, as its clause says it ("Khodorkovsky was arrested")
    reason: str = ""  # why the page holds it back (empty: it may be shown)
    # 0-1: how likely the line reads right on its own (value and what it is the date of);
    # a date whose sentence gives no event is held back at EVENTLESS_CONFIDENCE (brief.py)
    confidence: float = 1.0


@dataclass
class Person:
    name: str
    role: str = ""
    mentions: int = 1
    rule: str = ""
    sentences: list[int] = field(default_factory=list)
    confidence: float = 1.0  # 0-1: how likely this is a person (calibrated, see docs/ENTITIES.md)


@dataclass
class Entity:
    """A place or an organisation."""

    name: str
    kind: str  # "place" | "organization"
    mentions: int = 1
    rule: str = ""
    sentences: list[int] = field(default_factory=list)
    confidence: float = 1.0  # 0-1: how likely the name and kind are right


@dataclass
class Quote:
    text: str
    speaker: str  # "" when the quote is unattributed
    cue: str
    sentence: int
    confidence: float = 1.0  # 0-1: how likely the speaker is right (see docs/QUOTES.md)
    evidence: str = ""  # the rule that chose the speaker, e.g. "cue-after", "pronoun"
    speaker_kind: str = ""  # "name" | "pronoun" | "nominal" | "organization" | ""
    start: int = -1  # offsets of the quoted text in Article.text (first part's start)
    end: int = -1
    # The article's own words for a speaker resolved from them ("the ministry" ->
    # "Ministry of Defence", "the report" -> its author); "" when ``speaker`` is them.
    speaker_text: str = ""


@dataclass
class Facts:
    figures: list[Figure] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    places: list[Entity] = field(default_factory=list)
    organizations: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Point:
    text: str
    sentence: int
    score: float


@dataclass
class Brief:
    """Everything a renderer needs; renderers only lay this out."""

    article: Article
    bottom_line: str
    points: list[Point]
    facts: Facts
    method: str
    made_at: datetime
    generator: str
    bottom_sentence: int | None = None  # index of the bottom line in ``sentences``
    sentences: list[str] = field(default_factory=list)  # all sentences, for tracing indexes
    trimmed: bool = False
    notes: list[str] = field(default_factory=list)  # what the reader must know (caps applied)
    # Facts below the brief's confidence thresholds: kept for the JSON, never laid out.
    held_back: Facts = field(default_factory=Facts)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["made_at"] = self.made_at.isoformat(timespec="seconds")
        published = self.article.published
        data["article"]["published"] = published.isoformat() if published else None
        data["article"].pop("removed", None)
        data["article"].pop("headings", None)
        data["article"].pop("embedded", None)
        return data
