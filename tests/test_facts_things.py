"""Works, awards, events, ships and publications named like people (invented sentences)."""

from test_facts_article import make_doc

from briefing.facts.entities import find_entities


def people(paragraphs):
    return {p.name for p in find_entities(make_doc(paragraphs)).people}


def test_a_work_named_like_a_person_is_no_person_at_any_mention():
    found = people([
        "Director Owen Marsh spoke about his latest film Nora Delane at the festival.",
        "Nora Delane opens in March, and her role in Nora Delane won praise for Ada Finch.",
    ])
    assert "Nora Delane" not in found
    assert {"Owen Marsh", "Ada Finch"} <= found


def test_an_award_a_year_possessive_and_quotation_marks_name_no_person():
    found = people([
        "Tessa Moor has won a Golden Globe and hopes to repeat her Golden Globe success.",
        "She starred in 1994's Holly Lindgren and is best known for \"Marta Quill\" and",
        "\"The Long Shore\".",
    ])
    assert not {"Golden Globe", "Holly Lindgren", "Marta Quill"} & found
    assert "Tessa Moor" in found
    # A name quoted alone is still the name: a write-in vote, a word on a badge.
    assert "Ralph Osgood" in people(["I wrote in \"Ralph Osgood\" on my ballot that year."])


def test_an_article_goes_with_the_noun_after_a_name_and_a_thing_noun_names_a_thing():
    found = people([
        "Police studied the Victor Dunmore case again on Friday.",
        "The central bank chief spoke at the annual Jackson Harbour symposium.",
        "Fans queued for the Tom Brennan movie, and the Rhoda Kell we know was there too.",
        "They also hit Bernard Sayle on trade.",
    ])
    assert {"Victor Dunmore", "Tom Brennan", "Rhoda Kell", "Bernard Sayle"} <= found
    assert "Jackson Harbour" not in found


def test_a_publication_a_ship_and_a_glued_caption_word():
    found = people([
        "Speaking in the latest issue of Marie Lavelle, the actress praised the",
        "presidential candidate Hillary Clinton Obsessed with her style, fans asked for more.",
        "The aircraft carrier Carl Bremmer sailed on Monday. The Carl Bremmer leads the group.",
    ])
    assert not {"Marie Lavelle", "Carl Bremmer", "Hillary Clinton Obsessed"} & found
    assert "Hillary Clinton" in found


def test_a_particle_stays_inside_a_name_and_a_surname_keyword_ends_one():
    found = people([
        "Aviation analyst Nick Van den Brul of a Paris bank said the fares would rise.",
        "The critics awarded Thomas Haden Church the best supporting actor prize.",
    ])
    assert {"Nick Van den Brul", "Thomas Haden Church"} <= found


def test_the_examples_after_a_plural_noun_of_works_are_works():
    found = people([
        "The studio is behind films such as Long Harbour, Billy Elmsworth and Rosa Quint.",
        "Its founder Tim Bexley said the next one is ready.",
    ])
    assert not {"Billy Elmsworth", "Rosa Quint"} & found
    assert "Tim Bexley" in found


def test_counted_awards_streets_company_words_and_papers_are_no_people():
    index = find_entities(make_doc([
        "She won four Golden Globes and lives on Wilson Boulevard in Arlington.",
        "Shares in General Motors rose, and the Trinity Mirror group said profits fell.",
    ]))
    found = {p.name for p in index.people}
    assert not {"Golden Globes", "Wilson Boulevard", "Motors", "Trinity Mirror"} & found
    assert "Trinity Mirror" in {e.name for e in index.organizations}
