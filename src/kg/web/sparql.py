"""The SPARQL 1.1 Protocol at ``/sparql``: queries, and updates when a write token is set.

Without ``KG_WRITE_TOKEN`` the endpoint is read-only (updates get 403). With a token set,
a POST with ``update=…`` or ``application/sparql-update`` carrying ``Authorization: Bearer``
runs as one oxigraph transaction (see :mod:`kg.web.auth`); ``using-graph-uri`` /
``using-named-graph-uri`` become USING / USING NAMED clauses (:func:`with_using`). Without
``default-graph-uri`` / ``named-graph-uri`` the default graph is the union of all named
graphs. Queries read through :mod:`kg.web.public`, which hides private graphs. Results are
negotiated through the one format table, :mod:`kg.formats` (``Accept`` with q-values, or
``format``). Queries longer than ``KG_MAX_QUERY_LENGTH`` characters get 414 (in a URL) or 413.

pyoxigraph cannot cancel a query, but it yields solutions lazily and releases the GIL while
computing them. So each query runs, with its serialisation, on a :class:`QueryRunner` worker
that checks the deadline and the row limit between solutions; a worker stuck in one long step
(say a COUNT over a cross join) is left to finish as a straggler while the client gets 503.
The runner holds at most ``KG_THREADS`` workers, so stragglers can't pile up without bound:
when all slots are taken the endpoint answers 503 with ``Retry-After`` at once.

A query POSTed as a form or ``application/sparql-query`` is answered by :class:`FastQueries`,
the app's WSGI entry, through the same functions but without Flask's request context and
hooks (``ASK {}`` over HTTP 0.45 → 0.24 ms in one process, where a bare waitress app takes
0.18 ms); every other request goes through Flask.

Updates run on the same runner under the same deadline. A timed-out update is not cancelled
either: the client gets 503 saying so, and the update still commits (all of it) or fails (none
of it) when it ends; a client must check before sending it again.
"""

from __future__ import annotations

import functools
import html
import io
import logging
import math
import queue
import re
import threading
import time
import traceback
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import unquote_to_bytes

import pyoxigraph as ox
from flask import Blueprint, Flask, Response, current_app, g, request
from werkzeug.datastructures import MIMEAccept
from werkzeug.exceptions import (
    BadRequest,
    Forbidden,
    NotAcceptable,
    RequestEntityTooLarge,
    RequestURITooLarge,
    ServiceUnavailable,
)
from werkzeug.http import parse_accept_header, parse_options_header
from werkzeug.utils import get_content_type

from kg.formats import BY_MEDIA_TYPE, BY_NAME, FORMATS, RDF_FORMATS, RESULT_FORMATS, Format
from kg.remote import RawResults
from kg.web import public
from kg.web.auth import READ_ONLY, require_writer, writes_enabled
from kg.web.public import PublicView

log = logging.getLogger(__name__)
bp = Blueprint("sparql", __name__)
T = TypeVar("T")

FORM = "application/x-www-form-urlencoded"
QUERY_TYPE = "application/sparql-query"
UPDATE_TYPE = "application/sparql-update"
SD = "http://www.w3.org/ns/sparql-service-description#"
W3C_FORMATS = "http://www.w3.org/ns/formats/"
VOID = "http://rdfs.org/ns/void#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
# How long past its deadline a request waits for a worker stuck in one uninterruptible
# oxigraph step before answering 503 and leaving the worker as a straggler.
GRACE_SECONDS = 0.25


class QueryTimeout(Exception):
    """A query ran past its deadline."""


class RunnerSaturated(Exception):
    """Every worker slot is taken (by running queries or stragglers)."""


class QueryRunner:
    """Runs jobs on at most ``workers`` threads, waiting for each no longer than its deadline.

    >>> QueryRunner(1).run(lambda: 42, time.monotonic() + 1)
    42
    """

    def __init__(self, workers: int) -> None:
        self._slots = threading.BoundedSemaphore(workers)
        self._lock = threading.Lock()
        self._busy = 0
        # Threads are kept between jobs (starting one per query cost ~0.1 ms and a GIL
        # hand-over); a slot guarantees a thread, so there are never more than ``workers``.
        self._jobs: queue.SimpleQueue[Callable[[], None]] = queue.SimpleQueue()
        self._idle = 0

    @property
    def busy(self) -> int:
        """Workers running now, stragglers included."""
        return self._busy

    def run(self, job: Callable[[], T], deadline: float) -> T:
        """Run ``job`` on a worker; return its result or re-raise its exception.

        Raises :class:`RunnerSaturated` when no slot is free and :class:`QueryTimeout` when
        the job is still running shortly after ``deadline`` (a ``time.monotonic()`` value).
        """
        if not self._slots.acquire(blocking=False):
            raise RunnerSaturated
        # A locked lock the worker releases when done: one futex each way, where a Future's
        # condition variable cost ~5 µs more per query.
        done = threading.Lock()
        done.acquire()
        outcome: list[tuple[T | None, BaseException | None]] = []

        def work() -> None:
            try:
                outcome.append((job(), None))
            except BaseException as e:
                _clear_frames(e)
                outcome.append((None, e))
            # Free the slot before waking the waiter, so a client's next request can't find
            # its own finished query still holding it; this thread is idle from now on.
            with self._lock:
                self._busy -= 1
                self._idle += 1
            self._slots.release()
            done.release()

        with self._lock:
            self._busy += 1
            spawn = self._idle == 0
            self._idle -= 0 if spawn else 1
        self._jobs.put(work)
        if spawn:
            # Daemon threads rather than a ThreadPoolExecutor: the executor joins its threads
            # at interpreter exit, so one straggler in a long oxigraph step would block it.
            threading.Thread(target=self._worker, name="kg-query", daemon=True).start()
        if not done.acquire(timeout=max(0.0, deadline - time.monotonic()) + GRACE_SECONDS):
            raise QueryTimeout
        result, error = outcome.pop()
        if error is None:
            return result  # type: ignore[return-value]
        try:
            raise error
        finally:
            del error  # no reference cycle through this frame (as Future.result)

    def _worker(self) -> None:
        while True:
            self._jobs.get()()


def _clear_frames(error: BaseException) -> None:
    """Drop the locals of the frames in ``error``'s tracebacks (chained ones too).

    pyoxigraph's result iterators must be freed on the thread that made them, and a
    traceback's frames would carry them to the request thread or the garbage collector's.
    """
    pending: list[BaseException | None] = [error]
    seen: set[int] = set()
    while pending:
        e = pending.pop()
        if e is None or id(e) in seen:
            continue
        seen.add(id(e))
        traceback.clear_frames(e.__traceback__)
        pending += [e.__cause__, e.__context__]


class _Bounded:
    """Iterates ``items`` up to ``limit`` of them (then sets ``truncated``) or the deadline."""

    def __init__(self, items: Iterable[Any], limit: int, deadline: float) -> None:
        self._items = items
        self._limit = limit
        self._deadline = deadline
        self.truncated = False

    def __iter__(self) -> Iterator[Any]:
        for n, item in enumerate(self._items):
            if time.monotonic() > self._deadline:
                raise QueryTimeout
            # Pulling one item past the limit tells "exactly limit" from "more than limit".
            if n == self._limit:
                self.truncated = True
                return
            yield item


# Strings, IRIs and comments, blanked before looking for keywords so that text inside them
# (a literal "SERVICE", a '#' inside an IRI) can't fool the checks below.
_LEXICAL = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""' r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
                      r'|"(?:[^"\\\n]|\\.)*"' r"|'(?:[^'\\\n]|\\.)*'"
                      r'|<[^<>"{}|^`\\\s]*>|#[^\n]*', re.S)
_KEYWORD = r"(?<![\w?$:.-]){}\s*"
_TARGET = r"(?:<|[A-Za-z_][\w.-]*:|:|\?|\$)"
_UPDATE = re.compile(r"\s*(?:(?:PREFIX\s*[\w.-]*:\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*"
                     r"(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.I)
_SERVICE = re.compile(_KEYWORD.format("SERVICE") + r"(?:SILENT\s*)?" + _TARGET, re.I)
_FROM_DEFAULT = re.compile(_KEYWORD.format("FROM") + r"(?!NAMED\b)" + _TARGET, re.I)
# What makes an update's dataset its own (protocol parameters may not be combined with these).
_OWN_DATASET = re.compile(_KEYWORD.format("(?:USING|WITH)") + _TARGET + "|"
                          + _KEYWORD.format("USING") + "NAMED", re.I)
_BRACE_OR_WHERE = re.compile(r"[{}]|(?<![\w?$:.-])(WHERE|DELETE)\b", re.I)


def _mentions(code: str, word: str, pattern: re.Pattern[str]) -> bool:
    """Whether ``pattern`` (a keyword ``word`` in context) occurs in ``code``; looked for only
    when the word occurs at all (~10 µs per regex search on a short query, 0.2 µs not)."""
    return word in code.upper() and pattern.search(code) is not None


def _code(query: str) -> str:
    """``query`` with strings, comments and IRIs' insides blanked, offsets unchanged."""
    def blank(m: re.Match[str]) -> str:
        text = m.group()
        if text.startswith("<"):
            return "<" + " " * (len(text) - 2) + ">"
        return re.sub(r"[^\n]", " ", text)
    return _LEXICAL.sub(blank, query)


def with_using(update: str, default: list[str], named: list[str]) -> str:
    """``update`` with ``USING`` / ``USING NAMED`` clauses put in every operation with a WHERE.

    That is what the protocol's ``using-graph-uri`` / ``using-named-graph-uri`` mean. A
    ``DELETE WHERE { P }`` (which takes no USING) becomes ``DELETE { P } USING … WHERE { P }``.
    Raises BadRequest when the update names its own dataset (USING or WITH).

    >>> with_using("INSERT { ?s a <T> } WHERE { ?s ?p ?o }", ["https://ex.org/g"], [])
    'INSERT { ?s a <T> } USING <https://ex.org/g> WHERE { ?s ?p ?o }'
    """
    code = _code(update)
    if _OWN_DATASET.search(code):
        raise BadRequest("using-graph-uri / using-named-graph-uri cannot be combined with an "
                         "update that has its own USING, USING NAMED or WITH clause")
    clauses = " ".join([f"USING <{g}>" for g in default] + [f"USING NAMED <{g}>" for g in named])
    out: list[str] = []
    done, depth, previous = 0, 0, ""
    tokens = list(_BRACE_OR_WHERE.finditer(code))
    for i, m in enumerate(tokens):
        token = m.group().upper()
        if token == "{":
            depth += 1
        elif token == "}":
            depth -= 1
        elif token == "WHERE" and depth == 0:
            insert = clauses + " "
            if previous == "DELETE" and code[tokens[i - 1].end():m.start()].strip() == "":
                pattern = _group_at(update, tokens, i + 1)
                insert = pattern + " " + insert
            out += [update[done:m.start()], insert]
            done = m.start()
        previous = token
    return "".join(out) + update[done:]


def _group_at(update: str, tokens: list[re.Match[str]], first: int) -> str:
    """The text of the ``{…}`` group whose opening brace is ``tokens[first]``."""
    if first >= len(tokens) or tokens[first].group() != "{":
        raise BadRequest("DELETE WHERE must be followed by a { … } pattern")
    depth = 0
    for m in tokens[first:]:
        depth += {"{": 1, "}": -1}.get(m.group(), 0)
        if depth == 0:
            return update[tokens[first].start():m.end()]
    raise BadRequest("unbalanced braces in the update")


def _decode_params(raw: bytes, where: str) -> dict[str, list[str]]:
    # Werkzeug would replace bad UTF-8 with U+FFFD silently; the protocol wants UTF-8, so
    # decode strictly and say so.
    params: dict[str, list[str]] = defaultdict(list)
    for part in raw.split(b"&"):
        if not part:
            continue
        name, _, value = part.partition(b"=")
        try:
            key = unquote_to_bytes(name.replace(b"+", b" ")).decode("utf-8")
            params[key].append(unquote_to_bytes(value.replace(b"+", b" ")).decode("utf-8"))
        except UnicodeDecodeError:
            raise BadRequest(f"the {where} is not valid UTF-8 once percent-decoded") from None
    return params


def _single(params: dict[str, list[str]], name: str) -> str | None:
    values = params.get(name, [])
    if len(values) > 1:
        raise BadRequest(f"give the {name!r} parameter once, not {len(values)} times")
    return values[0] if values else None


@dataclass(frozen=True)
class Operation:
    """What a request asks for: ``kind`` is ``query`` or ``update``; ``text`` may be None."""

    kind: str
    params: dict[str, list[str]]
    text: str | None


def _read_request() -> Operation:
    """The operation of the Flask request (see :func:`_operation`)."""
    return _operation(request.method, request.query_string, request.mimetype,
                      request.mimetype_params, request.get_data, require_writer)


def _operation(method: str, query_string: bytes, ctype: str, ctype_params: dict[str, str],
               get_body: Callable[[], bytes], require_writer: Callable[[], None]) -> Operation:
    """The operation, its protocol parameters and its text (None when there is none).

    ``get_body`` reads the body; ``require_writer`` raises unless the request may write.
    """
    url = _decode_params(query_string, "URL query string")
    if "update" in url:
        if not writes_enabled():
            raise Forbidden(READ_ONLY)
        raise BadRequest("send a SPARQL Update in the body of a POST, not in the URL")
    if method in ("GET", "HEAD"):
        return Operation("query", url, _single(url, "query"))
    if ctype == UPDATE_TYPE:
        # Check the token before reading the body: a refused write costs us nothing.
        require_writer()
        return Operation("update", url, _utf8_body(ctype_params, "update", get_body))
    if ctype == FORM:
        body = _decode_params(get_body(), "request body")
        if "update" in body:
            require_writer()
            if "query" in body:
                raise BadRequest("give either query=… or update=…, not both")
            params = defaultdict(list, {name: list(values) for name, values in url.items()})
            for name, values in body.items():
                params[name] += values
            return Operation("update", params, _single(params, "update"))
        if "query" in url and "query" in body:
            raise BadRequest("the query is given both in the URL and in the body; send it once")
        params = defaultdict(list, {name: list(values) for name, values in url.items()})
        for name, values in body.items():
            params[name] += values
        return Operation("query", params, _single(params, "query"))
    if ctype == QUERY_TYPE:
        if "query" in url:
            raise BadRequest("the query is given both in the URL and in the body; send it once")
        return Operation("query", url, _utf8_body(ctype_params, "query", get_body))
    shown = f"Content-Type {ctype}" if ctype else "no Content-Type"
    raise BadRequest(f"a POST with {shown} is not a SPARQL query; use {FORM} with query=… "
                     f"or {QUERY_TYPE} with the query as the body")


def _utf8_body(mimetype_params: dict[str, str], what: str, get_body: Callable[[], bytes]
               ) -> str:
    charset = mimetype_params.get("charset", "utf-8").lower()
    if charset not in ("utf-8", "utf8"):
        raise BadRequest(f"send the {what} as UTF-8, not {charset}")
    try:
        return get_body().decode("utf-8")
    except UnicodeDecodeError:
        raise BadRequest("the request body is not valid UTF-8") from None


def _format_param(params: dict[str, list[str]]) -> Format | None:
    name = _single(params, "format")
    if not name:
        return None
    fmt = BY_NAME.get(name) or BY_MEDIA_TYPE.get(name)
    if fmt is None:
        raise BadRequest(f"unknown format {name!r}; choose one of {', '.join(BY_NAME)}")
    return fmt


def _timeout(params: dict[str, list[str]], most: float) -> float:
    raw = _single(params, "timeout")
    if raw is None:
        return most
    try:
        seconds = float(raw)
    except ValueError:
        seconds = math.nan
    if not seconds > 0:
        raise BadRequest(f"timeout must be a positive number of seconds, not {raw!r}")
    return min(seconds, most)


def _iris(params: dict[str, list[str]], name: str) -> list[ox.NamedNode]:
    try:
        return [ox.NamedNode(v) for v in params.get(name, [])]
    except ValueError as e:
        raise BadRequest(f"{name}: {e}") from None


def _dataset(params: dict[str, list[str]], code: str) -> dict[str, Any]:
    """Keyword arguments of :meth:`PublicView.query` for the request's RDF dataset."""
    default, named = _iris(params, "default-graph-uri"), _iris(params, "named-graph-uri")
    if default or named:
        # The protocol's dataset replaces the query's FROM / FROM NAMED, and a graph left
        # unspecified is empty.
        return {"default_graph": default, "named_graphs": named}
    # oxigraph's union flag would also override a FROM clause of the query itself.
    return {"use_default_graph_as_union": not _mentions(code, "FROM", _FROM_DEFAULT)}


def negotiate(kind: str, fmt: Format | None, accept: MIMEAccept,
              offered: tuple[Format, ...] | None = None) -> tuple[Format, str]:
    """The format to answer with and its media type: ``fmt`` if given, else Accept's best.

    ``kind`` is ``results`` (SELECT/ASK) or ``rdf`` (graphs). No Accept header or ``*/*``
    gives the first offered format (JSON, Turtle); a wildcard prefers canonical media types
    to aliases, and an alias asked for by name is answered under that name.
    Raises NotAcceptable (406).

    >>> negotiate("rdf", None, MIMEAccept([("application/ld+json", 1), ("*/*", 0.1)]))[1]
    'application/ld+json'
    """
    if offered is None:
        offered = RESULT_FORMATS if kind == "results" else RDF_FORMATS
    what = "SELECT and ASK results" if kind == "results" else "RDF graphs"
    if fmt is not None:
        if fmt not in offered:
            names = ", ".join(f.name for f in offered)
            raise NotAcceptable(f"format {fmt.name!r} cannot carry {what}; choose one of {names}")
        return fmt, fmt.media_type
    if not accept:
        return offered[0], offered[0].media_type
    best = _best_match(offered, tuple(accept))
    if best is None:
        raise NotAcceptable(f"none of the accepted media types can carry {what}; this "
                            f"endpoint offers {', '.join(f.media_type for f in offered)}")
    return BY_MEDIA_TYPE[best], best


@functools.lru_cache(maxsize=256)
def _best_match(offered: tuple[Format, ...], accept: tuple[tuple[str, float], ...]) -> str | None:
    # Clients send the same few Accept headers again and again; matching one costs ~20 µs.
    canonical = [f.media_type for f in offered]
    return MIMEAccept(accept).best_match(canonical + [t for f in offered for t in f.aliases])


def _tsv_term(term: Any) -> str:
    if isinstance(term, ox.Triple):
        s, p, o = (_tsv_term(t) for t in (term.subject, term.predicate, term.object))
        return f"<<( {s} {p} {o} )>>"
    return str(term)  # N-Triples syntax, which is what SPARQL TSV cells are


def _solutions_as_tsv(variables: list[ox.Variable], rows: Iterable[ox.QuerySolution]) -> bytes:
    lines = ["\t".join(str(v) for v in variables)]
    for row in rows:
        lines.append("\t".join("" if row[v] is None else _tsv_term(row[v]) for v in variables))
    return ("\n".join(lines) + "\n").encode("utf-8")


class _TooMany(Exception):
    """More rows than the limit."""


class _CappedJson:
    """A file for oxigraph's SPARQL JSON writer that gives up past the deadline or once the
    answer may hold more than ``limit`` rows (it counts the ``},{`` between two rows; one
    inside a literal counts too, which only ever sends an answer to the row-by-row path)."""

    def __init__(self, limit: int, deadline: float) -> None:
        self.chunks: list[bytes] = []
        self._limit = limit
        self._deadline = deadline
        self._between = 0
        self._tail = b""

    def write(self, data: bytes) -> int:
        if time.monotonic() > self._deadline:
            raise QueryTimeout
        chunk = bytes(data)
        self._between += (self._tail + chunk).count(b"},{")
        self._tail = chunk[-2:]
        if self._between >= self._limit:
            raise _TooMany
        self.chunks.append(chunk)
        return len(chunk)

    def flush(self) -> None:
        return None


@dataclass(frozen=True)
class Answer:
    body: bytes
    media_type: str
    truncated: bool


@dataclass(frozen=True)
class Job:
    """Everything a worker needs, copied out of the request (workers have no request)."""

    store: PublicView
    query: str
    dataset: dict[str, Any]
    format: Format | None
    accept: MIMEAccept
    limit: int
    deadline: float

    def __call__(self) -> Answer:
        # a remote store may hand on the server's own answer (kg.remote.RawResults)
        extra = {"answer_as": self._negotiate} if self.store.remote else {}
        try:
            result = self.store.query(self.query, **self.dataset, **extra)
        except SyntaxError as e:
            if _UPDATE.match(_code(self.query)):
                raise BadRequest("this is a SPARQL Update, not a query; " + READ_ONLY) from None
            raise BadRequest(f"SPARQL syntax error: {e}") from None
        except RuntimeError as e:
            raise _unsupported(e) from None
        if isinstance(result, RawResults):
            if not result.over(self.limit):
                return Answer(result.body, result.media_type, False)
            result = result.parsed()  # too many rows: cut below, as any answer
        if isinstance(result, ox.QueryBoolean):
            fmt, media_type = negotiate("results", self.format, self.accept)
            return Answer(result.serialize(format=fmt.oxigraph), media_type, False)
        rows = _Bounded(result, self.limit, self.deadline)
        if isinstance(result, ox.QuerySolutions):
            fmt, media_type = negotiate("results", self.format, self.accept)
            if fmt.oxigraph == ox.QueryResultsFormat.JSON:
                # The common case: oxigraph writes it, into a file that stops at the limit
                # or deadline (no rows through Python: 5-8× faster for 1,000s of rows).
                out = _CappedJson(self.limit, self.deadline)
                try:
                    result.serialize(out, format=fmt.oxigraph)
                    return Answer(b"".join(out.chunks), media_type, False)
                except _TooMany:  # too many rows (maybe): again, row by row
                    result = self.store.query(self.query, **self.dataset)
                    rows = _Bounded(result, self.limit, self.deadline)
            # pyoxigraph serialises only a whole QuerySolutions, but we must stop at the
            # limit or deadline: rows we iterated are re-read from TSV (whose cells are
            # N-Triples terms) so oxigraph still writes every results format.
            tsv = _solutions_as_tsv(result.variables, rows)
            body = ox.parse_query_results(tsv, ox.QueryResultsFormat.TSV).serialize(
                format=fmt.oxigraph)
        else:
            fmt, media_type = negotiate("rdf", self.format, self.accept)
            body = ox.serialize(rows, format=fmt.oxigraph)
        return Answer(body, media_type, rows.truncated)

    def _negotiate(self, kind: str) -> tuple[Format, str]:
        return negotiate(kind, self.format, self.accept)



def _unsupported(e: RuntimeError) -> Exception:
    """A request the engine refuses before running it (e.g. a custom function such as
    ``bif:contains`` that oxigraph does not implement) is the client's error: 400."""
    if "is not supported" in str(e):
        return BadRequest(f"not supported by this endpoint's SPARQL engine: {e}")
    return e
def _run(job: Callable[[], T], deadline: float, timeout: float, what: str = "query") -> T:
    """Run ``job`` on the app's runner, turning overload and timeouts into 503s."""
    runner: QueryRunner = current_app.extensions["kg.queries"]
    metrics = current_app.extensions["kg.metrics"]
    try:
        return runner.run(job, deadline)
    except RunnerSaturated:
        metrics.incr("rejected")
        retry = math.ceil(current_app.config["KG_QUERY_TIMEOUT"])
        raise ServiceUnavailable("the server is busy with other queries; retry later",
                                 retry_after=retry) from None
    except QueryTimeout:
        metrics.incr("timeouts")
        log.warning("%s timed out after %.1f s", what, timeout)
        if what == "update":
            # oxigraph cannot cancel it: it keeps running, and commits (all of it) or not.
            raise ServiceUnavailable(
                f"the update did not finish within its time limit of {timeout:g} s; it is "
                "still running and may yet be applied, wholly or not at all: check before "
                "sending it again") from None
        raise ServiceUnavailable(f"the query did not finish within its time limit of "
                                 f"{timeout:g} s; make it more selective") from None


@bp.route("/sparql", methods=["GET", "POST"])
def sparql() -> Response:
    """SPARQL 1.1 Protocol query and update operations; GET without a query: the description."""
    operation = _read_request()
    return _OPERATIONS[operation.kind](operation.params, operation.text)


def _update(params: dict[str, list[str]], update: str | None) -> Response:
    """Apply a SPARQL Update (the caller has checked the token) in one transaction."""
    if update is None or not update.strip():
        raise BadRequest("the update is empty")
    if _mentions(_code(update), "SERVICE", _SERVICE):
        raise BadRequest("federated updates (SERVICE) are not enabled on this endpoint")
    using = [g.value for g in _iris(params, "using-graph-uri")]
    using_named = [g.value for g in _iris(params, "using-named-graph-uri")]
    if using or using_named:
        update = with_using(update, using, using_named)
    store: ox.Store = current_app.extensions["kg.store"].oxigraph
    timeout = _timeout(params, current_app.config["KG_QUERY_TIMEOUT"])
    try:
        # On a worker like a query, so a long update answers 503 at its deadline instead of
        # holding this request thread; see _run for what that 503 means for the data.
        # Relative IRIs resolve against the dataset's base, as in Graph Store uploads.
        base = current_app.config["KG_BASE_IRI"]
        _run(lambda: store.update(update, base_iri=base), time.monotonic() + timeout, timeout,
             "update")
    except SyntaxError as e:
        raise BadRequest(f"SPARQL Update syntax error: {e}") from None
    except RuntimeError as e:
        raise _unsupported(e) from None
    finally:
        public.forget()  # the update may have added or dropped (private) graphs
    log.info("SPARQL Update applied (%d characters)", len(update))
    return Response(status=204)


def run_query(query: str, fmt: Format | None, accept: MIMEAccept,
              params: dict[str, list[str]] | None = None) -> Answer:
    """Run ``query`` as the endpoint does, inside a request: checks, dataset, row limit, timeout.

    ``params`` are protocol parameters (``default-graph-uri``, ``timeout`` …). Raises the
    endpoint's HTTP errors (400 syntax, 406, 503 timeout or overload).
    """
    params = params or {}
    if not query.strip():
        raise BadRequest("the query is empty")
    most = current_app.config["KG_MAX_QUERY_LENGTH"]
    if len(query) > most:
        # 414 when it came in the URL, 413 in a body; the same message either way.
        too_long = RequestURITooLarge if request.method in ("GET", "HEAD") else (
            RequestEntityTooLarge)
        raise too_long(f"the query is {len(query)} characters long; this endpoint takes at "
                       f"most {most} (setting KG_MAX_QUERY_LENGTH)")
    code = _code(query)
    if _mentions(code, "SERVICE", _SERVICE):
        raise BadRequest("federated queries (SERVICE) are not enabled on this endpoint")
    config = current_app.config
    timeout = _timeout(params, config["KG_QUERY_TIMEOUT"])
    deadline = time.monotonic() + timeout
    job = Job(public.view(), query, _dataset(params, code), fmt,
              accept, config["KG_MAX_RESULTS"], deadline)
    return _run(job, deadline, timeout)


def _query(params: dict[str, list[str]], query: str | None) -> Response:
    """Answer a query operation (or, for a bare GET, the service description)."""
    if query is None:
        if request.method in ("GET", "HEAD") and set(params) <= {"format"}:
            return service_description(_format_param(params))
        raise BadRequest("no query: pass it as query=… (GET or form POST) "
                         f"or as the body of a POST with Content-Type {QUERY_TYPE}")
    answer = run_query(query, _format_param(params), request.accept_mimetypes, params)
    response = Response(answer.body, mimetype=answer.media_type)
    response.vary.add("Accept")
    if answer.truncated:
        current_app.extensions["kg.metrics"].incr("truncated")
        response.headers["X-KG-Truncated"] = "true"
    return response


_OPERATIONS: dict[str, Callable[[dict[str, list[str]], str | None], Response]] = {
    "query": _query, "update": _update}


# --- the fast path ---------------------------------------------------------------------------

WSGIEnviron = dict[str, Any]
StartResponse = Callable[..., Any]


class _ToFlask(Exception):
    """A request the fast path leaves to Flask."""


def _to_flask() -> None:
    raise _ToFlask


@functools.lru_cache(maxsize=256)
def _accept(header: str) -> MIMEAccept:
    return parse_accept_header(header, MIMEAccept)


class FastQueries:
    """The app's WSGI entry: SPARQL queries POSTed to ``/sparql`` answered without Flask's
    request machinery, everything else handed to Flask.

    Flask's request context, URL matching and before/after hooks cost ~0.1 ms per request,
    as much as a one-pattern lookup takes oxigraph. A plain query POST (a form or a
    ``application/sparql-query`` body with a Content-Length, no ``update``, no ``lang``) runs
    here through the same code as the view (:func:`_operation`, :func:`run_query`), answered
    with the headers the hooks add (``headers``: CORS, security) plus the view's, and counted
    in the metrics under ``/sparql``; ``before`` is the app's store-following hook. An error
    is rendered by the app's error handlers and after-request hooks, without running the query
    again; a request it does not take goes to Flask whole (a test keeps both paths' headers
    the same).
    """

    def __init__(self, app: Flask, before: Callable[[], None],
                 headers: list[tuple[str, str]]) -> None:
        self.app = app
        self.flask = app.wsgi_app
        self.before = before
        self.headers = headers

    def __call__(self, environ: WSGIEnviron, start_response: StartResponse) -> Iterable[bytes]:
        ctype, ctype_params = parse_options_header(environ.get("CONTENT_TYPE", ""))
        length = environ.get("CONTENT_LENGTH") or ""
        query_string = environ.get("QUERY_STRING", "")
        if (environ.get("PATH_INFO") != "/sparql" or environ.get("REQUEST_METHOD") != "POST"
                or ctype not in (FORM, QUERY_TYPE) or not length.isdigit()
                or int(length) > self.app.config["MAX_CONTENT_LENGTH"]
                or "lang" in query_string or "update" in query_string):
            return self.flask(environ, start_response)
        body = environ["wsgi.input"].read(int(length))
        environ["wsgi.input"] = io.BytesIO(body)  # for Flask, should it take over
        started = time.perf_counter()
        with self.app.app_context():
            g.kg_started = started  # the metrics hook's clock, should the error path run
            try:
                self.before()
                operation = _operation("POST", query_string.encode("latin-1"), ctype,
                                       ctype_params, lambda: body, _to_flask)
                query = operation.text
                if query is None or len(query) > self.app.config["KG_MAX_QUERY_LENGTH"]:
                    raise _ToFlask
                answer = run_query(query, _format_param(operation.params),
                                   _accept(environ.get("HTTP_ACCEPT", "")), operation.params)
            except _ToFlask:
                pass
            except Exception as e:  # every error goes to the app's handlers
                with self.app.request_context(environ):
                    response = self.app.finalize_request(self.app.handle_user_exception(e))
                return response(environ, start_response)
            else:
                return self._answer(answer, started, start_response)
        return self.flask(environ, start_response)

    def _answer(self, answer: Answer, started: float, start_response: StartResponse
                ) -> list[bytes]:
        metrics = current_app.extensions["kg.metrics"]
        headers = [("Content-Type", get_content_type(answer.media_type, "utf-8")),
                   ("Content-Length", str(len(answer.body))), ("Vary", "Accept"),
                   *self.headers]
        if answer.truncated:
            metrics.incr("truncated")
            headers.append(("X-KG-Truncated", "true"))
        metrics.record("/sparql", 200, time.perf_counter() - started)
        start_response("200 OK", headers)
        return [answer.body]


# --- service description -------------------------------------------------------------------

_COUNTS = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"
_UNION_COUNT = ("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o "
                "WHERE { GRAPH ?g { ?s ?p ?o } } }")


def describe_service(store: PublicView, endpoint: str,
                     writes: bool = False) -> list[ox.Triple]:
    """The SPARQL 1.1 Service Description of the endpoint, with VoID triple counts.

    Result formats are named by their W3C IRIs (http://www.w3.org/ns/formats/).
    """
    def iri(ns: str, local: str) -> ox.NamedNode:
        return ox.NamedNode(ns + local)

    def triples_count(node: ox.BlankNode | ox.NamedNode, n: ox.Literal) -> list[ox.Triple]:
        return [ox.Triple(node, RDF_TYPE, iri(SD, "Graph")),
                ox.Triple(node, iri(VOID, "triples"), n)]

    service, dataset, default = ox.NamedNode(endpoint), ox.BlankNode(), ox.BlankNode()
    out = [ox.Triple(service, RDF_TYPE, iri(SD, "Service")),
           ox.Triple(service, iri(SD, "endpoint"), service),
           ox.Triple(service, iri(SD, "supportedLanguage"), iri(SD, "SPARQL11Query")),
           *([ox.Triple(service, iri(SD, "supportedLanguage"), iri(SD, "SPARQL11Update"))]
             if writes else []),
           ox.Triple(service, iri(SD, "feature"), iri(SD, "UnionDefaultGraph")),
           ox.Triple(service, iri(SD, "feature"), iri(SD, "EmptyGraphs")),
           ox.Triple(service, iri(SD, "defaultDataset"), dataset),
           ox.Triple(dataset, RDF_TYPE, iri(SD, "Dataset")),
           ox.Triple(dataset, iri(SD, "defaultGraph"), default)]
    out += [ox.Triple(service, iri(SD, "resultFormat"), ox.NamedNode(w3c_format(f)))
            for f in FORMATS]
    union = next(iter(store.query(_UNION_COUNT)))["n"]
    out += triples_count(default, union)
    for row in store.query(_COUNTS):
        named, graph = ox.BlankNode(), ox.BlankNode()
        out += [ox.Triple(dataset, iri(SD, "namedGraph"), named),
                ox.Triple(named, RDF_TYPE, iri(SD, "NamedGraph")),
                ox.Triple(named, iri(SD, "name"), row["g"]),
                ox.Triple(named, iri(SD, "graph"), graph),
                *triples_count(graph, row["n"])]
    return out


def w3c_format(fmt: Format) -> str:
    """The format's IRI in the W3C list (pyoxigraph names JSON-LD by another IRI).

    >>> w3c_format(BY_NAME["jsonld"])
    'http://www.w3.org/ns/formats/JSON-LD'
    """
    return W3C_FORMATS + fmt.oxigraph.iri.rpartition("/")[2]


_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>SPARQL endpoint</title></head>
<body>
<h1>SPARQL endpoint</h1>
<p>SPARQL 1.1 Protocol (queries only) at <code>{endpoint}</code>. The default graph is the
union of all named graphs. A query may run {timeout:g} s and return {limit} rows.</p>
<form method="get" action="{endpoint}">
<p><textarea name="query" rows="12" cols="90">{example}</textarea></p>
<p><label>Format <select name="format"><option value="">by Accept header</option>
{options}</select></label> <button type="submit">Run query</button></p>
</form>
</body></html>
"""
_EXAMPLE = ("SELECT ?graph (COUNT(*) AS ?triples)\nWHERE { GRAPH ?graph { ?s ?p ?o } }\n"
            "GROUP BY ?graph\nORDER BY DESC(?triples)\nLIMIT 20")


def service_description(fmt: Format | None) -> Response:
    """The description as RDF (Turtle unless asked otherwise) or, for browsers, a form."""
    endpoint = request.base_url
    if fmt is None and request.accept_mimetypes.best_match(
            [*(f.media_type for f in RDF_FORMATS), "text/html"]) == "text/html":
        config = current_app.config
        options = "\n".join(f'<option value="{f.name}">{f.name} ({f.media_type})</option>'
                            for f in FORMATS)
        page = _PAGE.format(endpoint=html.escape(endpoint), timeout=config["KG_QUERY_TIMEOUT"],
                            limit=config["KG_MAX_RESULTS"], example=html.escape(_EXAMPLE),
                            options=options)
        response = Response(page, mimetype="text/html")
    else:
        out, media_type = negotiate("rdf", fmt, request.accept_mimetypes)
        store = public.view()
        deadline = time.monotonic() + current_app.config["KG_QUERY_TIMEOUT"]
        writes = writes_enabled()
        triples = _run(lambda: describe_service(store, endpoint, writes), deadline,
                       current_app.config["KG_QUERY_TIMEOUT"])
        prefixes = {"sd": SD, "void": VOID, "formats": "http://www.w3.org/ns/formats/"}
        body = ox.serialize(triples, format=out.oxigraph, prefixes=prefixes)
        response = Response(body, mimetype=media_type)
    response.vary.add("Accept")
    return response
