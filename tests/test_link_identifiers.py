"""External identifiers (Wikidata, GeoNames, P-codes) in the gazetteer graph name their source.

The gazetteer CSVs are reviewed by hand (ontology/gazetteer/); this checks the graph the build
publishes, so an identifier can never reach the store without the dataset it came from.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.iris import Minter
from kg.store import EmbeddedStore
from kg.vocab import KG

from .link_support import reference_store

M = Minter()
UNSOURCED = f"""
PREFIX kg: <{KG._NS}>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?resource ?property ?id WHERE {{ GRAPH <%s> {{
  VALUES ?property {{ kg:wikidataId kg:geonamesId kg:pcode }}
  ?resource ?property ?id .
  FILTER NOT EXISTS {{ ?resource dcterms:source ?source . ?source a kg:ReferenceSource ;
                                 dcterms:title ?title }}
}} }}
"""


@pytest.fixture(scope="module")
def gazetteer_store(tmp_path_factory: pytest.TempPathFactory) -> EmbeddedStore:
    return reference_store(tmp_path_factory.mktemp("gaz") / "store")


def unsourced(store: EmbeddedStore, graph: str) -> list[tuple[str, str, str]]:
    return [(s["resource"].value, s["property"].value, s["id"].value)
            for s in store.query(UNSOURCED % graph)]


def test_gazetteer_has_identifiers(gazetteer_store: EmbeddedStore) -> None:
    q = f"ASK {{ GRAPH <{M.graph('gazetteer')}> {{ ?p <{KG.wikidataId}> ?id }} }}"
    assert bool(gazetteer_store.query(q)), "no identifiers at all: the check would be vacuous"


def test_no_external_id_without_a_source(gazetteer_store: EmbeddedStore) -> None:
    bad = unsourced(gazetteer_store, str(M.graph("gazetteer")))
    assert not bad, "identifiers without dcterms:source:\n" + "\n".join(map(str, bad))


def test_the_check_catches_an_unsourced_id(tmp_path: Path) -> None:
    store = EmbeddedStore.open(tmp_path / "s")
    g = "https://example.org/graph"
    store.replace_graph(g, (f"<https://example.org/p> <{KG.pcode}> \"SY01\" .\n"
                            f"<https://example.org/q> <{KG.wikidataId}> \"Q1\" .\n"
                            f"<https://example.org/q> <http://purl.org/dc/terms/source> "
                            f"<https://example.org/s> .\n"
                            f"<https://example.org/s> a <{KG.ReferenceSource}> ; "
                            f"<http://purl.org/dc/terms/title> \"S\" .\n").encode())
    assert unsourced(store, g) == [("https://example.org/p", str(KG.pcode), "SY01")]
