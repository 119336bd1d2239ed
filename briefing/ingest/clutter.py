"""Clutter families found in real pages and pasted articles, each a named rule.

Two kinds of rules:

* **line rules** drop a whole line: reading-time lines in every language we support
  ("Tempo de leitura: 1 minuto"), wire slugs ("AP-US--Trump-Impeachment, 4th
  Ld-Writethru"), wire bylines ("Robert Burns, AP National Security Writer"), reprint
  and copyright/ISSN lines, picture-gallery counters ("Image 1 of 8");
* **cut rules** remove a piece inside a line and keep the rest: "Scroll down for
  video", "(above)", a newsletter call ("Sign up for our free daily newsletter."),
  a dateline's agency mark ("(CNN) --"), pop-up text glued into a name ("Kristi
  NoemKristi Lynn Noem" -> "Kristi Noem"), a newspaper's photo captions glued into the
  text ("... on Monday Closed off: Barriers went up at both ends However, ...").

Every cut is recorded as ``Removed(piece, rule)`` so ``--explain`` shows it. The word
lists live in ``briefing.lang``; the tuned sizes say what they were tuned on.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache
from itertools import islice

from briefing.lang import LEXICON_LANGUAGES, alternation, lexicon
from briefing.lang.en import lexicon as en
from briefing.lang.en import speech
from briefing.models import Removed
from briefing.text import caseless

MAX_CLUTTER_WORDS = 40  # the longest subscription/copyright line in the dev pages: 31 words
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


@lru_cache(maxsize=4096)
def _word_count(line: str) -> int:
    """Words of a line; cached because every line rule asks it of the same lines."""
    return len(_WORD.findall(line))


def forget_word_counts() -> None:
    _word_count.cache_clear()


@cache
def reading_time() -> re.Pattern[str]:
    """'Tempo de leitura: 1 minuto', 'Lesezeit 3 Min.', '5 min read', '4 minutes de lecture'."""
    labels, units, tails = [], [], []
    for code in LEXICON_LANGUAGES:
        words = lexicon(code)
        labels += getattr(words, "READING_TIME_LABELS", ())
        units += getattr(words, "READING_TIME_UNITS", ())
        tails += getattr(words, "READING_TIME_TAILS", ())
    number = r"(?:\d{1,3}|<\s*\d{1,3})(?:\s*[-–]\s*\d{1,3})?"
    unit = rf"(?:{alternation(units)})\.?"
    return re.compile(
        rf"^(?:(?:{alternation(labels)})\s*[:：.-]?\s*(?:ca\.?\s*|approx\.?\s*)?{number}\s*{unit}"
        rf"(?:\s+(?:{alternation(tails)}))?"
        rf"|{number}\s*{unit}(?:\s+(?:{alternation(tails)}))?)\.?$",
        re.IGNORECASE,
    )


WIRE_SLUG = re.compile(r"^[A-Z]{2,4}-[A-Z]{2,4}-{1,2}[\w'-]+(?:[-,]\s*\d+(?:st|nd|rd|th)\s+\w+)?"
                       r"(?:-Writethru)?(?:,\s*\w+)*$|\bLd-Writethru\b|\bWritethru\b")
_NAME = r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}"
WIRE_BYLINE = re.compile(
    rf"^(?:By\s+)?{_NAME}(?:\s*(?:,|and)\s*{_NAME})*,\s+(?:The\s+)?"
    rf"(?:{alternation(en.WIRE_AGENCIES)})(?:\s+[A-Z][\w-]*){{0,3}}\s+"
    rf"(?:{alternation(en.WIRE_ROLES)})$",
    re.IGNORECASE,
)
ISSN = re.compile(r"\bISSN\b\s*:?\s*\d{4}-?\d{3}[\dXx]")
REPRINT = re.compile(rf"^[-–•|]?\s*(?:{alternation(en.REPRINT_LINES)})\s*[|»›]?$", re.IGNORECASE)
GALLERY_COUNTER = re.compile(
    r"^(?:image|photo|picture|slide)?\s*\d{1,3}\s*(?:of\s*/?|/)\s*\d{1,3}$", re.IGNORECASE
)


def is_subscription_line(line: str) -> bool:
    """A line that asks the reader to subscribe or sign up, not a sentence of the story."""
    if _word_count(line) > MAX_CLUTTER_WORDS:
        return False
    return bool(SUBSCRIPTION_LINE.match(line))


SUBSCRIPTION_LINE = re.compile(
    rf"^(?:{alternation(en.SUBSCRIPTION_CALLS)})\b.*\b(?:{alternation(en.NEWSLETTER_WORDS)})\b",
    re.IGNORECASE,
)

LINE_RULES: list[tuple[str, Callable[[str], bool]]] = [
    ("reading-time", lambda line: bool(reading_time().match(line))),
    ("wire-slug", lambda line: len(line) < 120 and bool(WIRE_SLUG.search(line))),
    ("wire-byline", lambda line: len(line) < 120 and bool(WIRE_BYLINE.match(line))),
    ("copyright-issn-line", lambda line: _word_count(line) <= MAX_CLUTTER_WORDS
     and bool(ISSN.search(line))),
    ("reprint-or-tool-line", lambda line: bool(REPRINT.match(line))),
    ("gallery-counter", lambda line: bool(GALLERY_COUNTER.match(line))),
    ("subscription-call", is_subscription_line),
]


# "... the Southeast Asian nation. less" / "... relations ... more": a caption's toggle
CAPTION_TOGGLE = re.compile(r"(?:[.!?]\s+less|(?:\.\.\.|…)\s*more)$")
# "5:45 AM PST 11/19/2019 by Patrick Shanley", "Updated 14:02 GMT, 3 March 2024"
TIME_STAMP = re.compile(
    r"^(?:(?:updated|published|posted)\s*:?\s*)?(?:\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*"
    r"(?:[A-Z]{2,4})?,?\s*)?(?:\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2})"
    r"(?:\s+\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?)?(?:\s*(?:[|,-]\s*)?by\s+[A-Z][^.!?]{0,60})?$",
    re.IGNORECASE,
)

# "Updated at 1:23 p.m.", "Last updated 09:15 GMT": a time with no date
UPDATED_AT = re.compile(
    r"^(?:last\s+)?(?:updated|posted|published)\s*(?:at|on)?\s*:?\s*\d{1,2}[:.]\d{2}\s*"
    r"(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{2,4})?\.?$",
    re.IGNORECASE,
)
COMMENT_CALL = re.compile(rf"^(?:{alternation(en.COMMENT_CALLS)})\b[^.!?]{{0,40}}[.!?…]*$",
                          re.IGNORECASE)
# "Listen to Newsbeat live at 12:45 and 17:45 weekdays - or listen back here."
MEDIA_CALL = re.compile(
    rf"^(?:{alternation(en.MEDIA_CALL_VERBS)})\b[^.!?]{{0,120}}\b"
    rf"(?:{alternation(en.MEDIA_CALL_ENDINGS)})[.!]?$"
)
REPUBLISHED = re.compile(rf"^(?:{alternation(en.REPUBLISHED_CREDITS)})\s+[^.!?]{{2,60}}\.?$",
                         re.IGNORECASE)
OFFER = re.compile(rf"\b\d{{1,3}}\s+(?:{alternation(en.OFFER_UNITS)})\s+for\s+(?:just\s+|only\s+)?"
                   r"[£$€]\s?\d", re.IGNORECASE)
OFFER_CALL = re.compile(rf"\b(?:{alternation(en.OFFER_CALLS)})\b", re.IGNORECASE)
SHORT_CALL_WORDS = 25  # the longest listen/comment call in the Zyte dev pages: 14 words


def is_short_line(line: str, limit: int = SHORT_CALL_WORDS) -> bool:
    return _word_count(line) <= limit


def is_subscription_offer(line: str) -> bool:
    """"Get the magazine delivered every month. 12 issues for £11.99. Click here ...": a
    price per number of issues with a call to buy, not a report of a price."""
    return (_word_count(line) <= MAX_CLUTTER_WORDS and bool(OFFER.search(line))
            and bool(OFFER_CALL.search(line)))


# "— Jane Doe (@janedoe) November 18, 2019": the signature line under an embedded post
POST_SIGNATURE = re.compile(
    rf"^[—–-]\s*[^\n]{{1,80}}\(@\w{{1,30}}\)\s*(?:{en.MONTH_PATTERN})\.? \d{{1,2}}, \d{{4}}$"
)

LINE_RULES += [
    ("embedded-post-signature", lambda line: bool(POST_SIGNATURE.match(line))),
    ("embedded-post-link", lambda line: bool(SHORT_POST_LINK.fullmatch(line))),
    ("caption-toggle", lambda line: _word_count(line) <= 80
     and bool(CAPTION_TOGGLE.search(line))),
    ("timestamp-line", lambda line: bool(TIME_STAMP.match(line) or UPDATED_AT.match(line))),
    ("comment-call", lambda line: is_short_line(line) and bool(COMMENT_CALL.match(line))),
    ("listen-or-watch-call", lambda line: is_short_line(line) and bool(MEDIA_CALL.match(line))),
    ("republication-credit", lambda line: bool(REPUBLISHED.match(line))),
    ("subscription-offer", is_subscription_offer),
    # a whole line "Follow the show on Instagram, Facebook and YouTube."; inside a
    # paragraph the same call is cut (cut rules below)
    ("social-follow-call", lambda line: is_short_line(line) and is_follow_call(line)),
]


def is_follow_call(line: str) -> bool:
    match = SOCIAL_FOLLOW.match(line)
    return bool(match) and match.end() >= len(line.rstrip())


def line_rule(line: str) -> str | None:
    for name, test in LINE_RULES:
        if test(line):
            return name
    return None


# --- cut rules ---------------------------------------------------------------------------

VIDEO_POINTER = re.compile(rf"\s*\b(?:{alternation(en.VIDEO_POINTERS)})\b[.:]?\s*", re.IGNORECASE)
PICTURE_POINTER = re.compile(rf"\s*\((?:{alternation(en.PICTURE_POINTERS)})\)", re.IGNORECASE)
# "Sign up for our free daily newsletter here." inside a paragraph, to its sentence end
NEWSLETTER_CALL = re.compile(
    rf"(?:(?<=[.!?])|^)\s*(?:{alternation(en.SUBSCRIPTION_CALLS)})\b[^.!?]{{0,160}}?"
    rf"\b(?:{alternation(en.NEWSLETTER_WORDS)})\b[^.!?]{{0,120}}(?:[.!?]|$)",
    re.IGNORECASE,
)
# "CNN's Sam Stringer contributed to this report." as the sentence a paragraph ends on
CREDIT_SENTENCE = re.compile(
    rf"(?:(?<=[.!?])|(?<=[.!?][\"”’])|^)\s*[A-Z][^.!?\n]{{0,120}}?\b"
    rf"(?i:{alternation(en.CREDIT_ENDINGS)})(?:\s+(?:from|in)\s+[A-Z][^.!?\n]{{0,40}})?"
    rf"[.!]?\s*$"
)
# "CNN's Ann O'Neill reported from Boston. Dana Ford reported from Atlanta." closing a
# paragraph: names (an outlet's possessive, commas and "and" between them), the verb and
# a place. It may follow a glued video title ("Survivors react to the verdict Ann O'Neill
# reported from Boston."), so it may start after a lower-case word.
_CREDIT_WORD = r"(?:[A-Z]\.|[A-Z][\w'’-]+)"  # a full stop only after an initial
_CREDIT_NAME = rf"{_CREDIT_WORD}(?: {_CREDIT_WORD}){{0,3}}"
CREDIT_FROM = re.compile(
    rf"(?:(?<=[.!?])\s*|(?<=[.!?][\"”’])\s*|^|(?<=[a-z] ))"
    rf"(?:[A-Z][\w-]*['’]s )?{_CREDIT_NAME}(?:,? (?:and )?{_CREDIT_NAME}){{0,5}}"
    rf" (?:{alternation(en.CREDIT_FROM_VERBS)}) {_CREDIT_NAME}(?:, {_CREDIT_NAME})?[.!]?\s*$"
)
# "Follow him on Twitter @michaeldwall. Follow us on Twitter @Spacedotcom or Facebook."
_NETWORK = rf"(?:{alternation(en.SOCIAL_NETWORKS)})(?:\s*(?:at\s+)?@\w+)?"
SOCIAL_FOLLOW = re.compile(
    rf"(?:(?<=[.!?])|^)\s*(?:You can\s+)?[Ff]ollow\s+(?:him|her|them|us|me|@\w+|"
    rf"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}})\s+on\s+{_NETWORK}"
    rf"(?:\s*(?:,|or|and)\s*(?:on\s+)?{_NETWORK})*\s*[.!]?"
)
# "https://t.co/XPx1", "pic.twitter.com/s96j": an embedded post's short links, never words
SHORT_POST_LINK = re.compile(r"\s*(?:https?://t\.co/\w+|(?:https?://)?pic\.twitter\.com/\w+)")
# "(CNN) -- ", "HANOI, Vietnam (AP) — ", "CLEVELAND, July 19 (UPI) — " at the start of a
# paragraph; without an agency, only a place in capitals before a dash ("DUBAI, United Arab
# Emirates — "), the wire style a sentence never opens with.
_DATELINE_DATE = rf"(?:,?\s*(?:{alternation(en.MONTHS + en.MONTH_ABBREVIATIONS)})\.?\s+\d{{1,2}})"
DATELINE = re.compile(
    rf"^(?:[A-Z][\w.'’-]*(?:[ ,/]+[A-Z][\w.'’-]*){{0,4}}{_DATELINE_DATE}?\s*)?"
    rf"\((?P<agency>{alternation(en.WIRE_AGENCIES)})\)\s*(?:--|[-—–])?\s*(?=\S)"
    rf"|^[A-Z]{{3,}}(?:[ .'-][A-Z]{{2,}})*(?:,(?: [A-Z][\w.'’-]*){{1,4}})?{_DATELINE_DATE}?"
    rf"\s+(?:--|[—–])\s*(?=[A-Z])"
)
# "Washington, DC, United States: Getting to the Moon ...": a place ending in its country,
# then a colon (Al Jazeera's style). The country is looked up, since a sentence may open
# with a list of names and a colon.
COLON_DATELINE = re.compile(
    r"^(?P<place>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?:, [A-Z][\w.'’-]*){1,3}"
    r"(?: [A-Z][\w.'’-]*){0,3}):\s+(?=[A-Z\"“‘'])"
)


def colon_dateline(line: str) -> re.Match[str] | None:
    match = COLON_DATELINE.match(line)
    if match is None:
        return None
    from briefing.lang.gazetteer import places

    country = match.group("place").rsplit(", ", 1)[1]
    return match if places().get(country, ("", ""))[1] == "list:countries" else None


# "Kristi NoemKristi Lynn Noem": a name with a pop-up's fuller name glued on; some sites'
# pop-ups go on with the person's related headlines up to a "MORE" link.
POP_UP_REACH = 600  # characters of related headlines after the glued name (Zyte dev: 420)
GLUED_NAME = re.compile(
    r"\b(?P<name>(?P<first>[A-Z][a-z]+)(?: [A-Z][a-z.]+)*? (?P<last>[A-Z][a-z]+))"
    r"(?P<glued>(?P=first)(?: [A-Z][\w.'-]+){0,3}? (?P=last)"
    rf"(?:(?=[A-Z])[^\n]{{0,{POP_UP_REACH}}}? MORE\b|\b))"
)


def cut(line: str, removed: list[Removed]) -> str:
    """The line without its inline clutter (each cut piece recorded in ``removed``)."""
    match = DATELINE.match(line) or colon_dateline(line)
    if match and _word_count(line) > 6:
        rule = "dateline-agency-mark" if match.groupdict().get("agency") else "dateline"
        removed.append(Removed(match.group(0).strip(), rule))
        line = line[match.end():]
    folded_of, folded = "", ""
    for pattern, rule, keys, ignore_case in _CUT_RULES:
        if ignore_case and line is not folded_of:  # once a line, not once a rule
            folded_of, folded = line, caseless(line)
        if any(key in (folded if ignore_case else line) for key in keys):
            line = cut_all(line, pattern, rule, removed)
    if any(verb in line for verb in _CREDIT_FROM_KEYS):
        line = cut_closing_credits(line, removed)
    if _GLUE.search(line):
        line = GLUED_NAME.sub(lambda m: unglue(m, removed), line)
    if any(link in line for link in _SHORT_LINK_KEYS):
        line = cut_all(line, SHORT_POST_LINK, "embedded-post-link", removed)
    return cut_glued_captions(line, removed).strip() if ": " in line else line.strip()


# Words each cut rule's every match holds (caseless for a re.IGNORECASE rule, as its
# pattern matches them): a line without them is not scanned, since most lines are plain
# prose (0.5 ms an article of ``cut``'s 0.8 in bench_facts).
_CUT_RULES: tuple[tuple[re.Pattern[str], str, tuple[str, ...], bool], ...] = (
    (VIDEO_POINTER, "video-pointer", tuple(w.lower() for w in en.VIDEO_POINTERS), True),
    (PICTURE_POINTER, "picture-pointer", ("(",), False),
    (NEWSLETTER_CALL, "newsletter-call", tuple(w.lower() for w in en.NEWSLETTER_WORDS), True),
    (CREDIT_SENTENCE, "contributor-credit", tuple(w.lower() for w in en.CREDIT_ENDINGS), True),
    (SOCIAL_FOLLOW, "social-follow-call", ("ollow",), False),  # "[Ff]ollow"
)
_CREDIT_FROM_KEYS = tuple(f" {verb} " for verb in en.CREDIT_FROM_VERBS)  # CREDIT_FROM's
_GLUE = re.compile(r"[a-z][A-Z]")  # GLUED_NAME: the name's last letter, the glued capital
_SHORT_LINK_KEYS = ("t.co/", "pic.twitter.com/")  # SHORT_POST_LINK's


def cut_closing_credits(line: str, removed: list[Removed]) -> str:
    """The line without the reporters' credits it closes on, one after another."""
    while (match := CREDIT_FROM.search(line)) and match.start() > 0:
        removed.append(Removed(match.group(0).strip(), "contributor-credit"))
        line = line[:match.start()].rstrip()
    return line


def cut_all(line: str, pattern: re.Pattern[str], rule: str, removed: list[Removed]) -> str:
    pieces = [m.group(0).strip() for m in pattern.finditer(line)]
    if not pieces or pieces == [line.strip()]:
        return line  # a whole line of clutter is the line rules' to drop and name
    removed.extend(Removed(piece, rule) for piece in pieces if piece)
    line = re.sub(r" {2,}", " ", pattern.sub(" ", line))
    return re.sub(r"(?<=\w) +(?=[.,;:!?](?:\s|$))", "", line).strip()


def unglue(match: re.Match[str], removed: list[Removed]) -> str:
    removed.append(Removed(match.group("glued"), "glued-pop-up-text"))
    return match.group("name")


# --- glued photo captions ----------------------------------------------------------------
# Daily Mail pages (the CNN/DM dev set) paste their photo captions into the story: each is a
# short capitalised label and a colon, then a description with no full stop of its own,
# glued to whatever follows: "... to close the road. Old timer: The stone bridge has stood
# since 1931 Closed off: Barriers went up at both ends on Monday However, the ferry ...".
# A caption is cut only where its end is certain: the next caption's label follows it, or
# a word that starts sentences ("However,", "All of"). One that runs into a full stop may
# be a sentence that opens with a label ("Update: The road is closed.") and is kept, as is
# speech ("He said: ...", "Mr Lee added: That ...").
CAPTION_MAX_WORDS = 60  # CNN/DM FRANK 250: the longest caption cut has 57 words (two glued)
# "Pictured: The old quarry bridge" is a caption; "Referee: Sam Cole" is data
CAPTION_MIN_WORDS = 3
_WORD_SPAN = re.compile(r"\S+")
_CAPTION_START = re.compile(
    r"(?:^|(?<=[.!?])|(?<=[.!?][\"'”’)]))\s?"
    r"(?P<label>(?:[A-Z]|[‘'](?=\w))[\w'’‘-]*(?: [\w'’‘-]+){0,4}): (?=[A-Z£$])"
)
# a caption glued to the one before: "... since 1931 Closed off: Barriers ..."
_NEXT_LABEL = re.compile(r"(?:[A-Z]|[‘'](?=\w))[\w'’‘-]*(?: [a-z][\w'’-]*){0,4}: (?=[A-Z£$])")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)]*$")
_DOTTED = re.compile(r"(?:[A-Za-z]\.){2,}$")  # "U.S." inside a caption ends nothing
_LABEL_WORD = re.compile(r"[\w'’‘-]+")
_EOL = -1


def is_caption_label(label: str) -> bool:
    """A caption's label names the picture; "Mr Wang said" introduces speech."""
    words = {w.lower().strip("'’‘") for w in _LABEL_WORD.findall(label)}
    return not words & en.SPEECH_VERB_WORDS and not any(ch.isdigit() for ch in label)


def ends_sentence(word: str) -> bool:
    """Whether a word closes a sentence: "2,000 years." does, "U.S.", "vs." and "Dr." do not."""
    if _DOTTED.search(word) or word.rstrip(".").lower() in speech.SPEAKER_ABBREVIATIONS:
        return False
    return bool(_SENTENCE_END.search(word))


def caption_end(line: str, start: int, mid_line: bool = True,
                ) -> tuple[int, re.Match[str] | None] | None:
    """Where the caption text starting at ``start`` ends, with the next glued caption's
    label when one follows; ``_EOL`` when it runs to the end of the line; None when it
    reaches a sentence end or runs too long (then it is not cut)."""
    words = list(islice(_WORD_SPAN.finditer(line, start), CAPTION_MAX_WORDS + 2))
    for i, word in enumerate(words[:CAPTION_MAX_WORDS]):
        text = word.group()
        if ends_sentence(text) or text.endswith(":"):
            return None  # a colon inside: a fact box ("Kick-off: Saturday, 3pm Odds: ...")
        if i + 1 == len(words):
            return (_EOL, None) if i + 1 >= CAPTION_MIN_WORDS else None
        if i + 1 < CAPTION_MIN_WORDS or (not text[-1].isalnum() and text[-1] not in "'’)"):
            continue  # "Julia, pictured ...": punctuated, so no glued boundary here
        following = words[i + 1]
        label = _NEXT_LABEL.match(line, following.start())
        if label and is_caption_label(label.group()):
            return word.end(), label
        if starts_story(following.group(), words[i + 2].group() if i + 2 < len(words) else ""):
            return word.end(), None
        if mid_line and opens_speech(line, following.start()):
            return word.end(), None  # "... by cleaners in Peru 'But when I opened it ...'"
    return None


def starts_story(word: str, after: str) -> bool:
    """"However," or "All of": the story going on after a caption."""
    if word.endswith(","):
        return word[:-1] in en.CAPTION_END_STARTERS
    return word in en.CAPTION_END_STARTERS and after[:1].islower()


def opens_speech(line: str, pos: int) -> bool:
    """ "'But when I opened it I nearly died ...": quoted speech going on after a caption
    glued into it. Not a short quoted title, closed within a few words with no
    punctuation of its own ("a film dubbed 'The First Great Escape' The story ...",
    "when \"American Pie\" topped the charts")."""
    if line[pos : pos + 1] not in _OPENING_MARKS or not line[pos + 1 : pos + 2].isupper():
        return False
    closing = _CLOSING_MARK.search(line, pos + 1, pos + 1 + _TITLE_REACH)
    if closing is None:
        return True
    quoted = line[pos + 1 : closing.start()].rstrip()
    return quoted.endswith((",", ".", "!", "?")) or len(quoted.split()) > _TITLE_WORDS


_OPENING_MARKS = "'‘\"“"
_CLOSING_MARK = re.compile(r"['’\"”](?!\w)")
_TITLE_REACH = 60  # characters: a quoted title closes within them
_TITLE_WORDS = 6


def caption_spans(line: str) -> list[tuple[int, int]]:
    """(start, end) of every glued caption whose end is certain (see above)."""
    spans: list[tuple[int, int]] = []
    for match in _CAPTION_START.finditer(line):
        if (spans and match.start() < spans[-1][1]) or not is_caption_label(match.group("label")):
            continue
        before = line[: match.start()].split()
        if before and not ends_sentence(before[-1]):
            continue  # "Chiefs vs. Chargers: Recap"
        start, text_start, chain = match.start("label"), match.end(), []
        # at a line's start "Label: ... 'Quote'" is more often a headline than a caption
        while (found := caption_end(line, text_start, mid_line=start > 0)) is not None:
            end, label = found
            if end == _EOL:
                if chain or start > 0:  # a caption may close the paragraph, not be all of it
                    chain.append((start, len(line)))
                break
            chain.append((start, end))
            if label is None:
                break
            start, text_start = label.start(), label.end()
        spans.extend(chain)
    return spans


def cut_glued_captions(line: str, removed: list[Removed]) -> str:
    spans = caption_spans(line)
    if not spans:
        return line
    pieces, last = [], 0
    for start, end in spans:
        removed.append(Removed(line[start:end].strip(), "glued-photo-caption"))
        pieces.append(line[last:start])
        last = end
    pieces.append(line[last:])
    return re.sub(r" {2,}", " ", " ".join(p.strip() for p in pieces if p.strip()))
