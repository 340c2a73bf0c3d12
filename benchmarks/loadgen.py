"""HTTP load generator: N keep-alive clients over real sockets for a fixed duration.

One asyncio event loop drives every client on raw TCP connections (HTTP/1.1 keep-alive,
pre-encoded requests, just enough response parsing to frame the body), because the
generator shares the machine's two CPUs with the server it measures: a request costs it
tens of microseconds, where a thread pool of ``http.client`` connections would cost several
times that. Each result says how much CPU the generator used, so a reader can tell.

    python benchmarks/loadgen.py http://127.0.0.1:8080 /sparql?query=ASK%7B%7D \\
        --clients 32 --duration 30 --server-pid 1234

As a library: :func:`run` takes :class:`Request` objects (with weights) and returns a
:class:`Result` with requests/s, latency percentiles, status and error counts, overall and
per request kind.
"""

from __future__ import annotations

import argparse
import asyncio
import math
import os
import random
import resource
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

# A response whose headers are not complete within this many bytes is a protocol error.
MAX_HEADER = 64 * 1024


@dataclass(frozen=True)
class Request:
    """One request the clients may send; ``kind`` labels it in the per-kind figures."""

    kind: str
    target: str  # path and query string, e.g. "/sparql?query=…"
    method: str = "GET"
    headers: tuple[tuple[str, str], ...] = ()
    body: bytes = b""
    weight: float = 1.0

    def encode(self, host: str) -> bytes:
        """The request as bytes on the wire (HTTP/1.1, keep-alive)."""
        lines = [f"{self.method} {self.target} HTTP/1.1", f"Host: {host}"]
        lines += [f"{name}: {value}" for name, value in self.headers]
        if self.body or self.method in ("POST", "PUT"):
            lines.append(f"Content-Length: {len(self.body)}")
        return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + self.body


@dataclass
class KindStats:
    """What came back for one request kind."""

    latencies: list[float] = field(default_factory=list)  # seconds, answered requests only
    statuses: Counter[int] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)  # no answer: timeout, reset, …
    retry_after: int = 0  # 503 answers carrying Retry-After
    bytes: int = 0

    @property
    def answered(self) -> int:
        return sum(self.statuses.values())

    def percentile(self, q: float) -> float:
        """Latency (seconds) at percentile ``q`` (0–100, nearest rank); nan with no answers."""
        if not self.latencies:
            return math.nan
        ordered = sorted(self.latencies)
        rank = max(1, math.ceil(q / 100 * len(ordered)))
        return ordered[rank - 1]

    def merge(self, other: KindStats) -> None:
        self.latencies += other.latencies
        self.statuses.update(other.statuses)
        self.errors.update(other.errors)
        self.retry_after += other.retry_after
        self.bytes += other.bytes


@dataclass
class Result:
    """The outcome of one :func:`run`."""

    clients: int
    seconds: float  # wall time the clients were sending
    client_cpu: float  # CPU seconds the generator itself used
    kinds: dict[str, KindStats]

    @property
    def total(self) -> KindStats:
        out = KindStats()
        for stats in self.kinds.values():
            out.merge(stats)
        return out

    @property
    def requests(self) -> int:
        """Requests answered (any status)."""
        return self.total.answered

    @property
    def rate(self) -> float:
        """Answered requests per second."""
        return self.requests / self.seconds if self.seconds else 0.0

    def status_count(self, low: int, high: int) -> int:
        """Answers with a status in [low, high)."""
        return sum(n for s, n in self.total.statuses.items() if low <= s < high)

    def table(self) -> str:
        """One line per kind and a total line: rate, p50/p95/p99 (ms), statuses, errors."""
        width = max(len(k) for k in [*self.kinds, "all"])

        def line(name: str, s: KindStats) -> str:
            p = [s.percentile(q) * 1000 for q in (50, 95, 99)]
            statuses = " ".join(f"{code}:{n}" for code, n in sorted(s.statuses.items()))
            errors = " ".join(f"{e}:{n}" for e, n in sorted(s.errors.items())) or "-"
            return (f"  {name:<{width}} {s.answered / self.seconds:8.1f}/s  p50 {p[0]:7.1f}  "
                    f"p95 {p[1]:7.1f}  p99 {p[2]:7.1f} ms  [{statuses}]  errors {errors}")

        lines = [line(k, s) for k, s in sorted(self.kinds.items())]
        if len(self.kinds) > 1:
            lines.append(line("all", self.total))
        return "\n".join(lines)


class _ProtocolError(Exception):
    pass


async def _read_response(reader: asyncio.StreamReader,
                         method: str) -> tuple[int, bool, bool, int]:
    """(status, has Retry-After, connection closes, body bytes) of one response."""
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.LimitOverrunError:
        raise _ProtocolError("header too large") from None
    lines = head.decode("latin-1").split("\r\n")
    parts = lines[0].split(" ", 2)
    if len(parts) < 2 or not parts[0].startswith("HTTP/1.") or not parts[1].isdigit():
        raise _ProtocolError(f"bad status line {lines[0][:60]!r}")
    status = int(parts[1])
    headers = {}
    for raw in lines[1:]:
        name, sep, value = raw.partition(":")
        if sep:
            headers[name.strip().lower()] = value.strip()
    closes = headers.get("connection", "").lower() == "close" or parts[0] == "HTTP/1.0"
    size = 0
    if method == "HEAD" or status in (204, 304) or 100 <= status < 200:
        pass
    elif "chunked" in headers.get("transfer-encoding", "").lower():
        while True:
            chunk = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            if chunk == 0:
                await reader.readuntil(b"\r\n")  # no trailers from our servers
                break
            size += len(await reader.readexactly(chunk + 2)) - 2
    elif "content-length" in headers:
        size = int(headers["content-length"])
        await reader.readexactly(size)
    else:  # framed by the end of the connection
        size = len(await reader.read())
        closes = True
    return status, "retry-after" in headers, closes, size


async def _client(host: str, port: int, wire: dict[Request, bytes], pick: _Picker,
                  stop_at: float, timeout: float, kinds: dict[str, KindStats]) -> None:
    reader: asyncio.StreamReader | None = None
    writer: asyncio.StreamWriter | None = None
    while time.monotonic() < stop_at:
        request = pick()
        stats = kinds[request.kind]
        started = time.perf_counter()
        try:
            if reader is None or writer is None:
                reader, writer = await asyncio.wait_for(
                    asyncio.open_connection(host, port, limit=MAX_HEADER), timeout)
            writer.write(wire[request])
            status, retry, closes, size = await asyncio.wait_for(
                _read_response(reader, request.method), timeout)
        except TimeoutError:
            stats.errors["timeout"] += 1
            closes = True
        except asyncio.IncompleteReadError:
            stats.errors["closed-mid-response"] += 1
            closes = True
        except OSError as e:  # refused, reset, …
            stats.errors[type(e).__name__] += 1
            closes = True
            await asyncio.sleep(0.01)  # a refused connection must not spin
        except _ProtocolError as e:
            stats.errors[f"protocol: {e}"] += 1
            closes = True
        else:
            stats.latencies.append(time.perf_counter() - started)
            stats.statuses[status] += 1
            stats.retry_after += status == 503 and retry
            stats.bytes += size
        if closes and writer is not None:
            writer.close()
            reader = writer = None
    if writer is not None:
        writer.close()


class _Picker:
    """Chooses the next request at random by weight (deterministic for a seed)."""

    def __init__(self, requests: Sequence[Request], seed: int) -> None:
        self._population = list(requests)
        self._cumulative: list[float] = []
        total = 0.0
        for r in requests:
            if r.weight < 0:
                raise ValueError(f"request {r.kind!r}: weight must be >= 0, not {r.weight}")
            total += r.weight
            self._cumulative.append(total)
        if total <= 0:
            raise ValueError("the request weights add up to 0")
        self._rng = random.Random(seed)

    def __call__(self) -> Request:
        if len(self._population) == 1:
            return self._population[0]
        return self._rng.choices(self._population, cum_weights=self._cumulative)[0]


def run(base_url: str, requests: Sequence[Request], clients: int = 32,
        duration: float = 30.0, timeout: float = 30.0, seed: int = 0) -> Result:
    """Send ``requests`` (chosen at random by weight) from ``clients`` connections for
    ``duration`` seconds; every request waits at most ``timeout`` s for its answer.

    Requests in flight at the end are completed and counted (the wall time covers them).
    Raises ValueError for an empty request list, bad weights or a URL that is not
    ``http://host[:port]``.
    """
    url = urlsplit(base_url)
    if url.scheme != "http" or not url.hostname:
        raise ValueError(f"base_url must be http://host:port, not {base_url!r}")
    if not requests:
        raise ValueError("requests: give at least one Request")
    if clients < 1 or duration <= 0:
        raise ValueError(f"clients must be >= 1 and duration > 0, not {clients}, {duration}")
    prefix = url.path.rstrip("/")
    wire = {r: Request(r.kind, prefix + r.target, r.method, r.headers, r.body).encode(
        url.netloc) for r in requests}
    pick = _Picker(requests, seed)
    kinds: dict[str, KindStats] = {r.kind: KindStats() for r in requests}
    host, port = url.hostname, url.port or 80

    async def main() -> float:
        start = time.monotonic()
        stop_at = start + duration
        await asyncio.gather(*(_client(host, port, wire, pick, stop_at, timeout, kinds)
                               for _ in range(clients)))
        return time.monotonic() - start

    cpu = _own_cpu()
    seconds = asyncio.run(main())
    return Result(clients, seconds, _own_cpu() - cpu, kinds)


def _own_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _stat(pid: int | str) -> list[str]:
    # the fields after "(comm)", which may itself hold spaces or parentheses: proc(5)
    return Path(f"/proc/{pid}/stat").read_text(encoding="latin-1").rpartition(")")[2].split()


def process_cpu(pid: int) -> float:
    """CPU seconds (user + system) used so far by process ``pid`` and its live descendants.

    Children that already exited count only once their parent has waited for them.
    """
    children: dict[int, list[int]] = defaultdict(list)
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                children[int(_stat(entry.name)[1])].append(int(entry.name))  # ppid
            except (OSError, IndexError, ValueError):
                continue  # gone meanwhile
    ticks, pending = 0, [pid]
    while pending:
        current = pending.pop()
        try:
            fields = _stat(current)
        except OSError:
            continue
        ticks += sum(int(v) for v in fields[11:15])  # utime stime cutime cstime
        pending += children.get(current, [])
    return ticks / os.sysconf("SC_CLK_TCK")


def main(argv: list[str] | None = None) -> int:
    """Command line: load one or more paths evenly; exit 1 if any request got no answer."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("base_url", help="e.g. http://127.0.0.1:8080")
    parser.add_argument("paths", nargs="+", help="request targets (path?query), picked evenly")
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--duration", type=float, default=30.0)
    parser.add_argument("--accept", default="", help="Accept header to send")
    parser.add_argument("--server-pid", type=int, help="report this process' CPU too")
    args = parser.parse_args(argv)
    headers = (("Accept", args.accept),) if args.accept else ()
    requests = [Request(p, p, headers=headers) for p in args.paths]
    server_cpu = process_cpu(args.server_pid) if args.server_pid else 0.0
    result = run(args.base_url, requests, args.clients, args.duration)
    if len(requests) <= 20:
        print(result.table())
    else:
        print(Result(result.clients, result.seconds, result.client_cpu,
                     {f"{len(requests)} paths": result.total}).table())
    line = (f"{result.rate:.1f} requests/s from {args.clients} clients over "
            f"{result.seconds:.1f} s; load generator CPU {result.client_cpu / result.seconds:.0%}")
    if args.server_pid:
        used = process_cpu(args.server_pid) - server_cpu
        line += f", server CPU {used / result.seconds:.0%}"
    print(line)
    return 0 if result.total.errors.total() == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
