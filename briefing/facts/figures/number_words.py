"""Numbers written in words: "twenty-eight thousand", "two dozen", "a third of",
"half the", "one in five", and vague amounts ("several thousand", "dozens of")."""

from __future__ import annotations

import re

from briefing.facts.figures.digits import read_noun, read_unit
from briefing.facts.figures.nouns import is_plural, noun_run
from briefing.facts.figures.patterns import (
    DECIMAL_WORDS,
    FRACTION_WORDS,
    HALF,
    NOT_HALF_BEFORE,
    NUMBER_WORDS,
    ONE_IN,
    SINGLE_CURRENCY,
    SINGLE_CURRENCY_BEFORE,
    VAGUE_COUNT,
    VAGUE_PLURAL,
)
from briefing.facts.figures.quantity import Quantity, sentence_initial
from briefing.lang.en import numbers as nb
from briefing.lang.en.figures import SINGLE_CURRENCY_WORDS
from briefing.text import caseless_words

# Every match of the patterns read below holds one of these words, whole (the number
# word, the magnitude, the denominator, "half"; "1 in 5" a digit): most sentences hold
# none, so the patterns are not scanned there.
_MAGNITUDE_KEYS = frozenset(
    [*nb.MAGNITUDES, *(f"{m}s" for m in nb.MAGNITUDES), "dozen", "dozens"]
)
_KEY_WORDS = frozenset(
    [*nb.SMALL_NUMBERS, *_MAGNITUDE_KEYS, *nb.FRACTION_WORDS, *nb.VAGUE_PLURALS,
     *SINGLE_CURRENCY_WORDS]
)
# The same per pattern (each match holds one, whole): a sentence with a digit passes the
# test above, and scanning all seven patterns was a fifth of figure time (NewsQuant).
_VAGUE_PLURAL_KEYS = frozenset(nb.VAGUE_PLURALS)
_VAGUE_COUNT_KEYS = _MAGNITUDE_KEYS
_FRACTION_KEYS = frozenset(nb.FRACTION_WORDS)
_HALF_KEYS = frozenset(["half"])
_ONE_IN_KEYS = frozenset(["in", "out"])
_NUMBER_KEYS = frozenset([*nb.SMALL_NUMBERS, *nb.MAGNITUDES, "dozen", "hundred"])
_DIGIT = re.compile(r"\d")


def word_quantities(text: str, words: frozenset[str] | None = None) -> list[Quantity]:
    """Numbers in words; ``words`` is the text's ``caseless_words`` when the caller has them."""
    words = caseless_words(text) if words is None else words
    if words.isdisjoint(_KEY_WORDS) and not _DIGIT.search(text):
        return []
    found: list[Quantity] = []
    if not words.isdisjoint(_VAGUE_PLURAL_KEYS):
        for match in VAGUE_PLURAL.finditer(text):
            found.append(_vague_plural(text, match))
    if not words.isdisjoint(_VAGUE_COUNT_KEYS):
        for match in VAGUE_COUNT.finditer(text):
            found.append(_vague_count(text, match))
    if not words.isdisjoint(_FRACTION_KEYS):
        for match in FRACTION_WORDS.finditer(text):
            q = _fraction_words(text, match)
            if q:
                found.append(q)
    if not words.isdisjoint(_HALF_KEYS):
        for match in HALF.finditer(text):
            if NOT_HALF_BEFORE.search(text, max(0, match.start() - 12), match.start()):
                continue
            found.append(_fraction_quantity(text, match.start(), match.end(), 0.5))
    if not words.isdisjoint(_ONE_IN_KEYS):
        for match in ONE_IN.finditer(text):
            d = _word_or_digit(match.group("d"))
            n = _word_or_digit(match.group("n"))
            if d and n and 0 < n < d:
                q = _fraction_quantity(text, match.start(), match.end(), n / d)
                counted = noun_run(text, match.end())[0]  # "two in three voters": of the voters
                if counted[:1].islower() and is_plural(counted.split()[-1].lower()):
                    q.modifies, q.modifies_rule = counted, "counted noun"
                found.append(q)
    if "point" in text:  # a cheap test first: the pattern is slow to scan for
        for match in DECIMAL_WORDS.finditer(text):
            found.append(_decimal_words(text, match))
    if not words.isdisjoint(_NUMBER_KEYS):
        for match in NUMBER_WORDS.finditer(text):
            found.extend(_number_word_runs(text, match))
    if not words.isdisjoint(SINGLE_CURRENCY_WORDS):
        found.extend(_single_currency(text))
    return found


def _single_currency(text: str) -> list[Quantity]:
    """'It sold for a dollar', 'less than a dollar a day': one of the currency."""
    found = []
    for match in SINGLE_CURRENCY.finditer(text):
        start, end = match.span("a")
        if not SINGLE_CURRENCY_BEFORE.search(text, max(0, start - 24), start):
            continue
        q = Quantity(start, end, start, end, 1.0, raw="a", is_word=True)
        unit_end = read_unit(text, q, end, "", attached=False)
        if q.kind == "currency" and unit_end is not None:
            q.end = unit_end
            found.append(q)
    return found


def _decimal_words(text: str, match: re.Match[str]) -> Quantity:
    """'one point three per cent': 1.3, its digits after "point" read one by one."""
    whole = nb.words_value(match.group("whole").lower().replace("-", " ").split()) or 0
    digits = "".join(str(nb.SMALL_NUMBERS[w.lower()]) for w in match.group("digits").split())
    start, end = match.start(), match.end()
    q = Quantity(start, end, start, end, float(f"{int(whole)}.{digits}"), raw=match.group(0))
    q.is_word = True
    unit_end = read_unit(text, q, end, "", attached=False)
    q.end = unit_end if unit_end is not None else end
    return q


def _word_or_digit(token: str) -> float | None:
    if token.isdigit():
        return float(token)
    return nb.words_value([token.lower()])


def _vague_plural(text: str, match: re.Match[str]) -> Quantity:
    base = nb.VAGUE_PLURALS[match.group("v").lower()]
    pre = (match.group("pre") or "").lower()
    base *= {"tens": 10, "hundreds": 100}.get(pre, 1)
    q = Quantity(match.start(), match.end(), match.start(), match.end(), float(base))
    q.high, q.change, q.vague, q.is_word = float(base * 10), "~", True, True
    q.end = read_noun(text, q, _skip_of(text, match.end()))
    return q


def _vague_count(text: str, match: re.Match[str]) -> Quantity:
    low, high = nb.VAGUE_COUNTS[re.sub(r"\s+", " ", match.group("v").lower())]
    mag = match.group("mag").lower()
    factor = 12.0 if mag == "dozen" else nb.MAGNITUDES[mag]
    q = Quantity(match.start(), match.end(), match.start(), match.end(), low * factor)
    q.high = high * factor if high != low else None
    q.change, q.vague, q.is_word, q.factor = "~", True, True, factor
    end = read_unit(text, q, _skip_of(text, match.end()), "", attached=False)
    q.end = end if end is not None else match.end()
    return q


def _skip_of(text: str, pos: int) -> int:
    of = re.match(r"\s+of(?=\s)", text[pos:])
    return pos + of.end() if of else pos


def _fraction_words(text: str, match: re.Match[str]) -> Quantity | None:
    numerator = 1.0 if match.group("num").lower() in ("a", "an") else None
    numerator = numerator or nb.words_value([match.group("num").lower()])
    if not numerator:
        return None
    denominator = nb.FRACTION_WORDS[match.group("den").lower()]
    return _fraction_quantity(text, match.start(), match.end(), numerator / denominator)


def _fraction_quantity(text: str, start: int, end: int, value: float) -> Quantity:
    q = Quantity(start, end, start, end, value, unit="fraction", kind="fraction")
    q.is_word = True
    return q


def _number_word_runs(text: str, match: re.Match[str]) -> list[Quantity]:
    """Split a run of number words at an 'and' that joins two numbers ('one and two')."""
    tokens = [
        (m.group(0), m.start() + match.start()) for m in re.finditer(r"[A-Za-z]+", match.group(0))
    ]
    runs: list[list[tuple[str, int]]] = [[]]
    for word, start in tokens:
        low = word.lower()
        if low == "and":
            previous = runs[-1][-1][0].lower() if runs[-1] else ""
            if previous not in ("hundred", *nb.MAGNITUDES):
                runs.append([])
            else:
                runs[-1].append((word, start))
            continue
        if runs[-1] and word[:1].isupper() and runs[-1][-1][0][:1].islower():
            runs.append([])  # "two Six Nations wins": a capital starts a name, not 2 + 6
        runs[-1].append((word, start))
    quantities = []
    for run in runs:
        while run and run[-1][0].lower() == "and":
            run.pop()
        q = _word_run_quantity(text, run)
        if q is not None:
            quantities.append(q)
    return quantities


def _word_run_quantity(text: str, run: list[tuple[str, int]]) -> Quantity | None:
    if not run:
        return None
    words = [w.lower() for w, _ in run]
    if all(w in ("a", "an", "dozen", "hundred", *nb.MAGNITUDES) for w in words[:1]) and (
        words[0] not in ("a", "an")
    ):
        return None  # a bare "hundred"/"million": part of a vague amount or a name
    value = nb.words_value(words)
    if value is None:
        return None
    start = run[0][1]
    end = run[-1][1] + len(run[-1][0])
    if not _word_number_is_figure(text, run, start, end):
        return None
    q = Quantity(start, end, start, end, float(value), raw=text[start:end], is_word=True)
    if words[-1] in nb.MAGNITUDES or words[-1] == "hundred":
        q.factor = nb.MAGNITUDES.get(words[-1], 100.0)
    fold = re.match(r"-?fold\b", text[end:])
    if fold:
        q.unit, q.kind, q.end = "times", "times", end + fold.end()
        return q
    unit_end = read_unit(text, q, end, "", attached=False)
    q.end = unit_end if unit_end is not None else end
    return q


def _word_number_is_figure(text: str, run: list[tuple[str, int]], start: int, end: int) -> bool:
    first = run[0][0]
    if first[:1].isupper() and not sentence_initial(text, start):
        return False  # "Formula One", "Big Ten", "Fantastic Four"
    before = text[max(0, start - 12) : start].lower()
    after = text[end : end + 12].lower()
    if len(run) == 1 and first.lower() == "one":
        if re.search(
            r"\b(?:no|the|this|that|each|every|any|which|last|next|little|same|"
            r"another|one|someone|everyone)\s+$",
            before,
        ):
            return False
        if re.match(r"\s+another\b|-(?:on|off|time|way|size|sided|man)\b|'s\b|\s+\d", after):
            return False
    if re.match(r"-(?:th|st)\b", after):
        return False
    return True
