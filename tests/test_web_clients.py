"""Real SPARQL clients against the running server: SPARQLWrapper and rdflib's SPARQLStore."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import rdflib
from rdflib.plugins.stores.sparqlstore import SPARQLStore, SPARQLUpdateStore
from SPARQLWrapper import JSON, POST, TURTLE, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from kg.store import EmbeddedStore

from .web_support import BASE, OBSERVATION, copy_seed, make_app, running

TOKEN = "client-token"
KG = rdflib.Namespace("https://w3id.org/sohr-kg/ontology#")
COUNTS = ("PREFIX kg: <https://w3id.org/sohr-kg/ontology#>\n"
          "SELECT ?o ?n WHERE { ?o a kg:CasualtyObservation ; kg:countBest ?n } ORDER BY ?n")


@pytest.fixture(scope="module")
def store(seed_store_path: Path, tmp_path_factory: pytest.TempPathFactory) -> EmbeddedStore:
    return copy_seed(seed_store_path, tmp_path_factory.mktemp("clients") / "store")


@pytest.fixture(scope="module")
def base(store: EmbeddedStore) -> Iterator[str]:
    with running(make_app(store, KG_WRITE_TOKEN=TOKEN)) as url:
        yield url


def test_sparqlwrapper_select_get_and_post(base: str) -> None:
    for method in ("GET", POST):
        client = SPARQLWrapper(f"{base}/sparql")
        client.setMethod(method)
        client.setQuery(COUNTS)
        client.setReturnFormat(JSON)
        rows = client.queryAndConvert()["results"]["bindings"]
        assert len(rows) == 4  # the fifth observation ("dozens") has no best count
        assert {r["o"]["value"] for r in rows} >= {BASE + OBSERVATION}


def test_sparqlwrapper_construct_and_errors(base: str) -> None:
    client = SPARQLWrapper(f"{base}/sparql")
    client.setQuery(f"DESCRIBE <{BASE}{OBSERVATION}>")
    client.setReturnFormat(TURTLE)
    g = rdflib.Graph().parse(data=client.queryAndConvert(), format="turtle")
    assert g.value(rdflib.URIRef(BASE + OBSERVATION), KG.countBest).toPython() == 82
    client.setQuery("SELECT nonsense")
    client.setReturnFormat(JSON)
    with pytest.raises(QueryBadFormed):
        client.queryAndConvert()


def test_sparqlwrapper_update_with_token(base: str) -> None:
    client = SPARQLWrapper(f"{base}/sparql", updateEndpoint=f"{base}/sparql")
    client.addCustomHttpHeader("Authorization", f"Bearer {TOKEN}")
    client.setMethod(POST)
    client.setQuery("INSERT DATA { GRAPH <https://ex.org/client> "
                    "{ <https://ex.org/w> <https://ex.org/p> 1 } }")
    assert client.query().response.status == 204
    check = SPARQLWrapper(f"{base}/sparql")
    check.setQuery("ASK { <https://ex.org/w> ?p ?o }")
    check.setReturnFormat(JSON)
    assert check.queryAndConvert()["boolean"] is True


def test_rdflib_sparqlstore(base: str) -> None:
    graph = rdflib.Graph(SPARQLStore(f"{base}/sparql"))
    rows = list(graph.query(COUNTS))
    assert [int(r.n) for r in rows] == sorted(int(r.n) for r in rows) and len(rows) == 4
    obs = rdflib.URIRef(BASE + OBSERVATION)
    assert (obs, KG.countQualifier, KG.atLeast) in graph
    assert graph.value(obs, KG.countBest).toPython() == 82


def test_rdflib_sparqlupdatestore(base: str) -> None:
    store = SPARQLUpdateStore(f"{base}/sparql", f"{base}/sparql",
                              headers={"Authorization": f"Bearer {TOKEN}"})
    g = rdflib.Graph(store, identifier=rdflib.URIRef("https://ex.org/rdflib"))
    g.add((rdflib.URIRef("https://ex.org/r"), rdflib.RDFS.label, rdflib.Literal("حلب", lang="ar")))
    assert (rdflib.URIRef("https://ex.org/r"), None, None) in g
    assert str(g.value(rdflib.URIRef("https://ex.org/r"), rdflib.RDFS.label)) == "حلب"
