"""The heading of an untitled article (pasted text), made from its top sentence.

A heading has to say what happened, so it is the sentence's main clause, subject and
verb: an opening adverbial ("In about five years,", "CHICAGO -") and an aside after the
subject (", who has only been named as Mr Zhang,", ", 56,") are left out, and a long
clause is cut where a phrase ends after its verb. A top sentence whose first words show
no verb gives way to the first key point, and when that has none either the heading is
a plain "Untitled article": a cut that names nothing ("The man in his 50s…") read as a
headline that says nothing (review of 16 briefs).
"""

from __future__ import annotations

import re

from briefing.facts.date_events import is_verb
from briefing.facts.figures.words import VERBS
from briefing.lang.en.figures import MOVE_VERBS
from briefing.lang.en.headlines import (
    ASIDE_OPENERS,
    BINDING_WORDS,
    CLAUSE_OPENERS,
    LEANING_OPENERS,
    LEDE_VERBS,
    NAMING_PARTICIPLES,
    OBJECT_OPENERS,
    PHRASE_OPENERS,
    POSTMODIFIER_OPENERS,
    RELATIVE_OPENERS,
    SENTENCE_ADVERBS,
    UNSURE_SUBJECTS,
)
from briefing.lang.en.lexicon import FUNCTION_WORDS
from briefing.lang.en.speech import QUOTE_CUE_VERBS
from briefing.text import one_line

FALLBACK = "Untitled article"
# A main clause of at most this many words is the heading whole; a longer one is cut at
# a phrase end within CUT_WORDS (CNN/DM-250 top sentences: 14 keeps "Crystal Palace's XI
# on Monday night may only have been worth a mere £17m" whole).
WHOLE_WORDS = 14
# A top sentence of at most this many words is the heading as it stands (the length the
# earlier stand-in kept whole).
SHORT_SENTENCE_WORDS = 12
CUT_WORDS = 12
# The verb has to come this early: a subject of more words is a sentence, not a heading.
MAX_SUBJECT_WORDS = 9
MIN_WORDS = 3
# A phrase end this close to the verb leaves it without its object ("Greece has denied |
# it will fail to pay ..."): the first CUT_WORDS words read better.
MIN_AFTER_VERB = 2
# A chunk in capitals of at most this many words opens the sentence: "CHICAGO -", "N.H.".
DATELINE_WORDS = 3
# Chunks looked through for the verb after a subject ("Grant Allen, 38, of Harlow, Essex,
# travelled ...").
MAX_ASIDES = 4
# Clause marks: a comma not inside a number ("1,200"), a semicolon or colon, a spaced dash.
# (Not a colon: "the new Avengers: Age of Ultron" is a title.)
_CLAUSE_MARK = re.compile(r"(,(?!\d)|;\s|\s(?:--|[-–—―])\s|^(?:--|[-–—―])\s|\s(?:--|[-–—―])$)")
_BRACKETS = re.compile(r"\s*\([^()]*\)")
_QUOTE = re.compile(r"[\"“”]")
_KNOWN_VERBS = frozenset(VERBS) | MOVE_VERBS | frozenset(QUOTE_CUE_VERBS) | LEDE_VERBS


def stand_in_heading(top: str, *points: str) -> str:
    """A short heading for an untitled article whose top sentence is ``top``; when that
    gives none, the first key point's, if it opens on a subject of its own ("Then ...",
    "Those ...", a quotation lean on the sentence before)."""
    heading = _heading_of(top)
    if heading == FALLBACK and points and _opens_on_its_own_subject(points[0]):
        return _heading_of(points[0])
    return heading


def _opens_on_its_own_subject(sentence: str) -> bool:
    words = one_line(sentence).split()
    if not words or words[0][:1] in "\"“‘'(":
        return False
    first = re.split(r"['’]", words[0].lower().strip(",;:"))[0]  # "We’re" is "we"
    return not (first in UNSURE_SUBJECTS or first in LEANING_OPENERS
                or first.endswith(("ed", "ing")))


def _heading_of(top: str) -> str:
    line = _BRACKETS.sub("", one_line(top)).strip()
    if not line:
        return FALLBACK
    if len(line.split()) <= SHORT_SENTENCE_WORDS:
        return line  # "Much rests on his answer.": a sentence, not a fragment of one
    clause = _main_clause(_chunks(line))
    words = clause.split()
    verb = _first_verb(words)
    if (verb is None or verb > MAX_SUBJECT_WORDS or len(words) < MIN_WORDS
            or _opener(clause) in CLAUSE_OPENERS | UNSURE_SUBJECTS):
        return FALLBACK
    if clause.rstrip(" .!?") == line.rstrip(" .!?") and len(words) <= WHOLE_WORDS:
        return line
    cut = len(words) if len(words) <= WHOLE_WORDS else _phrase_end(words, verb)
    if cut is None:  # no phrase ends early enough: the first words, as a last resort
        cut = CUT_WORDS
    heading = _closed(words[:cut], verb)
    return heading[:1].upper() + heading[1:] + "…"


def _chunks(line: str) -> list[tuple[str, str]]:
    """The line's pieces between clause marks, each with the mark after it."""
    parts = _CLAUSE_MARK.split(line)
    pieces = [(parts[k].strip(), parts[k + 1].strip() if k + 1 < len(parts) else "")
              for k in range(0, len(parts), 2)]
    return [(text, mark) for text, mark in pieces if text]


def _main_clause(pieces: list[tuple[str, str]]) -> str:
    """The subject's chunk and, when it has no verb of its own, the chunk that carries on
    with the verb ("The man in his 50s" ... "was travelling"), past asides; the opening
    adverbials before it left out."""
    chunks = [text for text, _ in pieces]
    start, skipped = 0, []
    while start + 1 < len(chunks) and _opening(*pieces[start]):
        skipped.append(_opening(*pieces[start]))
        start += 1
    head = chunks[start]
    if start and not _may_open_a_clause(head):
        return ""  # "In the aftermath of ... the talk, all-of-a-sudden looks ..."
    if _has_verb(head):
        return head
    if start and _opener(chunks[start - 1]) in CLAUSE_OPENERS and _has_verb(chunks[start - 1]):
        return ""  # "When ... learned that his son, Wil, had ...": the commas are not ours
    rest = chunks[start + 1 : start + 1 + MAX_ASIDES]
    for number, chunk in enumerate(rest):
        opener, first = _opener(chunk), chunk.split()[0]
        if opener in ASIDE_OPENERS or first[:1].isdigit() or not _has_verb(chunk):
            continue  # ", who has only been named as Mr Zhang,", ", 56,"
        if first[:1].isupper():  # a new subject: what came before opened the sentence
            return chunk
        if not (_verb(first) or opener in POSTMODIFIER_OPENERS):
            return head
        following = rest[number + 1] if number + 1 < len(rest) else ""
        if following and _verb(following.split()[0]) and not following[:1].isupper():
            continue  # ", shortened to OM, is a practice": the participle was an aside
        if "phrase" in skipped:
            return ""  # "Over the last year more than 25,000 people, a population ...,
            # have fought": the subject was in what looked like an adverbial
        return f"{head} {chunk}"
    return head


def _opening(chunk: str, mark: str) -> str:
    """What kind of opening before the subject ``chunk`` is, or "": a dateline
    ("CHICAGO -"); or, closed by a comma, a "phrase" ("In about five years"), a "clause"
    with its verb ("If you were there") or a "participle" and no other verb ("Famed for
    its cuisine"). What a dash closes may run on into an aside ("more than 25,000 people
    - a population the size of Key West - have ...")."""
    opener, words = _opener(chunk), chunk.split()
    has_verb = _first_verb(words[1:]) is not None
    if chunk.upper() == chunk and len(words) <= DATELINE_WORDS:
        return "dateline"
    if mark != ",":
        return ""
    if opener in CLAUSE_OPENERS and has_verb:
        return "clause"
    if opener in PHRASE_OPENERS or opener in RELATIVE_OPENERS:
        return "phrase"
    if len(opener) > 4 and opener.endswith(("ed", "ing")) and not has_verb:
        return "participle"
    return ""


def _may_open_a_clause(chunk: str) -> bool:
    """After an adverbial, the subject: not an adverb ("perhaps", "all-of-a-sudden")."""
    first = chunk.split()[0]
    if not first[:1].islower():
        return True
    low = first.lower()
    return not ("-" in low or low.endswith("ly") or low in SENTENCE_ADVERBS)


def _opener(chunk: str) -> str:
    words = chunk.split()
    return words[0].lower().strip("\"“‘'") if words else ""


def _verb(word: str) -> bool:
    """A verb form; "career-oriented", "three-wheeled" are adjectives."""
    low = word.strip(",;:.")
    if "-" in word or not word[:1].islower() or low in NAMING_PARTICIPLES:
        return False  # "May Pat Christie", "the dog named Foxxy"
    return is_verb(word) or low in _KNOWN_VERBS


def _has_verb(chunk: str) -> bool:
    return _first_verb(chunk.split()) is not None


def _first_verb(words: list[str]) -> int | None:
    """Where the first verb is; an "-ed" word after a determiner or preposition is an
    adjective ("with advanced cervical cancer", "the injured")."""
    for k, word in enumerate(words):
        if not _verb(word):
            continue
        before = words[k - 1].lower() if k else ""
        if word.endswith("ed") and (before in OBJECT_OPENERS or before in PHRASE_OPENERS):
            continue
        return k
    return None


def _phrase_end(words: list[str], verb: int) -> int | None:
    """How many words to keep: the most, at most CUT_WORDS, that end a phrase after the
    verb (a content word before a small word: "... on his three-wheeled motorbike | in"),
    not a verb group ("Benzema | will miss") or a figure ("13 | per cent") cut in two."""
    for end in range(min(CUT_WORDS, len(words) - 1), verb + MIN_AFTER_VERB, -1):
        last, after = words[end - 1], words[end]
        if _small(last) or not _small(after) or _verb(after) or after.lower() in BINDING_WORDS:
            continue  # "at the age | of 84", "running | out"
        if _has_digit(last) and after.lower() == "per":
            continue  # "13 | per cent"
        if _verb(last) and after.lower() in OBJECT_OPENERS:
            continue  # "are believed | to be serving", "can expect | a retirement income"
        return end
    return None


def _small(word: str) -> bool:
    return word.lower().strip(",;:.\"“”‘’'") in FUNCTION_WORDS


def _has_digit(word: str) -> bool:
    return any(ch.isdigit() for ch in word)


def _closed(words: list[str], verb: int) -> str:
    """The words as a heading: no small word or punctuation left dangling ("as she"), no
    quotation left open."""
    text = " ".join(words)
    if len(_QUOTE.findall(text)) % 2:
        opened = max(text.rfind('"'), text.rfind("“"))
        text = text[:opened] if opened > 0 else text.lstrip("\"“")
    words = text.split()
    while len(words) > max(MIN_WORDS, verb + 1) and _dangles(words[-1]):
        words = words[:-1]
    return " ".join(words).rstrip(" ,;:.-–—")


def _dangles(word: str) -> bool:
    """A small word a heading cannot end on ("as its"); a particle may ("running out")."""
    return _small(word) and word.lower() not in BINDING_WORDS - {"of"}
