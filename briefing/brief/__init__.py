"""Brief stage: assemble the one object every renderer reads.

``build`` puts the summary's points and the facts together and orders every fact
list by priority (most useful first), so a renderer that must leave something out
(the one-page PDF) can ask ``shorten`` for a prefix of each list instead of
computing scores itself.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import replace
from datetime import UTC, datetime

from briefing.__about__ import __version__
from briefing.brief import figure_lines as lines
from briefing.brief.factbox import select_figures
from briefing.brief.figure_context import context_doubt
from briefing.brief.figure_misreads import misread_doubt
from briefing.brief.figure_owners import result_owner_label
from briefing.brief.figure_polls import poll_share_label
from briefing.brief.figure_rivals import rival_offer_label
from briefing.brief.figure_shapes import shape_doubt
from briefing.brief.quoted_lines import inside_a_quotation
from briefing.brief.shown_people import main_people, voiced_people, with_voiced
from briefing.brief.standalone import (
    answers_one_before,
    cannot_stand_alone,
    language_words,
    opens_with_a_link,
)
from briefing.facts.units import singular
from briefing.lang import LEXICON_LANGUAGES, lexicon
from briefing.lang.en.figures import INVARIANT_PLURALS
from briefing.lang.quotes import (
    cuts_a_quotation,
    double_quoted_spans,
    has_double_mark,
    opens_with_quote_mark,
    single_quoted_spans,
)
from briefing.lang.words import language_code, tokenize_words
from briefing.models import (
    Brief,
    DateMention,
    Document,
    Entity,
    Facts,
    Figure,
    Person,
    Pick,
    Point,
    Summary,
)

GENERATOR = f"newsbrief {__version__}"
# Lowest confidence a fact-box item needs to be shown; the rest stays in the JSON of
# `briefing facts`. Calibrated so that shown items are right >= 95% of the time on the
# even (tuning) half of the dev corpora: docs/QUOTES.md, docs/ENTITIES.md.
SHOW_AT = {"quote": 0.9, "person": 0.85, "place": 0.85, "organization": 0.95}


def build(doc: Document, summary: Summary, facts: Facts) -> Brief:
    """Combine a Document, its Summary and its Facts into a Brief."""
    texts = doc.sentence_texts()
    rank = sentence_ranks(summary, len(texts))
    never, after_previous = unreadable_alone(doc)
    quoted = inside_a_quotation(doc, facts.quotes)
    never |= quoted
    bottom = choose_bottom_line(texts, summary, never, after_previous,
                                language_code(doc.article.language), quoted)
    picks = readable_picks(summary, never, after_previous, keep=bottom)
    points = [Point(texts[p.index], p.index, p.score) for p in picks]
    facts, held_back = split_by_confidence(facts, texts)
    return Brief(
        article=doc.article,
        bottom_line="" if bottom is None else texts[bottom],
        bottom_sentence=bottom,
        points=points,
        facts=prioritise(facts, summary, rank, doc.article.title, bottom),
        method=summary.method,
        made_at=datetime.now(UTC),
        generator=GENERATOR,
        sentences=texts,
        notes=list(doc.notes),
        held_back=held_back,
    )


def sure_label(label: str) -> bool:
    """Whether a label not rated by the facts stage can be shown: its head is a common noun
    ("Belarus's army", "pre-tax profit"). A label headed by a name ("Clinton", "Davis Cup
    Finals", "Brazil star Neymar") was in an analyst's reading of 12 unseen briefs nearly
    always the nearest name, not what the figure measures."""
    words = label.split()
    return bool(words) and words[-1][:1].islower()


# Lowest label confidence (``Figure.label_confidence``, rated per rule by the facts stage)
# at which a figure's label is shown. Calibrated on the figure review's dev sample
# (benchmarks/figure_review.py; docs/FIGURES.md): labels of the rules at 0.75 and above were
# right there, the clause and sentence subjects (0.25-0.4) mostly the nearest name.
LABEL_SHOW_AT = 0.75
# Counted nouns too vague to say on their own what a figure is ("eight men", "two times").
_VAGUE_COUNTED = frozenset("man woman time thing one other count figure".split())


def label_is_sure(figure: Figure) -> bool:
    if not figure.label:
        return False
    if figure.label_confidence is None:
        return sure_label(figure.label)
    return figure.label_confidence >= LABEL_SHOW_AT


def speaks_for_itself(figure: Figure) -> bool:
    """A count whose own words name what is counted ("224 people arrested" shows as
    "224 people"): it can be shown without a label. A bare number, an age, a duration, a
    share or an amount of money says nothing on its own ("31", "eight weeks", "$5,000")."""
    if figure.kind != "count" or not figure.unit_text:
        return False
    head = figure.unit.split()[-1] if figure.unit else ""
    last = figure.unit_text.split()[-1]
    if last[:1].isupper() and not _looks_plural(last):
        return False  # "23 Carrion-Moore": a name after the number, not a counted noun
    if written_singular(figure):
        return False
    return head not in _VAGUE_COUNTED and figure.unit_text.lower() in figure.text.lower()


def written_singular(figure: Figure) -> bool:
    """A number of two or more before a noun in the singular names a model or modifies a
    noun ("its 777 program", "the 737 Max jet", "a 12 page document"): it counts nothing a
    reader can see without a label. Hyphen compounds ("a 20-point lead") are their own
    reading, "a 17,430 crowd" is one crowd that size, and nouns whose plural is the singular
    ("200 sheep") are counted."""
    if figure.value < 2 or figure.value != int(figure.value) or "-" in figure.text:
        return False
    if figure.value >= MODEL_NUMBER_BELOW:
        return False  # "a 17,430 crowd": one crowd of that size
    head = figure.unit_text.split()[-1].lower() if figure.unit_text else ""
    return (bool(head) and not _looks_plural(head) and head == singular(head)
            and head not in INVARIANT_PLURALS)


def _looks_plural(word: str) -> bool:
    """An "-s" that is no "-ss", "-us" or "-is": "Syrians", "MPs", not "Carrion-Moore"."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


# Model numbers are short (737, 777, A380); a larger number before a singular noun is
# the size of one thing ("a 17,430 crowd", in the figure review's dev sample).
MODEL_NUMBER_BELOW = 1000


def figures_with_sure_labels(
    figures: list[Figure], texts: list[str] | None = None, names: Collection[str] = ()
) -> tuple[list[Figure], list[Figure]]:
    """(shown, held back). A figure with a sure label is shown with it; a count that names
    what it counts is shown without its unsure label (kept, labelled, in the held-back
    facts); any other figure would not say what it measures and is held back, with its
    label confidence and the reason in ``reason``. With the sentences (``texts``) a line
    must also stand alone as ``briefing.brief.figure_lines`` reads it: a count with no label
    counts what there is or is held back (what happened to it stays in the JSON), a change
    says its direction, an age says whose it is."""
    shown, held = [], []
    doubts: dict[tuple[int, str], str] = {}  # (sentence, label) -> the last figure's doubt
    for figure in figures:
        sentence = texts[figure.sentence] if texts and 0 <= figure.sentence < len(texts) else ""
        doubt = sentence and (lines.quote_doubt(figure, sentence)
                              or lines.count_doubt(figure, sentence)
                              or lines.claim_doubt(figure, sentence)
                              or lines.age_doubt(figure, figures, sentence)
                              or context_doubt(figure, sentence)
                              or shape_doubt(figure, sentence)
                              or misread_doubt(figure, sentence))
        if not doubt and figure.label_evidence.startswith("restated in brackets"):
            # "in a deal worth $9.4bn (£5bn)": the bracket is the same figure, held back
            # with it (alone on the page it reads as a second deal)
            doubt = doubts.get((figure.sentence, figure.label), "")
        doubts[(figure.sentence, figure.label)] = doubt
        if doubt:
            held.append(replace(figure, reason=doubt))
            continue
        poll = sentence and poll_share_label(figure, sentence)
        if poll and (label_is_sure(figure) or figure.label_evidence.startswith("share who")):
            # "38% of likely voters would be scared if ...": the poll's question kept; the
            # group the share counts is the word after "of", so "28% of independents said
            # they would" is as sure as "of after"
            shown.append(replace(figure, label=poll, label_evidence=f"poll answer: {poll}",
                                 label_confidence=max(figure.label_confidence or 0.0,
                                                      LABEL_SHOW_AT)))
            continue
        if label_is_sure(figure):
            label = lines.directed_label(figure, sentence) if sentence else figure.label
            if label is not None and sentence:
                label = lines.shown_label(replace(figure, label=label), sentence)
                # "McClatchy reported a loss of": McClatchy's loss (names: the facts' people
                # and organisations)
                label = result_owner_label(replace(figure, label=label), sentence, names)
                # "had rejected a deal worth $8bn": a turned-down or rival offer says so
                label = rival_offer_label(replace(figure, label=label), sentence) or label
            if label is None:
                held.append(replace(figure, reason="held back: a change its label shows as "
                                                   "a level"))
            else:
                shown.append(replace(figure, label=label))
            continue
        held.append(replace(figure, reason=_doubt(figure)))
        if sentence and (paid := lines.payer_label(figure, sentence)):
            shown.append(replace(figure, label=paid, label_evidence=f"payer and verb: {paid}",
                                 label_confidence=lines.PAYER_CONFIDENCE))
            continue
        if not speaks_for_itself(figure):
            continue
        if not sentence:
            shown.append(replace(figure, label=""))
        elif (verb := lines.unlabelled_count_label(figure, sentence)) is not None:
            evidence = f"verb of count: {verb}" if verb else "count of what there is"
            rated = lines.VERB_GLOSS_CONFIDENCE if verb else lines.EXISTS_CONFIDENCE
            glossed = replace(figure, label=verb, label_evidence=evidence,
                              label_confidence=rated)
            if rated >= LABEL_SHOW_AT:
                shown.append(glossed)
            else:  # the JSON keeps the reading and its rating in place of the bare copy
                held[-1] = replace(glossed, reason=_doubt(glossed))
        elif owner := lines.count_owner(figure, sentence):
            shown.append(replace(figure, label=owner, label_evidence=f"possessor: {owner}",
                                 label_confidence=lines.OWNER_CONFIDENCE))
    return shown, held


def _doubt(figure: Figure) -> str:
    confidence = figure.label_confidence
    rated = "" if confidence is None else f" ({confidence:.2f})"
    if not figure.label:
        return "held back: no label says what it measures"
    evidence = figure.label_evidence or figure.label
    return f"held back: label not sure{rated}: {evidence}"


def split_by_confidence(facts: Facts, texts: list[str] | None = None) -> tuple[Facts, Facts]:
    """(shown, held back): quotes need a speaker and SHOW_AT confidence, names theirs (or a
    shown quote they speak, ``shown_people.voiced_people``); figures a sure label, or the
    line their sentence (``texts``) lets them make."""

    def shown(item: object, kind: str) -> bool:
        if kind == "quote" and not getattr(item, "speaker", ""):
            return False
        return getattr(item, "confidence", 1.0) >= SHOW_AT[kind]

    lists = {
        "people": "person",
        "places": "place",
        "organizations": "organization",
        "quotes": "quote",
    }
    keep, held = replace(facts), Facts()
    for name, kind in lists.items():
        items = getattr(facts, name)
        setattr(keep, name, [i for i in items if shown(i, kind)])
        setattr(held, name, [i for i in items if not shown(i, kind)])
    voiced, held.people = voiced_people(held.people, keep.quotes, keep.people)
    keep.people = with_voiced(keep.people, voiced)
    names = [e.name for e in (*facts.people, *facts.organizations)]
    keep.figures, held.figures = figures_with_sure_labels(facts.figures, texts, names)
    keep.dates = [d for d in facts.dates if date_worth_a_line(d) and d.event]
    held.dates = [held_date(d) for d in facts.dates if not date_worth_a_line(d) or not d.event]
    return keep, held


def held_date(mention: DateMention) -> DateMention:
    """``mention`` as the JSON keeps it: with why the page does not show it."""
    if date_worth_a_line(mention):
        return replace(mention, reason=EVENTLESS, confidence=EVENTLESS_CONFIDENCE)
    return replace(mention, reason=mention.reason or "held back: says nothing the page can date")


# A date whose sentence gives no event ("in 2004", "on May 2" alone) says when but not
# what: every such line of three analyst reads (review15-17) was graded minor, and every
# date line graded ok had its event; so the page shows dates with an event only.
EVENTLESS = "held back: its sentence does not say what happened then"
EVENTLESS_CONFIDENCE = 0.3


def date_worth_a_line(mention: DateMention) -> bool:
    """Whether a date tells the page's reader when: the day of writing is in the page's
    header already (and "today" is often "nowadays"); "last month" or "on Wednesday" with
    no publication date to count from tells nothing (the JSON keeps them)."""
    if mention.kind == "today" or mention.reason:
        return False  # the date finder said why (a listing, a day it is unsure of)
    return mention.kind != "relative" or mention.value is not None


# Quoted words this many or more, half the sentence or more, are a claim someone made;
# fewer are more often a name or a term ("the characters 'China Dream'", "conducted
# 'unauthorised sound testing'"): read on the changed key points of 278 dev briefs
# (every ninth BBC, third CNN/DM and twelfth PolNeAR article).
MIN_CLAIM_WORDS = 4


def quotes_without_a_cue(text: str, code: str | None) -> bool:
    """Quotations of MIN_CLAIM_WORDS or more, at least half the sentence, with no cue verb
    outside them ("'No fans wearing masks will be allowed in.'"): someone's words, whose
    speaker the sentence before names, that alone would read as the brief's own finding."""
    if code not in LEXICON_LANGUAGES:
        return False
    spans = sorted(double_quoted_spans(text) + single_quoted_spans(text))
    if not spans or any(start < 0 or end >= len(text) for start, end in spans):
        return False  # none, or a quotation running on from or past this sentence
    quoted = sum(len(text[start + 1 : end].split()) for start, end in spans)
    if quoted < MIN_CLAIM_WORDS or quoted * 2 < len(text.split()):
        return False  # a phrase the narrative quotes ("how to 'expand the sweet spot'")
    outside, last = [], 0
    for start, end in spans:
        outside.append(text[last:start])
        last = max(last, end + 1)
    outside.append(text[last:])
    return names_no_speaker(" ".join(outside), language_words(code, "ATTRIBUTION_WORDS",
                                                              frozenset()))


def quote_fragments(doc: Document) -> set[int]:
    """Indexes of the sentences that are only pieces of a longer quotation."""
    paragraphs, starts = doc.article.paragraphs, doc.paragraph_starts
    found = set()
    for sentence in doc.sentences:
        number = doc.paragraph_at(sentence.start)
        if number >= len(paragraphs):
            continue
        offset = starts[number]
        if cuts_a_quotation(paragraphs[number], sentence.start - offset, sentence.end - offset):
            found.add(sentence.index)
    return found


def unreadable_alone(doc: Document) -> tuple[set[int], set[int]]:
    """Sentences that cannot stand alone as a key point: (never, unless the sentence
    before is shown). Never: a piece of a longer quotation (words without the speaker who
    said them) and a question the article asks (a rhetorical "So what do we see?" is no
    finding) and a line of page furniture with no clause in it ("Griffin Park",
    "Tuesday, 1 March", "1945 GMT"), a line with no sentence end and two sentences run
    together (glued photo captions). Only after the sentence before: one that opens by
    pointing back to someone it does not name ("He has pleaded not guilty.")."""
    never = quote_fragments(doc) | spoken_turns(doc)
    code = language_code(doc.article.language)
    openers = back_pointing_openers(doc.article.language)
    words = lexicon(code) if code in LEXICON_LANGUAGES else None
    connectives = getattr(words, "CONNECTIVE_OPENERS", frozenset())
    demonstratives = (getattr(words, "DEMONSTRATIVE_OPENERS", frozenset()),
                      getattr(words, "VERBS_AFTER_DEMONSTRATIVE", frozenset()))
    after_previous = set()
    never |= reversed_by_the_next(doc.sentence_texts(), code)
    for sentence in doc.sentences:
        text = sentence.text.strip()
        if cannot_stand_alone(text, code):
            never.add(sentence.index)
        elif openers and (points_back(text, openers, connectives, demonstratives)
                          or said_by_pronoun(text, openers)):
            after_previous.add(sentence.index)
        elif quotes_without_a_cue(text, code) or answers_one_before(text, code):
            after_previous.add(sentence.index)
    return never, after_previous


# A transcript's turn: a paragraph opening with its speaker's name in capitals and a colon
# ("TAPPER: Do you think ...", "JAKE TAPPER:", "TRUMP (VIDEO CLIP):").
_TURN_LABEL = re.compile(
    r"((?:[A-Z][A-Z.'’-]+ ){0,3}([A-Z][A-Z.'’-]+))(?: ?\([^)]{1,30}\))?:[ \t]+\S")


def spoken_turns(doc: Document) -> set[int]:
    """The sentences of a transcript from its first turn on: words of the speakers its
    labels name, with no quote marks, so alone on the page they read as the brief's own
    statement (review18: a TV interview's 'Racial divisions have gotten worse, not
    better.')."""
    text = doc.article.text
    furniture = language_words(language_code(doc.article.language), "NOT_SPEAKER_LABELS", ())
    labels = {index: match.group(2) for index, start in enumerate(doc.paragraph_starts)
              if (match := _TURN_LABEL.match(text, start)) and match.group(1) not in furniture}
    # a transcript's speakers take turns, so one name labels two paragraphs or more;
    # one capitals label is a heading ("UPDATE: 5/12 - ...", "PREVIOUSLY:")
    turns = {index for index, name in labels.items() if list(labels.values()).count(name) > 1}
    if not turns:
        return set()
    # an unlabelled paragraph after a turn goes on with its speaker's words
    first = min(turns)
    return {sentence.index for sentence in doc.sentences if sentence.paragraph >= first}


def reversed_by_the_next(texts: list[str], code: str | None) -> set[int]:
    """The sentences whose next one is a short reply reversing them ("Immigration has
    normally been an issue politicians tiptoed around." "But no longer."): alone, as a key
    point or at the head of the page, such a sentence says the opposite of the news."""
    reply = language_words(code, "REVERSING_REPLY", "")
    if not reply:
        return set()
    return {index for index, text in enumerate(texts[1:])
            if re.match(reply, text.strip(), re.IGNORECASE)}


def said_by_pronoun(text: str, openers: frozenset[str]) -> bool:
    """ "'We will fight on,' he said." : a quote whose speaker the sentence names only by a
    pronoun, so alone it is words of nobody."""
    match = _PRONOUN_ATTRIBUTION.search(text)
    return bool(match) and match.group(1).casefold() in openers


_PRONOUN_ATTRIBUTION = re.compile(r"[,.!?…]\s*['’\"”]+\s+(\w+)\s+\w+(?:\s+\w+)?\.?['’\"”]?$")


def back_pointing_openers(language: str | None) -> frozenset[str]:
    """The language's sentence openers that refer back (none known: nothing is held)."""
    code = language_code(language)
    if code not in LEXICON_LANGUAGES:
        return frozenset()
    return getattr(lexicon(code), "BACK_POINTING_OPENERS", frozenset())


def points_back(text: str, openers: frozenset[str],
                connectives: frozenset[str] = frozenset(),
                demonstratives: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
                ) -> bool:
    """Whether ``text`` opens with a back-pointing word, after at most one short
    introductory phrase ("Soon, he found…", "In 2012, she…") or a connective ("Now they…")."""
    words = tokenize_words(text.split(",", 1)[1] if _SHORT_OPENING.match(text) else text)
    if len(words) > 1 and words[0].casefold() in connectives:
        words = words[1:]  # "Now they've put out another statement"
    # "It's", "He’d": the pronoun before the contraction
    first = re.split(r"['’]", words[0])[0].casefold() if words else ""
    if first in openers:
        return True
    # "However, this has now been reduced ...", "That was ...": a demonstrative with a verb
    # after it stands for something said before ("This week ..." names what it points at)
    return (len(words) > 1 and first in demonstratives[0]
            and words[1].casefold() in demonstratives[1])


_SHORT_OPENING = re.compile(r"^[^,]{1,25},\s")


def readable_picks(summary: Summary, never: set[int],
                   after_previous: frozenset[int] | set[int] = frozenset(),
                   keep: int | None = None) -> list[Pick]:
    """The summary's picks, each that cannot stand alone (``never``; ``after_previous``
    unless the sentence before is a key point too) swapped for the best-ranked sentence
    that reads on its own. ``keep`` (the bottom line; by default the top sentence) is
    always kept."""
    top = summary.top_sentence if keep is None else keep
    chosen = {p.index for p in summary.picks}

    def readable(index: int, shown: set[int]) -> bool:
        if index in never:
            return False
        return index not in after_previous or index - 1 in shown

    kept: list[Pick] = []
    shown: set[int] = set()
    for pick in sorted(summary.picks, key=lambda p: p.index):  # a sentence's predecessor first
        if pick.index == top or readable(pick.index, shown):
            kept.append(pick)
            shown.add(pick.index)
    for spare in summary.ranking:
        if len(kept) >= len(summary.picks):
            break
        if spare.index not in chosen and readable(spare.index, shown):
            kept.append(spare)
            shown.add(spare.index)
    return sorted(kept, key=lambda p: p.index)


def cannot_head_the_page(texts: list[str], never: set[int], after_previous: set[int],
                         code: str | None) -> set[int]:
    """The sentences that cannot be a brief's bottom line, printed alone at the top: those
    that cannot stand alone, less two kinds the key-point rules hold back only to be safe.
    On 278 dev briefs (every 9th BBC, 3rd CNN/DM, 12th PolNeAR) these were good ledes: a
    sentence counted inside a quotation only because of apostrophes in a one-paragraph
    article ("Sydney’s ... the minute’s silence"), and one opening with "it" ("It's not
    just UV rays that ...", an "it" that points ahead)."""
    cues = language_words(code, "ATTRIBUTION_WORDS", frozenset())
    openers = back_pointing_openers(code)
    cannot = {index for index, text in enumerate(texts) if unattributed_opening_quote(text, cues)}
    cannot |= reversed_by_the_next(texts, code)
    for index in never | after_previous:
        text = texts[index].strip()
        if index in after_previous and _OPENS_WITH_IT.match(text):
            continue
        if (index in never and not has_quote_mark(text) and not cannot_stand_alone(text, code)
                and not points_back(text, openers)):
            continue  # not "He is the future of Liverpool.", a quotation's second sentence
        cannot.add(index)
    return cannot


def linked_to_the_one_before(texts: list[str], code: str | None) -> set[int]:
    links = language_words(code, "LINKING_OPENERS", ())
    return {index for index, text in enumerate(texts) if opens_with_a_link(text, links)}


def unattributed_opening_quote(text: str, cues: frozenset[str]) -> bool:
    """ "\"It doesn't matter if it's £30m ..., we will not accept offers.": someone's
    words with no one named as saying them (a quotation whose marks the article left
    unbalanced escapes the quotation rules)."""
    if not cues or not opens_with_quote_mark(text):
        return False
    return names_no_speaker(text, cues)


def names_no_speaker(text: str, cues: frozenset[str]) -> bool:
    """Whether ``text`` holds none of the language's attribution words."""
    return {word.casefold() for word in tokenize_words(text)}.isdisjoint(cues)


_OPENS_WITH_IT = re.compile(r"^[\"'“‘]*It\b")
_OPENING_SINGLE = re.compile(r"(?:^|(?<=[\s(\[—–:-]))[‘'](?=\w)")


def has_quote_mark(text: str) -> bool:
    return has_double_mark(text) or bool(_OPENING_SINGLE.search(text))


def choose_bottom_line(texts: list[str], summary: Summary, never: set[int],
                       after_previous: set[int], code: str | None,
                       quoted: Collection[int] = frozenset()) -> int | None:
    """Index of the bottom line: the best-ranked sentence that can head the page alone
    (not part of a ``quoted`` passage), and one opening with "But"/"However" only when
    no key point can instead."""
    cannot = cannot_head_the_page(texts, never, after_previous, code) | set(quoted)
    bottom = bottom_sentence(summary, len(texts), cannot | linked_to_the_one_before(texts, code))
    if bottom not in {p.index for p in summary.picks} | {summary.top_sentence}:
        # A page whose better sentences all cannot stand alone keeps its "But ..."
        # (one BBC page of 278 dev briefs, its quotation marks unbalanced).
        bottom = bottom_sentence(summary, len(texts), cannot)
    return bottom


def bottom_sentence(summary: Summary, count: int,
                    unreadable: set[int] | frozenset[int] = frozenset()) -> int | None:
    """Index of the summary's top-ranked sentence, or, when that one cannot stand alone
    at the head of the page ("But nearly half ... said", a glued caption), the
    best-ranked one that can; None when there is none among the ``count`` sentences."""
    index = summary.top_sentence
    if index is None or not 0 <= index < count:
        return None
    if index not in unreadable:
        return index
    ordered = summary.ranking or sorted(summary.picks, key=lambda p: -p.score)
    return next((p.index for p in ordered if p.index not in unreadable and 0 <= p.index < count),
                index)


def sentence_ranks(summary: Summary, count: int) -> dict[int, int]:
    """Sentence index -> rank position (0 = best); unranked sentences come last."""
    ordered = summary.ranking or sorted(summary.picks, key=lambda p: -p.score)
    ranks = {pick.index: position for position, pick in enumerate(ordered)}
    return {i: ranks.get(i, len(ranks) + i) for i in range(count)}


# --- priorities ----------------------------------------------------------------------


def prioritise(facts: Facts, summary: Summary, rank: dict[int, int], title: str = "",
               lead: int | None = None) -> Facts:
    """The same facts, each list ordered most useful first (people: those in the
    ``title`` or the bottom line, sentence ``lead``, and the speakers first)."""
    picked = set(summary.indexes)

    def sentence_key(index: int) -> tuple[int, int, int]:
        # Facts stated in the summary first, then by how well their sentence ranks.
        return (0 if index in picked else 1, rank.get(index, len(rank) + index), index)

    return Facts(
        figures=order_figures(facts, picked, sentence_key),
        dates=once_per_day(sorted(facts.dates, key=lambda d: date_key(d, sentence_key))),
        people=main_people(facts.people, facts.quotes, title, lead, sentence_key),
        places=sorted(facts.places, key=lambda e: entity_key(e, sentence_key)),
        organizations=sorted(facts.organizations, key=lambda e: entity_key(e, sentence_key)),
        quotes=sorted(facts.quotes, key=lambda q: sentence_key(q.sentence)),
    )


def order_figures(facts: Facts, picked: set[int], sentence_key) -> list[Figure]:
    """The figures worth a fact-box line, best first (the facts stage decides which).

    Figures it passes over (narrative counts such as "the two men") stay available
    from ``briefing facts``; a brief carries only the box's candidates.
    """
    ordered = sorted(facts.figures, key=lambda f: sentence_key(f.sentence))
    actors = [e.name for e in (*facts.people, *facts.places, *facts.organizations)]
    return select_figures(ordered, preferred_sentences=picked, limit=len(ordered), actors=actors)


def once_per_day(dates: list[DateMention]) -> list[DateMention]:
    """The best mention of each resolved date ("on Thursday (2019-11-14)" once, not also
    "from Thursday (2019-11-14)"); unresolved ones once per wording."""
    seen: set[str] = set()
    kept = []
    for mention in dates:
        key = f"{mention.kind} {mention.value or mention.text.casefold()}"  # "since 2004" stays
        # One wording resolved to two years ("June 9th" read ahead, "June 9" in a list
        # guessed back) is shown once, as the better-ranked mention has it.
        wording = f"{mention.kind} {_ORDINAL_ENDING.sub('', mention.text.casefold())}"
        if not any(ch.isdigit() for ch in mention.text):
            wording = key  # two Fridays, one past and one ahead, are two days
        if key not in seen and wording not in seen:
            seen.update((key, wording))
            kept.append(mention)
    return kept


_ORDINAL_ENDING = re.compile(r"(?<=\d)(?:st|nd|rd|th)\b")


def date_key(date: DateMention, sentence_key) -> tuple:
    # Resolved, absolute dates say more in a fact box than "yesterday".
    return (date.value is None, *sentence_key(date.sentence))


def entity_key(entity: Person | Entity, sentence_key) -> tuple:
    first = min(entity.sentences) if entity.sentences else 10**9
    return (-entity.mentions, *sentence_key(first))


# --- shortening ----------------------------------------------------------------------


def shorten(
    brief: Brief,
    keep_points: int | None = None,
    keep_figures: int | None = None,
    keep_quotes: int | None = None,
    keep_names: int | None = None,
    keep_dates: int | None = None,
) -> Brief:
    """A shorter copy of ``brief``: the best ``keep_*`` items of each list.

    ``None`` keeps a list whole. Points keep their document order and the bottom
    line's sentence is kept while any point is. ``trimmed`` is set when anything
    was left out (and stays set if the brief was already trimmed).
    """
    points = best_points(brief, keep_points)
    facts = brief.facts
    short = Facts(
        figures=prefix(facts.figures, keep_figures),
        dates=prefix(facts.dates, keep_dates),
        people=prefix(facts.people, keep_names),
        places=prefix(facts.places, keep_names),
        organizations=prefix(facts.organizations, keep_names),
        quotes=prefix(facts.quotes, keep_quotes),
    )
    lost = len(points) < len(brief.points) or any(
        len(getattr(short, name)) < len(getattr(facts, name)) for name in FACT_LISTS
    )
    return replace(brief, points=points, facts=short, trimmed=brief.trimmed or lost)


FACT_LISTS = ("figures", "dates", "people", "places", "organizations", "quotes")


def prefix(items: list, keep: int | None) -> list:
    return list(items) if keep is None else list(items[: max(0, keep)])


def best_points(brief: Brief, keep: int | None) -> list[Point]:
    """The ``keep`` highest-scoring points, in document order; the bottom line first in."""
    if keep is None or keep >= len(brief.points):
        return list(brief.points)
    if keep <= 0:
        return []

    def priority(point: Point) -> tuple[bool, float]:
        return (point.sentence != brief.bottom_sentence, -point.score)

    chosen = sorted(brief.points, key=priority)[:keep]
    return sorted(chosen, key=lambda p: p.sentence)


def counts(brief: Brief) -> dict[str, int]:
    """How many items each list of ``brief`` holds (for fitting and notes)."""
    found = {name: len(getattr(brief.facts, name)) for name in FACT_LISTS}
    found["points"] = len(brief.points)
    return found


__all__ = ["GENERATOR", "build", "counts", "shorten"]
