"""A developing story: sent once, sent again as "Updated" with only what is new when it
changes, and not sent at all when it comes back unchanged. Real SMTP on 127.0.0.1."""

from __future__ import annotations

from datetime import date, timedelta

from test_digest_run import parts_of, run

STRIKE = [
    "Dock workers at Eastbrook harbour began a 72-hour strike on Tuesday over pay.",
    "Their union had asked for a rise of 7.5%, against an offer of 3% from the port company.",
    "At least nine ships were waiting offshore by the evening, port officials said.",
]
NEW_PARAGRAPH = ("On Thursday the union extended the strike to 10 days after the port company "
                 "raised its offer to 4.5%, which members rejected.")


def write_setup(tmp_path, port: int):
    articles = tmp_path / "articles"
    articles.mkdir()
    config = tmp_path / "digest.toml"
    config.write_text(f"""
[digest]
title = "Harbour desk"
state = "state/digest.sqlite"
[[sources]]
path = "articles"
name = "Eastbrook Post"
[email]
to = ["desk@example.org"]
from = "digest@example.org"
smtp_host = "127.0.0.1"
smtp_port = {port}
retries = 1
timeout = 5
""", encoding="utf-8")
    return articles / "strike.txt", config


def write_story(path, paragraphs):
    path.write_text("Harbour strike\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")


def text_of(message) -> str:
    return parts_of(message)["text/plain"]


def test_a_changed_story_is_sent_as_an_update_with_only_the_new_facts(runner, tmp_path, mailbox):
    story, config = write_setup(tmp_path, mailbox.port)
    today = date.today()
    write_story(story, STRIKE)
    first = run(runner, config, "--date", today.isoformat())
    assert first.exit_code == 0, first.output
    assert len(mailbox.messages) == 1 and "72-hour strike" in text_of(mailbox.messages[0])

    write_story(story, [*STRIKE, NEW_PARAGRAPH])
    second = run(runner, config, "--date", (today + timedelta(days=1)).isoformat())
    assert second.exit_code == 0, second.output
    assert len(mailbox.messages) == 2
    update = text_of(mailbox.messages[1])
    assert "Updated: Harbour strike" in update
    assert f"First sent in the digest of {today.isoformat()}" in update
    assert "extended the strike to 10 days" in update and "[s4]" in update
    assert "72-hour strike" not in update  # what was sent already is not repeated
    assert "4.5%" in update and "7.5%" not in update  # only the new figures

    third = run(runner, config, "--date", (today + timedelta(days=2)).isoformat())
    assert third.exit_code == 0, third.output
    assert "nothing new" in third.output
    assert len(mailbox.messages) == 2


def test_a_reworded_but_unchanged_story_stays_suppressed(runner, tmp_path, mailbox):
    story, config = write_setup(tmp_path, mailbox.port)
    today = date.today()
    write_story(story, STRIKE)
    assert run(runner, config, "--date", today.isoformat()).exit_code == 0
    # The same sentences with different spacing and punctuation, plus a trivial line.
    reworded = [s.replace(", ", " , ").replace(".", " .") for s in STRIKE]
    write_story(story, [*reworded, "Advertisement"])
    again = run(runner, config, "--date", (today + timedelta(days=1)).isoformat())
    assert again.exit_code == 0, again.output
    assert "nothing new" in again.output and len(mailbox.messages) == 1
