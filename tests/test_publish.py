"""Atomic publication with real processes and a real store home on disk.

A `kg serve` process answers throughout. `kg build` processes over `kg synth` bulletins are
SIGKILLed at several moments (``KG_TEST_PAUSE_AT`` makes a build pause, and say so, at a named
moment; "mid" is a kill while batches are being written): the served data stays byte-identical
and the next build completes, after which the server answers from the new generation.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.errors import InputError, StoreError
from kg.iris import Minter
from kg.pipeline import BuildOptions, RunOptions
from kg.publish import LiveStore, build_and_publish, generation_ids, live_id, publishing
from kg.store import INDEX_FILE, EmbeddedStore

from .conftest import ROOT, SEEDS

KG = [sys.executable, "-m", "kg.cli"]
BASE, MORE = 200, 220  # bulletins in the published build, and in the one that is killed
COUNT_QUADS = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
M = Minter()


def snapshot(home: Path) -> tuple[str | None, int, str]:
    """(live generation, quad count, SHA-256 of the sorted N-Quads) of what a home serves."""
    store = EmbeddedStore.open(home, read_only=True)
    lines = sorted(store.oxigraph.dump(format=ox.RdfFormat.N_QUADS).splitlines())
    store.close()
    return live_id(home), len(lines), hashlib.sha256(b"\n".join(lines)).hexdigest()


def served_count(base: str) -> int:
    url = f"{base}/sparql?{urllib.parse.urlencode({'query': COUNT_QUADS})}"
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=30) as reply:
        return int(json.load(reply)["results"]["bindings"][0]["n"]["value"])


def kg(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([*KG, *args], capture_output=True, text=True, cwd=ROOT, timeout=300,
                          **kw)


def start_build(home: Path, inputs: Path, pause: str | None = None) -> subprocess.Popen:
    env = {**os.environ, "KG_TEST_PAUSE_AT": pause or ""}
    # its own session: the SIGKILL goes to the build and its worker processes
    return subprocess.Popen([*KG, "build", str(inputs), "--store", str(home), "--workers", "2",
                             "--batch-size", "5"], stderr=subprocess.PIPE, text=True,
                            cwd=ROOT, env=env, start_new_session=True)


def wait_for(process: subprocess.Popen, text: str) -> None:
    assert process.stderr is not None
    while line := process.stderr.readline():
        if text in line:
            return
    pytest.fail(f"the build ended (exit {process.wait()}) without printing {text!r}")


def kill(process: subprocess.Popen) -> None:
    os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    assert process.stderr is not None
    process.stderr.close()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    """A home holding a build of BASE synthetic bulletins, served by a `kg serve` process."""
    tmp = tmp_path_factory.mktemp("publish")
    for count, folder in ((BASE, "base"), (MORE, "more")):
        out = kg("synth", "--count", str(count), "--out", str(tmp / folder), "--seed", "7")
        assert out.returncode == 0, out.stderr
    home = tmp / "home"
    first = kg("build", str(tmp / "base"), "--store", str(home), "--workers", "2")
    assert first.returncode in (0, 1) and "generation 000001 is live" in first.stderr, (
        first.stderr[-2000:])
    code = ("import sys; from kg import settings; from kg.serve import serve; "
            "serve(sys.argv[1], '127.0.0.1', 0, settings.load({}))")
    server = subprocess.Popen([sys.executable, "-c", code, str(home)], stderr=subprocess.PIPE,
                              text=True, cwd=ROOT)
    try:
        assert server.stderr is not None
        url = re.search(r"(http://\S+)/sparql", server.stderr.readline())
        assert url, "kg serve did not log its URL"
        yield {"home": home, "more": tmp / "more", "url": url[1],
               "before": snapshot(home), "tmp": tmp}
    finally:
        server.terminate()
        server.wait(timeout=30)


def _mid(home: Path, process: subprocess.Popen) -> None:
    """Return once the build has written a batch into its staging generation."""
    live = live_id(home)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        staged = [g for g in generation_ids(home) if live is not None and g > live]
        index = home / "generations" / staged[-1] / INDEX_FILE if staged else None
        if index is not None and index.exists() and index.read_text().count("synth-7-") > BASE:
            return
        time.sleep(0.02)
    pytest.fail("the build wrote no batch in time")


@pytest.mark.parametrize("moment", ["staged", "mid", "switch"])
def test_sigkill_leaves_the_served_data_as_it_was(site: dict, moment: str) -> None:
    home, before = site["home"], site["before"]
    process = start_build(home, site["more"], None if moment == "mid" else moment)
    try:
        if moment == "mid":
            _mid(home, process)
        else:
            wait_for(process, f"paused at {moment}")
        # the server answers from the live generation while the build runs
        assert served_count(site["url"]) == before[1]
    finally:
        kill(process)
    assert snapshot(home) == before
    assert served_count(site["url"]) == before[1]
    assert len(generation_ids(home)) > 1  # the killed build's staging generation is left


def test_next_build_completes_and_the_server_follows(site: dict) -> None:
    home, before = site["home"], site["before"]
    out = kg("build", str(site["more"]), "--store", str(home), "--workers", "2")
    assert out.returncode in (0, 1), out.stderr[-2000:]
    after = snapshot(home)
    assert after[0] != before[0] and after[1] > before[1]
    # (only the new ones are built, unless the pipeline's code changed in between)
    published = re.search(r"(?m)^(\d+) bulletin\(s\) published", out.stderr)
    assert published and int(published[1]) in (MORE - BASE, MORE), out.stderr[-2000:]
    # stale staging generations are gone: the live one and the one before it are left
    assert generation_ids(home) == [before[0], after[0]]
    assert json.loads((home / "quarantine.json").read_text())["build"]["published"] is True
    deadline = time.monotonic() + 10
    while served_count(site["url"]) != after[1] and time.monotonic() < deadline:
        time.sleep(0.2)
    assert served_count(site["url"]) == after[1]
    # and the other commands read the live generation too
    query = kg("query", COUNT_QUADS, "--store", str(home), "--format", "json")
    assert json.loads(query.stdout)["results"]["bindings"][0]["n"]["value"] == str(after[1])


# -- in-process: rebuilds, failures, locks --------------------------------------------------
@pytest.fixture
def small(tmp_path: Path) -> tuple[Path, Path]:
    """A home with the seed bulletin published, and its input folder (a copy of seeds/)."""
    inputs = tmp_path / "in"
    shutil.copytree(SEEDS, inputs)
    report, staging = build_and_publish(tmp_path / "home", [inputs], run=RunOptions(workers=1))
    assert staging.published and report.published
    return tmp_path / "home", inputs


def test_rebuild_never_duplicates_and_a_changed_input_replaces(small: tuple[Path, Path]) -> None:
    home, inputs = small
    before = snapshot(home)
    _, staging = build_and_publish(home, [inputs], run=RunOptions(workers=1, incremental=False))
    assert staging.published and snapshot(home)[1:] == before[1:]
    [seed] = inputs.glob("*.txt")
    text = seed.read_text(encoding="utf-8")
    assert "82 عنصراً على الأقل" in text
    seed.write_text(text.replace("82 عنصراً على الأقل", "93 عنصراً على الأقل"), "utf-8")
    report, staging = build_and_publish(home, [inputs], run=RunOptions(workers=1))
    assert staging.published and len(report.published) == 1
    after = snapshot(home)
    assert after[1] == before[1] and after[2] != before[2]  # replaced, not added
    store = EmbeddedStore.open(home, read_only=True)
    counts = {int(r["n"].value) for r in store.query(
        f"SELECT ?n WHERE {{ GRAPH <{M.graph('bulletin', seed.stem)}> {{ ?o "
        "<https://w3id.org/sohr-kg/ontology#countBest> ?n } }")}
    assert 93 in counts and 82 not in counts


def test_a_failed_build_leaves_the_live_generation(small: tuple[Path, Path],
                                                   tmp_path: Path) -> None:
    home, inputs = small
    before = snapshot(home)
    bad = tmp_path / "gazetteer"
    shutil.copytree(ROOT / "ontology" / "gazetteer", bad)
    with (bad / "places.csv").open("a", encoding="utf-8") as f:
        f.write("broken-row,,,\n")
    with pytest.raises(InputError, match=r"places\.csv"):
        build_and_publish(home, [inputs], BuildOptions(gazetteer=bad),
                          RunOptions(workers=1, incremental=False))
    assert snapshot(home) == before and generation_ids(home) == [before[0]]
    # a build whose *-violation.rq checks return rows is not published either
    checks = tmp_path / "sparql"
    checks.mkdir()
    (checks / "always-violation.rq").write_text(
        "# title: a check that always fails\nSELECT ?b WHERE { ?b a "
        "<https://w3id.org/sohr-kg/ontology#Bulletin> }\n", encoding="utf-8")
    report, staging = build_and_publish(home, [inputs], BuildOptions(queries=checks),
                                        RunOptions(workers=1, incremental=False))
    assert report.check_failures and not staging.published and staging.cancelled
    assert snapshot(home) == before and generation_ids(home) == [before[0]]


def test_a_writable_server_locks_out_builds(small: tuple[Path, Path]) -> None:
    home, inputs = small
    live = LiveStore(home, writable=True)
    try:
        out = kg("build", str(inputs), "--store", str(home))
        assert out.returncode == 2
        assert f"locked by pid {os.getpid()} (kg serve with a write token)" in out.stderr
    finally:
        live.close()
    with publishing(home) as staging:  # released: builds go on
        pass
    assert staging.published


def test_an_exception_deletes_the_staging_generation(small: tuple[Path, Path]) -> None:
    home, _ = small
    before = snapshot(home)
    with pytest.raises(RuntimeError), publishing(home) as staging:
        staging.store.replace_graph("https://ex.org/g", b"<https://ex.org/a> <p:> <o:> .")
        raise RuntimeError("stop")
    assert snapshot(home) == before and generation_ids(home) == [before[0]]


def test_a_store_still_held_open_is_not_published(small: tuple[Path, Path]) -> None:
    home, _ = small
    before = snapshot(home)
    with pytest.raises(StoreError, match="still open"), publishing(home) as staging:
        held = staging.store.query("SELECT * WHERE { ?s ?p ?o }")  # never read: holds it
    del held
    assert snapshot(home) == before and generation_ids(home) == [before[0]]


def test_a_plain_store_is_built_in_place(tmp_path: Path) -> None:
    EmbeddedStore.open(tmp_path / "plain").close()  # as the tests and older versions made them
    report, staging = build_and_publish(tmp_path / "plain", [SEEDS], run=RunOptions(workers=1))
    assert staging.published and not staging.atomic and report.published
    assert not (tmp_path / "plain" / "generations").exists()
    staging.store.close()  # a reader beside a writer that may still compact is undefined
    store = EmbeddedStore.open(tmp_path / "plain", read_only=True)
    assert f"{M.graph('bulletin', report.published[0].bulletin)}" in set(store.graphs())
