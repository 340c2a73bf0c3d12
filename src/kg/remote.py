"""The store interface over a remote SPARQL 1.1 server (Virtuoso, Fuseki, GraphDB, …).

A store location ``sparql+http://host:port/sparql`` (or ``sparql+https://``) names the
server's SPARQL endpoint; :class:`RemoteStore` then does what :class:`kg.store.EmbeddedStore`
does, over HTTP:

* queries: SPARQL 1.1 Protocol (POST, results as SPARQL JSON, graphs as N-Triples), parsed
  back into pyoxigraph objects (``QuerySolutions``, ``QueryBoolean``, ``QueryTriples``), so
  callers and the web app are the same for both stores; the web endpoint may instead take
  the server's JSON bytes as they are (:class:`RawResults`), which saves re-serialising;
* connections: one bounded pool of keep-alive connections shared by all threads
  (:class:`HttpClient`), each a lean HTTP/1.1 client of its own (:class:`Connection`);
* writes: the Graph Store Protocol (one ``PUT`` per graph with its N-Triples, ``DELETE`` for an
  empty or dropped graph), which has no size limit (Virtuoso's SPARQL Update parser has one);
* the build index (what ``kg build`` skips next time): triples in the named graph
  :data:`INDEX_GRAPH` on the server. Like the server's own graphs it is not listed among the
  store's graphs (so dumps, exports and the web app's pattern lookups leave it out, and it is
  private by name too), but the server's union default graph holds it: a query over all
  triples sees ``<bulletin> <urn:x-kg:buildKey> "sha256"`` (hashes of public text, no secret).

Settings (:mod:`kg.settings`): ``KG_SPARQL_UPDATE_URL`` (default: the query URL),
``KG_SPARQL_GSP_URL`` (default: Virtuoso's ``…/sparql-graph-crud`` beside the endpoint),
``KG_SPARQL_USER`` / ``KG_SPARQL_PASSWORD`` (HTTP basic auth, empty: none) and
``KG_SPARQL_TIMEOUT``. ``sparql+https://`` verifies the server's certificate and host name
against the system's CAs, or those of ``$SSL_CERT_FILE`` / ``$SSL_CERT_DIR`` (OpenSSL's).

Differences from the embedded store, documented rather than hidden: a write of several graphs
is one HTTP request per graph, not one transaction (a failure part-way leaves the earlier
graphs written, and the build index unchanged, so the next build redoes them); the server's
own bookkeeping graphs (:data:`SYSTEM_GRAPHS`) are not listed by :meth:`RemoteStore.graphs`.

Virtuoso 7 turns ``geo:wktLiteral`` values into its own geometry type, in single precision
(``POINT(36.71223 34.08307)`` comes back as ``POINT(36.712230682373 34.083068847656)``
typed ``virtrdf:Geometry``). Answers are mapped back to ``geo:wktLiteral`` with each
coordinate the shortest decimal giving the same single-precision float: exact for coordinates
of up to 7 significant digits (the gazetteer's 5 decimals), rounded beyond. A query matching
a WKT literal by value does not find it on Virtuoso.
"""

from __future__ import annotations

import base64
import functools
import http.client
import itertools
import json
import re
import select
import socket
import ssl
import struct
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox

from kg.errors import StoreError
from kg.formats import Format

SCHEMES = ("sparql+http://", "sparql+https://")
# The build index; "/graph/private/" makes kg.link.is_private_graph keep it out of dumps.
INDEX_GRAPH = "urn:x-kg:/graph/private/build-index"
BUILD_KEY = "urn:x-kg:buildKey"
EMPTY_GRAPH = "urn:x-kg:empty"  # stands for the store's own default graph, always empty here
# Graphs a server keeps for itself (Virtuoso's schema and service descriptions): not ours.
SYSTEM_GRAPHS = ("http://www.openlinksw.com/", "http://www.w3.org/ns/ldp#",
                 "http://localuriqaserver/", "http://localhost:8890/", "virtrdf-label")
WRITERS = 4  # concurrent Graph Store uploads of one replace_graphs
POOL_SIZE = 16  # most requests in flight to the server at once (kept-alive connections)
# A write the server rolled back because concurrent writes deadlocked (SQLSTATE 40001, e.g.
# Virtuoso's "SR172: Transaction deadlocked") changed nothing and is tried again.
_DEADLOCK = re.compile(rb"40001|deadlock", re.I)
RETRIES = 5
INDEX_CHUNK = 500  # build index entries per SPARQL Update
_FROM = re.compile(r"(?<![\w?$:.-])FROM\s", re.I)
_BNODE_CHARS = re.compile(rb"[^A-Za-z0-9_]")
VIRTUOSO_GEOMETRY = "http://www.openlinksw.com/schemas/virtrdf#Geometry"
WKT_LITERAL = "http://www.opengis.net/ont/geosparql#wktLiteral"
XSD_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean"
_FIX_MARKERS = (b'"bnode"', VIRTUOSO_GEOMETRY.encode(), XSD_BOOLEAN.encode())
_JSON_BNODE = re.compile(rb'("type": ?"bnode", ?"value": ?")([^"]*)"')
_JSON_BOOLEAN = re.compile(rb'("datatype": ?"' + re.escape(XSD_BOOLEAN.encode())
                           + rb'", ?"value": ?")([01])(?=")')
_JSON_GEOMETRY = re.compile(rb'"datatype": ?"' + re.escape(VIRTUOSO_GEOMETRY.encode())
                            + rb'("\s*,\s*"value": ?")([^"]*)"')
_GEOMETRY_NT = re.compile(r'"([^"\\]*)"\^\^<' + re.escape(VIRTUOSO_GEOMETRY) + ">")
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?")
_MAX_LINE = 65537  # longest status or header line read from a server
PASSED_THROUGH = "json"  # kg.formats name of the results format passed on as the server wrote it
_EMPTY = ox.Store()  # parses queries: syntax errors and the query form, as the embedded store


AnswerAs = Callable[[str], tuple[Format, str]]


@dataclass(frozen=True)
class RawResults:
    """A SELECT or ASK answer as the server sent it (SPARQL JSON), to pass on unchanged.

    ``body`` has Virtuoso's quirks fixed (:func:`_fix_json`); ``media_type`` is what the
    caller asked for (the JSON results type or an alias of it).
    """

    body: bytes
    media_type: str

    def parsed(self) -> ox.QuerySolutions | ox.QueryBoolean:
        """The answer as pyoxigraph results (iterable once)."""
        return ox.parse_query_results(self.body, ox.QueryResultsFormat.JSON)

    def over(self, most: int) -> bool:
        """Whether the answer holds more than ``most`` solutions (never for ASK).

        Each solution is a JSON object, and the document has three more (itself, head and
        results; a brace inside a string only adds to the count): an answer with fewer
        braces than the limit allows is not parsed to count its rows.
        """
        if self.body.count(b"{") - 3 <= most:
            return False
        results = self.parsed()
        if isinstance(results, ox.QueryBoolean):
            return False
        return sum(1 for _ in itertools.islice(results, most + 1)) > most


class UnsupportedOperation(StoreError, AttributeError):
    """An ``ox.Store`` method a remote store does not offer (``hasattr`` says False)."""


def is_remote(location: object) -> bool:
    """Whether a store location names a SPARQL server rather than a folder."""
    return str(location).startswith(SCHEMES)


@dataclass(frozen=True)
class Endpoints:
    """Where to send queries, updates and Graph Store requests, and how to authenticate."""

    query: str
    update: str
    gsp: str
    user: str = ""
    password: str = ""
    timeout: float = 300.0

    @classmethod
    def from_location(cls, location: str, settings: Mapping[str, Any] | None = None
                      ) -> Endpoints:
        """Endpoints for ``sparql+http(s)://…`` plus the ``KG_SPARQL_*`` settings.

        Raises :class:`StoreError` naming the location when it is not such a URL.
        """
        if not is_remote(location):
            raise StoreError(f"{location}: not a remote store (expected sparql+http://… "
                             "or sparql+https://…)")
        query = str(location).removeprefix("sparql+")
        parts = urllib.parse.urlsplit(query)
        if not parts.hostname:
            raise StoreError(f"{location}: no host in the SPARQL endpoint URL")
        s = settings or {}
        gsp = s.get("KG_SPARQL_GSP_URL") or urllib.parse.urlunsplit(
            parts._replace(path=parts.path.rsplit("/", 1)[0] + "/sparql-graph-crud", query=""))
        return cls(query, s.get("KG_SPARQL_UPDATE_URL") or query, gsp,
                   s.get("KG_SPARQL_USER") or "", s.get("KG_SPARQL_PASSWORD") or "",
                   float(s.get("KG_SPARQL_TIMEOUT") or 300.0))


class HttpClient:
    """A bounded pool of keep-alive HTTP connections, shared by every thread.

    The web app runs each query on a new thread, so connections are not kept per thread:
    each request takes an idle one (the newest first) or opens one, and gives it back after
    reading the answer. At most ``size`` requests are in flight at once (more wait for a free
    connection, at most the endpoints' timeout). An idle connection the server has closed
    meanwhile (Virtuoso drops them after its KeepAliveTimeout) is noticed before use and
    replaced; a request that still fails on a reused connection is sent again on a new one
    only when it is idempotent (queries, Graph Store requests; never a SPARQL Update).
    """

    def __init__(self, endpoints: Endpoints, size: int = POOL_SIZE) -> None:
        self.endpoints = endpoints
        self.size = size
        self._slots = threading.BoundedSemaphore(size)
        self._lock = threading.Lock()
        self._idle: dict[tuple[str, str], list[Connection]] = {}
        self.opened = 0  # connections opened so far (tests and benchmarks read these two)
        self.sent = 0  # requests sent, retries included
        self._auth = {}
        if endpoints.user:
            token = base64.b64encode(f"{endpoints.user}:{endpoints.password}".encode())
            self._auth = {"Authorization": "Basic " + token.decode("ascii")}

    def _take(self, parts: urllib.parse.SplitResult, fresh: bool) -> tuple[Connection, bool]:
        """A connection to ``parts``' host and whether it was used before."""
        key = (parts.scheme, parts.netloc)
        while not fresh:
            with self._lock:
                idle = self._idle.get(key)
                conn = idle.pop() if idle else None
            if conn is None:
                break
            if not _dropped(conn):
                return conn, True
            conn.close()
        with self._lock:
            self.opened += 1
        return Connection(parts, self.endpoints.timeout), False

    def _give(self, parts: urllib.parse.SplitResult, conn: Connection) -> None:
        with self._lock:
            idle = self._idle.setdefault((parts.scheme, parts.netloc), [])
            if len(idle) < self.size:
                idle.append(conn)
                return
        conn.close()

    def request(self, method: str, url: str, body: bytes | None = None,
                headers: Mapping[str, str] | None = None, idempotent: bool = True
                ) -> tuple[int, bytes]:
        """Send one request; the answer's status and body.

        Raises :class:`StoreError` naming the request when the server cannot be reached, no
        connection is free within the timeout, or the connection fails.
        """
        parts = urllib.parse.urlsplit(url)
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        all_headers = {**self._auth, **(headers or {})}
        if not self._slots.acquire(timeout=self.endpoints.timeout):
            raise StoreError(f"{method} {url}: all {self.size} connections to the server "
                             f"stayed busy for {self.endpoints.timeout:g} s")
        try:
            fresh = False
            while True:
                conn, reused = self._take(parts, fresh)
                with self._lock:
                    self.sent += 1
                try:
                    status, answer, closed = conn.request(method, target, body, all_headers)
                except (http.client.HTTPException, ConnectionError) as e:
                    conn.close()
                    if reused and idempotent:
                        fresh = True  # the server closed it as we sent: once more, anew
                        continue
                    raise StoreError(f"{method} {url}: {str(e) or type(e).__name__}") from None
                except ssl.SSLCertVerificationError as e:
                    conn.close()
                    raise StoreError(f"{method} {url}: the server's TLS certificate is refused: "
                                     f"{e.verify_message} (a private CA is trusted with "
                                     "SSL_CERT_FILE=its-certificate.pem)") from None
                except OSError as e:
                    conn.close()
                    raise StoreError(f"{method} {url}: {e}") from None
                if not closed:
                    self._give(parts, conn)
                return status, answer
        finally:
            self._slots.release()

    def close(self) -> None:
        """Close the idle connections (requests in flight keep theirs until they end)."""
        with self._lock:
            idle, self._idle = self._idle, {}
        for conns in idle.values():
            for conn in conns:
                conn.close()


class Connection:
    """One keep-alive HTTP/1.1 connection to a server (TLS for ``https``), what the pool
    holds: ``request`` sends a request in one write and reads the whole answer.

    http.client parses each answer's headers with the ``email`` package, ~0.08 ms per
    request on loopback (a third of Virtuoso's ``ASK {}``); this reads the status line and
    headers itself, and bodies by Content-Length, chunks, or up to the end of the connection.
    Raises http.client's exceptions (``RemoteDisconnected`` when the server closed the
    connection without answering, ``BadStatusLine``, ``IncompleteRead``) and OSError.
    """

    def __init__(self, parts: urllib.parse.SplitResult, timeout: float) -> None:
        self.parts = parts
        self.timeout = timeout
        self.sock: socket.socket | None = None
        self._file: Any = None

    def _connect(self) -> None:
        https = self.parts.scheme == "https"
        host = self.parts.hostname or ""
        sock = socket.create_connection((host, self.parts.port or (443 if https else 80)),
                                        self.timeout)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if https:  # the system's CAs, or those of $SSL_CERT_FILE / $SSL_CERT_DIR (OpenSSL)
            try:
                sock = ssl.create_default_context().wrap_socket(sock, server_hostname=host)
            except OSError:
                sock.close()
                raise
        self.sock, self._file = sock, sock.makefile("rb")

    def request(self, method: str, target: str, body: bytes | None,
                headers: Mapping[str, str]) -> tuple[int, bytes, bool]:
        """Send one request; the answer's status, its body and whether the server closes."""
        if self.sock is None:
            self._connect()
        assert self.sock is not None
        lines = [f"{method} {target} HTTP/1.1", f"Host: {self.parts.netloc}",
                 *(f"{name}: {value}" for name, value in headers.items())]
        if body is not None or method in ("POST", "PUT"):
            lines.append(f"Content-Length: {len(body or b'')}")
        self.sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + (body or b""))
        status, fields, version = self._head()
        while 100 <= status < 200:  # an interim answer (we never ask for 100-continue)
            status, fields, version = self._head()
        connection = fields.get("connection", "").lower()
        closes = connection == "close" or (version == "HTTP/1.0" and connection != "keep-alive")
        if method == "HEAD" or status in (204, 304):
            answer = b""
        elif "chunked" in fields.get("transfer-encoding", "").lower():
            answer = self._chunked()
        elif "content-length" in fields:
            answer = self._exactly(int(fields["content-length"]))
        else:  # the body runs to the end of the connection
            answer, closes = self._file.read(), True
        if closes:
            self.close()
        return status, answer, closes

    def _head(self) -> tuple[int, dict[str, str], str]:
        line = self._file.readline(_MAX_LINE)
        if not line:
            raise http.client.RemoteDisconnected("the server closed the connection "
                                                 "without answering")
        version, _, rest = line.decode("latin-1").partition(" ")
        code = rest[:3]
        if not version.startswith("HTTP/") or not code.isdigit():
            raise http.client.BadStatusLine(line.decode("latin-1", errors="replace"))
        fields: dict[str, str] = {}
        while (field := self._file.readline(_MAX_LINE)) not in (b"\r\n", b"\n", b""):
            name, _, value = field.decode("latin-1").partition(":")
            fields[name.strip().lower()] = value.strip()
        return int(code), fields, version

    def _exactly(self, size: int) -> bytes:
        data = self._file.read(size)
        if len(data) < size:
            raise http.client.IncompleteRead(data, size - len(data))
        return data

    def _chunked(self) -> bytes:
        chunks: list[bytes] = []
        while size := self._chunk_size(chunks):
            chunks.append(self._exactly(size))
            self._exactly(2)  # the chunk's CRLF
        while self._file.readline(_MAX_LINE) not in (b"\r\n", b"\n", b""):
            pass  # trailer fields
        return b"".join(chunks)

    def _chunk_size(self, chunks: list[bytes]) -> int:
        line = self._file.readline(_MAX_LINE)
        try:
            return int(line.split(b";")[0], 16)
        except ValueError:  # the end of the connection, or not a size
            raise http.client.IncompleteRead(b"".join(chunks)) from None

    def close(self) -> None:
        """Close the socket (a next request opens a new one)."""
        if self.sock is not None:
            self._file.close()
            self.sock.close()
            self.sock = self._file = None


def _dropped(conn: Connection) -> bool:
    """Whether an idle keep-alive connection was closed by the server (or has stray data)."""
    if conn.sock is None:
        return True
    poller = select.poll()
    poller.register(conn.sock, select.POLLIN)
    return bool(poller.poll(0))  # readable while idle: the server's EOF


class SparqlStore:
    """The part of ``pyoxigraph.Store``'s API that kg uses, over the SPARQL protocols.

    What :attr:`RemoteStore.oxigraph` returns, so code written against ``ox.Store`` (the web
    app's public view, the SPARQL endpoint, dumps) runs unchanged. Other ``ox.Store`` methods
    raise :class:`StoreError` naming the operation.
    """

    def __init__(self, endpoints: Endpoints) -> None:
        self.endpoints = endpoints
        self.http = HttpClient(endpoints)

    def __getattr__(self, name: str) -> Any:
        raise UnsupportedOperation(f"store operation {name!r} is not supported on a remote "
                                   f"SPARQL store ({self.endpoints.query})")

    # -- queries -------------------------------------------------------------------------
    def query(self, query: str, *, use_default_graph_as_union: bool = False,
              default_graph: Any = None, named_graphs: Any = None,
              base_iri: str | None = None, answer_as: AnswerAs | None = None,
              **kw: Any) -> Any:
        """Run a query on the server; the answer is a pyoxigraph result object.

        ``answer_as(kind)`` (``"results"`` or ``"rdf"``) names the format and media type the
        caller will answer in (the web endpoint's negotiation): when the server's own bytes
        can be passed on (SPARQL JSON results), the answer is a :class:`RawResults`.
        Raises SyntaxError for a malformed query (judged by oxigraph, as in the embedded
        store) and :class:`StoreError` when the server refuses or fails it.
        """
        if kw:
            raise StoreError(f"query options {sorted(kw)} are not supported on a remote store")
        triples = _gives_triples(query, base_iri)  # raises SyntaxError
        params: list[tuple[str, str]] = [("query", query)]
        if default_graph is not None or named_graphs is not None:
            graphs = [g.value for g in _as_list(default_graph) if isinstance(g, ox.NamedNode)]
            params += [("default-graph-uri", g) for g in graphs or [EMPTY_GRAPH]]
            params += [("named-graph-uri", g.value) for g in _as_list(named_graphs)]
        elif not use_default_graph_as_union and not _FROM.search(query):
            # the server's default graph is the union of its graphs; ours would be empty
            params.append(("default-graph-uri", EMPTY_GRAPH))
        accept = "application/n-triples" if triples else "application/sparql-results+json"
        body = self._post(self.endpoints.query, params, accept, "query")
        if triples:
            return _as_query_triples(body)
        if any(marker in body for marker in _FIX_MARKERS):
            body = _fix_json(body)
        if answer_as is not None:
            fmt, media_type = answer_as("results")
            if fmt.name == PASSED_THROUGH:
                return RawResults(body, media_type)
        return ox.parse_query_results(body, ox.QueryResultsFormat.JSON)

    def _post(self, url: str, params: list[tuple[str, str]], accept: str, what: str,
              idempotent: bool = True) -> bytes:
        status, body = self.http.request(
            "POST", url, urllib.parse.urlencode(params).encode("utf-8"),
            {"Content-Type": "application/x-www-form-urlencoded", "Accept": accept},
            idempotent)
        if status >= 400:
            raise StoreError(f"{url}: the server refused the {what} ({status}): "
                             f"{_message(body)}")
        return body

    def update(self, update: str, base_iri: str | None = None) -> None:
        """Send a SPARQL Update (``base_iri`` is prepended as a BASE declaration)."""
        if base_iri:
            update = f"BASE <{base_iri}>\n{update}"
        self._post(self.endpoints.update, [("update", update)], "*/*", "update",
                   idempotent=False)

    def quads_for_pattern(self, subject: Any = None, predicate: Any = None, obj: Any = None,
                          graph_name: Any = None) -> Iterator[ox.Quad]:
        """Quads matching a pattern (``None`` matches anything), from the named graphs."""
        if isinstance(graph_name, ox.DefaultGraph):
            return iter(())  # the remote store keeps no triples outside named graphs
        pattern = " ".join(_term(t, v) for t, v in
                           ((subject, "?s"), (predicate, "?p"), (obj, "?o")))
        rows = self.query(f"SELECT * WHERE {{ GRAPH {_term(graph_name, '?g')} {{ {pattern} }} }}",
                          use_default_graph_as_union=True)
        fixed = {"g": graph_name, "s": subject, "p": predicate, "o": obj}
        out = []
        for row in rows:
            v = {k: row[k] if fixed[k] is None else fixed[k] for k in fixed}
            if not _system(v["g"].value):
                out.append(ox.Quad(v["s"], v["p"], v["o"], v["g"]))
        return iter(out)

    def named_graphs(self) -> Iterator[ox.NamedNode]:
        """The named graphs holding triples (the server's own ones left out).

        GROUP BY rather than DISTINCT: Virtuoso 7.2 lists 4,000 graphs (570k quads) in
        0.03-0.06 s so, in 30 s with SELECT DISTINCT; a FILTER on the graph IRI (e.g. only
        private ones) makes it 0.6 s, so the caller filters.
        """
        rows = self.query("SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
                          use_default_graph_as_union=True)
        return iter([r["g"] for r in rows
                     if isinstance(r["g"], ox.NamedNode) and not _system(r["g"].value)])

    def contains_named_graph(self, graph: ox.NamedNode) -> bool:
        return bool(self.query(f"ASK {{ GRAPH <{graph.value}> {{ ?s ?p ?o }} }}",
                               use_default_graph_as_union=True))

    def __len__(self) -> int:
        rows = self.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } "
                          "GROUP BY ?g", use_default_graph_as_union=True)
        return sum(int(r["n"].value) for r in rows if not _system(r["g"].value))

    # -- Graph Store Protocol ------------------------------------------------------------
    def _graph_url(self, graph: str) -> str:
        gsp = self.endpoints.gsp
        return f"{gsp}{'&' if '?' in gsp else '?'}{urllib.parse.urlencode({'graph': graph})}"

    def put_graph(self, graph: str, ntriples: bytes) -> None:
        """Replace ``graph`` with the N-Triples (an empty body deletes it)."""
        url = self._graph_url(graph)
        if not ntriples.strip():
            self.delete_graph(graph)
            return
        # N-Triples is Turtle; every SPARQL server's GSP takes text/turtle
        status, body = self._write("PUT", url, ntriples,
                                   {"Content-Type": "text/turtle; charset=utf-8"})
        if status >= 400:
            raise StoreError(f"cannot write graph <{graph}> to {self.endpoints.gsp} "
                             f"({status}): {_message(body)}")

    def post_graph(self, graph: str, ntriples: bytes) -> None:
        """Add the N-Triples to ``graph`` (Graph Store POST)."""
        status, body = self._write("POST", self._graph_url(graph), ntriples,
                                   {"Content-Type": "text/turtle; charset=utf-8"})
        if status >= 400:
            raise StoreError(f"cannot add to graph <{graph}> at {self.endpoints.gsp} "
                             f"({status}): {_message(body)}")

    def delete_graph(self, graph: str) -> None:
        """Delete ``graph`` (a missing graph is fine)."""
        url = self._graph_url(graph)
        status, body = self._write("DELETE", url)
        if status >= 400 and status != 404:
            raise StoreError(f"cannot delete graph <{graph}> at {self.endpoints.gsp} "
                             f"({status}): {_message(body)}")

    def _write(self, method: str, url: str, body: bytes | None = None,
               headers: dict[str, str] | None = None) -> tuple[int, bytes]:
        """One Graph Store write, tried again (with a growing pause) after a deadlock."""
        for attempt in range(RETRIES - 1):
            status, answer = self.http.request(method, url, body, headers or {})
            if status < 500 or not _DEADLOCK.search(answer):
                return status, answer
            time.sleep(0.05 * 2 ** attempt)
        return self.http.request(method, url, body, headers or {})

    def get_graph(self, graph: str) -> bytes:
        """The triples of ``graph`` as N-Triples (a CONSTRUCT; the same on every server)."""
        return self.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}",
                          use_default_graph_as_union=True).serialize(
                              format=ox.RdfFormat.N_TRIPLES)

    def flush(self) -> None:
        """Nothing to flush: the server commits every request."""


class RemoteStore:
    """:class:`kg.store.EmbeddedStore`'s interface over a SPARQL 1.1 server.

    ``query`` takes the same arguments and returns the same pyoxigraph objects; the default
    graph of a query is the union of the named graphs (as the embedded store's and as
    Virtuoso's own default graph).
    """

    path = None
    home = None

    def __init__(self, endpoints: Endpoints) -> None:
        self.endpoints = endpoints
        self._server = SparqlStore(endpoints)

    @classmethod
    def open(cls, location: str, settings: Mapping[str, Any] | None = None,
             check: bool = True) -> RemoteStore:
        """Connect to ``sparql+http(s)://…``; with ``check``, make sure the server answers.

        Raises :class:`StoreError` naming the endpoint when it does not.
        """
        store = cls(Endpoints.from_location(location, settings))
        if check:
            try:
                store.query("ASK { }")
            except StoreError as e:
                raise StoreError(f"{location}: the SPARQL server does not answer: {e}") from None
        return store

    @property
    def oxigraph(self) -> SparqlStore:
        """An ``ox.Store`` look-alike over the server (see :class:`SparqlStore`)."""
        return self._server

    def query(self, sparql: str, union_default_graph: bool = True, **kw: Any) -> Any:
        """Run a SPARQL query; raises SyntaxError on a malformed query."""
        return self._server.query(sparql, use_default_graph_as_union=union_default_graph, **kw)

    def replace_graph(self, graph: str, ntriples: bytes) -> None:
        """Replace named graph ``graph`` with the given N-Triples."""
        self.replace_graphs({graph: ntriples})

    def clear_graph(self, graph: str) -> None:
        """Empty named graph ``graph`` (one Graph Store DELETE)."""
        self._server.delete_graph(graph)

    def append_graph(self, graph: str, ntriples: bytes) -> None:
        """Add N-Triples to named graph ``graph`` (one Graph Store POST)."""
        if ntriples.strip():
            self._server.post_graph(graph, ntriples)

    def replace_graphs(self, graphs: dict[str, bytes]) -> None:
        """Replace several named graphs, one Graph Store PUT each (not one transaction).

        :data:`WRITERS` requests at a time, to hide the round trip to a server on another
        machine (with Virtuoso on the same busy 2-CPU machine: 8.5-12.6k triples/s whether
        1, 2 or 4 at a time; a batched SPARQL Update of 10 graphs per request: 10.7k).
        """
        if len(graphs) == 1:
            self._server.put_graph(*next(iter(graphs.items())))
            return
        with ThreadPoolExecutor(WRITERS) as pool:
            for done in [pool.submit(self._server.put_graph, g, nt) for g, nt in graphs.items()]:
                done.result()  # raises the first failure (StoreError naming the graph)

    def drop_graphs(self, graphs: Iterable[str]) -> None:
        """Remove the named graphs (missing ones are ignored)."""
        for graph in graphs:
            self._server.delete_graph(graph)

    def build_index(self) -> dict[str, str]:
        """What the last builds recorded: bulletin (or check) IRI → build key."""
        rows = self.query(f"SELECT ?s ?k WHERE {{ GRAPH <{INDEX_GRAPH}> "
                          f"{{ ?s <{BUILD_KEY}> ?k }} }}")
        return {r["s"].value: r["k"].value for r in rows}

    def index_items(self, prefix: str = "") -> Iterator[tuple[str, str]]:
        """The build index's entries whose IRI starts with ``prefix``, sorted, as
        ``EmbeddedStore.index_items`` (the server's index graph is read whole)."""
        return iter(sorted((s, k) for s, k in self.build_index().items()
                           if s.startswith(prefix)))

    def record_builds(self, entries: Iterable[tuple[str, str]]) -> None:
        """Record (IRI, build key) pairs; an empty key forgets the IRI."""
        entries = list(entries)
        for i in range(0, len(entries), INDEX_CHUNK):
            chunk = entries[i:i + INDEX_CHUNK]
            subjects = " ".join(f"<{s}>" for s, _ in chunk)
            inserts = "\n".join(f"<{s}> <{BUILD_KEY}> {ox.Literal(k)} ." for s, k in chunk if k)
            update = (f"DELETE {{ GRAPH <{INDEX_GRAPH}> {{ ?s <{BUILD_KEY}> ?k }} }} WHERE "
                      f"{{ GRAPH <{INDEX_GRAPH}> {{ ?s <{BUILD_KEY}> ?k "
                      f"VALUES ?s {{ {subjects} }} }} }}")
            if inserts:
                update += f" ;\nINSERT DATA {{ GRAPH <{INDEX_GRAPH}> {{\n{inserts}\n}} }}"
            self._server.update(update)

    def graphs(self) -> Iterator[str]:
        """IRIs of the named graphs (not the build index nor the server's own graphs)."""
        for g in self._server.named_graphs():
            if g.value != INDEX_GRAPH:
                yield g.value

    def count(self, graph: str | None = None) -> int:
        """Number of triples in ``graph`` (or quads in all of kg's graphs, not the index)."""
        if graph is None:
            return len(self._server)
        q = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
        return int(next(iter(self.query(q)))["n"].value)

    def graph_ntriples(self, graph: str) -> bytes:
        """The triples of one named graph as N-Triples."""
        return self._server.get_graph(graph)

    def graphs_quads(self, graphs: Sequence[str]) -> Iterator[ox.Quad]:
        """The quads of several named graphs, in one request (``GRAPH ?g`` over ``VALUES``).

        A SELECT, since a CONSTRUCT loses the graph; the server must not cut the answer short
        (Virtuoso's ``ResultSetMaxRows``, see the README).
        """
        if not graphs:
            return iter(())
        names = " ".join(f"<{g}>" for g in graphs)
        rows = self.query(f"SELECT ?g ?s ?p ?o WHERE {{ VALUES ?g {{ {names} }} "
                          "GRAPH ?g { ?s ?p ?o } }")
        return (ox.Quad(r["s"], r["p"], r["o"], r["g"]) for r in rows)

    def dump(self, output: Any, fmt: ox.RdfFormat, graph: str | None = None,
             prefixes: dict[str, str] | None = None) -> None:
        """Serialise the dataset (or one graph, or the union for triple formats).

        Fetched graph by graph (the build index and the server's graphs left out).
        """
        if graph is not None:
            triples = ox.parse(self.graph_ntriples(graph), ox.RdfFormat.N_TRIPLES)
            ox.serialize(triples, output, fmt, prefixes=prefixes)
            return
        names = sorted(self.graphs())
        if fmt in (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG):
            ox.serialize(_quads(self, names), output, fmt, prefixes=prefixes)
            return
        union = ox.Store()
        for name in names:
            union.load(self.graph_ntriples(name), ox.RdfFormat.N_TRIPLES)
        ox.serialize((q.triple for q in union), output, fmt, prefixes=prefixes)

    def flush(self) -> None:
        """Nothing to flush: the server commits every request."""

    def release_memory(self) -> None:
        """Nothing to give back: the server holds the data (as ``EmbeddedStore``'s)."""

    def close(self) -> None:
        """Close the idle connections to the server."""
        self._server.http.close()


def _quads(store: RemoteStore, names: list[str]) -> Iterator[ox.Quad]:
    for name in names:
        graph = ox.NamedNode(name)
        for t in ox.parse(store.graph_ntriples(name), ox.RdfFormat.N_TRIPLES):
            yield ox.Quad(t.subject, t.predicate, t.object, graph)


@functools.lru_cache(maxsize=64)
def _gives_triples(query: str, base_iri: str | None) -> bool:
    """Whether ``query`` is a CONSTRUCT or DESCRIBE; raises SyntaxError when it is malformed
    (judged by oxigraph, as the embedded store would). A repeated query is not parsed again
    (10-30 µs for a short one)."""
    return isinstance(_EMPTY.query(query, base_iri=base_iri), ox.QueryTriples)  # lazy: no work


def _as_query_triples(ntriples: bytes) -> ox.QueryTriples:
    # pyoxigraph builds QueryTriples only from a query: run CONSTRUCT over the parsed graph
    scratch = ox.Store()
    scratch.load(_fix_geometry(ntriples), ox.RdfFormat.N_TRIPLES)
    return scratch.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")


def _fix_json(body: bytes) -> bytes:
    # Virtuoso labels blank nodes "nodeID://b1234", which is not a blank node label, gives
    # geo:wktLiteral values back as its own geometry type and booleans as 1 and 0. Rewritten
    # in the bytes (Virtuoso's layout is fixed): 3x faster than a JSON round trip.
    body = _JSON_BNODE.sub(lambda m: m[1] + _BNODE_CHARS.sub(b"_", m[2]) + b'"', body)
    body = _JSON_BOOLEAN.sub(lambda m: m[1] + (b"true" if m[2] == b"1" else b"false"), body)
    return _JSON_GEOMETRY.sub(lambda m: b'"datatype": "' + WKT_LITERAL.encode() + m[1]
                              + _wkt(m[2].decode()).encode() + b'"', body)


def _fix_geometry(ntriples: bytes) -> bytes:
    if VIRTUOSO_GEOMETRY.encode() not in ntriples:
        return ntriples
    return _GEOMETRY_NT.sub(lambda m: f'"{_wkt(m[1])}"^^<{WKT_LITERAL}>',
                            ntriples.decode("utf-8")).encode("utf-8")


def _wkt(text: str) -> str:
    """A WKT from Virtuoso with each coordinate as the shortest decimal that gives the same
    single-precision float (Virtuoso keeps geometries as such)."""
    return _NUMBER.sub(lambda m: _shortest_float32(m[0]), text)


def _shortest_float32(number: str) -> str:
    value = struct.unpack("f", struct.pack("f", float(number)))[0]
    for digits in range(1, 10):
        text = f"{value:.{digits}g}"
        if struct.unpack("f", struct.pack("f", float(text)))[0] == value:
            return text if "e" not in text else number
    return number


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, (list, tuple, set, frozenset)) else [value]


def _term(value: Any, variable: str) -> str:
    if value is None:
        return variable
    if isinstance(value, ox.NamedNode):
        return f"<{value.value}>"
    if isinstance(value, ox.Literal):
        return str(value)
    raise StoreError(f"quads_for_pattern: cannot match {value!r} on a remote store")


def _system(graph: str) -> bool:
    # the server's graphs and our build index: bookkeeping, not data
    return graph == INDEX_GRAPH or graph.startswith(SYSTEM_GRAPHS)


def _message(body: bytes) -> str:
    text = body.decode("utf-8", errors="replace").strip()
    try:
        return str(json.loads(text).get("message", text))[:1000]
    except (ValueError, AttributeError):
        return text[:1000]

