"""Who said a quote: the source phrase next to it, read as a name, pronoun, body or noun.

A quote's cue is looked for only inside its own sentence: after the closing mark
(``"...," Smith said``, ``said a spokeswoman for X, Jane Doe``) or before the opening
one (``Smith said: "...``, ``..., saying "...``, ``according to X``). The words between
the quote and the cue verb are the *source phrase*; :func:`read_source` splits it at
commas (appositions), keeps the part that names someone and classifies it:

* ``name``: a capitalised name at the end of the part, after any title or role words
  ("European Council President Donald Tusk", "James B. Comey", "Ghazi al-Gosaibi");
* ``organization``: "the Pentagon", a listed body, a name ending in Ministry, Party ...;
* ``pronoun``: he/she, resolved to the nearest earlier person of a compatible gender
  (honorifics, role nouns, census first names); I/we/they stay unattributed;
* ``nominal``: "the newspaper", "a senior official"; "the colonel" becomes the person
  whose role holds that noun, otherwise the phrase itself is the speaker.

Every answer carries the rule that found it; confidences per rule live in
:data:`RULE_CONFIDENCE`, measured on the tuning half of the dev corpus (docs/QUOTES.md).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from briefing.facts.body_speakers import body_at_end, body_phrase
from briefing.facts.entities import EntityIndex
from briefing.facts.nominal_bodies import (
    described_since,
    describes_a_body,
    document_author,
    named_body,
    opening_body,
    spoken_for,
    spokesperson_of_voice,
)
from briefing.facts.source_words import (
    ENDS_IN_RELATIVE,
    aside,
    blank_spans,
    capitalised_end,
    gender_of,
    genders_in_use,
    glued_given_names,
    honorific_genders,
    is_clause,
    knight,
    name_shaped_extra,
    names_only,
    pair_of_people,
    participle_opener,
    people_in_role,
    person_in_role,
    prefix_is_role,
    role_then_name,
    sentence_ends,
    without_relative,
    without_time,
)
from briefing.facts.source_words import after_setting as _after_setting
from briefing.facts.source_words import inside_name as _inside_name
from briefing.facts.source_words import owner_of_role as _owner_of_role
from briefing.facts.source_words import spokesperson_of as _spokesperson_of
from briefing.facts.source_words import the_body as _the_body
from briefing.lang.en import speech as words
from briefing.lang.en.lexicon import (
    MONTH_ABBREVIATIONS,
    MONTHS,
    ORG_KEYWORDS,
    ROLE_MODIFIERS,
    STOP_CAPS,
    WEEKDAYS,
)
from briefing.lang.gazetteer import demonyms, organizations, places, role_phrases

# Share of right speakers per rule on the even (tuning) half of the PolNeAR direct quotes
# (`briefing evaluate-quotes --split even`), rounded to 0.05; docs/QUOTES.md has the table.
RULE_CONFIDENCE = {
    "cue-after:name": 0.95,  # 96.2% of 760
    "cue-before:name": 0.95,  # 95.3% of 148
    "cue-after:nominal": 0.85,  # 87.6% of 89
    "cue-before:nominal": 0.75,  # 78.9% of 19
    "cue-after:organization": 0.9,  # 9 of 10 (bodies in source phrases read as bodies)
    # Before the quote 8 of 9, few; kept under the shown threshold: on unlabelled BBC it
    # took the body of a nested clause ("Mr Straw said the US had agreed ... after "...").
    "cue-before:organization": 0.85,
    # Pronouns: the antecedent has a gender hint and nobody else it could be is named since
    # (times PRONOUN_FACTOR otherwise). After the quote 82.0% of 139; before it 92.5% of 40.
    "cue-after:pronoun": 0.8,
    "cue-before:pronoun": 0.9,
    "according-to:name": 0.85,  # few cases: set like the cue rules
    "according-to:organization": 0.85,
    "according-to:nominal": 0.85,
    "saying:name": 0.8,  # 81.2% of 48
    "saying:pronoun": 0.8,  # 5 of 5, few
    "saying:organization": 0.5,  # 0 of 2
    "same-paragraph": 0.9,  # 92.3% of 478 (capped by the earlier quote's confidence)
    "same-paragraph-inside": 0.85,  # 91.3% of 46, and a shown non-quote on BBC tune: held back
    "speech-before": 0.85,  # 87.3% of 79
    "next-paragraph": 0.7,  # 70.3% of 37
    # "it said" when the last voice heard is a body ("The firm said ... . "...," it said).
    "cue-after:it": 0.75,
    "cue-before:it": 0.75,
}
# How a pronoun's antecedent was found, measured like RULE_CONFIDENCE: "voice" (the last
# speaker) and "subject" (a sentence's opening subject) are equally good; with no gender
# hint 73% after a quote (of 48); when another compatible person is named between the
# antecedent and the pronoun ("-rival") 58% (of 73): both fall under the attribution floor.
# How far back "the report said" looks for the report's author, in characters: the latest
# naming wins, so a longer reach only adds an author where none is nearer (BBC check: the
# OECD's report named 2,100 characters before "the report warned").
AUTHOR_REACH = 4000
PRONOUN_FACTOR = {"voice": 1.0, "subject": 1.0, "no-gender": 0.8, "nominal": 1.0}
RIVAL_FACTOR = 0.75

_WORD = re.compile(r"[A-Za-z][\w'’.\-]*|\d[\w\-]*")
_INITIAL = re.compile(r"^[A-Z]\.$")
_PARTY_TAG = re.compile(r"^[DRI]-[A-Z][\w.]*$|^\d+$|^[DRI]$")
_LEFT_STOPS = re.compile(r"\s(?:of|for|at|from|in|with|on|to|who|that|which|and)\s")


@dataclass
class Source:
    speaker: str  # "" when the phrase names nobody a brief can show
    kind: str  # "name" | "organization" | "pronoun" | "nominal"
    role: str = ""
    detail: str = ""  # how a pronoun or role noun was resolved


@dataclass
class Attribution:
    speaker: str
    kind: str
    cue: str
    evidence: str
    confidence: float
    speaker_text: str = ""  # the article's own words when resolved ("the ministry")


# ----------------------------------------------------------------- names


_PARTICLE_NAME = re.compile(r"^(?:al|el|ad|as|bin|ibn|abu|d|l|o)[-’'][A-Z]")


def _is_surname_word(word: str) -> bool:
    if _PARTICLE_NAME.match(word):
        return True  # "al-Rashidi", "d'Estaing"
    if not word[:1].isupper() or word in STOP_CAPS or word in words.OFFICE_WORDS:
        return False
    if word in MONTHS or word in MONTH_ABBREVIATIONS or word in WEEKDAYS:
        return False
    if word.isupper() and len(word) > 2:
        return False
    if re.fullmatch(r"[A-Z][a-z]{4,}ly", word) and word not in words.census_surnames() and (
        word not in words.census_first_names()
    ):
        return False  # "Currently, ... says Mr Dean": an adverb opening the clause
    return word.lower() not in role_phrases() and word not in demonyms()


def name_at_end(tokens: list[str]) -> int | None:
    """Index where a person-shaped name ends ``tokens`` (None when it does not)."""
    if not tokens or re.search(r"['’]s?$", tokens[-1]):
        return None
    if not _is_surname_word(tokens[-1]):
        after_honorific = len(tokens) > 1 and tokens[-2] in words.SURNAME_HONORIFICS
        if after_honorific and re.fullmatch(r"[A-Z][a-z]+", tokens[-1]):
            return len(tokens) - 1  # "Mr Irish", "Mr French": a surname that is a demonym
        return None
    start = len(tokens) - 1
    while start > 0 and len(tokens) - start < 5:
        word = tokens[start - 1]
        if re.search(r"['’]s$", word):
            break  # "The LCF's Andrea Williams": the owner is where she works, not her name
        if _INITIAL.match(word) or (word.lower() in words.PARTICLES and start > 1):
            start -= 1
        elif _is_surname_word(word) and not _place_or_body(word):
            start -= 1
        else:
            break
    while start < len(tokens) - 1 and tokens[start].lower() in words.PARTICLES:
        start += 1
    return start


def _place_or_body(word: str) -> bool:
    known = places().get(word)
    return (known is not None and known[1] != "list:cities") or word in organizations()


def _is_body(name: str, prefix: list[str]) -> bool:
    """ "the Pentagon", "State Department", "Kremlin", "Russia": bodies, not people."""
    tokens = name.split()
    if name in organizations() or tokens[-1] in ORG_KEYWORDS or _place_or_body(name):
        return True
    if len(tokens) > 1 and body_at_end(tokens) == 0:
        return True  # "Gloster Yard", "Scottish Executive": a head noun ends the name
    if name in places():
        return True
    return bool(prefix) and prefix[-1].lower() == "the" and len(prefix) == 1


# ----------------------------------------------------------------- source phrases


def read_source(phrase: str, index: EntityIndex, subject_last: bool = True) -> Source | None:
    """The speaker a source phrase names; appositions are split off at commas.

    ``subject_last``: the phrase ends where the verb starts ("Smith, a spokesman, said"),
    so its last part is the subject unless that part is an apposition; otherwise the
    phrase follows the verb ("said a spokeswoman for X, Jane Doe") and its first part is.
    """
    phrase = re.sub(r"\([^()]*\)", " ", phrase)  # "Sen. Ted Cruz (Tex.)"
    relative = subject_last and bool(ENDS_IN_RELATIVE.search(phrase))
    phrase = ENDS_IN_RELATIVE.sub("", phrase) if relative else phrase
    parts = [p.strip() for p in re.split(r",|\s[—–]\s", phrase) if p.strip()]
    # "A spokesman for Apacs which represents the industry": the relative clause is no part
    # of the subject ("which Mr Harding (described)" is kept: the subject follows).
    parts = [without_relative(p) for p in parts]
    parts = [p for p in parts if not _PARTY_TAG.match(p)] or parts
    if not parts:
        return None
    if subject_last:  # "Lady Hale, sitting with Lords Bingham, Steyn and Hope, said": Hale
        cut = next((i for i, p in enumerate(parts) if i and aside(p)), len(parts))
        if all(names_only(p) for p in parts[cut + 1 :]):
            parts = parts[:cut]
    if subject_last:
        head, other = parts[-1], parts[-2] if len(parts) > 1 else ""
    else:
        head, other = parts[0], parts[1] if len(parts) > 1 else ""
        if len(parts) > 3:
            return None
    head = _without_affiliation(head, index)
    source = _read_part(head, index, subject_last)
    if source is None and subject_last and _after_setting(head):
        source = _read_part(_after_setting(head), index, subject_last)
    if source and source.kind == "organization" and subject_last and len(parts) > 1:
        if source.speaker in places() and source.speaker not in organizations():
            # "Clinton, at a meeting in Columbus, Ohio, said": the place is not the subject.
            return _read_part(parts[0], index, False)
        person = _read_part(other, index) if other.split()[0] not in words.SPEAKER_OPENERS else None
        if person and person.kind == "name" and index.resolve_person(person.speaker):
            person.role = person.role or head
            return person  # "Colin Asplin, Blackpool Hotel Association said": where he works
    if source and source.kind == "pronoun" and len(head.split()) > 1:
        return source  # "..., became a weather vane for what he (called)"
    # "Unison leader Dave Prentis", "Mr Howard": a role before a name is a title
    named = source and source.kind == "name" and head.split()[-1] == source.speaker.split()[-1]
    named = named and not source.role.endswith(" of")  # "Leader of the Commons": a body
    set_off = head[:1].islower() or _is_apposition(head) or (
        _looks_like_role(head) and not named
    )
    if source and source.kind != "nominal" and not (set_off and subject_last and other):
        if other and not source.role and _looks_like_role(other):
            source.role = other
        return source
    # "a spokeswoman for X, Jane Doe" / "Jane Doe, a spokeswoman for X,": the name wins.
    if other and (source is not None or set_off):
        named = _read_part(other, index, subject_last)
        if named and named.kind in ("name", "pronoun"):
            named.role = named.role or head
            return named
        if named and source and source.kind == "nominal" and _spokesperson_of(
            _WORD.findall(other)
        ):
            return named  # "A spokesman for Unison, Britain's biggest union,": the spokesman
        if source and source.kind == "organization" and head[:1].islower() and (
            head.split()[0] not in words.DETERMINERS
        ):
            return None  # "chairman of Germany's Pirate Party": where the speaker works
        if subject_last and source and source.kind == "nominal" and re.search(
            r"[A-Z][\w'’\-]*\s+and\s", other
        ):
            return None  # "Zeliff and Tom Giancola, a fellow veteran,": two speakers
        if relative and _is_apposition(head):  # "... from Hamilton, a man who (claims)"
            antecedent = _read_part(capitalised_end(other), index)
            if antecedent and antecedent.kind == "name":
                return antecedent
    return source


def _without_affiliation(part: str, index: EntityIndex) -> str:
    """ "energy analyst Orin Middleton of Barclays Capital": a known person before "of" /
    "at" / "from" + a capitalised name is the speaker; the body after is where they work."""
    match = _AFFILIATION.search(part)
    if not match:
        return part
    before = part[: match.start()]
    name = trailing_name(before)
    if name and index.resolve_person(" ".join(name.split()[-2:])):
        return before
    return part


_AFFILIATION = re.compile(r"\s(?:of|at|from)\s+(?:the\s+)?(?=[A-Z])")


def trailing_name(phrase: str) -> str:
    """The title, role words and name that end ``phrase`` ("... in 2012 Chief executive
    Ross McEwan" -> "Chief executive Ross McEwan"); "" when it does not end in a name."""
    tokens = _WORD.findall(phrase)
    start = name_at_end(tokens)
    if start is None or (start > 0 and tokens[start - 1] in words.SETTING_PREPOSITIONS):
        return ""  # "... in Woodhill Prison": a place, not the speaker
    while start > 0:
        word = tokens[start - 1]
        lowered = word.lower().rstrip(".")
        if word[:1].isupper() and not word[:1].isdigit() or lowered in role_phrases():
            start -= 1
        elif lowered in ROLE_MODIFIERS and start > 1 and tokens[start - 2][:1].isupper():
            start -= 1
        else:
            break
    return " ".join(tokens[start:])


def _is_apposition(part: str) -> bool:
    """ "a longtime Clinton supporter", "45", "D-Ohio": words set off beside a name."""
    first = part.split()[0]
    return first.lower() in ("a", "an", "the") or first.isdigit() or bool(_PARTY_TAG.match(part))


def _looks_like_role(text: str) -> bool:
    tokens = text.lower().split()
    return 0 < len(tokens) <= 10 and any(t.strip(".") in role_phrases() for t in tokens)


def _read_part(part: str, index: EntityIndex, subject_last: bool = True) -> Source | None:
    tokens = _WORD.findall(part)
    while subject_last and len(tokens) > 1 and tokens[-1].lower() in words.SPEAKER_AUXILIARIES:
        tokens.pop()
    while len(tokens) > 1 and tokens[-1] in words.POST_NOMINALS and tokens[-2][:1].isupper():
        tokens.pop()  # "Paul Boateng MP", "Guy Mansfield QC"
    body = _the_body(tokens)
    if body:
        return Source(organizations().get(body, body), "organization")
    if subject_last:  # "..., but Goff (said)": the clause starts after the conjunction
        cut = max((i for i, t in enumerate(tokens)
                   if t.lower() in words.SPEAKER_CONJUNCTIONS and not _inside_name(tokens, i)),
                  default=-1)
        if cut > 0 and tokens[cut] == "and" and index.resolve_person(tokens[cut - 1]):
            return None  # "Zeliff and Tom Giancola": two speakers, no one to name
        if cut >= 0:  # "But a UKIP spokesman" -> "a UKIP spokesman"
            tokens = tokens[cut + 1 :]
            part = " ".join(tokens)
    tokens = without_time(tokens)  # "but on Wednesday Mr Straw (said)"
    if pair_of_people(tokens):
        return None  # "David and Jeanne Heidler"
    if not tokens or len(tokens) > 12:
        return None
    lowered = tokens[0].lower()
    pronoun = (tokens[-1] if subject_last else tokens[0]).lower()
    if pronoun in words.SUBJECT_PRONOUNS and (len(tokens) == 1 or subject_last):
        return Source("", "pronoun", detail=pronoun)
    if len(tokens) == 1 and lowered in words.UNRESOLVED_PRONOUNS | words.UNNAMED_SUBJECTS:
        return Source("", "pronoun", detail=lowered)
    if len(tokens) == 1 and tokens[0].lower() in words.GROUP_NOUNS:
        return Source(part.strip(), "nominal")  # "Critics said", "Officials say"
    report = _named_document(tokens, index)
    if report:
        return report
    owner = _owner_of_role(tokens)
    if owner:
        if tokens[-1].lower() in words.DOCUMENT_NOUNS:  # "Mr Tanzi's statement": Tanzi
            author = _read_part(re.sub(r"['’]s$", "", " ".join(tokens[:owner])), index)
            if author and author.kind in ("name", "organization"):
                author.detail = f"author of the {tokens[-1].lower()}"
            return author
        return Source(part.strip(), "nominal")  # "Tony Blair's official spokesman"
    start = name_at_end(tokens)
    body = body_phrase(tokens, start)  # "Scotland Yard": a body, not a Mr Yard
    if body:
        return Source(part.strip() if body[0] == "nominal" else organizations().get(
            body[1], body[1]), body[0])
    if start is not None:
        prefix, name = tokens[:start], " ".join(tokens[start:])
        if not prefix_is_role(prefix) or glued_given_names(tokens[start:]):
            return None
        titled = bool(prefix) and prefix[-1] in words.SURNAME_HONORIFICS  # "Mr Kennedy"
        if _is_body(name, prefix) and not titled:
            if _spokesperson_of(prefix):  # "a spokeswoman for the Library Trust": she
                return Source(part.strip(), "nominal")
            return Source(organizations().get(name, name), "organization")
        role = " ".join(t for t in prefix if t.lower() not in words.DETERMINERS)
        full = index.resolve_person(name) or knight(prefix, name, index) or name
        if len(full.split()) < len(name.split()) and name_shaped_extra(name, full):
            full = name  # the cue names more ("Ramon K. Whitfield") than the index knew
        if titled and full == name and not _is_surname_word(name):
            full = f"{prefix[-1]} {name}"  # "Mr Irish", not the nationality
        while len(full.split()) > 2 and full.split()[0] in words.OFFICE_WORDS:
            full = full.split(" ", 1)[1]  # the index's "Witness Dolores Marquez"
        return Source(full, "name", role=role if role.lower() != "the" else "")
    if " ".join(tokens) in {o.name for o in index.organizations}:
        return Source(" ".join(tokens), "organization")  # "Next said": the article's firm
    if lowered in words.DETERMINERS or tokens[0].islower():
        head = _LEFT_STOPS.split(f" {part} ", maxsplit=1)[0].split()
        noun = head[-1].lower().strip(".,") if head else ""
        if not noun or noun in words.UNRESOLVED_PRONOUNS or len(tokens) > 9:
            return None
        if is_clause(tokens) or any(w.lower() in ("a", "an", "the") for w in head[1:]):
            return None  # "The spokeswoman said the recommendation was": not a noun phrase
        if lowered == "the" and len(head) <= 3:
            person = person_in_role(index, head[1:])
            if person:
                return Source(person, "nominal", detail=f"role noun '{noun}'")
        if (noun in words.SOURCE_NOUNS or noun in role_phrases()
                or lowered in words.SPEAKER_ARTICLES):
            return Source(part.strip(), "nominal")
    return None


def _named_document(tokens: list[str], index: EntityIndex) -> Source | None:
    """ "the Kok report said" -> Kok, "the ADB report" -> ADB: a document named after its
    author speaks for the author."""
    if len(tokens) < 3 or tokens[0].lower() != "the" or tokens[-1].lower() not in (
        words.DOCUMENT_NOUNS
    ):
        return None
    if not all(t[:1].isupper() for t in tokens[1:-1]):
        return None
    author = " ".join(tokens[1:-1])
    found = None if author.isupper() else _read_part(author, index)
    if found is None or found.kind not in ("name", "organization"):
        found = Source(organizations().get(author, author), "organization")
    found.detail = f"author of the {tokens[-1].lower()}"
    return found


def sentence_subject(text: str, index: EntityIndex) -> Source | None:
    """The subject opening a clause ("On Monday, Smith attacked the plan, saying ...")."""
    text = re.sub(r"\([^()]*\)", " ", text)  # "Rep. Chris Shays (R-Conn.) was"
    parts = re.split(r",\s*", text)
    for position, part in enumerate(parts):
        tokens = _WORD.findall(part)
        while len(tokens) > 1 and tokens[0].lower() in words.SUBJECT_LEADERS:
            tokens = tokens[1:]  # "And even Obama seems to agree": the subject follows
        if not tokens:
            continue
        if tokens[0].lower() in words.SUBJECT_PRONOUNS:
            return Source("", "pronoun", detail=tokens[0].lower())
        run = 0
        while run < len(tokens) and (tokens[run][:1].isupper() or _INITIAL.match(tokens[run])):
            run += 1
        if run == 0 or tokens[0] in words.SPEAKER_OPENERS or participle_opener(tokens, run):
            continue
        if run < len(tokens) - 1 and tokens[run] == "and" and tokens[run + 1][:1].isupper():
            return None  # "David and Jeanne Heidler wrote": two subjects
        titled = role_then_name(tokens, run)
        if titled is not None:  # "Tory leader Michael Howard reiterated ..."
            if not titled:
                continue  # "Microsoft Windows Client product manager": an apposition
            return _read_part(" ".join(tokens[:titled]), index)
        following = parts[position + 1] if position + 1 < len(parts) else ""
        # "Ashley Yago, 33, a supporter of ..., finds": a name set off by an apposition.
        # "Sanders, who has made ..., went": a relative clause sets the name off too.
        set_off = bool(following.split()) and (
            _is_apposition(following) or following.split()[0] == "who"
        )
        whole_name = run == len(tokens) and set_off
        if not whole_name and (run == len(tokens) or not tokens[run].islower()):
            continue
        return _read_part(" ".join(tokens[:run]), index)
    return None


# ----------------------------------------------------------------- pronouns


class Pronouns:
    """He/she -> the last voice heard (a speaker of a quote or of reported speech) unless a
    different, compatible person has since opened a sentence; else that sentence's subject.

    Names inside quotes, in possessives and after prepositions are never antecedents.
    """

    def __init__(self, text: str, index: EntityIndex, quoted: list[tuple[int, int]]):
        self.text = text
        self.index = index
        spans = sorted(quoted)
        starts = [s for s, _ in spans]

        def inside(offset: int) -> bool:
            k = bisect.bisect_right(starts, offset) - 1
            return k >= 0 and spans[k][0] <= offset < spans[k][1]

        self.mentions = [m for m in index.mentions if not inside(m.start)]
        self.ends = sentence_ends(text)
        # Quoted words are never a sentence's subject ('"Donald Trump will build the wall,"
        # he said'): subjects are read from the text with every quotation blanked.
        self.unquoted = blank_spans(text, spans)
        self.voices: list[tuple[int, str]] = []  # (offset, speaker), kept sorted
        self.bodies: set[str] = set()
        self.organizations = {e.name for e in index.organizations}
        self.said_bodies: set[str] = set()  # read as bodies where they spoke, not by name
        self.nominals: set[str] = set()  # gendered noun phrases heard as voices
        self.honorifics = honorific_genders(text)
        self.genders = {p.name: gender_of(self.honorifics, p.name, p.role) for p in index.people}
        in_use = genders_in_use(self.unquoted, self.mentions, self.ends)
        self.genders.update({n: g for n, g in in_use.items() if not self.genders.get(n)})
        self.lowered = frozenset(re.findall(r"\b[a-z]+\b", text))

    def hear(self, offset: int, speaker: str, body: bool = False) -> None:
        """A voice at ``offset``; a body ("the Cabinet Office said") is a voice that no
        "he" or "she" can mean, so a pronoun right after it stays unresolved."""
        bisect.insort(self.voices, (offset, speaker))
        if body:
            self.said_bodies.add(speaker)
        if body or speaker in self.organizations:  # "Contrack said ... it added"
            self.bodies.add(speaker)

    def hear_nominal(self, offset: int, phrase: str) -> None:
        """ "A spokeswoman for Human Rights Watch said": a voice that a pronoun of the
        noun's gender may mean (the phrase is then the speaker); other nouns are ignored."""
        # "A spokesman for X (X) which represents ...": the noun phrase before the clause
        tokens = {t.lower() for t in _WORD.findall(re.split(r"\s(?:who|which)\s", phrase)[0])}
        if len(tokens) > 10 or words.cue_verb_pattern().search(phrase):
            return  # "The spokeswoman said the plan was (agreed)": not a noun phrase
        genders = {"m" for t in tokens if t in words.MALE_WORDS}
        genders |= {"f" for t in tokens if t in words.FEMALE_WORDS}
        if len(genders) == 1 and phrase not in self.genders:
            self.genders[phrase] = genders.pop()
            self.nominals.add(phrase)
        if phrase in self.nominals:
            self.hear(offset, phrase)
        elif describes_a_body(phrase):  # "the ministry said": the body so named, if one is
            named = named_body(phrase, offset, self.index, self.text, self.unquoted)[0]
            if named:
                self.hear(offset, named, body=True)
        elif len(people_in_role(self.index, _WORD.findall(phrase)[1:4])) > 1:
            # "The Tory leader countered" with two leaders named: a "he" after it could
            # be either, so the voice leaves the pronoun unresolved.
            self.hear(offset, phrase, body=True)

    def author_of(self, noun: str, offset: int) -> str:
        """ "the report said" -> the body the article named as its author before."""
        return document_author(self.unquoted[max(0, offset - AUTHOR_REACH) : offset], noun,
                               lambda author: _is_body(author, ["the"]))

    def last_body(self, offset: int, reach: int = 600, subject: bool = False,
                  named: bool = True) -> str:
        """ "..., it said": the last voice, when a body (``named``: or a name the index holds
        as one); with ``subject``, else a body opening the sentence before the quote."""
        k = bisect.bisect_left(self.voices, (offset, "")) - 1
        bodies = self.bodies if named else self.said_bodies
        if k >= 0 and offset - self.voices[k][0] <= reach and self.voices[k][1] in bodies:
            return self.voices[k][1]
        voiced = k >= 0 and offset - self.voices[k][0] <= reach
        if subject and not voiced:
            return opening_body(self.unquoted, self.index.spans, self.ends, offset)
        return ""

    def gender(self, name: str) -> str:
        if name not in self.genders:
            self.genders[name] = gender_of(self.honorifics, name, "")
        return self.genders[name]

    def resolve(self, pronoun: str, offset: int, reach: int = 1200) -> tuple[str, str]:
        """(name, how) for "he"/"she" at offset; name is "" when nobody fits.

        Sentences are read backwards from the one before the pronoun's: the first whose
        opening subject is a compatible person gives the antecedent; reaching the sentence
        of the last voice gives that voice.
        """
        wanted = words.SINGULAR_PRONOUNS.get(pronoun, "")
        name, how, anchor = self._antecedent(wanted, offset, reach)
        if name and self._rival(name, wanted, anchor, offset):
            how += "-rival"
        return name, how

    def _rival(self, name: str, wanted: str, anchor: int, offset: int) -> bool:
        """Another person the pronoun could mean is named between the antecedent and it."""
        return any(
            anchor < m.start < offset and m.name.split()[-1] != name.split()[-1]
            and self._fits(m.name, wanted) and not m.possessive  # "Father Arron Cutugno"
            and not (m.after_preposition and self._same_sentence(anchor, m.start))
            for m in self.mentions
        )

    def _same_sentence(self, a: int, b: int) -> bool:
        """In one sentence: "Zoghlin told The Hill that her client meant no harm to Omar.
        '...,' she said" - a name after a preposition in the voice's own report is no rival."""
        return bisect.bisect_right(self.ends, a) == bisect.bisect_right(self.ends, b)

    def _antecedent(self, wanted: str, offset: int, reach: int) -> tuple[str, str, int]:
        k = bisect.bisect_left(self.voices, (offset, "")) - 1
        voice = self.voices[k] if k >= 0 and offset - self.voices[k][0] <= reach else None
        s = bisect.bisect_right(self.ends, offset) - 1  # the pronoun's sentence starts at ends[s]
        own = self._own_subject(s, offset)
        if own and self._fits(own, wanted):  # 'Fallon fired back: "...," he wrote'
            return own, "subject" if self.gender(own) else "no-gender", offset
        for _ in range(6):
            if s < 0:
                break
            start = self.ends[s - 1] if s > 0 else 0
            end = self.ends[s]
            s -= 1
            if end < offset - reach:
                break
            if voice and voice[0] >= start:
                break
            subject = sentence_subject(self.unquoted[start:end], self.index)
            if subject is None or subject.kind == "pronoun":
                continue
            if subject.kind == "name" and self._plausible(subject.speaker):
                if self._fits(subject.speaker, wanted):
                    how = "subject" if self.gender(subject.speaker) else "no-gender"
                    return subject.speaker, how, end
                continue
        if voice and self._fits(voice[1], wanted):
            if voice[1] in self.nominals:
                return voice[1], "nominal", voice[0]
            return voice[1], "voice" if self.gender(voice[1]) else "no-gender", voice[0]
        return "", "none", offset

    def _own_subject(self, s: int, offset: int) -> str:
        """A person opening the pronoun's own sentence before a quotation in it."""
        start = self.ends[s] if s >= 0 else 0
        before = self.unquoted[start:offset]
        if before == self.text[start:offset]:
            return ""  # no quotation between: the pronoun itself is the subject
        subject = sentence_subject(before, self.index)
        if subject and subject.kind == "name" and self._plausible(subject.speaker):
            return subject.speaker
        return ""

    def _plausible(self, name: str) -> bool:
        """A person the article names, or a name shaped like one (census given/surname)."""
        if any(p.name == name or p.name.split()[-1] == name for p in self.index.people):
            return True  # "Fiorina" when the article names Carly and Frank Fiorina
        tokens = name.split()
        if len(tokens) > 1:
            return tokens[0] in words.census_first_names()
        if tokens[0].lower() in words.GROUP_NOUNS:
            return False  # "People should provide evidence ..., he told reporters"
        return tokens[0] in words.census_surnames() and tokens[0].lower() not in self.lowered

    def _fits(self, name: str, wanted: str) -> bool:
        gender = self.gender(name)
        if name in self.bodies or name in organizations():
            return False
        return not (gender and wanted and gender != wanted)


_DOCUMENT = re.compile(
    rf"^(?:the|this|that|its|their)\s+(?:{'|'.join(sorted(words.DOCUMENT_NOUNS))})$",
    re.IGNORECASE,
)

# ----------------------------------------------------------------- confidence


def attribution(
    source: Source, rule: str, verb: str, pronouns: Pronouns, offset: int
) -> Attribution:
    """Turn a read source into a speaker with its confidence (pronouns resolved here)."""
    kind = source.kind
    speaker, evidence = source.speaker, f"{rule}:{kind}"
    confidence = RULE_CONFIDENCE.get(evidence, 0.5)
    if kind == "pronoun" and source.detail == "it":  # "the firm said ... it added"
        body = pronouns.last_body(offset, subject=True)
        if body not in pronouns.said_bodies and described_since(pronouns, body, offset):
            body = ""  # "Man City pleaded ... the club said ... But it stressed": not City
        if not body:
            return Attribution("", kind, verb, f"{evidence} 'it' left unresolved", 0.0)
        confidence = RULE_CONFIDENCE.get(f"{rule}:it", 0.5)
        evidence = f"{rule}:it -> the body heard last"
        return Attribution(body, "organization", verb, evidence, confidence)
    if kind == "pronoun":
        if source.detail not in words.SINGULAR_PRONOUNS:
            return Attribution("", kind, verb, f"{evidence} '{source.detail}' left unresolved", 0.0)
        speaker, how = pronouns.resolve(source.detail, offset)
        if not speaker:
            return Attribution("", kind, verb, f"{evidence} '{source.detail}': nobody fits", 0.0)
        confidence *= PRONOUN_FACTOR[how.removesuffix("-rival")]
        if how.endswith("-rival"):
            confidence *= RIVAL_FACTOR
        evidence = f"{evidence} '{source.detail}' -> nearest person ({how})"
    elif source.detail:
        evidence = f"{evidence} ({source.detail})"
    elif kind == "nominal" and _DOCUMENT.match(speaker):  # "the report said"
        author = pronouns.author_of(speaker.split()[-1].lower(), offset)
        if not author:  # "The NAO urged ... The report said:": the body just heard
            author = pronouns.last_body(offset, reach=1200, named=False)  # not one only named
        if author:
            speaker, kind = author, "organization"
            evidence = f"{evidence} (author of {source.speaker.lower()})"
    elif kind == "nominal":  # "the ministry said", "the firm said"
        voice = pronouns.last_body(offset, reach=1500)
        body, how = named_body(
            speaker, offset, pronouns.index, pronouns.text, pronouns.unquoted, voice
        )
        if not body:  # "Scotland Yard said ... '...,' a spokesman said"
            spoken = spoken_for(pronouns.voices, pronouns.bodies, offset)
            body, how = spokesperson_of_voice(speaker, spoken)
        if body:
            speaker, kind, evidence = body, "organization", f"{evidence} ({how})"
    literal = source.speaker if speaker != source.speaker else ""
    return Attribution(speaker, kind, verb, evidence, round(confidence, 2), literal)
