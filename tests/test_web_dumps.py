"""Dumps: `kg dump --all` and /dumps/ over real HTTP (files, description, checksums, safety)."""

from __future__ import annotations

import gzip
import hashlib
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import rdflib
from rdflib.compare import isomorphic

from kg.dump import CATALOG, DUMPS, dump_all
from kg.iris import Minter
from kg.store import EmbeddedStore

from .web_support import BASE, BROWSER, assert_error, call, copy_seed, make_app, running

DCAT = rdflib.Namespace("http://www.w3.org/ns/dcat#")
VOID = rdflib.Namespace("http://rdfs.org/ns/void#")
SPDX = rdflib.Namespace("http://spdx.org/rdf/terms#")
DCTERMS = rdflib.DCTERMS
PRIVATE = BASE + "graph/private/acled/fixture"
SECRET = "https://ex.org/acled/secret-event"


@pytest.fixture(scope="module")
def store(seed_store_path: Path, tmp_path_factory: pytest.TempPathFactory) -> EmbeddedStore:
    store = copy_seed(seed_store_path, tmp_path_factory.mktemp("dumps") / "store")
    store.replace_graph(PRIVATE, f'<{SECRET}> <https://ex.org/p> "licensed" .\n'.encode())
    return store


@pytest.fixture(scope="module")
def folder(store: EmbeddedStore, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("published")
    dump_all(store, out, Minter(BASE), created=date(2024, 5, 1))
    (tmp_path_factory.getbasetemp() / "outside.txt").write_text("not for you")
    return out


@pytest.fixture(scope="module")
def base(store: EmbeddedStore, folder: Path) -> Iterator[str]:
    with running(make_app(store, KG_DUMPS=str(folder))) as url:
        yield url


def description(base: str) -> rdflib.Graph:
    reply = call(f"{base}/dumps/{CATALOG}")
    assert reply.status == 200 and reply.type == "text/turtle"
    return rdflib.Graph().parse(data=reply.body, format="turtle")


def test_listing_page(base: str) -> None:
    reply = call(f"{base}/dumps/", Accept=BROWSER)
    assert reply.status == 200 and reply.type == "text/html"
    for spec in DUMPS:
        assert f'<a href="/dumps/{spec.name}">{spec.name}</a>' in reply.text


def test_dataset_iri_negotiates_its_description(base: str) -> None:
    reply = call(f"{base}/dumps/", Accept="text/turtle")
    g = rdflib.Graph().parse(data=reply.body, format="turtle")
    assert isomorphic(g, description(base))


def test_description(base: str, store: EmbeddedStore) -> None:
    g = description(base)
    dataset = rdflib.URIRef(BASE + "dumps/")
    assert (dataset, rdflib.RDF.type, DCAT.Dataset) in g
    assert (dataset, DCTERMS.license, rdflib.URIRef("https://creativecommons.org/licenses/by/4.0/")
            ) in g
    assert g.value(dataset, DCTERMS.publisher) == rdflib.URIRef(BASE + "publisher/kg")
    assert g.value(dataset, DCTERMS.created).toPython() == date(2024, 5, 1)
    public = sum(store.count(graph) for graph in store.graphs() if graph != PRIVATE)
    assert g.value(dataset, VOID.triples).toPython() <= public
    assert {str(d) for d in g.objects(dataset, DCAT.distribution)} == {
        BASE + "dumps/" + spec.name for spec in DUMPS}


@pytest.mark.parametrize("spec", DUMPS, ids=lambda s: s.name)
def test_each_file_matches_its_description(base: str, spec) -> None:
    g = description(base)
    dist = rdflib.URIRef(BASE + "dumps/" + spec.name)
    reply = call(f"{base}/dumps/{spec.name}")
    assert reply.status == 200 and reply.type == spec.media_type
    checksum = g.value(dist, SPDX.checksum)
    assert g.value(checksum, SPDX.algorithm) == SPDX.checksumAlgorithm_sha256
    assert str(g.value(checksum, SPDX.checksumValue)) == hashlib.sha256(reply.body).hexdigest()
    assert g.value(dist, DCAT.byteSize).toPython() == len(reply.body)
    data = gzip.decompress(reply.body) if spec.gzip else reply.body
    parser = {"nquads": "nquads", "trig": "trig", "turtle": "turtle", "ntriples": "nt",
              "jsonld": "json-ld"}[spec.format]
    dataset = rdflib.Dataset()
    dataset.parse(data=data, format=parser)
    quads = list(dataset.quads())
    assert len(quads) == g.value(dist, VOID.triples).toPython()
    assert not any(SECRET in str(q) for q in quads), "a private graph leaked into a dump"
    if spec.scope == "dataset":
        graphs = {str(q[3]) for q in quads}
        assert BASE + "graph/ontology" in graphs and PRIVATE not in graphs


def test_jsonld_dump_reads_like_the_ntriples_one(base: str) -> None:
    nt = rdflib.Graph().parse(data=call(f"{base}/dumps/kg.nt").body, format="nt")
    body = call(f"{base}/dumps/kg.jsonld").body
    assert b'"kg:CasualtyObservation"' in body and b'"place/damascus-city"' in body
    assert isomorphic(rdflib.Graph().parse(data=body, format="json-ld"), nt)


@pytest.mark.parametrize("path", [
    "/dumps/../outside.txt", "/dumps/%2e%2e/outside.txt", "/dumps/..%2foutside.txt",
    "/dumps/kg.nq.gz.part", "/dumps/store", "/dumps/%2Fetc%2Fpasswd", "/dumps/.",
])
def test_paths_cannot_escape_the_folder(base: str, path: str) -> None:
    reply = call(base + path)
    assert reply.status == 404, (path, reply.status)
    assert b"not for you" not in reply.body


def test_no_dumps_yet(store: EmbeddedStore, tmp_path: Path) -> None:
    with running(make_app(store, KG_DUMPS=str(tmp_path / "none"))) as url:
        assert 'id="no-dumps"' in call(f"{url}/dumps/", Accept=BROWSER).text
        assert_error(call(f"{url}/dumps/kg.nt"), 404, "not been written")
        assert_error(call(f"{url}/dumps/", Accept="text/turtle"), 404)


def test_cli_dump_all(seed_store_path: Path, tmp_path: Path) -> None:
    shutil.copytree(seed_store_path, tmp_path / "store")
    out = tmp_path / "out"
    res = subprocess.run([sys.executable, "-m", "kg.cli", "dump", "--all", str(out),
                          "--store", str(tmp_path / "store")], capture_output=True, text=True,
                         timeout=120)
    assert res.returncode == 0, res.stderr
    assert sorted(p.name for p in out.iterdir()) == sorted([CATALOG, *(s.name for s in DUMPS)])
    assert "sha256" in res.stderr
