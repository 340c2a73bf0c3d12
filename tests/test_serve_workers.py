"""`kg serve --workers N`: pre-forked server processes, with real processes and real HTTP.

A small store home (one public graph, one private graph) is served by two workers. Every
request opens a new connection, so the kernel hands requests to either worker; /health names
the worker (``worker.index``) and the generation it serves.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kg.publish import publishing

from .conftest import ROOT

BASE = "https://w3id.org/sohr-kg/"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
PUBLIC_GRAPH = BASE + "graph/test"
PRIVATE_GRAPH = BASE + "graph/private/acled/test"
SECRET = BASE + "acled/secret-row"
WORKERS = 2


def publish(home: Path, n: int) -> None:
    """A new generation of ``home``: ``thing/{n}`` in public, a secret row in private."""
    with publishing(home) as staging:
        staging.store.replace_graphs({
            PUBLIC_GRAPH: f'<{BASE}thing/{n}> <{LABEL}> "thing {n}"@en .\n'.encode(),
            PRIVATE_GRAPH: f'<{SECRET}> <{LABEL}> "secret {n}" .\n'.encode(),
        })


def get(url: str, accept: str = "application/json") -> tuple[int, bytes]:
    """One GET on a new connection (so the next one may reach another worker)."""
    request = urllib.request.Request(url, headers={"Accept": accept, "Connection": "close"})
    try:
        with urllib.request.urlopen(request, timeout=30) as reply:
            return reply.status, reply.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def health(url: str) -> dict:
    status, body = get(url + "/health")
    assert status == 200, body
    return json.loads(body)


def until(check: Callable[[], bool], seconds: float = 30, what: str = "") -> None:
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            pytest.fail(f"not within {seconds} s: {what}")
        time.sleep(0.05)


def children(pid: int) -> set[int]:
    """The live child processes of ``pid`` (Linux /proc)."""
    out = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rpartition(")")[2].split()
            except OSError:
                continue
            if int(fields[1]) == pid and fields[0] != "Z":
                out.add(int(entry.name))
    return out


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except OSError:
        return False
    return state != "Z"


def seen_workers(url: str, want: Callable[[dict], bool] = lambda h: True,
                 seconds: float = 30) -> dict[int, dict]:
    """/health of every worker index, asking until each has answered ``want``-ingly."""
    seen: dict[int, dict] = {}

    def all_seen() -> bool:
        answer = health(url)
        if want(answer):
            seen[answer["worker"]["index"]] = answer
        return len(seen) == WORKERS

    until(all_seen, seconds, f"every worker answering (saw {sorted(seen)})")
    return seen


@pytest.fixture
def server(tmp_path: Path) -> Iterator[dict]:
    home = tmp_path / "home"
    publish(home, 1)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    log = (tmp_path / "serve.log").open("w+")
    process = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "serve", "--store", str(home), "--host", "127.0.0.1",
         "--port", str(port), "--workers", str(WORKERS)], cwd=ROOT, stdout=log, stderr=log,
        env={k: v for k, v in os.environ.items() if k != "KG_WRITE_TOKEN"})
    url = f"http://127.0.0.1:{port}"

    def up() -> bool:
        assert process.poll() is None, Path(log.name).read_text()
        try:
            return get(url + "/health")[0] == 200
        except OSError:
            return False

    try:
        until(up, 60, "the server answering")
        yield {"url": url, "process": process, "home": home, "log": Path(log.name)}
    finally:
        if process.poll() is None:
            process.terminate()
            process.wait(timeout=30)
        log.close()


def test_every_worker_answers_and_metrics_name_it(server: dict) -> None:
    seen = seen_workers(server["url"])
    pids = {h["worker"]["pid"] for h in seen.values()}
    assert pids == children(server["process"].pid)
    assert all(h["worker"]["of"] == WORKERS and h["generation"] for h in seen.values())
    metrics = json.loads(get(server["url"] + "/metrics")[1])
    assert metrics["worker"]["pid"] in pids
    status, text = get(server["url"] + "/metrics?format=prometheus", "text/plain")
    assert status == 200 and b'kg_worker_info{index="' in text


def test_a_killed_worker_is_replaced(server: dict) -> None:
    parent = server["process"].pid
    before = children(parent)
    assert len(before) == WORKERS
    victim = min(before)
    os.kill(victim, signal.SIGKILL)
    until(lambda: len(children(parent)) == WORKERS and victim not in children(parent), 30,
          "a new worker in place of the killed one")
    seen = seen_workers(server["url"])
    assert {h["worker"]["pid"] for h in seen.values()} == children(parent)
    assert "restarting it" in server["log"].read_text()


def test_sigterm_stops_every_worker(server: dict) -> None:
    process = server["process"]
    workers = children(process.pid)
    assert len(workers) == WORKERS
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=30) == 0
    assert not [pid for pid in workers if alive(pid)]


def test_workers_of_a_killed_parent_stop(server: dict) -> None:
    process = server["process"]
    workers = children(process.pid)
    process.kill()
    process.wait(timeout=30)
    until(lambda: not any(alive(pid) for pid in workers), 30, "orphaned workers stopping")


def test_every_worker_follows_a_new_generation(server: dict) -> None:
    url = server["url"]
    first = {h["generation"] for h in seen_workers(url).values()}
    publish(server["home"], 2)
    seen = seen_workers(url, lambda h: h["generation"] not in first)
    assert len({h["generation"] for h in seen.values()}) == 1
    query = f"SELECT ?label WHERE {{ <{BASE}thing/2> ?p ?label }}"
    for _ in range(2 * WORKERS):
        status, body = get(f"{url}/sparql?{urllib.parse.urlencode({'query': query})}",
                           "application/sparql-results+json")
        assert status == 200
        assert [b["label"]["value"] for b in json.loads(body)["results"]["bindings"]] == [
            "thing 2"]


def test_private_graphs_stay_hidden_in_every_worker(server: dict) -> None:
    url = server["url"]
    query = "SELECT ?g ?s WHERE { GRAPH ?g { ?s ?p ?o } }"
    for _ in range(4 * WORKERS):
        status, body = get(f"{url}/sparql?{urllib.parse.urlencode({'query': query})}",
                           "application/sparql-results+json")
        assert status == 200
        rows = json.loads(body)["results"]["bindings"]
        assert {r["g"]["value"] for r in rows} == {PUBLIC_GRAPH}
        assert get(f"{url}/acled/secret-row", "text/turtle")[0] == 404


def test_workers_are_refused_with_a_write_token(tmp_path: Path) -> None:
    home = tmp_path / "home"
    publish(home, 1)
    done = subprocess.run(
        [sys.executable, "-m", "kg.cli", "serve", "--store", str(home), "--port", "1",
         "--workers", "2", "--write-token", "s3cret"], cwd=ROOT, capture_output=True,
        text=True, timeout=60)
    assert done.returncode != 0
    assert "KG_WORKERS=2" in done.stderr and "write token" in done.stderr
