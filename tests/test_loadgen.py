"""The load generator of the benchmarks counts requests and statuses exactly.

Runs benchmarks/loadgen.py for about two seconds against a real `kg serve` process of the
seed and checks its counts against the server's own /metrics.
"""

from __future__ import annotations

import json
import shutil
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import loadgen  # noqa: E402  (benchmarks/ is not a package)
import soak  # noqa: E402

from .web_support import BROWSER, OBSERVATION  # noqa: E402

BAD_QUERY = "/sparql?query=SELECT%20WHERE"  # a syntax error: 400


@pytest.fixture(scope="module")
def server(seed_store_path: Path,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[soak.Server]:
    folder = tmp_path_factory.mktemp("loadgen")
    shutil.copytree(seed_store_path, folder / "store")
    # one process: /metrics counts per worker process
    with soak.kg_serve(folder / "store", folder / "serve.log",
                       env={"KG_THREADS": "4", "KG_WORKERS": "1"}) as s:
        yield s


def _metrics(url: str) -> dict[str, dict[str, int]]:
    with urllib.request.urlopen(url + "/metrics", timeout=10) as r:
        return json.load(r)["requests"]


def test_counts_match_the_servers_metrics(server: soak.Server) -> None:
    requests = [
        loadgen.Request("page", f"/{OBSERVATION}", headers=(("Accept", BROWSER),), weight=3),
        loadgen.Request("missing", "/observation/no-such-thing", weight=1),
        loadgen.Request("bad-query", BAD_QUERY, weight=1),
        loadgen.Request("health", "/health", weight=1),
    ]
    before = _metrics(server.url)
    cpu = loadgen.process_cpu(server.pid)
    result = loadgen.run(server.url, requests, clients=8, duration=2.0)
    after = _metrics(server.url)

    assert result.total.errors.total() == 0, result.table()
    assert {k: dict(s.statuses) for k, s in result.kinds.items()} == {
        "page": {200: result.kinds["page"].answered},
        "missing": {404: result.kinds["missing"].answered},
        "bad-query": {400: result.kinds["bad-query"].answered},
        "health": {200: result.kinds["health"].answered},
    }
    assert all(s.answered > 0 for s in result.kinds.values()), result.table()
    # weights 3:1:1:1 over some hundreds of requests
    assert result.kinds["page"].answered > result.kinds["health"].answered
    assert result.requests == sum(len(s.latencies) for s in result.kinds.values())
    assert 1.9 < result.seconds < 10 and result.rate == result.requests / result.seconds

    def delta(rule: str, status: int) -> int:
        return after.get(rule, {}).get(str(status), 0) - before.get(rule, {}).get(str(status), 0)

    # every request the generator counted reached the server, with the status it recorded
    assert delta("/<path:path>", 200) == result.kinds["page"].answered
    assert delta("/<path:path>", 404) == result.kinds["missing"].answered
    assert delta("/sparql", 400) == result.kinds["bad-query"].answered
    assert delta("/health", 200) == result.kinds["health"].answered
    assert loadgen.process_cpu(server.pid) > cpu  # the server's CPU is measured too
    table = result.table()
    assert "page" in table and "404:" in table and "p99" in table


def test_requests_without_an_answer_are_errors_not_statuses() -> None:
    url = f"http://127.0.0.1:{soak.free_port()}"  # nobody listens there
    result = loadgen.run(url, [loadgen.Request("x", "/")], clients=2, duration=0.3)
    assert result.requests == 0 and not result.total.statuses
    assert result.total.errors["ConnectionRefusedError"] > 0


def test_percentiles_are_nearest_rank() -> None:
    stats = loadgen.KindStats(latencies=[float(i) for i in range(1, 101)])
    assert [stats.percentile(q) for q in (50, 95, 99, 100)] == [50.0, 95.0, 99.0, 100.0]


def test_bad_arguments_are_refused() -> None:
    with pytest.raises(ValueError, match="base_url"):
        loadgen.run("https://127.0.0.1:1", [loadgen.Request("x", "/")])
    with pytest.raises(ValueError, match="weight"):
        loadgen.run("http://127.0.0.1:1", [loadgen.Request("x", "/", weight=-1)])
