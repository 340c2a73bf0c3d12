"""Operational surface: ``/health`` (is the store readable?) and ``/metrics`` (counters).

:class:`Metrics` lives on ``app.extensions["kg.metrics"]``; the app records every request
through :func:`install_metrics`, and the SPARQL blueprint counts timeouts, rejections and
truncations with :meth:`Metrics.incr`.
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from flask import Blueprint, Flask, Response, current_app, g, jsonify, request

from kg.web import public

bp = Blueprint("health", __name__)

EVENTS = ("timeouts", "rejected", "truncated")


@dataclass
class _Latency:
    count: int = 0
    total: float = 0.0
    max: float = 0.0


class Metrics:
    """Thread-safe request counters (by endpoint and status) and latency per endpoint."""

    def __init__(self) -> None:
        self.started = time.time()
        self._lock = threading.Lock()
        self._requests: dict[tuple[str, int], int] = defaultdict(int)
        self._latency: dict[str, _Latency] = defaultdict(_Latency)
        self._events: dict[str, int] = dict.fromkeys(EVENTS, 0)
        # which server process counts (kg.serve sets it): counters are per process
        self.worker: dict[str, int] | None = None

    def record(self, endpoint: str, status: int, seconds: float) -> None:
        with self._lock:
            self._requests[endpoint, status] += 1
            lat = self._latency[endpoint]
            lat.count += 1
            lat.total += seconds
            lat.max = max(lat.max, seconds)

    def incr(self, event: str) -> None:
        """Count one of :data:`EVENTS`."""
        with self._lock:
            self._events[event] += 1

    def snapshot(self) -> dict[str, Any]:
        """A JSON-ready copy of every counter."""
        with self._lock:
            requests: dict[str, dict[str, int]] = defaultdict(dict)
            for (endpoint, status), n in sorted(self._requests.items()):
                requests[endpoint][str(status)] = n
            return {
                "uptime_seconds": round(time.time() - self.started, 3),
                "requests": dict(requests),
                "latency_seconds": {
                    e: {"count": v.count, "sum": round(v.total, 6), "max": round(v.max, 6)}
                    for e, v in sorted(self._latency.items())
                },
                **dict(self._events),
                "worker": self.worker,
            }

    def prometheus(self) -> str:
        """The counters in Prometheus' text exposition format (version 0.0.4)."""
        snap = self.snapshot()
        lines = ["# TYPE kg_requests_total counter"]
        for endpoint, by_status in snap["requests"].items():
            for status, n in by_status.items():
                lines.append(f'kg_requests_total{{endpoint="{endpoint}",status="{status}"}} {n}')
        lines.append("# TYPE kg_request_seconds summary")
        for endpoint, lat in snap["latency_seconds"].items():
            lines.append(f'kg_request_seconds_sum{{endpoint="{endpoint}"}} {lat["sum"]}')
            lines.append(f'kg_request_seconds_count{{endpoint="{endpoint}"}} {lat["count"]}')
        lines.append("# TYPE kg_request_seconds_max gauge")
        for endpoint, lat in snap["latency_seconds"].items():
            lines.append(f'kg_request_seconds_max{{endpoint="{endpoint}"}} {lat["max"]}')
        for event in EVENTS:
            lines += [f"# TYPE kg_query_{event}_total counter",
                      f"kg_query_{event}_total {snap[event]}"]
        lines += ["# TYPE kg_uptime_seconds gauge", f"kg_uptime_seconds {snap['uptime_seconds']}"]
        if self.worker:
            labels = ",".join(f'{k}="{v}"' for k, v in self.worker.items())
            lines += ["# TYPE kg_worker_info gauge", f"kg_worker_info{{{labels}}} 1"]
        return "\n".join(lines) + "\n"


def install_metrics(app: Flask) -> Metrics:
    """Put a :class:`Metrics` on the app and time every request into it."""
    metrics = Metrics()
    app.extensions["kg.metrics"] = metrics

    @app.before_request
    def _start_timer() -> None:
        g.kg_started = time.perf_counter()

    @app.after_request
    def _record(response: Response) -> Response:
        started = g.get("kg_started")
        if started is not None:
            # Label by route pattern, not path, so unknown URLs can't blow up the label set.
            rule = request.url_rule.rule if request.url_rule else "<unmatched>"
            metrics.record(rule, response.status_code, time.perf_counter() - started)
        return response

    return metrics


@bp.get("/health")
def health() -> Response:
    """Status, number of quads in the store, seconds since the app started.

    On a remote store ``triples`` is null (counting would scan the server): the server is
    asked ``ASK {}`` instead, so a server that does not answer makes this fail.
    """
    store = public.view()
    metrics: Metrics = current_app.extensions["kg.metrics"]
    if store.remote:
        store.query("ASK {}")
    return jsonify({
        "status": "ok",
        "triples": None if store.remote else len(store),
        "uptime_seconds": round(time.time() - metrics.started, 3),
        "generation": getattr(current_app.extensions.get("kg.live"), "generation", None),
        "worker": metrics.worker,
    })


@bp.get("/metrics")
def metrics_view() -> Response:
    """JSON by default; Prometheus text for clients that prefer ``text/plain`` (scrapers)."""
    metrics: Metrics = current_app.extensions["kg.metrics"]
    wanted = request.args.get("format") or request.accept_mimetypes.best_match(
        ["application/json", "text/plain"])
    if wanted in ("text/plain", "prometheus"):
        return Response(metrics.prometheus(),
                        content_type="text/plain; version=0.0.4; charset=utf-8")
    return jsonify(metrics.snapshot())
