"""He/she -> the person a pronoun means: the last voice heard (the speaker of a quote or
of reported speech) unless a different, compatible person has since opened a sentence;
also the body a "the report said" or "it said" speaks for (docs/QUOTES.md, rule 5)."""

from __future__ import annotations

import bisect
import re

from briefing.facts.antecedents import (
    according_voices,
    aged,
    agreed_genders,
    cued_voices,
    genders_in_sentences,
    honorific_free,
    in_subordinate_clause,
    introduced_with_role,
    modifies_a_noun,
    role_speaks,
)
from briefing.facts.entities import EntityIndex
from briefing.facts.epithets import epithet_noun
from briefing.facts.nominal_bodies import (
    describes_a_body,
    document_author,
    named_body,
    opening_body,
)
from briefing.facts.source_words import (
    blank_spans,
    gender_of,
    genders_in_use,
    honorific_genders,
    nominal_opener,
    people_in_role,
    sentence_ends,
    unnamed_person,
)
from briefing.facts.speakers import is_body, sentence_subject
from briefing.lang.en import speech as words
from briefing.lang.gazetteer import organizations, places

_WORD = re.compile(r"[A-Za-z][\w'’.\-]*|\d[\w\-]*")
# How far back "the report said" looks for the report's author, in characters: the latest
# naming wins, so a longer reach only adds an author where none is nearer (BBC check: the
# OECD's report named 2,100 characters before "the report warned").
AUTHOR_REACH = 4000
# How far back a he/she after a quote must find no one but its antecedent to be sure (about
# three news paragraphs; PolNeAR even and the BBC tuning sets: 1500 characters keep 96% right).
ALONE_REACH = 1500

# The words before a name opening a clause that turns from the sentence's subject.
_CONTRAST = re.compile(r"\b(?:but|while|whereas|although|though)\s+$")
# A plural verb after a capitalised word ("Chelsea have not played") is a team's or a
# body's, never one person's.
_PLURAL_VERBS = frozenset("have are were do be been".split())


def _verb_after(sentence: str, name: str) -> bool:
    """Whether a singular finite verb or a past form follows ``name`` in ``sentence``."""
    match = re.search(rf"{re.escape(name)}\s+([a-z]+)", sentence)
    verb = match.group(1) if match else ""
    return verb not in _PLURAL_VERBS and (verb in words.FINITE_VERBS or verb.endswith("ed"))


class Pronouns:
    """He/she -> the last voice heard (a speaker of a quote or of reported speech) unless a
    different, compatible person has since opened a sentence; else that sentence's subject.

    Names inside quotes, in possessives and after prepositions are never antecedents.
    """

    def __init__(self, text: str, index: EntityIndex, quoted: list[tuple[int, int]],
                 ends: list[int] | None = None):
        """``ends``: the text's ``sentence_ends`` when the caller has them (read-only)."""
        self.text = text
        self.index = index
        spans = sorted(quoted)
        starts = [s for s, _ in spans]

        def inside(offset: int) -> bool:
            k = bisect.bisect_right(starts, offset) - 1
            return k >= 0 and spans[k][0] <= offset < spans[k][1]

        self.mentions = [m for m in index.mentions if not inside(m.start)]
        self.ends = sentence_ends(text) if ends is None else ends
        # Quoted words are never a sentence's subject ('"Donald Trump will build the wall,"
        # he said'): subjects are read from the text with every quotation blanked.
        self.unquoted = blank_spans(text, spans)
        self.voices = sorted(
            according_voices(self.unquoted, self.mentions, self.ends)
            + cued_voices(text, spans, self.mentions)
        )
        self.bodies: set[str] = set()
        self.organizations = {e.name for e in index.organizations}
        self.said_bodies: set[str] = set()  # read as bodies where they spoke, not by name
        self.nominals: set[str] = set()  # gendered noun phrases heard as voices
        self.honorifics = honorific_genders(text)
        shared = honorific_free([p.name for p in index.people])
        self.genders = {
            p.name: gender_of({} if p.name in shared else self.honorifics, p.name, p.role)
            for p in index.people
        }
        in_use = agreed_genders(
            genders_in_use(self.unquoted, self.mentions, self.ends),
            genders_in_sentences(self.unquoted, self.mentions, self.ends),
        )
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

    def hear_nominal(self, offset: int, phrase: str, unnamed: bool = True) -> None:
        """ "A spokeswoman for Human Rights Watch said": a voice that a pronoun of the
        noun's gender may mean (the phrase is then the speaker); other nouns are ignored.
        ``unnamed``: "one dealer said" is a voice of either gender (not where the phrase
        only asked: "A reporter asked Sanders ... He replied")."""
        # "A spokesman for X (X) which represents ...": the noun phrase before the clause
        head = re.split(r"\s(?:who|which)\s", phrase)[0]
        tokens = {t.lower() for t in _WORD.findall(head)}
        if len(tokens) > 10 or words.cue_verb_pattern().search(phrase):
            return  # "The spokeswoman said the plan was (agreed)": not a noun phrase
        genders = {"m" for t in tokens if t in words.MALE_WORDS}
        genders |= {"f" for t in tokens if t in words.FEMALE_WORDS}
        if len(genders) == 1 and phrase not in self.genders:
            self.genders[phrase] = genders.pop()
            self.nominals.add(phrase)
        elif unnamed and not genders and unnamed_person(head):
            self.nominals.add(phrase)  # "one dealer, who asked not to be named, said"
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
                               lambda author: is_body(author, ["the"]))

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

    def alone(self, name: str, wanted: str, offset: int, reach: int = 0) -> bool:
        """No person but ``name`` that a pronoun of gender ``wanted`` could mean (or of
        unknown gender) is named outside quotes in the ``reach`` characters before
        ``offset``: "he" can mean nobody else."""
        reach = reach or ALONE_REACH
        last = name.split()[-1]
        return not any(
            offset - reach < m.start < offset and m.name.split()[-1] != last
            and self._fits(m.name, wanted)
            for m in self.mentions
        )

    def last_voice(self, offset: int, reach: int = 1200) -> str:
        """The speaker last heard before ``offset`` (within ``reach``), else ""."""
        k = bisect.bisect_left(self.voices, (offset, "")) - 1
        return self.voices[k][1] if k >= 0 and offset - self.voices[k][0] <= reach else ""

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
        return self.resolve_gender(words.SINGULAR_PRONOUNS.get(pronoun, ""), offset, reach)

    def resolve_gender(
        self, wanted: str, offset: int, reach: int = 1200, careful: bool = False
    ) -> tuple[str, str]:
        """:meth:`resolve` for a wanted gender ("m", "f" or "" for either); ``careful``: a
        sentence opening with a name the article knows as nothing ("Groenefeld was the
        more powerful player") makes the last voice a guess ("-rival")."""
        name, how, anchor = self._antecedent(wanted, offset, reach, careful)
        if name and not how.endswith("-rival") and self._rival(name, wanted, anchor, offset):
            how += "-rival"
        return name, how

    def resolve_epithet(self, wanted: str, offset: int, reach: int = 1200) -> tuple[str, str]:
        """:meth:`resolve_gender` for a describing phrase ("the 21-year-old told Cadena
        Cope"): a person named only as an object ("talking to Butragueno", "goals from
        Pamarot") is no rival, since the description picks out someone the report is
        about; one opening a clause still is ("Robbie Keane ... echoed ...")."""
        # A sentence opened by a name known as nothing makes it a guess, when a verb
        # follows the name ("Vrenko was the more powerful runner"; not "Past encounters").
        name, how, anchor = self._antecedent(wanted, offset, reach, careful="verb")
        last = name.split()[-1] if name else ""
        # Rivals since the antecedent was last named: a voice heard since may be a guess
        # ('"...," he said. He conceded ...' between two men).
        named = [m.start for m in self.mentions if m.start < offset and m.name.split()[-1] == last]
        anchor = min(anchor, max(named)) if named else anchor
        if name and not how.endswith("-rival") and self._subject_rival(
            name, wanted, anchor, offset
        ):
            how += "-rival"
        return name, how

    def _subject_rival(self, name: str, wanted: str, anchor: int, offset: int) -> bool:
        """Another person it could be opens a sentence between the antecedent and
        ``offset``."""
        last = name.split()[-1]
        for m in self.mentions:
            if not (anchor < m.start < offset) or m.name.split()[-1] == last:
                continue
            if m.possessive or not self._fits(m.name, wanted):
                continue
            s = bisect.bisect_right(self.ends, m.start) - 1
            start = self.ends[s] if s >= 0 else 0
            if len(_WORD.findall(self.unquoted[start : m.start])) <= 2:
                return True  # "Robbie Keane, skipper for the night, echoed ...", "But Cole said"
        return False

    def _rival(self, name: str, wanted: str, anchor: int, offset: int) -> bool:
        """Another person the pronoun could mean is named between the antecedent's last
        mention and it ("held off Susan Kemboi ... before Radcliffe sprinted clear. '...,'
        she said": the rival is named before Radcliffe is again)."""
        last = name.split()[-1]
        anchor = max([anchor] + [m.start for m in self.mentions
                                 if m.start < offset and m.name.split()[-1] == last])
        return any(
            anchor < m.start < offset and m.name.split()[-1] != last
            and self._fits(m.name, wanted) and not m.possessive  # "Father Arron Cutugno"
            and not (m.after_preposition and self._same_sentence(anchor, m.start))
            and not (self._subject_carries_on(m.start) and not self._same_sentence(m.start, offset))
            for m in self.mentions
        )

    def _subject_carries_on(self, position: int) -> bool:
        """The sentence holding ``position`` opens with "he"/"she" or a description ("The
        Spaniard believed he was talking to Emilio Butragueno"): the person before goes on
        as its subject, and another name there is only spoken to or about. (Not in the
        quote's own sentence: "She wakes to a video from her daughter, who sings: '...'".)"""
        s = bisect.bisect_right(self.ends, position) - 1
        opening = self.unquoted[self.ends[s] if s >= 0 else 0:position].split()
        if opening and opening[0] in ("He", "She"):
            return True
        return any(epithet_noun(" ".join(opening[:n])) for n in range(2, min(len(opening), 5) + 1))

    def _same_sentence(self, a: int, b: int) -> bool:
        """In one sentence: "Zoghlin told The Hill that her client meant no harm to Omar.
        '...,' she said" - a name after a preposition in the voice's own report is no rival."""
        return bisect.bisect_right(self.ends, a) == bisect.bisect_right(self.ends, b)

    def _antecedent(
        self, wanted: str, offset: int, reach: int, careful: bool | str = False
    ) -> tuple[str, str, int]:
        k = bisect.bisect_left(self.voices, (offset, "")) - 1
        voice = self.voices[k] if k >= 0 and offset - self.voices[k][0] <= reach else None
        s = bisect.bisect_right(self.ends, offset) - 1  # the pronoun's sentence starts at ends[s]
        own = self._own_subject(s, offset)
        if own and self._fits(own, wanted):  # 'Fallon fired back: "...," he wrote'
            return own, "subject" if self.gender(own) else "no-gender", offset
        unknown = False
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
            opener = nominal_opener(self.unquoted[start:end])
            if opener:  # "But a spokesman for the Home Office defended the plans. He said:"
                phrase, gender = opener
                if gender and (not wanted or gender == wanted):
                    self.genders.setdefault(phrase, gender)
                    self.nominals.add(phrase)
                    return phrase, "nominal" + ("-rival" if unknown else ""), end
                unknown = unknown or not gender  # "An official said ...": perhaps the one
                continue
            subject = sentence_subject(self.unquoted[start:end], self.index)
            if (subject is None or subject.kind != "name") and not unknown:
                # Reported speech only: an office cueing a quote ('..., the senator said')
                # is most often the person named before.
                reported = self.unquoted[start:end] == self.text[start:end]
                unknown = reported and role_speaks(self.unquoted[start:end])
            if subject is not None and subject.kind == "pronoun":
                continue  # "He praised Ann Lee, head of X.": either may be the next "he"
            named = subject is not None and subject.kind == "name"
            if named and self._plausible(subject.speaker) and self._fits(subject.speaker, wanted):
                how = "subject" if self.gender(subject.speaker) else "no-gender"
                unknown = unknown or self._contrasted(start, end, subject.speaker, wanted)
                return subject.speaker, how + ("-rival" if unknown else ""), end
            if person := self._introduced(start, end, wanted):
                return person, "subject" + ("-rival" if unknown else ""), end
            if subject is None or (named and self._plausible(subject.speaker)):
                continue
            if careful and subject.kind == "name" and self._unknown(subject.speaker) and (
                not modifies_a_noun(self.unquoted[start:end], subject.speaker)
            ) and (
                careful != "verb" or _verb_after(self.unquoted[start:end], subject.speaker)
            ):
                unknown = True
        if voice and self._fits(voice[1], wanted):
            rival = "-rival" if unknown else ""
            if voice[1] in self.nominals:
                return voice[1], "nominal" + rival, voice[0]
            return voice[1], ("voice" if self.gender(voice[1]) else "no-gender") + rival, voice[0]
        return "", "none", offset

    def _contrasted(self, start: int, end: int, name: str, wanted: str) -> bool:
        """Another person the pronoun could mean opens a contrasting clause of the sentence
        ("Bogdanov claimed the race would be his, but McIlroy is unfazed. He admitted:")."""
        last = name.split()[-1]
        return any(
            start < m.start < end and m.name.split()[-1] != last and not m.possessive
            and _CONTRAST.search(self.unquoted[start : m.start]) and self._fits(m.name, wanted)
            for m in self.mentions
        )

    def _introduced(self, start: int, end: int, wanted: str) -> str:
        """A person of the wanted (known) gender the sentence ends by introducing with a role
        ("Staunton is the choice of Steven Gaydos, executive editor of Variety."), when its
        subject is no such person."""
        inside = [m for m in self.mentions if start <= m.start < end]
        person = introduced_with_role(self.unquoted[start:end], start, inside)
        if person and self.gender(person) and self._fits(person, wanted):
            return person
        return ""

    def _unknown(self, name: str) -> bool:
        """A name the article knows as no person, place or body: perhaps a person."""
        known = self.organizations | {e.name for e in self.index.places}
        return name not in known and name not in organizations() and name not in places()

    def _own_subject(self, s: int, offset: int) -> str:
        """A person opening the pronoun's own sentence before a quotation in it."""
        start = self.ends[s] if s >= 0 else 0
        before = self.unquoted[start:offset]
        if before == self.text[start:offset] and not in_subordinate_clause(before):
            return ""  # no quotation between: the pronoun itself is the subject
        if not self._speaks_before_quote(start, offset):
            return ""  # 'Mr Blair has "the same passion ..." as in 1997, he said': another voice
        subject = sentence_subject(before, self.index)
        if subject and subject.kind == "name" and self._plausible(subject.speaker):
            return subject.speaker
        return ""

    def _speaks_before_quote(self, start: int, offset: int) -> bool:
        """The words before the sentence's first quotation end in a colon or comma or hold a
        cue verb ("Fallon fired back: '...,' he wrote"): the subject's own words follow."""
        first = next((i for i in range(start, offset) if self.unquoted[i] != self.text[i]), offset)
        if first == offset:
            return True  # no quotation: "..., which he said was": the clause's own subject
        lead = self.text[start:first].rstrip(" \"“‘'")
        if lead.endswith((":", ",", ".", "!", "?")):  # a full stop: the quote opens anew
            return True
        naming = re.search(rf"\b(?:{words.NAMING_VERBS})\b", lead)  # 'called the raid "..."'
        return bool(naming or words.cue_verb_pattern().search(lead))

    def _plausible(self, name: str) -> bool:
        """A person the article names, or a name shaped like one (census given/surname)."""
        if any(p.name == name or p.name.split()[-1] == name for p in self.index.people):
            return True  # "Fiorina" when the article names Carly and Frank Fiorina
        tokens = name.split()
        if len(tokens) > 1:
            return tokens[0] in words.census_first_names() or (
                name not in self.organizations and aged(name, self.text)
            )
        if tokens[0].lower() in words.GROUP_NOUNS:
            return False  # "People should provide evidence ..., he told reporters"
        return tokens[0] in words.census_surnames() and tokens[0].lower() not in self.lowered

    def _fits(self, name: str, wanted: str) -> bool:
        gender = self.gender(name)
        if name in self.bodies or name in organizations():
            return False
        return not (gender and wanted and gender != wanted)
