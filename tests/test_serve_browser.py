"""`briefing serve` in a real browser: Debian's chromium driven by Playwright.

Paste an article, watch the progress, get the brief, download its PDF, search the
archive. Without chromium the test skips locally but fails in CI (CI=true), where
.ci/run installs it.
"""

from __future__ import annotations

import io
import os

import pytest
from browser_support import find_chromium, launch
from serve_support import FIXTURES, make_archive, start_server

from briefing.serve.settings import load_settings


def need(thing: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"{thing} is required in CI")
    pytest.skip(f"{thing} is not available")


@pytest.fixture(scope="module")
def browser():
    chromium = find_chromium()
    if chromium is None:
        need("chromium (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        need("the playwright package")
    with sync_playwright() as playwright:
        browser = launch(playwright, chromium)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    config = make_archive(tmp_path_factory.mktemp("browser-archive"))
    running = start_server(load_settings("127.0.0.1", 0, "", str(config)))
    yield running
    running.stop()


def test_paste_brief_download_pdf_and_search(browser, server, tmp_path):
    from pypdf import PdfReader

    article = (FIXTURES / "ferry.txt").read_text(encoding="utf-8")
    title = article.splitlines()[0]
    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    asked: list[str] = []
    page.on("request", lambda req: asked.append(req.url))
    page.goto(f"{server.base}/")
    page.fill("#text", article)
    page.select_option("#length_kind", "sentences")
    page.fill("#length", "3")
    page.click("#make")
    page.wait_for_url("**/brief/*", timeout=30_000)
    assert any("/api/jobs/" in url for url in asked)  # the script polled the progress
    brief = page.frame_locator("iframe.brief")
    assert brief.locator("h1").inner_text() == title
    assert brief.locator("li").count() >= 2

    with page.expect_download() as download_info:
        page.click("#download-pdf")
    saved = tmp_path / "brief.pdf"
    download_info.value.save_as(saved)
    reader = PdfReader(io.BytesIO(saved.read_bytes()))
    assert len(reader.pages) == 1
    assert "Helena Varga" in reader.pages[0].extract_text()

    page.goto(f"{server.base}/archive")
    page.fill("#q", "crossings")
    page.fill("#f-person", "Varga")
    page.click("#search-form button[type=submit]")
    page.wait_for_url("**/search?*")
    results = page.locator("#results li.story")
    assert results.count() == 1
    assert results.first.locator("a.story-title").inner_text() == title
    assert results.first.locator("mark").count() >= 1  # the matched word is highlighted
    assert errors == []
    context.close()
