"""The digest archive (briefing/digest/archive.py) on a real SQLite state file."""

from __future__ import annotations

import sqlite3
from datetime import date

from briefing.digest import archive
from briefing.digest.state import State


def row(item_id: str, title: str, **values: str) -> dict:
    base = {"item_id": item_id, "title": title, "url": "", "source": "Desk", "published": None,
            "body": "", "people": "", "organizations": "", "places": "", "facts": "",
            "brief": None}
    return {**base, **values}


def sent_digest(state: State, day: str) -> int:
    return state.record_digest(date.fromisoformat(day), ["r@example.org"], f"<{day}@x>",
                               f"Digest {day}", b"", [], status="sent")


def test_facts_are_searchable_and_filters_match_whole_names(tmp_path):
    with State(tmp_path / "s.sqlite") as state:
        archive.ensure_archive(state.db)
        digest = sent_digest(state, "2026-11-20")
        archive.insert_story(state.db, digest, "2026-11-20", row(
            "a", "Port budget approved", body="The port board approved the budget.",
            people="Ada Okafor", facts="12 million euros dredging\non Tuesday"))
        archive.insert_story(state.db, digest, "2026-11-20", row(
            "b", "School opens", body="A school opened.", people="Adam Okaforson"))
        found = archive.search(state.db, archive.SearchQuery(text="dredging"))
        assert [s["title"] for s in found.stories] == ["Port budget approved"]
        found = archive.search(state.db, archive.SearchQuery(person="Ada Okafor"))
        assert [s["title"] for s in found.stories] == ["Port budget approved"]
        found = archive.search(state.db, archive.SearchQuery(text="approv"))
        assert "\x02approved\x03" in found.stories[0]["snippet"]


def test_an_archive_made_before_the_facts_column_is_upgraded_in_place(tmp_path):
    path = tmp_path / "old.sqlite"
    with State(path) as state:
        digest = sent_digest(state, "2026-11-21")
    old_schema = archive.ARCHIVE_SCHEMA.replace("    facts TEXT NOT NULL DEFAULT '',\n", "") \
        .replace(" source, facts,", " source,")
    db = sqlite3.connect(path)
    db.executescript(old_schema)
    db.execute("INSERT INTO archive_stories (item_id, digest_id, date, title, body) VALUES"
               " ('x', ?, '2026-11-21', 'Old ferry story', 'The ferry ran late.')", (digest,))
    db.commit()
    db.close()
    db = archive.open_archive(path)
    assert archive.search(db, archive.SearchQuery(text="ferry")).total == 1
    columns = {r[1] for r in db.execute("PRAGMA table_info(archive_stories)")}
    assert "facts" in columns


def test_editions_sent_before_the_archive_are_backfilled_with_titles(tmp_path):
    path = tmp_path / "s.sqlite"
    with State(path) as state:
        state.remember_items([("i1", "https://x.example/1", "Bridge reopens", "Coast Gazette",
                               "h", b"")])
        state.record_digest(date(2026, 11, 22), ["r@example.org"], "<m@x>", "Digest", b"",
                            ["i1"], status="sent")
    db = archive.open_archive(path)
    edition = archive.edition(db, "2026-11-22")
    assert [s["title"] for s in edition["stories"]] == ["Bridge reopens"]
    assert edition["stories"][0]["brief"] is None
    assert archive.backfill(db) == 0  # only once


def test_query_syntax_in_user_input_is_only_words():
    query = archive.SearchQuery(text='ferry" OR title:* NEAR(', person="Ada (Okafor)")
    expression = archive.match_expression(query)
    assert expression == '("ferry"* "OR"* "title"* "NEAR"*) AND (people : "Ada Okafor")'
