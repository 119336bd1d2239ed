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
    NOT_VERB_ENDINGS,
    NOUNLESS_COUNT,
    OBJECT_OPENERS,
    PHRASE_OPENERS,
    POSTMODIFIER_OPENERS,
    PRESENT_VERB_OBJECTS,
    QUANTIFIERS_AFTER_SO,
    RELATIVE_OPENERS,
    SENTENCE_ADVERBS,
    TOPIC_DETERMINERS,
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
_NOUNLESS_COUNT = re.compile(NOUNLESS_COUNT)
_KNOWN_VERBS = frozenset(VERBS) | MOVE_VERBS | frozenset(QUOTE_CUE_VERBS) | LEDE_VERBS


def stand_in_heading(top: str, *points: str) -> str:
    """A short heading for an untitled article whose top sentence is ``top``; when that
    gives none, the first key point's, if it opens on a subject of its own ("Then ...",
    "Those ...", a quotation lean on the sentence before); when neither has a main clause
    for one, the top sentence's subject (or else the point's) as a topic, if it names
    something."""
    point = points[0] if points and _opens_on_its_own_subject(points[0]) else ""
    for sentence, topic in ((top, False), (point, False), (top, True), (point, True)):
        heading = _heading_of(sentence, topic) if sentence else FALLBACK
        if heading != FALLBACK:
            return heading
    return FALLBACK


def _opens_on_its_own_subject(sentence: str) -> bool:
    words = one_line(sentence).split()
    if not words or words[0][:1] in "\"“‘'(":
        return False
    first = re.split(r"['’]", words[0].lower().strip(",;:"))[0]  # "We’re" is "we"
    return not (first in UNSURE_SUBJECTS or first in LEANING_OPENERS
                or first.endswith(("ed", "ing")) or _NOUNLESS_COUNT.match(" ".join(words)))


def _heading_of(top: str, topic: bool = False) -> str:
    line = _BRACKETS.sub("", one_line(top)).strip()
    if not line:
        return FALLBACK
    if len(line.split()) <= SHORT_SENTENCE_WORDS:
        return line  # "Much rests on his answer.": a sentence, not a fragment of one
    clause = _main_clause(_chunks(line))
    words = clause.split()
    verb = _first_verb(words)
    if (verb is None or verb > MAX_SUBJECT_WORDS or len(words) < MIN_WORDS
            or (_opener(clause) in CLAUSE_OPENERS | UNSURE_SUBJECTS
                and not _quantifier(words))):
        return (_topic(line, clause, verb) if topic else "") or FALLBACK
    if clause.rstrip(" .!?") == line.rstrip(" .!?") and len(words) <= WHOLE_WORDS:
        return line
    cut = len(words) if len(words) <= WHOLE_WORDS else _phrase_end(words, verb)
    if cut is None:  # no phrase ends early enough: the first words, as a last resort
        cut = CUT_WORDS
    heading = _closed(words[:cut], verb)
    return heading[:1].upper() + heading[1:] + "…"


def _topic(line: str, clause: str, verb: int | None) -> str:
    """The subject of a sentence whose verb comes too late for a heading (or is not
    known), as a topic: "The extraordinary global obsession with the Fight of the
    Century…". Only a subject that opens the sentence (after any opening adverbial) and
    names someone or something (a capital after its first word): "The man in his 50s…"
    names nothing."""
    words = clause.split()
    opener = re.split(r"['’]", _opener(clause))[0]  # "It's time for ..." opens on "it"
    if not words or opener in CLAUSE_OPENERS | UNSURE_SUBJECTS | LEANING_OPENERS:
        return ""
    if not (words[0].lower() in TOPIC_DETERMINERS
            or (len(words) > 1 and words[0][:1].isupper() and words[1][:1].isupper())):
        return ""  # "Even the day after a debate ...": an adverb, not a noun phrase
    if not _opens_the_sentence(line, clause):
        return ""  # "..., Angelina Jolie's character from the movie": an aside
    subject = words[:verb] if verb is not None else words
    if len(subject) > CUT_WORDS:
        cut = _topic_end(subject)
        if cut is None:
            return ""
        subject = subject[:cut]
    if len(subject) < MIN_WORDS or not any(word[:1].isupper() for word in subject[1:]):
        return ""
    heading = _closed(subject, 0)
    return heading[:1].upper() + heading[1:] + "…"


def _opens_the_sentence(line: str, clause: str) -> bool:
    """Whether ``clause`` starts the line or follows only opening adverbials."""
    for text, mark in _chunks(line):
        if clause.startswith(text) or text.startswith(clause):
            return True
        if not _opening(text, mark) or _has_verb(text):
            return False  # "In a new tutorial YouTube star X turns herself into Y, ...":
            # the verb was in what looked like an adverbial
    return False


def _topic_end(words: list[str]) -> int | None:
    """How many words to keep of a long subject: the most, at most CUT_WORDS, that end a
    phrase ("A merry widow from Edinburgh who loves to party | the night away")."""
    for end in range(CUT_WORDS, MIN_WORDS - 1, -1):
        last, after = words[end - 1], words[end]
        if not _small(last) and _small(after) and after.lower() not in BINDING_WORDS:
            return end
    return None


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


def _quantifier(words: list[str]) -> bool:
    """ "So many young Americans will be ...": "so" before a quantifier opens a noun
    phrase, not a clause."""
    return (len(words) > 1 and words[0].lower() == "so"
            and words[1].lower() in QUANTIFIERS_AFTER_SO)


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
        if not (_verb(word) or _present_verb(words, k)):
            continue
        before = words[k - 1].lower() if k else ""
        if word.endswith("ed") and (before in OBJECT_OPENERS or before in PHRASE_OPENERS):
            continue
        return k
    return None


def _present_verb(words: list[str], k: int) -> bool:
    """ "The software extracts the colours", "the treatment promises to tighten skin": a
    lower-case "-s" word after a word of the subject and before its object (a determiner,
    a pronoun, "to" or "that") is a verb the lists do not hold; a plural noun is seldom
    followed so ("the goods the firm sold" is rare in a lede)."""
    word = words[k].lower()
    if not (0 < k < len(words) - 1 and words[k].isalpha() and words[k][0].islower()
            and len(word) > 4 and word.endswith("s") and not word.endswith(NOT_VERB_ENDINGS)):
        return False
    before, after = words[k - 1].lower(), words[k + 1].lower()
    return not _small(before) and (after in OBJECT_OPENERS or after in PRESENT_VERB_OBJECTS)


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
    opened = _open_single_quote(words)
    if opened is not None and opened > verb:
        words = words[:opened]  # "captures the 'end of days' group": not "the 'end…"
    while len(words) > max(MIN_WORDS, verb + 1) and _dangles(words[-1]):
        words = words[:-1]
    return " ".join(words).rstrip(" ,;:.-–—")


def _open_single_quote(words: list[str]) -> int | None:
    """Where a single-quoted phrase opens that the words do not close, or None."""
    opened = None
    for k, word in enumerate(words):
        if word[:1] in "‘'" and word[1:2].isalnum():
            opened = k
        if opened is not None and word.rstrip(",;:.!?")[-1:] in "’'" and not word.endswith("'s"):
            opened = None
    return opened


def _dangles(word: str) -> bool:
    """A small word a heading cannot end on ("as its"); a particle may ("running out")."""
    return _small(word) and word.lower() not in BINDING_WORDS - {"of"}
