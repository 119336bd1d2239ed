"""Screenshots of every page of `briefing serve`, taken with Debian's headless chromium.

    python docs/make-serve-pictures.py      # writes docs/serve-*.png

Uses the test fixtures (a small archive made by real digest runs) and Playwright's
Python package pointed at /usr/bin/chromium (`apt-get install chromium`).
"""

from __future__ import annotations

import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import browser_support  # noqa: E402
import serve_support  # noqa: E402

from briefing.serve.settings import load_settings  # noqa: E402

WIDTH, HEIGHT = 1200, 900


def main() -> None:
    from playwright.sync_api import sync_playwright

    chromium = browser_support.find_chromium()
    if chromium is None:
        sys.exit("error: chromium not found (apt-get install chromium)")
    with tempfile.TemporaryDirectory() as folder:
        config = serve_support.make_archive(Path(folder))
        running = serve_support.start_server(load_settings("127.0.0.1", 0, "", str(config)))
        locked = serve_support.start_server(
            load_settings("127.0.0.1", 0, serve_support.TOKEN, None))
        try:
            with sync_playwright() as playwright:
                browser = browser_support.launch(playwright, chromium)
                page = browser.new_page(viewport={"width": WIDTH, "height": HEIGHT})
                take_all(page, running.base)
                take_progress(page, running.base)
                page.goto(f"{locked.base}/")  # a token is set: the app asks for it first
                shot(page, "serve-login.png")
                browser.close()
        finally:
            running.stop()
            locked.stop()


def take_all(page, base: str) -> None:
    article = (serve_support.FIXTURES / "ferry.txt").read_text(encoding="utf-8")
    page.goto(f"{base}/")
    page.fill("#text", article)
    shot(page, "serve-home.png")
    page.click("#make")
    page.wait_for_url("**/brief/*", timeout=30_000)
    page.frame_locator("iframe.brief").locator("h1").wait_for()
    shot(page, "serve-brief.png")
    page.goto(f"{base}/archive")
    shot(page, "serve-archive.png")
    page.goto(f"{base}/archive/{serve_support.EDITION_DAYS[0]}")
    shot(page, "serve-edition.png")
    page.goto(f"{base}/search?q=island")
    shot(page, "serve-search.png")
    page.click("#results li.story a.story-title")
    shot(page, "serve-story.png")
    page.goto(f"{base}/api")
    shot(page, "serve-api.png")


def take_progress(page, base: str) -> None:
    """A long generated report (made-up text), caught while its brief is being made."""
    paragraphs = [
        f"In district {i}, the water board repaired {i + 3} kilometres of pipe at a cost of "
        f"{i % 9 + 1} million euros. Engineer Maria Costa said leaks fell by {i % 40 + 5} "
        f"percent. The district council approved plan {i} on Monday." for i in range(600)]
    page.goto(f"{base}/")
    page.fill("#text", "Annual report of the regional water board\n\n" + "\n\n".join(paragraphs))
    page.click("#make")
    label = page.locator("#progress-label")
    deadline = time.monotonic() + 60
    while not re.search(r"step [3-5] of", label.inner_text()) and time.monotonic() < deadline:
        time.sleep(0.05)  # the page's CSP forbids the string eval wait_for_function uses
    shot(page, "serve-progress.png")
    page.wait_for_url("**/brief/*", timeout=60_000)


def shot(page, name: str) -> None:
    page.screenshot(path=str(ROOT / "docs" / name), full_page=False)
    print(f"wrote docs/{name}")


if __name__ == "__main__":
    main()
