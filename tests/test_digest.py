"""Digest parts without servers: config validation, cron handling, the scheduler's
decisions with an injected clock, timers, identity and near-duplicate merging, feeds."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from briefing.digest import timer
from briefing.digest.config import load_config
from briefing.digest.cron import parse_cron, to_oncalendar
from briefing.digest.dedupe import (
    canonical_url,
    group_similar,
    item_identity,
    jaccard,
    shingles,
)
from briefing.digest.schedule import last_fire_time, missed_run, next_fire_times
from briefing.errors import InputError

LONDON = ZoneInfo("Europe/London")

GOOD = """
[digest]
title = "Morning digest"
max_items = 20
window_hours = 24
state = "digest.sqlite"

[[sources]]
path = "articles/"
[[sources]]
feed = "https://example.org/rss.xml"
[[sources]]
url = "https://example.org/story.html"

[email]
to = ["reader@example.org"]
from = "digest@example.org"
smtp_host = "smtp.example.org"
smtp_port = 587
starttls = true
username = "digest"

[schedule]
cron = "0 7 * * *"
timezone = "Europe/London"
"""


def config_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "digest.toml"
    path.write_text(text, encoding="utf-8")
    return path


# --- configuration -------------------------------------------------------------------


def test_issue_example_config_loads(tmp_path):
    config = load_config(config_file(tmp_path, GOOD))
    assert [s.kind for s in config.sources] == ["path", "feed", "url"]
    assert config.sources[0].location == str(tmp_path / "articles")
    assert config.state == tmp_path / "digest.sqlite"
    assert config.email.to == ["reader@example.org"] and config.email.starttls
    assert config.schedule.tz == LONDON


@pytest.mark.parametrize(
    ("old", "new", "named"),
    [
        ("max_items = 20", "max_itmes = 20", "max_itmes"),
        ('username = "digest"', 'password = "x"', "password"),
        ('to = ["reader@example.org"]\n', "", "to"),
        ('cron = "0 7 * * *"', 'cron = "0 25 * * *"', "cron"),
        ('cron = "0 7 * * *"', 'cron = "0 7 * *"', "cron"),
        ('cron = "0 7 * * *"', 'cron = "0 7 1 * mon"', "cron"),
        ('timezone = "Europe/London"', 'timezone = "Europe/Londn"', "timezone"),
        ('to = ["reader@example.org"]', 'to = ["reader@example.org\\r\\nBcc: x@y.z"]', "to"),
        ('feed = "https://example.org/rss.xml"', 'feed = "file:///etc/passwd"', "feed"),
        ("window_hours = 24", "window_hours = -1", "window_hours"),
    ],
)
def test_bad_config_names_the_key(tmp_path, old, new, named):
    assert old in GOOD
    with pytest.raises(InputError) as caught:
        load_config(config_file(tmp_path, GOOD.replace(old, new)))
    message = str(caught.value)
    assert named in message and "\n" not in message
    assert "digest.toml" in message


def test_missing_file_and_bad_toml_are_input_errors(tmp_path):
    with pytest.raises(InputError, match="no such config"):
        load_config(tmp_path / "nope.toml")
    with pytest.raises(InputError, match="not valid TOML"):
        load_config(config_file(tmp_path, "[digest\n"))


def test_cli_reports_config_error_in_one_line(runner, tmp_path):
    from briefing.cli import cli

    path = config_file(tmp_path, GOOD.replace("timezone", "time_zone"))
    result = runner.invoke(cli, ["digest", "run", "--config", str(path)])
    assert result.exit_code == 1
    assert result.output.startswith("error:") and "time_zone" in result.output


# --- cron and the scheduler (injected clock) -------------------------------------------


def test_weekday_numbers_follow_cron_not_apscheduler():
    # 2026-11-24 is a Tuesday; cron "1" is Monday (APScheduler 3 alone would say Tuesday).
    after = datetime(2026, 11, 24, 12, tzinfo=UTC)
    [fire] = next_fire_times("0 7 * * 1", LONDON, after, 1)
    assert fire.date() == date(2026, 11, 30) and fire.strftime("%a") == "Mon"
    [sunday] = next_fire_times("0 7 * * 7", LONDON, after, 1)
    assert sunday.strftime("%a") == "Sun"


def test_fire_times_keep_local_time_across_daylight_saving():
    after = datetime(2026, 3, 27, 12, tzinfo=UTC)
    times = next_fire_times("0 7 * * *", LONDON, after, 4)
    assert [t.astimezone(LONDON).hour for t in times] == [7, 7, 7, 7]
    # BST starts at 01:00 on Sunday 29 March: 07:00 that day is already 06:00 UTC.
    assert [t.astimezone(UTC).hour for t in times] == [7, 6, 6, 6]


def test_missed_run_is_caught_up_once_within_grace():
    grace = timedelta(hours=3)
    woke = datetime(2026, 11, 24, 8, 30, tzinfo=LONDON)  # asleep at 07:00
    owed = missed_run("0 7 * * *", LONDON, woke, date(2026, 11, 23), grace)
    assert owed == datetime(2026, 11, 24, 7, 0, tzinfo=LONDON)
    # Already sent today: nothing owed. Woke too late: nothing owed (wait for tomorrow).
    assert missed_run("0 7 * * *", LONDON, woke, date(2026, 11, 24), grace) is None
    late = datetime(2026, 11, 24, 11, 30, tzinfo=LONDON)
    assert missed_run("0 7 * * *", LONDON, late, date(2026, 11, 23), grace) is None
    # Asleep for several scheduled runs: one catch-up, for the latest only.
    every_hour = missed_run("0 * * * *", LONDON, woke, None, grace)
    assert every_hour == datetime(2026, 11, 24, 8, 0, tzinfo=LONDON)


def test_last_fire_time_looks_back_only_as_far_as_asked():
    now = datetime(2026, 11, 24, 6, 59, tzinfo=LONDON)
    assert last_fire_time("0 7 * * *", LONDON, now, timedelta(hours=2)) is None
    day_back = last_fire_time("0 7 * * *", LONDON, now, timedelta(days=1))
    assert day_back == datetime(2026, 11, 23, 7, 0, tzinfo=LONDON)


def test_serve_configures_coalescing_job_and_catch_up(tmp_path, monkeypatch):
    from apscheduler.schedulers.blocking import BlockingScheduler

    from briefing.digest.schedule import serve

    seen = {}

    def fake_start(self):
        seen["jobs"] = {job.id: job for job in self.get_jobs()}

    monkeypatch.setattr(BlockingScheduler, "start", fake_start)
    config = load_config(config_file(tmp_path, GOOD))
    serve(config, lambda: None, now=datetime(2026, 11, 24, 8, 0, tzinfo=LONDON))
    job = seen["jobs"]["digest"]
    assert job.coalesce is True and job.max_instances == 1
    assert job.misfire_grace_time == config.schedule.misfire_grace_minutes * 60
    assert "catch-up" in seen["jobs"]  # no digest sent yet and 07:00 was an hour ago
    serve(config, lambda: None, now=datetime(2026, 11, 24, 6, 0, tzinfo=LONDON))
    assert "catch-up" not in seen["jobs"]


# --- timers ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cron", "expected"),
    [
        ("0 7 * * *", "*-*-* 07:00:00 Europe/London"),
        ("*/20 6-7 * * 1-5", "Mon,Tue,Wed,Thu,Fri *-*-* 06,07:00,20,40:00 Europe/London"),
        ("30 8 1,15 * *", "*-*-01,15 08:30:00 Europe/London"),
        ("0 9 * jan-mar sat", "Sat *-01,02,03-* 09:00:00 Europe/London"),
    ],
)
def test_cron_to_oncalendar(cron, expected):
    calendar = to_oncalendar(parse_cron(cron), "Europe/London")
    assert calendar == expected
    if shutil.which("systemd-analyze"):
        check = subprocess.run(["systemd-analyze", "calendar", calendar], capture_output=True,
                               text=True, check=False)
        assert check.returncode == 0, check.stderr


def test_systemd_units_print_and_write(runner, tmp_path, monkeypatch):
    from briefing.cli import cli

    path = config_file(tmp_path, GOOD)
    printed = runner.invoke(cli, ["digest", "install-timer", "--config", str(path), "--systemd"])
    assert printed.exit_code == 0, printed.output
    assert "Persistent=true" in printed.output
    assert "OnCalendar=*-*-* 07:00:00 Europe/London" in printed.output
    assert f"--config {path.resolve()}" in printed.output
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    written = runner.invoke(cli, ["digest", "install-timer", "--config", str(path), "--systemd",
                                  "--write"])
    assert written.exit_code == 0, written.output
    unit_dir = tmp_path / "xdg" / "systemd" / "user"
    assert "Persistent=true" in (unit_dir / "newsbrief-digest.timer").read_text()
    assert "Type=oneshot" in (unit_dir / "newsbrief-digest.service").read_text()


def test_cron_block_and_install_replace_only_our_block(runner, tmp_path, monkeypatch):
    from briefing.cli import cli

    path = config_file(tmp_path, GOOD)
    printed = runner.invoke(cli, ["digest", "install-timer", "--config", str(path), "--cron"])
    assert printed.exit_code == 0
    lines = printed.output.splitlines()
    assert "CRON_TZ=Europe/London" in lines
    assert any(line.startswith("0 7 * * * ") and "digest run" in line for line in lines)
    # A stand-in `crontab` command keeps its table in a file.
    table = tmp_path / "crontab.txt"
    table.write_text("MAILTO=me@example.org\n15 3 * * * backup.sh\n")
    fake = tmp_path / "bin" / "crontab"
    fake.parent.mkdir()
    fake.write_text(f'#!/bin/sh\nif [ "$1" = "-l" ]; then cat {table}; else cat > {table}; fi\n')
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{fake.parent}{os.pathsep}{os.environ['PATH']}")
    for _ in range(2):  # installing twice leaves one block
        result = runner.invoke(cli, ["digest", "install-timer", "--config", str(path), "--cron",
                                     "--write"])
        assert result.exit_code == 0, result.output
    text = table.read_text()
    assert text.startswith("MAILTO=me@example.org\n15 3 * * * backup.sh\n")
    assert text.count(timer.BEGIN) == 1 and text.count("CRON_TZ=") == 1


def test_install_timer_needs_a_kind(runner, tmp_path):
    from briefing.cli import cli

    path = config_file(tmp_path, GOOD)
    result = runner.invoke(cli, ["digest", "install-timer", "--config", str(path)])
    assert result.exit_code == 1 and "--systemd or --cron" in result.output


# --- identity and near-duplicates ---------------------------------------------------------

STORY = (
    "The regional water company said on Thursday it would lift the hosepipe ban from Monday "
    "after three weeks of heavy rain refilled its reservoirs. Reservoir levels now stand at 87% "
    "of capacity, up from 54% a month ago. The ban had been in place since early July and "
    "covered about two million homes. A spokesperson thanked customers for saving water during "
    "the driest summer in thirty years."
)
OTHER = (
    "A new cycle path linking the two halves of the town will open in the spring, the county "
    "council announced. The path runs for six kilometres along the old railway line and cost "
    "3.2 million pounds. Council members said they expected 2,000 journeys a day once it opens. "
    "Local cycling groups welcomed the plan but asked for better lighting at night."
)


def test_canonical_url_drops_tracking_fragment_and_spelling():
    a = canonical_url("HTTPS://www.Example.org:443/news/story/?utm_source=rss&b=2&a=1#top")
    b = canonical_url("https://example.org/news/story?a=1&b=2&fbclid=xyz")
    assert a == b == "https://example.org/news/story?a=1&b=2"
    assert canonical_url("http://example.org:8080/x") == "http://example.org:8080/x"


def test_identity_is_url_plus_text_not_guid():
    base = item_identity("https://example.org/story?utm_medium=feed", STORY)
    assert base == item_identity("https://www.example.org/story", STORY.replace(" ", "  "))
    assert base != item_identity("https://example.org/story", STORY + " Updated at noon.")
    assert base != item_identity("https://example.org/other-story", STORY)


def test_near_duplicates_merge_and_distinct_stories_do_not():
    copy_with_line = STORY + " This report was first published by the Valley Times."
    rewrapped = STORY.upper().replace(". ", ".\n\n")
    sets = [shingles(t) for t in (STORY, OTHER, copy_with_line, rewrapped)]
    assert jaccard(sets[0], sets[2]) > 0.8
    assert jaccard(sets[0], sets[1]) < 0.05
    for method in ("jaccard", "minhash"):
        assert group_similar(sets, 0.5, method) == [[0, 2, 3], [1]]


def test_merge_is_transitive_through_a_chain():
    middle = STORY + " " + OTHER
    sets = [shingles(t) for t in (STORY, OTHER, middle)]
    groups = group_similar(sets, 0.4)
    assert groups == [[0, 2], [1]] or groups == [[0, 1, 2]]  # depends only on the threshold
    assert group_similar(sets, 0.99) == [[0], [1], [2]]


# --- feeds -------------------------------------------------------------------------------


def test_rss_and_atom_entries_with_relative_links_and_dates():
    from briefing.ingest.feeds import parse_feed

    rss = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Valley  News</title>
    <item><title>Ban lifted</title><link>/news/ban.html</link>
    <pubDate>Tue, 24 Nov 2026 06:30:00 +0000</pubDate></item>
    <item><title>No link here</title></item></channel></rss>"""
    feed = parse_feed(rss, "https://valley.example/feed.xml")
    assert feed.title == "Valley News"
    [entry] = feed.entries
    assert entry.link == "https://valley.example/news/ban.html"
    assert entry.published == datetime(2026, 11, 24, 6, 30, tzinfo=UTC)
    atom = b"""<?xml version="1.0" encoding="utf-8"?>
    <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom side</title>
    <entry><title>Path opens</title><link href="https://other.example/path"/>
    <id>tag:x</id><updated>2026-11-24T05:00:00Z</updated></entry></feed>"""
    [atom_entry] = parse_feed(atom, "https://other.example/atom").entries
    assert atom_entry.link == "https://other.example/path"
    assert atom_entry.published == datetime(2026, 11, 24, 5, 0, tzinfo=UTC)


def test_not_a_feed_is_input_error():
    from briefing.ingest.feeds import parse_feed

    with pytest.raises(InputError, match="not an RSS or Atom feed"):
        parse_feed(b"<html><body>hello</body></html>", "https://example.org/")
