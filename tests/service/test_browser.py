"""The page in a real browser (Debian's Chromium driven by Playwright): what a person sees.

`make test` installs Chromium in CI and as root; elsewhere these tests skip when it is absent."""
from __future__ import annotations

import os
import shutil
from collections.abc import Iterator

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]

if not os.path.exists(CHROMIUM) and not os.environ.get("CI"):
    pytest.skip("Chromium is not installed (make browser, or apt-get install chromium)", allow_module_level=True)


@pytest.fixture(scope="module")
def browser() -> Iterator:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    yield tab
    context.close()


def test_pasted_text_shows_entities_and_quantities(page, served: str, article: str) -> None:
    page.goto(served)
    page.get_by_label("text", exact=True).fill(article)
    page.get_by_role("button", name="Analyse").click()
    actors = page.locator("table.entities")
    assert "АҚШ" in actors.inner_text() and "US" in actors.inner_text()
    assert "2,9" in page.locator("table.quantities").inner_text()
    gpe = page.locator("p.sentence mark.GPE").first
    assert gpe.is_visible() and gpe.evaluate("e => getComputedStyle(e).backgroundColor") != "rgba(0, 0, 0, 0)"
    page.locator('input[data-filter="GPE"]').uncheck()  # the legend filters entities by label
    assert gpe.evaluate("e => getComputedStyle(e).backgroundColor") == "rgba(0, 0, 0, 0)"
    assert not page.locator("table.entities tr.GPE").first.is_visible()
    page.locator('input[data-filter="GPE"]').check()
    if shot := os.environ.get("TALDAU_SCREENSHOT"):  # docs/report.png: TALDAU_SCREENSHOT=docs/report.png pytest -k pasted
        page.screenshot(path=shot)


def test_search_keeps_its_query_and_shows_the_total(page, served: str) -> None:
    page.goto(served)
    page.get_by_label("search").fill("мұнай")
    page.get_by_role("button", name="Search").click()
    assert page.get_by_label("search").input_value() == "мұнай"
    assert page.locator("p.total").inner_text().startswith("2 sentences")
    assert set(page.locator("ol li mark").all_inner_texts()) == {"мұнайды", "Mūnai"}


def test_errors_are_shown_as_text(page, served: str) -> None:
    page.goto(served)
    page.get_by_role("button", name="Analyse").click()  # nothing pasted
    assert "no text" in page.get_by_role("alert").inner_text()
    assert page.get_by_label("text", exact=True).is_visible()  # the form is still there to try again


def test_the_api_documentation_renders_offline(page, served: str) -> None:
    outside: list[str] = []
    page.on("request", lambda request: None if request.url.startswith(served) else outside.append(request.url))
    page.goto(served + "/docs")
    operation = page.locator(".opblock-summary-path", has_text="analyze").first
    operation.wait_for(state="visible")  # drawn by Swagger UI from the package's files
    assert "taldau" in page.locator(".info .title").first.inner_text()
    assert outside == []
