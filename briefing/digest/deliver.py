"""Delivering digests exactly once where that can be known, at most once where it cannot.

Every digest is recorded (message bytes, Message-ID, recipients) before it is sent,
and each step of the send is committed to the state (see ``state`` for the statuses).
The SMTP side is :mod:`briefing.mail`. What a reader can rely on:

* a crash or a temporary failure before the server has the whole message: the next
  run sends the same message (same Message-ID) once;
* a permanent refusal (5xx): recorded as "rejected", reported, never resent by
  itself, and it blocks nothing (later dates, new recipients);
* the one window that cannot be closed from our side, between the final "." of DATA
  and our record of the server's "250": a crash there (or a connection lost there)
  leaves the digest "unknown". It is not resent automatically, so nobody gets two
  copies; ``briefing digest retry DATE`` sends it again with the same Message-ID.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date
from email import message_from_bytes, policy

from briefing.digest.config import DigestConfig
from briefing.digest.state import DigestRecord, State
from briefing.errors import InputError
from briefing.mail import AMBIGUOUS, PERMANENT, SETUP, TEMPORARY, DeliveryError, send

log = logging.getLogger("briefing.digest")
# Why a digest ended in each status, for the one-line report.
STATUS_OF_KIND = {TEMPORARY: "failed", SETUP: "failed", PERMANENT: "rejected",
                  AMBIGUOUS: "unknown"}


@dataclass
class Reconciled:
    """What the start of a run found and did about earlier digests."""

    resent_days: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # one line each, for stderr and exit status


def advice(day: str) -> str:
    return (f"`briefing digest retry {day}` sends it again (same Message-ID), "
            f"`briefing digest drop {day}` gives it up")


def deliver(state: State, config: DigestConfig, record: DigestRecord,
            recipients: list[str] | None = None) -> DeliveryError | None:
    """Send ``record``'s message and record the outcome; the error, or None when sent."""
    to = recipients or record.recipients

    def about_to_commit() -> None:
        state.mark(record.id, "sending")  # durable before the final "." of DATA

    try:
        delivery = send(record.message, config.email, to, before_commit=about_to_commit)
    except DeliveryError as error:
        state.mark(record.id, STATUS_OF_KIND.get(error.kind, "failed"), str(error))
        return error
    refused = "; ".join(f"{a}: {r}" for a, r in delivery.refused.items())
    try:
        state.mark(record.id, "sent", f"refused: {refused}" if refused else "")
    except InputError as error:
        raise InputError(f"the digest for {record.date} was delivered, but recording that "
                         f"failed ({error}); it will not be sent again") from None
    if delivery.deferred:  # 4xx for some recipients: owe them the same message
        state.record_digest(date.fromisoformat(record.date), list(delivery.deferred),
                            record.message_id, record.subject, record.message, [],
                            status="failed")
    return None


def describe_failure(day: str, error: DeliveryError) -> str:
    if error.kind == PERMANENT:
        return f"the digest for {day} was rejected: {error}; not resent by itself; {advice(day)}"
    if error.kind == AMBIGUOUS:
        return (f"the digest for {day} may or may not have been delivered: {error}; it is not "
                f"resent by itself, so nobody gets two copies; {advice(day)}")
    if error.kind == SETUP:
        return (f"the digest for {day} could not be sent: {error}; fix the [email] settings,"
                " the next run sends it again")
    return f"the digest for {day} could not be sent: {error}; the next run sends it again"


def reconcile(state: State, config: DigestConfig) -> Reconciled:
    """Settle what earlier runs left: interrupted sends become "unknown", owed ones are
    sent again. A failure here is reported and the run goes on with today's digest."""
    done = Reconciled()
    for record in state.interrupted():
        state.mark(record.id, "unknown", "a run stopped while handing this digest to the "
                   "server")
        done.problems.append(
            f"the digest for {record.date} was being handed to the server when a run stopped;"
            f" it may have been delivered, so it is not resent by itself; {advice(record.date)}")
    for record in state.owed():
        log.warning("sending the digest for %s left unsent by an earlier run", record.date)
        error = deliver(state, config, record)
        if error is None:
            done.resent_days.append(record.date)
        else:
            done.problems.append(describe_failure(record.date, error))
    return done


def readdressed(message: bytes, recipients: list[str]) -> bytes:
    """The same message (same Message-ID and Date) with today's To: line."""
    parsed = message_from_bytes(message, policy=policy.SMTP)
    del parsed["To"]
    parsed["To"] = ", ".join(recipients)
    return parsed.as_bytes(policy=policy.SMTP.clone(max_line_length=998))


def retry(state: State, config: DigestConfig, day: date) -> str:
    """``briefing digest retry DATE``: send an unsent digest again to today's recipients."""
    record = state.latest_on(day)
    if record is None:
        sent = state.sent_on(day)
        raise InputError(f"the digest for {day} was already sent ({sent.message_id}); use "
                         "`briefing digest run --date DATE --force` to send a new one" if sent
                         else f"there is no unsent digest for {day} to retry")
    to = retry_recipients(record.recipients, config)
    state.readdress(record.id, to, readdressed(record.message, to))
    record.message = readdressed(record.message, to)
    error = deliver(state, config, record, to)
    if error is not None:
        raise InputError(describe_failure(day.isoformat(), error))
    return f"sent the digest for {day} again ({record.message_id}) to {', '.join(to)}"


def retry_recipients(stored: list[str], config: DigestConfig) -> list[str]:
    """Who a retried digest goes to: today's ``[email] to`` for the full edition; a
    ``[[recipients]]`` mail (only its sections) stays with its own reader, never widened
    to the main list."""
    personal = {address.casefold() for address, _sections in config.recipients}
    if stored and all(address.casefold() in personal for address in stored):
        return list(stored)
    return list(config.email.to)


def drop(state: State, day: date) -> str:
    """``briefing digest drop DATE``: give up an unsent digest; its stories are free again."""
    record = state.latest_on(day)
    if record is None:
        raise InputError(f"there is no unsent digest for {day} to drop")
    state.mark(record.id, "dropped", f"dropped by the user (was {record.status})")
    return (f"dropped the digest for {day} (it was {record.status}); its stories can go into "
            f"a new digest: `briefing digest run --date {day}`")
