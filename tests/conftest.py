"""Shared fixtures: the seed built once into a store on disk."""

from pathlib import Path

import pytest

from kg.pipeline import BuildReport, build
from kg.store import EmbeddedStore

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SEED_ID = "000_2de9ca7cda8d2466"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def seed_store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("seed") / "store"
    store = EmbeddedStore.open(path)
    report = build([SEEDS], store)
    assert report.ok, report.errors + [r.report.text() for r in report.rejected]
    del store  # release the store's lock so other processes (kg CLI, server) can open it
    return path


@pytest.fixture(scope="session")
def seed_report(tmp_path_factory: pytest.TempPathFactory) -> BuildReport:
    store = EmbeddedStore.memory()
    return build([SEEDS], store)


@pytest.fixture(scope="session")
def chromium(tmp_path_factory: pytest.TempPathFactory):
    """One headless Chromium for every browser test (fails, never skips, if it cannot start).

    The browser console is logged (``goog:loggingPrefs``) so tests can assert it has no errors.
    """
    from selenium import webdriver
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.chrome.service import Service

    from .web_support import CHROMEDRIVER, CHROMIUM, CHROMIUM_FLAGS

    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    if missing:
        pytest.fail(f"{', '.join(missing)} missing: run `make browser` (apt-get install -y "
                    "chromium chromium-driver)", pytrace=False)
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    try:
        driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    except WebDriverException as e:
        pytest.fail(f"Chromium did not start: {e.msg}", pytrace=False)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture()
def browser(chromium):
    """The session's one Chromium; after the test, no console errors may have been logged.

    A Content-Security-Policy violation (an inline script, a script or style from elsewhere)
    is logged as one. Screenshots go to ``web_support.SHOTS``.
    """
    from .web_support import SHOTS

    SHOTS.mkdir(exist_ok=True)
    chromium.get_log("browser")  # drop what earlier tests logged
    yield chromium
    severe = [e for e in chromium.get_log("browser") if e["level"] == "SEVERE"]
    assert not severe, f"browser console errors: {severe}"


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory: pytest.TempPathFactory):
    """One real Virtuoso (kg.virtuoso) for the session, on loopback; fails if it cannot run."""
    from .virtuoso_support import virtuoso_server

    with virtuoso_server(tmp_path_factory.mktemp("virtuoso")) as server:
        yield server
