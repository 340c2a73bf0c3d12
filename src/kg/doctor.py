"""``kg doctor``: is this machine ready to build, serve and test kg? A checklist.

Each check returns a :class:`Check`; required ones decide the exit code (the CLI maps it),
optional ones (npm files, Chromium) only warn, because kg runs without them.
"""

from __future__ import annotations

import shutil
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

PACKAGES = ("rdflib", "pyoxigraph", "pyshacl", "owlrl", "flask")
MIN_PYTHON = (3, 11)
REMOTE_PREFIX = "sparql+"  # KG_STORE=sparql+http://host:8890/sparql: a remote SPARQL server
CHROMIUM = ("/usr/bin/chromium", "/usr/bin/chromedriver")
TIMEOUT = 5.0


@dataclass(frozen=True)
class Check:
    """One line of the checklist."""

    name: str
    ok: bool
    detail: str
    required: bool = True


def check_python() -> Check:
    """Python is at least :data:`MIN_PYTHON`."""
    version = ".".join(map(str, sys.version_info[:3]))
    return Check("python", sys.version_info[:2] >= MIN_PYTHON,
                 f"{version} ({sys.executable}); kg needs "
                 f"{'.'.join(map(str, MIN_PYTHON))}+")


def check_packages() -> list[Check]:
    """Each package of :data:`PACKAGES` is installed; its version."""
    out = []
    for name in PACKAGES:
        try:
            out.append(Check(name, True, metadata.version(name)))
        except metadata.PackageNotFoundError:
            out.append(Check(name, False, "not installed: pip install -e ."))
    return out


def check_store(location: str) -> Check:
    """The embedded store at ``location`` opens read-only; how many quads it holds."""
    from kg.errors import StoreError
    from kg.store import EmbeddedStore

    try:
        store = EmbeddedStore.open(location, read_only=True)
        n = store.count()
    except StoreError as e:
        return Check("store", False, str(e))
    return Check("store", True, f"{Path(location).resolve()}: {n} quads")


def check_remote(url: str, timeout: float = TIMEOUT) -> Check:
    """A remote SPARQL endpoint answers ``ASK {}`` over HTTP GET."""
    endpoint = url.removeprefix(REMOTE_PREFIX)
    query = urllib.parse.urlencode({"query": "ASK {}"})
    request = urllib.request.Request(f"{endpoint}?{query}",
                                     headers={"Accept": "application/sparql-results+json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as r:
            return Check("remote SPARQL", True, f"{endpoint}: HTTP {r.status}")
    except urllib.error.HTTPError as e:
        return Check("remote SPARQL", False, f"{endpoint}: HTTP {e.code}")
    except (urllib.error.URLError, OSError, ValueError) as e:
        reason = getattr(e, "reason", e)
        return Check("remote SPARQL", False, f"{endpoint}: unreachable ({reason})")


def check_vendor(folder: Path) -> Check:
    """The npm files the web pages serve (YASGUI, Leaflet) are in ``folder``."""
    from kg.web.ui import VENDOR_FILES

    missing = [f for f in VENDOR_FILES.values() if not (folder / f).is_file()]
    detail = f"{folder}: " + (f"missing {', '.join(missing)}; run `npm install`" if missing
                              else f"{len(VENDOR_FILES)} files")
    return Check("npm files", not missing, detail, required=False)


def check_chromium() -> Check:
    """Chromium and chromedriver, which the browser tests need."""
    missing = [p for p in CHROMIUM if not shutil.which(p)]
    detail = (f"missing {', '.join(missing)}: make browser" if missing
              else " and ".join(CHROMIUM))
    return Check("chromium", not missing, detail, required=False)


def run(settings: Mapping[str, Any]) -> list[Check]:
    """Every check, in checklist order, for ``settings`` (see :mod:`kg.settings`)."""
    from kg.pipeline import ROOT

    location = str(settings["KG_STORE"])
    checks = [check_python(), *check_packages()]
    checks.append(check_remote(location) if location.startswith(REMOTE_PREFIX)
                  else check_store(location))
    checks.append(check_vendor(Path(settings.get("KG_VENDOR") or ROOT / "node_modules")))
    checks.append(check_chromium())
    return checks


def passed(checks: list[Check]) -> bool:
    """True when every required check passed."""
    return all(c.ok for c in checks if c.required)
