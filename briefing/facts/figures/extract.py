"""The passes put together: mask, find, read, filter and join, then one Figure per quantity."""

from __future__ import annotations

import re

from briefing.facts.figures.bracket_ages import bracket_age_spans
from briefing.facts.figures.change import inherit_change, read_change
from briefing.facts.figures.compounds import mark_compounds
from briefing.facts.figures.digits import digit_quantities
from briefing.facts.figures.labels import RULE_CONFIDENCE, read_label_evidence
from briefing.facts.figures.modality import expectation_cue, mark_expectation, may_hold_cue
from briefing.facts.figures.number_words import word_quantities
from briefing.facts.figures.patterns import MASKS, MINUS_BEFORE, QUALIFIER_SPAN
from briefing.facts.figures.phrases import per_share
from briefing.facts.figures.quantity import Quantity, in_masks
from briefing.facts.figures.ranges import join_ranges, share_units
from briefing.facts.figures.scores import mark_scores
from briefing.facts.figures.verb_labels import level_of_change
from briefing.facts.figures.years import mark_years, without_overlaps
from briefing.facts.units import canonical_noun
from briefing.lang.en import numbers as nb
from briefing.lang.en.figures import MOVE_NOUNS
from briefing.models import Document, Figure
from briefing.text import caseless_words


def extract_figures(doc: Document | str, language: str | None = None) -> list[Figure]:
    """Every figure of every sentence of ``doc`` (a Document, or any text: a phrase will do).

    The language is a hint for splitting sentences, never a gate: a short phrase such as
    "$20" or "75ml" is read, not refused, and an unknown language falls back to English
    sentence splitting (numbers and unit symbols read the same everywhere).
    """
    if isinstance(doc, str):
        return [
            figure
            for index, sentence in enumerate(_sentences(doc, language))
            for figure in figures_in_sentence(sentence, index)
        ]
    found: list[Figure] = []
    for sentence in doc.sentences:
        found.extend(figures_in_sentence(sentence.text, sentence.index))
    return found


def _sentences(text: str, language: str | None) -> list[str]:
    from briefing.errors import InputError
    from briefing.segment import split_sentences

    if len(text.split()) < 4 and "\n" not in text.strip():
        return [text.strip()] if text.strip() else []  # a phrase is one sentence
    try:
        return split_sentences(text, language or "en")
    except InputError:  # a language without a sentence model: English rules split well enough
        return split_sentences(text, "en")


_DIGIT = re.compile(r"\d")  # every figure written in digits holds one (NUMBER needs it)


def figures_in_sentence(text: str, sentence: int = 0) -> list[Figure]:
    """The figures in one sentence, left to right."""
    if not text:
        return []
    words = caseless_words(text)
    in_words = word_quantities(text, words)
    has_digit = _DIGIT.search(text) is not None
    if not has_digit and not in_words:
        return []  # most sentences: no number to mask or read, so the masks are not scanned
    masks = _mask_spans(text, words)
    if ages := bracket_age_spans(text):  # "Tom Ellery (34)": an age, not a squad number
        masks = [m for m in masks if m not in ages]
    in_digits = digit_quantities(text, masks) if has_digit else []
    found = in_digits + [q for q in in_words if not in_masks(q.num_start, q.num_end, masks)]
    found = without_overlaps(found)
    mark_years(text, found)
    mark_compounds(text, found)
    found = join_ranges(text, found)
    share_units(text, found)
    _feet_and_inches(text, found)
    _joined_durations(text, found)
    mark_scores(text, found)
    kept = [q for q in found if not q.dropped and not q.year]
    previous = None
    for q in kept:
        read_change(text, q)
        if previous is not None:
            inherit_change(text, previous, q)
        previous = q
    figures = [_to_figure(text, q, sentence) for q in kept]
    _share_labels(text, kept, figures)
    _label_elided_items(text, kept, figures)
    if may_hold_cue(text):  # few sentences hold "expected", "forecast"...: one test for all
        for q, figure in zip(kept, figures, strict=True):
            if describes_its_noun(figure):
                continue  # "the five-year immigration plan, aims to ...": the plan's length
            cue = expectation_cue(text, q)
            if cue and not (not cue.startswith("after:") and _known_thing(text, q, figure)):
                mark_expectation(figure, cue, text, q)
    return figures


def describes_its_noun(figure: Figure) -> bool:
    """A hyphen compound read with the noun it modifies ("five-year plan", "10-day strike"):
    a property of that noun, never a forecast of its own."""
    return "-" in figure.text and figure.label_evidence.startswith("modified noun")


# A definite determiner right before a figure that modifies its noun: "following its $16bn
# takeover", "expected to match the 30.7bn yen record" -- a thing already there, whose
# figure no cue before the determiner makes an expectation ("a $5bn deal" may be expected;
# a cue after it still does: "the 7% GDP growth expected by June").
_DEFINITE_BEFORE = re.compile(r"\b(?:the|its|their|his|her|our|this|these|those)\s+$", re.I)


def _known_thing(text: str, q: Quantity, figure: Figure) -> bool:
    return figure.label_evidence.startswith("modified noun") and bool(
        _DEFINITE_BEFORE.search(text, max(0, q.start - 8), q.start)
    )


def _mask_spans(text: str, words: frozenset[str]) -> list[tuple[int, int]]:
    """The spans of every mask; one whose key words or characters the text lacks cannot
    match and is not scanned (``Mask``)."""
    return [
        match.span()
        for mask in MASKS
        if (not mask.words or not words.isdisjoint(mask.words))
        and (not mask.chars or any(char in text for char in mask.chars))
        for match in mask.pattern.finditer(text)
    ]


_LEVEL_LINK = re.compile(r"\s*(?:,\s*)?(?:to|at)\s*$")  # "down 68p at 1,112p", "up 9% to $84"
# "£75m ($141m)", "87 mph (140 km/h)": the bracketed figure restates the one before it
_MOVE_LINK = re.compile(r"\s*,\s*(up|down)\s*", re.I)  # "$3.1 million, down 9.2%"
_COORDINATED = re.compile(r"\s*,?\s*(?:and|or)\s*")
# Between a level and the earlier level it moved from: "to $5bn from $4bn", "to 4.1% in May
# from 4.3%", "$5bn, up from $4bn" (a time phrase of up to three words may stand between).
_FROM_LINK = re.compile(
    r"(?:\s+(?:in|on|at|during|for|last|this)(?:\s+[\w'’]+){1,3}?)?\s*,?\s*(?:up\s+|down\s+)?"
    r"from\s+(?:a\s+|an\s+)?(?:revised\s+|record\s+|previous\s+)?",
    re.I,
)
# Rules that name what moved: an earlier level shares their label ("sales rose to $5bn
# from $4bn"); a noun before the figure ("the deficit with China was $19.6bn, down from
# $19.7bn": "China") is too often the wrong end of a phrase to copy.
_MOVER_RULES = ("subject of its verb", "level after a move", "subject of a move", "clause subject")
_RESTATED = re.compile(r"\s*\(\s*(?:about|around|or|roughly|some|nearly)?\s*")
# "190 points, or 0.6%", "125,600 jobs or 2.2 per cent": the share restates the amount
# (not "5m people, or 10% of the population": that share has a whole of its own).
_AS_A_SHARE = re.compile(r"\s*,?\s*or\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+)?")
_OF_AFTER = re.compile(r"\s+of\b")
_RANGE_AFTER_CHANGE = re.compile(r"\s*[-–—,]\s*")
_TIME_OF_A_RUN = re.compile(
    r"\s+in\s+(?:about\s+|around\s+|just\s+|under\s+|only\s+|less\s+than\s+|fewer\s+than\s+)?"
)
_SPEEDS = frozenset("mph km/h kph".split())


def _share_labels(text: str, kept: list[Quantity], figures: list[Figure]) -> None:
    """A level stated right after a move ("Unite, down 68p at 1,112p") or a figure restated in
    brackets ("a pre-tax profit of £75m ($141m)") measures the same thing as the one before."""
    for index in range(1, len(figures)):
        previous, figure = figures[index - 1], figures[index]
        if figure.kind == "score" or not previous.label:
            continue
        between = text[kept[index - 1].end : kept[index].start]
        if _LEVEL_LINK.fullmatch(between):
            if previous.label_evidence.startswith("side of a lead"):
                continue  # "lead the Conservatives by 39% to 34%": 34% is the other side's
            link = "level after a move"
        elif (move := _MOVE_LINK.fullmatch(between)) and figure.kind == "percent" and (
            previous.kind != "percent"
            and (figure.label_confidence or 0.0) < (previous.label_confidence or 0.0)
        ):
            link = "move after a level"  # "the median price was $3.1 million, down 9.2%"
        elif (
            _AS_A_SHARE.fullmatch(between) and figure.kind == "percent"
            and previous.kind in ("measure", "count", "currency")
            and not _OF_AFTER.match(text, kept[index].end)
        ):
            link = "restated as a share"  # "lost 190 points, or 0.6%": the same fall
        elif (
            _RANGE_AFTER_CHANGE.fullmatch(between) and figure.high is not None
            and previous.label_evidence.startswith("changed object")
        ):
            link = "level after a move"  # "boost the range by 35 miles - from 252 to 287 miles"
        elif (
            _TIME_OF_A_RUN.fullmatch(between) and figure.unit == "seconds"
            and previous.unit in _SPEEDS
        ):
            link = "time of the run"  # "can go 0 to 80km/h in about 8 seconds": the same run
        elif _RESTATED.fullmatch(between) and _same_kind(previous, figure):
            link = "restated in brackets"
        elif (
            _FROM_LINK.fullmatch(between) and figure.unit == previous.unit and figure.unit
            and previous.label_evidence.startswith(_MOVER_RULES)
        ):
            link = "earlier level"  # "rose to $5bn from $4bn", "fell to 4.1%, down from 4.3%"
        elif (
            _COORDINATED.fullmatch(between)
            and figure.kind == previous.kind
            and figure.unit in (previous.unit, f"{previous.unit} per share")
            and (figure.label_confidence or 0.0) < (previous.label_confidence or 0.0)
        ):
            link = "coordinated"  # "came back at 4 ppb and 2 ppb": the same measure twice
        else:
            continue
        figure.label = previous.label
        if link == "level after a move" and previous.label_evidence.startswith("changed object"):
            figure.label = level_of_change(previous.label)  # "cut farm subsidies by $5m to $9m"
        if link == "move after a level":
            figure.label = f"{MOVE_NOUNS[move.group(1).lower()]} {level_of_change(previous.label)}"
        if per_share(text, kept[index], figure.unit) > per_share(text, kept[index - 1], ""):
            figure.label += " per share"  # "earned $2.8bn, or $2.53 per diluted share"
        figure.label_confidence = previous.label_confidence
        figure.label_evidence = f"{link}: {previous.label_evidence}"


def _same_kind(previous: Figure, figure: Figure) -> bool:
    """A bracketed restatement is of the same kind, or money for a bare amount whose sign the
    text lost ("a net worth of 1.356 billion ($1.762bn)": pounds written without the sign)."""
    if figure.kind == previous.kind:
        return True
    return figure.kind == "currency" and not previous.kind and previous.value >= _BARE_AMOUNT


_BARE_AMOUNT = 1e6  # "1.356 billion": a magnitude word, an amount; not a bare "7" or "2019"


def _label_elided_items(text: str, kept: list[Quantity], figures: list[Figure]) -> None:
    """'Homes from $750,000 to $1m stay 70 days; $1m to $1.25m, 99 days; ...': a list item
    after ";" made of figures only repeats the first item with its words left out, so its
    figures belong to what the first item is about (its first label; not shown: 0.5)."""
    if ";" not in text:
        return
    first_end = text.index(";")
    pairs = list(zip(kept, figures, strict=True))
    head = next((f for q, f in pairs if q.start < first_end and f.label), None)
    if head is None:
        return
    spans = [(q.start, q.end) for q in kept]
    for q, figure in pairs:
        if q.start < first_end or figure.label:
            continue
        item_start = text.rfind(";", 0, q.start) + 1
        item_end = text.find(";", q.end)
        item = text[item_start : item_end if item_end >= 0 else len(text)]
        if _item_words(item, item_start, spans):
            continue
        figure.label = head.label
        figure.label_confidence = min(head.label_confidence or 0.0, RULE_CONFIDENCE["list head"])
        figure.label_evidence = f"elided list item: {head.label_evidence}"


_ITEM_JOINERS = re.compile(r"[\s,.:()]+|\band\b|\bor\b")


def _item_words(item: str, offset: int, spans: list[tuple[int, int]]) -> str:
    """What an item holds besides its figures and the commas and 'and' between them."""
    chars = list(item)
    for start, end in spans:
        for at in range(max(start - offset, 0), min(end - offset, len(chars))):
            chars[at] = " "
    return _ITEM_JOINERS.sub("", "".join(chars))


def _to_figure(text: str, q: Quantity, sentence: int) -> Figure:
    start = q.start
    minus = MINUS_BEFORE.search(text, max(0, start - 8), start)
    if minus:
        start = minus.start()
    qualifier = QUALIFIER_SPAN.search(text, max(0, start - 20), start)
    if qualifier and qualifier.end() == start and q.kind != "score":
        start = qualifier.start()
    span = text[start : q.end].strip().rstrip(",;:")
    label, rule = ("", "") if q.kind == "score" else read_label_evidence(text, q)
    return Figure(
        value=nb.tidy(q.value),
        unit=canonical_noun(q.unit) if q.kind == "noun" else q.unit,
        change=q.change or "=",
        text=span,
        label=label,
        sentence=sentence,
        high=nb.tidy(q.high) if q.high is not None else None,
        unit_text=_unit_text(text, q),
        kind=_KINDS.get(q.kind, q.kind),
        approximate=text[q.num_start : q.num_end] if q.vague else "",
        label_confidence=RULE_CONFIDENCE.get(rule, 0.0),
        label_evidence=f"{rule}: {label}" if rule else "",
    )


_KINDS = {"noun": "count"}
_MAGNITUDE_LEAD = re.compile(
    r"^[\s-]*(?:hundred|thousand|million|billion|trillion|lakh|crore|bn|mn|mln|tn|[mbk])\b",
    re.I,
)


def _unit_text(text: str, q: Quantity) -> str:
    """The unit as written: '$' of '$5bn', 'dollars' of '50 dollars', the counted noun."""
    if q.kind == "noun":
        return q.unit
    if not q.unit:
        return ""
    prefix = text[q.start : q.num_start].strip()
    suffix = text[q.num_end : q.end]
    if q.factor != 1.0:
        suffix = _MAGNITUDE_LEAD.sub("", suffix, count=1)
    return " ".join(part for part in (prefix, suffix.strip(" -")) if part)


_INCHES_AFTER = re.compile(r"\s?(?:in|in\.|inches|inch|″|\")(?![A-Za-z0-9])")


def _feet_and_inches(text: str, found: list[Quantity]) -> None:
    """'6 ft 2 in', "5ft 10in": the bare number after a length in feet is inches."""
    for previous, q in zip(found, found[1:], strict=False):
        if previous.unit != "ft" or q.unit or text[previous.end : q.num_start].strip(" ,"):
            continue
        inches = _INCHES_AFTER.match(text, q.num_end)
        if inches:
            q.unit, q.kind, q.end = "in", "measure", inches.end()


_NEXT_TIME_UNIT = {"hours": "minutes", "minutes": "seconds"}


def _joined_durations(text: str, found: list[Quantity]) -> None:
    """ "seven minutes, 56.86 seconds", "24 hours, 39 minutes, and 35 seconds": one time, in
    the smallest unit (it was read as "seven minutes" and shown as a personal best of that)."""
    head = None
    for q in found:
        if q.dropped:
            continue
        if (head is not None and head.high is None and q.high is None
                and _NEXT_TIME_UNIT.get(head.unit) == q.unit
                and text[head.end : q.num_start].strip(" ,") in ("", "and")):
            head.value, head.unit, head.end = head.value * 60 + q.value, q.unit, q.end
            q.dropped = True
            continue
        head = q
