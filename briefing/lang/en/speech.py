"""English words that quote attribution needs: cue verbs and participles, pronouns,
gender hints, office words and the nouns of nominal sources ("a spokeswoman"), plus the
US Census given-name and surname lists (read from the ``names`` package).

Every cue verb, the rarer ones of quote attributions included, is defined in
:mod:`briefing.lang.en.lexicon`; this module builds the patterns quotes need from them.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from typing import Any

from briefing.lang import grouped_alternation
from briefing.lang.en.lexicon import ORG_KEYWORDS, QUOTE_CUE_VERBS
from briefing.lang.gazetteer import first_names, world_given_names

# A cue verb right after a determiner is a noun ("said the claims were", "his reports"),
# never the verb of a quote's speaker.
NOUN_DETERMINERS = "the a an his her its their our my your these those such no".split()
_NOT_AFTER_DETERMINER = "".join(
    rf"(?<!\b{d}\s)" for w in NOUN_DETERMINERS for d in (w, w.capitalize())
)
_CUE_VERBS = grouped_alternation(
    v for v in QUOTE_CUE_VERBS if v not in ("believes", "believed", "thinks", "thought")
)
CUE_VERBS_PATTERN = rf"{_NOT_AFTER_DETERMINER}(?:{_CUE_VERBS})"
# Present participles that report speech inside a clause: "..., saying", "is telling".
CUE_PARTICIPLES = (
    "saying|adding|telling|warning|remarking|noting|arguing|insisting|claiming|declaring|"
    "explaining|writing|asking|calling|describing|suggesting|stressing|urging|promising|"
    "vowing|predicting|complaining|boasting|joking|quipping|tweeting|posting|acknowledging|"
    "admitting|announcing|stating|repeating|recalling|lamenting|charging|accusing"
)
# Verbs that introduce a quoted name for something: 'called the plan "a disaster"'.
NAMING_VERBS = "called|calls|described|describes|dubbed|dubs|termed|labeled|labelled|branded"
# Words that may stand between a subject and its verb: "Smith also said", "he had said".
ADVERBS = (
    "also|later|then|again|previously|once|had|has|have|would|will|recently|further|simply|"
    "just|quickly|flatly|repeatedly|publicly|privately|separately|earlier|initially|often|"
    "famously|reportedly|angrily|bluntly|curtly|frequently|once again|has since|had once"
)
SINGULAR_PRONOUNS = {"he": "m", "she": "f"}
SUBJECT_PRONOUNS = frozenset("he she i we they".split())
# First-person and plural subjects are left unattributed: the referent is a group or the
# writer, which a fact box cannot name reliably.
UNRESOLVED_PRONOUNS = frozenset("i we they it you who this that which".split())
# Subjects that name nobody ("Others ... continued to warn that"): no speaker to give.
UNNAMED_SUBJECTS = frozenset("others some many most few".split())
MALE_WORDS = frozenset(
    """mr mr. sir lord king prince father son brother husband uncle spokesman chairman
    congressman businessman councilman congressmen boyfriend grandfather""".split()
)
FEMALE_WORDS = frozenset(
    """mrs mrs. ms ms. miss madam dame lady queen princess mother daughter sister wife aunt
    spokeswoman chairwoman congresswoman businesswoman councilwoman girlfriend
    grandmother""".split()
)
# Nouns that describe the person a story is about, used for them in place of the name
# ("said the singer", "the 30-year-old told reporters", "added the Old Trafford boss"):
# an occupation or standing, never an office a different person may hold ("the prime
# minister", "the chancellor") nor a source noun ("the spokesman", "the official").
EPITHET_NOUNS = frozenset(
    """singer actor actress star presenter host comedian comic rapper musician frontman
    frontwoman guitarist drummer bassist songwriter director film-maker filmmaker producer
    author writer novelist playwright poet artist designer founder veteran player striker
    midfielder defender winger forward keeper goalkeeper captain skipper coach boss
    champion athlete sprinter runner hurdler swimmer cyclist golfer batsman bowler
    all-rounder boxer jockey debutant youngster teenager newcomer winner entrepreneur
    tycoon businessman businesswoman billionaire chef model dancer performer star dj""".split()
)
# Nouns for a person of a nation or town that are not its adjective ("the Dutchman said",
# "the 25-year-old Dubliner"): always one person, never a body.
DEMONYM_PERSON_NOUNS = frozenset(
    """Dutchman Dutchwoman Irishman Irishwoman Frenchman Frenchwoman Englishman Englishwoman
    Welshman Welshwoman Scotsman Scotswoman Scot Spaniard Swede Dane Finn Pole Briton Brit
    Croat Serb Turk Kiwi Aussie Yorkshireman Cornishman Ulsterman Geordie Scouser Dubliner
    Glaswegian Londoner Parisian""".split()
)
# Source nouns that name one person (not a body or a document): "an official said".
# Speech acts that are no cue verbs: a partial quote in the sentence such a verb opens
# after a named subject is the subject's words (briefing/facts/act_quotes.py).
SPEECH_ACT_VERBS = frozenset(
    """accused dismissed rejected criticised criticized attacked condemned praised lauded
    welcomed pledged promised vowed repeated described branded labelled labeled dubbed""".split()
)
SPEECH_ACT_PARTICIPLES = frozenset(
    """accusing dismissing rejecting criticising criticizing attacking condemning praising
    lauding welcoming describing branding""".split()
)
# Cue verbs of a question: the one who asks is no voice a "he" after it means ("A reporter
# asked the senator ... He replied").
QUESTION_VERBS = frozenset("asked asks asking questioned quizzed".split())
PERSON_SOURCE_NOUNS = frozenset(
    """spokesperson official aide source adviser advisor analyst expert lawyer attorney
    prosecutor representative insider""".split()
)
# Prepositions that open a place or time phrase: a name right after one is where or when
# something was said ("In the Commons, Mr Howard said", "detainee 'A' in Woodhill Prison
# said"), never who said it.
SETTING_PREPOSITIONS = frozenset("in at on from near inside outside during after before".split())
DETERMINERS = frozenset(
    "a an the one two three some several many another his her their its".split()
)
# Capitalised words that make up titles and offices, never a personal name.
OFFICE_WORDS = frozenset(
    """State Defense Defence Homeland Security Justice Treasury Commerce Labor Labour Energy
    Interior Education Health Transportation Agriculture Veterans Affairs General Attorney
    House Senate Speaker Majority Minority Leader Whip Press Secretary Chief Staff Campaign
    Manager Chairman Chairwoman Chair Director Spokesman Spokeswoman Democrat Republican
    Democratic Republicans Democrats GOP Rep Rep. Sen Sen. Gov Gov. Lt Lt. Gen Gen. Col Col.
    Sgt Sgt. Capt Capt. Adm Adm. Maj Maj. Dr Dr. Prof Prof. Mr Mr. Mrs Mrs. Ms Ms. Rev Rev.
    Brig Brig. Cmdr Cmdr. Cpl Cpl. Pfc Pfc. Pvt Pvt. Spc Spc. Det Det. Supt Supt. Sens Sens.
    President Vice Prime Minister Chancellor Senator Governor Mayor Judge Justice Ambassador
    Representative Congressman Congresswoman Commissioner Councillor Councilman Sheriff
    Deputy Assistant Acting Former Candidate Presidential Executive Officer Official Foreign
    National Federal Supreme Court Council Committee Department Ministry Office White
    Pope Cardinal Bishop Father Sister Brother King Queen Prince Princess Sir Dame Lord Lady
    Coach Manager Captain Striker Midfielder Defender Goalkeeper Skipper Chairman CEO
    Witness Eyewitness Resident Neighbour Neighbor Spokesperson Superintendent Inspector
    Detective Constable Sergeant Commander Professor""".split()
)
# A body's own voice: reported speech by "a Home Office spokesman" carries on to the quote
# after it, as a named person's does (other nominal voices only end the previous speaker's).
SPOKES_NOUNS = frozenset("spokesman spokeswoman spokesperson spokespeople".split())
# Words that follow a closing single quote mark but never a plural possessive: "the
# bankers' bonuses" is an apostrophe, "'... for their bonuses' the union says" closes.
AFTER_A_CLOSING_QUOTE = frozenset(
    """and but or nor he she they we it i you the a an his her their its said says say
    added adds told tells asked warned claimed insisted argued to as in
    on at by from which that who when while because after before adding according""".split()
)
# Heads of nominal sources a brief may show as they stand ("a Pentagon spokesman").
SOURCE_NOUNS = frozenset(
    """spokesman spokeswoman spokesperson official officials statement newspaper paper report
    aide aides source sources analyst analysts expert experts lawyer lawyers attorney
    attorneys ministry department agency campaign company police prosecutor prosecutors
    spokespeople representative representatives adviser advisers advisor advisors
    memo letter document filing complaint lawsuit ruling release announcement website
    daily magazine network broadcaster editorial column post tweet website group
    organization organisation committee commission council government administration
    officer officers executive executives director president minister senator governor
    chairman chairwoman leader leaders members member staffer staffers strategist
    strategists operative pollster researcher researchers economist economists scientist
    scientists judge court panel witness witnesses resident residents doctor doctors
    military army navy ministry embassy office team club board union party""".split()
)
# Lower-case words that are no part of a role before a person's name ("talks with Tony
# Blair", "thanked Tony Blair"); any other common noun right before a name is the
# person's role ("entrepreneur Drayton Valentine", "awards pundit Tom O'Neil").
NOT_ROLE_WORDS = frozenset(
    """of for at from in on with by to about against over under between among into without
    through like than via per toward towards behind across around beside besides near
    alongside also then now yesterday today tonight there here who whom whose which that
    what when where while said says told tells asked not and or but nor as if so because
    thanked praised criticised criticized accused attacked blamed backed met joined
    replaced succeeded beat defeated named appointed maybe perhaps even only just still
    already instead ever never always once after before since until upon amid despite
    during except beyond above below inside outside within went sent spent meant""".split()
)
# Honorifics after which a capitalised word is a surname even when it is also a demonym or
# a month ("Mr Irish", "Mr French", "Ms May").
SURNAME_HONORIFICS = frozenset("Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Prof Prof.".split())
# After these a lone name is the given name: "Sir John" is Sir John Bourn, "Dame Judi" Dench.
GIVEN_NAME_HONORIFICS = frozenset("Sir Dame".split())
# Letters after a name that are no part of it: "Paul Boateng MP", "Guy Mansfield QC".
POST_NOMINALS = frozenset("MP MEP MSP AM QC KC OBE MBE CBE KBE".split())
# Written sources whose words are their author's ("Mr Tanzi's statement said", "the
# committee's report found"): the owner before the possessive is the speaker.
DOCUMENT_NOUNS = frozenset(
    """statement report letter memo document filing release announcement ruling study
    survey review analysis submission judgement judgment""".split()
)
# Things whose words are read rather than said ('"...," read a statement from the firm',
# '"...," the email read', '"..." read one.'): after a quote, "read(s)" cues them.
TEXT_NOUNS = DOCUMENT_NOUNS | frozenset(
    """email e-mail message note sign banner placard poster card post tweet editorial
    suit lawsuit complaint notice caption headline text leaflet flyer advert slogan
    inscription plaque one another""".split()
)
# Head nouns of bodies' names: "the ministry said" means the body the article named with
# that word ("Ministry of Defence", "Public Accounts Committee"), if it named only one.
BODY_HEAD_NOUNS = frozenset(
    """ministry department committee commission council agency office board authority
    union party court tribunal inquiry regulator institute association federation
    bank fund watchdog service""".split()
)
# Groups a body sends to judge or decide ("the AFI jury declared", "the FA panel said"):
# after the body's name they speak for it.
BODY_PANEL_NOUNS = frozenset("jury panel board committee commission council tribunal".split())
# Heads of public bodies' names besides BODY_HEAD_NOUNS: "the firm said" never means
# Scotland Yard or the British Chambers of Commerce.
PUBLIC_BODY_HEADS = frozenset(
    """yard chamber chambers commerce executive inspectorate directorate tribunal command
    corps institution commons confederation police""".split()
)
# Nouns for a company: "the firm said" means the one company the article named before.
COMPANY_NOUNS = frozenset(
    "firm company group carrier airline retailer maker manufacturer chain operator club "
    "corporation".split()
)
# Verbs that report someone's words inside a relative clause ("a bill which critics claim
# would allow ...", "the plan, which opponents say will cost ..."): the quote in the clause
# is theirs.
RELATIVE_CUE_VERBS = (
    "say|says|said|claim|claims|claimed|argue|argues|argued|insist|insists|insisted"
    "|call|calls|called|describe|describes|described|warn|warns|warned"
)
# Plural nouns for the people who make up a named group ("the remaining members of Korn
# said"): the group speaks, whatever words modify the noun.
MEMBER_NOUNS = frozenset("members bandmates".split())
# "Hours later, Trump ...", "Moments earlier, ...": a span of time and a word placing it
# open a sentence as a time, never as its subject.
TIME_SPAN_NOUNS = frozenset("seconds minutes moments hours days weeks months years decades".split())
TIME_PLACING_WORDS = frozenset("later earlier ago afterwards before after".split())
# Plural nouns that open a sentence as a group source ("Critics said"), not a name.
GROUP_NOUNS = frozenset(
    """critics supporters opponents democrats republicans voters protesters officials
    experts analysts observers residents lawmakers leaders aides advisers sources witnesses
    police prosecutors investigators authorities organizers organisers activists campaigners
    scientists researchers economists doctors teachers parents students fans people lawyers
    attorneys""".split()
)
# Census given names that start capitalised runs far more often as ordinary words. The
# second line was read off the dev briefs: every person shown opening with one of them was
# a thing (11 of 11: "Golden Globe", "Sun Microsystems", "Delta Air Lines", "Love Comes").
# The last two lines: census names that are everyday words first (a greeting, "Merry
# Christmas"; words the shared corpora write in lower case 60 to 1,100 times, "See Trump").
NOT_GIVEN_NAMES = frozenset(
    """May Will Mark Rose Grace Art Chase Drew Page Star Sky Joy Hope Faith Summer Autumn
    Golden Sun Love Spring Delta
    April June August Major Royal King Prince Queen Earl Duke Baron Lord Sterling Ray Dean
    Guy Miles Bill Carol Holly Ivy Jade Pearl Ruby Amber Crystal Dawn Eve Sunny Storm Rich
    Young Long Hunter Price Rice Gay Lane Bay Rod Don Van Del So Mo In An Lee Ma Man Ai
    Jan Al Ali Le Sam Miss
    Merry Many My See Soon Else Season Chance Numbers Song Aide Era Marry Angle Lean Loan
    Tiny""".split()
) - {"Bill", "Don", "Dean", "Ray", "Guy", "Lee", "Sam", "Al", "Ali", "Carol", "Rose", "Grace"}
# Words that end a company's or venue's name, not a person's ("Tidewater Terminals").
COMPANY_WORDS = frozenset(
    """Terminals Terminal Holdings Industries Systems Partners Capital Motors Airlines Energy
    Resources Technologies Foods Brands Media Entertainment Pharmaceuticals Petroleum
    Mining Shipping Logistics Telecom Communications Securities Insurance Properties
    Realty Hotels Hotel Resorts Stores Markets Arms Inn Tavern Pub Bar Cafe Restaurant
    Stadium Park Arena Square Street Road Avenue Bridge Hall Centre Center Tower Towers
    Prix Cup Open Championship Championships Games Trophy Award Awards Prize County Festival
    Masters Olympic Olympics Marathon Classic Mountains Mountain Islands Lakes Falls Valley
    River Canyon Desert Forest Peninsula Coast Gulf Sea Ocean Heights
    Amphitheatre Amphitheater Theatre Theater Pavilion Coliseum Colosseum Bowl Dome Gardens
    Speedway Raceway Ballpark Auditorium Velodrome Airport Ventures Advisors Advisers
    Dairy
    Productions Studios Records Pictures Films Works Design Designs Robotics Software
    Solutions Networks Labs Laboratories Pharma Express Index Finals Week Machine Unit
    Electric Harbour Harbor Beach Island Security""".split()
)
# Words that end a venue's name but are surnames too ("Heinz Field", "Frank Field"): a
# venue only after "at", "in" ("this great aura at Heinz Field", CBS Sports).
VENUE_SURNAMES = frozenset("Field Garden Castle Church Abbey".split())
# Clause openers after which a capitalised word is not a subject ("Meanwhile, Smith said").
PARTICLES = frozenset(
    "al al- el bin ibn bint de del della der den di da dos du van von le la st.".split()
)


class CueVerbSearch:
    r"""Finds what ``\b(?:CUE_VERBS_PATTERN)\b`` finds (``search``, ``finditer``), faster.

    That pattern tries its 30 determiner look-behinds at every word boundary; this one
    looks for the verbs alone and tries them only where a verb stands, resuming one
    character on where a determiner refuses it, as the pattern's own scan would (0.4 ms
    of an article's 0.6 ms cue-verb scan in bench_facts)."""

    def __init__(self) -> None:
        self._verbs = re.compile(rf"\b(?:{_CUE_VERBS})\b")
        self._not_after_determiner = re.compile(_NOT_AFTER_DETERMINER)  # zero-width
        self._whole = re.compile(rf"\b(?:{CUE_VERBS_PATTERN})\b")

    def __getattr__(self, name: str) -> Any:
        return getattr(self._whole, name)  # any other Pattern method: the pattern's own

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        found = self._verbs.match(text, pos)
        return found if found and self._not_after_determiner.match(text, pos) else None

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        # a look-behind sees the text before ``pos``, as it does inside one pattern
        while (match := self._verbs.search(text, pos)) and not (
            self._not_after_determiner.match(text, match.start())
        ):
            pos = match.start() + 1
        return match

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        pos = 0
        while match := self.search(text, pos):
            yield match
            pos = match.end()  # a verb is never empty


@functools.cache
def cue_verb_pattern() -> CueVerbSearch:
    return CueVerbSearch()


@functools.cache
def census_first_names() -> dict[str, str]:
    """Given name -> "m", "f" or "" (both common), from the US Census 1990 lists.

    The lists ship with the MIT-licensed ``names`` package (the data is a US government
    work); a name is gendered when one list's frequency is at least four times the other's.
    """
    frequencies: dict[str, dict[str, float]] = {}
    for gender, file in (("m", "dist.male.first"), ("f", "dist.female.first")):
        for name, share in _census_rows(file):
            frequencies.setdefault(name, {})[gender] = share
    genders = {}
    for name, shares in frequencies.items():
        male, female = shares.get("m", 0.0), shares.get("f", 0.0)
        genders[name] = "m" if male >= 4 * female else "f" if female >= 4 * male else ""
    return genders


@functools.cache
def given_names() -> frozenset[str]:
    """Census and world given names ("Terry", "Martyn", "Jaap") that are not also everyday
    capitalised words ("May", "Will"). An accented spelling of a listed name is one too
    ("Jörg", "Zoë", "Andrés"): the lists hold mostly the plain forms."""
    names = frozenset(census_first_names()).union(world_given_names()) - NOT_GIVEN_NAMES
    return _AccentBlind(names)


class _AccentBlind(frozenset):
    """A set of names that also holds each name's accented spellings."""

    def __contains__(self, word: object) -> bool:
        if frozenset.__contains__(self, word):
            return True
        if not isinstance(word, str) or word.isascii():
            return False
        plain = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()
        return plain != word and frozenset.__contains__(self, plain)


def given_name(word: str) -> bool:
    """A given name of the curated list or of the census ("Terry", "Andi"), or two of
    them joined by a hyphen ("Anna-Lena", "Jean-Marc")."""
    if word in first_names() or word in given_names():
        return True
    parts = word.split("-")
    return len(parts) == 2 and all(
        p[:1].isupper() and (p in first_names() or p in given_names()) for p in parts
    )


@functools.cache
def census_surnames() -> frozenset[str]:
    """Surnames of the US Census 1990 list held by at least 1 in 100,000 people."""
    return frozenset(name for name, share in _census_rows("dist.all.last") if share >= 0.001)


def _census_rows(file: str) -> list[tuple[str, float]]:
    from importlib import resources

    try:
        text = resources.files("names").joinpath(file).read_text(encoding="ascii")
    except (ModuleNotFoundError, FileNotFoundError):
        return []
    rows = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 2:
            rows.append((parts[0].capitalize(), float(parts[1])))
    return rows


# --- words the speaker reader steps over (briefing.facts.speakers) ------------------
# Abbreviations whose full stop does not end a name ("Sen.", "U.S."); determiners that
# make a source nominal; conjunctions and auxiliaries that end a subject phrase.
SPEAKER_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st sen rep gov gen col lt capt sgt adm maj prof rev jr sr inc corp co ltd "
    "no vs u.s u.k u.n mt ft ave jan feb aug sept oct nov dec d r i "
    "brig cmdr cdr cpl pfc pvt spc det insp supt fr msgr hon sens reps govs".split()
)
SPEAKER_ARTICLES = frozenset("a an the one".split())
SPEAKER_CONJUNCTIONS = frozenset(
    "and but while as because so when where although though after before since if or "
    "whereas until unless once".split()
)
SPEAKER_AUXILIARIES = frozenset("is was has had have been will would also later then again".split())
# Abbreviated offices: "the PM said" is a person, not a body named "PM".
ROLE_ABBREVIATIONS = frozenset("PM MP MEP MSP AM CEO CFO COO QC DA".split())
# Words that make a role another office: "the foreign secretary" is not the shadow foreign
# secretary, "the chairman" not the deputy chairman.
ROLE_QUALIFIERS = frozenset("shadow former ex deputy vice assistant acting junior co".split())
# Finite verbs that never stand inside a noun phrase: "The machine ... was (described by)",
# "the referendum could be (held)" are clauses, not nominal sources.
FINITE_VERBS = frozenset(
    "is are was were has have had will would could should can may might must been be do does "
    "did".split()
)
# Capitalised words that open an adverbial, not a subject: "On Monday, ...", "Of Carson,
# Levine said", "Like Mr Reid, ...", "Pressed on the issue, ...".
SPEAKER_OPENERS = frozenset(
    "On In At After Before During Since Until When While As If Asked Speaking Meanwhile "
    "Later Earlier Last This Next Also But And Yet So Still However Then Of About Like "
    "Unlike Despite With Without For Against Besides Told Pressed Questioned".split()
)
# Conjunctions and focus adverbs that may open a clause before its subject ("And even
# Obama seems to agree", "But Sanders said"), and linking adverbs written without their
# comma ("However Mr Smith was not convinced"): stepped over when reading the subject.
SUBJECT_LEADERS = frozenset(
    """and but yet so still even also then now only however meanwhile instead indeed
    similarly likewise nevertheless nonetheless""".split()
)
# Conjunctions that open a clause of its own: '"...," while Smith suggested they would
# ...' is Smith's own report, so the quote before it is not his.
OTHER_CLAUSE_OPENERS = frozenset("while whereas whilst although though".split())


def opens_other_clause(source: str) -> bool:
    """A cue-after source that is only a leader ("but") or opens another clause ("while X")."""
    lowered = source.strip().lower()
    return lowered in SUBJECT_LEADERS or lowered.split(" ", 1)[0] in OTHER_CLAUSE_OPENERS
# Cue verbs whose object is the one spoken to ("told CGTN Europe", "tells reporters"):
# the words after them never name the speaker, so "..., told X" is not inverted.
ADDRESSEE_VERBS = frozenset("told tells tell telling informed informs".split())
# Words that open a complement clause after a cue verb ("said she was pleased", "said
# that ..."): the sentence reports its own statement rather than attributing a quote.
# "Curry's pressing ahead", "Smith's been told": an 's that is "is"/"has", not a possessive
# (a participle followed by a particle, or one of these words).
CONTRACTED_IS_FOLLOWERS = frozenset("been got gone not never now still already also going".split())
PARTICIPLE_PARTICLES = frozenset(
    "ahead on with for to back up out forward into through in away off down".split()
)
# Finite auxiliaries: after a cue verb they make a clause of its own ("A spokesman said
# Downing Street had no comment"), not a bare attribution of the quote before.
FINITE_AUXILIARIES = frozenset(
    "is are was were has have had will would can could may might must shall should does did"
    .split()
)
CLAUSE_OPENERS = frozenset("he she they we i it that the this there a an his her their".split())
# What an outlet does to a whole sentence it carries ("..., the Herald reported"): after a
# quote set inside that sentence, the quote is not the outlet's own.
OUTLET_REPORT_VERBS = frozenset("reported reports revealed reveals".split())
# Verbs that take another person's report as their object ("Mr Howard denied Mr Yeo said the
# plans ..."): the second speaker is reported, not heard, and no later "he" means them.
REPORT_DENIAL_VERBS = frozenset("denied denies deny disputed disputes confirmed confirms".split())

# Head nouns that end a body's name only inside a speaker phrase of two or more capitalised
# words ("Scotland Yard said", "the British Chambers of Commerce said", "the Scottish
# Executive said"); as entity keywords they are too loose ("Chambers" is a surname).
# Besides ORG_KEYWORDS; a head before "of" counts too ("Chambers of Commerce").
SPEAKER_BODY_HEADS = ORG_KEYWORDS | frozenset(
    """Yard Commerce Chamber Chambers Executive Inspectorate Directorate Regulator Watchdog
    Tribunal Command Corps Institution Consortium Partnership Panel Lobby Unit Division
    Treasury Commons Confederation Commissioners Councils Unions Associations Federations
    Offices Agencies Services Authorities Institutes Departments Ministries""".split()
)
# Head nouns of an office one person holds at a time ("the prime minister", "the Vermont
# senator"): unlike an epithet, a different person named nearby may hold it, so such a
# description is resolved only when one person in the sentence before can hold it.
OFFICE_HEADS = frozenset(
    """minister chancellor president premier senator governor leader secretary mayor
    congressman congresswoman""".split()
)
