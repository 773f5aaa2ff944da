"""The desk in a real browser: Playwright drives Debian's Chromium (headless) against a live `tocsin serve`
on the demo store. Screenshots of the main pages go to build/screenshots (or $TOCSIN_SCREENSHOTS).

Needs /usr/bin/chromium (`apt-get install chromium`; `.ci/run` installs it) and the vendored front-end
libraries (`make vendor`, which `make test` runs). Without them these tests are skipped, saying why.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
ROOT = Path(__file__).resolve().parents[2]
SHOTS = Path(os.environ.get("TOCSIN_SCREENSHOTS", ROOT / "build" / "screenshots"))
from ..conftest import WRITE_TOKEN as TOKEN  # noqa: E402 (after the paths it needs)

playwright_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed (pip install -e '.[test]')")
httpx = pytest.importorskip("httpx")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"no Chromium at {CHROMIUM}: apt-get install chromium"),
]


@pytest.fixture(scope="module")
def desk(desk_store, tmp_path_factory, hostile_article, serve_store):
    """A live server on a copy of the demo store, with the hostile article posted through the API."""
    import sqlite3

    from tocsin.web.app import vendored

    if not vendored():
        pytest.skip("the front-end libraries are not vendored: run `make vendor`")
    path = tmp_path_factory.mktemp("browser") / "desk.db"
    with sqlite3.connect(desk_store) as src, sqlite3.connect(path) as dst:
        src.backup(dst)
    with serve_store(path, TOKEN) as base:
        r = httpx.post(f"{base}/api/documents", json=hostile_article, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=120)
        assert r.status_code == 201, r.text
        yield {"base": base, "hostile": r.json()["id"]}


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1360, "height": 900})
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    yield page
    context.close()


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def _map_ready(page) -> int:
    page.wait_for_selector("#map[data-ready='true']", timeout=20_000)
    assert page.get_attribute("#map", "data-error") is None, page.get_attribute("#map", "data-error")
    return page.locator("path.incident-marker").count()


def test_the_map_shows_markers_and_filtering_by_group_changes_them(desk, page):
    page.goto(f"{desk['base']}/map")
    everything = _map_ready(page)
    assert everything > 5
    assert page.locator("#map-count").inner_text() == str(everything)
    page.wait_for_function("document.querySelectorAll('#map path.leaflet-interactive, #map path').length > 100")  # the outlines
    areas = [f for f in httpx.get(f"{desk['base']}/api/geo/incidents").json()["features"] if f["properties"]["place_precision"] not in ("city", "exact")]
    assert page.locator("path.incident-imprecise").count() == len(areas)  # a hollow dashed circle: somewhere in an area
    assert not areas or page.locator("path.incident-area").count() > 0  # ... over its outline
    shot(page, "map")
    page.select_option("select[name=group]", "Tren de Aragua")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/map?group=Tren+de+Aragua**")
    narrowed = _map_ready(page)
    assert 0 < narrowed < everything
    assert page.locator("path.footprint-marker").count() > 0  # the group's cities
    page.locator("path.incident-marker").first.click(force=True)
    page.wait_for_selector(".leaflet-popup-content a[href^='/incidents/']")
    shot(page, "map-tren-de-aragua")
    assert not page.errors, page.errors


def test_an_incident_page_highlights_evidence_from_two_outlets(desk, page):
    incident = httpx.get(f"{desk['base']}/api/incidents", params={"min_outlets": 2, "sort": "-outlets", "limit": 1}).json()["items"][0]
    page.goto(f"{desk['base']}/incidents/{incident['id']}")
    reports = page.locator("article.report")
    outlets = {reports.nth(i).locator("header b").inner_text() for i in range(reports.count())}
    assert len(outlets) >= 2
    marks = page.locator("mark.evidence")
    assert marks.count() >= 2 and all(marks.nth(i).is_visible() for i in range(marks.count()))
    background = marks.first.evaluate("m => getComputedStyle(m).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")  # highlighted, not only tagged
    shot(page, "incident")
    assert not page.errors, page.errors


def test_a_document_with_a_script_tag_does_not_run_it(desk, page):
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(f"{desk['base']}/documents/{desk['hostile']}")
    assert "<script>window.__tocsin_pwned = 2" in page.locator("article.doc-text").inner_text()
    assert "<script>window.__tocsin_pwned = 1" in page.locator("h1").inner_text()
    page.goto(f"{desk['base']}/search?q=harbour")
    page.goto(f"{desk['base']}/documents/{desk['hostile']}")
    assert page.evaluate("typeof window.__tocsin_pwned") == "undefined"
    assert not dialogs
    shot(page, "document-with-script")


@pytest.mark.parametrize("name,url", [
    ("overview", "/"), ("timeline", "/timeline?group=Tren+de+Aragua"), ("incidents", "/incidents?min_outlets=2"),
    ("group", "/groups/group:tren-de-aragua"), ("claims", "/claims"), ("forecasts", "/forecasts"), ("documents", "/documents"),
    ("alerts", "/alerts"), ("search", "/search?q=Tren+de+Aragua"), ("api", "/api"),
])
def test_main_pages_render_without_script_errors(desk, page, name, url):
    page.goto(desk["base"] + url)
    assert page.locator("main h1").count() == 1
    if page.locator("#map").count():
        _map_ready(page)
    shot(page, name)
    assert not page.errors, page.errors
