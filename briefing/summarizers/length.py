"""The length rule shared by every method: how much of a ranking to keep."""

from __future__ import annotations

from briefing.models import Pick

# A brief's key points fit on a page with five sentences; shorter texts give all.
DEFAULT_SENTENCES = 5


def target_count(n_sentences: int, sentences: int | None, ratio: float | None) -> int:
    """Sentences to keep: N, or a share of the text (at least one), or the default."""
    if n_sentences == 0:
        return 0
    if sentences is not None:
        return max(1, min(n_sentences, sentences))
    if ratio is not None:
        return max(1, min(n_sentences, round(n_sentences * ratio)))
    return min(n_sentences, DEFAULT_SENTENCES)


def choose_prefix(
    ranking: list[Pick],
    lengths: list[int],
    sentences: int | None = None,
    ratio: float | None = None,
    words: int | None = None,
) -> list[Pick]:
    """The best-ranked picks that satisfy the length rule (rank order kept)."""
    if words is None:
        return ranking[: target_count(len(ranking), sentences, ratio)]
    return prefix_by_words(ranking, lengths, words)


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
