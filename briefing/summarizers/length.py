"""How long a summary is, and the options that travel with it.

``Length`` is one length request (N sentences, a ratio of the article, or about
N words), checked once when it is made. ``SummaryOptions`` is the method plus the
length: what the CLI, the pipeline, batch jobs and ``briefing evaluate`` pass on.
Every method produces a full ranking and the length takes a prefix of it, so
the length means the same thing for every method.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing.errors import InputError
from briefing.models import Pick

# A brief's key points fit on a page with five sentences; shorter texts give all.
DEFAULT_SENTENCES = 5


@dataclass(frozen=True)
class Length:
    """One of: ``sentences``, ``ratio`` (of the sentences, (0, 1]) or ``words``."""

    sentences: int | None = None
    ratio: float | None = None
    words: int | None = None

    def __post_init__(self) -> None:
        given = [v for v in (self.sentences, self.ratio, self.words) if v is not None]
        if len(given) > 1:
            raise InputError("give only one of sentences, ratio or words")
        if self.sentences is not None and (not isinstance(self.sentences, int)
                                           or self.sentences < 1):
            raise InputError("sentences must be a whole number, at least 1")
        if self.ratio is not None and not 0 < self.ratio <= 1:
            raise InputError("ratio must be greater than 0 and at most 1")
        if self.words is not None and (not isinstance(self.words, int) or self.words < 1):
            raise InputError("words must be a whole number, at least 1")

    def count(self, n_sentences: int) -> int:
        """Sentences to keep of ``n_sentences`` (the words rule needs ``take``)."""
        if n_sentences == 0:
            return 0
        if self.sentences is not None:
            return min(n_sentences, self.sentences)
        if self.ratio is not None:
            return max(1, min(n_sentences, round(n_sentences * self.ratio)))
        return min(n_sentences, DEFAULT_SENTENCES)

    def take(self, ranking: list[Pick], lengths: list[int]) -> list[Pick]:
        """The best-ranked picks that satisfy the length (rank order kept).

        ``lengths`` are the sentences' word counts, by sentence index.
        """
        if self.words is None:
            return ranking[: self.count(len(ranking))]
        return prefix_by_words(ranking, lengths, self.words)

    def describe(self) -> str:
        if self.sentences is not None:
            return f"{self.sentences} sentence{'s' if self.sentences != 1 else ''}"
        if self.ratio is not None:
            return f"ratio {self.ratio:g}"
        if self.words is not None:
            return f"about {self.words} words"
        return f"{DEFAULT_SENTENCES} sentences"


def prefix_by_words(ranking: list[Pick], lengths: list[int], words: int) -> list[Pick]:
    """Add picks in rank order until about ``words`` words.

    A sentence that would overshoot is still taken when that lands closer to the
    target than stopping short; at least one sentence is always kept.
    """
    chosen: list[Pick] = []
    total = 0
    for pick in ranking:
        size = lengths[pick.index]
        if chosen and total + size - words > words - total:
            break
        chosen.append(pick)
        total += size
        if total >= words:
            break
    return chosen
