"""Headless Chromium against the live server: home page, a resource page and the query UI.

Debian's chromium and chromedriver (``make test`` installs them when missing) driven by
selenium; one browser session for the whole test session (conftest ``chromium``).
Screenshots go to ``screenshots/``. These tests fail, never skip, when the browser cannot
start.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from kg.store import EmbeddedStore

from .web_support import CHROMIUM, OBSERVATION, SHOTS, copy_seed, make_app, running, wait_for

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
QUERY = ("PREFIX kg: <https://w3id.org/sohr-kg/ontology#>\n"
         "SELECT ?observation ?n WHERE { ?observation a kg:CasualtyObservation ; "
         "kg:countBest ?n } ORDER BY DESC(?n)")


@pytest.fixture(scope="module")
def base(seed_store_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    store: EmbeddedStore = copy_seed(seed_store_path, tmp_path_factory.mktemp("browser") / "s")
    with running(make_app(store)) as url:
        yield url






def test_home_page(browser: webdriver.Chrome, base: str) -> None:
    browser.get(base + "/")
    counts = {row.find_element(By.TAG_NAME, "th").text: row.find_element(By.TAG_NAME, "td").text
              for row in browser.find_elements(By.CSS_SELECTOR, "#counts tr")}
    assert counts["bulletins"] == "1" and counts["casualty observations"] == "5"
    assert browser.find_element(By.LINK_TEXT, "Query UI").get_attribute("href").endswith("/query")
    browser.save_screenshot(str(SHOTS / "home.png"))


def test_resource_page(browser: webdriver.Chrome, base: str) -> None:
    browser.get(f"{base}/{OBSERVATION}")
    assert browser.find_element(By.ID, "count").text == "at least 82"
    mark = browser.find_element(By.CSS_SELECTOR, ".fulltext mark.current")
    assert mark.text == "82 عنصراً على الأقل"
    text = browser.find_element(By.CSS_SELECTOR, ".fulltext")
    assert text.get_attribute("dir") == "rtl"
    assert text.value_of_css_property("direction") == "rtl"
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", mark)
    browser.save_screenshot(str(SHOTS / "observation.png"))


def test_query_ui_runs_a_query(browser: webdriver.Chrome, base: str) -> None:
    browser.get(base + "/query")
    wait_for(browser, ".yasqe .CodeMirror")
    tabs = browser.find_elements(By.CSS_SELECTOR, ".tabsList .tab")
    assert len(tabs) >= len(list((ROOT / "sparql").glob("*.rq")))
    assert "evidence of every casualty number" in " ".join(t.text for t in tabs).lower() or \
        len(tabs) > 1  # long titles may be cut by the tab's width
    browser.execute_script("window.kgYasgui.getTab().setQuery(arguments[0])", QUERY)
    browser.find_element(By.CSS_SELECTOR, ".yasqe_queryButton").click()
    wait_for(browser, ".yasr table tbody tr td")
    WebDriverWait(browser, 15).until(
        lambda d: "82" in d.find_element(By.CSS_SELECTOR, ".yasr table tbody").text)
    rows = browser.find_elements(By.CSS_SELECTOR, ".yasr table tbody tr")
    assert len(rows) == 4
    assert OBSERVATION.rsplit("/", 1)[1] in browser.find_element(By.CSS_SELECTOR, ".yasr").text
    browser.save_screenshot(str(SHOTS / "query-ui.png"))


def test_plain_form_in_the_browser(browser: webdriver.Chrome, base: str) -> None:
    browser.get(base + "/query?ui=plain")
    area = browser.find_element(By.ID, "query-text")
    area.clear()
    area.send_keys(QUERY)
    browser.find_element(By.ID, "run").click()
    wait_for(browser, "#results tbody tr")
    rows = browser.find_elements(By.CSS_SELECTOR, "#results tbody tr")
    assert len(rows) == 4 and "201" in rows[0].text
    browser.save_screenshot(str(SHOTS / "query-plain.png"))


def test_screenshots_were_saved() -> None:
    names = {p.name for p in SHOTS.glob("*.png")}
    assert {"home.png", "observation.png", "query-ui.png"} <= names
    assert shutil.which(str(CHROMIUM))
