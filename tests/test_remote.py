"""kg.remote without a SPARQL server: counting the rows of an answer passed on, the query
form, and the pool's HTTP connection against a scripted loopback server."""

from __future__ import annotations

import http.client
import json
import re
import socket
import threading
import urllib.parse

import pytest

from kg.remote import Connection, RawResults, _gives_triples

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
    (None: close without answering), recording each request's head and body."""

    def __init__(self, answers: list[bytes | None]) -> None:
        self.answers = answers
        self.requests: list[bytes] = []
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}/sparql"
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        conn, _ = self.listener.accept()
        with conn, conn.makefile("rb") as reader:
            for answer in self.answers:
                head = b"".join(iter(lambda: reader.readline(), b"\r\n")) + b"\r\n"
                length = re.search(rb"Content-Length: (\d+)", head)
                self.requests.append(head + reader.read(int(length[1]) if length else 0))
                if answer is None:
                    return
                conn.sendall(answer)


def connection(server: Scripted) -> Connection:
    return Connection(urllib.parse.urlsplit(server.url), timeout=10)


def test_connection_reads_every_kind_of_body_on_one_connection() -> None:
    server = Scripted([
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


def test_connection_reports_a_server_that_closes_or_stops_short() -> None:
    conn = connection(Scripted([None]))
    with pytest.raises(http.client.RemoteDisconnected):
        conn.request("POST", "/sparql", b"q", {})
    conn = connection(Scripted([b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort"]))
    with pytest.raises(http.client.IncompleteRead):
        conn.request("POST", "/sparql", b"q", {"Connection": "close"})
    conn = connection(Scripted([b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab"]))
    with pytest.raises(http.client.IncompleteRead):
        conn.request("POST", "/sparql", b"q", {})
    conn = connection(Scripted([b"garbage\r\n\r\n"]))
    with pytest.raises(http.client.BadStatusLine):
        conn.request("POST", "/sparql", b"q", {})
