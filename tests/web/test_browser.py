"""The pages in real headless Chromium (Debian's package), driven by Playwright, against a real
`communique serve` process on a free local port.

Every page must load with no console error and no request leaving this machine. Screenshots
go to $COMMUNIQUE_SCREENSHOTS when it is set (docs/screenshots/ is made that way).
In CI (CI set) a missing browser fails the tests; only a local run without it skips them.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse
from urllib.request import urlopen

import pytest
from web_seed import EMBASSY_ID, HOSTILE_ID, SECOND_ID

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

if not CHROMIUM.exists():
    if os.environ.get("CI"):
        pytest.fail(f"{CHROMIUM} is missing: .ci/run installs Debian's chromium before the tests", pytrace=False)
    pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium); CI runs these", allow_module_level=True)

from playwright.sync_api import ConsoleMessage, Page, Request, expect, sync_playwright  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(web_db: str) -> Iterator[str]:
    """`communique serve` as its own process; its base URL once it answers."""
    port = free_port()
    command = [sys.executable, "-m", "communique", "serve", "--db", web_db, "--port", str(port)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                with urlopen(base + "/openapi.json", timeout=1):
                    break
            except OSError:
                if process.poll() is not None:
                    raise AssertionError(process.stdout.read() if process.stdout else "server exited") from None
                time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


class Watched:
    """A browser page with what went wrong on it: console errors, page errors, foreign requests."""

    def __init__(self, page: Page, base: str) -> None:
        self.page = page
        self.problems: list[str] = []
        host = urlparse(base).netloc

        def on_console(message: ConsoleMessage) -> None:
            if message.type == "error":
                self.problems.append(f"console: {message.text}")

        def on_request(request: Request) -> None:
            url = urlparse(request.url)
            if url.scheme not in ("data", "about") and url.netloc != host:
                self.problems.append(f"request left localhost: {request.url}")

        page.on("console", on_console)
        page.on("pageerror", lambda error: self.problems.append(f"page error: {error}"))
        page.on("request", on_request)

    def open(self, url: str, ready: str) -> Page:
        self.page.goto(url)
        self.page.wait_for_selector(ready, timeout=15000, state="attached")
        return self.page


@pytest.fixture(scope="module")
def browser_context() -> Iterator[Any]:
    with tempfile.TemporaryDirectory(prefix="communique-chromium-") as profile, sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS,
            viewport={"width": 1280, "height": 860})
        yield context
        context.close()


@pytest.fixture
def browser(browser_context: Any, server: str) -> Iterator[Watched]:
    page = browser_context.new_page()
    watched = Watched(page, server)
    yield watched
    page.close()
    assert watched.problems == []


def screenshot(page: Page, name: str) -> None:
    folder = os.environ.get("COMMUNIQUE_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=True)


def test_the_timeline_has_bars_and_brushing_filters_the_other_views(browser: Watched, server: str) -> None:
    page = browser.open(server + "/timeline?interval=month&since=2025-01-01", "rect.bar")
    periods = page.eval_on_selector_all("rect.bar", "bars => bars.map(b => b.dataset.period)")
    assert "2025-02" in periods
    page.wait_for_selector("#events-list table")
    screenshot(page, "timeline")
    bar = page.locator('rect.bar[data-period="2025-02"]').first.bounding_box()
    assert bar is not None
    y = bar["y"] + bar["height"] / 2
    page.mouse.move(bar["x"] + 1, y)
    page.mouse.down()
    page.mouse.move(bar["x"] + bar["width"] - 1, y, steps=5)
    page.mouse.up()
    expect(page).to_have_url(re.compile(r"since=2025-02-01&until=2025-02-28"))
    expect(page.locator("#events-list .count")).to_contain_text("2025-02-01 to 2025-02-28")
    assert "3 events" in page.inner_text("#events-list .count")  # two meetings, one of them reported twice
    table_link = page.get_attribute("a.view-link[data-base='/table']", "href")
    assert table_link == "/table?since=2025-02-01&until=2025-02-28"


def test_the_timeline_counts_incidents(browser: Watched, server: str) -> None:
    page = browser.open(server + "/timeline?of=incidents&interval=month&since=2025-01-01", "rect.bar")
    keys = set(page.eval_on_selector_all("rect.bar", "bars => bars.map(b => b.dataset.key)"))
    assert "AGREE" in keys and "CONSULT" in keys  # stacked by PLOVER type


def test_the_map_has_markers_where_the_seed_events_are(browser: Watched, server: str) -> None:
    page = browser.open(server + "/map", "circle.marker")
    page.wait_for_selector("path.country")
    places = page.eval_on_selector_all("circle.marker", "ms => ms.map(m => m.dataset.location)")
    assert any("Istanbul" in p for p in places) and any("Saudi Arabia" in p for p in places)
    # Istanbul is drawn east of the Saudi marker's west and north of it, as on any world map
    istanbul = page.locator('circle.marker[data-location*="Istanbul"]').bounding_box()
    saudi = page.locator('circle.marker[data-location*="Saudi Arabia"]').bounding_box()
    assert istanbul is not None and saudi is not None and istanbul["y"] < saudi["y"]
    page.locator('circle.marker[data-location*="Istanbul"]').click()
    page.wait_for_selector("#place-events table")
    assert "Istanbul: 3 events" in page.inner_text("#place-events")
    screenshot(page, "map")


def test_the_dyad_view_has_the_us_russia_edge_and_its_timeline(browser: Watched, server: str) -> None:
    page = browser.open(server + "/dyads", "line.edge")
    edge = page.locator('line.edge[data-actor="USA"][data-recipient="RUS"]')
    assert edge.count() == 1
    assert page.locator('line.edge[data-actor="RUS"][data-recipient="UKR"]').count() == 1
    page.locator('#dyad-table tr[data-actor="USA"][data-recipient="RUS"]').click()
    page.wait_for_selector("#dyad-timeline rect.bar.coop")
    assert "USA → RUS" in page.inner_text("#dyad-title")
    screenshot(page, "dyads")


def test_clicking_an_event_opens_its_evidence_with_the_sentence_highlighted(browser: Watched, server: str) -> None:
    page = browser.open(server + "/table?actor=USA&country=TUR", "#rows tbody tr")
    screenshot(page, "table")
    page.locator("#rows tbody tr td.evidence a").first.click()
    page.wait_for_selector(".seg.selected")
    assert f"/evidence/{EMBASSY_ID}" in page.url
    highlighted = "".join(page.eval_on_selector_all(".seg.selected", "s => s.map(x => x.textContent)"))
    assert "Istanbul" in highlighted
    shown = [d for d in page.locator(".event-detail").all() if d.is_visible()]
    assert len(shown) == 1  # the clicked event's details, and only those
    assert "Istanbul" in shown[0].inner_text() and "triggers" in shown[0].inner_text()
    screenshot(page, "evidence")
    page.locator(".event-button").nth(1).click()
    shown_after = [d.get_attribute("id") for d in page.locator(".event-detail").all() if d.is_visible()]
    assert shown_after == ["event-1"]


def test_an_event_lists_the_other_reports_of_its_incident(browser: Watched, server: str) -> None:
    page = browser.open(server + f"/evidence/{EMBASSY_ID}?event=1", ".seg.selected")
    assert "Feb. 27" in "".join(page.eval_on_selector_all(".seg.selected", "s => s.map(x => x.textContent)"))
    page.wait_for_selector("#event-1 .reports li")
    page.locator("#event-1 .reports li a").click()
    page.wait_for_selector(".seg.selected")
    assert f"/evidence/{SECOND_ID}" in page.url and "Second Wire" in page.inner_text(".meta")


def test_a_filter_changes_the_counts(browser: Watched, server: str) -> None:
    page = browser.open(server + "/table", "#total")
    everything = int(page.inner_text("#total"))
    page.fill("input[name=actor]", "RUS")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/table?*actor=RUS*")
    russian = int(page.inner_text("#total"))
    assert 0 < russian < everything
    page.goto(server + "/timeline?actor=CHN")
    page.wait_for_selector("rect.bar")
    assert page.locator("rect.bar").count() < browser.open(server + "/timeline", "rect.bar").locator("rect.bar").count()


def test_markup_in_an_article_is_shown_as_text(browser: Watched, server: str) -> None:
    page = browser.open(server + f"/evidence/{HOSTILE_ID}", "#article-text")
    assert page.evaluate("window.__pwned === undefined")
    assert page.locator("#article-text img").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0
    assert "<script>window.__pwned = 1</script>" in page.inner_text("#article-text")
    assert "<script>" in page.inner_text("h1")


def test_the_api_docs_page_loads(browser: Watched, server: str) -> None:
    page = browser.open(server + "/docs", "section.endpoint")
    assert page.locator("section.endpoint").count() >= 8
