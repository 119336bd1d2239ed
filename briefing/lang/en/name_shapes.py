"""Words that change what a capitalised run before or inside a person's name is.

Read by ``briefing.facts.person_shapes`` (people) and ``briefing.facts.tokens`` (name
spans). Each set was read off the shown people of 60 fresh BBC, PolNeAR and web
articles graded by hand (notes: ents4), not off one sentence.
"""

from __future__ import annotations

# People of a US state or a region, written before a name like a country's demonym:
# "fellow Kentuckian Rand Paul" is Rand Paul.
REGION_DEMONYMS = frozenset(
    """Kentuckian Texan Californian Floridian Virginian Ohioan Iowan Georgian Alabamian
    Arizonan Arkansan Coloradan Hawaiian Idahoan Illinoisan Indianan Kansan Louisianan
    Marylander Michigander Minnesotan Mississippian Missourian Montanan Nebraskan Nevadan
    Oklahoman Oregonian Pennsylvanian Tennessean Utahn Vermonter Washingtonian
    Wisconsinite Wyomingite Alaskan Bostonian Chicagoan Angeleno Londoner Glaswegian
    Mancunian Liverpudlian Scouser Geordie Cornishman Yorkshireman Ulsterman Dubliner
    Parisian Muscovite Berliner Texans Kentuckians Californians Floridians Virginians
    Londoners""".split()
)
# Capitalised function words that are also surnames, read as one right after a given
# name ("former DJ Mike Read", "Sir Thomas More"); elsewhere they stay function words.
SURNAMES_AMONG_STOP_CAPS = frozenset("Read More Dear".split())
# Prepositions that open a sentence with a fronted phrase: the comma after "With Sonos
# Move," or "Against Clinton," closes that phrase and opens no apposition.
FRONTING_PREPOSITIONS = frozenset(
    """With Without After Before Against For From In On At By Like Unlike Despite Under
    Over Among Between Beyond Following Including Besides Behind Beside Since""".split()
)
# Capitalised words that open a title's, a thing's or a place's name and no person's:
# "Father Christmas", "Mount Everest", "Grand National", "Golden Globe".
NOT_GIVEN_OPENERS = frozenset(
    """Father Mother Saint Mount Lake Cape Fort Port Grand Great Old New Royal National
    Golden Black White Red Green Blue Crystal Premium Incredible Better Man Super
    Big Little Holy Sacred Young""".split()
)
# Faiths written after a given-name-shaped word and a nationality: "an Italian Roman
# Catholic organisation" names no Roman Catholic (CoNLL-2003 dev).
FAITH_ADJECTIVES = frozenset(
    """Catholic Catholics Protestant Orthodox Muslim Jewish Christian Sunni Shia Shiite
    Anglican Methodist Lutheran Evangelical Buddhist Hindu Sikh""".split()
)

# Endings of a word that describes the person named after it at a sentence's start
# ("Unseeded", "Screenwriter", "Novelist", "Veteran" is caught by its lower-case use).
DESCRIBING_ENDINGS = ("ed", "ing", "writer", "maker", "ist")

# Words before "wing" that make it a party's or a movement's wing, not a rugby position
# ("the left wing David Blunkett said": BBC politics pages).
WING_SIDES = frozenset("left right far hard soft youth military armed political radical "
                       "moderate liberal conservative labour tory".split())

# Lower-case nouns for a town's people or services: a capitalised pair right before one is a
# town, not a person ("Forest Hill police officers"; in the BBC, PolNeAR and CNN/DM dev texts
# no person's name stands before these).
TOWN_PEOPLE_NOUNS = frozenset("police residents council councillors firefighters".split())

# Words that, alone after a title-like word, name a law, an order, a day or a generation,
# not a person: "the Criminal Justice Act", "an Executive Order", "Martin Luther King Day",
# "Martin Luther King Jr." (read as "King" and a one-word name).
TITLED_THING_WORDS = frozenset(
    """Act Acts Bill Bills Order Orders Amendment Directive Treaty Charter Statute Decree
    Regulation Regulations Day Week Jr Jr. Jnr Sr Sr. Snr""".split()
)
# Nouns right after a title and a one-word name that make the pair a work, a character or
# a contest: "the Judge Dredd film", "the new Miss Marple drama", "the Miss Universe
# pageant". Tuned on the BBC-even, CNN/DM and PolNeAR dev briefs; nouns that are also
# verbs are left out ("the attacks on Ms. Haley show that ...").
TITLED_WORK_NOUNS_AFTER = frozenset(
    """film movie movies drama dramas series soundtrack song album character characters
    pageant pageants contest franchise musical novel novels""".split()
)
# Job nouns by their ending ("Clinical Oncologist", "Consultant Paediatrician"): a title
# read on, not a name, unless a census surname ("Christ" is no job).
JOB_ENDINGS = ("ologist", "ician", "iatrist", "ographer", "ometrist", "otherapist")
# Plural titles before a list of names ("Sens. Tom Carper and Chris Coons"): each name
# takes the singular title.
PLURAL_TITLES = {"sens.": "Sen.", "sens": "Sen", "reps.": "Rep.", "reps": "Rep",
                 "govs.": "Gov.", "drs.": "Dr.", "drs": "Dr"}  # fmt: skip
# Titles that also open the names of bands, brands, works and places ("King Crimson",
# "Gen Xers", "General Motors", "Miss Universe", "Bishop's Stortford"): after one of these,
# a lone word that is no surname or given name and never stands alone is no person's name.
# Left out, as on the BBC-even, CNN/DM and PolNeAR dev briefs they head real people under
# a one-word name: office titles ("President", "Judge"), "Lord" ("Lord Strathclyde"),
# "Dr" ("Dr Dre", "Dr Vancheshwar"), "Lady" ("Lady Gaga"), "Prince" ("Crown Prince Frederik").
THING_PRONE_TITLES = frozenset(
    """King Captain Capt Capt. General Gen Gen. Bishop Sir Dame Miss Uncle Aunt Master
    Mister Colonel Major""".split()
)
# A title and a one-word name right after these name a part someone plays: "plays Captain
# Hook", "a dual role, as Captain Hook", "caricatured as Lady Macbeth".
CHARACTER_VERBS = frozenset("plays played playing portrays portrayed portraying".split())
CHARACTER_WORDS_BEFORE_AS = frozenset(
    """role roles part parts cast dressed caricatured depicted portrayed painted costumed
    disguised""".split()
)
# Dotted initials that are no one's given names: US states and the capital ("Washington
# D.C.", "N.J. Gov"), and abbreviations ("P.S.", "A.M.").
INITIALS_NOT_NAMES = frozenset(
    f"{code[0]}.{code[1]}." for code in """AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS
    KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA
    WA WV WI WY PS AM PM AD BC EU UK US UN""".split()
)
# Holidays and greetings' last words: "Merry Christmas", "Happy Easter" name no one.
HOLIDAY_NAMES = frozenset(
    """Christmas Xmas Easter Hanukkah Chanukah Thanksgiving Halloween Diwali Ramadan Eid
    Birthday Holidays Holiday""".split()
)
# Family words that open a sentence or a caption before a name: the person's relation
# ("Father Arron Smith said he was upset": a parent), not a clergy title as they are
# mid-sentence ("said Father Michael Jones").
KIN_OPENERS = frozenset(
    """Father Mother Dad Mum Mom Grandfather Grandmother Grandad Grandma Brother Sister
    Son Daughter Husband Wife Widow Widower Uncle Aunt""".split()
)
# Buildings' last words ("Prince George House", "Clarence Lodge"): after a given name
# they make a building, unless the article vouches for a person or uses the word alone
# as a surname ("House said"); name_tails.thing_tail. COMPANY_WORDS has Hall, Centre...
BUILDING_NAMES = frozenset(
    """House Building Lodge Manor Cottage Mansion Palace Chapel Library Gallery Museum
    Terrace Gate Place Walk Way Close Crescent Mews Yard Wharf Quay""".split()
)
# Nouns for a settlement right before its name: "the model village Poundbury".
SETTLEMENT_NOUNS = frozenset("village town city suburb hamlet township".split())
# Last words of a firm's name ("Marquis Investment Research", "Dalton Partners"): body
# keywords (lexicon.ORG_KEYWORDS) that end the name there, with no "of Y" read on and no
# list after "and" ("Securities and Exchange Commission" is one name).
FIRM_KEYWORDS = frozenset(
    """Research Investment Investments Management Consulting Consultants Advisors Advisers
    Analytics Strategies Equities Securities Partners""".split()
)
