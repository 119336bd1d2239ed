"""One story across outlets: two write-ups of one event merge, shared actors alone do not."""

from __future__ import annotations

from datetime import date

import briefing
from briefing.digest.cluster import story_key, story_pairs

FIRST_OUTLET = """Dock strike halts Eastbrook port

Dock workers at the port of Eastbrook walked out on Monday after talks with the Harbour
Authority collapsed, leaving at least 14 container ships waiting off the coast.

The Eastbrook Dockers Union said the authority's offer of a 3% pay rise was "an insult to
people who kept the port open through two winters of storms". Union leader Maria Fenwick
told reporters in Eastbrook that the strike would last at least 72 hours.

Transport minister Oliver Grant urged both sides to return to talks in Carrow, where the
authority has its headquarters. Exporters in Carrow and Wendover warned of losses.
"""

SECOND_OUTLET = """Eastbrook port at a standstill as dockers strike over pay

Container traffic through Eastbrook stopped on Monday when members of the Eastbrook Dockers
Union began a 72-hour walkout, rejecting a 3% rise offered by the Harbour Authority.

Maria Fenwick, who leads the union, said the offer ignored the cost of living. By the
evening 14 ships were anchored offshore, port officials said.

Oliver Grant, the transport minister, called for new talks at the authority's offices in
Carrow. Hauliers in Wendover said lorries were already being turned away.
"""

SAME_ACTORS_OTHER_STORY = """Minister opens Wendover bypass

Transport minister Oliver Grant opened the long-delayed Wendover bypass on Friday, two years
after construction began. The 9 km road is meant to take lorries out of the town centre.

"This road has been promised for a generation," Grant said at the opening ceremony in
Wendover. Local councillors said traffic on the high street had halved in the first hour.
The county council paid for a third of the cost.
"""


def keys_of(*texts: str, days: tuple[date, ...] = ()):
    keys = []
    for n, text in enumerate(texts):
        title, body = text.split("\n", 1)
        keys.append(story_key(title, body, briefing.extract_facts(text),
                              day=days[n] if days else None))
    return keys


def test_two_outlets_rewriting_one_event_are_one_story():
    pairs = story_pairs(keys_of(FIRST_OUTLET, SECOND_OUTLET, SAME_ACTORS_OTHER_STORY))
    assert [(a, b) for a, b, _ in pairs] == [(0, 1)]
    assert "lead found" in pairs[0][2] or "cosine" in pairs[0][2]


def test_write_ups_days_apart_are_not_one_event():
    texts = (FIRST_OUTLET, SECOND_OUTLET, SAME_ACTORS_OTHER_STORY)
    same_day = (date(2026, 3, 2),) * 3
    days_apart = (date(2026, 3, 2), date(2026, 3, 6), date(2026, 3, 2))
    assert [(a, b) for a, b, _ in story_pairs(keys_of(*texts, days=same_day))] == [(0, 1)]
    assert story_pairs(keys_of(*texts, days=days_apart)) == []


def test_a_shared_minister_does_not_merge_different_stories():
    assert story_pairs(keys_of(FIRST_OUTLET, SAME_ACTORS_OTHER_STORY)) == []


def test_story_key_names_people_by_surname():
    [key] = keys_of(FIRST_OUTLET)
    assert {"fenwick", "grant"} <= key.actors and "maria fenwick" not in key.actors


def test_leads_naming_other_days_are_other_events():
    day = (date(2026, 3, 6),) * 2  # a Friday
    other_day = SECOND_OUTLET.replace("on Monday", "on Thursday")
    assert [(a, b) for a, b, _ in story_pairs(keys_of(FIRST_OUTLET, SECOND_OUTLET, days=day))
            ] == [(0, 1)]
    assert story_pairs(keys_of(FIRST_OUTLET, other_day, days=day)) == []


def test_days_named_resolves_weekdays_back_to_publication():
    from briefing.digest.cluster import days_named

    friday = date(2026, 3, 6)
    assert days_named(["walked", "out", "on", "Monday"], friday) == {date(2026, 3, 2)}
    assert days_named(["Thursday\u2019s", "vote"], friday) == {date(2026, 3, 5)}
    assert days_named(["on", "Friday"], friday) == {friday}
    assert days_named(["on", "Monday"], None) == frozenset()


def test_one_site_undated_needs_a_near_copy():
    """Without dates a site's follow-ups read like one event: only near copies merge."""
    texts = (FIRST_OUTLET, SECOND_OUTLET)
    keys = [story_key(t.split("\n", 1)[0], t.split("\n", 1)[1], briefing.extract_facts(t),
                      outlet="example.org") for t in texts]
    assert story_pairs(keys) == []
    copy = [story_key(FIRST_OUTLET.split("\n", 1)[0], FIRST_OUTLET.split("\n", 1)[1],
                      briefing.extract_facts(FIRST_OUTLET), outlet="example.org")] * 2
    assert [(a, b) for a, b, _ in story_pairs(copy)] == [(0, 1)]
    dated = [story_key(t.split("\n", 1)[0], t.split("\n", 1)[1], briefing.extract_facts(t),
                       day=date(2026, 3, 2), outlet="example.org") for t in texts]
    assert [(a, b) for a, b, _ in story_pairs(dated)] == [(0, 1)]


def test_dates_named_reads_day_words_and_dates_near_publication():
    from briefing.digest.cluster import dates_named

    friday = date(2026, 3, 6)
    assert dates_named(["The port reopened yesterday."], friday) == {date(2026, 3, 5)}
    assert dates_named(["Talks resume on March 9."], friday) == {date(2026, 3, 9)}
    assert dates_named(["The port opened in March 1998."], friday) == frozenset()
    assert dates_named(["The port reopened yesterday."], None) == frozenset()


def test_key_facts_weigh_the_days_rare_names():
    """Sharing only a name every story of the day carries is little evidence."""
    from briefing.digest.cluster import KEY_FACTS_SHARE, key_facts_shared

    weights = {"fenwick": 3.0, "grant": 1.0, "eastbrook": 3.0, "wendover": 3.0}
    strike = frozenset({"fenwick", "eastbrook", "grant"})
    assert key_facts_shared(frozenset({"fenwick", "eastbrook"}), strike, weights) == 1.0
    assert key_facts_shared(frozenset({"grant", "wendover"}), strike, weights) < KEY_FACTS_SHARE
    assert key_facts_shared(frozenset(), strike, weights) == 1.0  # nothing to compare


FOLLOW_UP = """Eastbrook dockers accept 4.5% deal as mediator Helen Okafor ends strike

Dock workers at the port of Eastbrook voted to return to work after mediator Helen Okafor
brokered a 4.5% pay rise with the Harbour Authority, ending the strike that left container
ships waiting off the coast.

The Eastbrook Dockers Union had called the authority's earlier offer of a 3% pay rise "an
insult". Union leader Maria Fenwick told reporters in Eastbrook that 812 members had backed
the deal. Transport minister Oliver Grant welcomed the vote in Carrow.
"""


def test_undated_follow_up_with_news_of_its_own_stays_apart(monkeypatch):
    """Without days, a follow-up that reuses the story's background still leads with
    facts (a mediator, a new figure) the story never names: not one story."""
    from briefing.digest import cluster

    keys = keys_of(FIRST_OUTLET, SECOND_OUTLET, FOLLOW_UP)
    assert [(a, b) for a, b, _ in story_pairs(keys)] == [(0, 1)]
    monkeypatch.setattr(cluster, "UNDATED_LEAD_FACTS", 0.0)
    assert (0, 2) in [(a, b) for a, b, _ in story_pairs(keys)]  # the rule is what holds it


def test_near_copy_days_later_is_not_one_story():
    """A text cosine that says "copy" on one day says "the story retold" days later."""
    copy = FIRST_OUTLET.replace("Dock strike halts", "Strike halts")
    same_day = (date(2026, 3, 2),) * 2
    days_later = (date(2026, 3, 2), date(2026, 3, 8))
    assert story_pairs(keys_of(FIRST_OUTLET, copy, days=same_day))
    assert story_pairs(keys_of(FIRST_OUTLET, copy, days=days_later)) == []


def test_shared_key_facts_and_words_merge_reports_that_share_no_sentence():
    from dataclasses import replace

    from briefing.digest.cluster import Evidence, same_story

    # Two outlets' own reports: no lead found in the other, but the cast and the words.
    reports = Evidence(cosine=0.4, leads=0.1, quotes=0, figures=0, days=0, key_facts=0.8,
                       casts=True, other_outlets=True)
    merged, reason = same_story(reports)
    assert merged and "key facts" in reason
    assert same_story(replace(reports, days=1, cosine=0.6, key_facts=1.0))[0]  # next day: more
    assert not same_story(replace(reports, days=1))[0]
    assert not same_story(replace(reports, key_facts=0.3))[0]  # words without the cast
    assert not same_story(replace(reports, casts=False))[0]  # no actors named to compare
    assert not same_story(replace(reports, other_days=True))[0]  # leads of other days
    assert not same_story(replace(reports, other_outlets=False))[0]  # one site's two stories


def test_a_next_day_report_is_told_from_a_next_day_follow_up_by_its_lead_day():
    from dataclasses import replace

    from briefing.digest.cluster import Evidence, evidence_of_all, pair_evidence, same_story

    follow_up = """Eastbrook dockers extend strike as authority raises offer

On Tuesday the Harbour Authority raised its pay offer to 4.5%, a day after dock workers at
Eastbrook walked out, and the Eastbrook Dockers Union said the strike would go on.
"""
    monday, tuesday = date(2026, 3, 2), date(2026, 3, 3)
    keys = keys_of(FIRST_OUTLET, SECOND_OUTLET, follow_up, days=(monday, tuesday, tuesday))
    prepared = evidence_of_all(keys)
    # The report published on Tuesday dates its news Monday, the source's day.
    assert pair_evidence(keys, prepared, 0, 1).reports_earlier
    # The follow-up leads with Tuesday's news, though it names Monday's walkout too.
    assert not pair_evidence(keys, prepared, 0, 2).reports_earlier
    next_day = Evidence(cosine=0.4, leads=0.1, quotes=0, figures=0, days=1, key_facts=0.8,
                        casts=True, other_outlets=True)
    assert not same_story(next_day)[0]
    assert same_story(replace(next_day, reports_earlier=True))[0]
    assert same_story(replace(next_day, figures=3))[0]  # its facts are the earlier story's
    assert not same_story(replace(next_day, figures=1))[0]


def test_leads_found_need_openings_about_one_thing_with_one_cast():
    from dataclasses import replace

    from briefing.digest.cluster import LEAD_CONTENT_SHARE, Evidence, same_story

    # Each lead is found in the other, and the openings share their words and cast.
    rewrite = Evidence(cosine=0.3, leads=0.35, quotes=0, figures=0, days=0, key_facts=0.7,
                       casts=True)
    merged, reason = same_story(rewrite)
    assert merged and "lead found" in reason
    # A short clip's sentence found in a longer story of the saga: the leads match, but
    # the openings, weighed as a whole with their cast, share too little.
    clip = replace(rewrite, cosine=0.2, key_facts=0.6)
    assert 0.2 * 0.6 < LEAD_CONTENT_SHARE
    assert not same_story(clip)[0]
    # Near the floor the share decides, not the lead score.
    assert same_story(replace(clip, key_facts=LEAD_CONTENT_SHARE / 0.2 + 0.01))[0]
