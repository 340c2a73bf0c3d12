"""The store interface: an embedded pyoxigraph store on disk.

Every write replaces whole named graphs inside one SPARQL Update, which oxigraph applies as
one transaction: a failed write leaves the previous graph in place.

A store location is either a plain pyoxigraph folder or a *store home* (see :mod:`kg.publish`):
a folder holding generations and a ``LIVE`` file naming the published one. Opening a home
read-only opens its live generation; writes to a home go through :mod:`kg.publish`.

>>> import tempfile
>>> s = EmbeddedStore.open(tempfile.mkdtemp())
>>> s.replace_graph("https://ex.org/g", b'<https://ex.org/a> <https://ex.org/p> "1" .\\n')
>>> s.count("https://ex.org/g")
1
"""

from __future__ import annotations

import ctypes
import gc
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import suppress
from itertools import islice
from pathlib import Path
from typing import Any, BinaryIO

import pyoxigraph as ox

from kg.errors import StoreError

INDEX_FILE = "kg-build-index.tsv"
LIVE_FILE = "LIVE"  # in a store home: the id of the live generation
GENERATIONS = "generations"  # in a store home: one pyoxigraph folder per generation
FLUSH_EVERY = 8 * 2**20  # bytes of N-Triples written between two flushes of the memtables
# bytes appended to the build index between two compactions (what a streamed read of the
# index holds in memory: the lines appended since the last one)
COMPACT_INDEX_EVERY = 4 * 2**20
# bytes bulk-loaded between two reopenings of a staging store (see release_memory)
REOPEN_EVERY = 128 * 2**20
_M_MMAP_THRESHOLD, _M_ARENA_MAX = -3, -8  # glibc's mallopt() parameters
GRAPHS_PAGE = 10_000  # graph names a staging store lists between two reopenings
_UNION = "CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } }"


class EmbeddedStore:
    """A pyoxigraph store; the default graph of queries is the union of all named graphs."""

    def __init__(self, store: ox.Store, path: Path | None, home: Path | None = None) -> None:
        self._store = store
        self.path = path  # the pyoxigraph folder (a generation's, in a store home)
        self.home = home  # the store home this generation belongs to, if any
        self._index: dict[str, str] = {}  # the build index of a store in memory
        self._unflushed = 0  # bytes written since the last flush
        self._appended = 0  # bytes appended to the build index since its last compaction
        # writes through the bulk loader (no transaction): set for a staging generation only
        self.bulk = False

    @classmethod
    def open(cls, path: str | Path, read_only: bool = False) -> EmbeddedStore:
        """Open (creating if needed) the store in folder ``path``.

        Raises :class:`StoreError` naming the folder when it cannot be opened (for example
        when another process holds it open for writing).
        """
        path = Path(path)
        if is_home(path):
            if not read_only:
                raise StoreError(f"{path}: a store home; write to it with `kg build` "
                                 "(kg.publish), or serve it with a write token")
            generation = live_generation(path)
            try:
                return cls(ox.Store.read_only(str(generation)), generation, path)
            except OSError as e:
                raise StoreError(f"{generation}: cannot open store: {e}") from None
        try:
            if read_only:
                if not path.exists():
                    raise StoreError(f"{path}: no store here (run `kg build` first)")
                return cls(ox.Store.read_only(str(path)), path)
            path.mkdir(parents=True, exist_ok=True)
            return cls(ox.Store(str(path)), path)
        except OSError as e:
            raise StoreError(f"{path}: cannot open store: {e}") from None

    @classmethod
    def memory(cls) -> EmbeddedStore:
        """A store in memory (tests, scratch work)."""
        return cls(ox.Store(), None)

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying pyoxigraph store, for callers that stream results themselves."""
        return self._store

    def query(self, sparql: str, union_default_graph: bool = True, **kw: Any) -> Any:
        """Run a SPARQL query; raises SyntaxError on a malformed query."""
        return self._store.query(sparql, use_default_graph_as_union=union_default_graph, **kw)

    def replace_graph(self, graph: str, ntriples: bytes) -> None:
        """Atomically replace named graph ``graph`` with the given N-Triples."""
        self.replace_graphs({graph: ntriples})

    def replace_graphs(self, graphs: dict[str, bytes]) -> None:
        """Atomically replace several named graphs: all are written, or none is.

        A build writes a whole batch of bulletins (two graphs each) in one such call.
        """
        if self.bulk:
            self._bulk_replace(graphs)
            return
        parts = []
        for graph, ntriples in graphs.items():
            parts.append(f"DROP SILENT GRAPH <{graph}>")
            body = ntriples.decode("utf-8")
            if body.strip():
                parts.append(f"INSERT DATA {{ GRAPH <{graph}> {{\n{body}\n}} }}")
        if not parts:
            return
        try:
            self._store.update(" ;\n".join(parts))
        except (OSError, SyntaxError) as e:
            names = ", ".join(f"<{g}>" for g in graphs)
            raise StoreError(f"cannot write graph(s) {names}: {e}") from None
        self._unflushed += sum(len(nt) for nt in graphs.values())
        if self.path is not None and self._unflushed > FLUSH_EVERY:
            # RocksDB keeps writes in memtables until flushed: without this the process
            # grew by ~6× the data written (2.5 GB at 10,000 bulletins), with it it stays flat
            self._store.flush()
            self._unflushed = 0

    def clear_graph(self, graph: str, part: int = 10_000) -> None:
        """Empty named graph ``graph``, ``part`` triples per transaction: removing a large
        graph at once holds all of it in memory (graph/stats at 100,000 bulletins, 1M
        triples: 1.5 GB), and a transaction costs ~3 KB per triple (graph/stats at 10,000
        bulletins, 184k triples: peak RSS 263 MiB in parts of 50,000, 166 in parts of 10,000)."""
        node = ox.NamedNode(graph)
        while quads := list(islice(self._store.quads_for_pattern(None, None, None, node), part)):
            triples = ox.serialize([q.triple for q in quads], format=ox.RdfFormat.N_TRIPLES)
            self._store.update(f"DELETE DATA {{ GRAPH <{graph}> {{\n"
                               f"{triples.decode('utf-8')}\n}} }}")
            self._store.flush()  # or the deletions pile up in RocksDB's memtables
        if self._store.contains_named_graph(node):
            self._store.remove_graph(node)

    def append_graph(self, graph: str, ntriples: bytes) -> None:
        """Add N-Triples to named graph ``graph`` (one transaction, or the bulk loader on a
        staging generation): a large graph written in parts never sits in memory whole."""
        node = ox.NamedNode(graph)
        try:
            if self.bulk:
                self._store.bulk_load(ntriples, ox.RdfFormat.N_TRIPLES, to_graph=node)
                return
            self._store.load(ntriples, ox.RdfFormat.N_TRIPLES, to_graph=node)
        except (OSError, SyntaxError, ValueError) as e:
            raise StoreError(f"cannot write graph <{graph}>: {e}") from None
        self._unflushed += len(ntriples)
        if self.path is not None and self._unflushed > FLUSH_EVERY:
            self._store.flush()
            self._unflushed = 0

    def _bulk_replace(self, graphs: dict[str, bytes]) -> None:
        """Replace graphs through oxigraph's bulk loader: no transaction, new files on disk.

        Only for a store nobody reads yet (a staging generation, published as a whole or
        not at all): 3.6× faster than the transactional update (1,200 bulletins: 1.5 s vs
        5.4 s) and nothing piles up in the memtables.
        """
        try:
            for graph in graphs:
                node = ox.NamedNode(graph)
                if self._store.contains_named_graph(node):
                    self._store.remove_graph(node)
            # N-Triples → N-Quads: every statement ends with " .\n" (newlines inside
            # literals are escaped in N-Triples), so the graph goes before it
            quads = b"".join(nt.replace(b" .\n", f" <{graph}> .\n".encode())
                             for graph, nt in graphs.items())
            if quads:
                self._store.bulk_load(quads, ox.RdfFormat.N_QUADS)
        except (OSError, SyntaxError, ValueError) as e:
            names = ", ".join(f"<{g}>" for g in graphs)
            raise StoreError(f"cannot write graph(s) {names}: {e}") from None
        self._unflushed += len(quads)
        if self._unflushed > REOPEN_EVERY:
            self.release_memory()

    def release_memory(self) -> None:
        """Close and reopen a staging store, giving RocksDB's memory back to the system.

        An open RocksDB keeps the index of every table file it has opened, and its block
        caches fill as it is read (up to 160 MB), so a long build's memory would grow with the
        store: reopened every :data:`REOPEN_EVERY` bytes loaded, and between the steps of a
        build's end. Only for a staging store (``bulk``) whose pyoxigraph store nobody else
        holds (:attr:`oxigraph`); otherwise nothing happens. Query results still being read
        would keep RocksDB open: the reopening then fails (:class:`StoreError`).
        """
        if not self.bulk or self.path is None or sys.getrefcount(self._store) > 2:
            return
        self._store.flush()
        self._store = None  # type: ignore[assignment]
        gc.collect()
        trim_malloc()
        try:
            self._store = ox.Store(str(self.path))
        except OSError as e:
            raise StoreError(f"{self.path}: cannot reopen store: {e}") from None
        self._unflushed = 0

    def build_index(self) -> dict[str, str]:
        """What the last builds recorded: bulletin (or check) IRI → build key.

        Kept beside the store (``kg-build-index.tsv``, an append-only log) rather than in
        it, so the published data holds no build bookkeeping. Written after the graphs it
        describes: a crash in between only makes a bulletin build again. The whole index in
        memory: a build streams it (:meth:`index_items`) instead.
        """
        return dict(self.index_items())

    def index_items(self, prefix: str = "") -> Iterator[tuple[str, str]]:
        """The build index's entries whose IRI starts with ``prefix``, sorted, streamed.

        :meth:`compact_index` leaves the file sorted by IRI, one line each; the lines
        appended since (by the build running) are read into memory, then merged with the
        sorted part read line by line: memory holds what one build wrote, not the index.
        """
        if self.path is None:
            yield from sorted((s, k) for s, k in self._index.items() if s.startswith(prefix))
            return
        f = self.path / INDEX_FILE
        if not f.exists():
            return
        with f.open("rb") as lines:
            base = _sorted_part(lines)
            recent: dict[str, str] = {}
            for line in lines:  # appended since the sorted part: the last one wins
                subject, _, key = line.decode("utf-8").rstrip("\n").partition("\t")
                recent[subject] = key
            lines.seek(0)
            newer = iter(sorted(recent.items()))
            pending = next(newer, None)
            for line in islice(lines, base):
                subject, _, key = line.decode("utf-8").rstrip("\n").partition("\t")
                while pending is not None and pending[0] <= subject:
                    if pending[1] and pending[0].startswith(prefix):
                        yield pending
                    if pending[0] == subject:
                        key = ""  # superseded (or forgotten) by a later line
                    pending = next(newer, None)
                if key and subject.startswith(prefix):
                    yield subject, key
            for subject, key in ([pending] if pending else []) + list(newer):
                if key and subject.startswith(prefix):
                    yield subject, key

    def compact_index(self) -> None:
        """Rewrite the (append-only) build index sorted, with one line per entry: it would
        otherwise grow by every bulletin at each full rebuild, and could not be streamed."""
        if self.path is None or not (self.path / INDEX_FILE).exists():
            return
        tmp = self.path / f"{INDEX_FILE}.tmp"
        with tmp.open("w", encoding="utf-8") as f:
            f.writelines(f"{s}\t{k}\n" for s, k in self.index_items())
        os.replace(tmp, self.path / INDEX_FILE)
        self._appended = 0

    def record_builds(self, entries: Iterable[tuple[str, str]]) -> None:
        """Record (IRI, build key) pairs; an empty key forgets the IRI."""
        entries = list(entries)
        if self.path is None:
            for subject, key in entries:
                if key:
                    self._index[subject] = key
                else:
                    self._index.pop(subject, None)
            return
        lines = "".join(f"{subject}\t{key}\n" for subject, key in entries)
        with (self.path / INDEX_FILE).open("a", encoding="utf-8") as f:
            f.write(lines)
        self._appended += len(lines)
        if self._appended > COMPACT_INDEX_EVERY:
            self.compact_index()

    def drop_graphs(self, graphs: Iterable[str]) -> None:
        """Remove the named graphs (missing ones are ignored), in one transaction."""
        ops = " ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in graphs)
        if ops:
            self._store.update(ops)

    def graphs(self) -> Iterator[str]:
        """IRIs of the named graphs.

        A staging store lists them in pages of :data:`GRAPHS_PAGE`, reopened in between
        (:meth:`release_memory`): each name read fills RocksDB's cache, ~1.4 KB a name (the
        30,000 graphs of 10,000 bulletins: +43 MiB, up to 128), and skipping the pages
        already read (``OFFSET``) reads no name. Nothing may write to it meanwhile.
        """
        if not self.bulk:
            for g in self._store.named_graphs():
                if isinstance(g, ox.NamedNode):
                    yield g.value
            return
        offset = 0
        while True:
            page = [row[0] for row in self._store.query(
                f"SELECT ?g WHERE {{ GRAPH ?g {{}} }} LIMIT {GRAPHS_PAGE} OFFSET {offset}")]
            yield from (g.value for g in page if isinstance(g, ox.NamedNode))
            if len(page) < GRAPHS_PAGE:
                return
            offset += GRAPHS_PAGE
            self.release_memory()

    def count(self, graph: str | None = None) -> int:
        """Number of triples in ``graph`` (or quads in the whole store)."""
        if graph is None:
            return len(self._store)
        q = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
        return int(next(iter(self._store.query(q)))["n"].value)

    def graph_ntriples(self, graph: str) -> bytes:
        """The triples of one named graph as N-Triples."""
        return self._store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(graph))

    def graphs_quads(self, graphs: Sequence[str]) -> Iterator[ox.Quad]:
        """The quads of several named graphs (one index range each)."""
        return (q for g in graphs
                for q in self._store.quads_for_pattern(None, None, None, ox.NamedNode(g)))

    def dump(self, output: Any, fmt: ox.RdfFormat, graph: str | None = None,
             prefixes: dict[str, str] | None = None) -> None:
        """Serialise the dataset (or one graph, or the union for triple formats)."""
        if graph is not None:
            self._store.dump(output, fmt, from_graph=ox.NamedNode(graph), prefixes=prefixes)
        elif fmt in (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG):
            self._store.dump(output, fmt, prefixes=prefixes)
        else:
            triples = self._store.query(_UNION)
            ox.serialize(triples, output, fmt, prefixes=prefixes)

    def flush(self) -> None:
        self._store.flush()

    def close(self) -> None:
        """Release the store (RocksDB closes when its last reference goes); later use fails.

        Needed before another process may open the same folder: pyoxigraph has no close().
        """
        self._store = None  # type: ignore[assignment]
        gc.collect()  # query iterators in reference cycles may still hold the store


def steady_malloc() -> None:
    """Keep glibc's heap from growing with the batches (Linux; elsewhere nothing).

    Each batch comes back as ~10 MB of pickled N-Triples, received by the pool's thread:
    glibc raises its mmap threshold after such a block is freed, so later ones land in the
    heaps (one more per thread), which fragment and keep growing. A fixed threshold (mmap'd
    blocks go back to the system when freed) and two heaps: the same settings given as
    MALLOC_* environment variables took the parent's peak RSS at 5,000 bulletins from 218
    to 194 MiB (one run each, side by side).
    """
    with suppress(OSError, AttributeError):  # not glibc
        libc = ctypes.CDLL(None)
        libc.mallopt(_M_MMAP_THRESHOLD, 128 * 1024)
        libc.mallopt(_M_ARENA_MAX, 2)


def trim_malloc() -> None:
    """Give the C heap's free memory back to the system (glibc's ``malloc_trim``; elsewhere,
    nothing): what a closed store freed would otherwise stay in the process."""
    with suppress(OSError, AttributeError):  # not glibc
        ctypes.CDLL(None).malloc_trim(0)


def is_home(path: Path) -> bool:
    """Whether ``path`` is a store home (holds ``LIVE`` or ``generations/``)."""
    return (path / LIVE_FILE).is_file() or (path / GENERATIONS).is_dir()


def live_generation(home: Path) -> Path:
    """The folder of the live generation of store home ``home``.

    Raises :class:`StoreError` when no build has been published there yet.
    """
    try:
        name = (home / LIVE_FILE).read_text(encoding="ascii").strip()
    except FileNotFoundError:
        raise StoreError(f"{home}: no published generation yet (run `kg build`)") from None
    except (OSError, UnicodeDecodeError) as e:
        raise StoreError(f"{home / LIVE_FILE}: unreadable: {e}") from None
    folder = home / GENERATIONS / name
    if not name or "/" in name or not folder.is_dir():
        raise StoreError(f"{home / LIVE_FILE}: names generation {name!r}, which is missing")
    return folder


def _sorted_part(lines: BinaryIO) -> int:
    """How many lines the index starts with that are sorted by IRI, one per IRI, none
    forgotten (what :meth:`EmbeddedStore.compact_index` writes); ``lines`` is left after
    them (the first line out of order, read to find the end, is given back by seeking)."""
    count, last, start = 0, b"", lines.tell()
    for line in iter(lines.readline, b""):
        subject, tab, key = line.rstrip(b"\n").partition(b"\t")
        if not tab or not key or subject <= last:
            lines.seek(start)
            return count
        count, last, start = count + 1, subject, lines.tell()
    return count
