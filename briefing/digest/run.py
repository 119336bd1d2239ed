"""One digest run: collect -> brief -> merge -> rank -> render -> deliver -> record."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from briefing.digest.archive import record_edition
from briefing.digest.cluster import story_key, story_pairs
from briefing.digest.collect import brief_items, gather, host_of
from briefing.digest.config import DigestConfig
from briefing.digest.dedupe import clean_words, group_similar, jaccard
from briefing.digest.deliver import STATUS_OF_KIND, advice, deliver, describe_failure, reconcile
from briefing.digest.filters import Filters, story_hits, why_filtered
from briefing.digest.items import Edition, Item, Story, Update
from briefing.digest.message import Rendered, render_digest
from briefing.digest.rank import rank
from briefing.digest.sections import assign_sections
from briefing.digest.skips import Skip, note_skip, record_skips
from briefing.digest.state import RunLock, State, pack_shingles
from briefing.mail import DeliveryError, password_for

log = logging.getLogger("briefing.digest")
RESEND_LOOKBACK = timedelta(days=7)  # near-copies of stories sent this recently are skipped

# (label, total) -> a function called once per finished unit of work
ProgressFactory = Callable[[str, int], Callable[[], None]]


@dataclass
class RunResult:
    # sent | retried | already-sent | nothing-new | dry-run, or the delivery went wrong:
    # failed (kept, sent again by the next run) | rejected | unknown (see deliver)
    status: str
    summary: str  # one line for the user
    day: date
    rendered: Rendered | None = None
    edition: Edition | None = None
    written: list[Path] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    # one line per thing that went wrong without stopping the run: an unreadable source or
    # article, an earlier digest that could not be settled
    problems: list[str] = field(default_factory=list)

    @property
    def delivered(self) -> bool:
        return self.status not in FAILED_STATUSES


FAILED_STATUSES = ("failed", "rejected", "unknown")


class Timer:
    def __init__(self) -> None:
        self.timings: dict[str, float] = {}

    def stage(self, name: str) -> _Stage:
        return _Stage(self.timings, name)


class _Stage:
    def __init__(self, timings: dict[str, float], name: str) -> None:
        self.timings, self.name = timings, name

    def __enter__(self) -> None:
        self.start = time.perf_counter()

    def __exit__(self, *exc: object) -> None:
        self.timings[self.name] = self.timings.get(self.name, 0) + time.perf_counter() - self.start


def window(config: DigestConfig, day: date, now: datetime) -> tuple[datetime, datetime]:
    """(since, until): the run's window ends now, or at the end of a past ``day``."""
    tz = config.schedule.tz
    end_of_day = datetime.combine(day + timedelta(days=1), datetime.min.time(), tzinfo=tz)
    until = min(now, end_of_day)
    return until - timedelta(hours=config.window_hours), until


def run_digest(
    config: DigestConfig,
    *,
    day: date | None = None,
    now: datetime | None = None,
    dry_run: bool = False,
    force: bool = False,
    out_dir: Path | None = None,
    pdf: bool = True,
    progress: ProgressFactory | None = None,
) -> RunResult:
    """Run once. Raises state.Busy if another run holds the lock. A delivery that goes
    wrong is recorded in the state and described by the result (see ``deliver``)."""
    tz = config.schedule.tz
    now = (now or datetime.now(tz)).astimezone(tz)
    day = day or now.date()
    timer = Timer()
    with ExitStack() as stack:
        if not dry_run:
            stack.enter_context(RunLock(config.state))
        state = stack.enter_context(State(config.state))
        problems: list[str] = []
        if not dry_run:
            password_for(config.email)  # a missing password fails now, before any work
            settled = reconcile(state, config)
            problems.extend(settled.problems)
            if day.isoformat() in settled.resent_days:
                return RunResult("retried", f"sent the owed digest for {day} (retry)", day,
                                 problems=problems)
        stop = existing_digest(state, day, force)
        if stop is not None:
            stop.problems[:0] = problems
            return stop
        since, until = window(config, day, now)
        edition, items = build_edition(config, state, day, since, until, force, timer, progress)
        problems.extend(edition.skipped_sources)
        if not edition.stories and not config.send_empty:
            return RunResult("nothing-new", f"nothing new for {day}; no email sent", day,
                             edition=edition, timings=timer.timings, problems=problems)
        with timer.stage("render"):
            rendered = render_digest(edition, config)
        result = RunResult("dry-run" if dry_run else "sent", "", day, rendered, edition,
                           timings=timer.timings, problems=problems)
        if out_dir is not None:
            with timer.stage("write"):
                result.written = write_outputs(rendered, out_dir, day, pdf)
        if dry_run:
            result.summary = f"dry run: would send {rendered.subject!r} to {len(config.email.to)} "\
                "recipient(s)"
            return result
        with timer.stage("deliver"):
            error = deliver_new(state, config, day, rendered, edition, items)
            sent_to = list(config.email.to)
            if error is None:
                error = deliver_personal(state, config, day, edition, sent_to)
        if error is not None:
            result.status = STATUS_OF_KIND.get(error.kind, "failed")
            result.summary = describe_failure(day.isoformat(), error)
        else:
            result.summary = f"sent {rendered.subject!r} to {', '.join(sent_to)}"
        return result
    raise AssertionError("unreachable")


def existing_digest(state: State, day: date, force: bool) -> RunResult | None:
    """A result when ``day`` already has a digest (sent, or unsent and waiting for the user)."""
    if force:
        return None
    previous = state.sent_on(day)
    if previous:
        return RunResult("already-sent", f"the digest for {day} was already sent "
                         f"({previous.message_id}); use --force to send again", day)
    waiting = state.latest_on(day, ("rejected", "unknown", "failed"))
    if waiting is None:
        return None
    summary = (f"the digest for {day} is {waiting.status} ({waiting.error or 'no detail'});"
               f" not building another; {advice(day.isoformat())}, --force builds a new one")
    return RunResult(waiting.status, summary, day)


def build_edition(
    config: DigestConfig,
    state: State,
    day: date,
    since: datetime,
    until: datetime,
    force: bool,
    timer: Timer,
    progress: ProgressFactory | None,
) -> tuple[Edition, list[Item]]:
    skipped: list[str] = []
    skips: list[Skip] = []
    except_date = day.isoformat() if force else None
    with timer.stage("collect"):
        loaded = gather(config, since, until, skipped,
                        (lambda n: progress("Collecting", n)) if progress else None, skips)
        fresh = drop_already_sent(loaded, state, except_date, until, skips)
    with timer.stage("brief"):
        step = progress("Briefing", len(fresh)) if progress else (lambda: None)
        done = brief_items(fresh, config.workers, step, skipped)
        done_ids = {item.item_id for item in done}
        for item in fresh:
            if item.item_id not in done_ids:
                note_skip(skips, label_of(item), "brief", "could not be briefed")
        briefed = keep_news(done, skips)
    with timer.stage("dedupe"):
        stories = merge(briefed, config)
    with timer.stage("rank"):
        ranked = rank(apply_filters(stories, config.filters, skips), since, until)
        placed, dropped = assign_sections(ranked, config.sections, config.other_section)
        for story, why in dropped:
            note_skip(skips, label_of(story.lead), "section", why)
    shown = best_in_place(placed, ranked, config.max_items)
    kept = {id(story) for story in shown}
    for story in placed:
        if id(story) not in kept:
            note_skip(skips, label_of(story.lead), "cap",
                      f"ranked below the [digest] max_items = {config.max_items}")
    edition = Edition(
        title=config.title,
        day=day,
        stories=shown,
        made_at=datetime.now(UTC),
        skipped_sources=skipped,
        over_limit=max(0, len(placed) - config.max_items),
        skips=skips,
    )
    return edition, briefed


def label_of(item: Item) -> str:
    return item.link or (item.url if item.url.startswith("file:") else "") or item.title


def best_in_place(placed: list[Story], ranked: list[Story], limit: int) -> list[Story]:
    """The ``limit`` best-ranked of the placed stories, kept in their section order."""
    if len(placed) <= limit:
        return placed
    position = {id(story): n for n, story in enumerate(ranked)}
    best = {id(s) for s in sorted(placed, key=lambda s: position[id(s)])[:limit]}
    return [story for story in placed if id(story) in best]


COPY_THRESHOLD = 0.8  # shingle Jaccard: stricter than merging, only near-identical copies
UPDATE_MIN_WORDS = 4  # a new "sentence" shorter than this is furniture, not news


def drop_already_sent(
    items: list[Item], state: State, except_date: str | None, until: datetime,
    skips: list[Skip] | None = None,
) -> list[Item]:
    """Drop items sent before (the same identity). An item that is another version of a
    story sent before (the same URL, or a near-copy) is kept with ``previous`` set, and
    ``keep_news`` decides after briefing whether it says anything new."""
    sent_ids = state.delivered_item_ids(except_date)
    since = (until - RESEND_LOOKBACK).astimezone(UTC).isoformat(timespec="seconds")
    versions = state.sent_versions(since, except_date) if items else []
    latest_by_url = {v.url: v for v in versions if v.url}  # oldest first: the last one wins
    fresh, seen_ids = [], set()
    for item in items:
        if item.item_id in sent_ids or item.item_id in seen_ids:
            note_skip(skips, label_of(item), "duplicate",
                      "already sent" if item.item_id in sent_ids else "the same item twice")
            continue
        item.previous = latest_by_url.get(item.url) if item.url else None
        if item.previous is None:
            item.previous = next((v for v in reversed(versions)
                                  if jaccard(item.shingles, v.shingles) >= COPY_THRESHOLD), None)
        seen_ids.add(item.item_id)
        fresh.append(item)
    return fresh


def comparable(sentence: str) -> str:
    """A sentence reduced to its words, so re-punctuation or spacing is not news."""
    return " ".join(clean_words(sentence))


def new_sentences(current: list[str], before: list[str]) -> list[int]:
    """Indexes of ``current`` sentences that were not in the version sent ``before``."""
    known = {comparable(s) for s in before}
    added = []
    for index, sentence in enumerate(current):
        words = clean_words(sentence)
        if len(words) >= UPDATE_MIN_WORDS and " ".join(words) not in known:
            added.append(index)
    return added


def keep_news(items: list[Item], skips: list[Skip] | None = None) -> list[Item]:
    """Items never sent, and changed versions of sent ones marked as updates; a version
    that adds nothing is dropped with its reason in the log."""
    kept = []
    for item in items:
        previous = item.previous
        if previous is None or item.brief is None:
            kept.append(item)
            continue
        label = label_of(item)
        if not previous.sentences:  # sent before this state kept texts: treat as a copy
            note_skip(skips, label, "duplicate",
                      f"a copy of {previous.title!r}, sent on {previous.date}")
            continue
        added = new_sentences(item.brief.sentences, previous.sentences)
        if not added:
            note_skip(skips, label, "unchanged", f"unchanged since the digest of {previous.date}")
            continue
        log.info("%s: updated since the digest of %s (%d new sentences)", label,
                 previous.date, len(added))
        item.update = Update(since=previous.date, sentences=added)
        kept.append(item)
    return kept


def merge(items: list[Item], config: DigestConfig) -> list[Story]:
    """Near-copies, and write-ups of one event by different outlets, become one story
    led by the fullest text."""
    keys = [story_key(i.article.title, i.article.text, i.brief.facts if i.brief else None,
                      i.article.language or "en", i.published.date() if i.published else None,
                      outlet=host_of(i.link) if i.link else "",
                      sentences=i.brief.sentences if i.brief and i.brief.sentences else None)
            for i in items]
    across_outlets = [(a, b) for a, b, _ in story_pairs(keys)]
    groups = group_similar([i.shingles for i in items], config.similarity, config.dedupe,
                           across_outlets)
    stories = []
    for group in groups:
        members = sorted((items[i] for i in group),
                         key=lambda it: (-len(it.article.text), it.published or until_max()))
        stories.append(Story(lead=members[0], also=members[1:]))
    return stories


def apply_filters(stories: list[Story], filters: Filters,
                  skips: list[Skip] | None = None) -> list[Story]:
    """Drop the stories the config's include/exclude rules leave out (each logged with
    its reason) and mark the ones a watch rule names."""
    kept = []
    for story in stories:
        reason = why_filtered(filters, story)
        if reason:
            note_skip(skips, label_of(story.lead), "filter", reason)
            continue
        story.watch_hits = story_hits(filters.watch, story)
        kept.append(story)
    return kept


def until_max() -> datetime:
    return datetime.max.replace(tzinfo=UTC)


def deliver_new(
    state: State, config: DigestConfig, day: date, rendered: Rendered, edition: Edition,
    items: list[Item],
) -> DeliveryError | None:
    """Record the digest (message and Message-ID) before sending, then send it."""
    state.remember_items(
        (i.item_id, i.url, i.title, i.source_name, i.text_hash, pack_shingles(i.shingles))
        for i in items
    )
    shown = edition.stories[: len(edition.stories) - edition.cut]
    state.remember_sentences((item.item_id, item.brief.sentences) for story in shown
                             for item in story.items if item.brief is not None)
    digest_id = state.record_digest(
        day, config.email.to, rendered.message_id, rendered.subject, rendered.as_bytes(),
        [item.item_id for story in shown for item in story.items],
    )
    record_edition(state.db, digest_id, day, shown)  # the archive `briefing serve` searches
    cut = [Skip(label_of(story.lead), "cap", "cut to keep the email under its size limit")
           for story in edition.stories[len(shown):]]
    record_skips(state.db, digest_id, [*edition.skips, *cut])
    record = state.latest_on(day, ("pending",))
    assert record is not None and record.id == digest_id
    return deliver(state, config, record)


def deliver_personal(state: State, config: DigestConfig, day: date, edition: Edition,
                     sent_to: list[str]) -> DeliveryError | None:
    """Each ``[[recipients]]`` address gets its own digest of only its sections (the
    stories shown in the full edition), recorded and sent like the main one."""
    shown = edition.stories[: len(edition.stories) - edition.cut]
    for address, titles in config.recipients:
        wanted = set(titles)
        stories = [story for story in shown if story.section in wanted]
        if not stories and not config.send_empty:
            log.info("no stories in %s's sections today; nothing sent to them", address)
            continue
        own = replace(edition, stories=stories, cut=0, over_limit=0)
        rendered = render_digest(own, config, to=[address])
        digest_id = state.record_digest(
            day, [address], rendered.message_id, rendered.subject, rendered.as_bytes(),
            [item.item_id for story in stories for item in story.items])
        record = state.latest_on(day, ("pending",))
        assert record is not None and record.id == digest_id
        error = deliver(state, config, record)
        if error is not None:
            return error
        sent_to.append(address)
    return None


def write_outputs(rendered: Rendered, out_dir: Path, day: date, pdf: bool) -> list[Path]:
    from briefing.fileio import write_atomic

    out_dir.mkdir(parents=True, exist_ok=True)
    stem = out_dir / f"digest-{day.isoformat()}"
    written = [
        write_atomic(stem.with_suffix(".eml"), rendered.as_bytes()),
        write_atomic(stem.with_suffix(".html"), rendered.html),
    ]
    if pdf:
        written.append(write_atomic(stem.with_suffix(".pdf"), pdf_edition(rendered.html)))
    return written


def pdf_edition(html: str) -> bytes:
    """The digest HTML printed by WeasyPrint (several pages for a long digest)."""
    import weasyprint

    page = "<style>@page{size:A4;margin:12mm} body{background:#fff}</style>"
    return weasyprint.HTML(string=html.replace("</head>", page + "</head>", 1)).write_pdf()
