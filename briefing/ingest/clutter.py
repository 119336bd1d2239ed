"""Clutter families found in real pages and pasted articles, each a named rule.

Two kinds of rules:

* **line rules** drop a whole line: reading-time lines in every language we support
  ("Tempo de leitura: 1 minuto"), wire slugs ("AP-US--Trump-Impeachment, 4th
  Ld-Writethru"), wire bylines ("Robert Burns, AP National Security Writer"), reprint
  and copyright/ISSN lines, picture-gallery counters ("Image 1 of 8");
* **cut rules** remove a piece inside a line and keep the rest: "Scroll down for
  video", "(above)", a newsletter call ("Sign up for our free daily newsletter."),
  a dateline's agency mark ("(CNN) --"), pop-up text glued into a name ("Kristi
  NoemKristi Lynn Noem" -> "Kristi Noem").

Every cut is recorded as ``Removed(piece, rule)`` so ``--explain`` shows it. The word
lists live in ``briefing.lang``; the tuned sizes say what they were tuned on.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from briefing.lang import LEXICON_LANGUAGES, alternation, lexicon
from briefing.lang.en import lexicon as en
from briefing.models import Removed

MAX_CLUTTER_WORDS = 40  # the longest subscription/copyright line in the dev pages: 31 words
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


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
    if len(_WORD.findall(line)) > MAX_CLUTTER_WORDS:
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
    ("copyright-issn-line", lambda line: len(_WORD.findall(line)) <= MAX_CLUTTER_WORDS
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

LINE_RULES += [
    ("caption-toggle", lambda line: len(_WORD.findall(line)) <= 80
     and bool(CAPTION_TOGGLE.search(line))),
    ("timestamp-line", lambda line: bool(TIME_STAMP.match(line))),
]


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
# "Follow him on Twitter @michaeldwall. Follow us on Twitter @Spacedotcom or Facebook."
_NETWORK = rf"(?:{alternation(en.SOCIAL_NETWORKS)})(?:\s*(?:at\s+)?@\w+)?"
SOCIAL_FOLLOW = re.compile(
    rf"(?:(?<=[.!?])|^)\s*(?:You can\s+)?[Ff]ollow\s+(?:him|her|them|us|me|@\w+|"
    rf"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}})\s+on\s+{_NETWORK}"
    rf"(?:\s*(?:,|or|and)\s*(?:on\s+)?{_NETWORK})*\s*[.!]?"
)
# "(CNN) -- ", "HANOI, Vietnam (AP) — ", "LONDON (Reuters) - " at the start of a paragraph
DATELINE = re.compile(
    rf"^(?:[A-Z][\w.'’-]*(?:[ ,/]+[A-Z][\w.'’-]*){{0,4}}\s*)?"
    rf"\((?P<agency>{alternation(en.WIRE_AGENCIES)})\)\s*(?:--|[-—–])?\s*(?=\S)"
)
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
    match = DATELINE.match(line)
    if match and len(_WORD.findall(line)) > 6:
        removed.append(Removed(match.group(0).strip(), "dateline-agency-mark"))
        line = line[match.end():]
    for pattern, rule in ((VIDEO_POINTER, "video-pointer"), (PICTURE_POINTER, "picture-pointer"),
                          (NEWSLETTER_CALL, "newsletter-call"),
                          (CREDIT_SENTENCE, "contributor-credit"),
                          (SOCIAL_FOLLOW, "social-follow-call")):
        line = cut_all(line, pattern, rule, removed)
    line = GLUED_NAME.sub(lambda m: unglue(m, removed), line)
    return line.strip()


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
