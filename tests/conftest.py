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
