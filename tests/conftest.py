"""Shared fixtures: sample paths, the shared corpora (skipped when absent), a CLI runner."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def samples() -> Path:
    return SAMPLES


@pytest.fixture
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture(scope="module")
def allow_private_urls():
    """Opt in to fetching from test servers on 127.0.0.1: the fetch policy refuses
    loopback and other internal addresses unless BRIEFING_ALLOW_PRIVATE_URLS=1."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("BRIEFING_ALLOW_PRIVATE_URLS", "1")
        yield


@pytest.fixture
def mailbox():
    """A real SMTP server (aiosmtpd) on 127.0.0.1 that keeps every message it accepts;
    ``mailbox.port`` is where it listens."""
    from test_digest_run import Mailbox, start_smtp

    box = Mailbox()
    controller = start_smtp(box)
    box.port = controller.port
    yield box
    controller.stop()
