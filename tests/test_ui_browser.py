"""Headless Chromium: the home page, the map, the timeline and a resource page in Arabic.

Shares the session's one Chromium (conftest ``chromium``) with test_web_browser.py. Every
test fails if the page logged a console error (``SEVERE``). Screenshots go to
``screenshots/`` (the folder the README names).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Response
from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from .web_support import BASE, OBSERVATION, SHOTS, copy_seed, make_app, running, wait_for

pytestmark = pytest.mark.browser



HOSTILE = BASE + "place/hostile"
HOSTILE_EN = "<script>alert('x')</script> \"q\" </textarea>"
HOSTILE_AR = "\u202eحلب<img src=x onerror=alert(1)>"
RDFS_LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"


def _csp_probe() -> Response:
    # A page that breaks the policy on purpose: its inline script must be refused, and the
    # refusal must reach the console the other tests check.
    return Response("<!doctype html><title>probe</title><p id=p>probe</p>"
                    "<script>document.title = 'ran'</script>", mimetype="text/html")


@pytest.fixture(scope="module")
def base(seed_store_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    store = copy_seed(seed_store_path, tmp_path_factory.mktemp("ui-browser") / "s")
    # A place with hostile labels (not typed, so the home page's counts stay the seed's).
    hostile = "".join(f"<{HOSTILE}> {RDFS_LABEL} {json.dumps(label)}@{lang} .\n"
                      for lang, label in (("en", HOSTILE_EN), ("ar", HOSTILE_AR)))
    store.replace_graph(BASE + "graph/hostile", hostile.encode())
    app = make_app(store)
    app.add_url_rule("/csp-probe", view_func=_csp_probe)
    with running(app) as url:
        yield url






def test_home_page_shows_what_the_dataset_holds(browser: webdriver.Chrome, base: str) -> None:
    browser.get(base + "/?lang=en")
    counts = {row.find_element(By.TAG_NAME, "th").text: row.find_element(By.TAG_NAME, "td").text
              for row in browser.find_elements(By.CSS_SELECTOR, "#counts tr")}
    assert counts["bulletins"] == "1" and counts["casualty observations"] == "5"
    assert int(counts["military operations"]) > 0 and int(counts["armed actors"]) > 0
    assert int(counts["places"]) > 0
    assert counts["dates covered"] == "2017-03-19 – 2017-03-25"
    links = {a.get_attribute("href").removeprefix(base)
             for a in browser.find_elements(By.CSS_SELECTOR, "main a")}
    assert {"/query", "/dumps/", "/ontology", "/map", "/timeline"} <= links
    browser.save_screenshot(str(SHOTS / "home.png"))


def test_map_draws_markers_with_popups(browser: webdriver.Chrome, base: str) -> None:
    browser.get(base + "/map")
    wait_for(browser, "#map[data-markers]")
    markers = browser.find_elements(By.CSS_SELECTOR, "#map path.kg-marker")
    assert len(markers) == int(browser.find_element(By.ID, "map").get_attribute("data-markers"))
    assert len(browser.find_elements(By.CSS_SELECTOR, "path.kg-observation")) == 5
    assert browser.find_elements(By.CSS_SELECTOR, "path.kg-combatant")
    assert "combatant" in browser.find_element(By.ID, "legend").text
    # No tile server is configured: no tile images, and nothing fetched from outside.
    assert not browser.find_elements(By.CSS_SELECTOR, "img.leaflet-tile")
    browser.save_screenshot(str(SHOTS / "map.png"))
    # The largest marker is drawn first (underneath); the last one is on top and clickable.
    browser.find_elements(By.CSS_SELECTOR, "path.kg-observation")[-1].click()
    wait_for(browser, ".leaflet-popup-content a.popup-link")
    link = browser.find_element(By.CSS_SELECTOR, ".leaflet-popup-content a.popup-link")
    assert link.get_attribute("href").startswith(base + "/observation/")
    browser.save_screenshot(str(SHOTS / "map-popup.png"))


def test_timeline_draws_a_chart(browser: webdriver.Chrome, base: str) -> None:
    browser.get(base + "/timeline")
    wait_for(browser, "#chart svg")
    # The seed's counts are all running totals: drawn as points, never summed into bars.
    points = browser.find_elements(By.CSS_SELECTOR, "#chart svg circle.point")
    assert len(points) == 3 and not browser.find_elements(By.CSS_SELECTOR, "#chart rect.bar")
    assert "2017-03" in browser.find_element(By.ID, "chart").text
    rows = browser.find_elements(By.CSS_SELECTOR, "#timeline-table tbody tr")
    assert len(rows) == 3 and all(r.find_elements(By.TAG_NAME, "td")[2].text == "0" for r in rows)
    assert browser.find_element(By.ID, "query-link").get_attribute("href").startswith(
        base + "/query?query=")
    browser.save_screenshot(str(SHOTS / "timeline.png"))
    browser.find_element(By.CSS_SELECTOR, "input[name=per][value=day]").click()
    browser.find_element(By.CSS_SELECTOR, "input[name=by][value=status]").click()
    WebDriverWait(browser, 10).until(
        lambda d: d.find_element(By.ID, "chart").get_attribute("data-by") == "status"
        and d.find_element(By.ID, "chart").get_attribute("data-per") == "day")
    assert "spans days" in browser.find_element(By.ID, "chart").text
    assert len(browser.find_elements(By.CSS_SELECTOR, "#chart svg circle.point")) == 2
    assert browser.find_element(By.ID, "rq-link").get_attribute("href").endswith("per=day")


def test_resource_page_in_arabic(browser: webdriver.Chrome, base: str) -> None:
    browser.get(f"{base}/{OBSERVATION}?lang=ar")
    html = browser.find_element(By.TAG_NAME, "html")
    assert html.get_attribute("lang") == "ar" and html.get_attribute("dir") == "rtl"
    assert browser.find_element(By.ID, "count").text == "82 على الأقل"
    text = browser.find_element(By.CSS_SELECTOR, ".fulltext[dir=rtl]")
    mark = text.find_element(By.CSS_SELECTOR, "mark.current")
    assert mark.text == "82 عنصراً على الأقل"
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", mark)
    browser.save_screenshot(str(SHOTS / "observation-ar.png"))
    # The cookie remembers the choice; the switch goes back to English.
    browser.get(f"{base}/{OBSERVATION}")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("dir") == "rtl"
    browser.find_element(By.CSS_SELECTOR, "#lang-switch a").click()
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("dir") == "ltr"
    assert browser.find_element(By.ID, "count").text == "at least 82"


def test_csp_refuses_inline_scripts_and_the_console_says_so(chromium: webdriver.Chrome,
                                                             base: str) -> None:
    chromium.get_log("browser")
    chromium.get(base + "/csp-probe")
    wait_for(chromium, "#p")
    assert chromium.title == "probe"  # the inline script did not run
    logged = [e["message"] for e in chromium.get_log("browser") if e["level"] == "SEVERE"]
    assert any("Content Security Policy" in m for m in logged), logged


def test_hostile_labels_render_as_text(browser: webdriver.Chrome, base: str) -> None:
    browser.get(base + "/place/hostile")
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018  (no script ran, so no alert)
    heading = browser.find_element(By.TAG_NAME, "h1")
    assert HOSTILE_EN in heading.text
    assert not browser.find_elements(By.CSS_SELECTOR, "main script, main img")
    # The right-to-left override is kept but fenced in: its element is a bidi isolate.
    arabic = browser.find_element(By.CSS_SELECTOR, "h1 span[lang=ar]")
    assert arabic.get_attribute("textContent") == HOSTILE_AR
    assert arabic.value_of_css_property("unicode-bidi") == "isolate"
