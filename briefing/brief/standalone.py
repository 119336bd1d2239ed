"""Sentences that cannot stand alone as a key point or a bottom line, read from their
text only: page furniture, a line left hanging, a call to the reader, an exclamation,
two sentences run together (a newspaper's photo caption glued to the story) and a line
opening with a photo caption's label. :mod:`briefing.brief` adds the rules that need the
sentence's neighbours.
"""

from __future__ import annotations

import re
from functools import cache

from briefing.lang import LEXICON_LANGUAGES, alternation, lexicon
from briefing.lang.quotes import has_double_mark, opens_with_quote_mark
from briefing.lang.words import tokenize_words
from briefing.segment.run_ons import glued_openings


def language_words(code: str | None, name: str, default):
    """The lexicon's list ``name`` for the language, or ``default`` when it has none."""
    return getattr(lexicon(code), name, default) if code in LEXICON_LANGUAGES else default


def cannot_stand_alone(text: str, code: str | None) -> bool:
    """The text-only reasons of :func:`unreadable_alone` for "never"."""
    return ((text.endswith("?") and not has_double_mark(text))
            or is_page_furniture(text) or talks_to_the_reader(text, code)
            or points_at_the_page(text, code)
            or is_exclamation(text) or too_short(text) or has_no_sentence_end(text)
            or trails_off(text)
            or runs_two_sentences_together(text, code) or opens_with_a_caption_label(text, code)
            or is_fixture_line(text, code) or opens_without_a_subject(text, code)
            or has_a_capitals_label_inside(text) or continues_reported_speech(text, code)
            or is_a_list_of_names(text, code) or is_markup_or_handles(text)
            or opens_in_lower_case(text, code) or is_credit_line(text, code)
            or opens_with_a_capitals_heading(text) or announces_what_follows(text, code)
            or restates_the_one_before(text, code) or turns_on_nothing_of_its_own(text, code)
            or is_a_photo_caption(text, code) or is_an_attribution_tail(text, code))


# A caption names its subject in its first few words ("Nauru guards pictured with ...").
CAPTION_SUBJECT_WORDS = 6
# An attribution tail names its speaker in at most this many words ("Hillary Clinton").
TAIL_SPEAKER_WORDS = 3
_TAIL = re.compile(r"\s*((?:[A-Z][\w'’.-]*\s+){1,%d})(\w+)\s*(.*)$" % TAIL_SPEAKER_WORDS)  # noqa: UP031


# A signpost this long or longer says something ("There are big fights over the plan in
# the county."); read on the 15 dev lines of lang/en/key_points.EXISTENTIAL_SIGNPOST.
SIGNPOST_MAX_WORDS = 8
LISTING_SIGNPOST_MAX_WORDS = 10


def announces_what_follows(text: str, code: str | None) -> bool:
    """ "There are some caveats involved, of course.", "Then there was the issue of food.":
    a "there is" signpost to the next sentence with no name, number or negation in it and,
    unless it opens a list's next item ("Then there ..."), nothing after its bare noun."""
    if code not in LEXICON_LANGUAGES or any(ch.isdigit() for ch in text):
        return False
    head = text.strip().lstrip("\"'“‘ ")
    rest = re.sub(language_words(code, "SIGNPOST_ASIDES", r"(?!)"), " ", head.casefold())
    words = tokenize_words(rest)
    if any(word[:1].isupper() for word in tokenize_words(head)[1:]):
        return False  # "There are two class action suits over Trump University."
    if any(word in language_words(code, "NEGATION_WORDS", frozenset())
           or word.endswith(("n't", "n’t")) for word in words):
        return False  # "There were no injuries."
    if re.match(language_words(code, "LISTING_SIGNPOST", r"(?!)"), rest):
        return len(words) <= LISTING_SIGNPOST_MAX_WORDS
    prepositions = language_words(code, "PHRASE_PREPOSITIONS", frozenset())
    return (re.match(language_words(code, "EXISTENTIAL_SIGNPOST", r"(?!)"), rest) is not None
            and len(words) <= SIGNPOST_MAX_WORDS and not any(w in prepositions for w in words))


def restates_the_one_before(text: str, code: str | None) -> bool:
    """ "That was also true at the last general election ...": the sentence before's claim,
    said again of another time or place, which alone says nothing."""
    pattern = language_words(code, "RESTATING_OPENER", "")
    return bool(pattern) and re.match(pattern, text.strip().lstrip("\"'“‘ "), re.I) is not None


def is_a_photo_caption(text: str, code: str | None) -> bool:
    """ "Guards pictured with the senator at a rally in May.": a caption participle after
    a short subject, or a place in the photo ("fourth from left"), and no finite verb
    anywhere in the line."""
    words = tokenize_words(text)  # a capitalised "May" or "Will" is no verb
    participles = language_words(code, "CAPTION_PARTICIPLES", frozenset())
    finite = language_words(code, "FINITE_VERB_WORDS", frozenset())
    at = next((i for i, word in enumerate(words) if word.casefold() in participles), None)
    if at is not None and 1 <= at <= CAPTION_SUBJECT_WORDS:
        others = words[:at] + words[at + 1:]
    elif re.search(language_words(code, "CAPTION_POSITIONS", r"(?!)"), text):
        others = words  # "Summer, fourth from left, helping to deliver presents."
    else:
        return False
    return not any(word in finite or (len(word) > 4 and word.endswith("ed"))
                   for word in others if word.islower())


def is_an_attribution_tail(text: str, code: str | None) -> bool:
    """ "Clinton asked, according to a transcript of the interview.": a speaker and a
    speech verb, perhaps with where it was reported, and nothing said."""
    verbs = language_words(code, "ATTRIBUTION_TAIL_VERBS", frozenset())
    if not verbs:
        return False
    match = _TAIL.match(text.strip())
    if not match or match.group(2).casefold() not in verbs:
        return False
    rest = match.group(3).strip()
    if rest in (".", "") or re.match(r",\s*according to\b[^,;:\"“”]*\.$", rest) is not None:
        return True
    # "Jamie wrote, the affidavit said.": the report that carries the attribution
    source = _REPORTED_BY.match(rest)
    return source is not None and source.group(1).casefold() in verbs


# ", the affidavit said.", ", police said.": a short source after the attribution
_REPORTED_BY = re.compile(r",\s*(?:the\s+)?(?:[\w'’-]+\s+){1,3}?(\w+)\.$")


# A clause has lowercase words (verbs, articles, prepositions); a venue, a date, a kick-off
# time or a table row has none or one, and no full stop. On every fourth BBC News Summary
# article (279, 5,297 sentences) the rule holds back 48 lines, all team sheets, venues,
# kick-off times, game titles and lead-ins ("The proposals include:"), no finding.
MIN_LOWERCASE_WORDS = 3
_ENDS_A_SENTENCE = re.compile(r"[.!?…][\"'”’)\]]*$")


def is_page_furniture(text: str) -> bool:
    """A line in a cased script that is no clause: no lowercase word at all, or fewer than
    three and no sentence end ("Griffin Park", "Tuesday, 1 March"; not "Nobody was
    hurt."). Scripts without case (Chinese, Japanese) are never judged by it."""
    if not any(ch.isalpha() for ch in text):
        return True  # "2015; 28: 685-690.": a reference's volume and pages
    if not any(ch.isupper() for ch in text):
        return False
    lower = sum(w.isalpha() and w.islower() for w in tokenize_words(text))
    if lower == 0:
        return True
    return lower < MIN_LOWERCASE_WORDS and not _ENDS_A_SENTENCE.search(text.strip())


def is_a_list_of_names(text: str, code: str | None) -> bool:
    """A team sheet or a list of scorers ("Murphy; Rabeni, Smith, M Johnson (capt), L
    Deacon; Moody, Back, Corry.", "Gerrard 79 og, Drogba 107.", "H Clitheroe (Preston
    Harriers), K Holmes (Ealing AC)."): names, numbers and brackets, no other lower-case
    word outside the brackets."""
    outside = _BRACKETED.sub(" ", text)
    if not any(ch.isupper() for ch in outside):
        return False
    allowed = (language_words(code, "ROSTER_WORDS", frozenset())
               | language_words(code, "NAME_PARTICLES", frozenset()))
    return not any(word.isalpha() and word.islower() and word not in allowed
                   for word in tokenize_words(outside))


_BRACKETED = re.compile(r"\([^()]*\)")


def is_markup_or_handles(text: str) -> bool:
    """A line of markup or a post's tags left in pasted text ("<tweet tweet-id=...>
    <tweet/>.", ".gmobile { height: 275px !important;", "@givens1613.", "#FLforMarco")."""
    rest = _MARKUP.sub(" ", text)
    return rest != text and not any(ch.isalnum() for ch in rest)


_MARKUP = re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>]*)?/?>|[.#]?[\w-]+\s*\{[^}]*"
                     r"|(?<!\w)[@#]\w+|[\"“”.,;:!?\s]+")


def opens_in_lower_case(text: str, code: str | None) -> bool:
    """ ", who beat Francesca Schiavone 6-3.", "in Paris.", "of.": the tail of a sentence the
    splitter cut in two. A word with a capital or a digit inside ("iPod", "eBay") is a
    brand, which may open a sentence."""
    if code not in LEXICON_LANGUAGES:
        return False
    match = _FIRST_WORD.search(text)
    return (bool(match) and match.group(0).islower() and match.start() == _first_letter(text)
            and not any(ch.isdigit() for ch in match.group(0)))  # "my6sense's exchange"


_FIRST_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _first_letter(text: str) -> int:
    """Offset of the first letter or digit: a line opening with a number is no tail."""
    return next((i for i, ch in enumerate(text) if ch.isalnum()), -1)


def is_credit_line(text: str, code: str | None) -> bool:
    """ "Dana Ford reported from Atlanta.", "Alex Ray contributed to this story.": the
    reporters' credit a wire story ends on; or an editor's note that the story was updated."""
    note = language_words(code, "UPDATE_NOTE", "")
    if note and re.match(note, text.strip()):
        return True
    verbs = (language_words(code, "CREDIT_VERBS", ())
             + language_words(code, "CREDIT_ENDINGS", ()))
    if not verbs:
        return False
    roles = tuple(role.lower() for role in language_words(code, "WIRE_ROLES", ()))
    return bool(_credit_line(verbs, roles).match(text.strip()))


@cache
def _credit_line(verbs: tuple[str, ...], roles: tuple[str, ...]) -> re.Pattern[str]:
    # "Associated Press writer Jill Colvin": names, and the wire's role words between them
    word = rf"(?:[A-Z][\w.'’-]*|{alternation(roles)})" if roles else r"[A-Z][\w.'’-]*"
    names = rf"(?!The\b)[A-Z][\w.'’-]*(?:,? (?:and )?{word}){{0,6}}"
    place = r"[A-Z][\w.'’-]*(?:,? [A-Z][\w.'’-]*){0,4}"
    return re.compile(rf"^{names} (?:{alternation(verbs)})(?: (?:from |in )?{place})?[.!]?$")


def is_fixture_line(text: str, code: str | None) -> bool:
    """A row of a fixtures or results table ("August 17 - Faroe Islands v Cyprus.",
    "Republic of Ireland v Cyprus; France v Israel."): sides joined by the language's
    fixture word and hardly another lower-case word, with a full stop or not. On all 1,111
    BBC, 250 CNN/DM and 280 PolNeAR dev articles it holds back fixture lists only."""
    separators = language_words(code, "FIXTURE_SEPARATORS", frozenset())
    if not separators:
        return False
    words = tokenize_words(text)
    joined = any(word in separators and before[:1].isupper() and after[:1].isupper()
                 for before, word, after in zip(words, words[1:], words[2:], strict=False))
    others = sum(w.isalpha() and w.islower() and w not in separators for w in words)
    return joined and others < MIN_LOWERCASE_WORDS


def opens_without_a_subject(text: str, code: str | None) -> bool:
    """ "May demand a say in selection.": a modal verb and a bare verb open the line, whose
    subject is in the line before (a fact box's list, a caption). A name ("May said ...",
    "Will Smith") is followed by no bare verb; a question ("Could it be?") ends in "?"."""
    modals = language_words(code, "SUBJECTLESS_MODALS", frozenset())
    words = tokenize_words(text)
    if len(words) < 2:
        return False
    if _opens_with_a_verb(words, text, code):
        return True
    if words[0] not in modals:
        return False
    verb = words[1]
    function_words = (language_words(code, "FUNCTION_WORDS", frozenset())
                      - language_words(code, "BARE_AUXILIARIES", frozenset()))
    return (verb.isalpha() and verb.islower() and verb not in function_words
            and not verb.endswith("ed") and not (verb.endswith("s") and not verb.endswith("ss")))


def _opens_with_a_verb(words: list[str], text: str, code: str | None) -> bool:
    """ "Protects against UVA and UVB.": a capitalised verb in the third person opens the
    line, outside quotation marks, and the line asks nothing ("Is it over?", "Is there a
    plan?" he asked)."""
    verbs = language_words(code, "SUBJECTLESS_VERB_OPENERS", frozenset())
    first = words[0]
    return (not opens_with_quote_mark(text) and "?" not in text
            and first[:1].isupper() and first[1:].islower() and first.lower() in verbs
            and words[1].lower() not in ("of", "and", "or"))


def trails_off(text: str) -> bool:
    """ "So frustrating …", "The next BIG challenge is …", "Here we look back at some of
    her other amazing looks...": a sentence left hanging on an ellipsis (one after a full
    stop, ". ...", marks a cut in a quotation and stays)."""
    return bool(_TRAILING_ELLIPSIS.search(text.strip()))


_TRAILING_ELLIPSIS = re.compile(r"(?<![.!?\s])\s*(?:…|\.\.\.)[\"'”’)\]]*$")


def has_no_sentence_end(text: str) -> bool:
    """A line of a cased script that stops without a full stop, "?" or "!": a photo
    caption ("Mata celebrates with Herrera after his second goal"), a lead-in ending in
    ":" or a sentence cut short ("Hrbaty will now play 2002 champion"). In the dev
    corpora (every 4th PolNeAR, every 5th BBC and 250 CNN/DM articles, through ingestion:
    16,000 sentences) it holds back 139 lines: captions, lead-ins, fixtures and cut
    sentences; in BBC 2 of its 29 were whole sentences whose full stop the page had dropped."""
    if not any(ch.isupper() for ch in text):
        return False
    return not _ENDS_A_SENTENCE.search(_STRAY_CLOSING_MARK.sub("", text.strip()))


# "... at the 10-day event. '": a closing mark the page left after a space
_STRAY_CLOSING_MARK = re.compile(r"\s+[\"'”’]$")


def runs_two_sentences_together(text: str, code: str | None) -> bool:
    """Two sentences glued without a full stop, as a newspaper's pasted photo caption is
    glued to the story: a sentence opener capitalised after an unpunctuated lower-case
    word, a number or a bracket and before a lower-case word or a number ("... at Wembley
    in 2010 The striker said ...", "... exam answers The 31-year-old ..."), a connective
    and its comma ("... bench However, striker ..."), or a quotation attributed after it
    opening mid-sentence ("... the final 'Shay comes in every day,' said ..."). Either way
    one of the two is a caption. On the same sample: 121 more lines in CNN/DM, 2 in BBC, 1
    in PolNeAR, each a real run-on. The article, "And", digit, connective and apostrophe
    readings (all 250 CNN/DM, 1,111 BBC, 840 PolNeAR articles): 41 more in CNN/DM and 5 in
    BBC, all run-ons but one reader's comment ("my A-Levels and A degree")."""
    return bool(glued_openings(text, code, after_a_quote=True))


# An exclamation this short is the writer's tone ("How chivalrous!"), not a finding.
MAX_EXCLAMATION_WORDS = 4


# Fewer words than this say nothing alone ("We do.", "Think about it.", "There are
# solutions."): on 208 dev briefs (every 9th BBC, 3rd CNN/DM article) the key points this
# short were all such, against "Adeli claimed to be 28." at five.
MIN_POINT_WORDS = 5


def too_short(text: str) -> bool:
    return len(text.split()) < MIN_POINT_WORDS


def is_exclamation(text: str) -> bool:
    unquoted = not has_double_mark(text)
    return unquoted and text.endswith("!") and len(text.split()) <= MAX_EXCLAMATION_WORDS


def talks_to_the_reader(text: str, code: str | None) -> bool:
    """A call to the reader or a credit line ("Email us at ...", "(Subscribe on ...)",
    "Podcast produced by ..."): the page's, not the story's."""
    if code not in LEXICON_LANGUAGES:
        return False
    words = lexicon(code)
    calls = getattr(words, "READER_CALLS", ()) + getattr(words, "CREDIT_OPENERS", ())
    opening = text.lstrip("([ ").casefold()
    return any(opening.startswith(call.casefold() + " ") for call in calls) or bool(
        (_EMAIL_ADDRESS.search(text) or _WEB_ADDRESS.search(text)) and len(text.split()) <= 12
    )


_EMAIL_ADDRESS = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.]+\b")
# "For more information, please visit www.example.com.": a short line carrying a web
# address sends the reader away, as a press release's last line does.
_WEB_ADDRESS = re.compile(r"\b(?:https?://|www\.)\S+", re.I)


def points_at_the_page(text: str, code: str | None) -> bool:
    """ "Here, Sportsmail recounts his finest moments.", "Here are five things to watch:":
    a signpost to what the page shows next (or a "here" for a place named before), which
    alone on a brief points at nothing."""
    signposts = language_words(code, "PAGE_SIGNPOSTS", ())
    opening = text.lstrip("([ ")
    return any(opening.startswith(signpost)
               and not opening[len(signpost):len(signpost) + 1].isalnum()
               and not _NAMES_ITS_PLACE.match(opening[len(signpost):])
               for signpost in signposts)


_NAMES_ITS_PLACE = re.compile(r"\s+(?:in|at)\s+[A-Z]")  # "Here in Cleveland, Trump's team ..."


# "Sleepy kid: Brock ... was last seen ...", "Wanted: Police have issued ...", "CLAIM: ...":
# a photo caption's label (a word or two, then lower case; or capitals) before its text. On
# all 250 CNN/DM, 1,111 BBC and 840 PolNeAR dev articles: 152 more lines, CNN/DM captions and
# fact-box labels, PolNeAR transcript turns ("CLINTON: ..."), editor's notes and lead-ins
# ("For context: ..."), BBC team sheets; not titles ("Fall of an Empire: The Story of ...")
# or names ("Joy Smith: ...").
_CAPTION_LABEL = re.compile(r"([A-Z][\w'’-]*(?: [\w'’-]+){0,3}): (?=[A-Z£$‘'\"“])")
CAPTION_LABEL_WORDS = 2


def opens_with_a_caption_label(text: str, code: str | None) -> bool:
    match = _CAPTION_LABEL.match(text)
    if match is None or code not in LEXICON_LANGUAGES:
        return False
    label = match.group(1)
    words = label.split()
    speech = language_words(code, "SPEECH_VERB_WORDS", frozenset())
    if any(word.lower().strip("'’") in speech for word in words):
        return False  # "He went on: ...", "It reads: ...": speech follows
    if label.isupper() and len(label) > 1:
        return True
    starters = language_words(code, "SENTENCE_STARTERS", frozenset())
    return (len(words) <= CAPTION_LABEL_WORDS and words[0] not in starters
            and all(word.islower() for word in words[1:]))


# "Alec Stewart (Age 52) CURRENT JOB: Director of cricket ...", "... inflated FACEBOOK
# FAKERY: Clinton boasts ...": a fact box's or caption's label of two or more words in
# capitals, inside the line, glued to the text before it. In all 1,111 BBC, 250 CNN/DM and
# 280 PolNeAR dev articles 21 such labels, all fact boxes and captions but one game title.
_CAPITALS_LABEL_INSIDE = re.compile(r"(?<=[\w.)!?'’\"”] )[A-Z]{2,}(?: [A-Z]+)+: ")


def has_a_capitals_label_inside(text: str) -> bool:
    return bool(_CAPITALS_LABEL_INSIDE.search(text))


# "5. ANDREW SYMONDS STOPS A STREAKER Thankfully, Benaud was on hand ...", "HOW TO SPOT
# BEDBUGS Before you start itching.": a subhead in capitals (a listicle's numbered item, a
# news roundup's headline) glued to the paragraph under it. Three capitals words and then an
# ordinary capitalised one: on all 1,111 BBC, 250 CNN/DM and 840 PolNeAR dev articles 33
# lines, every one such a heading (read by hand).
_CAPITALS_HEADING = re.compile(
    r"^(?:\d+[.)]\s+)?(?:[A-Z0-9'‘\"“][A-Z0-9'’‘\"“”&,-]*\s+){2,}[A-Z][A-Z'’&-]+['’\"”]?\s+[A-Z][a-z]")


def opens_with_a_capitals_heading(text: str) -> bool:
    return bool(_CAPITALS_HEADING.match(text.strip()))


# A reply to the sentence before this short, with no name or number in it, says nothing
# but its turn ("But such success is down to more than music.", "But they might as well
# have."): 380 dev sentences (BBC-even, CNN/DM, PolNeAR), 15 of them shown key points, each
# a bare turn; read on the shown lines that lean, a longer one has a claim ("But officials
# said stagnant growth was still stifling the job market.", 11 words).
BARE_REPLY_MAX_WORDS = 9


def turns_on_nothing_of_its_own(text: str, code: str | None) -> bool:
    """ "But such success is down to more than music.": a short reply to the sentence
    before (:func:`answers_one_before`) that names no one and counts nothing. Beside that
    sentence it only announces the next; alone it is a turn with nothing to turn on."""
    if code not in LEXICON_LANGUAGES or any(ch.isdigit() for ch in text):
        return False
    words = tokenize_words(text.strip().lstrip("\"'“‘ "))
    if not 0 < len(words) <= BARE_REPLY_MAX_WORDS:
        return False
    if any(word[:1].isupper() and word != "I" for word in words[1:]):
        return False  # "But Sturrock has distanced himself from the position."
    return answers_one_before(text, code)


def continues_reported_speech(text: str, code: str | None) -> bool:
    """ "But that her party want 'chaos' at Westminster.": the second half of "X said that
    ... but that ...", cut off from its speaker and verb."""
    words = [word.casefold() for word in tokenize_words(text)[:3]]
    return (len(words) == 3 and words[1] == "that"
            and words[0] in language_words(code, "THAT_CLAUSE_LINKS", frozenset())
            and words[2] in language_words(code, "THAT_CLAUSE_STARTERS", frozenset()))


def answers_one_before(text: str, code: str | None) -> bool:
    """Whether a sentence reads as a reply to the one before it: it opens with a word of
    contrast ("But I want to remind you ...", "However, ..."), sets a contrast aside off
    after its first words ("Andrew, however, was content"), or names its subject only by
    an age or a description standing for a name given before ("The 28-year-old reached
    1.80m", "The centre, who is in line for a start, ..."), says what "that" is ("That's
    in contrast to other concerns.") or only agrees with it ("Slightly more than a third
    of independents, 35%, agree.")."""
    if opens_with_a_link(text, language_words(code, "ANSWERING_OPENERS", ())):
        return True
    head = text.lstrip("\"'“‘ ").casefold()
    asides = language_words(code, "CONTRAST_ASIDES", frozenset())
    first_clause = head.split(",", 2)
    if len(first_clause) == 3 and len(first_clause[0].split()) <= 3 \
            and first_clause[1].strip() in asides:
        return True
    if opens_on_that_is(text, code) or agrees_with_the_one_before(text, code):
        return True  # "That's in contrast to ...", "Slightly more than a third ... agree."
    such = language_words(code, "SUCH_OPENER", "")
    if such and re.match(such, text.strip(), re.I):
        return True  # "Such absences are often due to family holidays."
    epithet = language_words(code, "EPITHET_OPENER", "")
    if epithet and re.match(epithet, text.strip()):
        return True  # "The centre, who is in line for a first start, ..."
    age_opener = language_words(code, "AGE_DESCRIPTION_OPENER", "")
    return bool(age_opener) and re.match(age_opener, head) is not None


def opens_on_that_is(text: str, code: str | None) -> bool:
    """ "That's in contrast to other concerns.", "That is 9.1% higher than ...": "that"
    with "is" stands for what the sentence before said (not before a capital: "That's
    Life host Esther Rantzen said ...")."""
    pattern = language_words(code, "THAT_IS_OPENER", "")
    return bool(pattern) and re.match(pattern, text.strip().lstrip("\"'“‘ ")) is not None


# A longer line ending on "agreed" has a claim of its own; tuned on the 16 dev lines of
# lang/en/key_points.AGREEING_ENDING.
AGREEING_MAX_WORDS = 16


def agrees_with_the_one_before(text: str, code: str | None) -> bool:
    """ "Slightly more than a third of independents, 35%, agree.": a verb of agreeing with
    no object ends a short line with no claim of its own ("32% said he was right and 38%
    disagreed" has one), so the line takes its claim from the sentence before."""
    ending = language_words(code, "AGREEING_ENDING", "")
    plain = text.strip()
    return (bool(ending) and re.search(ending, plain) is not None
            and len(plain.split()) <= AGREEING_MAX_WORDS and ";" not in plain
            and not has_double_mark(plain)
            and not {"and", "but"} & {word.casefold() for word in tokenize_words(plain)})


def opens_with_a_link(text: str, links: tuple[str, ...]) -> bool:
    """Whether ``text`` opens with one of ``links``, as a whole word, case aside ("But
    nearly half those surveyed said ...", "However, ..."): the bottom line's test with the
    linking openers, a key point's with the answering ones."""
    head = text.lstrip("\"'“‘ ").casefold()
    return any(head.startswith(link) and not head[len(link):len(link) + 1].isalnum()
               for link in links)
