"""kg.remote without a SPARQL server: counting the rows of an answer passed on, the query
form, the pool's HTTP connection against a scripted loopback server, and TLS: a real HTTPS
server on loopback with a CA and certificates made by the ``openssl`` command at test time."""

from __future__ import annotations

import http.client
import json
import re
import shutil
import socket
import ssl
import subprocess
import threading
import time
import urllib.parse
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from kg.errors import StoreError
from kg.remote import Connection, RawResults, RemoteStore, _gives_triples

from .conftest import ROOT

JSON = "application/sparql-results+json"


def answer(values: list[str]) -> RawResults:
    """A SPARQL JSON answer with one row per value (one variable)."""
    rows = [{"x": {"type": "literal", "value": v}} for v in values]
    body = json.dumps({"head": {"vars": ["x"]}, "results": {"bindings": rows}})
    return RawResults(body.encode(), JSON)


def test_over_counts_rows_exactly_around_the_limit() -> None:
    ten = answer([str(i) for i in range(10)])
    assert not ten.over(10) and not ten.over(11)
    assert ten.over(9) and ten.over(1)
    assert not answer([]).over(0)
    ask = RawResults(b'{ "head": {}, "boolean": true }', JSON)
    assert not ask.over(0)


def test_braces_inside_literals_do_not_let_rows_past_the_limit() -> None:
    # the quick count (braces) is only an upper bound; literals full of them are parsed
    tricky = answer(["{},{}{{{"] * 3)
    assert not tricky.over(3) and tricky.over(2)
    assert answer(["{"] * 40).over(39) and not answer(["{"] * 40).over(40)


def test_query_form_is_remembered_and_syntax_errors_are_not() -> None:
    construct = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
    assert _gives_triples(construct, None) and _gives_triples(construct, None)
    assert not _gives_triples("SELECT * WHERE { ?s ?p ?o }", None)
    assert not _gives_triples("ASK {}", None)
    assert _gives_triples("DESCRIBE <http://example.org/a>", None)
    for _ in range(2):  # a malformed query is judged again each time, never cached as fine
        with pytest.raises(SyntaxError):
            _gives_triples("SELECT * WHERE { ?s ?p }", None)


# --- the pool's connection (kg.remote.Connection) against a scripted server ---------------

class Scripted:
    """A loopback server answering the requests of one connection with ``answers`` in turn
    (None: close without answering), recording each request's head and body; over TLS with
    a ``tls`` server context."""

    def __init__(self, answers: list[bytes | None], tls: ssl.SSLContext | None = None) -> None:
        self.answers = answers
        self.tls = tls
        self.requests: list[bytes] = []
        self.listener = socket.create_server(("127.0.0.1", 0))
        scheme = "https" if tls else "http"
        self.url = f"{scheme}://127.0.0.1:{self.listener.getsockname()[1]}/sparql"
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        conn, _ = self.listener.accept()
        if self.tls:
            conn = self.tls.wrap_socket(conn, server_side=True)
        with conn, conn.makefile("rb") as reader:
            for answer in self.answers:
                head = b"".join(iter(lambda: reader.readline(), b"\r\n")) + b"\r\n"
                length = re.search(rb"Content-Length: (\d+)", head)
                self.requests.append(head + reader.read(int(length[1]) if length else 0))
                if answer is None:
                    return
                conn.sendall(answer)


@pytest.fixture(params=["http", "https"])
def tls(request: pytest.FixtureRequest) -> ssl.SSLContext | None:
    """No TLS, then TLS with a trusted certificate: a connection test runs both ways."""
    return request.getfixturevalue("trusted") if request.param == "https" else None


def connection(server: Scripted) -> Connection:
    return Connection(urllib.parse.urlsplit(server.url), timeout=10)


def test_connection_reads_every_kind_of_body_on_one_connection(tls: ssl.SSLContext | None) -> None:
    server = Scripted(tls=tls, answers=[
        b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello",
        b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
        b"3;ext=1\r\nabc\r\n2\r\nde\r\n0\r\nTrailer: x\r\n\r\n",
        b"HTTP/1.1 204 No Content\r\n\r\n",
        b"HTTP/1.0 200 OK\r\n\r\nto the end",
    ])
    conn = connection(server)
    assert conn.request("POST", "/sparql", b"query=1", {"Accept": "a/b"}) == (
        200, b"hello", False)
    assert conn.request("GET", "/sparql?x", None, {}) == (200, b"abcde", False)
    assert conn.request("DELETE", "/g", None, {}) == (204, b"", False)
    assert conn.request("PUT", "/g", b"", {}) == (200, b"to the end", True)
    assert conn.sock is None  # closed with the answer that ran to the end of the connection
    first, second, _, fourth = server.requests
    assert first.startswith(b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1:")
    assert b"Accept: a/b\r\n" in first and first.endswith(b"Content-Length: 7\r\n\r\nquery=1")
    assert b"Content-Length" not in second and b"Content-Length: 0" in fourth


def test_connection_reports_a_server_that_closes_or_stops_short(tls: ssl.SSLContext | None) -> None:
    conn = connection(Scripted([None], tls))
    with pytest.raises(http.client.RemoteDisconnected):
        conn.request("POST", "/sparql", b"q", {})
    conn = connection(Scripted([b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort"], tls))
    with pytest.raises(http.client.IncompleteRead):
        conn.request("POST", "/sparql", b"q", {"Connection": "close"})
    conn = connection(Scripted([b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                b"5\r\nab"], tls))
    with pytest.raises(http.client.IncompleteRead):
        conn.request("POST", "/sparql", b"q", {})
    conn = connection(Scripted([b"garbage\r\n\r\n"], tls))
    with pytest.raises(http.client.BadStatusLine):
        conn.request("POST", "/sparql", b"q", {})


# --- TLS: a real HTTPS SPARQL server on loopback -----------------------------------------

GRAPH = "https://example.org/graph/a"
DATA = "".join(f'<https://example.org/s{i}> <https://example.org/p> "value {i} ٣" <{GRAPH}> .\n'
               for i in range(40))
SELECT = "SELECT ?s ?o WHERE { ?s <https://example.org/p> ?o } ORDER BY ?s"


class Pki:
    """A CA and certificates made with the ``openssl`` command in ``folder``: ``ca`` (the
    CA kg is told to trust), ``stranger`` (a CA it is not told about)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        for ca in ("ca", "stranger"):
            self._openssl("req", "-x509", *self._key(ca), "-out", f"{ca}.pem", "-days", "2",
                          "-subj", f"/CN=kg test {ca}",
                          "-addext", "basicConstraints=critical,CA:TRUE",
                          "-addext", "keyUsage=critical,keyCertSign,cRLSign")
        self.ca = folder / "ca.pem"

    def _openssl(self, *args: str) -> None:
        done = subprocess.run(["openssl", *args], cwd=self.folder, capture_output=True)
        assert done.returncode == 0, done.stderr.decode()

    def _key(self, name: str) -> list[str]:
        return ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                "-keyout", f"{name}.key"]

    def issue(self, name: str, names: str, ca: str = "ca") -> tuple[Path, Path]:
        """A server certificate for the subject alternative ``names``, signed by ``ca``."""
        self._openssl("req", *self._key(name), "-out", f"{name}.csr", "-subj", f"/CN={name}")
        (self.folder / f"{name}.ext").write_text(
            f"subjectAltName={names}\nbasicConstraints=CA:FALSE\n"
            "extendedKeyUsage=serverAuth\nsubjectKeyIdentifier=hash\n"
            "authorityKeyIdentifier=keyid\n")
        self._openssl("x509", "-req", "-in", f"{name}.csr", "-CA", f"{ca}.pem", "-CAkey",
                      f"{ca}.key", "-CAcreateserial", "-days", "2", "-extfile", f"{name}.ext",
                      "-out", f"{name}.pem")
        return self.folder / f"{name}.pem", self.folder / f"{name}.key"

    def context(self, name: str, names: str, ca: str = "ca") -> ssl.SSLContext:
        """A server-side TLS context with a new certificate (see :meth:`issue`)."""
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(*self.issue(name, names, ca))
        return context


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    assert shutil.which("openssl"), "the openssl command is needed to make test certificates"
    return Pki(tmp_path_factory.mktemp("pki"))


@pytest.fixture()
def trusted(pki: Pki, monkeypatch: pytest.MonkeyPatch) -> ssl.SSLContext:
    """A server context for 127.0.0.1 and localhost, its CA trusted as a user would tell kg
    (``SSL_CERT_FILE``)."""
    monkeypatch.setenv("SSL_CERT_FILE", str(pki.ca))
    return pki.context("loopback", "IP:127.0.0.1,DNS:localhost")


class SparqlOverTls(ThreadingHTTPServer):
    """A SPARQL server over HTTPS answering from a pyoxigraph store (default graph: the
    union): SELECT / ASK as SPARQL JSON with a Content-Length, CONSTRUCT as N-Triples in
    small chunks. Counts the connections it accepted and the TLS handshakes that failed."""

    daemon_threads = True

    def __init__(self, tls: ssl.SSLContext) -> None:
        super().__init__(("127.0.0.1", 0), SparqlHandler)
        self.tls = tls
        self.store = ox.Store()
        self.store.load(DATA, ox.RdfFormat.N_QUADS)
        self.accepted = 0
        self.chunked = 0
        self.refused: list[Exception] = []
        self.url = f"https://127.0.0.1:{self.server_address[1]}/sparql"

    def refusals(self, count: int, wait: float = 10) -> bool:
        """Whether ``count`` handshakes have failed (the server learns it after the client)."""
        deadline = time.monotonic() + wait
        while len(self.refused) < count and time.monotonic() < deadline:
            time.sleep(0.01)
        return len(self.refused) == count

    def finish_request(self, request: Any, client_address: Any) -> None:
        self.accepted += 1
        try:
            conn = self.tls.wrap_socket(request, server_side=True)
        except (ssl.SSLError, OSError) as e:  # the client refused our certificate
            self.refused.append(e)
            return
        with conn:
            self.RequestHandlerClass(conn, client_address, self)


class SparqlHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive
    server: SparqlOverTls

    def do_POST(self) -> None:
        form = urllib.parse.parse_qs(self.rfile.read(int(self.headers["Content-Length"])))
        answer = self.server.store.query(form[b"query"][0].decode(),
                                         use_default_graph_as_union=True)
        self.send_response(200)
        if isinstance(answer, ox.QueryTriples):
            body = answer.serialize(format=ox.RdfFormat.N_TRIPLES)
            self.send_header("Content-Type", "application/n-triples")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for i in range(0, len(body), 100):
                self.wfile.write(b"%x\r\n%s\r\n" % (len(body[i:i + 100]), body[i:i + 100]))
            self.wfile.write(b"0\r\n\r\n")
            self.server.chunked += 1
            return
        body = answer.serialize(format=ox.QueryResultsFormat.JSON)
        self.send_header("Content-Type", JSON)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        """Quiet."""


@pytest.fixture()
def serving(request: pytest.FixtureRequest) -> Iterator[Any]:
    """Start a :class:`SparqlOverTls` with a given server context; all stopped after."""
    servers: list[SparqlOverTls] = []

    def start(tls: ssl.SSLContext) -> SparqlOverTls:
        server = SparqlOverTls(tls)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def test_remote_store_over_tls_keeps_one_connection(serving: Any,
                                                    trusted: ssl.SSLContext) -> None:
    server = serving(trusted)
    store = RemoteStore.open(f"sparql+{server.url}")  # asks the server first
    local = ox.Store()
    local.load(DATA, ox.RdfFormat.N_QUADS)
    expected = [(r["s"], r["o"]) for r in local.query(SELECT, use_default_graph_as_union=True)]
    for _ in range(10):
        assert [(r["s"], r["o"]) for r in store.query(SELECT)] == expected
    assert list(store.graphs()) == [GRAPH]
    assert store.count() == 40
    for _ in range(3):  # CONSTRUCT answers come in 100-byte chunks
        got = ox.parse(store.graph_ntriples(GRAPH), ox.RdfFormat.N_TRIPLES)
        assert {(t.subject, t.predicate, t.object) for t in got} == {
            (q.subject, q.predicate, q.object) for q in local}
    assert server.chunked == 3
    # one TLS handshake for 16 requests: the pool kept the connection alive
    assert server.accepted == 1 and store.oxigraph.http.opened == 1
    assert store.oxigraph.http.sent == 16
    store.close()


def test_hostname_is_checked_against_the_url(serving: Any, trusted: ssl.SSLContext) -> None:
    server = serving(trusted)  # the certificate names 127.0.0.1 and localhost
    by_name = f"sparql+{server.url.replace('127.0.0.1', 'localhost')}"
    assert bool(RemoteStore.open(by_name).query("ASK { ?s ?p ?o }"))


def test_untrusted_certificate_is_refused_naming_the_endpoint(
        serving: Any, pki: Pki, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(pki.ca))
    server = serving(pki.context("untrusted", "IP:127.0.0.1", ca="stranger"))
    location = f"sparql+{server.url}"
    with pytest.raises(StoreError) as refused:
        RemoteStore.open(location)
    message = str(refused.value)
    assert message.startswith(f"{location}: the SPARQL server does not answer")
    assert "TLS certificate is refused" in message and "unable to get local issuer" in message
    assert "SSL_CERT_FILE" in message  # how to trust it
    # the command line says so in one line, no traceback, exit status 2
    done = subprocess.run([str(ROOT / ".venv/bin/kg"), "query", "ASK {}", "--store", location],
                          capture_output=True, text=True, cwd=ROOT, timeout=120,
                          env={"PATH": "/usr/bin:/bin", "SSL_CERT_FILE": str(pki.ca)})
    assert done.returncode == 2, done.stderr
    assert location in done.stderr and "TLS certificate" in done.stderr
    assert "Traceback" not in done.stderr
    assert server.refusals(2)  # both handshakes failed, nothing was answered


def test_hostname_mismatch_is_refused(serving: Any, pki: Pki,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(pki.ca))
    server = serving(pki.context("elsewhere", "DNS:db.example.org"))  # the trusted CA's
    with pytest.raises(StoreError) as refused:
        RemoteStore.open(f"sparql+{server.url}")
    assert "mismatch, certificate is not valid for '127.0.0.1'" in str(refused.value)
    assert server.refusals(1)
