"""Labels: what a figure measures, read from the words around it."""

from __future__ import annotations

import re

from briefing.facts.figures.nouns import looks_verbal, noun_run
from briefing.facts.figures.quantity import Quantity, sentence_initial
from briefing.facts.figures.words import COMPARATIVES, STOPWORDS, TIME_WORDS, VERBS
from briefing.lang.en.figures import LEVEL_VERBS, NOT_LABEL_WORDS, PERSON_NOUNS
from briefing.lang.en.lexicon import MONTHS as MONTH_NAMES
from briefing.lang.en.speech import SUBJECT_PRONOUNS, UNRESOLVED_PRONOUNS

_WORD_TOKEN = re.compile(r"\S+")


_LABEL_STOP = (
    STOPWORDS
    | TIME_WORDS
    | {
        "total",
        "average",
        "sum",
        "figure",
        "number",
        "amount",
        "worth",
        "equivalent",
    }
)


_HEAD_NOUNS = frozenset({"worth", "sum", "total", "average", "figure", "amount"})


_OF_BEFORE = re.compile(
    r"((?:[\w'’&.-]+\s+){0,3}?[\w'’&.-]+)\s+(?:of|at|was|were|is|are|stood\s+at|reached|hit"
    r"|totalled|totaled|worth|valued\s+at|priced\s+at|estimated\s+at|:|≈|=)\s+"
    r"(?:about|around|nearly|almost|roughly|some|just|only|more\s+than|over|under|up\s+to"
    r"|less\s+than|at\s+least|an\s+estimated|between|from)?\s*$",
    re.I,
)


_CLAUSE_BREAK = re.compile(r"[,;:()\[\]—–]|\s-\s|\b(?:and|but|while|whereas|which|who)\b")


def read_label(text: str, q: Quantity) -> str:
    """What the figure measures, or '' when no sensible noun phrase is found (never a guess)."""
    if q.kind == "age":
        return _sane(_age_label(text, q))
    for finder in (
        _modified_noun,
        _name_in_brackets,
        _of_after,
        _times_what,
        _totalling,
        _name_moved,
        _noun_of_figure,
        _clause_subject,
        _sentence_subject,
    ):
        label = _sane(finder(text, q))
        if label:
            return label
    return ""


_MONTH_WORDS = frozenset(m.lower() for m in MONTH_NAMES)
_PRONOUNS = SUBJECT_PRONOUNS | UNRESOLVED_PRONOUNS | {"him", "her", "them", "us", "me"}


def _sane(label: str) -> str:
    """Trim discourse words and trailing verbs off a label; '' if nothing nominal is left.

    "However" / "although Belgians" / "texas however" / "Rich List led" / "I've" /
    "January Umbro" are stray words, not what a figure measures.
    """
    if not label:
        return ""
    words = label.split()
    while words and _stray(words[0]):
        words = words[1:]
    while words and (_stray(words[-1]) or looks_verbal(words[-1].lower())):
        words = words[:-1]
    if any(_stray(w) for w in words):
        return ""  # a clause break inside: not one noun phrase
    if not words or all(w.lower().strip("'’") in _LABEL_STOP for w in words):
        return ""
    return " ".join(words)


def _stray(word: str) -> bool:
    low = word.lower().strip(",.;:'\"“”’")
    return low in NOT_LABEL_WORDS or low in _MONTH_WORDS or low in _PRONOUNS


_NAME_BRACKET = re.compile(r"((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)\s*\($")


def _name_in_brackets(text: str, q: Quantity) -> str:
    """'RHP John Gant (0.5 WAR)': the name the bracketed figure belongs to."""
    match = _NAME_BRACKET.search(text, max(0, q.start - 50), q.start)
    if not match or (q.start < len(text) and text[q.end : q.end + 1] != ")"):
        return ""
    return match.group(1)


_OF_AFTER = re.compile(
    r"\s+of\s+(?:(?:the|its|their|his|her|our|a|an|this|these|those|all)\s+)?(?=\w)", re.I
)


def _of_after(text: str, q: Quantity) -> str:
    """'$12.4 million of claims', '60% of the workers', '8 miles of new tunnels'."""
    if q.kind in ("age", "noun") and q.unit.lower() not in _QUANTITY_NOUNS:
        return ""  # '6 battalion-tactical groups of ...': the unit already says what is counted
    match = _OF_AFTER.match(text, q.end)
    if not match and q.kind == "currency":
        match = _IN_AFTER.match(text, q.end)  # "$1 billion in gains", "$5m in funding"
    if not match:
        return ""
    phrase, _ = noun_run(text, match.end())
    return _clean_label(phrase.split()) if phrase else ""


_IN_AFTER = re.compile(r"\s+in\s+(?:new\s+|extra\s+|additional\s+)?(?=[a-z]+s\b)")


# Counted nouns that only say "how much" of something named after "of".
_QUANTITY_NOUNS = frozenset("count counts share shares piece pieces unit units".split())


def _times_what(text: str, q: Quantity) -> str:
    """'6.5 times earnings': what the multiple is of."""
    if q.kind != "times":
        return ""
    phrase, _ = noun_run(text, q.end)
    return _clean_label(phrase.split()) if phrase else ""


_NAME_MOVED = re.compile(
    r"([A-Z][\w&.'’-]*(?:\s+(?:[A-Z0-9][\w&.'’-]*|&))*)\s*,?\s+(?:(?:was|were|is|are)\s+)?"
    r"(?:up|down|rose|fell|gained|lost|added|shed|slipped|jumped|climbed|dropped|\+|-)?\s*"
    r"(?:by\s+)?$"
)


def _name_moved(text: str, q: Quantity) -> str:
    """'Unite Group, down 68p', 'Dow +0.2%', 'Burlington by 2.6%': the name that moved."""
    if q.kind not in ("percent", "currency") and q.unit not in ("pence", "points", "cents", "p"):
        return ""
    before = text[max(0, q.start - 60) : q.start]
    match = _NAME_MOVED.search(before)
    if not match or match.group().strip() == match.group(1).strip() and not before.endswith(" "):
        return ""
    name = match.group(1).strip()
    if sentence_initial(before, match.start(1)) and " " not in name:
        return ""  # one capitalised word opening the sentence may be any word
    return name


_TOTALLING = re.compile(
    r"((?:[\w'’-]+\s+){0,3}[\w'’-]+),\s+(?:totall?ing|numbering|comprising|involving)\s+"
    r"(?:about|around|some|nearly|almost|more\s+than|over|up\s+to)?\s*$",
    re.I,
)


_TOTALLING_CUES = ("otall", "otali", "number", "ompris", "nvolv")


def _totalling(text: str, q: Quantity) -> str:
    """'sent 6 battalion-tactical groups, totaling several thousand people': the groups."""
    before = text[max(0, q.start - 80) : q.start]
    if not any(cue in before for cue in _TOTALLING_CUES):
        return ""  # a cheap test first: the pattern below is slow to fail
    match = _TOTALLING.search(before)
    if not match:
        return ""
    tail: list[str] = []
    for word in reversed(match.group(1).split()):
        low = word.lower()
        if word[0].isdigit() or low in _LABEL_STOP or low in VERBS or looks_verbal(low):
            break
        tail.insert(0, word)
    words = tail
    if not words or not words[-1][:1].islower():
        return ""
    return _clean_label(words)


def _clean_label(words: list[str]) -> str:
    while words and words[0].lower().strip("'’") in _LABEL_STOP:
        words = words[1:]
    while words and (words[-1].lower() in _LABEL_STOP or words[-1].lower().endswith("ly")):
        if len(words) > 1 and words[-1].lower() in _HEAD_NOUNS:
            break  # "net worth", "hefty sum": the stop word is the head noun here
        words = words[:-1]
    words = words[-5:]
    return " ".join(words).strip(" ,.;:'\"“”")


_PERSON_BEFORE = re.compile(r"\b(" + "|".join(sorted(PERSON_NOUNS)) + r"),\s$")


def _age_label(text: str, q: Quantity) -> str:
    after = noun_run(text, q.end)[0]
    if after:
        return after
    before = text[max(0, q.start - 40) : q.start]
    name = re.search(
        r"((?:[A-Z][\w'’.-]*\s?){1,3}),\s(?:aged\s)?$", before
    ) or _PERSON_BEFORE.search(before)
    if name:
        return name.group(1).strip()
    return _clause_subject(text, q) or _sentence_subject(text, q)


def _modified_noun(text: str, q: Quantity) -> str:
    """'a 5% pay rise', 'the 50mph winds', 'a $700,000 award': the noun after the unit."""
    if q.kind not in ("currency", "percent", "measure"):
        return ""
    before = text[max(0, q.start - 25) : q.start].lower()
    if not re.search(r"(?:\b(?:a|an|the|its|their|his|her|our|of)|['’]s)\s+$", before) and (
        before.strip()
    ):
        return ""  # "a 5% pay rise", "50mL of 30% sulfuric acid", or a heading "12 C melting point"
    phrase, _ = noun_run(text, q.end)
    return _clean_label(phrase.split()) if phrase else ""


def _noun_of_figure(text: str, q: Quantity) -> str:
    """'a fine of $3 billion', 'the price was $200', 'base price: $59,995'."""
    before = text[max(0, q.start - 80) : q.start]
    match = _OF_BEFORE.search(before)
    if not match:
        return ""
    words = re.findall(r"[\w'’&.-]+", match.group(1))
    tail: list[str] = []
    for word in reversed(words):
        low = word.lower()
        if low in STOPWORDS or low in VERBS or _CLAUSE_BREAK.search(word) or word[0].isdigit():
            break
        if low in LEVEL_VERBS or low in COMPARATIVES:
            if tail:
                break
            continue  # "shares finished 34.4% higher at 3.23": not the noun
        if looks_verbal(low):
            if tail:
                break
            continue  # "Oil traded at $85": the verb before "at" is not part of the noun
        tail.insert(0, word)
    return _clean_label(tail)


def _clause_subject(text: str, q: Quantity) -> str:
    """The noun phrase before the verb of the figure's clause: 'Belarus's army has ...'."""
    start = _clause_start(text, q.start)
    subject = _subject_in(text[start : q.start])
    if subject or not _RELATIVE_END.search(text, 0, start):
        return subject
    if len(text[start : q.start].split()) > 4:
        return ""  # a long relative clause may hold its own subject ("that a plan would ...")
    # "Ford, which has 13000 workers": the relative clause's owner is the noun before it
    owner = _RELATIVE_END.search(text, 0, start)
    words = [w.strip(',.;:()"“”') for w in text[: owner.start()].split()]
    run: list[str] = []
    for word in reversed(words[-5:]):
        low = word.lower()
        if not word or low in _LABEL_STOP or low in VERBS or word[0].isdigit():
            break
        run.insert(0, word)
    return _clean_label(run)


_RELATIVE_END = re.compile(r"[\s,]*\b(?:which|who)\s*$")


def _sentence_subject(text: str, q: Quantity) -> str:
    return _subject_in(text[: _clause_start(text, q.start)])


def _clause_start(text: str, pos: int) -> int:
    start = 0
    for match in _CLAUSE_BREAK.finditer(text, 0, pos):
        if match.end() <= pos:
            start = match.end()
    return start


def _subject_in(clause: str) -> str:
    tokens = _WORD_TOKEN.findall(clause)
    words = [t.strip(',.;:()"“”') for t in tokens]
    for index, word in enumerate(words):
        low = word.lower()
        if low in VERBS or (low.endswith("ed") and len(low) > 4 and index > 0):
            run: list[str] = []
            for previous in reversed(words[:index]):
                p_low = previous.lower()
                if p_low in _LABEL_STOP and not run:
                    continue
                if p_low in _LABEL_STOP or p_low.endswith("ly") or not previous:
                    break
                if previous[0].isdigit():
                    break
                run.insert(0, previous)
            label = _clean_label(run)
            if label:
                return label
            return _first_noun_run(words[:index])
    return ""


def _first_noun_run(words: list[str]) -> str:
    run: list[str] = []
    for word in words:
        low = word.lower()
        if not word or word[0].isdigit():
            if run:
                break
            continue
        if low in _LABEL_STOP:
            if run:
                break
            continue
        run.append(word)
    return _clean_label(run)
