"""Settings, declared once as (name, default, help) and validated on load.

Each setting is read from the environment variable of the same name; command-line options
override it. The README's settings table is checked against :data:`SETTINGS` by a test.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from kg.errors import SettingsError


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str
    parse: Callable[[str], Any] = str


def _base_iri(value: str) -> str:
    if not value.startswith(("http://", "https://")) or not value.endswith(("/", "#")):
        raise ValueError("must be an http(s) IRI ending in '/'")
    return value


def _positive_int(value: str) -> int:
    n = int(value)
    if n <= 0:
        raise ValueError("must be a positive integer")
    return n


def _positive_float(value: str) -> float:
    n = float(value)
    if n <= 0:
        raise ValueError("must be a positive number")
    return n


def _count(value: str) -> int:
    n = int(value)
    if n < 0:
        raise ValueError("must be 0 or a positive integer")
    return n


def _token(value: str) -> str:
    # The token travels in an HTTP header: whitespace or control characters would never match.
    if any(c.isspace() or not c.isprintable() for c in value):
        raise ValueError("must be printable characters without spaces")
    return value


def _flag(value: str) -> bool:
    if value.lower() in ("1", "true", "yes", "on"):
        return True
    if value.lower() in ("", "0", "false", "no", "off"):
        return False
    raise ValueError("must be 1/true/yes/on or 0/false/no/off")


def _port(value: str) -> int:
    n = int(value)
    if not 0 < n < 65536:
        raise ValueError("must be a port number 1–65535")
    return n


SETTINGS: tuple[Setting, ...] = (
    Setting("KG_STORE", "var/store",
            "Store home (generations of the embedded pyoxigraph store; see kg.publish)."),
    Setting("KG_BASE_IRI", "https://w3id.org/sohr-kg/",
            "Base of every minted IRI (a persistent-identifier namespace).", _base_iri),
    Setting("KG_HOST", "127.0.0.1", "Address `kg serve` listens on."),
    Setting("KG_PORT", 8080, "Port `kg serve` listens on.", _port),
    Setting("KG_QUERY_TIMEOUT", 5.0,
            "Seconds a SPARQL query may run before the server answers 503.", _positive_float),
    Setting("KG_MAX_RESULTS", 10000, "Most result rows the endpoint returns.", _positive_int),
    Setting("KG_MAX_QUERY_LENGTH", 100_000,
            "Longest SPARQL query (characters) the endpoint accepts; longer ones get 413/414.",
            _positive_int),
    Setting("KG_MAX_BODY", 64 * 2**20,
            "Largest request body (bytes) the web app reads (updates, Graph Store uploads); "
            "larger ones get 413.", _positive_int),
    Setting("KG_THREADS", 8, "Worker threads of the WSGI server.", _positive_int),
    Setting("KG_WORKERS", 0,
            "Server processes of `kg serve` (pre-forked, each with KG_THREADS threads); 0: one "
            "per CPU, or 1 with a write token (writes need a single process).", _count),
    Setting("KG_WRITE_TOKEN", "",
            "Bearer token that enables SPARQL Update and Graph Store writes; empty: read-only.",
            _token),
    Setting("KG_SERVE_PRIVATE", False,
            "Serve private graphs (your own ACLED import) too: only for a server on your own "
            "machine, never a public one (ACLED's terms forbid redistribution).", _flag),
    Setting("KG_DUMPS", "var/dumps",
            "Folder of the dumps `kg dump --all` writes and /dumps serves."),
    Setting("KG_VENDOR", "",
            "Folder of npm packages (node_modules) the query UI serves; empty: the repository's."),
    Setting("KG_TILE_URL", "",
            "Map tile URL template for /map (e.g. `https://tile.openstreetmap.org/{z}/{x}/{y}.png`);"
            " empty: no tiles, points on a plain background (works offline)."),
    Setting("KG_SPARQL_UPDATE_URL", "",
            "SPARQL Update URL of a remote store (`--store sparql+http://…`); empty: the "
            "query URL."),
    Setting("KG_SPARQL_GSP_URL", "",
            "Graph Store Protocol URL of a remote store; empty: `sparql-graph-crud` beside the "
            "query URL (Virtuoso's)."),
    Setting("KG_SPARQL_USER", "", "HTTP basic-auth user for a remote store; empty: none."),
    Setting("KG_SPARQL_PASSWORD", "", "HTTP basic-auth password for a remote store."),
    Setting("KG_SPARQL_TIMEOUT", 300.0,
            "Seconds kg waits for a remote store's answer to one request.", _positive_float),
)
BY_NAME = {s.name: s for s in SETTINGS}


def load(env: Mapping[str, str] | None = None, **overrides: Any) -> dict[str, Any]:
    """Read every setting from ``env`` (default: os.environ), then apply ``overrides``.

    ``overrides`` use the setting names (``KG_STORE=...``); ``None`` values are ignored.
    Raises :class:`SettingsError` naming the setting whose value is invalid.

    >>> load({"KG_PORT": "9000"})["KG_PORT"]
    9000
    """
    env = os.environ if env is None else env
    out: dict[str, Any] = {}
    for s in SETTINGS:
        raw = overrides.get(s.name)
        if raw is None:
            raw = env.get(s.name)
        if raw is None:
            out[s.name] = s.default
            continue
        try:
            out[s.name] = s.parse(str(raw))
        except ValueError as e:
            raise SettingsError(f"setting {s.name}={raw!r}: {e}") from None
    unknown = set(overrides) - set(BY_NAME)
    if unknown:
        raise SettingsError(f"unknown setting(s): {', '.join(sorted(unknown))}")
    return out
