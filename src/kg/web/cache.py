"""An in-memory cache of whole responses, for a server that answers from a published build.

A read-only server answers from one immutable generation of the store at a time (see
:class:`kg.publish.LiveStore`), so any GET of a resource page, a SPARQL query, the map or the
timeline gives the same bytes until the next generation is published. The cache keeps those
bytes, keyed by (generation, host, path and query string, ``Accept``, page language), and
answers a repeat without running the view: a resource page costs about 3 ms of CPU to
render and 0.5 ms to answer from here. Entries of the previous generation are dropped on the
first request that sees a new one.

Every cacheable answer carries a strong ``ETag`` (a hash of its media type and body) and
``Last-Modified`` (when the generation was published), and a conditional GET that matches
gets ``304 Not Modified``. ``X-KG-Cache: hit`` or ``miss`` says what happened; a request with
``Cache-Control: no-cache`` is always answered by the view (benchmarks use it).

Only ``GET``/``HEAD`` answers with status 200, not streamed, up to :data:`MAX_ENTRY` bytes, on
the surfaces in :data:`SURFACES` are kept, in at most :data:`MAX_BYTES` (least recently used
first out). A server with a write token changes its data in place, so it never caches; nor
does an app built over a store object given by the caller (tests), whose changes it can't see.
Per-request headers (CORS, the language cookie, metrics) are added by the app's other hooks
on every answer, hit or not.
"""

from __future__ import annotations

import functools
import hashlib
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

from flask import Flask, Response, current_app, g, request

from kg.store import LIVE_FILE
from kg.web.i18n import language

# Blueprints whose GET answers depend on the store's data and the request only.
SURFACES = frozenset({"resources", "sparql", "home", "map", "timeline"})
MAX_BYTES = 64 * 2**20  # all entries together
MAX_ENTRY = 2 * 2**20  # one body; larger answers (big query results) are not kept
HEADER = "X-KG-Cache"
# Headers of a view's answer that are part of the entry; the others are added per request.
_KEPT = ("Content-Type", "Vary", "Link", "X-KG-Truncated", "Content-Language")


@dataclass(frozen=True)
class Entry:
    body: bytes
    headers: tuple[tuple[str, str], ...]
    etag: str


class ResponseCache:
    """A thread-safe LRU of :class:`Entry` by key, bounded in bytes, for one generation.

    >>> c = ResponseCache(max_bytes=10)
    >>> c.put("g1", ("a",), Entry(b"12345678", (), "x")); c.get("g1", ("a",)).body
    b'12345678'
    >>> c.put("g1", ("b",), Entry(b"1234", (), "y")); c.get("g1", ("a",)) is None
    True
    >>> c.get("g2", ("b",)) is None, len(c)  # a new generation empties the cache
    (True, 0)
    """

    def __init__(self, max_bytes: int = MAX_BYTES, max_entry: int = MAX_ENTRY) -> None:
        self.max_bytes = max_bytes
        self.max_entry = max_entry
        self._lock = threading.Lock()
        self._entries: OrderedDict[tuple[str, ...], Entry] = OrderedDict()
        self._generation: str | None = None
        self._bytes = 0
        self.hits = 0
        self.misses = 0

    def __len__(self) -> int:
        return len(self._entries)

    def _switch(self, generation: str) -> None:
        if generation != self._generation:
            self._entries.clear()
            self._bytes = 0
            self._generation = generation

    def get(self, generation: str, key: tuple[str, ...]) -> Entry | None:
        """The entry for ``key`` in ``generation``, or None (counted as a hit or a miss)."""
        with self._lock:
            self._switch(generation)
            entry = self._entries.get(key)
            if entry is None:
                self.misses += 1
                return None
            self._entries.move_to_end(key)
            self.hits += 1
            return entry

    def put(self, generation: str, key: tuple[str, ...], entry: Entry) -> None:
        """Keep ``entry`` (unless it is larger than ``max_entry``), evicting the oldest."""
        size = len(entry.body)
        if size > self.max_entry:
            return
        with self._lock:
            self._switch(generation)
            old = self._entries.pop(key, None)
            if old is not None:
                self._bytes -= len(old.body)
            self._entries[key] = entry
            self._bytes += size
            while self._bytes > self.max_bytes:
                _, evicted = self._entries.popitem(last=False)
                self._bytes -= len(evicted.body)


def etag_of(media_type: str, body: bytes) -> str:
    """A strong entity tag for this representation (the same bytes give the same tag)."""
    digest = hashlib.blake2b(media_type.encode() + b"\0" + body, digest_size=12).hexdigest()
    return f'"{digest}"'


def install(app: Flask, cache: ResponseCache | None = None) -> ResponseCache | None:
    """Cache ``app``'s answers if it serves a read-only live store; returns the cache or None.

    Call after every other ``before_request`` hook that picks the store (the generation is
    read when the request starts).
    """
    live = app.extensions.get("kg.live")
    if live is None or live.writable or app.config.get("KG_WRITE_TOKEN"):
        return None
    cache = cache or ResponseCache()
    app.extensions["kg.cache"] = cache
    app.before_request(_lookup)
    app.after_request(_store)
    return cache


def _generation() -> tuple[str, float | None]:
    """The generation this request reads (set by the app's store-following hook) and its
    publication time (None when unknown)."""
    live = current_app.extensions["kg.live"]
    generation = g.get("kg_generation", live.generation)
    return generation, _published(live.location, generation)


@functools.lru_cache(maxsize=16)
def _published(location: Path, generation: str) -> float | None:
    # LIVE is replaced when a generation is published; a plain folder has no LIVE file
    for path in (location / LIVE_FILE, location):
        try:
            return path.stat().st_mtime
        except OSError:
            continue
    return None


def _key() -> tuple[str, ...] | None:
    if request.method not in ("GET", "HEAD") or request.blueprint not in SURFACES:
        return None
    return (request.host, request.full_path, request.headers.get("Accept", ""), language())


def _lookup() -> Response | None:
    key = _key()
    if key is None:
        return None
    generation, published = _generation()
    g.kg_cache = (generation, published, key)
    if request.cache_control.no_cache:  # the client wants a fresh answer (stored all the same)
        return None
    entry = current_app.extensions["kg.cache"].get(generation, key)
    if entry is None:
        return None
    g.kg_cache_hit = True
    response = Response(entry.body, headers=list(entry.headers))
    response.headers["ETag"] = entry.etag
    return response


def _store(response: Response) -> Response:
    state = g.get("kg_cache")
    if state is None:
        return response
    generation, published, key = state
    hit = g.get("kg_cache_hit", False)
    if not hit:
        if response.status_code != 200 or response.is_streamed or response.direct_passthrough:
            return response
        body = response.get_data()
        etag = etag_of(response.mimetype or "", body)
        headers = tuple((name, value) for name, value in response.headers.items()
                        if name in _KEPT)
        current_app.extensions["kg.cache"].put(generation, key, Entry(body, headers, etag))
        response.headers["ETag"] = etag
    response.headers[HEADER] = "hit" if hit else "miss"
    if published is not None:
        response.last_modified = published
    # 304 when the client's If-None-Match / If-Modified-Since still holds
    return response.make_conditional(request.environ)
