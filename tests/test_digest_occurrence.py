"""What happened and when: two angles on one occurrence merge, another occurrence with the
same people does not."""

from __future__ import annotations

from datetime import date

import briefing
from briefing.digest.cluster import story_key, story_pairs
from briefing.digest.occurrence import Occurrence, occurrences, one_occurrence

FRIDAY = date(2026, 3, 6)
TUESDAY = date(2026, 3, 3)

RECAP = """Marsh and Reyes trade blows over port jobs

Elena Marsh and Tomas Reyes clashed over jobs at the port of Eastbrook in Thursday night's
debate in Carrow, the last before the Northern Alliance picks its leader.

Marsh accused her rival of ignoring the dockers during the strike of 2024, while Reyes said
her plan for the harbour would cost the region a billion in lost trade. The Carrow
Broadcasting Service moderators pressed both on housing, which polls rank as voters' top
worry, and on the future of the Wendover rail link.
"""

FACT_CHECK = """Did Reyes get the harbour numbers right?

Tomas Reyes told viewers of the debate on Thursday that the Marsh harbour plan would cost
Eastbrook a billion in trade. We checked the figure behind his claim.

The number comes from a study by the Eastbrook Chamber of Commerce, which looked at a
different scheme. Its authors said the cost of Elena Marsh's plan was never modelled. The
Northern Alliance said both candidates would be asked to publish their sources.
"""

RALLY = """Marsh takes her campaign to Wendover

Elena Marsh told supporters at a rally in Wendover on Tuesday that the Eastbrook harbour
deserved better than Tomas Reyes's plan for it.

Marsh, who leads in polls of Northern Alliance members, promised a new rail link and said the
Carrow government had forgotten the port. Reyes's campaign said she had no costed plan.
"""


def keys_of(*stories: tuple):
    """Keys of (text, day) or (text, day, outlet) stories."""
    keys = []
    for text, day, *outlet in stories:
        title, body = text.split("\n", 1)
        keys.append(story_key(title, body, briefing.extract_facts(text), day=day,
                              outlet=outlet[0] if outlet else ""))
    return keys


def test_a_debate_and_its_day():
    [debate] = occurrences(["They clashed in Thursday night's debate in Carrow."], FRIDAY,
                           {"carrow"})
    assert (debate.kind, debate.day, debate.ahead) == ("debate", date(2026, 3, 5), False)
    assert debate.names == {"carrow"}
    [last_night] = occurrences(["Nothing changed in last night's debate."], FRIDAY)
    assert last_night.day == date(2026, 3, 5)


def test_a_topic_is_no_occurrence():
    assert occurrences(["The debate over port funding goes on."], FRIDAY) == ()
    assert occurrences(["Jobs are her primary concern."], FRIDAY) == ()
    assert occurrences(["Nothing happened at the debate."], None) == ()  # undated story


def test_a_preview_looks_ahead():
    [preview] = occurrences(["The candidates will meet in Thursday's debate."], TUESDAY)
    assert preview.ahead and preview.day == date(2026, 3, 5)
    [report] = occurrences(["The candidates met in Thursday's debate."], FRIDAY)
    assert not one_occurrence(preview, report)


def test_a_preview_of_the_day_itself_looks_ahead_wherever_its_cue_is():
    """Published on the day of the vote, a sentence that looks ahead after its noun (or
    with "poised to") was written before the vote; one that looks back was not."""
    thursday = date(2026, 3, 5)
    [preview] = occurrences(["In Thursday's primary the mayor is poised to win Carrow."],
                            thursday)
    assert preview.ahead
    [after] = occurrences(["Thursday's primary went to the mayor, who will now face the"
                           " governor."], thursday)
    assert after.ahead  # a cue anywhere in the sentence: the rule reads it as a preview
    [report] = occurrences(["The mayor won Thursday's primary in Carrow."], thursday)
    assert not report.ahead
    [later] = occurrences(["The mayor won Thursday's primary and will now face the"
                           " governor."], FRIDAY)
    assert not later.ahead  # the day before publication: a report, whatever follows


def occurrence(kind: str = "debate", day: date | None = None, names: frozenset = frozenset(),
               side: str = "", published: date = FRIDAY) -> Occurrence:
    return Occurrence(kind, day, names, side, False, 1, published)


def test_one_occurrence_needs_kind_day_and_party_alike():
    thursday = date(2026, 3, 5)
    assert one_occurrence(occurrence(day=thursday), occurrence(day=thursday))
    assert not one_occurrence(occurrence(day=thursday), occurrence(day=FRIDAY))
    assert not one_occurrence(occurrence(day=thursday), occurrence("rally", thursday))
    assert not one_occurrence(occurrence(day=thursday, side="democratic"),
                              occurrence(day=thursday, side="republican"))


def test_an_undated_occurrence_needs_a_place_and_the_days_news():
    iowa = frozenset({"iowa"})
    assert one_occurrence(occurrence("vote", names=iowa), occurrence("vote", names=iowa))
    assert not one_occurrence(occurrence("vote", names=iowa), occurrence("vote"))
    assert not one_occurrence(occurrence("vote", names=iowa),
                              occurrence("vote", names=iowa, published=date(2026, 3, 1)))
    assert one_occurrence(occurrence("vote", names=iowa),
                          occurrence("vote", date(2026, 3, 5), iowa, published=date(2026, 3, 7)))


def test_two_angles_on_one_debate_are_one_story():
    pairs = story_pairs(keys_of((RECAP, FRIDAY, "a.example"), (FACT_CHECK, FRIDAY, "b.example"),
                                (RALLY, date(2026, 3, 4), "c.example")))
    assert [(a, b) for a, b, _ in pairs] == [(0, 1)]


def test_one_occurrence_merges_a_pair_that_shares_too_little_else():
    from dataclasses import replace

    from briefing.digest.cluster import Evidence, same_story

    # A day apart, few words and facts shared, no lead found: only the occurrence ties them.
    angles = Evidence(cosine=0.32, leads=0.0, quotes=0, figures=0, days=1, key_facts=0.6,
                      occurrence=True, casts=True, other_outlets=True)
    merged, reason = same_story(angles)
    assert merged and "occurrence" in reason
    assert not same_story(replace(angles, occurrence=False))[0]
    assert not same_story(replace(angles, cosine=0.2))[0]  # below OCCURRENCE_COSINE


def test_the_same_angles_on_other_days_are_not():
    """Shared actors and the debate noun are not enough: the days must agree."""
    other_week = FACT_CHECK.replace("on Thursday", "on Monday")
    keys = keys_of((RECAP, FRIDAY, "a.example"), (other_week, FRIDAY, "b.example"))
    assert story_pairs(keys) == []
