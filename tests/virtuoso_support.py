"""A real Virtuoso for tests: started on loopback in a temporary folder, stopped after.

The logic lives in :mod:`kg.virtuoso` (benchmarks use it too); this only maps its errors to
a test failure that says why (never a skip).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from kg.virtuoso import VirtuosoError, VirtuosoServer, start

MEMORY_GB = 0.5  # the test data is small; leave the shared machine's memory to others


@contextmanager
def virtuoso_server(data_dir: Path, **options: object) -> Iterator[VirtuosoServer]:
    """A running Virtuoso (installed if missing); the test fails saying why if it cannot run."""
    options.setdefault("memory_gb", MEMORY_GB)
    try:
        server = start(data_dir, **options)  # type: ignore[arg-type]
    except VirtuosoError as e:
        pytest.fail(f"Virtuoso is needed and could not be started: {e}", pytrace=False)
    try:
        yield server
    finally:
        server.stop()
