"""Screenshots of every page of `briefing serve`, taken with Debian's headless chromium.

    python docs/make-serve-pictures.py      # writes docs/serve-*.png

Uses the test fixtures (a small archive made by real digest runs) and Playwright's
Python package pointed at /usr/bin/chromium (`apt-get install chromium`).
"""

from __future__ import annotations

import sys
import tempfile
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
        try:
            with sync_playwright() as playwright:
                browser = browser_support.launch(playwright, chromium)
                page = browser.new_page(viewport={"width": WIDTH, "height": HEIGHT})
                take_all(page, running.base)
                browser.close()
        finally:
            running.stop()


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


def shot(page, name: str) -> None:
    page.screenshot(path=str(ROOT / "docs" / name), full_page=False)
    print(f"wrote docs/{name}")


if __name__ == "__main__":
    main()
